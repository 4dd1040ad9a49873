"""A provisional working-day year: the statutory holidays a year will have, before the State
Council publishes its schedule.

全国年节及纪念日放假办法 fixes the holidays themselves (第二条) and makes up those that fall on a
Saturday or Sunday with a working day off (第六条). What it leaves to each year's notice is the
调休 of 第七条: which weekends are worked to join the holidays into longer breaks. A provisional
year therefore rests on the statutory holidays and their 补假, on weekends, and on nothing else:
no adjusted working weekend, and no 壮族三月三 days, which Guangxi places anew each year under
第四条. It is counted only when the caller asks for it (the payload's ``"provisional": true``,
:func:`allow`, ``QINZHOU_CALC_PROVISIONAL_CALENDAR=1``, the CLI's ``--provisional-calendar``),
and the result says so: the year's row in ``provenance.calendar``, a note naming the days that
may still move, a line in the text.

The lunar dates (除夕, 端午, 中秋, 三月初三) and the solar term 清明 come from ``lunar_python``,
loaded with the first provisional year or lunar date asked for.
"""

import datetime as dt
import functools
import os
import threading
from collections.abc import Callable, Iterable

import attrs

from .calendar_years import YearSchedule
from .law import Citation

__all__ = [
    "CITATIONS",
    "ENVIRONMENT",
    "HOLIDAY_LAW",
    "HOW_TO_ASK",
    "LAST_YEAR",
    "MOVE_WINDOW",
    "RULE",
    "SANYUESAN_WINDOW",
    "ProvisionalYear",
    "allow",
    "allowed",
    "crossed_windows",
    "near_sanyuesan",
    "note",
    "sanyuesan",
    "year_of",
]

#: The environment variable that allows provisional years for the whole process (``1``).
ENVIRONMENT = "QINZHOU_CALC_PROVISIONAL_CALENDAR"

#: The law a provisional year is built from, as its fourth revision stands (国务院令第795号,
#: 2024-11-10), in force from 2025-01-01.
HOLIDAY_LAW = "全国年节及纪念日放假办法"
_REVISION = "2024年11月10日国务院令第795号修订，2025年1月1日起施行"
RULE_FROM = dt.date(2025, 1, 1)
#: What ``provenance.calendar`` gives as a provisional year's ``rule``.
RULE = f"《{HOLIDAY_LAW}》（{_REVISION}）第二条、第六条"
#: The last year counted provisionally: the lunar dates are reliable well past it, the law of 2025
#: surely not.
LAST_YEAR = 2099

#: Days either side of a statutory holiday within which a State Council notice may still give a
#: weekday off or move a weekend day: a day the count crossed there may still move.
MOVE_WINDOW = 14
#: Days either side of the lunar 三月初三 within which Guangxi's 壮族三月三 days have fallen.
SANYUESAN_WINDOW = 7

_ARTICLE_2 = (
    "全体公民放假的节日：（一）元旦，放假1天（1月1日）；（二）春节，放假4天（农历除夕、正月初一至初三）；"
    "（三）清明节，放假1天（农历清明当日）；（四）劳动节，放假2天（5月1日、2日）；（五）端午节，放假1天"
    "（农历端午当日）；（六）中秋节，放假1天（农历中秋当日）；（七）国庆节，放假3天（10月1日至3日）。"
)
_ARTICLE_6 = (
    "全体公民放假的假日，如果适逢星期六、星期日，应当在工作日补假。"
    "部分公民放假的假日，如果适逢星期六、星期日，则不补假。"
)
#: The articles a provisional year is counted on, cited by every result that counted on one.
CITATIONS = (
    Citation(HOLIDAY_LAW, HOLIDAY_LAW, "第二条", None, _ARTICLE_2),
    Citation(HOLIDAY_LAW, HOLIDAY_LAW, "第六条", None, _ARTICLE_6),
)


# --- lunar dates ---------------------------------------------------------------------------------


@functools.cache
def _lunar_day(year: int, month: int, day: int) -> dt.date:
    """The day of the Gregorian calendar of the lunar ``month``/``day`` of the lunar ``year``."""
    from lunar_python import Lunar  # noqa: PLC0415 - the lunar tables load with the first lunar date asked

    solar = Lunar.fromYmd(year, month, day).getSolar()
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


