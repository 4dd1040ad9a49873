"""The law's open questions as objects: a :class:`Reading` names a question the text leaves open,
the answers a careful official could give (its options), the one the library takes by default,
and why.

A document declares its readings once, beside its dated parameters, and lists them in its
:class:`~.dated.Declaration`, which the registry reads as the document loads; a calculator asks the
evaluation for the option in force and writes its note from the reading's own words. A note that
only warns (a calendar not verified, a limitation period passed, a figure the library cannot check)
is not a reading: it is a :class:`WarningNote`, declared the same way, so that the codes a result's
notes may carry form a closed set. A caller
switches an option with ``readings={code: option}``: the choice is checked here
(``unknown_reading``, ``invalid_reading``) and is in force, like a what-if, only in the context of
that call (a :class:`contextvars.ContextVar`, so each thread and ``asyncio`` task sees its own).
"""

import contextlib
import contextvars
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs

from .errors import InputError, Problem
from .frozen import record_repr
from .suggest import hint

__all__ = [
    "Option",
    "Reading",
    "ReadingUse",
    "WarningNote",
    "asked",
    "check_readings",
    "choosing",
    "chosen",
    "declare",
    "declare_warning",
    "find_reading",
    "find_warning",
    "loads_documents_with",
    "reading_codes",
    "readings_of",
    "warning_codes",
    "warnings_of",
]


@attrs.frozen(repr=False)
class Option:
    """One answer to a reading's question: a stable ``key`` and a one-line summary.

    ``note_code`` and ``note`` are the note a result writes when it used this option: the words
    that explain it to the person reading the result (``{name}`` fields filled by the calculator).
    """

    key: str
    summary: str
    summary_en: str
    note_code: str = ""
    note: str = ""
    __repr__ = record_repr

    def to_dict(self, lang: str = "zh") -> dict[str, str]:
        return {"key": self.key, "summary": self.summary_en if lang == "en" else self.summary}


@attrs.frozen(repr=False)
class Reading:
    """An open question of the law, with its options and the default a careful official would choose.

    ``code`` is ``<document>.<topic>.<question>``; ``article`` is the provision the question is
    about, as the document numbers it.
    """

    code: str
    document: str
    article: str
    question: str
    question_en: str
    options: tuple[Option, ...]
    default: str
    reasoning: str
    reasoning_en: str
    __repr__ = record_repr

    def __attrs_post_init__(self) -> None:
        keys = [option.key for option in self.options]
        if len(keys) < 2 or len(set(keys)) != len(keys):
            raise ValueError(f"reading {self.code} needs two or more distinct options, has {keys}")
        if self.default not in keys:
            raise ValueError(f"reading {self.code}: default {self.default!r} is not one of {keys}")
        if not self.code.startswith(f"{self.document}."):
            raise ValueError(f"reading {self.code} must be named after its document {self.document}")

    def option(self, key: str) -> Option:
        for option in self.options:
            if option.key == key:
                return option
        raise KeyError(key)

    def to_dict(self, lang: str = "zh") -> dict[str, Any]:
        """As ``qc.readings()`` lists it (API.md, "Readings")."""
        english = lang == "en"
        return {
            "code": self.code,
            "document": self.document,
            "article": self.article,
            "question": self.question_en if english else self.question,
            "options": [option.to_dict(lang) for option in self.options],
            "default": self.default,
            "reasoning": self.reasoning_en if english else self.reasoning,
        }


@attrs.frozen(repr=False)
class ReadingUse:
    """A reading a result depended on: the option used, and whether it is the default."""

    code: str
    option: str
    default: bool
    __repr__ = record_repr

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "option": self.option, "default": self.default}


