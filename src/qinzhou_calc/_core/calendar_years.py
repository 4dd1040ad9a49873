"""Working-day years supplied by callers: the State Council's schedule of a year the packaged data
does not know yet (or a corrected one), and Guangxi's 壮族三月三 days of a year.

A supplied year is the **whole** official schedule of that year: ``rest_days`` are the statutory
holidays and the days off around them (weekends need not be listed), ``working_days`` the
adjusted working weekends (调休上班). A day of that year is a working day if it is one of the
``working_days``, or a Monday to Friday that is not one of the ``rest_days``: the rule of the
State Council notices, and the one ``chinese-calendar`` applies to its own tables.

Years come from three places, the later winning for its year: the packaged data
(``chinese-calendar``), the process-wide registry (:func:`register`, the file named by
``QINZHOU_CALC_CALENDAR``, the CLI's ``--calendar FILE``), and a payload's ``calendar`` object.
This module does not import ``chinese-calendar``: registering a year stays cheap.
"""

import datetime as dt
import json
import os
import threading
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Annotated, Any

import attrs

from .crossfield import CrossFieldRule
from .errors import InputError, Problem, Problems
from .fields import spec
from .kinds import Pattern
from .reader import structure

if TYPE_CHECKING:
    from .evaluation import Evaluation
    from .working_days import WorkingDayCalendar

__all__ = [
    "CALENDAR_RULES",
    "ENVIRONMENT",
    "CalendarInput",
    "CalendarYearInput",
    "RegionalInput",
    "RegionalYear",
    "YearSchedule",
    "counted_calendar",
    "from_input",
    "load_environment",
    "read_file",
    "register",
    "registered",
    "unregister",
]

#: The environment variable naming a JSON file of years loaded at start-up (API.md).
ENVIRONMENT = "QINZHOU_CALC_CALENDAR"


#: A year, as the key of ``calendar.years``: four ASCII digits, read (and said by the JSON Schema's
#: ``propertyNames``) before the year itself is looked at.
YEAR_KEY = "[0-9]{4}"
YearKey = Annotated[str, Pattern(YEAR_KEY, "年份应为四位数字，收到 {value}", "a year must be four digits, got {value}")]


@attrs.frozen
class YearSchedule:
    """One year of the State Council's schedule: its rest days, its adjusted working days, its source."""

    year: int
    rest_days: frozenset[dt.date]
    working_days: frozenset[dt.date]
    source: str
    supplied_by_caller: bool = True
    #: Built by the law alone (statutory holidays and 补假), not published: see :mod:`.provisional`.
    provisional: bool = False

    def is_working_day(self, day: dt.date) -> bool:
        return day in self.working_days or (day.weekday() <= 4 and day not in self.rest_days)


@attrs.frozen
class RegionalYear:
    """One year of a regional layer (Guangxi's 壮族三月三): extra rest days and working days, and their source."""

    year: int
    rest_days: frozenset[dt.date]
    working_days: frozenset[dt.date]
    source: str
    verified: bool
    supplied_by_caller: bool = False


# --- the payload's ``calendar`` object --------------------------------------------------------


@attrs.frozen
class RegionalInput:
    """一年的广西壮族三月三放假安排（自治区人民政府办公厅通知）。"""

    source: str = spec("来源", "自治区通知的名称、文号或网址", en="Source")
    rest_days: tuple[dt.date, ...] = spec(
        "三月三放假日期", "自治区通知放假的日期", default=(), en="Sanyuesan rest days"
    )
    working_days: tuple[dt.date, ...] = spec(
        "三月三调休上班日期", "自治区通知调休上班的周末日期", default=(), en="Sanyuesan adjusted working days"
    )


@attrs.frozen
class CalendarYearInput:
    """一年的国务院节假日安排：放假日期、调休上班日期及来源。"""

    source: str = spec("来源", "如“国务院办公厅关于2027年部分节假日安排的通知”", en="Source")
    rest_days: tuple[dt.date, ...] = spec(
        "放假日期", "法定节假日及调休放假的日期（周末可不列）；该年的完整官方安排", default=(), en="Rest days"
    )
    working_days: tuple[dt.date, ...] = spec(
        "调休上班日期", "调休上班的周末日期", default=(), en="Adjusted working days"
    )
    regional: RegionalInput | None = spec(
        "广西壮族三月三",
        "该年的广西壮族三月三放假安排（可选）；不给出时按库内数据，库内也没有时不计入",
        default=None,
        en="Guangxi Zhuang Sanyuesan",
    )


