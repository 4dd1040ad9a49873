"""What a request asks besides its payload: the language of messages, what-if overrides, lean
results and the working-day calendar, read the same way on every face.

Over HTTP they come as query parameters (``?lang=en&overrides={...}&explain=false``, and
``reading=CODE=OPTION`` as often as needed) or as the payload's top-level keys ``_lang``,
``_overrides`` and ``_readings``; on the command line as ``--lang``, ``--override NAME=VALUE``,
``--reading CODE=OPTION``, ``--lean``, ``--calendar FILE`` and ``--provisional-calendar``. They
reach ``qinzhou_calc.evaluate`` as its keyword arguments (:meth:`Options.kwargs`); the calendar is put
in place by :func:`~._calendar.calendar_in_place`. The library
checks the readings' codes and options (``unknown_reading``, ``invalid_reading``); what is refused
here is a pair that is not ``CODE=OPTION`` or a code given two different options, ``invalid_reading``.
"""

import functools
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from .._core.errors import InputError
from .._core.language import LANGUAGES, get_language
from ._errors import RequestError
from ._json import parse_json, read_value

__all__ = [
    "LANGUAGES",
    "Options",
    "answer_language",
    "overrides_of",
    "read_options",
    "readings_of",
]


class Options(NamedTuple):
    """What a request asks besides its payload (a named tuple, the lightest record to define, since
    every command and request reads one).

    ``lang``: the language of messages (``None``: the caller's current one); ``overrides``: figures
    of the law replaced (what-if); ``explain=False``: lean results (no steps, citations or notes;
    the same amounts); ``calendar``: a file of working-day years to register first;
    ``provisional``: count a year with no official schedule on its statutory holidays;
    ``readings``: the reading chosen for open questions of the law (``{code: option}``).
    """

    lang: str | None = None
    overrides: Mapping[str, Any] | None = None
    explain: bool = True
    calendar: str | None = None
    provisional: bool = False
    readings: Mapping[str, Any] | None = None

    @property
    def language(self) -> str:
        """The language of messages: ``lang``, else the caller's current one."""
        return get_language() if self.lang is None else self.lang

    def kwargs(self) -> dict[str, Any]:
        """The keyword arguments of ``qinzhou_calc.evaluate`` (and ``iter_evaluate``) that carry them."""
        found: dict[str, Any] = {}
        if self.lang is not None:
            found["lang"] = self.lang
        if self.overrides is not None:
            found["overrides"] = self.overrides
        if not self.explain:
            found["explain"] = False
        if self.readings is not None:
            found["readings"] = self.readings
        return found


def overrides_of(pairs: Sequence[str]) -> dict[str, Any] | None:
    """``NAME=VALUE`` pairs (``--override``): each value read as JSON (``150``,
    ``{"2021-01-01": 150}``), else as text; ``None`` when there are none."""
    overrides: dict[str, Any] = {}
    for pair in pairs:
        name, sep, text = pair.partition("=")
        if not sep or not name.strip():
            raise InputError.one(
                "--override",
                "invalid_override",
                f"假设值应写作 名称=值，收到 {pair[:80]!r}",
                en=f"expected NAME=VALUE, got {pair[:80]!r}",
            )
        overrides[name.strip()] = read_value(text)
    return overrides or None


def readings_of(pairs: Sequence[str], field: str = "--reading") -> dict[str, str] | None:
    """``CODE=OPTION`` pairs (``--reading``, ``?reading=``) as ``{code: option}``; ``None`` when
    there are none. A pair without ``=`` or without a code, and a code given two different options,
    is ``InputError`` ``invalid_reading`` at ``field``; whether the code and option exist is the
    library's to say when it evaluates."""
    chosen: dict[str, str] = {}
    for pair in pairs:
        code, sep, option = (part.strip() for part in pair.partition("="))
        if not sep or not code:
            raise InputError.one(
                field,
                "invalid_reading",
                f"读法应写作 代码=选项，收到 {pair[:80]!r}",
                en=f"a reading is written CODE=OPTION, got {pair[:80]!r}",
            )
        if chosen.get(code, option) != option:
            raise InputError.one(
                field,
                "invalid_reading",
                f"读法 {code[:80]} 给了两个不同的选项：{chosen[code][:80]!r} 和 {option[:80]!r}",
                en=f"the reading {code[:80]} is given two different options: {chosen[code][:80]!r} and {option[:80]!r}",
            )
        chosen[code] = option
    return chosen or None


