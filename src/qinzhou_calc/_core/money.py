"""Exact numbers: one parser for amounts, rates and areas, and rounding to the fen.

Every computation in the library runs inside :data:`CONTEXT` (see
:func:`library_context`), so a caller who changes the global decimal context
(``decimal.getcontext().prec = 4``) gets the same results.
"""

import decimal
import re
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import ROUND_HALF_UP, Decimal

from .errors import Invalid

__all__ = [
    "CONTEXT",
    "FEN",
    "MAX_ABS",
    "ZERO",
    "fen",
    "fmt_decimal",
    "fmt_money",
    "library_context",
    "parse_number",
    "round_to",
]

#: The library's own arithmetic: 34 significant digits (IEEE decimal128),
#: half-up rounding, and every exceptional condition trapped.
CONTEXT = decimal.Context(
    prec=34,
    rounding=ROUND_HALF_UP,
    Emax=999_999,
    Emin=-999_999,
    traps=[decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)

FEN = Decimal("0.01")
ZERO = Decimal("0")
#: Anything of this magnitude or more is not a real amount, area or rate.
MAX_ABS = Decimal("1e15")
#: The finest precision an input may carry (a float of 1e-12 needs 29 places).
_MIN_EXPONENT = -30
_NUMBER_TEXT = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,9})?")


@contextmanager
def library_context() -> Iterator[decimal.Context]:
    """Run the enclosed arithmetic in :data:`CONTEXT`, whatever the caller's context."""
    with decimal.localcontext(CONTEXT) as ctx:
        yield ctx


def parse_number(value: object) -> Decimal:
    """Read an amount, rate or area exactly.

    Accepts ``int``, ``Decimal``, decimal text and ``float`` (read through its
    shortest repr, so ``0.1`` is ``Decimal("0.1")``). Booleans are not numbers.
    NaN, infinity, unparsable text and absurd magnitudes raise
    :class:`Invalid` with code ``invalid_number``; other types, code ``type``.
    """
    if isinstance(value, bool):
        raise Invalid("type", "expected a number, got a boolean")
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        if abs(value) >= 10**15:
            raise Invalid("invalid_number", f"{value} is too large to be a real quantity")
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))
    elif isinstance(value, str):
        text = value.strip()
        if len(text) > 64 or not _NUMBER_TEXT.fullmatch(text):
            raise Invalid("invalid_number", f"{value[:40]!r} is not a decimal number")
        number = Decimal(text)
    else:
        raise Invalid("type", f"expected a number, got {type(value).__name__}")
    if not number.is_finite():
        raise Invalid("invalid_number", f"{number} is not a finite number")
    if number.is_zero():
        return Decimal(0)
    if number.adjusted() >= MAX_ABS.adjusted():
        raise Invalid("invalid_number", "the number is too large to be a real quantity")
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and exponent < _MIN_EXPONENT:
        raise Invalid("invalid_number", "the number has more than 30 decimal places")
    return number


def round_to(value: Decimal, quantum: Decimal) -> Decimal:
    """Round half-up (四舍五入) to ``quantum``, independent of any context."""
    result = value.quantize(quantum, rounding=ROUND_HALF_UP, context=CONTEXT)
    return result.copy_abs() if result.is_zero() else result


def fen(value: Decimal) -> Decimal:
    """Round half-up to the fen (0.01 元): the end of every legal step."""
    return round_to(value, FEN)


def fmt_money(value: Decimal) -> str:
    """An amount as JSON wants it: exactly two decimals, e.g. ``"1200000.00"``."""
    return f"{fen(value):f}"


def fmt_decimal(value: Decimal) -> str:
    """A non-money decimal (a rate, an area, a score) without exponent or trailing zeros."""
    # The text depends only on the number (1.50 and 1.5 both give "1.5"), so the figures that
    # steps repeat thousands of times are formatted once. Zero is never stored: 0 and -0 are
    # equal but written differently.
    text = _FORMATTED.get(value) if value.is_finite() else None
    if text is None:
        if value == value.to_integral_value():
            text = f"{value.quantize(_ONE, context=CONTEXT):f}"
        else:
            text = f"{value.normalize(CONTEXT):f}"
        if value and value.is_finite() and len(_FORMATTED) < _FORMATTED_MAX:
            _FORMATTED[value] = text
    return text


_ONE = Decimal(1)
_FORMATTED: dict[Decimal, str] = {}
_FORMATTED_MAX = 4096
