"""Typed inputs: field kinds, their constraints, and structuring payloads with cattrs.

A calculator's inputs are an ``attrs`` frozen class whose fields use the kinds below
(``Amount``, ``Area``, ``Percent``, ``Count`` ...) and :func:`spec` for their Chinese
title. :func:`structure` turns a JSON-like mapping into that class; every problem found
on the way becomes a :class:`~.errors.Problem` whose field path comes from cattrs's
structuring notes, not from hand-written checks.
"""

import datetime as dt
import functools
import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Annotated, Any, TypeVar

import attrs

from .errors import Invalid, kind_of
from .money import MAX_NUMBER_TEXT, NUMBER_TEXT, echo, parse_number
from .plain import plain_scalar

__all__ = [
    "MAX_COUNT",
    "MAX_DEPTH",
    "MAX_ITEMS",
    "MAX_NODES",
    "MAX_TEXT",
    "MAX_WHOLE",
    "Amount",
    "Count",
    "DateOrDateTime",
    "Ge",
    "Gt",
    "Le",
    "MaxLen",
    "MinLen",
    "Pattern",
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
#: than :data:`MAX_DEPTH` and payloads of more than :data:`MAX_NODES` values in all (every
#: object, list and scalar counts, each time it is reached: a list shared by two fields counts twice).
#: Some lists have a lower limit of their own (:class:`MaxLen`).
MAX_ITEMS = 10_000
MAX_DEPTH = 12
MAX_NODES = 100_000
#: Text fields are at most this long, unless a field says less (:class:`MaxLen`).
MAX_TEXT = 500
#: The largest whole number a count field takes, unless it says less: no count in these four
#: documents (pupils, classes, months, banks, projects) comes near a billion.
MAX_COUNT = 1_000_000_000
#: A whole-number field's magnitude is below this (the counts' own bound is :data:`MAX_COUNT`).
MAX_WHOLE = 10**15


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


@attrs.frozen
class MaxLen:
    """At most ``limit`` items (a list) or characters (a text)."""

    limit: int


@attrs.frozen
class Pattern:
    """A text (a key of an object, say) matching ``pattern`` in full, ASCII: the JSON Schema's
    ``pattern`` (or ``propertyNames``); otherwise ``out_of_range`` with the message ``zh`` / ``en``
    (``{value}`` is the text, quoted)."""

    pattern: str
    zh: str
    en: str


@attrs.frozen
class MinLen:
    """At least ``limit`` items (a list): the JSON Schema's ``minItems``."""

    limit: int


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
#: A whole number not below zero (and at most :data:`MAX_COUNT`).
Count = Annotated[int, Ge(_ZERO), Le(Decimal(MAX_COUNT))]
#: A whole number above zero (and at most :data:`MAX_COUNT`).
PositiveCount = Annotated[int, Gt(_ZERO), Le(Decimal(MAX_COUNT))]
#: A calendar date, or an ISO 8601 date-time where the hour matters.
DateOrDateTime = dt.datetime | dt.date


def spec(
    title: str,
    description: str = "",
    *,
    en: str = "",
    default: Any = attrs.NOTHING,
    name: str | None = None,
    examples: tuple[object, ...] = (),
    choices: Mapping[Any, str] | None = None,
) -> Any:
    """An input field with its Chinese ``title`` and ``description`` for form builders, and its
    English title ``en`` (what English messages call the field; ``x-title-en`` in the JSON Schema).

    ``name`` is the payload key when it differs from the Python name (``from`` → ``from_``).
    ``choices`` gives a field of fixed values the Chinese name of each value (``x-enum-titles``
    in the JSON Schema, what a form shows); values already written in Chinese need none.
    """
    metadata: dict[str, Any] = {
        "title": title,
        "title_en": en,
        "description": description,
        "name": name,
        "examples": examples,
    }
    if choices:
        metadata["choices"] = dict(choices)
    if isinstance(default, (list, dict, set)):
        raise TypeError("use a tuple or None as a default")
    return attrs.field(default=default, metadata=metadata, validator=_validate)


def _validate(instance: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    # Most values pass a quick test made once per field (validation.fast_check); any other value
    # takes the full check, which reports the problem. The entry holds the attribute itself, so
    # that its id cannot be reused while the entry lives.
    entry = _CHECKS.get(id(attribute))
    if entry is not None and entry[0] is attribute and entry[1] is not None and entry[1](value):
        return
    # The checks live beside the typed path's other rules; imported here (no cycle), off the
    # common path: a first value of this field, or a value the quick test does not vouch for.
    from .validation import fast_check, validate_field  # noqa: PLC0415 - validation imports this module

    if entry is None or entry[0] is not attribute:
        _CHECKS[id(attribute)] = (attribute, fast_check(attribute.type))
    validate_field(instance, attribute, value)


_CHECKS: dict[int, tuple["attrs.Attribute[Any]", Callable[[object], bool] | None]] = {}

#: The validator of every :func:`spec` field (the compiled reader knows a field by it).
spec_validator = _validate


def payload_name(field: "attrs.Attribute[Any]") -> str:
    """The key a field has in a payload."""
    name = field.metadata.get("name")
    return name if isinstance(name, str) else field.name


# --- reading single values -------------------------------------------------------------

# The exact texts the readers accept, in ASCII digits. The JSON Schema's ``pattern``s are these
# same expressions, so that a form and the library agree on every string.
_YEAR = r"(?:[0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)"
_LEAP_YEAR = r"(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)"
_MONTH_DAY = (
    r"(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
    r"|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
    r"|02-(?:0[1-9]|1[0-9]|2[0-8]))"
)
#: A day of the calendar, 0001-01-01 to 9999-12-31: 2020-02-29 yes, 2019-02-29 and 2020-02-30 no.
DATE_PATTERN = rf"(?:{_YEAR}-{_MONTH_DAY}|{_LEAP_YEAR}-02-29)"
_TIME = r"(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\.[0-9]{1,6})?)?"
_OFFSET = r"(?:Z|[+-](?:[01][0-9]|2[0-3]):?[0-5][0-9])"
#: An ISO 8601 date-time: ``T`` or a space, seconds and up to 6 fraction digits optional, ``Z`` or an
#: offset optional (without one the time is China time).
DATETIME_PATTERN = rf"{DATE_PATTERN}[T ]{_TIME}{_OFFSET}?"
_DATE_SHAPE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)


@functools.cache
def _compiled(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled when a text is first read by it, not by ``import qinzhou_calc``: the
    calendar patterns take some 0.3 ms each to compile, and the compiled reader reads a plain
    ``YYYY-MM-DD`` without them."""
    return re.compile(pattern, re.ASCII)


_CHINA = dt.timezone(dt.timedelta(hours=8))


def read_date(value: object) -> dt.date:
    value = plain_scalar(value)
    if isinstance(value, dt.datetime):
        raise Invalid("type", "应为日期，不带时刻", en="expected a date without a time")
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise Invalid(
            "type",
            f"应为日期（'YYYY-MM-DD'），收到{kind_of(value)}",
            en=f"expected a date 'YYYY-MM-DD', got {type(value).__name__}",
        )
    if not _compiled(DATE_PATTERN).fullmatch(value):
        if _DATE_SHAPE.fullmatch(value):
            raise Invalid(
                "invalid_date", f"{echo(value)} 不是日历上的日期", en=f"{echo(value)} is not a day of the calendar"
            )
        raise Invalid(
            "invalid_date",
            f"{echo(value)} 不是 'YYYY-MM-DD' 格式的日期",
            en=f"{echo(value)} is not a date 'YYYY-MM-DD'",
        )
    return dt.date.fromisoformat(value)


def read_datetime(value: object) -> dt.datetime:
    """An ISO date-time; an aware one is converted to China time (UTC+8) and made naive."""
    value = plain_scalar(value)
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, str):
        if not _compiled(DATETIME_PATTERN).fullmatch(value):
            raise Invalid(
                "invalid_date",
                f"{echo(value)} 不是 ISO 8601 日期时间（如 '2019-10-01T22:30:00'）",
                en=f"{echo(value)} is not an ISO 8601 date-time",
            )
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    else:
        raise Invalid(
            "type",
            f"应为 ISO 8601 日期时间，收到{kind_of(value)}",
            en=f"expected an ISO 8601 date-time, got {type(value).__name__}",
        )
    if moment.tzinfo is not None:
        try:
            moment = moment.astimezone(_CHINA).replace(tzinfo=None)
        except OverflowError:
            raise Invalid(
                "out_of_range",
                "换算为北京时间后超出了 0001-01-01 至 9999-12-31 的范围",
                en="in China time this moment is outside 0001-01-01 to 9999-12-31",
            ) from None
    return moment


def read_date_or_datetime(value: object) -> dt.date:
    value = plain_scalar(value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str) and len(value) == 10:
        return read_date(value)
    return read_datetime(value)


_INTEGER_TEXT = re.compile(r"[+-]?[0-9]+", re.ASCII)


def read_int(value: object) -> int:
    """A whole number: an ``int``, a float or ``Decimal`` with no fraction (JSON's ``5.0``), or text
    of ASCII digits with an optional sign (``"12"``, as a spreadsheet gives it; the JSON Schema says so
    with a ``pattern``). Padded text (``" 12 "``), fractions in text (``"12.0"``) and full-width digits
    (``"１２"``) are refused. A subclass of a number or of ``str`` is read as its plain value.
    """
    value = plain_scalar(value)
    if isinstance(value, bool):
        raise Invalid("type", "应为整数，收到布尔值", en="expected a whole number, got a boolean")
    if isinstance(value, int):
        number = value
    elif isinstance(value, str):
        if len(value) > MAX_NUMBER_TEXT or not _INTEGER_TEXT.fullmatch(value):
            # A fraction written out ("12.5") is a number of the wrong kind; anything else is no number.
            code = "type" if len(value) <= MAX_NUMBER_TEXT and NUMBER_TEXT.fullmatch(value) else "invalid_number"
            raise Invalid(code, f"{echo(value)} 不是整数（应只含数字 0–9）", en=f"{echo(value)} is not a whole number")
        number = int(value)
    elif isinstance(value, (float, Decimal)):
        parsed = parse_number(value)
        if parsed != parsed.to_integral_value():
            raise Invalid("type", f"应为整数，收到 {echo(value)}", en=f"expected a whole number, got {echo(value)}")
        number = int(parsed)
    else:
        raise Invalid(
            "type", f"应为整数，收到{kind_of(value)}", en=f"expected a whole number, got {type(value).__name__}"
        )
    if not -MAX_WHOLE < number < MAX_WHOLE:
        raise Invalid(
            "invalid_number",
            "整数过大，不是实际的数量（绝对值须小于 10^15）",
            en="is too large to be a real count (its magnitude must be below 10^15)",
        )
    return number


def read_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise Invalid(
        "type", f"应为 true 或 false，收到{kind_of(value)}", en=f"expected true or false, got {type(value).__name__}"
    )


def read_str(value: object) -> str:
    value = plain_scalar(value)
    if not isinstance(value, str):
        raise Invalid("type", f"应为文本，收到{kind_of(value)}", en=f"expected text, got {type(value).__name__}")
    if len(value) > MAX_TEXT:
        raise _too_long(MAX_TEXT)
    return value


def _too_long(limit: int) -> Invalid:
    return Invalid("out_of_range", f"文本超过 {limit} 个字符", en=f"text longer than {limit} characters")


def _too_many(limit: int, count: int) -> Invalid:
    return Invalid("out_of_range", f"超过 {limit} 项（{count} 项）", en=f"more than {limit} items ({count})")


class ItemErrors(Exception):  # noqa: N818 - internal, always re-raised as an InputError
    """The problems found in the items of one list, by index."""

    def __init__(self, errors: list[tuple[int, Exception]]) -> None:
        super().__init__(f"{len(errors)} bad items")
        self.errors = errors


def _num(bound: Decimal) -> str:
    return f"{bound:f}"


def check_length(value: object, constraints: tuple[object, ...]) -> None:
    """:class:`MaxLen`, :class:`MinLen` and :class:`Pattern`, checked before the items are read."""
    for constraint in constraints:
        if isinstance(constraint, Pattern) and isinstance(value, str):
            if not _compiled(constraint.pattern).fullmatch(value):
                quoted = repr(value[:20])
                raise Invalid("out_of_range", constraint.zh.format(value=quoted), en=constraint.en.format(value=quoted))
            continue
        if isinstance(constraint, MaxLen) and isinstance(value, (str, list, tuple)) and len(value) > constraint.limit:
            if isinstance(value, str):
                raise _too_long(constraint.limit)
            raise _too_many(constraint.limit, len(value))
        if isinstance(constraint, MinLen) and isinstance(value, (list, tuple)) and len(value) < constraint.limit:
            raise Invalid(
                "out_of_range",
                f"至少需要 {constraint.limit} 项（{len(value)} 项）",
                en=f"needs at least {constraint.limit} item(s), got {len(value)}",
            )


def check_bounds(value: object, constraints: tuple[object, ...]) -> None:
    if not isinstance(value, (Decimal, int)):
        check_length(value, constraints)
        return
    for constraint in constraints:
        if isinstance(constraint, Ge) and value < constraint.bound:
            if constraint.bound == 0:
                raise Invalid("negative", f"不能为负数，收到 {value}", en=f"must not be negative, got {value}")
            bound = _num(constraint.bound)
            raise Invalid(
                "out_of_range", f"不能小于 {bound}，收到 {value}", en=f"must be at least {bound}, got {value}"
            )
        if isinstance(constraint, Gt) and value <= constraint.bound:
            bound = _num(constraint.bound)
            if constraint.bound == 0 and value < 0:
                raise Invalid("negative", f"不能为负数，收到 {value}", en=f"must not be negative, got {value}")
            raise Invalid(
                "out_of_range", f"必须大于 {bound}，收到 {value}", en=f"must be more than {bound}, got {value}"
            )
        if isinstance(constraint, Le) and value > constraint.bound:
            bound = _num(constraint.bound)
            raise Invalid("out_of_range", f"不能大于 {bound}，收到 {value}", en=f"must be at most {bound}, got {value}")


def structure(payload: object, cls: type[T]) -> T:
    """Read ``payload`` into ``cls``, or raise :class:`InputError` listing every problem.

    Each class's compiled reader reads a plain payload in one pass; anything else goes to the full
    walk with cattrs, which reports every problem (see :mod:`._fast_reader`). cattrs is imported
    on the first call, so that importing the library stays fast; later calls find the reader
    already bound (no import statement runs per call).
    """
    reader = _READER
    if not reader:
        from ._fast_reader import read_payload  # noqa: PLC0415 - deferred on purpose, once

        reader.append(read_payload)
    read: Callable[[object, type[T]], T] = reader[0]
    return read(payload, cls)


#: The payload reader, once :mod:`._structuring` (and cattrs) has been imported.
_READER: list[Callable[[object, type[Any]], Any]] = []
