"""Reading a request body: its media type, its size, how long it takes, and its JSON.

Each limit answers before the work it guards: a body over the limit is never kept (it is read
and thrown away up to a bound, so that the client is there to hear the 413), a client that
sends too slowly gets 408, and a form with too many fields gets 413. The JSON is read by the
service's :func:`~qinzhou_calc.service.parse_json` (nesting bounded by :data:`MAX_DEPTH`).
"""

import asyncio
from urllib.parse import parse_qsl

import anyio
from starlette.requests import Request

from ..service import MAX_DEPTH, parse_json
from ._config import MIB
from ._errors import WebError

__all__ = [
    "DRAIN_BYTES",
    "JSON_LINES_TYPES",
    "JSON_TYPES",
    "MAX_DEPTH",
    "MAX_FORM_FIELDS",
    "media_type",
    "parse_form",
    "parse_json",
    "read_body",
    "require_media",
]

#: An oversize body is read and thrown away up to this many bytes (or the limit, if larger)
#: before the 413 is sent (see :func:`read_body`); past it the connection is closed unread.
DRAIN_BYTES = 32 * MIB

#: A form body may carry this many fields at most (413 above it).
MAX_FORM_FIELDS = 20_000

_ASYNCIO_TIMEOUT = getattr(asyncio, "timeout", None)

JSON_TYPES = frozenset({"application/json"})
JSON_LINES_TYPES = frozenset({"application/x-ndjson", "application/jsonl", "application/json-lines"})


def media_type(request: Request) -> str:
    """The request's media type, lower case, without parameters (``charset=utf-8``)."""
    return request.headers.get("content-type", "").partition(";")[0].strip().lower()


def require_media(request: Request, accepted: frozenset[str]) -> str:
    """The media type, or 415 ``unsupported_media_type`` unless it is JSON (or ``+json``)."""
    kind = media_type(request)
    if kind in accepted or (kind.startswith("application/") and kind.endswith("+json")):
        return kind
    shown = kind or "（无）"
    raise WebError(
        415,
        "unsupported_media_type",
        f"请求体须为 JSON（Content-Type: {', '.join(sorted(accepted))}），收到 {shown}",
        f"the body must be JSON (Content-Type: {', '.join(sorted(accepted))}), got {kind or 'none'}",
    )


def _too_large(limit: int, *, close: bool = False) -> WebError:
    return WebError(
        413,
        "body_too_large",
        f"请求体超过 {limit} 字节的上限",
        f"the request body is over the limit of {limit} bytes",
        headers={"Connection": "close"} if close else None,
    )


async def read_body(request: Request, limit: int, timeout: float) -> bytes:
    """The whole body, at most ``limit`` bytes (413), read within ``timeout`` seconds (408).

    A body over the limit is still read to its end and thrown away, up to :data:`DRAIN_BYTES`
    and within ``timeout``, before the 413 is sent: a client such as ``urllib`` sends its whole
    body before it reads the answer, and a server that stops reading and closes the connection
    resets it under the client's feet (a broken pipe instead of the 413). A body declared or
    found larger than that bound is answered at once, and the connection closed.
    """
    ceiling = max(limit, DRAIN_BYTES)
    declared = request.headers.get("content-length", "")
    size = 0
    if declared.isascii() and declared.isdigit():
        size = int(declared) if len(declared) <= 18 else ceiling + 1
    if size > ceiling:
        raise _too_large(limit, close=True)
    over = size > limit
    chunks: list[bytes] = []

    async def collect() -> bool:
        nonlocal over
        read = 0
        async for chunk in request.stream():
            read += len(chunk)
            if over or read > limit:
                over = True
                chunks.clear()
                if read > ceiling:
                    return False
            else:
                chunks.append(chunk)
        return True

    try:
        if _ASYNCIO_TIMEOUT is not None and _on_asyncio():
            # asyncio's own timeout (Python 3.11, under uvicorn): some ten times cheaper than anyio's.
            async with _ASYNCIO_TIMEOUT(timeout):
                drained = await collect()
        else:
            with anyio.fail_after(timeout):
                drained = await collect()
    except TimeoutError:
        if over:
            raise _too_large(limit, close=True) from None
        raise WebError(
            408,
            "request_timeout",
            f"请求体未在 {timeout:g} 秒内传完",
            f"the request body did not arrive within {timeout:g} seconds",
        ) from None
    if over:
        raise _too_large(limit, close=not drained)
    return b"".join(chunks)


def _on_asyncio() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:  # another event loop (trio)
        return False
    return True


def parse_form(body: bytes) -> dict[str, str]:
    """A URL-encoded form body as field → text (the last of a repeated field wins); bytes that
    are not UTF-8 read as U+FFFD. More than :data:`MAX_FORM_FIELDS` fields: 413 ``body_too_large``."""
    try:
        text = body.decode("utf-8", errors="replace")
        pairs = parse_qsl(text, keep_blank_values=True, max_num_fields=MAX_FORM_FIELDS)
    except ValueError:
        raise WebError(
            413,
            "body_too_large",
            f"表单超过 {MAX_FORM_FIELDS} 个字段的上限",
            f"the form has more than {MAX_FORM_FIELDS} fields",
        ) from None
    return dict(pairs)
