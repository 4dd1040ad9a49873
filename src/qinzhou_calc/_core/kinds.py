"""Field kinds: the markers of a field's bounds, and the readers of one value of each kind.

A field's type is a kind below (``Amount``, ``Count``, ``dt.date``, a ``Literal`` of choices ...), its
bounds markers in an ``Annotated`` (``Ge``, ``MaxLen`` ...). A reader takes one value as a payload
gives it and returns the typed value or raises :class:`~.errors.Invalid`; a subclass of a plain type is
read as its plain value.
"""

import datetime as dt
import functools
import operator
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Annotated, Any, ClassVar

import attrs

from .errors import Invalid, kind_of
from .frozen import record_repr
from .money import MAX_ABS, MAX_NUMBER_TEXT, NUMBER_TEXT, echo, parse_number
from .plain import plain_scalar
from .suggest import hint

__all__ = [
    "DATETIME_PATTERN",
    "DATE_PATTERN",
    "MAX_DEPTH",
    "MAX_ITEMS",
    "MAX_NODES",
    "Amount",
    "Bound",
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
]

#: Lists longer than this are refused (``out_of_range``), as are payloads nested deeper than
#: :data:`MAX_DEPTH` and payloads of more than :data:`MAX_NODES` values in all (every object, list and
#: scalar counts, each time it is reached: a list shared by two fields counts twice). Some lists have
#: a lower limit of their own (:class:`MaxLen`).
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


@attrs.frozen(repr=False)
class Bound:
    """A number's bound, checked on the value read: :class:`Ge`, :class:`Gt` and :class:`Le` differ
    only in the test a value within ``bound`` passes (``source`` is that test in Python) and the
    words for a value that fails it."""

    bound: Decimal
    test: ClassVar[Callable[[Any, Any], bool]]
    source: ClassVar[str]
    words: ClassVar[tuple[str, str]]

    __repr__ = record_repr

    def check(self, value: object) -> None:
        if isinstance(value, (Decimal, int)) and not type(self).test(value, self.bound):
            if self.bound == 0 and value < 0:
                raise Invalid("negative", f"不能为负数，收到 {value}", en=f"must not be negative, got {value}")
            zh, en, limit = *self.words, f"{self.bound:f}"
            raise Invalid("out_of_range", f"{zh} {limit}，收到 {value}", en=f"{en} {limit}, got {value}")


class Ge(Bound):
    """The value must be at least ``bound`` (``negative`` when the bound is 0)."""

    test, source, words = operator.ge, ">=", ("不能小于", "must be at least")


class Gt(Bound):
    """The value must be more than ``bound``."""

    test, source, words = operator.gt, ">", ("必须大于", "must be more than")


class Le(Bound):
    """The value must be at most ``bound``."""

    test, source, words = operator.le, "<=", ("不能大于", "must be at most")


@attrs.frozen(repr=False)
class MaxLen:
    """At most ``limit`` items (a list) or characters (a text), checked before the items are read."""

    limit: int

    __repr__ = record_repr

    def check(self, value: object) -> None:
        if isinstance(value, str) and len(value) > self.limit:
            raise too_long(self.limit)
        if isinstance(value, (list, tuple)) and len(value) > self.limit:
            zh, en = f"超过 {self.limit} 项（{len(value)} 项）", f"more than {self.limit} items ({len(value)})"
            raise Invalid("out_of_range", zh, en=en)


@attrs.frozen(repr=False)
class MinLen:
    """At least ``limit`` items (a list): the JSON Schema's ``minItems``."""

    limit: int

    __repr__ = record_repr

    def check(self, value: object) -> None:
        if isinstance(value, (list, tuple)) and len(value) < self.limit:
            zh, en = (
                f"至少需要 {self.limit} 项（{len(value)} 项）",
                f"needs at least {self.limit} item(s), got {len(value)}",
            )
            raise Invalid("out_of_range", zh, en=en)


@attrs.frozen(repr=False)
class Pattern:
    """A text (a key of an object, say) matching ``pattern`` in full, ASCII: the JSON Schema's
    ``pattern`` (or ``propertyNames``); otherwise ``out_of_range`` with the message ``zh`` / ``en``
    (``{value}`` is the text, quoted)."""

    pattern: str
    zh: str
    en: str

    __repr__ = record_repr

    def check(self, value: object) -> None:
        if isinstance(value, str) and not compiled(self.pattern).fullmatch(value):
            quoted = repr(value[:20])
            raise Invalid("out_of_range", self.zh.format(value=quoted), en=self.en.format(value=quoted))


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
#: The shape of a date: DATE_PATTERN is this shape with a valid year (0001–9999), month and day,
#: which are exactly what ``date.fromisoformat`` checks of such a text.
DATE_SHAPE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII).fullmatch
_INTEGER_TEXT = re.compile(r"[+-]?[0-9]+", re.ASCII)
#: Plain decimal text of at most 15 integer digits and 30 decimals, "-" allowed ("+" is not): read
#: by ``Decimal(value)`` as parse_number reads it, within its magnitude and precision without looking.
SIMPLE_DECIMAL = re.compile(r"-?[0-9]{1,15}(?:\.[0-9]{1,30})?").fullmatch
_CHINA = dt.timezone(dt.timedelta(hours=8))


