"""The short way to the busiest endpoint: ``POST /calculators/{name}/evaluate``.

A form backend calls evaluate far more than anything else, and each call computes in tens of
microseconds, so the layers a request crosses on its way there count. This middleware sends
that one route straight to the same handler the router would reach, past the router and its
exception layer, and turns that handler's refusals into the same answers the application's
error handlers give (in the language :func:`~._calls.request_lang` finds). Every other request
goes the usual way.
"""

import re

from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from ._api import Api, json_response
from ._calls import request_lang
from ._errors import WebError

__all__ = ["FastEvaluate"]

_EVALUATE = re.compile(r"/calculators/([^/]+)/evaluate")


class FastEvaluate:
    """ASGI middleware: ``POST …/evaluate`` to :meth:`Api.evaluate_named` directly."""

    def __init__(self, app: ASGIApp, api: Api) -> None:
        self.app = app
        self.api = api

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] == "POST":
            path: str = scope["path"]
            root: str = scope.get("root_path", "")
            # Mounted under a prefix, the path carries it (as Starlette's router expects).
            match = _EVALUATE.fullmatch(path[len(root) :] if root and path.startswith(root) else path)
            if match:
                request = Request(scope, receive)
                try:
                    response = await self.api.evaluate_named(request, match.group(1))
                except WebError as error:
                    lang = request_lang(request, self.api.settings.lang)
                    response = json_response(error.body(lang), error.status, error.headers)
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)
