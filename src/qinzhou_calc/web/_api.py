"""The JSON endpoints of API.md's table: calculators, evaluate, batch, parameters, readings, health."""

import datetime as dt
import logging
from collections.abc import AsyncIterator, Callable, Sequence
from typing import Any, TypeVar

import anyio
import anyio.to_thread
from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

import qinzhou_calc as qc

from ..service import Calculator, Row, body_rows, dumps, hint, jsonable, load_all, outcome_line
from ._body import JSON_LINES_TYPES, JSON_TYPES, parse_json, read_body, require_media
from ._calls import Options, evaluate_dict, evaluate_rows, options
from ._config import Settings
from ._errors import WebError, error_body, input_error_body, status_of
from ._openapi import openapi

__all__ = ["Api", "dumps", "json_response"]

T = TypeVar("T")

log = logging.getLogger("qinzhou_calc.web")

#: A body up to this size is computed on the event loop: its work is bounded by its size and
#: takes microseconds, less than a hop to a worker thread. A larger one (twenty banks, a long
#: loan) runs in a worker thread under the request timeout, so that it never stalls the others.
INLINE_BYTES = 4096
#: ``/batch`` computes and sends this many rows at a time.
BATCH_CHUNK = 64
_LINES_ACCEPT = ("application/x-ndjson", "application/jsonl", "application/json-lines")


