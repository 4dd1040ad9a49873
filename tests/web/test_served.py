"""The service as ``serve()`` runs it, over loopback: the 413 that reaches the client, the bound on
request headers, and the connection limit (the server's own settings, not a proxy's)."""

import asyncio
import http.client
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest
import uvicorn

from qinzhou_calc.cli import main
from qinzhou_calc.web import _serve
from qinzhou_calc.web._guard import HEADER_TIMEOUT_ENV, HeaderTimeoutProtocol

from .conftest import EVALUATE, FINE_PAYLOAD, free_port

#: The bounds of the server under test: small, so that the tests wait little.
HEADER_TIMEOUT = 1.0
LIMIT = 4
TWO_MB = b'{"points": "' + b"x" * (2 * 1024 * 1024) + b'"}'


@pytest.fixture(scope="module")
def port() -> Iterator[int]:
    port = free_port()
    code = (
        "from qinzhou_calc.web._serve import serve\n"
        f"serve(port={port}, header_timeout={HEADER_TIMEOUT}, limit_concurrency={LIMIT})\n"
    )
    server = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                    break
            except OSError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                assert time.monotonic() < deadline
                time.sleep(0.2)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=20)


def _post(port: int, body: bytes) -> tuple[int, Any]:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{EVALUATE}", data=body, headers={"content-type": "application/json"}
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, json.load(answer)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def test_a_2_mb_body_posted_twenty_times_with_urllib_gets_twenty_413s(port: int) -> None:
    answers = [_post(port, TWO_MB) for _ in range(20)]
    assert [413] * 20 == [status for status, _ in answers]
    assert {"body_too_large"} == {body["error"]["errors"][0]["code"] for _, body in answers}
    assert 200 == _post(port, json.dumps(FINE_PAYLOAD).encode())[0]


def test_a_client_that_sends_its_oversize_body_slowly_still_reads_the_413(port: int) -> None:
    """A small send buffer and pauses: the client is still writing when the server has decided;
    the server reads to the end before it answers and closes, so the answer is never a reset."""
    head = (
        f"POST {EVALUATE} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(TWO_MB)}\r\nConnection: close\r\n\r\n"
    ).encode()
    for _ in range(5):
        with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, 32 * 1024)
            sock.sendall(head)
            for start in range(0, len(TWO_MB), 64 * 1024):
                sock.sendall(TWO_MB[start : start + 64 * 1024])
                time.sleep(0.001)
            assert sock.recv(64).startswith(b"HTTP/1.1 413 ")


def _seconds_until_closed(sock: socket.socket, trickle: bytes = b"") -> float:
    """Seconds until the server closes ``sock``, sending ``trickle`` a byte every 0.2 s meanwhile."""
    start = time.monotonic()
    sock.settimeout(0.2)
    for byte in [trickle[i : i + 1] for i in range(len(trickle))] + [b""] * 50:
        try:
            if byte:
                sock.sendall(byte)
            if sock.recv(1024) == b"":
                return time.monotonic() - start
        except TimeoutError:
            continue
        except (ConnectionResetError, BrokenPipeError):
            return time.monotonic() - start
    return time.monotonic() - start


def test_a_client_whose_headers_never_finish_is_cut_off_within_the_bound(port: int) -> None:
    """One header byte every 0.2 s (slowloris): the connection is closed after the bound, not
    held; a connection that sends nothing at all is closed the same way."""
    with socket.create_connection(("127.0.0.1", port)) as sock:
        held = _seconds_until_closed(sock, f"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: {'a' * 40}".encode())
    assert HEADER_TIMEOUT - 0.1 <= held < HEADER_TIMEOUT + 1.5
    with socket.create_connection(("127.0.0.1", port)) as sock:
        idle = _seconds_until_closed(sock)
    assert HEADER_TIMEOUT - 0.1 <= idle < HEADER_TIMEOUT + 1.5


