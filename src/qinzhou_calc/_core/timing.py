"""Time in a calculation: the event that fixes the law, the day of the decision, the law's date.

The rules (API.md, "Common payload fields" and "Event dates"):

* the law applied is the one in force on the calculator's **event date** (the day of the
  violation, the certification, the claim ...); ``as_of``, when given, overrides it;
* with no event and no ``as_of``, the law of the **decision date** applies;
* ``decision_date`` defaults to today in China (UTC+8); for fines to the violation date
  (从旧兼从轻 is then judged against it); where a payload gives ``as_of`` but no decision
  date, the decision is taken to be made on ``as_of`` (the day the caller computes for);
* an event dated after the decision is ``event_after_decision``, on the event's own field;
* a document applies to the events of its period whenever the decision comes: an event inside the period is
  judged under it even after the document ended (an ``as_of`` after the end then gives the text as it stood
  on the document's last day); an event outside the period is ``not_in_force``.
"""

import datetime as dt
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal

import attrs

from .errors import InputError, Problem, english_message
from .fields import spec
from .frozen import record_repr
from .steps import Pending, pending, write

if TYPE_CHECKING:  # created with the first document loaded (see .law)
    from .dated import Document

__all__ = [
    "CHINA",
    "DecisionDefault",
    "Event",
    "Timing",
    "claim_date_spec",
    "decision_date_spec",
    "events_of",
    "field_title",
    "resolve",
    "today",
]

#: China Standard Time, the law's clock.
CHINA = dt.timezone(dt.timedelta(hours=8))

#: What ``decision_date`` defaults to when the payload does not give it:
#: ``today`` (or ``as_of`` when given), ``event`` (fines: the violation date), or
#: ``today_or_event`` (deadlines: today, but never before the event a deadline runs from).
DecisionDefault = Literal["today", "event", "today_or_event"]


def today() -> dt.date:
    """Today in China (UTC+8), the default decision date."""
    return dt.datetime.now(CHINA).date()


@attrs.frozen(repr=False)
class Event:
    """A dated event of the payload and the path of the field it came from."""

    day: dt.date
    field: str
    __repr__ = record_repr


def _as_date(value: object) -> dt.date | None:
    if value is None or type(value) is dt.date:  # most often: a date given, or none
        return value
    if isinstance(value, dt.date):  # a date-time's day; a subclass of date as it is
        return value.date() if isinstance(value, dt.datetime) else value
    if isinstance(value, int) and not isinstance(value, bool):
        # A year (``tax_year``): the event is the last day of that year.
        return dt.date(value, 12, 31) if dt.MINYEAR <= value <= dt.MAXYEAR else None
    return None


def events_of(inputs: object, event: str | Callable[[Any], Sequence[Event]] | None) -> list[Event]:
    """The events a payload gives, for a calculator whose event is a field name or a function."""
    if event is None:
        return []
    if callable(event):
        return list(event(inputs))
    day = _as_date(getattr(inputs, event, None))
    return [] if day is None else [Event(day, event)]


def field_title(cls: type[Any], path: str) -> str:
    """The Chinese title of a top-level field, with its path: ``认定日期（certified_on）``.

    Found once per class and field (every result's first step names two or three of them).
    """
    key = (cls, path)
    title = _TITLES.get(key)
    if title is None:
        title = _TITLES[key] = _field_title(cls, path)
    return title


_TITLES: dict[tuple[type[Any], str], str] = {}


def plain_title(cls: type[Any], path: str) -> str:
    """The Chinese title of a top-level field alone (``认定日期``): what a message for a person
    calls it, beside the field it stands at in a form (the path is the problem's ``field``)."""
    if attrs.has(cls):
        for field in attrs.fields(cls):
            title = field.metadata.get("title")
            if title and path in (field.name, field.metadata.get("name")):
                return str(title)
    return _KNOWN_TITLES.get(path, path)


def _field_title(cls: type[Any], path: str) -> str:
    title = plain_title(cls, path)
    return path if title == path else f"{title}（{path}）"


_KNOWN_TITLES = {"as_of": "适用日期", "decision_date": "决定日期"}

#: The wording of the first step of every result (:meth:`Timing.step`), made once for each input
#: class and each way its dates were given.
_TEMPLATES: dict[tuple[object, ...], str] = {}


def english_title(cls: type[Any], path: str) -> str:
    """The English title of a top-level field (``""`` where there is none): what English messages call it."""
    if attrs.has(cls):
        for field in attrs.fields(cls):
            if path in (field.name, field.metadata.get("name")):
                return str(field.metadata.get("title_en") or "")
    return ""