def answer_language(chosen: object, asked: object, default: str) -> str:
    """The language of an answer: the one the request's options chose, else a valid ``lang`` the
    request asked for, else ``default`` (a refusal raised before the options were read)."""
    if chosen in LANGUAGES:
        return str(chosen)
    return str(asked) if asked in LANGUAGES else default


def _lang(value: object, field: str) -> str:
    if value in LANGUAGES:
        return str(value)
    raise RequestError(
        400,
        "invalid_choice",
        f"语言须为 {' 或 '.join(LANGUAGES)}，收到 {str(value)[:20]!r}",
        f"the language must be {' or '.join(LANGUAGES)}, got {str(value)[:20]!r}",
        field=field,
        kind="input_error",
    )


_BOOLEANS = {"true": True, "1": True, "false": False, "0": False}


def _explain(value: str) -> bool:
    found = _BOOLEANS.get(value.strip().lower())
    if found is not None:
        return found
    raise RequestError(
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
    except RequestError as error:
        if error.problems[0].code == "invalid_json":
            return text
        raise


def _overrides(value: object, field: str) -> Mapping[str, Any]:
    if isinstance(value, Mapping):
        return value
    raise RequestError(
        400,
        "invalid_override",
        "overrides 须为 JSON 对象：{参数名: 值}",
        "overrides must be a JSON object: {parameter name: value}",
        field=field,
        kind="input_error",
    )


def _query_readings(query: Mapping[str, str]) -> dict[str, str] | None:
    """The query's ``reading=CODE=OPTION`` parameters (every one of them where the query keeps
    repeated parameters, as Starlette's does); a malformed one is 400 ``invalid_reading``."""
    getlist = getattr(query, "getlist", None)
    pairs: list[str] = list(getlist("reading")) if getlist is not None else [query["reading"]]
    try:
        return readings_of(pairs, "reading")
    except InputError as error:
        problem = error.errors[0]
        raise RequestError(
            400, problem.code, problem.message, problem.en or problem.message, field=problem.field, kind="input_error"
        ) from None


def _body_readings(value: object) -> Mapping[str, Any]:
    if isinstance(value, Mapping):
        return value
    raise RequestError(
        400,
        "invalid_reading",
        "_readings 须为 JSON 对象：{读法代码: 选项}",
        "_readings must be a JSON object: {reading code: option}",
        field="_readings",
        kind="input_error",
    )


@functools.cache
def _plain(lang: str) -> Options:
    return Options(lang)


def read_options(
    query: Mapping[str, str] | None,
    default_lang: str,
    payload: object = None,
    *,
    keeper: Any = None,
) -> Options:
    """A request's options from its ``query`` (``lang``, ``overrides``, ``explain``, ``reading``)
    and the top-level keys ``_lang``, ``_overrides`` and ``_readings`` of ``payload``, which are
    taken out of it (each wins over the query). A bad value is a :class:`~.RequestError` (400)
    naming its field. ``keeper`` (a request's state) gets the language as its ``lang`` as soon as
    it is known, so that a refusal of a later option speaks it."""
    if not query and not (
        isinstance(payload, dict) and ("_lang" in payload or "_overrides" in payload or "_readings" in payload)
    ):
        # Nothing asked for: the answer in the default language, with every option at its default.
        if keeper is not None:
            keeper.lang = default_lang
        return _plain(default_lang)
    lang: object = query.get("lang") if query else None
    field = "lang"
    overrides: object = None
    overrides_field = "overrides"
    query_overrides = query.get("overrides") if query else None
    if query_overrides is not None:
        overrides = _query_overrides(query_overrides)
    explain = query.get("explain") if query else None
    asked_readings: object = None
    body_readings = False
    if isinstance(payload, dict):
        if "_lang" in payload:
            lang, field = payload.pop("_lang"), "_lang"
        if "_overrides" in payload:
            overrides, overrides_field = payload.pop("_overrides"), "_overrides"
        if "_readings" in payload:
            asked_readings, body_readings = payload.pop("_readings"), True
    language = default_lang if lang is None else _lang(lang, field)
    if keeper is not None:
        keeper.lang = language
    readings: Mapping[str, Any] | None = None
    if body_readings:
        readings = _body_readings(asked_readings)
    elif query and "reading" in query:
        readings = _query_readings(query)
    return Options(
        language,
        None if overrides is None else _overrides(overrides, overrides_field),
        True if explain is None else _explain(explain),
        readings=readings,
    )
