"""One log line per request: method, path, status and microseconds; never the payload.

An applicant's data is personal, so the line says what was asked and how it went, not what
was sent (``create_app(log_payloads=True)`` adds the payloads, for debugging only). The query
string is left out too: it may carry overrides, which are not personal but can be long.
"""

import logging
import time
from urllib.parse import quote

from starlette.types import ASGIApp, Message, Receive, Scope, Send

__all__ = ["AccessLog", "log"]

log = logging.getLogger("qinzhou_calc.web")


def _printable(path: str) -> str:
    """``path`` as one token: spaces, control and non-ASCII characters percent-encoded, so that a
    request cannot forge or split a log line."""
    if path.isascii() and path.isprintable() and " " not in path and "%" not in path:
        return path
    return quote(path, safe="/:@!$&'()*+,;=-._~")


class AccessLog:
    """ASGI middleware writing ``POST /calculators/x/evaluate 200 312µs`` at INFO."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter_ns()
        status = 500

        async def send_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            micros = (time.perf_counter_ns() - start) // 1000
            log.info("%s %s %d %dµs", scope["method"], _printable(scope["path"]), status, micros)
