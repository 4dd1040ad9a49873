"""Typed inputs: field kinds, their constraints, and structuring payloads with cattrs.

A calculator's inputs are an ``attrs`` frozen class whose fields use the kinds below
(``Amount``, ``Area``, ``Percent``, ``Count`` ...) and :func:`spec` for their Chinese
title. :func:`structure` turns a JSON-like mapping into that class; every problem found
on the way becomes a :class:`~.errors.Problem` whose field path comes from cattrs's
structuring notes, not from hand-written checks.
"""

import datetime as dt
import re
from decimal import Decimal
from typing import Annotated, Any, TypeVar

import attrs

from .errors import Invalid
from .money import parse_number

__all__ = [
    "MAX_ITEMS",
    "Amount",
    "Count",
    "DateOrDateTime",
    "Ge",
    "Gt",
    "Le",
    "Percent",
    "PositiveAmount",
    "PositiveCount",
    "Ratio",
    "Signed",
    "spec",
    "structure",
]

T = TypeVar("T")

#: Lists longer than this are refused (``out_of_range``), as are payloads nested deeper
#: than :data:`MAX_DEPTH`.
MAX_ITEMS = 10_000
MAX_DEPTH = 12
MAX_TEXT = 500


@attrs.frozen
class Ge:
    """The value must be at least ``bound`` (``negative`` when the bound is 0)."""

    bound: Decimal


@attrs.frozen
class Gt:
    """The value must be more than ``bound``."""

    bound: Decimal


@attrs.frozen
class Le:
    """The value must be at most ``bound``."""

    bound: Decimal


_ZERO = Decimal(0)

#: Any finite decimal, sign allowed (e.g. a change in a loan balance).
Signed = Decimal
#: Money in 元, or an area in m², not below zero.
Amount = Annotated[Decimal, Ge(_ZERO)]
#: Money or area that must be more than zero.
PositiveAmount = Annotated[Decimal, Gt(_ZERO)]
#: A rate or ratio in percent, not below zero (``"1.65"`` is 1.65%).
Percent = Annotated[Decimal, Ge(_ZERO)]
#: A share from 0 to 1 inclusive.
Ratio = Annotated[Decimal, Ge(_ZERO), Le(Decimal(1))]
#: A whole number not below zero.
Count = Annotated[int, Ge(_ZERO)]
#: A whole number above zero.
PositiveCount = Annotated[int, Gt(_ZERO)]
#: A calendar date, or an ISO 8601 date-time where the hour matters.
DateOrDateTime = dt.datetime | dt.date


def spec(
    title: str,
    description: str = "",
    *,
    default: Any = attrs.NOTHING,
    name: str | None = None,
    examples: tuple[object, ...] = (),
) -> Any:
    """An input field with its Chinese ``title`` and ``description`` for form builders.

    ``name`` is the payload key when it differs from the Python name (``from`` → ``from_``).
    """
    metadata = {"title": title, "description": description, "name": name, "examples": examples}
    if isinstance(default, (list, dict, set)):
        raise TypeError("use a tuple or None as a default")
    return attrs.field(default=default, metadata=metadata)


def payload_name(field: "attrs.Attribute[Any]") -> str:
    """The key a field has in a payload."""
    name = field.metadata.get("name")
    return name if isinstance(name, str) else field.name


# --- reading single values -------------------------------------------------------------

_DATE_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?")
_CHINA = dt.timezone(dt.timedelta(hours=8))


def read_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        raise Invalid("type", "expected a date without a time")
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise Invalid("type", f"expected a date 'YYYY-MM-DD', got {type(value).__name__}")
    if not _DATE_TEXT.fullmatch(value):
        raise Invalid("invalid_date", f"{value[:40]!r} is not a date 'YYYY-MM-DD'")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise Invalid("invalid_date", f"{value!r} is not a day of the calendar") from None


def read_datetime(value: object) -> dt.datetime:
    """An ISO date-time; an aware one is converted to China time (UTC+8) and made naive."""
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, str):
        if not _DATETIME_TEXT.fullmatch(value):
            raise Invalid("invalid_date", f"{value[:40]!r} is not an ISO 8601 date-time")
        try:
            moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise Invalid("invalid_date", f"{value!r} is not a moment of the calendar") from None
    else:
        raise Invalid("type", f"expected an ISO 8601 date-time, got {type(value).__name__}")
    if moment.tzinfo is not None:
        moment = moment.astimezone(_CHINA).replace(tzinfo=None)
    return moment


def read_date_or_datetime(value: object) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str) and _DATE_TEXT.fullmatch(value):
        return read_date(value)
    return read_datetime(value)


def read_int(value: object) -> int:
    if isinstance(value, bool):
        raise Invalid("type", "expected a whole number, got a boolean")
    if isinstance(value, int):
        number = value
    elif isinstance(value, (str, float, Decimal)):
        parsed = parse_number(value)
        if parsed != parsed.to_integral_value():
            raise Invalid("type", f"expected a whole number, got {value!r}")
        number = int(parsed)
    else:
        raise Invalid("type", f"expected a whole number, got {type(value).__name__}")
    if abs(number) >= 10**15:
        raise Invalid("invalid_number", f"{number} is too large to be a real count")
    return number


def read_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise Invalid("type", f"expected true or false, got {type(value).__name__}")


def read_str(value: object) -> str:
    if not isinstance(value, str):
        raise Invalid("type", f"expected text, got {type(value).__name__}")
    if len(value) > MAX_TEXT:
        raise Invalid("out_of_range", f"text longer than {MAX_TEXT} characters")
    return value


class ItemErrors(Exception):  # noqa: N818 - internal, always re-raised as an InputError
    """The problems found in the items of one list, by index."""

    def __init__(self, errors: list[tuple[int, Exception]]) -> None:
        super().__init__(f"{len(errors)} bad items")
        self.errors = errors


def check_bounds(value: Decimal | int, constraints: tuple[object, ...]) -> None:
    for constraint in constraints:
        if isinstance(constraint, Ge) and value < constraint.bound:
            code = "negative" if constraint.bound == 0 else "out_of_range"
            raise Invalid(code, f"must be at least {constraint.bound}, got {value}")
        if isinstance(constraint, Gt) and value <= constraint.bound:
            code = "negative" if constraint.bound == 0 and value < 0 else "out_of_range"
            raise Invalid(code, f"must be more than {constraint.bound}, got {value}")
        if isinstance(constraint, Le) and value > constraint.bound:
            raise Invalid("out_of_range", f"must be at most {constraint.bound}, got {value}")


def structure(payload: object, cls: type[T]) -> T:
    """Read ``payload`` into ``cls``, or raise :class:`InputError` listing every problem.

    cattrs is imported on the first call, so that importing the library stays fast.
    """
    from ._structuring import structure_payload  # noqa: PLC0415 - deferred on purpose

    return structure_payload(payload, cls)
