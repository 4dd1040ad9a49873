"""Calling the library with a request's options, read by the service (:mod:`qinzhou_calc.service`).

A request gives them as query parameters (``?lang=en&overrides={...}&explain=false``, and
``reading=CODE=OPTION`` as often as needed) or as the payload's top-level keys ``_lang``,
``_overrides`` and ``_readings``; they reach ``qinzhou_calc.evaluate`` as its keyword arguments.
The language chosen is kept on the request, so that every refusal of it, and of its other options,
speaks that language (:func:`request_lang`).
"""

from collections.abc import Iterable
from typing import Any

from starlette.requests import Request

import qinzhou_calc as qc

from ..service import Options, answer_language, read_options

__all__ = ["Options", "evaluate_dict", "evaluate_rows", "options", "request_lang"]


def options(request: Request, default_lang: str, payload: object = None) -> Options:
    """The request's options; ``_lang``, ``_overrides`` and ``_readings`` are taken out of ``payload``."""
    query = request.query_params if request.scope.get("query_string") else None
    return read_options(query, default_lang, payload, keeper=request.state)


def request_lang(request: Request, default_lang: str) -> str:
    """The language to answer ``request`` in: the one its options chose, else its valid ``?lang=``,
    else the application's."""
    return answer_language(getattr(request.state, "lang", None), request.query_params.get("lang"), default_lang)


def evaluate_dict(name: str, payload: Any, opts: Options) -> dict[str, Any]:
    """``qc.evaluate(...).to_dict()`` with the request's options; raises only ``InputError``."""
    return qc.evaluate(name, payload, **opts.kwargs()).to_dict()


def evaluate_rows(name: str, payloads: Iterable[Any], opts: Options) -> Iterable[qc.Result | qc.InputError]:
    """``qc.iter_evaluate`` with the request's options: one result or error per payload."""
    return qc.iter_evaluate(name, payloads, **opts.kwargs())