@functools.cache
def compiled(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled when a text is first read by it, not on import: the calendar patterns take
    some 0.3 ms each to compile, and a plain ``YYYY-MM-DD`` is read without them."""
    return re.compile(pattern, re.ASCII)


def wrong_kind(expected_zh: str, expected_en: str, value: object) -> Invalid:
    return Invalid(
        "type", f"应为{expected_zh}，收到{kind_of(value)}", en=f"expected {expected_en}, got {type(value).__name__}"
    )


def read_date(value: object) -> dt.date:
    value = plain_scalar(value)
    if type(value) is str and DATE_SHAPE(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass  # not a day of the calendar (2019-02-29, 0000-01-01): said below
    if isinstance(value, dt.datetime):
        raise Invalid("type", "应为日期，不带时刻", en="expected a date without a time")
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise wrong_kind("日期（'YYYY-MM-DD'）", "a date 'YYYY-MM-DD'", value)
    zh, en = "日历上的日期", "a day of the calendar"
    if not DATE_SHAPE(value):
        zh, en = " 'YYYY-MM-DD' 格式的日期", "a date 'YYYY-MM-DD'"
    raise Invalid("invalid_date", f"{echo(value)} 不是{zh}", en=f"{echo(value)} is not {en}")


def read_datetime(value: object) -> dt.datetime:
    """An ISO date-time; an aware one is converted to China time (UTC+8) and made naive."""
    value = plain_scalar(value)
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, str):
        if not compiled(DATETIME_PATTERN).fullmatch(value):
            raise Invalid(
                "invalid_date",
                f"{echo(value)} 不是 ISO 8601 日期时间（如 '2019-10-01T22:30:00'）",
                en=f"{echo(value)} is not an ISO 8601 date-time",
            )
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    else:
        raise wrong_kind(" ISO 8601 日期时间", "an ISO 8601 date-time", value)
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


def read_moment(value: object) -> dt.date:
    """A date, or a date-time where the hour matters (:data:`DateOrDateTime`)."""
    value = plain_scalar(value)
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str) and len(value) == 10:
        return read_date(value)
    return read_datetime(value)


def read_int(value: object) -> int:
    """A whole number: an ``int``, a float or ``Decimal`` with no fraction (JSON's ``5.0``), or text of
    ASCII digits with an optional sign (``"12"``, as a spreadsheet gives it). Padded text (``" 12 "``),
    fractions in text (``"12.0"``) and full-width digits (``"１２"``) are refused."""
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
        raise wrong_kind("整数", "a whole number", value)
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
    raise wrong_kind(" true 或 false", "true or false", value)


def read_str(value: object) -> str:
    value = plain_scalar(value)
    if not isinstance(value, str):
        raise wrong_kind("文本", "text", value)
    if len(value) > MAX_TEXT:
        raise too_long(MAX_TEXT)
    return value


def bad_choice(value: object, choices: tuple[object, ...]) -> Invalid:
    listed = ", ".join(repr(c) for c in choices)
    zh, en = hint(value, choices)
    return Invalid(
        "invalid_choice", f"{echo(value)} 不是可选值之一：{listed}{zh}", en=f"{echo(value)} is not one of {listed}{en}"
    )


def too_long(limit: int) -> Invalid:
    return Invalid("out_of_range", f"文本超过 {limit} 个字符", en=f"text longer than {limit} characters")


def check_length(value: object, bounds: tuple[Any, ...]) -> None:
    """:class:`MaxLen`, :class:`MinLen` and :class:`Pattern`, checked before the items are read."""
    for bound in bounds:
        if not isinstance(bound, Bound):
            bound.check(value)


def check_bounds(value: object, bounds: tuple[Any, ...]) -> None:
    """A number's :class:`Ge`, :class:`Gt` and :class:`Le`, once read."""
    for bound in bounds:
        if isinstance(bound, Bound):
            bound.check(value)


#: parse_number's bounds on a ``Decimal``: a magnitude below 10^15, no finer than 1E-400.
_MAX_ADJUSTED = MAX_ABS.adjusted()


def plain_decimal(value: object) -> bool:
    """Whether ``value`` is a ``Decimal`` (exactly) that parse_number takes as it is."""
    return (
        type(value) is Decimal
        and value.is_finite()
        and (not value or (value.adjusted() < _MAX_ADJUSTED and value.as_tuple().exponent >= -400))  # type: ignore[operator]
    )