@attrs.frozen(repr=False)
class Timing:
    """The dates of one calculation and where each came from.

    ``law_date`` is the day whose law is applied (``law_field`` says which field gave it);
    ``ended_on`` is set when an ``as_of`` after the document's end was brought back to its
    last day for an event inside its period; ``outside`` is set when a document, ended by the
    decision date, judges events of which none fell in its period (each incubatee on its own date).
    """

    law_date: dt.date
    law_field: str
    event_date: dt.date | None
    event_field: str | None
    decision_date: dt.date
    decision_field: str
    decision_given: bool
    ended_on: dt.date | None = None
    outside: bool = False
    __repr__ = record_repr

    def describe(self, cls: type[Any]) -> str:
        """The first step of every result: the dates used, each with the field it came from."""
        return write(self.step(cls))

    def step(self, cls: type[Any]) -> Pending:
        """:meth:`describe` as a step written out only if read. Its figures are the dates; its
        wording depends only on the input class and on which fields gave the dates, and is made
        once for each."""
        with_event = not (self.event_date is None or (self.event_field == self.law_field and self.ended_on is None))
        key = (
            cls,
            self.law_field,
            self.event_field,
            self.decision_field,
            self.decision_given,
            self.ended_on is not None,
            self.outside,
            with_event,
        )
        template = _TEMPLATES.get(key)
        if template is None:
            template = _TEMPLATES[key] = self._template(cls, with_event)
        figures: dict[str, object] = {"law": self.law_date, "decision": self.decision_date}
        if self.ended_on is not None:
            figures["ended"] = self.ended_on
        if with_event:
            figures["event"] = self.event_date
        return pending(template, figures)

    def _template(self, cls: type[Any], with_event: bool) -> str:
        def title(path: str) -> str:
            return field_title(cls, path).replace("{", "{{").replace("}", "}}")

        if self.ended_on is not None and self.outside:
            law = (
                "适用 {law:iso} 有效的规定（决定日期晚于文件有效期，各事件均不在有效期内，"
                "按文件最后一日 {ended:iso} 的文本判断）"
            )
        elif self.ended_on is not None:
            law = (
                f"适用 {{law:iso}} 有效的规定（{title('as_of')} 晚于文件有效期，"
                "事件在有效期内，按文件最后一日 {ended:iso} 的文本）"
            )
        elif self.law_field == "as_of":
            law = f"适用 {{law:iso}} 有效的规定（取自{title('as_of')}）"
        elif self.law_field not in (self.event_field, self.decision_field):
            # One event of several (an incubatee), the latest inside the document's period.
            law = f"适用 {{law:iso}} 有效的规定（取自{title(self.law_field)}）"
        elif self.law_field == self.event_field:
            law = f"适用 {{law:iso}} 有效的规定（事件日期，取自{title(self.law_field)}）"
        else:
            law = "适用 {law:iso} 有效的规定（未给出事件日期，按决定日期）"
        event = f"；事件日期 {{event:iso}}（{title(str(self.event_field))}）" if with_event else ""
        source = self._decision_source(cls).replace("{", "{{").replace("}", "}}")
        return f"{law}{event}；决定日期 {{decision:iso}}（{source}）"

    def _decision_source(self, cls: type[Any]) -> str:
        if self.decision_given:
            return f"取自{field_title(cls, 'decision_date')}"
        if self.decision_field == "today":
            return "未给出决定日期，按今天（中国时间）"
        if self.decision_field == "as_of":
            return "未给出决定日期，按适用日期（as_of）"
        return f"未给出决定日期，按{field_title(cls, self.decision_field)}"


def _period(document: "Document") -> str:
    until = document.in_force_until.isoformat() if document.in_force_until else "今"
    return f"{document.in_force_from.isoformat()} 至 {until}"


def _period_en(document: "Document") -> str:
    until = document.in_force_until.isoformat() if document.in_force_until else "no end"
    return f"{document.in_force_from.isoformat()} to {until}"


def _day(event: Event) -> dt.date:
    return event.day


