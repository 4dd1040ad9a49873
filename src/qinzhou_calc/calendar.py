"""The working-day calendar the deadlines count on: which years it knows, and how to add one.

```python
from qinzhou_calc import calendar
calendar.known_years()          # {2004: "国务院办公厅关于2004年部分节假日安排的通知（…）", …}
calendar.register_year(2027, rest_days=[...], working_days=[...], source="国务院办公厅关于2027年部分节假日安排的通知")
calendar.is_working_day(date(2027, 2, 8))
```

The packaged years are the State Council's, from the maintained ``chinese-calendar`` package. A
year registered here is the **whole** official schedule of that year (rest days off, weekends
that are worked) and wins over the packaged data for that year, in every later evaluation of
this process; a payload's ``calendar`` object wins over both for that evaluation. Registration
is thread-safe: an evaluation running meanwhile counts either on the old years or on the new,
never on a mixture. Guangxi's 壮族三月三 days are a second layer, kept year by year with their
source: :func:`register_regional_year` adds a year the library does not know.

A year with no schedule is refused (``calendar_out_of_range``) unless a **provisional** count is
asked for: :func:`allow_provisional` for the process (or ``QINZHOU_CALC_PROVISIONAL_CALENDAR=1``),
``"calendar": {"provisional": true}`` in a payload. A provisional year rests on the statutory
holidays of 全国年节及纪念日放假办法 and their 补假 (:func:`provisional_year`), weekends, no
adjusted working weekend and no 三月三; every result that counted on one is flagged, and an
official year, once known, always wins.
"""

import datetime as dt
from collections.abc import Iterable

from ._core import calendar_years, provisional
from ._core.calendar_years import RegionalYear, YearSchedule
from ._core.errors import Problems
from ._core.working_days import GUANGXI, NATIONAL

__all__ = [
    "ENVIRONMENT",
    "PROVISIONAL_ENVIRONMENT",
    "allow_provisional",
    "is_working_day",
    "known_years",
    "load_file",
    "provisional_allowed",
    "provisional_year",
    "register_regional_year",
    "register_year",
    "unregister_year",
]

ENVIRONMENT = calendar_years.ENVIRONMENT
#: ``QINZHOU_CALC_PROVISIONAL_CALENDAR=1`` allows provisional years for the process.
PROVISIONAL_ENVIRONMENT = provisional.ENVIRONMENT


def _days(days: Iterable[dt.date | str], year: int, name: str, problems: Problems) -> frozenset[dt.date]:
    found: set[dt.date] = set()
    for index, value in enumerate(days):
        try:
            day = value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
        except (TypeError, ValueError):
            problems.add(f"{name}[{index}]", "invalid_date", f"{value!r} 不是日期", en=f"{value!r} is not a date")
            continue
        if day.year != year:
            problems.add(
                f"{name}[{index}]", "out_of_range", f"{day.isoformat()} 不在 {year} 年内", en=f"{day} is not in {year}"
            )
        found.add(day)
    return frozenset(found)


def _checked(
    year: int, rest_days: Iterable[dt.date | str], working_days: Iterable[dt.date | str], source: str, prefix: str = ""
) -> tuple[frozenset[dt.date], frozenset[dt.date]]:
    problems = Problems()
    if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 9999:
        problems.add(
            "year", "out_of_range", f"年份应为 1900–9999 的整数，收到 {year!r}", en=f"a year 1900–9999, got {year!r}"
        )
        problems.raise_if_any()
    if not isinstance(source, str) or not source.strip():
        problems.add(f"{prefix}source", "missing", "请写明来源（通知名称）", en="name the source (the notice)")
    rest = _days(rest_days, year, f"{prefix}rest_days", problems)
    working = _days(working_days, year, f"{prefix}working_days", problems)
    for day in sorted(rest & working):
        problems.add(
            f"{prefix}working_days",
            "out_of_range",
            f"{day} 同时列为放假日和上班日",
            en=f"{day} is both rest and working",
        )
    problems.raise_if_any()
    return rest, working


def register_year(
    year: int,
    rest_days: Iterable[dt.date | str],
    working_days: Iterable[dt.date | str],
    source: str,
    *,
    regional_rest_days: Iterable[dt.date | str] | None = None,
    regional_working_days: Iterable[dt.date | str] = (),
    regional_source: str | None = None,
) -> None:
    """Register the State Council's whole schedule of ``year`` for this process (and, if given,
    Guangxi's 壮族三月三 days of that year). Raises :class:`~qinzhou_calc.InputError` on bad days."""
    rest, working = _checked(year, rest_days, working_days, source)
    regional = None
    if regional_rest_days is not None:
        r_rest, r_work = _checked(year, regional_rest_days, regional_working_days, regional_source or "", "regional_")
        regional = {year: RegionalYear(year, r_rest, r_work, str(regional_source).strip(), True, True)}
    calendar_years.register({year: YearSchedule(year, rest, working, source.strip(), True)}, regional)


def register_regional_year(
    year: int,
    rest_days: Iterable[dt.date | str],
    working_days: Iterable[dt.date | str] = (),
    *,
    source: str,
    verified: bool = True,
) -> None:
    """Register Guangxi's 壮族三月三 rest days (and adjusted working days) of ``year`` for this process."""
    rest, working = _checked(year, rest_days, working_days, source)
    calendar_years.register(regional={year: RegionalYear(year, rest, working, source.strip(), verified, True)})


def unregister_year(year: int) -> None:
    """Forget what was registered for ``year``: the packaged data (if any) applies again."""
    calendar_years.unregister(year)


def load_file(path: str) -> list[int]:
    """Register the years of a JSON file shaped like a payload's ``calendar``; the years loaded."""
    years, regional = calendar_years.read_file(path)
    calendar_years.register(years, regional)
    return sorted(set(years) | set(regional))


def known_years() -> dict[int, str]:
    """Every year the working-day calendar counts on, with its source (registered years included)."""
    return GUANGXI.supplied().known_years()


def is_working_day(day: dt.date, *, regional: bool = True) -> bool:
    """Whether ``day`` is a working day in Qinzhou (State Council schedule and, with ``regional``,
    Guangxi's 壮族三月三); ``calendar_out_of_range`` for a year not known, unless the process counts
    provisional years (:func:`allow_provisional`)."""
    return (GUANGXI if regional else NATIONAL).supplied().is_working_day(day, "day")


def allow_provisional(allowed: bool = True) -> bool:
    """Count a year with no official schedule provisionally, in every later evaluation of this
    process (``allowed=False`` stops it); returns the setting before. Each result that did says
    so, and its ``inputs`` carry ``calendar.provisional: true``."""
    return provisional.allow(allowed)


def provisional_allowed() -> bool:
    """Whether this process counts provisional years (:func:`allow_provisional` or the environment)."""
    return provisional.allowed()


def provisional_year(year: int) -> dict[dt.date, str]:
    """The rest days besides weekends that a provisional ``year`` counts on, each with its festival:
    the statutory holidays of 全国年节及纪念日放假办法 第二条 (as revised in force from 2025-01-01) and
    the 补假 of its 第六条 (``"春节（补假）"``). ``out_of_range`` for a year before 2025 or after 2099."""
    first, last = provisional.RULE_FROM.year, provisional.LAST_YEAR
    if isinstance(year, bool) or not isinstance(year, int) or not first <= year <= last:
        problems = Problems()
        problems.add(
            "year",
            "out_of_range",
            f"暂定日历适用于 {first}–{last} 年，收到 {year!r}",
            en=f"a provisional year is {first}–{last}, got {year!r}",
        )
        problems.raise_if_any()
    return provisional.year_of(year).rest_days()