@functools.cache
def _qingming(year: int) -> dt.date:
    """The day of the solar term 清明 in ``year`` (China Standard Time)."""
    from lunar_python import Lunar  # noqa: PLC0415 - see _lunar_day

    solar = Lunar.fromYmd(year, 1, 1).getJieQiTable()["清明"]
    return dt.date(solar.getYear(), solar.getMonth(), solar.getDay())


def sanyuesan(year: int) -> dt.date:
    """The lunar 三月初三 of ``year``: the day 壮族三月三 is named after."""
    return _lunar_day(year, 3, 3)


def near_sanyuesan(first: dt.date, last: dt.date, year: int) -> bool:
    """Whether the days ``first``–``last`` come within :data:`SANYUESAN_WINDOW` days of ``year``'s 三月初三."""
    low, high = min(first, last), max(first, last)
    if not low.year <= year <= high.year:
        return False
    day = sanyuesan(year)
    window = dt.timedelta(days=SANYUESAN_WINDOW)
    return low <= day + window and day - window <= high


# --- 第二条 and 第六条 ----------------------------------------------------------------------------


def _new_years_eve(year: int) -> dt.date:
    return _lunar_day(year, 1, 1) - dt.timedelta(days=1)


def _fixed(month: int, day: int) -> Callable[[int], dt.date]:
    return lambda year: dt.date(year, month, day)


def _lunar(month: int, day: int) -> Callable[[int], dt.date]:
    return lambda year: _lunar_day(year, month, day)


#: 第二条 as revised in 2024: each festival, the day its holiday starts, and how many days it lasts.
_FESTIVALS: tuple[tuple[str, Callable[[int], dt.date], int], ...] = (
    ("元旦", _fixed(1, 1), 1),
    ("春节", _new_years_eve, 4),
    ("清明节", _qingming, 1),
    ("劳动节", _fixed(5, 1), 2),
    ("端午节", _lunar(5, 5), 1),
    ("中秋节", _lunar(8, 15), 1),
    ("国庆节", _fixed(10, 1), 3),
)


@attrs.frozen
class ProvisionalYear:
    """A year counted on the law alone: its statutory holidays and their 补假, by name."""

    year: int
    #: The statutory holidays (第二条), each day with its festival.
    holidays: tuple[tuple[dt.date, str], ...]
    #: The working days off that make up a holiday on a weekend (第六条), with their festival.
    make_up: tuple[tuple[dt.date, str], ...]

    def rest_days(self) -> dict[dt.date, str]:
        """Every day off but the weekends: ``{day: "春节"}``, ``{day: "春节（补假）"}``."""
        days = dict(self.holidays)
        days.update({day: f"{name}（补假）" for day, name in self.make_up})
        return dict(sorted(days.items()))

    def schedule(self) -> YearSchedule:
        """The year as the calendar counts it: these rest days, no adjusted working day."""
        source = f"暂定：国务院尚未公布{self.year}年节假日安排，按{RULE}推算（法定节假日及补假，无调休上班日）"
        return YearSchedule(self.year, frozenset(self.rest_days()), frozenset(), source, False, True)


def _build(year: int) -> ProvisionalYear:
    holidays: dict[dt.date, str] = {}
    spans: list[tuple[str, list[dt.date]]] = []
    for name, first, length in _FESTIVALS:
        start = first(year)
        days = [start + dt.timedelta(days=i) for i in range(length)]
        # Two festivals on one day (中秋 on 10-01) give one day off: it is one holiday of the calendar.
        days = [day for day in days if day not in holidays]
        holidays.update(dict.fromkeys(days, name))
        spans.append((name, days))
    # 第六条: each holiday on a Saturday or Sunday is made up with a working day off. Read here as
    # the first weekdays after that festival's holiday that are not holidays already, as every
    # State Council notice before 2025 placed them.
    make_up: dict[dt.date, str] = {}
    for name, days in spans:
        owed = sum(1 for day in days if day.weekday() >= 5)
        day = max(days, default=dt.date(year, 1, 1))
        while owed:
            day += dt.timedelta(days=1)
            if day.weekday() < 5 and day not in holidays and day not in make_up:
                make_up[day] = name
                owed -= 1
    return ProvisionalYear(year, tuple(sorted(holidays.items())), tuple(sorted(make_up.items())))


