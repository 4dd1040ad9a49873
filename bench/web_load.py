"""Load on the web service, beside OpenFisca's Web API in the same run: ``python -m bench.web_load``.

Measures requests/s and the p50 and p99 latency of ``POST /calculators/{name}/evaluate`` at 1,
16 and 64 concurrent connections with ``wrk`` (Debian package ``wrk``), then the same for
``openfisca serve`` with the country template answering ``POST /calculate`` for its
comparable rule: one flat rate applied to one amount (``income_tax`` = salary × the rate in
force; here ``techinno.contract_registration_subsidy`` = registered amount × 0.5%).

Loopback only (127.0.0.1). Every load is bounded in time (``--duration`` seconds, 10 by
default) and the whole run stops by itself (about 2 minutes), servers included. OpenFisca comes
from the extra ``bench`` (``pip install -e '.[bench]'``); ``--no-openfisca`` leaves it out.
Both servers get the same number of worker processes (``--workers``, 2: one per core here).
"""

import argparse
import contextlib
import json
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

__all__ = ["main", "parse_wrk", "run_wrk"]

OURS = "techinno.contract_registration_subsidy"
OURS_BODY = {"registered_amount": "1000001", "as_of": "2020-06-30"}
OPENFISCA_BODY = {
    "persons": {"Ann": {"salary": {"2020-06": 1000001}, "income_tax": {"2020-06": None}}},
    "households": {"h": {"adults": ["Ann"]}},
}
CONNECTIONS = (1, 16, 64)

_UNITS = {"us": 1e-3, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _post(url: str, body: object, timeout: float = 10) -> Any:
    request = urllib.request.Request(url, json.dumps(body).encode(), {"content-type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as answer:
        return json.load(answer)


@contextlib.contextmanager
def _server(command: Sequence[str], health: str, wait: float = 60) -> Iterator[None]:
    """Start a server, wait for ``health`` to answer, and stop it (with its workers) afterwards."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                with urllib.request.urlopen(health, timeout=2):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"{command[0]} did not start") from None
                time.sleep(0.25)
        yield
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def parse_wrk(output: str) -> dict[str, float]:
    """requests/s, p50 and p99 in ms, and the count of requests and of non-2xx answers."""

    def ms(label: str) -> float:
        match = re.search(rf"^\s*{label}\s+([\d.]+)(us|ms|s|m)\s*$", output, re.M)
        if match is None:
            raise ValueError(f"no {label} in wrk's output")
        return float(match.group(1)) * _UNITS[match.group(2)]

    rps = re.search(r"^Requests/sec:\s+([\d.]+)", output, re.M)
    total = re.search(r"^\s*(\d+) requests in", output, re.M)
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    errors = re.search(r"Socket errors:.*?timeout (\d+)", output)
    if rps is None or total is None:
        raise ValueError("wrk printed no totals")
    return {
        "rps": float(rps.group(1)),
        "p50_ms": ms("50%"),
        "p99_ms": ms("99%"),
        "requests": float(total.group(1)),
        "non_2xx": float(bad.group(1)) if bad else 0.0,
        "timeouts": float(errors.group(1)) if errors else 0.0,
    }


def run_wrk(url: str, body: object, connections: int, duration: int) -> dict[str, float]:
    """One bounded wrk run of POSTs of ``body``."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as script:
        script.write(
            'wrk.method = "POST"\n'
            'wrk.headers["Content-Type"] = "application/json"\n'
            f"wrk.body = {json.dumps(json.dumps(body))}\n"
        )
    try:
        threads = 1 if connections == 1 else 2
        command = [
            "wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s", "--timeout", "5s", "--latency",
            "-s", script.name, url,
        ]  # fmt: skip
        output = subprocess.run(command, capture_output=True, text=True, check=True, timeout=duration + 30).stdout
    finally:
        Path(script.name).unlink()
    return parse_wrk(output)


def _measure(name: str, url: str, body: object, duration: int) -> list[dict[str, Any]]:
    run_wrk(url, body, 16, 2)  # warm-up, not recorded
    rows = []
    for connections in CONNECTIONS:
        figures = run_wrk(url, body, connections, duration)
        rows.append({"server": name, "connections": connections, **figures})
        print(f"{name:<12} {connections:>3} conns  {figures['rps']:>9.0f} req/s  "
              f"p50 {figures['p50_ms']:.2f} ms  p99 {figures['p99_ms']:.2f} ms  "
              f"non-2xx {figures['non_2xx']:.0f}", flush=True)  # fmt: skip
    return rows


def _openfisca_command() -> str | None:
    beside = Path(sys.executable).with_name("openfisca")
    return str(beside) if beside.exists() else shutil.which("openfisca")


def machine() -> dict[str, str]:
    """What the figures were taken on."""
    model = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    wrk_version = subprocess.run(["wrk", "-v"], capture_output=True, text=True, check=False).stdout.splitlines()
    return {
        "cpus": str(os.cpu_count()),
        "cpu": model,
        "python": platform.python_version(),
        "os": platform.platform(),
        "load average": " ".join(f"{x:.1f}" for x in os.getloadavg()),
        "wrk": wrk_version[0] if wrk_version else "",
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per level (default 10)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes of each server (default 2)")
    parser.add_argument("--no-openfisca", action="store_true", help="measure qinzhou-calc alone")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args(argv)
    if shutil.which("wrk") is None:
        print("wrk is not installed (apt-get install wrk)", file=sys.stderr)
        return 1
    print(json.dumps(machine(), ensure_ascii=False), flush=True)
    rows: list[dict[str, Any]] = []

    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    serve = [sys.executable, "-m", "qinzhou_calc", "serve", "--port", str(port), "--workers", str(args.workers)]
    with _server(serve, base + "/healthz"):
        url = f"{base}/calculators/{OURS}/evaluate"
        assert _post(url, OURS_BODY)["amount"] == "5000.01", "qinzhou-calc gave a wrong answer"
        rows += _measure("qinzhou-calc", url, OURS_BODY, args.duration)

    openfisca = None if args.no_openfisca else _openfisca_command()
    if openfisca is not None:
        port = _free_port()
        base = f"http://127.0.0.1:{port}"
        command = [
            openfisca, "serve", "--country-package", "openfisca_country_template",
            "--bind", f"127.0.0.1:{port}", "--workers", str(args.workers),
        ]  # fmt: skip
        with _server(command, base + "/spec"):
            answer = _post(base + "/calculate", OPENFISCA_BODY)
            assert answer["persons"]["Ann"]["income_tax"]["2020-06"] > 0, "OpenFisca gave no income tax"
            rows += _measure("OpenFisca", base + "/calculate", OPENFISCA_BODY, args.duration)
    elif not args.no_openfisca:
        print("openfisca is not installed (pip install -e '.[bench]'); measured qinzhou-calc alone", file=sys.stderr)

    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), "rows": rows}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
