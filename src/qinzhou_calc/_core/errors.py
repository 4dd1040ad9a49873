"""The one error ``evaluate`` raises: :class:`InputError`, listing every problem."""

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

import attrs

from .frozen import record_repr
from .language import get_language

__all__ = ["CODES", "FACE_CODES", "InputError", "Invalid", "Problem", "Problems", "english_message", "kind_of"]

#: The codes only a face gives, never ``evaluate``: the command line and the web service refuse the
#: text or the request before there is a payload (``invalid_json`` on both; the rest over HTTP).
FACE_CODES = frozenset(
    {
        "invalid_json",
        "not_found",
        "method_not_allowed",
        "request_timeout",
        "body_too_large",
        "unsupported_media_type",
        "timeout",
    }
)

#: Every error code the library, the command line or the web service reports (API.md, "Errors").
CODES = FACE_CODES | frozenset(
    {
        "unknown_calculator",
        "missing",
        "unknown_field",
        "type",
        "invalid_number",
        "negative",
        "out_of_range",
        "invalid_date",
        "invalid_choice",
        "not_in_force",
        "calendar_out_of_range",
        "event_after_decision",
        "internal_error",
        "unknown_parameter",
        "invalid_override",
        "unknown_subject",
        "unknown_reading",
        "invalid_reading",
    }
)

_KINDS: tuple[tuple[type, str], ...] = (
    (bool, "布尔值"),
    (int, "整数"),
    (float, "数字"),
    (Decimal, "数字"),
    (str, "文本"),
    (dt.datetime, "日期时间"),
    (dt.date, "日期"),
    (Mapping, "对象"),
    (list, "列表"),
    (tuple, "列表"),
    (type(None), "空值（null）"),
)


def kind_of(value: object) -> str:
    """What ``value`` is, in Chinese, for a message: 文本, 整数, 列表 ..."""
    for kind, name in _KINDS:
        if isinstance(value, kind):
            return name
    return type(value).__name__


def english_message(path: str, title: str, en: str) -> str:
    """An English message naming the field by its English title and its path:
    ``Repayment date [loan.repayments[0].date]: is not a day of the calendar`` (the path alone where
    the field has no English title, nothing for the whole payload ``$``)."""
    if path == "$":
        return en
    return f"{title} [{path}]: {en}" if title else f"{path}: {en}"


@attrs.frozen(repr=False)
class Problem:
    """One thing wrong with the input: where (``field`` path), what (``code``) and why.

    ``message`` is the text in the language chosen when the error was raised (Chinese unless
    English was asked for); ``en`` is the English text, where it has been written.
    """

    field: str
    code: str
    message: str
    en: str | None = attrs.field(default=None, eq=False)
    __repr__ = record_repr

    def to_dict(self) -> dict[str, str]:
        return {"field": self.field, "code": self.code, "message": self.message}

    def in_language(self, language: str) -> "Problem":
        """This problem with its message in ``language`` (English falls back to the Chinese text)."""
        if language == "en" and self.en is not None and self.en != self.message:
            return Problem(self.field, self.code, self.en, self.en)
        return self


class Invalid(ValueError):  # noqa: N818 - internal, always re-raised as an InputError
    """A single problem found while reading one value; its field path is added later."""

    def __init__(self, code: str, message: str, en: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.en = en


class InputError(ValueError):
    """Bad input. ``errors`` lists **all** the problems found, each with its field path.

    Messages are in the language in force where the error is raised (:func:`~.language.get_language`).
    """

    def __init__(self, errors: Iterable[Problem]) -> None:
        language = get_language()
        self.errors: tuple[Problem, ...] = tuple(p.in_language(language) for p in errors)
        super().__init__("; ".join(f"{p.field}: {p.message} ({p.code})" for p in self.errors))

    @classmethod
    def one(cls, field: str, code: str, message: str, en: str | None = None) -> "InputError":
        return cls([Problem(field, code, message, en)])

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(p.code for p in self.errors)

    def to_dict(self) -> dict[str, Any]:
        return {"error": {"type": "input_error", "errors": [p.to_dict() for p in self.errors]}}

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.errors,))


class Problems:
    """Collects cross-field problems so a calculator can report them all at once."""

    def __init__(self) -> None:
        self._items: list[Problem] = []

    def add(self, field: str, code: str, message: str, en: str | None = None) -> None:
        self._items.append(Problem(field, code, message, en))

    def extend(self, problems: Sequence[Problem]) -> None:
        self._items.extend(problems)

    def __bool__(self) -> bool:
        return bool(self._items)

    def raise_if_any(self) -> None:
        if self._items:
            raise InputError(self._items)
