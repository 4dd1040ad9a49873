"""The service as a whole: its log lines, concurrency, the serve command, and the core apart from it."""

import json
import logging
import os
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import anyio
import httpx2 as httpx
import pytest
from starlette.testclient import TestClient

import qinzhou_calc as qc
from qinzhou_calc.cli import main
from qinzhou_calc.web import create_app
from qinzhou_calc.web._serve import app_from_env, log_config

from .conftest import EVALUATE, FINE, FINE_PAYLOAD, free_port

LINE = re.compile(r"^(GET|POST) (\S+) (\d{3}) (\d+)µs$")


def test_one_log_line_per_request_without_the_payload(caplog: pytest.LogCaptureFixture) -> None:
    """method, path, status, µs; nothing of the applicant's data."""
    secret = {"points": [35], "violation_date": "2020-05-01", "extra_name": "张三 身份证 450702"}
    with TestClient(create_app()) as client, caplog.at_level(logging.INFO, logger="qinzhou_calc.web"):
        caplog.clear()
        client.post(EVALUATE, json=secret)
        client.get("/healthz")
        client.get("/nowhere%0A%20forged%20200%201µs")
    lines = [r.getMessage() for r in caplog.records if r.name == "qinzhou_calc.web"]
    assert 3 == len(lines)
    matches = [LINE.match(line) for line in lines]
    assert all(matches), lines
    assert [("POST", EVALUATE, "400"), ("GET", "/healthz", "200")] == [m.groups()[:3] for m in matches[:2] if m]
    assert ("GET", "/nowhere%0A%20forged%20200%201%C2%B5s", "404") == matches[2].groups()[:3]  # type: ignore[union-attr]
    assert not any("张三" in line or "450702" in line for line in lines)


def test_payloads_are_logged_only_when_enabled(caplog: pytest.LogCaptureFixture) -> None:
    """create_app(log_payloads=True) adds the payload, for debugging."""
    with TestClient(create_app(log_payloads=True)) as client, caplog.at_level(logging.INFO, logger="qinzhou_calc.web"):
        client.post(EVALUATE, json=FINE_PAYLOAD)
        client.post(f"/calculators/{FINE}/batch", json=[FINE_PAYLOAD])
    assert any("2020-05-01" in r.getMessage() for r in caplog.records)


def test_concurrent_requests_give_the_sequential_answers() -> None:
    """Fifty requests at once on different calculators answer as the same fifty one by one."""
    cases = [(name, example.payload) for name in qc.calculators() for example in qc._core.registry.get(name).examples]
    app = create_app()

    async def post_all() -> list[dict[str, object]]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            answers: list[dict[str, object]] = [{} for _ in cases]

            async def one(index: int, name: str, payload: object) -> None:
                response = await client.post(f"/calculators/{name}/evaluate", json=payload)
                answers[index] = response.json()

            async with anyio.create_task_group() as group:
                for index, (name, payload) in enumerate(cases):
                    group.start_soon(one, index, name, payload)
            return answers

    sequential = [qc.evaluate(name, payload).to_dict() for name, payload in cases]
    assert sequential == anyio.run(post_all)


def test_the_core_never_imports_the_web_service() -> None:
    """Importing and using the library (and its CLI) loads no web framework."""
    code = (
        "import sys, qinzhou_calc as qc, qinzhou_calc.cli\n"
        "qc.calculators()\n"
        "qc.evaluate('roads.unpermitted_excavation_fine', {'points': [35], 'violation_date': '2020-05-01'})\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('starlette', 'uvicorn', 'anyio', 'httpx', 'fastapi', 'django') or m.startswith('qinzhou_calc.web'))\n"
        "print(bad)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "[]" == out.strip()


def test_serve_settings_reach_every_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers build their app from the environment that serve() sets."""
    monkeypatch.setenv("QINZHOU_CALC_WEB_MAX_BODY", "123")
    monkeypatch.setenv("QINZHOU_CALC_WEB_LANG", "en")
    monkeypatch.setenv("QINZHOU_CALC_WEB_CORS_ORIGINS", '["https://a.example"]')
    monkeypatch.setenv("QINZHOU_CALC_WEB_TIMEOUT", "2.5")
    settings = app_from_env().state.settings
    assert (123, "en", 2.5) == (settings.max_body, settings.lang, settings.timeout)
    config = log_config()
    assert "request" in config["loggers"]["qinzhou_calc.web"]["handlers"]


def test_qinzhou_calc_serve_answers_over_http(tmp_path: Path) -> None:
    """`qinzhou-calc serve` runs the app under uvicorn; it answers and logs one line a request."""
    port = free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as err:
        server = subprocess.Popen(
            [sys.executable, "-m", "qinzhou_calc", "serve", "--port", str(port), "--workers", "1"],
            stdout=err,
            stderr=err,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=2) as answer:
                    assert {"status": "ok", "version": qc.__version__} == json.load(answer)
                break
            except OSError:
                assert time.monotonic() < deadline, log.read_text()
                time.sleep(0.2)
        request = urllib.request.Request(
            base + EVALUATE, data=json.dumps(FINE_PAYLOAD).encode(), headers={"content-type": "application/json"}
        )
        with urllib.request.urlopen(request, timeout=10) as answer:
            assert "10000.00" == json.load(answer)["maximum"]
    finally:
        server.terminate()
        server.wait(timeout=20)
    assert re.search(r"POST /calculators/\S+/evaluate 200 \d+µs", log.read_text())


def test_serve_without_the_extra_says_how_to_install(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without the web extra, serve exits 1 and names the extra."""
    monkeypatch.setitem(sys.modules, "qinzhou_calc.web._serve", None)
    assert 1 == main(["serve"])
    assert "qinzhou-calc[web]" in capsys.readouterr().err
