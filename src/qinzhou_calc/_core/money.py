"""Exact numbers: one parser for amounts, rates and areas, and rounding to the fen.

Every computation in the library runs inside :data:`CONTEXT` (see
:func:`library_context`), so a caller who changes the global decimal context
(``decimal.getcontext().prec = 4``) gets the same results.
"""

import decimal
import re
from collections.abc import Hashable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeVar

from .errors import Invalid, kind_of
from .plain import plain_scalar

__all__ = [
    "CONTEXT",
    "FEN",
    "MAX_ABS",
    "MAX_NUMBER_TEXT",
    "NUMBER_TEXT",
    "ZERO",
    "Money",
    "echo",
    "fen",
    "fmt_decimal",
    "fmt_money",
    "library_context",
    "parse_number",
    "round_each",
    "round_to",
]

K = TypeVar("K", bound=Hashable)

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
#: Decimal text: plain notation, ASCII digits, an optional sign, no spaces, no exponent, at most
#: :data:`MAX_NUMBER_TEXT` characters; the JSON Schema's ``pattern`` for decimal strings says the same.
MAX_NUMBER_TEXT = 64
NUMBER_TEXT = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?", re.ASCII)
#: The finest precision a ``Decimal`` may carry: as fine as any float (5e-324) or any 64-character
#: text, far from the context's limits, so that writing it out stays short.
_MIN_EXPONENT = -400


@contextmanager
def library_context() -> Iterator[decimal.Context]:
    """Run the enclosed arithmetic in :data:`CONTEXT`, whatever the caller's context."""
    with decimal.localcontext(CONTEXT) as ctx:
        yield ctx


