"""Every status code the service gives, each in InputError.to_dict()'s shape, never a traceback."""

import json
import time
from collections.abc import Iterator
from typing import Any

import anyio
import httpx2 as httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

import qinzhou_calc as qc
from qinzhou_calc.web import _api, create_app

from ..strategies import json_values
from .conftest import EVALUATE, FINE, FINE_PAYLOAD


def codes(response: httpx.Response) -> list[str]:
    """The codes of an error answer, after checking its shape."""
    body = response.json()
    assert ["error"] == list(body)
    assert {"type", "errors"} == set(body["error"])
    for row in body["error"]["errors"]:
        assert ["field", "code", "message"] == list(row)
    assert "Traceback" not in response.text
    return [row["code"] for row in body["error"]["errors"]]


def test_400_carries_input_error_to_dict(client: TestClient) -> None:
    """400: exactly the library's InputError.to_dict(), every problem with its field path."""
    payload = {"points": [35, -5], "violation_date": "2020-13-01"}
    response = client.post(EVALUATE, json=payload)
    assert 400 == response.status_code
    with pytest.raises(qc.InputError) as raised:
        qc.evaluate(FINE, payload)
    assert raised.value.to_dict() == response.json()
    assert {"points[1]", "violation_date"} <= {row["field"] for row in response.json()["error"]["errors"]}


@pytest.mark.parametrize(
    ("body", "code"),
    [
        (b"{", "invalid_json"),
        (b"", "invalid_json"),
        (b"\xff\xfe{}", "invalid_json"),
        (b'{"points": [NaN]}', "invalid_json"),
        (b'{"points": [Infinity]}', "invalid_json"),
        (b"[" * 100 + b"]" * 100, "out_of_range"),
        (b"[" * 100_000 + b"]" * 100_000, "out_of_range"),
        (b'{"points": [' + b"9" * 5000 + b"]}", "invalid_json"),
        (b"[1, 2]", "type"),
        (b'"text"', "type"),
        (b"null", "type"),
    ],
)
def test_400_for_a_body_that_is_not_a_json_object(client: TestClient, body: bytes, code: str) -> None:
    """Malformed, NaN, absurdly deep or long, or not an object: 400, never a 500."""
    response = client.post(EVALUATE, content=body, headers={"content-type": "application/json"})
    assert 400 == response.status_code
    assert [code] == codes(response)


def test_400_for_an_unknown_language(client: TestClient) -> None:
    """lang is zh or en; anything else is invalid_choice at the field it came in."""
    response = client.post(EVALUATE + "?lang=fr", json=FINE_PAYLOAD)
    assert (400, ["invalid_choice"]) == (response.status_code, codes(response))
    response = client.post(EVALUATE, json={**FINE_PAYLOAD, "_lang": "fr"})
    assert "_lang" == response.json()["error"]["errors"][0]["field"]


def test_400_for_overrides_that_are_not_an_object(client: TestClient) -> None:
    """overrides must be a JSON object, in the query or as _overrides."""
    response = client.post(EVALUATE + "?overrides=[1]", json=FINE_PAYLOAD)
    assert (400, ["invalid_override"]) == (response.status_code, codes(response))
    response = client.post(EVALUATE + "?overrides={bad", json=FINE_PAYLOAD)
    assert (400, ["invalid_override"]) == (response.status_code, codes(response))
    response = client.post(EVALUATE, json={**FINE_PAYLOAD, "_overrides": "x"})
    assert "_overrides" == response.json()["error"]["errors"][0]["field"]


def test_web_errors_speak_english_when_asked(client: TestClient) -> None:
    """?lang=en: the same code, the English message."""
    zh = client.post(EVALUATE, content=b"{", headers={"content-type": "application/json"})
    en = client.post(EVALUATE + "?lang=en", content=b"{", headers={"content-type": "application/json"})
    assert codes(zh) == codes(en)
    assert "请求体不是有效的 JSON" in zh.json()["error"]["errors"][0]["message"]
    assert en.json()["error"]["errors"][0]["message"].startswith("the request body is not valid JSON")


