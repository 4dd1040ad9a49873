"""The working-day calendar a request asks for (``--calendar FILE``, ``--provisional-calendar``), put
in place around the work it asks for."""

import contextlib
from collections.abc import Iterator

from .._core import calendar_years, provisional
from ._options import Options

__all__ = ["calendar_in_place"]


@contextlib.contextmanager
def calendar_in_place(options: Options) -> Iterator[None]:
    """The options' working-day years registered, and provisional years allowed inside the block."""
    if options.calendar is None and not options.provisional:
        yield
        return
    if options.calendar is not None:
        calendar_years.register(*calendar_years.read_file(options.calendar))
    if not options.provisional:
        yield
        return
    before = provisional.allow()
    try:
        yield
    finally:
        provisional.allow(before)
