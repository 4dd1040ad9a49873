"""Periods: the Civil Code's counting rules, the one place where the library counts days,
months, years and hours (民法典 第二百零一条 to 第二百零三条; the same articles of the 民法总则
before 2021-01-01).

A period in days, months or years starts the day after the event; one in months or years ends on
the matching day of the last month, or on that month's last day where there is none; a period in
hours runs from the stated time. A last day that is a statutory rest day moves to the next working
day: that is the working-day calendar's (:mod:`.working_days`). The matching day of 第二百零二条 is
written out from the article with the standard library (the tests hold it to ``dateutil``'s
``relativedelta``), so counting loads no calendar package.
"""

import datetime as dt

from .errors import InputError
from .law import Citation

__all__ = [
    "CIVIL_CODE",
    "beyond_calendar",
    "calendar_date",
    "civil_code",
    "end_of_days",
    "end_of_hours",
    "end_of_months",
    "end_of_years",
    "shift_days",
]

_CIVIL_CODE_TEXT = {
    "第二百零一条": "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算。"
    "按照小时计算期间的，自法律规定或者当事人约定的时间开始计算。",
    "第二百零二条": "按照年、月计算期间的，到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。",
    "第二百零三条": "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。"
    "期间的最后一日的截止时间为二十四时；有业务时间的，停止业务活动的时间为截止时间。",
    "第一千二百五十九条": "民法所称的“以上”、“以下”、“以内”、“届满”，包括本数；"
    "所称的“不满”、“超过”、“以外”，不包括本数。",
}
_CIVIL_CODE_FROM = dt.date(2021, 1, 1)

#: The Civil Code's counting articles, as cited for events from 2021-01-01.
CIVIL_CODE = {
    article: Citation("中华人民共和国民法典", "中华人民共和国民法典", article, None, text)
    for article, text in _CIVIL_CODE_TEXT.items()
}


def civil_code(article: str, on: dt.date) -> Citation:
    """The counting article in force on ``on``: 民法典 from 2021, the 民法总则 before.

    The 民法总则 (2017-10-01 to 2020-12-31) had the same articles under the same numbers,
    except 第一千二百五十九条, which was its 第二百零五条.
    """
    citation = CIVIL_CODE[article]
    if on >= _CIVIL_CODE_FROM:
        return citation
    number = "第二百零五条" if article == "第一千二百五十九条" else article
    return Citation("中华人民共和国民法总则", "中华人民共和国民法总则", number, None, citation.text)


_FIRST_DAY = dt.date.min.toordinal()
_LAST_DAY = dt.date.max.toordinal()


def beyond_calendar(event: dt.date, field: str = "$") -> InputError:
    """``out_of_range``: a period from ``event`` would end outside 0001-01-01 to 9999-12-31."""
    day = event.date() if isinstance(event, dt.datetime) else event
    return InputError.one(
        field,
        "out_of_range",
        f"自 {day.isoformat()} 起算的期间超出了公历 0001-01-01 至 9999-12-31 的范围",
        en=f"a period counted from {day.isoformat()} would end outside 0001-01-01 to 9999-12-31",
    )


def shift_days(event: dt.date, days: int, field: str = "$") -> dt.date:
    """``event`` moved by ``days`` days (either way), refused with ``out_of_range`` before it leaves
    0001-01-01 to 9999-12-31."""
    day = event.date() if isinstance(event, dt.datetime) else event
    if not _FIRST_DAY <= day.toordinal() + days <= _LAST_DAY:
        raise beyond_calendar(event, field)
    return event + dt.timedelta(days=days)


def calendar_date(year: int, month: int, day: int, field: str = "$") -> dt.date:
    """``date(year, month, day)``, with a year outside 1 to 9999 refused as ``out_of_range``."""
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise InputError.one(
            field,
            "out_of_range",
            f"{year} 年超出了公历 1 至 9999 年的范围",
            en=f"the year {year} is outside 1 to 9999",
        )
    return dt.date(year, month, day)


def end_of_days(event: dt.date, days: int, field: str = "$") -> dt.date:
    """Last day of a period of ``days`` days counted from ``event`` (第二百零一条: the event day is not counted)."""
    return shift_days(event, days, field)


def _check_months(event: dt.date, months: int, field: str) -> None:
    month_index = event.year * 12 + event.month - 1 + months
    if not dt.MINYEAR <= month_index // 12 <= dt.MAXYEAR:
        raise beyond_calendar(event, field)


_DAYS_IN_MONTH = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _last_day_of(year: int, month: int) -> int:
    """The number of days of ``month`` in ``year`` (the Gregorian leap years)."""
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    return 29 if month == 2 and leap else _DAYS_IN_MONTH[month - 1]


def _matching_day(event: dt.date, months: int, field: str) -> dt.date:
    """第二百零二条: the day of the month ``months`` on from ``event``'s that matches its day, or that
    month's last day where there is none (a time of day is kept); ``out_of_range`` outside 0001–9999."""
    year, month = divmod(event.year * 12 + event.month - 1 + months, 12)
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise beyond_calendar(event, field)
    month += 1
    day = event.day
    if day > 28:
        day = min(day, _last_day_of(year, month))
    # A plain day is built directly (``replace`` parses its arguments by keyword); a moment keeps its time.
    if type(event) is dt.date:
        return dt.date(year, month, day)
    return event.replace(year=year, month=month, day=day)


def end_of_months(event: dt.date, months: int, field: str = "$") -> dt.date:
    """Last day of a period of ``months`` months from ``event`` (第二百零一、二百零二条).

    The matching day of the final month, or that month's last day where there is none:
    2019-01-31 + 1 month ends 2019-02-28. A period ending outside 0001–9999 is ``out_of_range``.
    """
    return _matching_day(event, months, field)


def end_of_years(event: dt.date, years: int, field: str = "$") -> dt.date:
    """Last day of a period of ``years`` years from ``event``: 2020-02-29 + 1 year ends 2021-02-28."""
    year = event.year + years
    if type(event) is dt.date and dt.MINYEAR <= year <= dt.MAXYEAR and (event.day != 29 or event.month != 2):
        # The same day of the same month, which every year has (only 29 February may be missing).
        return dt.date(year, event.month, event.day)
    return _matching_day(event, years * 12, field)


def end_of_hours(moment: dt.datetime, hours: int, field: str = "$") -> dt.datetime:
    """End of a period of ``hours`` hours, which runs from the stated time (第二百零一条第二款)."""
    shift_days(moment, -(-hours // 24) if hours >= 0 else hours // 24, field)
    return moment + dt.timedelta(hours=hours)