def test_an_app_can_default_to_english() -> None:
    """create_app(lang="en"): English unless a request asks for Chinese."""
    with TestClient(create_app(lang="en")) as english:
        assert "no such path" == english.get("/nowhere").json()["error"]["errors"][0]["message"]
        assert "没有这个路径" == english.get("/nowhere?lang=zh").json()["error"]["errors"][0]["message"]
    with pytest.raises(ValueError, match="lang"):
        create_app(lang="fr")


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/calculators/roads.no_such_fine"),
        ("POST", "/calculators/roads.no_such_fine/evaluate"),
        ("POST", "/calculators/no_such_document.x/batch"),
    ],
)
def test_404_for_an_unknown_calculator(client: TestClient, method: str, path: str) -> None:
    """404 unknown_calculator, whatever the body."""
    response = client.request(method, path, json={})
    assert (404, ["unknown_calculator"]) == (response.status_code, codes(response))
    assert "input_error" == response.json()["error"]["type"]


def test_404_for_an_unknown_path(client: TestClient) -> None:
    """404 not_found."""
    response = client.get("/no/such/path")
    assert (404, ["not_found"]) == (response.status_code, codes(response))


@pytest.mark.parametrize(("method", "path"), [("GET", EVALUATE), ("PUT", "/calculators"), ("DELETE", "/healthz")])
def test_405_for_a_wrong_method(client: TestClient, method: str, path: str) -> None:
    """405 method_not_allowed, with the Allow header."""
    response = client.request(method, path)
    assert (405, ["method_not_allowed"]) == (response.status_code, codes(response))
    assert response.headers["allow"]


def test_413_for_a_body_over_the_limit() -> None:
    """413 body_too_large: announced by Content-Length, or found while reading a chunked body."""
    with TestClient(create_app(max_body=100)) as small:
        response = small.post(EVALUATE, json={"points": [1] * 100, "violation_date": "2020-05-01"})
        assert (413, ["body_too_large"]) == (response.status_code, codes(response))

        def chunks() -> Iterator[bytes]:
            yield b'{"points": ['
            yield b"1," * 100
            yield b"1]}"

        response = small.post(EVALUATE, content=chunks(), headers={"content-type": "application/json"})
        assert (413, ["body_too_large"]) == (response.status_code, codes(response))


def test_the_default_limit_is_one_mebibyte(client: TestClient) -> None:
    """1 MiB by default: a body just over it is refused."""
    body = b'{"points": [' + b"1," * (1 << 19) + b"1]}"
    response = client.post(EVALUATE, content=body, headers={"content-type": "application/json"})
    assert (413, ["body_too_large"]) == (response.status_code, codes(response))


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/x-www-form-urlencoded", "application/xml"])
def test_415_for_a_body_that_is_not_json(client: TestClient, content_type: str | None) -> None:
    """415 unsupported_media_type unless the body is declared JSON."""
    headers = {} if content_type is None else {"content-type": content_type}
    response = client.post(EVALUATE, content=b"{}", headers=headers)
    assert (415, ["unsupported_media_type"]) == (response.status_code, codes(response))
    response = client.post(f"/calculators/{FINE}/batch", content=b"[]", headers=headers)
    assert (415, ["unsupported_media_type"]) == (response.status_code, codes(response))


def test_json_with_a_suffix_is_json(client: TestClient) -> None:
    """application/…+json is JSON too."""
    response = client.post(
        EVALUATE,
        content=b'{"points": [35], "violation_date": "2020-05-01"}',
        headers={"content-type": "application/vnd.a+json"},
    )
    assert 200 == response.status_code


def _asgi_post(app: Any, body_parts: list[tuple[bytes, float]]) -> tuple[int, bytes]:
    """POST to an ASGI app directly, sending each body part after its delay."""
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        if body_parts:
            part, delay = body_parts.pop(0)
            await anyio.sleep(delay)
            return {"type": "http.request", "body": part, "more_body": bool(body_parts)}
        await anyio.sleep(3600)
        return {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": EVALUATE,
        "raw_path": EVALUATE.encode(),
        "root_path": "",
        "query_string": b"",
        "headers": [(b"content-type", b"application/json")],
        "client": ("127.0.0.1", 1),
        "server": ("127.0.0.1", 80),
    }
    anyio.run(app, scope, receive, send)
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    return status, b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")