def json_response(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(dumps(data), status, headers, media_type="application/json")


def document_of(name: str) -> str:
    """The document key of a calculator (``roads`` for ``roads.deadline``)."""
    return name.partition(".")[0]


def calculator(name: str) -> Calculator[Any]:
    """The calculator ``name``, or 404 ``unknown_calculator``."""
    registry = load_all()
    found = registry.get(name)
    if found is None:
        zh, en = hint(name, registry)
        raise WebError(
            404,
            "unknown_calculator",
            f"没有名为 {name[:80]!r} 的计算器（GET /calculators 列出全部）{zh}",
            f"no calculator named {name[:80]!r} (GET /calculators lists them){en}",
            kind="input_error",
        )
    return found


def _date(request: Request, key: str) -> dt.date | None:
    text = request.query_params.get(key)
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise WebError(
            400,
            "invalid_date",
            f"{key} 须为日期 YYYY-MM-DD，收到 {text[:20]!r}",
            f"{key} must be a date YYYY-MM-DD, got {text[:20]!r}",
            field=key,
            kind="input_error",
        ) from None


class Api:
    """The JSON endpoints of one application, with its :class:`Settings`."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._openapi: bytes | None = None

    async def _compute(self, work: Callable[[], T], size: int) -> T:
        if size <= INLINE_BYTES:
            return work()
        try:
            with anyio.fail_after(self.settings.timeout):
                return await anyio.to_thread.run_sync(work, abandon_on_cancel=True)
        except TimeoutError:
            raise WebError(
                503,
                "timeout",
                f"计算未在 {self.settings.timeout:g} 秒内完成",
                f"the computation did not finish within {self.settings.timeout:g} seconds",
                kind="timeout",
            ) from None

    async def calculators(self, request: Request) -> Response:
        """``GET /calculators``: ``[{"name", "title", "document", "document_number", "document_title"}]``,
        sorted by name, as ``qinzhou-calc list --json``."""
        registry = load_all()
        return json_response([registry[name].listing() for name in sorted(registry)])

    async def describe(self, request: Request) -> Response:
        """``GET /calculators/{name}``: the schema and the registered examples."""
        name = request.path_params["name"]
        calc = calculator(name)
        return json_response(
            {
                **calc.listing(),
                "schema": calc.schema(),
                "examples": [{"title": e.title, "payload": jsonable(e.payload)} for e in calc.examples],
            }
        )

    async def evaluate(self, request: Request) -> Response:
        """``POST /calculators/{name}/evaluate``: 200 ``Result.to_dict()``, else the error shape."""
        return await self.evaluate_named(request, request.path_params["name"])

    async def evaluate_named(self, request: Request, name: str) -> Response:
        """The evaluate endpoint for calculator ``name`` (also reached by :class:`FastEvaluate`)."""
        calculator(name)
        require_media(request, JSON_TYPES)
        body = await read_body(request, self.settings.max_body, self.settings.timeout)
        payload = parse_json(body)
        opts = options(request, self.settings.lang, payload)
        if self.settings.log_payloads:
            log.info("payload %s %s", name, dumps(payload).decode())
        try:
            data = await self._compute(lambda: evaluate_dict(name, payload, opts), len(body))
        except qc.InputError as error:
            return json_response(input_error_body(error, opts.language), status_of(error))
        return json_response(data)

    async def batch(self, request: Request) -> Response:
        """``POST /calculators/{name}/batch``: a JSON array or JSON Lines in; one
        ``{"result": …}`` or ``{"error": …}`` per row out, in order, streamed as computed."""
        name = request.path_params["name"]
        calculator(name)
        kind = require_media(request, JSON_TYPES | JSON_LINES_TYPES)
        body = await read_body(request, self.settings.max_batch_body, self.settings.timeout)
        opts = options(request, self.settings.lang)
        rows = body_rows(body, kind in JSON_LINES_TYPES)
        if self.settings.log_payloads:
            log.info("payload %s %d rows", name, len(rows))
        lines = request.headers.get("accept", "").startswith(_LINES_ACCEPT)
        chunks = [rows[i : i + BATCH_CHUNK] for i in range(0, len(rows), BATCH_CHUNK)]
        try:
            # The first chunk is computed before the answer starts, so that an option the
            # library refuses for every row (an unknown override) is still a plain 400.
            first = await self._compute(lambda: _run(name, chunks[0] if chunks else [], opts), len(body))
        except qc.InputError as error:
            return json_response(input_error_body(error, opts.language), status_of(error))

        async def stream() -> AsyncIterator[bytes]:
            if not lines:
                yield b"["
            for index, chunk in enumerate(chunks):
                done = first if index == 0 else await anyio.to_thread.run_sync(_run_later, name, chunk, opts)
                if lines:
                    yield b"".join(row + b"\n" for row in done)
                else:
                    yield (b",\n" if index else b"") + b",\n".join(done)
            if not lines:
                yield b"]\n"

        media = "application/x-ndjson" if lines else "application/json"
        return StreamingResponse(stream(), media_type=media)

    async def parameters(self, request: Request) -> Response:
        """``GET /parameters?at=YYYY-MM-DD&document=roads``: the law's figures."""
        request.state.lang = options(request, self.settings.lang).lang
        at = _date(request, "at")
        document = request.query_params.get("document")
        try:
            data = qc.parameters(at=at, document=document)
        except qc.InputError as error:
            return json_response(input_error_body(error, request.state.lang), status_of(error))
        return json_response(jsonable(data))

    async def parameter(self, request: Request) -> Response:
        """``GET /parameters/{name}?at=YYYY-MM-DD``: one figure; 404 ``unknown_parameter``."""
        request.state.lang = options(request, self.settings.lang).lang
        at = _date(request, "at")
        try:
            data = qc.parameter(request.path_params["name"], at=at)
        except qc.InputError as error:
            status = 404 if "unknown_parameter" in error.codes else status_of(error)
            return json_response(input_error_body(error, request.state.lang), status)
        return json_response(jsonable(data))

    async def readings(self, request: Request) -> Response:
        """``GET /readings?document=education``: the law's open questions, as ``qc.readings()``."""
        lang = request.state.lang = options(request, self.settings.lang).language
        try:
            data = qc.readings(document=request.query_params.get("document"), lang=lang)
        except qc.InputError as error:
            return json_response(input_error_body(error, lang), status_of(error))
        return json_response(data)

    async def openapi(self, request: Request) -> Response:
        """``GET /openapi.json``: OpenAPI 3.1, built once from the registry."""
        if self._openapi is None:
            self._openapi = dumps(openapi())
        return Response(self._openapi, media_type="application/json")

    async def healthz(self, request: Request) -> Response:
        """``GET /healthz``: for orchestrators; computes nothing."""
        return json_response({"status": "ok", "version": qc.__version__})


def _run(name: str, rows: Sequence[Row], opts: Options) -> list[bytes]:
    """One chunk of a batch, each row as JSON bytes. Never raises: a row that cannot be computed
    or written is that row's error line, and the other rows of the chunk are still answered."""
    valid = [row for row in rows if not isinstance(row, WebError)]
    try:
        # Consumed to the end, so that the library's language and overrides, set for the rows, are
        # restored before the next chunk (a generator left open would keep them set in this context).
        results: list[Any] = list(evaluate_rows(name, valid, opts))
    except qc.InputError:
        # An option refused for every row (an unknown override): the caller's 400.
        raise
    except Exception:  # noqa: BLE001 - one row the library could not read: each row on its own
        results = [_one(name, row, opts) for row in valid]
    found, lang = iter(results), opts.language
    return [_line(row if isinstance(row, WebError) else next(found), lang) for row in rows]


def _run_later(name: str, rows: Sequence[Row], opts: Options) -> list[bytes]:
    """A chunk after the first, once the answer has started: an error for every row of it is
    written on each row's line, never as the end of the answer."""
    try:
        return _run(name, rows, opts)
    except qc.InputError as error:
        return [_line(error, opts.language)] * len(rows)


def _one(name: str, row: Row, opts: Options) -> Any:
    """One row's result or error, whatever the library raises while it reads the row."""
    try:
        return next(iter(list(evaluate_rows(name, [row], opts))))
    except qc.InputError as error:
        return error
    except Exception as error:  # noqa: BLE001 - the row's own error line, not the batch's end
        log.error("batch row failed: %s", type(error).__name__)
        return _ROW_FAILED


def _line(found: Any, lang: str) -> bytes:
    """A row's line: ``{"result": …}`` or the error shape; a row whose answer cannot be written
    is written as an ``internal_error`` in its place."""
    try:
        if found is not _ROW_FAILED:
            return outcome_line(found, lang, dumps)
    except Exception as error:  # noqa: BLE001 - the row's own error line, not the batch's end
        log.error("batch row not written: %s", type(error).__name__)
    return dumps(error_body("internal_error", [_ROW_PROBLEM], lang))


#: A row that failed inside the library for a reason that is not the payload's.
_ROW_FAILED = object()
_ROW_PROBLEM = qc.Problem("$", "internal_error", "此行未能计算或写出", "this row could not be computed or written")