@attrs.frozen
class CalendarInput:
    """调用方提供的工作日历年份（每年为国务院公布的完整安排，优先于库内数据），及是否按暂定日历计算。"""

    years: dict[YearKey, CalendarYearInput] | None = spec(
        "年份",
        '以年份为键，如 {"2027": {"rest_days": [...], "working_days": [...], "source": "..."}}',
        default=None,
        en="Years",
    )
    provisional: bool = spec(
        "暂定日历",
        "国务院尚未公布安排的年份，按《全国年节及纪念日放假办法》推算暂定日历（法定节假日及补假，"
        "无调休上班日，不计三月三），并在结果中标明暂定；不选时，这样的年份无法计算",
        default=False,
        en="Provisional calendar",
    )


def calendar_rules(path: str = "calendar") -> tuple[CrossFieldRule, ...]:
    """What :func:`from_input` checks that a schema cannot say, for a ``calendar`` object at ``path``."""
    # The keys of ``years`` (four ASCII digits) are read as a YearKey: the schema's ``propertyNames``.
    years = f"{path}.years[*]"
    return (
        CrossFieldRule(
            "calendar_days_in_year",
            "out_of_range",
            tuple(
                f"{years}.{part}[]"
                for part in ("rest_days", "working_days", "regional.rest_days", "regional.working_days")
            ),
            "每一年所列的日期都在该年之内",
            "every day listed for a year is in that year",
        ),
        CrossFieldRule(
            "calendar_rest_or_working",
            "out_of_range",
            (f"{years}.working_days", f"{years}.regional.working_days"),
            "同一日不能既是放假日（rest_days）又是调休上班日（working_days）",
            "a day cannot be both a rest day (rest_days) and a working day (working_days)",
        ),
        CrossFieldRule(
            "calendar_source",
            "missing",
            (f"{years}.source",),
            "每一年须写明安排的来源 source（不能为空白）",
            "each year names the source of its schedule (source, not blank)",
        ),
    )


#: The rules of a payload's ``calendar`` object.
CALENDAR_RULES = calendar_rules()


def _year_of(key: str, path: str, problems: Problems) -> int | None:
    if not (len(key) == 4 and key.isascii() and key.isdigit()):
        problems.add(
            path,
            "out_of_range",
            f"年份应为四位数字，收到 {key[:20]!r}",
            en=f"a year must be four digits, got {key[:20]!r}",
        )
        return None
    return int(key)


def _days_of(days: Iterable[dt.date], year: int, path: str, problems: Problems) -> frozenset[dt.date]:
    found = []
    for index, day in enumerate(days):
        if day.year != year:
            problems.add(
                f"{path}[{index}]",
                "out_of_range",
                f"{day.isoformat()} 不在 {year} 年内",
                en=f"{day.isoformat()} is not in {year}",
            )
        found.append(day)
    return frozenset(found)


def _both(rest: frozenset[dt.date], working: frozenset[dt.date], path: str, problems: Problems) -> None:
    for day in sorted(rest & working):
        problems.add(
            path,
            "out_of_range",
            f"{day.isoformat()} 同时列为放假日和调休上班日",
            en=f"{day.isoformat()} is given both as a rest day and as a working day",
        )