def echo(value: object, limit: int = 40) -> str:
    """A short quotation of ``value`` for a message: never the whole of a huge number or text."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 128:
        return f"{'-' if value < 0 else ''}<{value.bit_length()} 位二进制的整数>"
    text = value if isinstance(value, str) else repr(value)
    return repr(text[:limit] + "…") if len(text) > limit else repr(text)


def parse_number(value: object) -> Decimal:
    """Read an amount, rate or area exactly.

    Accepts ``int``, ``Decimal``, decimal text and ``float`` (read through its
    shortest repr, so ``0.1`` is ``Decimal("0.1")``). Booleans are not numbers.
    Text is plain decimal notation in ASCII digits (``"1200000.50"``, ``"-0.5"``): no spaces,
    exponents, thousands separators or full-width digits. NaN, infinity, unparsable text and
    magnitudes of 10^15 or more raise :class:`Invalid` with code ``invalid_number``; other
    types, code ``type``. A subclass of a number or of ``str`` is read as its plain value
    (:func:`~.plain.plain_scalar`): none of its own methods is called.
    """
    if type(value) is not Decimal:
        value = plain_scalar(value)
    if isinstance(value, bool):
        raise Invalid("type", "应为数字，收到布尔值", en="expected a number, got a boolean")
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        if not -_INT_LIMIT < value < _INT_LIMIT:
            raise _too_large()
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))
    elif isinstance(value, str):
        if len(value) > MAX_NUMBER_TEXT or not NUMBER_TEXT.fullmatch(value):
            raise Invalid(
                "invalid_number",
                f'{echo(value)} 不是十进制数（应写作如 "1200000.50"，不含空格、逗号或指数）',
                en=f'{echo(value)} is not a decimal number (write it like "1200000.50")',
            )
        number = Decimal(value)
    else:
        raise Invalid("type", f"应为数字，收到{kind_of(value)}", en=f"expected a number, got {type(value).__name__}")
    if not number.is_finite():
        raise Invalid("invalid_number", "不是有限的数", en="is not a finite number")
    if number.is_zero():
        return Decimal(0)
    if number.adjusted() >= MAX_ABS.adjusted():
        raise _too_large()
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and exponent < _MIN_EXPONENT:
        raise Invalid("invalid_number", "小数位数过多", en="has too many decimal places")
    return number


_INT_LIMIT = 10**15


def _too_large() -> Invalid:
    return Invalid(
        "invalid_number",
        "数值过大，不是实际的数量（绝对值须小于 10^15）",
        en="is too large to be a real quantity (its magnitude must be below 10^15)",
    )


def round_to(value: Decimal, quantum: Decimal) -> Decimal:
    """Round half-up (四舍五入) to ``quantum``, independent of any context."""
    # Positional arguments: decimal's C code reads them three times faster than keywords, and this
    # runs for every figure rounded (quantize(exp, rounding, context)).
    result = value.quantize(quantum, ROUND_HALF_UP, CONTEXT)
    return result.copy_abs() if result.is_zero() else result


def round_each(figures: Mapping[K, Decimal], quantum: Decimal, keys: Iterable[K]) -> dict[K, Decimal]:
    """The figures of ``figures`` named by ``keys``, in their order, each rounded as :func:`round_to`
    rounds it (a row of scores, each to the hundredth)."""
    rounded: dict[K, Decimal] = {}
    half_up, context = ROUND_HALF_UP, CONTEXT
    for key in keys:
        value = figures[key].quantize(quantum, half_up, context)
        rounded[key] = value if value else value.copy_abs()  # -0 written 0
    return rounded


def fen(value: Decimal) -> Decimal:
    """Round half-up to the fen (0.01 元): the end of every legal step.

    An amount already at the fen (exponent −2, the result of a legal step's rounding) is returned
    as it is: rounding it again would give the same amount, so it is not rounded twice (the check
    costs a fifth of a rounding). Zero always goes through the rounding, which writes −0 as 0.
    """
    if value.same_quantum(FEN) and value:
        return value
    return round_to(value, FEN)


def fmt_money(value: Decimal) -> str:
    """An amount as JSON wants it: exactly two decimals, e.g. ``"1200000.00"``."""
    if value.same_quantum(FEN) and value:
        # Already at the fen: its plain text has exactly two decimals (never an exponent, which
        # ``str`` writes only for a positive exponent or a tiny number), so no second rounding.
        return str(value)
    # Rounded to the fen, its plain text (``str``) has exactly two decimals, like the "f" format.
    return str(round_to(value, FEN))


def fmt_decimal(value: Decimal) -> str:
    """A non-money decimal (a rate, an area, a score) without exponent or trailing zeros."""
    # The text depends only on the number (1.50 and 1.5 both give "1.5"), so the figures that
    # steps repeat thousands of times are formatted once. Zero is never stored: 0 and -0 are
    # equal but written differently.
    text = _FORMATTED.get(value) if value.is_finite() else None
    if text is None:
        # Steps are written out when read, outside the library's context: nothing here may
        # depend on the caller's (its rounding or its traps).
        if value == value.to_integral_value(context=CONTEXT):
            text = f"{value.quantize(_ONE, context=CONTEXT):f}"
        else:
            text = f"{value.normalize(CONTEXT):f}"
        if value and value.is_finite() and len(_FORMATTED) < _FORMATTED_MAX:
            _FORMATTED[value] = text
    return text


_ONE = Decimal(1)
_FORMATTED: dict[Decimal, str] = {}
_FORMATTED_MAX = 4096


class Money(tuple[str, str]):
    """A column of money in a result's rows, declared with its titles (Chinese, English):
    ``columns={"amount": Money("金额（元）", "Amount (yuan)")}``.

    Its values are amounts in yuan (元): JSON writes them with exactly two decimals, rounded half-up
    to the fen (``"50000.00"``); the values themselves stay the calculator's own ``Decimal``. A
    column declared as a plain pair of titles holds no money, whatever its key.
    """

    __slots__ = ()

    def __new__(cls, chinese: str, english: str) -> "Money":
        return super().__new__(cls, (chinese, english))