def test_408_for_a_body_that_arrives_too_slowly() -> None:
    """408 request_timeout when the body does not arrive within the timeout."""
    app = create_app(timeout=0.2)
    status, body = _asgi_post(app, [(b'{"points": [35],', 0.0), (b'"violation_date": "2020-05-01"}', 1.0)])
    assert 408 == status
    assert b"request_timeout" in body


def test_503_for_a_computation_over_the_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """A large body is computed in a worker thread; past the timeout the answer is 503."""

    def slow(*args: object) -> dict[str, Any]:
        time.sleep(1.0)
        return {}

    monkeypatch.setattr(_api, "evaluate_dict", slow)
    with TestClient(create_app(timeout=0.2)) as impatient:
        payload = {"points": [1] * 3000, "violation_date": "2020-05-01"}
        response = impatient.post(EVALUATE, json=payload)
    assert (503, ["timeout"]) == (response.status_code, codes(response))


def test_a_large_body_is_computed_in_a_thread_with_the_same_answer(client: TestClient) -> None:
    """Over the inline size the answer is the same as the library's."""
    payload = {"points": [25] * 2000, "violation_date": "2020-05-01"}
    response = client.post(EVALUATE, json=payload)
    assert 200 == response.status_code
    assert qc.evaluate(FINE, payload).to_dict() == response.json()


def test_500_for_a_bug_has_no_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug of the service (never bad input) is a 500 in the error shape, without a traceback."""

    def broken(*args: object) -> dict[str, Any]:
        raise RuntimeError("a secret detail")

    monkeypatch.setattr(_api, "evaluate_dict", broken)
    with TestClient(create_app(), raise_server_exceptions=False) as failing:
        response = failing.post(EVALUATE, json=FINE_PAYLOAD)
    assert (500, ["internal_error"]) == (response.status_code, codes(response))
    assert "secret" not in response.text


@settings(max_examples=60)
@given(name=st.sampled_from(qc.calculators()), payload=json_values)
def test_no_payload_is_a_500(client: TestClient, name: str, payload: object) -> None:
    """Any JSON value on any calculator: 200 or 400, nothing else."""
    body = json.dumps(payload).encode()
    response = client.post(f"/calculators/{name}/evaluate", content=body, headers={"content-type": "application/json"})
    assert response.status_code in (200, 400), response.text
    if response.status_code == 400:
        codes(response)


@settings(max_examples=40)
@given(body=st.binary(max_size=200))
def test_no_bytes_are_a_500(client: TestClient, body: bytes) -> None:
    """Any bytes declared JSON: 200 or 400, nothing else."""
    response = client.post(EVALUATE, content=body, headers={"content-type": "application/json"})
    assert response.status_code in (200, 400), response.text


def test_cors_answers_only_the_origins_given() -> None:
    """cors_origins: a listed origin may call from a browser, another is not told it may."""
    with TestClient(create_app(cors_origins=("https://forms.example.gov.cn",))) as cors:
        allowed = cors.get("/healthz", headers={"origin": "https://forms.example.gov.cn"})
        other = cors.get("/healthz", headers={"origin": "https://elsewhere.example"})
        evaluated = cors.post(EVALUATE, json=FINE_PAYLOAD, headers={"origin": "https://forms.example.gov.cn"})
        refused = cors.post(EVALUATE, json={}, headers={"origin": "https://forms.example.gov.cn"})
        preflight = cors.options(
            EVALUATE,
            headers={"origin": "https://forms.example.gov.cn", "access-control-request-method": "POST"},
        )
    assert "https://forms.example.gov.cn" == allowed.headers["access-control-allow-origin"]
    assert "access-control-allow-origin" not in other.headers
    for answer in (evaluated, refused):
        assert "https://forms.example.gov.cn" == answer.headers["access-control-allow-origin"]
    assert 200 == preflight.status_code
