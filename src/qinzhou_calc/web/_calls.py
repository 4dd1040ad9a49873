"""Calling the library with a request's options: overrides (what-if) and language.

A request gives them as query parameters (``?lang=en&overrides={...}``) or as the payload's
top-level keys ``_lang`` and ``_overrides``; ``?explain=false`` asks for lean results. They
reach ``qinzhou_calc.evaluate`` as its keyword arguments ``lang=``, ``overrides=`` and
``explain=`` where the installed library has them; where it does not, the language still
applies to the messages of this layer.
"""

import inspect
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
from starlette.requests import Request

import qinzhou_calc as qc

from .._core.errors import InputError
from ._body import parse_json
from ._errors import LANGS, WebError

__all__ = ["Options", "evaluate_dict", "evaluate_rows", "options"]

_EVALUATE = frozenset(inspect.signature(qc.evaluate).parameters)
_ITER_EVALUATE = frozenset(inspect.signature(qc.iter_evaluate).parameters)


@attrs.frozen
class Options:
    """What a request asks besides its payload."""

    lang: str
    overrides: Mapping[str, Any] | None = None
    #: ``explain=false``: lean results (no steps, citations or notes; the same amounts).
    explain: bool = True

    def kwargs(self, accepted: frozenset[str]) -> dict[str, Any]:
        """The keyword arguments for a library entry point that takes ``accepted``."""
        found: dict[str, Any] = {}
        if "lang" in accepted:
            found["lang"] = self.lang
        if self.overrides is not None:
            found["overrides"] = self.overrides
        if not self.explain and "explain" in accepted:
            found["explain"] = False
        return found


def _lang(value: object, field: str) -> str:
    if value in LANGS:
        return str(value)
    raise WebError(
        400,
        "invalid_choice",
        f"语言须为 {' 或 '.join(LANGS)}，收到 {str(value)[:20]!r}",
        f"the language must be {' or '.join(LANGS)}, got {str(value)[:20]!r}",
        field=field,
        kind="input_error",
    )


_BOOLEANS = {"true": True, "1": True, "false": False, "0": False}


def _explain(value: str) -> bool:
    found = _BOOLEANS.get(value.strip().lower())
    if found is not None:
        return found
    raise WebError(
        400,
        "invalid_choice",
        f"explain 须为 true 或 false，收到 {value[:20]!r}",
        f"explain must be true or false, got {value[:20]!r}",
        field="explain",
        kind="input_error",
    )


def _query_overrides(text: str) -> object:
    """``?overrides=`` read as JSON (numbers exact, nesting bounded); text that is not JSON is
    kept as it is, for :func:`_overrides` to refuse as not an object."""
    try:
        return parse_json(text, "overrides")
    except WebError as error:
        if error.problems[0].code == "invalid_json":
            return text
        raise


def _overrides(value: object, field: str) -> Mapping[str, Any]:
    if isinstance(value, Mapping):
        return value
    raise WebError(
        400,
        "invalid_override",
        "overrides 须为 JSON 对象：{参数名: 值}",
        "overrides must be a JSON object: {parameter name: value}",
        field=field,
        kind="input_error",
    )


def options(request: Request, default_lang: str, payload: object = None) -> Options:
    """The request's options; ``_lang`` and ``_overrides`` are taken out of ``payload``."""
    query = request.query_params if request.scope.get("query_string") else None
    lang: object = query.get("lang") if query else None
    field = "lang"
    overrides: object = None
    overrides_field = "overrides"
    query_overrides = query.get("overrides") if query else None
    if query_overrides is not None:
        overrides = _query_overrides(query_overrides)
    explain = query.get("explain") if query else None
    if isinstance(payload, dict):
        if "_lang" in payload:
            lang, field = payload.pop("_lang"), "_lang"
        if "_overrides" in payload:
            overrides, overrides_field = payload.pop("_overrides"), "_overrides"
    chosen = default_lang if lang is None else _lang(lang, field)
    request.state.lang = chosen
    return Options(
        chosen,
        None if overrides is None else _overrides(overrides, overrides_field),
        True if explain is None else _explain(explain),
    )


def evaluate_dict(name: str, payload: Any, opts: Options) -> dict[str, Any]:
    """``qc.evaluate(...).to_dict()`` with the request's options; raises only ``InputError``."""
    return qc.evaluate(name, payload, **opts.kwargs(_EVALUATE)).to_dict()


def evaluate_rows(name: str, payloads: Iterable[Any], opts: Options) -> Iterable[qc.Result | InputError]:
    """``qc.iter_evaluate`` with the request's options: one result or error per payload."""
    return qc.iter_evaluate(name, payloads, **opts.kwargs(_ITER_EVALUATE))
