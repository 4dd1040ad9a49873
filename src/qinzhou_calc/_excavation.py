"""An excavation project's calendar (政府令第11号 第六条至第二十一条): each obligation of
``roads.deadline`` counted from the project's own event, in the order of the deadlines.

The half-year plan (第六条) is due after the day of the check. The re-inspection (第二十一条)
counts from the warranty's end: ``warranty_ended_on`` when the profile gives it, else the end the
warranty rule computed from ``accepted_on``. Each obligation is counted on its own event's law and
decision date, so a planned event (the start of a change) may lie after the day of the check.
"""

import datetime as dt

from ._report import Item
from ._runner import Checking
from ._subjects import Rule

__all__ = ["deadline_key", "schedule"]

#: Fields of the project passed to every obligation (those that only the backfill reads are
#: passed to it alone, so that no other obligation is refused for a field it does not read).
_COMMON = ("extra_rest_days", "extra_working_days", "calendar", "as_of")
_BACKFILL = ("road_class", "direction", "rest_day_rule")
_CHINA = dt.timezone(dt.timedelta(hours=8))


def deadline_key(deadline: dt.date | dt.datetime) -> dt.datetime:
    """A deadline as a moment in China's time: a day's deadline runs to that day's end."""
    if isinstance(deadline, dt.datetime):
        if deadline.tzinfo is not None:
            return deadline.astimezone(_CHINA).replace(tzinfo=None)
        return deadline
    return dt.datetime.combine(deadline, dt.time.max)


def _obligation(run: Checking, rule: Rule, start: object) -> Item:
    payload: dict[str, object] = {"obligation": rule.obligation, "start": start}
    for name in (*_COMMON, *(_BACKFILL if rule.obligation == "backfill" else ())):
        value = run.profile.get(name)
        if value is not None:
            payload[name] = value
    renamed = {"start": rule.event} if rule.event else {"start": "decision_date"}
    return run.outcome(rule, payload, renamed)


def _missing_event(run: Checking, rule: Rule, field: str) -> Item:
    schema = run.schema_of(rule)
    absent = [name for name in (field, *rule.needs) if name not in run.profile]
    return run.item(rule, "undetermined", missing=tuple(run.missing(rule, name, schema) for name in absent))


def _warranty_end(run: Checking, rule: Rule, warranty: Item | None) -> Item:
    """The re-inspection when the profile does not give the warranty's end: from the end computed."""
    if warranty is None or warranty.status == "not_applicable":
        return run.not_applicable(rule, "accepted_on")
    if warranty.result is not None and warranty.result.deadline is not None:
        return _obligation(run, rule, warranty.result.deadline.isoformat())
    if warranty.status == "undetermined":
        return run.item(rule, "undetermined", missing=warranty.missing)
    return run.item(rule, "undetermined", missing=(run.missing(rule, "warranty_ended_on", run.schema_of(rule)),))


def schedule(run: Checking) -> tuple[Item, ...]:
    """Every obligation of the project, those with a deadline first in its order, then the others
    in the law's order."""
    items: list[Item] = []
    warranty: Item | None = None
    for rule in run.subject.rules:
        if rule.event is None:
            item = _obligation(run, rule, run.decision.isoformat())
        elif rule.event in run.profile:
            start = run.profile[rule.event]
            item = run.not_applicable(rule, rule.event) if start is None else _obligation(run, rule, start)
        elif rule.obligation == "re_inspection":
            item = _warranty_end(run, rule, warranty)
        else:
            item = _missing_event(run, rule, rule.event)
        if rule.obligation == "warranty_end":
            warranty = item
        items.append(item)
    dated = [item for item in items if item.result is not None and item.result.deadline is not None]
    dated.sort(key=lambda item: deadline_key(item.result.deadline))  # type: ignore[union-attr,arg-type]
    placed = {id(item) for item in dated}
    return (*dated, *(item for item in items if id(item) not in placed))