@functools.cache
def year_of(year: int) -> ProvisionalYear:
    """The provisional ``year`` by the law in force from 2025-01-01 (``ValueError`` before 2025)."""
    if year < RULE_FROM.year:
        raise ValueError(f"{HOLIDAY_LAW} as revised in 2024 applies from 2025, not to {year}")
    return _build(year)


def crossed_windows(days: Iterable[dt.date]) -> list[dt.date]:
    """The days among ``days`` within :data:`MOVE_WINDOW` days of a statutory holiday (of their
    year or the next or the one before, as the rule gives them)."""
    found = []
    window = dt.timedelta(days=MOVE_WINDOW)
    for day in days:
        years = [y for y in (day.year - 1, day.year, day.year + 1) if y >= RULE_FROM.year]
        holidays = [holiday for y in years for holiday, _ in year_of(y).holidays]
        if any(abs(day - holiday) <= window for holiday in holidays):
            found.append(day)
    return found


def note(name: str, years: list[int], low: dt.date, high: dt.date, crossed: list[dt.date]) -> tuple[str, str]:
    """The note of a count from ``low`` to ``high`` over the provisional ``years``, whose days there
    are ``crossed``: the days that may still move, or that none can."""
    head = (
        f"{name}：国务院尚未公布 {'、'.join(map(str, years))} 年的节假日安排，本计算按暂定日历（{RULE}："
        "法定节假日及适逢周末的补假，周末休息，没有调休上班日，不计三月三）"
    )
    moving = crossed_windows(crossed)
    if not moving:
        return (
            "calendar_provisional_settled",
            f"{head}；所跨日期 {low.isoformat()} 至 {high.isoformat()} 都不在法定节假日前后 {MOVE_WINDOW} 日内，"
            "国务院公布的安排不会改变本结果",
        )
    return (
        "calendar_provisional",
        f"{head}；国务院公布后以公布的安排为准。所跨日期中在法定节假日前后 {MOVE_WINDOW} 日内、"
        f"可能因调休或另行放假而变动的：{_runs(moving)}",
    )


def _runs(days: list[dt.date]) -> str:
    """``2027-01-01 至 2027-01-05、2027-02-01``: the days, consecutive ones as one run."""
    runs: list[list[dt.date]] = []
    for day in days:
        if runs and day - runs[-1][-1] == dt.timedelta(days=1):
            runs[-1].append(day)
        else:
            runs.append([day])
    return "、".join(
        run[0].isoformat() if len(run) == 1 else f"{run[0].isoformat()} 至 {run[-1].isoformat()}" for run in runs
    )


#: What ``calendar_out_of_range`` adds for a year that could be counted provisionally (Chinese, English).
HOW_TO_ASK = (
    "。如需在国务院公布前先行估算，可要求按暂定日历计算（法定节假日及补假，无调休，结果标明暂定）："
    '在载荷 calendar 中加入 "provisional": true，或调用 qinzhou_calc.calendar.allow_provisional()，'
    "或设环境变量 QINZHOU_CALC_PROVISIONAL_CALENDAR=1，或在命令行加 --provisional-calendar",
    ". To estimate before the State Council publishes it, ask for a provisional count (statutory "
    'holidays and their make-up days, no adjusted weekends, flagged as provisional): "provisional": '
    "true in the payload's calendar, qinzhou_calc.calendar.allow_provisional(), "
    "QINZHOU_CALC_PROVISIONAL_CALENDAR=1, or --provisional-calendar",
)


# --- whether the caller asked for it, for the whole process ---------------------------------------

_LOCK = threading.Lock()
_ALLOWED: list[bool] = [False]


def allow(allowed: bool = True) -> bool:
    """Allow (or stop allowing) provisional years in every later evaluation of this process; the
    setting it had before (the environment aside)."""
    with _LOCK:
        before, _ALLOWED[0] = _ALLOWED[0], bool(allowed)
    return before


def allowed() -> bool:
    """Whether this process counts provisional years: :func:`allow`, or ``QINZHOU_CALC_PROVISIONAL_CALENDAR=1``."""
    return _ALLOWED[0] or os.environ.get(ENVIRONMENT, "").strip().lower() in ("1", "true", "yes", "on")