def from_input(
    given: CalendarInput, path: str = "calendar", *, supplied_by_caller: bool = True
) -> tuple[dict[int, YearSchedule], dict[int, RegionalYear]]:
    """The years of a payload's (or a file's) ``calendar`` object, or :class:`InputError` with paths."""
    problems = Problems()
    years: dict[int, YearSchedule] = {}
    regional: dict[int, RegionalYear] = {}
    for key, entry in (given.years or {}).items():
        where = f'{path}.years["{key}"]'
        year = _year_of(key, where, problems)
        if year is None:
            continue
        if not entry.source.strip():
            problems.add(
                f"{where}.source", "missing", "请写明该年安排的来源（通知名称）", en="name the source of the schedule"
            )
        rest = _days_of(entry.rest_days, year, f"{where}.rest_days", problems)
        working = _days_of(entry.working_days, year, f"{where}.working_days", problems)
        _both(rest, working, f"{where}.working_days", problems)
        years[year] = YearSchedule(year, rest, working, entry.source.strip(), supplied_by_caller)
        if entry.regional is not None:
            r_rest = _days_of(entry.regional.rest_days, year, f"{where}.regional.rest_days", problems)
            r_work = _days_of(entry.regional.working_days, year, f"{where}.regional.working_days", problems)
            _both(r_rest, r_work, f"{where}.regional.working_days", problems)
            regional[year] = RegionalYear(year, r_rest, r_work, entry.regional.source.strip(), True, supplied_by_caller)
    problems.raise_if_any()
    return years, regional


def counted_calendar(
    base: "WorkingDayCalendar", ex: "Evaluation", inputs: Any, field: str = "calendar"
) -> "WorkingDayCalendar":
    """The calendar an evaluation counts on: ``base`` with the years of the process and of the
    payload's ``calendar`` object (at ``field``), and provisional years if the payload or the
    process asks for them. A count asked for the whole process is written into the result's
    inputs (``calendar.provisional: true``), so that ``verify`` replays the same count."""
    given: CalendarInput | None = getattr(inputs, field)
    years, regional = from_input(given, field) if given is not None else ({}, {})
    asked = given is not None and given.provisional
    counted = base.supplied(years, regional, provisional=asked)
    if counted.provisional and not asked:
        ex.inputs = attrs.evolve(inputs, **{field: attrs.evolve(given or CalendarInput(), provisional=True)})
    return counted


# --- the process-wide registry ------------------------------------------------------------------

_LOCK = threading.Lock()
# Replaced whole under the lock, never changed in place: a reader takes the current pair with one
# read and sees either every change of a registration or none of it.
_STATE: tuple[Mapping[int, YearSchedule], Mapping[int, RegionalYear]] = ({}, {})
_LOADED: list[bool] = []


def registered() -> tuple[Mapping[int, YearSchedule], Mapping[int, RegionalYear]]:
    """The years registered in this process (national, regional), as one consistent snapshot."""
    if not _LOADED:
        load_environment()
    return _STATE


def register(
    years: Mapping[int, YearSchedule] | None = None, regional: Mapping[int, RegionalYear] | None = None
) -> None:
    """Add (or replace) years in the process-wide registry, atomically."""
    global _STATE  # noqa: PLW0603 - the one process-wide registry, replaced whole under its lock
    if not _LOADED:
        load_environment()
    with _LOCK:
        national, local = _STATE
        _STATE = (
            {**national, **(years or {})},
            {**local, **(regional or {})},
        )


def unregister(year: int) -> None:
    """Forget a registered year (national and regional): the packaged data applies again."""
    global _STATE  # noqa: PLW0603 - see register
    with _LOCK:
        national, local = _STATE
        _STATE = (
            {y: s for y, s in national.items() if y != year},
            {y: s for y, s in local.items() if y != year},
        )


def read_file(path: str) -> tuple[dict[int, YearSchedule], dict[int, RegionalYear]]:
    """The years of a JSON file shaped like a payload's ``calendar`` (``{"years": {...}}``)."""
    try:
        with open(path, encoding="utf-8") as handle:
            data: Any = json.load(handle)
    except (OSError, ValueError) as exc:
        raise InputError(
            [Problem(path, "type", f"无法读取工作日历文件：{exc}", en=f"cannot read the calendar file: {exc}")]
        ) from None
    return from_input(structure(data, CalendarInput), path)


def load_environment() -> None:
    """Load the file named by ``QINZHOU_CALC_CALENDAR``, once per process (a bad file is an InputError)."""
    global _STATE  # noqa: PLW0603 - see register
    with _LOCK:
        if _LOADED:
            return
        path = os.environ.get(ENVIRONMENT)
        if path:
            # A bad file raises here, and again on the next use: a misconfiguration stays loud.
            years, regional = read_file(path)
            _STATE = ({**_STATE[0], **years}, {**_STATE[1], **regional})
        _LOADED.append(True)
