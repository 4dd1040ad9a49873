"""The ASGI application: routes, error handlers, CORS and the access log, in one place."""

import contextlib
from collections.abc import AsyncIterator, Iterable

import anyio.to_thread
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

import qinzhou_calc as qc

from ..service import load_all
from ._api import Api, json_response
from ._calls import request_lang
from ._check import CheckRoutes
from ._config import MIB, Settings
from ._errors import LANGS, WebError, error_body
from ._fast import FastEvaluate
from ._log import AccessLog, log
from ._pages import Pages

__all__ = ["create_app"]

#: Starlette's own refusals (no such path, wrong method) in the error shape.
_HTTP_CODES = {
    404: ("not_found", "没有这个路径", "no such path"),
    405: ("method_not_allowed", "此路径不接受该请求方法", "this path does not take that method"),
}


def _lang(request: Request) -> str:
    return request_lang(request, str(request.app.state.settings.lang))


async def _web_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, WebError)
    return json_response(exc.body(_lang(request)), exc.status, exc.headers)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code, message, en = _HTTP_CODES.get(exc.status_code, (f"http_{exc.status_code}", str(exc.detail), str(exc.detail)))
    body = error_body("request_error", [qc.Problem("$", code, message, en)], _lang(request))
    return json_response(body, exc.status_code, dict(exc.headers or {}))


async def _internal_error(request: Request, exc: Exception) -> Response:
    # A bug of ours, never the caller's input: logged with its traceback by the server, and
    # answered without one.
    log.error("internal error on %s %s: %s", request.method, request.url.path, type(exc).__name__)
    problem = qc.Problem("$", "internal_error", "服务器内部错误", "internal server error")
    return json_response(error_body("internal_error", [problem], _lang(request)), 500)


def _warm_up() -> None:
    """Evaluate each calculator's first example once, so that the data the library loads on
    first use (working-day calendars, rate tables) is loaded before the first real request."""
    for calc in load_all().values():
        for example in calc.examples[:1]:
            with contextlib.suppress(qc.InputError):
                calc.evaluate(example.payload)


@contextlib.asynccontextmanager
async def _lifespan(app: Starlette) -> AsyncIterator[None]:
    await anyio.to_thread.run_sync(_warm_up)
    yield


def create_app(
    *,
    max_body: int = MIB,
    cors_origins: Iterable[str] = (),
    lang: str = "zh",
    timeout: float = 10.0,
    max_batch_body: int = 16 * MIB,
    log_payloads: bool = False,
) -> Starlette:
    """The web service as an ASGI application (Starlette), to run or to mount.

    ``max_body`` bytes at most per request body (413 above; ``max_batch_body`` for ``/batch``);
    ``cors_origins`` the browser origins allowed to call it from other sites (none by default);
    ``lang`` the language of messages when a request names none (``zh`` or ``en``);
    ``timeout`` seconds for a body to arrive (408) and for a computation (503);
    ``log_payloads`` logs payloads too (off: applicants' data is personal).
    """
    if lang not in LANGS:
        raise ValueError(f"lang must be one of {LANGS}, got {lang!r}")
    settings = Settings(max_body, max_batch_body, timeout, lang, log_payloads)
    load_all()  # every calculator registered before the first request, not during it
    api = Api(settings)
    pages = Pages(settings)
    checks = CheckRoutes(settings)
    routes = [
        Route("/calculators", api.calculators, methods=["GET"]),
        Route("/calculators/{name}", api.describe, methods=["GET"]),
        Route("/calculators/{name}/evaluate", api.evaluate, methods=["POST"]),
        Route("/calculators/{name}/batch", api.batch, methods=["POST"]),
        Route("/parameters", api.parameters, methods=["GET"]),
        Route("/parameters/{name}", api.parameter, methods=["GET"]),
        Route("/readings", api.readings, methods=["GET"]),
        Route("/healthz", api.healthz, methods=["GET"]),
        Route("/openapi.json", api.openapi, methods=["GET"]),
        Route("/", pages.index, methods=["GET"]),
        Route("/form/{name}", pages.form, methods=["GET"]),
        Route("/form/{name}", pages.submit, methods=["POST"]),
        Route("/static/{file}", pages.static, methods=["GET"]),
        Route("/check/{subject}", checks.check, methods=["POST"]),
        Route("/check/{subject}", checks.form, methods=["GET"]),
    ]
    # The access log outermost (it times everything), CORS next (it answers pre-flights and
    # marks every answer), then the short way to evaluate.
    middleware = [Middleware(AccessLog)]
    origins = list(cors_origins)
    if origins:
        middleware.append(
            Middleware(
                CORSMiddleware,
                allow_origins=origins,
                allow_methods=["GET", "POST"],
                allow_headers=["Content-Type"],
                max_age=600,
            )
        )
    middleware.append(Middleware(FastEvaluate, api=api))
    app = Starlette(
        routes=routes,
        middleware=middleware,
        exception_handlers={WebError: _web_error, HTTPException: _http_error, Exception: _internal_error},
        lifespan=_lifespan,
    )
    app.state.settings = settings
    return app