def test_a_kept_alive_connection_that_asks_in_time_is_answered_each_time(port: int) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        for _ in range(3):
            connection.request("GET", "/healthz")
            answer = connection.getresponse()
            assert 200 == answer.status
            answer.read()
            time.sleep(HEADER_TIMEOUT / 2)
    finally:
        connection.close()


def test_connections_over_the_limit_are_answered_503_until_others_close(port: int) -> None:
    held = [socket.create_connection(("127.0.0.1", port)) for _ in range(LIMIT)]
    try:
        refused = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        refused.request("GET", "/healthz")
        assert 503 == refused.getresponse().status
        refused.close()
    finally:
        for sock in held:
            sock.close()
    time.sleep(0.2)
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5) as answer:
        assert 200 == answer.status


def test_serve_bounds_connections_keep_alive_and_headers_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """What ``qinzhou-calc serve`` hands uvicorn when given no bounds: 200 connections a worker,
    5 s of idle keep-alive, 10 s for a request's headers."""
    given: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: given.update(kwargs))
    environ = {k: v for k, v in os.environ.items() if k != HEADER_TIMEOUT_ENV}
    monkeypatch.setattr(os, "environ", environ)  # serve() writes its settings there for the workers
    _serve.serve()
    assert (200, 5, HeaderTimeoutProtocol) == (given["limit_concurrency"], given["timeout_keep_alive"], given["http"])
    assert "10.0" == environ[HEADER_TIMEOUT_ENV]
    with pytest.raises(ValueError, match="positive"):
        _serve.serve(header_timeout=0)


async def _slow_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """An application whose ``/slow`` answers after 1.5 s."""
    if scope["type"] != "http":
        return
    if scope["path"] == "/slow":
        await asyncio.sleep(1.5)
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"2")]})
    await send({"type": "http.response.body", "body": b"ok"})


@pytest.fixture
def guarded(monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    """The guard in this process, under uvicorn with a bound of 0.5 s, in front of :func:`_slow_app`."""
    monkeypatch.setenv(HEADER_TIMEOUT_ENV, "0.5")
    port = free_port()
    config = uvicorn.Config(_slow_app, port=port, http=HeaderTimeoutProtocol, lifespan="off", log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        assert time.monotonic() < deadline
        time.sleep(0.05)
    yield port
    server.should_exit = True
    thread.join(timeout=10)


def test_a_slow_answer_is_finished_before_the_late_next_request_is_cut_off(guarded: int) -> None:
    """A pipelined second request whose headers stop half-way while the first is still being
    answered: the first answer arrives whole (after 1.5 s, three times the bound), then the
    connection is closed within the bound."""
    with socket.create_connection(("127.0.0.1", guarded), timeout=5) as sock:
        start = time.monotonic()
        sock.sendall(b"GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /next HTTP/1.1\r\nHo")
        received = b""
        while chunk := sock.recv(1024):
            received += chunk
        held = time.monotonic() - start
    assert received.startswith(b"HTTP/1.1 200 ")
    assert received.endswith(b"\r\n\r\nok")
    assert 1.5 + 0.4 <= held < 1.5 + 1.5


def test_the_guard_closes_a_silent_connection_in_process(guarded: int) -> None:
    with socket.create_connection(("127.0.0.1", guarded)) as sock:
        assert 0.4 <= _seconds_until_closed(sock) < 2.0


def test_the_cli_passes_its_bounds_to_serve(monkeypatch: pytest.MonkeyPatch) -> None:
    given: dict[str, Any] = {}
    monkeypatch.setattr(_serve, "serve", lambda **kwargs: given.update(kwargs))
    assert 0 == main(["serve", "--limit-concurrency", "7", "--timeout-keep-alive", "3", "--header-timeout", "2.5"])
    assert (7, 3, 2.5) == (given["limit_concurrency"], given["timeout_keep_alive"], given["header_timeout"])
    assert 0 == main(["serve"])
    assert (200, 5, 10.0) == (given["limit_concurrency"], given["timeout_keep_alive"], given["header_timeout"])