@attrs.frozen(repr=False)
class WarningNote:
    """A note that warns rather than interprets: what the library could not check or verify, or a
    rule outside its reach that the case may meet (a calendar not verified, a limitation period
    passed, a figure the caller must confirm). There is no other option to choose; the calculator
    writes the note's words with the case's figures (``ex.note(WARNING.code, message)``).

    ``document`` is the key of the document whose calculators write it, or ``""`` for a warning the
    core writes for any document (the working-day calendar, a document that has ended); ``article``
    the provision it concerns (may be empty for the core's).
    """

    code: str
    document: str
    article: str
    summary: str
    summary_en: str
    __repr__ = record_repr

    def __attrs_post_init__(self) -> None:
        if not self.code or not self.code.replace("_", "").isalnum() or not self.code.islower():
            raise ValueError(f"a warning's code is a lower-case name: {self.code!r}")

    def to_dict(self, lang: str = "zh") -> dict[str, str]:
        """As the documentation lists it: code, document, article and the summary in ``lang``."""
        summary = self.summary_en if lang == "en" else self.summary
        return {"code": self.code, "document": self.document, "article": self.article, "summary": summary}


_READINGS: dict[str, Reading] = {}
_WARNINGS: dict[str, WarningNote] = {}
#: Loads the document with the given key, so that its declared readings are known (set by the
#: registry, which knows the documents; empty until then).
_LOAD_DOCUMENT: list[Callable[[str], object]] = []


def declare(*readings: Reading) -> tuple[Reading, ...]:
    """Register readings (once each; a second declaration of a code must be the same). The registry
    calls it with the readings a document's :class:`~.dated.Declaration` lists, as the document loads."""
    for reading in readings:
        known = _READINGS.get(reading.code)
        if known is not None and known != reading:
            raise ValueError(f"reading {reading.code} declared twice with different contents")
        for option in reading.options:
            if option.note_code in _WARNINGS:
                raise ValueError(f"reading {reading.code}: {option.note_code!r} is a warning's code")
        _READINGS[reading.code] = reading
    return readings


def declare_warning(*warnings: WarningNote) -> tuple[WarningNote, ...]:
    """Register warning notes, as :func:`declare` does readings. A code is one note's: a warning and
    an option's ``note_code`` may not share it."""
    for warning in warnings:
        known = _WARNINGS.get(warning.code)
        if known is not None and known != warning:
            raise ValueError(f"warning {warning.code} declared twice with different contents")
        if any(warning.code == option.note_code for r in _READINGS.values() for option in r.options):
            raise ValueError(f"warning {warning.code}: the code is an option's note code")
        _WARNINGS[warning.code] = warning
    return warnings


def loads_documents_with(loader: Callable[[str], object]) -> None:
    """Let :func:`find_reading` load the document a code names (``roads`` for ``roads.x.y``)."""
    _LOAD_DOCUMENT[:] = [loader]


def find_reading(code: str) -> Reading | None:
    """The reading called ``code``, its document loaded first if need be; ``None`` if there is none."""
    found = _READINGS.get(code)
    if found is None and _LOAD_DOCUMENT:
        _LOAD_DOCUMENT[0](code.partition(".")[0])
        found = _READINGS.get(code)
    return found


def find_warning(code: str) -> WarningNote | None:
    return _WARNINGS.get(code)


def warning_codes() -> list[str]:
    """Every declared warning's code, sorted."""
    return sorted(_WARNINGS)


def warnings_of(document: str | None = None) -> list[WarningNote]:
    """The declared warnings, sorted by code, of one document (its key; ``""`` the core's) or of all."""
    return [_WARNINGS[code] for code in sorted(_WARNINGS) if document is None or _WARNINGS[code].document == document]


def reading_codes() -> list[str]:
    """Every declared code, sorted: the closed set a caller may switch."""
    return sorted(_READINGS)


def readings_of(document: str | None = None) -> list[Reading]:
    """The declared readings, sorted by code, of one document (its key) or of all."""
    return [_READINGS[code] for code in sorted(_READINGS) if document is None or _READINGS[code].document == document]


