"""A bound on the time a client may take to send its request headers, around uvicorn's protocol.

uvicorn closes a connection that stays idle between two requests (``timeout_keep_alive``), but
once the first byte of a request has arrived it waits for the rest of the headers for as long
as the client likes: a client that sends one header line every few seconds ("slowloris") holds
its connection, and its place under ``limit_concurrency``, indefinitely. The same holds for a
connection that is opened and never written to.

:class:`HeaderTimeoutProtocol` is uvicorn's own httptools protocol with one timer added. The
timer starts when the connection opens and again when an answer has been sent, and is stopped
when a request's headers are complete; if it fires first, the connection is closed. The body
has its own bound in the application (``timeout``, 408), and an idle connection between two
requests is closed sooner by uvicorn's keep-alive. The subclass uses hooks that uvicorn's
protocol has had since its first releases (``connection_made``, ``on_message_begin``,
``on_headers_complete``, ``on_response_complete``, ``connection_lost``);
``tests/web/test_served.py`` checks the bound on a real server.
"""

import asyncio
import logging
import os
from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

__all__ = ["HEADER_TIMEOUT_ENV", "HeaderTimeoutProtocol"]

#: The environment variable that carries the bound (seconds) to every worker process.
HEADER_TIMEOUT_ENV = "QINZHOU_CALC_WEB_HEADER_TIMEOUT"

log = logging.getLogger("qinzhou_calc.web")


class HeaderTimeoutProtocol(HttpToolsProtocol):
    """uvicorn's httptools protocol; a request's headers must be complete within the bound of
    :data:`HEADER_TIMEOUT_ENV` (10 s if unset) or the connection is closed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.header_timeout = float(os.environ.get(HEADER_TIMEOUT_ENV, "10"))
        self._header_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._start_header_timer()

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_header_timer()
        super().connection_lost(exc)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        # The bound counts from the moment the connection opened or the last answer was sent.
        if self._header_timer is None:
            self._start_header_timer()

    def on_headers_complete(self) -> None:
        self._stop_header_timer()
        super().on_headers_complete()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        # What is left of this request's body and the next request's headers come within the
        # bound too: a client that keeps trickling bytes holds no connection for longer.
        self._stop_header_timer()
        if not self.transport.is_closing():
            self._start_header_timer()

    def _start_header_timer(self) -> None:
        self._header_timer = self.loop.call_later(self.header_timeout, self._headers_too_slow)

    def _stop_header_timer(self) -> None:
        if self._header_timer is not None:
            self._header_timer.cancel()
            self._header_timer = None

    def _headers_too_slow(self) -> None:
        self._header_timer = None
        if self.cycle is not None and not self.cycle.response_complete:
            # A pipelined request's headers are late while the one before is still answered:
            # that answer is finished first, and the next request is given a new bound.
            self._start_header_timer()
            return
        if not self.transport.is_closing():
            log.debug("closed a connection whose request headers took over %g s", self.header_timeout)
            self.transport.close()
