"""Regular expressions for numbers written as text, with their bounds built in.

The JSON Schema of a field that takes a decimal string (``"1200000.50"``) or a whole number as
text (``"12"``) cannot compare the string with its ``minimum``: the bounds have to be in the
``pattern``. These functions write such patterns from the same bounds the library checks, so a
form that validates with the schema and the library agree on every string.

>>> import re
>>> bool(re.fullmatch(decimal_text(0, inclusive=False, high=100), "100.00"))
True
>>> bool(re.fullmatch(decimal_text(0, inclusive=False, high=100), "0.000"))
False
"""

__all__ = ["decimal_text", "int_range", "integer_text"]

#: Magnitudes at or above 10^15 are refused (``money.MAX_ABS``).
_LIMIT = 10**15


def _digits(low: int, high: int) -> str:
    return str(low) if low == high else f"[{low}-{high}]"


def _span(a: str, b: str) -> str:
    """Every digit string of the same length from ``a`` to ``b`` (inclusive)."""
    if not a:
        return ""
    if a[0] == b[0]:
        return a[0] + _span(a[1:], b[1:])
    rest = len(a) - 1
    parts: list[str] = []
    first_low, first_high = int(a[0]), int(b[0])
    if a[1:] != "0" * rest:
        parts.append(a[0] + _span(a[1:], "9" * rest))
        first_low += 1
    tail = None
    if b[1:] != "9" * rest:
        tail = b[0] + _span("0" * rest, b[1:])
        first_high -= 1
    if first_low <= first_high:
        parts.append(_digits(first_low, first_high) + (f"[0-9]{{{rest}}}" if rest > 1 else "[0-9]" * rest))
    if tail is not None:
        parts.append(tail)
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def int_range(low: int, high: int) -> str:
    """Whole numbers from ``low`` to ``high`` (0 ≤ low ≤ high), written without leading zeros."""
    if not 0 <= low <= high:
        raise ValueError(f"no range from {low} to {high}")
    if low <= 1 and high >= 9 and str(high + 1).rstrip("0") == "1":
        # Every number of 1 to k digits: the common case of "below 10^k", written short.
        every = f"[1-9][0-9]{{0,{len(str(high)) - 1}}}"
        return every if low == 1 else f"(?:0|{every})"
    parts = []
    for length in range(len(str(low)), len(str(high)) + 1):
        a = max(low, 10 ** (length - 1) if length > 1 else 0)
        b = min(high, 10**length - 1)
        if a <= b:
            parts.append(_span(str(a), str(b)))
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def integer_text(low: int, high: int) -> str:
    """A whole number from ``low`` to ``high`` as text: an optional sign, ASCII digits, leading zeros
    allowed (``"007"``), nothing else. ``high`` is at least 0."""
    positive = f"\\+?0*{int_range(max(low, 0), high)}"
    if low > 0:
        return positive
    negative = "-0+" if low == 0 else f"-0*{int_range(0, -low)}"
    return f"(?:{positive}|{negative})"


def decimal_text(low: int | None = None, inclusive: bool = True, high: int | None = None) -> str:
    """A decimal in plain notation (``"-12.50"``) within the bounds: at least ``low`` (more than
    ``low`` when not ``inclusive``; no lower bound when ``None``) and at most ``high`` (below 10^15
    when ``None``). The bounds are whole numbers, ``low`` not below 0."""
    fraction = r"(?:\.[0-9]+)?"
    zero_fraction = r"(?:\.0+)?"
    nonzero_fraction = r"\.[0-9]*[1-9][0-9]*"
    top = _LIMIT - 1 if high is None else high
    bottom = 0 if low is None else low
    if bottom < 0 or top < bottom or (top == bottom and not inclusive):
        raise ValueError(f"no decimal pattern from {low} to {high}")
    parts: list[str] = []
    if top == bottom:
        parts.append(f"{bottom}{zero_fraction}")
    else:
        parts.append(f"{bottom}{fraction if inclusive or low is None else nonzero_fraction}")
        if bottom + 1 <= top - 1:
            parts.append(f"{int_range(bottom + 1, top - 1)}{fraction}")
        parts.append(f"{top}{fraction if high is None else zero_fraction}")
    positive = "0*(?:" + "|".join(parts) + ")"
    if low is None:
        magnitude = f"0*(?:0{fraction}|{int_range(1, _LIMIT - 1)}{fraction})"
        return f"(?:\\+?{positive}|-{magnitude})"
    if bottom == 0 and inclusive:
        return f"(?:\\+?{positive}|-0+{zero_fraction})"
    return f"\\+?{positive}"
