"""Working days: the Chinese working-day calendar, and with it the rest day that moves the last day
of a period (民法典 第二百零三条).

The State Council's official holidays and adjusted working weekends (调休) are read from the
``chinese-calendar`` package, plus a regional layer (Guangxi's 壮族三月三) and caller-supplied extra
rest and working days. A day outside the years the official data covers raises
``calendar_out_of_range``; the library never guesses a holiday. Only when the caller asks for it is
a later year counted provisionally, on the statutory holidays of the law (:mod:`.provisional`), and
flagged as such.
"""

import datetime as dt
import functools
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
import chinese_calendar
import chinese_calendar.constants

from . import provisional as _provisional
from ._guangxi_data import SANYUESAN
from .calendar_years import RegionalYear, YearSchedule, registered
from .errors import InputError
from .law import Citation
from .periods import shift_days

__all__ = [
    "GUANGXI",
    "NATIONAL",
    "OFFICIAL_YEARS",
    "PACKAGED_SOURCE",
    "PROVISIONAL_YEARS",
    "RegionalYear",
    "WorkingDayCalendar",
]


#: Where the packaged State Council years come from.
PACKAGED_SOURCE = "国务院办公厅关于{year}年部分节假日安排的通知（据 chinesecalendar {version} 所收数据）"
_VERSION = str(getattr(chinese_calendar, "__version__", "?"))


def _official_years() -> tuple[int, int]:
    years = [day.year for day in chinese_calendar.constants.holidays]
    return min(years), max(years)


#: First and last year of the State Council calendar the installed data covers.
OFFICIAL_YEARS = _official_years()

#: The years a provisional count may cover: after the packaged data, under the law of 2025.
PROVISIONAL_YEARS = (max(OFFICIAL_YEARS[1] + 1, _provisional.RULE_FROM.year), _provisional.LAST_YEAR)

_OFFICIAL_HOLIDAYS = frozenset(chinese_calendar.constants.holidays)
_OFFICIAL_WORKDAYS = frozenset(chinese_calendar.constants.workdays)


def _official_working_day(day: dt.date) -> bool:
    """``chinese_calendar.is_workday`` for a day already checked to be in :data:`OFFICIAL_YEARS`.

    The same rule on the same tables (an adjusted working day works; otherwise Monday to
    Friday, unless a holiday), without the package's scan of every holiday on each call to
    find its year range, which made a deadline of a few dozen days take ~200 µs.
    """
    if isinstance(day, dt.datetime):
        day = day.date()
    return day in _OFFICIAL_WORKDAYS or (day.weekday() <= 4 and day not in _OFFICIAL_HOLIDAYS)


@functools.cache
def _provisional_schedule(year: int) -> YearSchedule:
    return _provisional.year_of(year).schedule()


def _regional(
    table: Mapping[int, tuple[tuple[dt.date, ...], tuple[dt.date, ...], str, bool]],
) -> dict[int, RegionalYear]:
    return {
        year: RegionalYear(year, frozenset(rest), frozenset(work), source, verified)
        for year, (rest, work, source, verified) in table.items()
    }