def resolve(
    inputs: object,
    document: "Document | None",
    events: Sequence[Event],
    decision_default: DecisionDefault = "today",
    *,
    judged_each: bool = False,
    now: dt.date | Callable[[], dt.date] | None = None,
    event_field: str | None = None,
) -> Timing:
    """The dates of a calculation, or :class:`InputError` listing every problem with them.

    ``now`` is today in China, or the function that tells it (given by the caller so that a test
    can pin it); a function is asked only when the decision date defaults to today.
    ``event_field`` names the calculator's event field, which a message asks for when no date fixes the law.
    ``judged_each``: the calculator judges each event on its own date (one incubatee of many),
    so an event outside the document's period is a row it refuses, not an error here.
    """
    cls = type(inputs)
    # A plain list, made into an error only if something is wrong: most calls find nothing.
    problems: list[Problem] = []
    as_of = _as_date(getattr(inputs, "as_of", None))
    given = getattr(inputs, "decision_date", None)
    latest = (events[0] if len(events) == 1 else max(events, key=_day)) if events else None

    decision_given = isinstance(given, dt.date)
    if isinstance(given, dt.date):
        decision, decision_field = _as_date(given) or given, "decision_date"
    elif decision_default == "event" and latest is not None:
        decision, decision_field = latest.day, latest.field
    elif as_of is not None:
        decision, decision_field = as_of, "as_of"
    else:
        decision, decision_field = (now() if callable(now) else now) or today(), "today"
        if decision_default == "today_or_event" and latest is not None and latest.day > decision:
            # A deadline may be asked ahead of a planned event: the question is then put on its day.
            decision, decision_field = latest.day, latest.field

    for event in events:
        if event.day > decision:
            problems.append(
                Problem(
                    event.field,
                    "event_after_decision",
                    f"{plain_title(cls, event.field)}为 {event.day.isoformat()}，晚于"
                    f"{plain_title(cls, 'decision_date') if decision_given else '缺省的决定日期'} "
                    f"{decision.isoformat()}：尚未发生的事件不能据以作出决定；"
                    f"如要预先计算，请给出不早于事件的{plain_title(cls, 'decision_date')}",
                    en=english_message(
                        event.field,
                        english_title(cls, event.field),
                        f"{event.day.isoformat()} is after the decision date {decision.isoformat()}; "
                        "give a decision_date on or after the event",
                    ),
                )
            )

    in_period = [e for e in events if document is None or document.in_force_on(e.day)]
    if document is not None and events and not in_period and not judged_each:
        for event in events:
            if event.field == "as_of":
                continue  # an as_of that is itself the event is reported once, below
            problems.append(
                Problem(
                    event.field,
                    "not_in_force",
                    f"{document.number}《{document.title}》适用于 {_period(document)} 期间的事项；"
                    f"{plain_title(cls, event.field)}为 {event.day.isoformat()}，不在此期间",
                    en=f"{document.number} applies to events from {_period_en(document)}; "
                    f"{event.field} is {event.day.isoformat()}, outside that period",
                )
            )
    anchor = (in_period[0] if len(in_period) == 1 else max(in_period, key=_day)) if in_period else None

    ended_on: dt.date | None = None
    outside = False
    if as_of is not None:
        law, law_field = as_of, "as_of"
        if document is not None and not document.in_force_on(as_of):
            until = document.in_force_until
            if (anchor is not None or (judged_each and events)) and until is not None and as_of > until:
                # The event falls in the document's period and the document has since ended:
                # it still governs that event, in the words it had on its last day. Events judged
                # each on its own date are all measured against that last day's words.
                law, ended_on, outside = until, until, anchor is None
            else:
                problems.append(
                    Problem(
                        "as_of",
                        "not_in_force",
                        f"{document.number}《{document.title}》的有效期为 {_period(document)}；"
                        f"{plain_title(cls, 'as_of')} {as_of.isoformat()} 不在其内",
                        en=f"{document.number} is in force from {_period_en(document)}; "
                        f"as_of {as_of.isoformat()} is outside that period",
                    )
                )
    elif anchor is not None:
        law, law_field = anchor.day, anchor.field
    elif events and not judged_each:  # every event outside the period: reported above
        law, law_field = latest.day if latest else decision, latest.field if latest else decision_field
    elif (
        judged_each
        and events
        and document is not None
        and document.in_force_until is not None
        and decision > document.in_force_until
    ):
        # Each event is judged on its own date, and none falls in the document's period: the
        # document, ended since, still says which of them it covers, in the words of its last day.
        law, law_field, ended_on = document.in_force_until, decision_field, document.in_force_until
        outside = True
    else:
        law, law_field = decision, decision_field
        if document is not None and not document.in_force_on(decision):
            decided = plain_title(cls, "decision_date")
            law_dates = [plain_title(cls, f) for f in (event_field, "as_of") if f is not None]
            said = decided if decision_given else f"未给出{'和'.join(law_dates)}，按{decided}（缺省为今天）"
            problems.append(
                Problem(
                    "decision_date",
                    "not_in_force",
                    f"{document.number}《{document.title}》的有效期为 {_period(document)}；{said} "
                    f"{decision.isoformat()} 不在其内；请给出{'或'.join(law_dates)}",
                    en=f"{document.number} is in force from {_period_en(document)}; the decision date "
                    f"{decision.isoformat()} is outside it; give "
                    + " or ".join(
                        f"{english_title(cls, f) or f} [{f}]" for f in (event_field, "as_of") if f is not None
                    ),
                )
            )
    if problems:
        raise InputError(problems)
    return Timing(
        law_date=law,
        law_field=law_field,
        event_date=latest.day if latest else None,
        event_field=latest.field if latest else None,
        decision_date=decision,
        decision_field=decision_field,
        decision_given=decision_given,
        ended_on=ended_on,
        outside=outside,
    )


def decision_date_spec(description: str = "") -> Any:
    """The ``decision_date`` field every calculator's inputs have (API.md, "Common payload fields")."""
    return spec(
        "决定日期",
        description
        or "主管部门作出决定（或调用方查询）之日；缺省为今天（中国时间），给出适用日期而未给出本项时为适用日期；"
        "事件日期不得晚于本日",
        default=None,
        en="Decision date",
    )


def claim_date_spec() -> Any:
    """The ``claim_date`` field of a subsidy claimed by application (the education policy's event)."""
    return spec(
        "申请日期",
        "学校提出申请之日；决定适用政策的哪一天（须在政策有效期 2019-11-22 至 2024-11-21 内）",
        default=None,
        en="Date of the claim",
    )
