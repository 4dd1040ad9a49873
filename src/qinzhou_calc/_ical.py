"""An excavation project's deadlines as an iCalendar file (RFC 5545), written with ``icalendar``.

``icalendar`` is the optional extra ``ical`` (``pip install 'qinzhou-calc[ical]'``): this module
is imported only when a calendar is asked for. A deadline that is a day is an all-day event on
that day; a deadline at a time of day (the 24 hours of 第十二、十四、十八条) is an event at that
moment, read as China's time (UTC+8) and written in UTC, so that a calendar in any zone shows it
at the right moment. Each event's description quotes the article the deadline comes from.
"""

import datetime as dt
import hashlib
import json
from typing import TYPE_CHECKING

import icalendar

from ._core.provenance import library

if TYPE_CHECKING:
    from ._report import Item, Report

__all__ = ["calendar_text"]

_CHINA = dt.timezone(dt.timedelta(hours=8))


def _moment(value: dt.date | dt.datetime) -> dt.date | dt.datetime:
    if not isinstance(value, dt.datetime):
        return value
    aware = value if value.tzinfo is not None else value.replace(tzinfo=_CHINA)
    return aware.astimezone(dt.timezone.utc)


def _shown(value: dt.date | dt.datetime) -> str:
    return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()


def _quote(item: "Item") -> str:
    """The article of the obligation, quoted from the result's citations."""
    assert item.result is not None  # only items with a deadline are written
    for citation in item.result.citations:
        if citation.article == item.article and citation.text:
            return f"{citation.document} {citation.article}：{citation.text}"
    return item.article


def _event(item: "Item", stamp: dt.datetime) -> icalendar.Event:
    assert item.result is not None  # only items with a deadline are written
    deadline = item.result.deadline
    assert deadline is not None
    inputs = item.result.to_dict()["inputs"]
    digest = hashlib.sha256(json.dumps(inputs, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]
    event = icalendar.Event()
    event.add("uid", f"{item.obligation}-{digest}@qinzhou-calc")
    event.add("dtstamp", stamp)
    event.add("dtstart", _moment(deadline))
    event.add("summary", f"期限：{item.title}")
    start = inputs.get("start")
    lines = [
        _quote(item),
        f"起算：{start}",
        f"期限届满：{_shown(deadline)}",
    ]
    lines.extend(item.result.steps)
    event.add("description", "\n".join(lines))
    return event


def calendar_text(report: "Report") -> str:
    """Every deadline of ``report`` (an excavation project's) as one iCalendar text."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//{library()}//ZH")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "道路挖掘项目期限（政府令第11号）")
    stamp = dt.datetime.combine(report.decision_date, dt.time(), _CHINA).astimezone(dt.timezone.utc)
    for item in report.items:
        if item.result is not None and item.result.deadline is not None:
            calendar.add_component(_event(item, stamp))
    text: str = calendar.to_ical().decode("utf-8")
    return text