@attrs.frozen
class WorkingDayCalendar:
    """Which days are working days: the State Council's schedule of each year (packaged, or
    supplied by the caller), a regional layer, and the caller's single extra days.

    Extra days win over the regional layer, which wins over the State Council schedule. A day
    of a year that is neither packaged nor supplied is ``calendar_out_of_range``, whatever else
    is given: the library never guesses a holiday.
    """

    name: str
    regional: Mapping[int, RegionalYear] = attrs.field(factory=dict)
    extra_rest_days: frozenset[dt.date] = frozenset()
    extra_working_days: frozenset[dt.date] = frozenset()
    #: Years supplied by callers (registered in the process, or in the payload): each the whole schedule.
    years: Mapping[int, YearSchedule] = attrs.field(factory=dict)
    #: Regional years supplied by callers; they win over :attr:`regional` for their year.
    regional_supplied: Mapping[int, RegionalYear] = attrs.field(factory=dict)
    #: Whether a year with no schedule is counted provisionally (:data:`PROVISIONAL_YEARS` only).
    provisional: bool = False

    def supplied(
        self,
        years: Mapping[int, YearSchedule] | None = None,
        regional: Mapping[int, RegionalYear] | None = None,
        *,
        provisional: bool = False,
    ) -> "WorkingDayCalendar":
        """This calendar with the years registered in the process now, and ``years`` over them;
        provisional years if ``provisional`` or if the process allows them.

        Bound once per evaluation: a year registered while it runs is seen by the next one.
        """
        national, local = registered()
        return attrs.evolve(
            self,
            years={**self.years, **national, **(years or {})},
            regional_supplied={**self.regional_supplied, **local, **(regional or {})} if self.regional else {},
            provisional=self.provisional or provisional or _provisional.allowed(),
        )

    def with_days(self, rest: Iterable[dt.date] = (), working: Iterable[dt.date] = ()) -> "WorkingDayCalendar":
        """The same calendar with the caller's own rest and working days added."""
        rest, working = frozenset(rest), frozenset(working)
        if not rest and not working:
            return self
        return attrs.evolve(
            self,
            extra_rest_days=self.extra_rest_days | rest,
            extra_working_days=self.extra_working_days | working,
        )

    def known_years(self) -> dict[int, str]:
        """Every year counted on, with its source: the packaged years, then the supplied ones over them."""
        first, last = OFFICIAL_YEARS
        known = {year: PACKAGED_SOURCE.format(year=year, version=_VERSION) for year in range(first, last + 1)}
        known.update({year: schedule.source for year, schedule in self.years.items()})
        return dict(sorted(known.items()))

    def knows(self, year: int) -> bool:
        first, last = OFFICIAL_YEARS
        return year in self.years or first <= year <= last or self.is_provisional(year)

    def is_provisional(self, year: int) -> bool:
        """Whether ``year`` is counted provisionally: asked for, in :data:`PROVISIONAL_YEARS`, no schedule."""
        first, last = PROVISIONAL_YEARS
        return self.provisional and first <= year <= last and year not in self.years

    def _schedule(self, year: int) -> YearSchedule | None:
        """The caller's schedule of ``year``, or its provisional one; ``None`` for a packaged year."""
        schedule = self.years.get(year)
        if schedule is None and self.is_provisional(year):
            return _provisional_schedule(year)
        return schedule

    def check_range(self, day: dt.date, field: str = "$") -> None:
        """Raise ``calendar_out_of_range`` for a day of a year neither packaged nor supplied."""
        if self.knows(day.year):
            return
        first, last = OFFICIAL_YEARS
        extra = sorted(year for year in self.years if not first <= year <= last)
        listed = f"{first}–{last}" + "".join(f"、{year}（调用方提供）" for year in extra)
        listed_en = f"{first}–{last}" + "".join(f", {year} (supplied)" for year in extra)
        year = day.year
        ask, ask_en = _provisional.HOW_TO_ASK if PROVISIONAL_YEARS[0] <= year <= PROVISIONAL_YEARS[1] else ("", "")
        raise InputError.one(
            field,
            "calendar_out_of_range",
            f"工作日历只知道 {listed} 年；{day.isoformat()} 所在的 {year} 年不在其中，本库不推测节假日。"
            f"国务院公布 {year} 年节假日安排后，请给出该年的完整安排：在载荷中加入 "
            f'"calendar": {{"years": {{"{year}": {{"rest_days": [...], "working_days": [...], '
            f'"source": "国务院办公厅关于{year}年部分节假日安排的通知"}}}}}}，'
            f"或调用 qinzhou_calc.calendar.register_year({year}, rest_days=[...], working_days=[...], source=...)，"
            f"或以环境变量 QINZHOU_CALC_CALENDAR、命令行 --calendar FILE 指定同样格式的 JSON 文件{ask}",
            en=f"the working-day calendar knows {listed_en} only; {day.isoformat()} is in {year}, which it does "
            f"not know, and the library never guesses a holiday. Once the State Council publishes {year}'s "
            f'schedule, give the whole year: "calendar": {{"years": {{"{year}": {{"rest_days": [...], '
            f'"working_days": [...], "source": "..."}}}}}} in the payload, or '
            f"qinzhou_calc.calendar.register_year({year}, ...), "
            f"or a JSON file in QINZHOU_CALC_CALENDAR / --calendar FILE{ask_en}",
        )

    def _regional_year(self, year: int) -> RegionalYear | None:
        if not self.regional:
            return None
        return self.regional_supplied.get(year) or self.regional.get(year)

    def is_working_day(self, day: dt.date, field: str = "$") -> bool:
        if isinstance(day, dt.datetime):
            day = day.date()
        self.check_range(day, field)
        if day in self.extra_working_days:
            return True
        if day in self.extra_rest_days:
            return False
        layer = self._regional_year(day.year)
        if layer is not None:
            if day in layer.working_days:
                return True
            if day in layer.rest_days:
                return False
        schedule = self.years.get(day.year)
        if schedule is None and self.provisional:
            schedule = self._schedule(day.year)
        if schedule is not None:
            return schedule.is_working_day(day)
        return _official_working_day(day)

    def add_working_days(self, event: dt.date, count: int, field: str = "$") -> dt.date:
        """The ``count``-th working day after ``event`` (the event day itself is not counted)."""
        if count < 1:
            raise ValueError("count must be at least 1")
        day, seen = event, 0
        while seen < count:
            day = shift_days(day, 1, field)
            if self.is_working_day(day, field):
                seen += 1
        return day

    def subtract_working_days(self, event: dt.date, count: int, field: str = "$") -> dt.date:
        """The ``count``-th working day before ``event`` (the event day itself is not counted)."""
        if count < 1:
            raise ValueError("count must be at least 1")
        day, seen = event, 0
        while seen < count:
            day = shift_days(day, -1, field)
            if self.is_working_day(day, field):
                seen += 1
        return day

    def working_days_between(self, start: dt.date, end: dt.date, field: str = "$") -> int:
        """How many working days fall after ``start`` up to and including ``end``."""
        if end < start:
            return -self.working_days_between(end, start, field)
        total, day = 0, start
        while day < end:
            day = shift_days(day, 1, field)
            total += self.is_working_day(day, field)
        return total

    def roll_forward(self, day: dt.date, field: str = "$") -> dt.date:
        """``day`` if it is a working day, else the first working day after it (第二百零三条)."""
        while not self.is_working_day(day, field):
            day = shift_days(day, 1, field)
        return day

    def provenance(self, start: dt.date, end: dt.date) -> list[dict[str, Any]]:
        """``provenance.calendar``: each year counted on from ``start`` to ``end``, with its source."""
        rows: list[dict[str, Any]] = []
        for year in range(min(start, end).year, max(start, end).year + 1):
            schedule = self._schedule(year)
            row: dict[str, Any] = {
                "year": year,
                "source": schedule.source if schedule else PACKAGED_SOURCE.format(year=year, version=_VERSION),
                "supplied_by_caller": schedule is not None and schedule.supplied_by_caller,
            }
            if schedule is not None and schedule.provisional:
                row["provisional"] = True
                row["rule"] = _provisional.RULE
            if self.regional:
                layer = self._regional_year(year)
                row["regional"] = (
                    None
                    if layer is None
                    else {
                        "source": layer.source,
                        "verified": layer.verified,
                        "supplied_by_caller": layer.supplied_by_caller,
                    }
                )
            rows.append(row)
        return rows

    def describe(self, start: dt.date, end: dt.date) -> str:
        """The calendar used from ``start`` to ``end``, for a step: which schedule, whose days."""
        parts = []
        for year in range(min(start, end).year, max(start, end).year + 1):
            schedule = self._schedule(year)
            if schedule is not None and schedule.provisional:
                parts.append(f"{year} 年国务院尚未公布，按暂定日历：法定节假日及补假，无调休上班日")
            elif schedule is not None:
                parts.append(f"{year} 年按调用方提供的《{schedule.source}》")
        national = "国务院节假日安排含调休上班日" + (f"（{'；'.join(parts)}）" if parts else "")
        if self.extra_rest_days or self.extra_working_days:
            national += "，另按调用方指定的休息日、上班日"
        if not self.regional:
            return national
        missing = [
            year for year in range(min(start, end).year, max(start, end).year + 1) if not self._regional_year(year)
        ]
        regional = "加广西壮族三月三" + (f"（{'、'.join(map(str, missing))} 年未计入）" if missing else "")
        return f"{national}，{regional}"

    def caveats(self, start: dt.date, end: dt.date) -> list[tuple[str, str]]:
        """``(code, message)`` warnings about the days ``start``–``end``: a provisional year counted
        on, and the regional layer where those days come near the year's lunar 三月初三."""
        low, high = min(start, end), max(start, end)
        found: list[tuple[str, str]] = []
        counted = [year for year in range(low.year, high.year + 1) if self.is_provisional(year)]
        if counted:
            days = [low + dt.timedelta(days=i) for i in range((high - low).days + 1)]
            crossed = [day for day in days if day.year in counted]
            found.append(_provisional.note(self.name, counted, low, high, crossed))
        if not self.regional:
            return found
        last_known = max(self.regional)
        for year in range(low.year, high.year + 1):
            layer = self._regional_year(year)
            # 壮族三月三 days fall around the lunar 三月初三: a warning about them applies only to a
            # count that comes that near.
            if (layer is not None and layer.verified) or not _provisional.near_sanyuesan(low, high, year):
                continue
            if layer is None:
                after = f"（库内数据只到 {last_known} 年）" if year > last_known else ""
                found.append(
                    (
                        "regional_calendar_missing",
                        f"{self.name}：{year} 年的广西壮族三月三放假安排未知{after}，本计算未计入三月三，"
                        "只按国务院节假日安排；自治区公布后，可调用 qinzhou_calc.calendar.register_regional_year("
                        f"{year}, rest_days=[...], working_days=[...], source=...)，或在载荷 calendar 的该年中加入 "
                        '"regional": {"rest_days": [...], "working_days": [...], "source": "..."}',
                    )
                )
            else:
                found.append(
                    (
                        "regional_calendar_unverified",
                        f"{self.name}：{year} 年的三月三放假日期（{layer.source}）未与自治区通知原文核对",
                    )
                )
        return found

    def citations(self, start: dt.date, end: dt.date) -> tuple[Citation, ...]:
        """The law a provisional year counted on from ``start`` to ``end`` rests on (none otherwise)."""
        years = range(min(start, end).year, max(start, end).year + 1)
        return _provisional.CITATIONS if any(self.is_provisional(year) for year in years) else ()


#: The State Council calendar alone.
NATIONAL = WorkingDayCalendar("国务院节假日安排")
#: The calendar in Qinzhou: the State Council's, plus Guangxi's 壮族三月三.
GUANGXI = WorkingDayCalendar("国务院节假日安排及广西壮族三月三", _regional(SANYUESAN))