def check_readings(raw: object, field: str = "readings") -> dict[str, str]:
    """A caller's ``{code: option}`` checked against the declared readings.

    Raises :class:`InputError` listing every unknown code (``unknown_reading``) and every option
    the reading does not have (``invalid_reading``); an empty or ``None`` choice is the defaults.
    """
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise InputError.one(
            field, "type", "读法选择应为对象：{读法代码: 选项}", en=f"{field} must be an object {{code: option}}"
        )
    checked: dict[str, str] = {}
    problems: list[Problem] = []
    for code, option in raw.items():
        path = f"{field}[{str(code)[:80]!r}]"
        reading = find_reading(code) if isinstance(code, str) else None
        if reading is None:
            zh, en = hint(code, reading_codes())
            problems.append(
                Problem(
                    path,
                    "unknown_reading",
                    f"没有代码为 {str(code)[:80]!r} 的读法（qinzhou-calc readings 列出全部读法）{zh}",
                    en=f"no reading with the code {str(code)[:80]!r} (qinzhou-calc readings lists them){en}",
                )
            )
            continue
        keys = [o.key for o in reading.options]
        if not isinstance(option, str) or option not in keys:
            zh, en = hint(option, keys) if isinstance(option, str) else ("", "")
            problems.append(
                Problem(
                    path,
                    "invalid_reading",
                    f"读法 {code}（{reading.question}）没有选项 {str(option)[:80]!r}；可选：{'、'.join(keys)}{zh}",
                    en=f"the reading {code} has no option {str(option)[:80]!r}; options: {', '.join(keys)}{en}",
                )
            )
            continue
        checked[code] = option
    if problems:
        raise InputError(problems)
    return checked


_CHOSEN: contextvars.ContextVar[Mapping[str, str] | None] = contextvars.ContextVar(
    "qinzhou_calc_readings", default=None
)


def asked(reading: Reading) -> str | None:
    """The option the caller chose for ``reading`` in this context, or ``None`` (the default)."""
    choices = _CHOSEN.get()
    return None if choices is None else choices.get(reading.code)


def chosen(reading: Reading) -> str:
    """The option of ``reading`` in force in this context: the caller's, or the default."""
    choices = _CHOSEN.get()
    if choices is None:
        return reading.default
    return choices.get(reading.code, reading.default)


@contextlib.contextmanager
def choosing(choices: Mapping[str, str] | None) -> Iterator[None]:
    """Evaluate with the checked ``choices`` (``None`` or empty: every default) in this context only."""
    token = _CHOSEN.set(choices or None)
    try:
        yield
    finally:
        _CHOSEN.reset(token)


#: The warnings the core writes for any document: the working-day calendar's and a document's end.
CORE_WARNINGS = declare_warning(
    WarningNote(
        "calendar_provisional",
        "",
        "全国年节及纪念日放假办法 第二条、第六条",
        "期间跨越国务院尚未公布安排的年份，按暂定日历计算；节假日前后的日期可能因调休而变动",
        "the period crosses a year whose official schedule is not yet published and is counted on the "
        "provisional calendar; days near a holiday may still move",
    ),
    WarningNote(
        "calendar_provisional_settled",
        "",
        "全国年节及纪念日放假办法 第二条、第六条",
        "期间跨越国务院尚未公布安排的年份，按暂定日历计算，但所跨日期都不在节假日附近，结果不会变",
        "the period crosses a year counted on the provisional calendar, but no day it crosses is near a "
        "holiday: the official schedule cannot change the result",
    ),
    WarningNote(
        "regional_calendar_missing",
        "",
        "广西壮族自治区 三月三 放假安排",
        "该年广西壮族三月三的放假安排未知，只按国务院节假日安排计算",
        "the year's Guangxi 三月三 holidays are unknown; only the State Council's schedule is counted",
    ),
    WarningNote(
        "regional_calendar_unverified",
        "",
        "广西壮族自治区 三月三 放假安排",
        "该年三月三的放假日期未与自治区通知原文核对",
        "the year's 三月三 dates have not been checked against the region's own notice",
    ),
    WarningNote(
        "event_in_ended_document",
        "",
        "",
        "文件已届满：事件在其有效期内的仍依该文件判断，均不在其有效期内的按其最后一日的文本逐项判断",
        "the document has ended: events within its period are still judged by it; if none is, each is "
        "judged by the text of its last day",
    ),
)
