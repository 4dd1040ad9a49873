"""The law's open questions as objects: a :class:`Reading` names a question the text leaves open,
the answers a careful official could give (its options), the one the library takes by default,
and why.

A document declares its readings once, beside its dated parameters; a calculator asks the
evaluation for the option in force and writes its note from the reading's own words. A caller
switches an option with ``readings={code: option}``: the choice is checked here
(``unknown_reading``, ``invalid_reading``) and is in force, like a what-if, only in the context of
that call (a :class:`contextvars.ContextVar`, so each thread and ``asyncio`` task sees its own).
"""

import contextlib
import contextvars
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from .errors import InputError, Problem
from .suggest import hint

__all__ = [
    "Option",
    "Reading",
    "ReadingUse",
    "asked",
    "check_readings",
    "choosing",
    "chosen",
    "declare",
    "find_reading",
    "reading_codes",
    "readings_of",
]


@attrs.frozen
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

    def to_dict(self, lang: str = "zh") -> dict[str, str]:
        return {"key": self.key, "summary": self.summary_en if lang == "en" else self.summary}


@attrs.frozen
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


@attrs.frozen
class ReadingUse:
    """A reading a result depended on: the option used, and whether it is the default."""

    code: str
    option: str
    default: bool

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "option": self.option, "default": self.default}


_READINGS: dict[str, Reading] = {}


def declare(*readings: Reading) -> tuple[Reading, ...]:
    """Register a document's readings (once each; a second declaration of a code must be the same)."""
    for reading in readings:
        known = _READINGS.get(reading.code)
        if known is not None and known != reading:
            raise ValueError(f"reading {reading.code} declared twice with different contents")
        _READINGS[reading.code] = reading
    return readings


def find_reading(code: str) -> Reading | None:
    return _READINGS.get(code)


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
        reading = _READINGS.get(code) if isinstance(code, str) else None
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
