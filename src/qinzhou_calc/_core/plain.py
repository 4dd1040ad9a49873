"""Values read as their value: a subclass of a plain type is read as the plain value it holds.

A caller may pass a subclass of ``Decimal``, ``int``, ``float``, ``str``, ``date`` or ``datetime``
whose methods say something else than its value (a ``__mul__`` or a comparison that lies, a
``__str__`` or a ``year`` of its own). The readers never ask it anything: :func:`plain_scalar` takes
the value through the plain type's own code (``Decimal(value)``, ``int.__int__``, ``str.__str__``,
the date's own fields), and every check and every figure works on that. ``bool`` cannot be
subclassed and stays a boolean (refused where a number is asked).
"""

import datetime as dt
from decimal import Decimal

__all__ = ["EXACT", "plain_scalar"]

#: The plain types of the values a payload is made of (their instances are read as they are).
EXACT = frozenset({str, int, float, bool, Decimal, type(None), dt.date, dt.datetime})

_MOMENT = tuple(
    getattr(dt.datetime, name).__get__
    for name in ("year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold")
)


def plain_scalar(value: object) -> object:
    """``value`` as its plain type when it is an instance of a subclass of one; anything else unchanged."""
    if type(value) in EXACT:
        return value
    if isinstance(value, Decimal):
        return Decimal(value)  # the digits themselves, copied without calling the subclass
    if isinstance(value, int):  # not a bool: bool cannot be subclassed, and is exact
        return int.__int__(value)
    if isinstance(value, float):
        return float.__float__(value)
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, dt.datetime):
        year, month, day, hour, minute, second, micro, tzinfo, fold = (get(value) for get in _MOMENT)
        return dt.datetime(year, month, day, hour, minute, second, micro, tzinfo, fold=fold)
    if isinstance(value, dt.date):
        return dt.date.fromordinal(dt.date.toordinal(value))
    return value
