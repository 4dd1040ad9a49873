"""The report of a profile's check: one item per rule, and the total of what is determined."""

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Literal

import attrs

from ._core import InputError, Result, fmt_money
from ._core.provenance import library
from ._report_text import text_of

__all__ = ["ICAL_HINT", "STATUSES", "Item", "Missing", "Report", "Status", "reason_dict"]

#: How to get the calendar writer, named in the ImportError raised without it.
ICAL_HINT = "pip install 'qinzhou-calc[ical]'"

Status = Literal["eligible", "not_eligible", "undetermined", "not_applicable", "invalid"]
#: The statuses, in the order a table lists their counts; with their Chinese and English names.
STATUSES: Mapping[str, tuple[str, str]] = {
    "eligible": ("符合", "eligible"),
    "not_eligible": ("不符合", "not eligible"),
    "undetermined": ("待补充", "undetermined"),
    "not_applicable": ("不适用", "not applicable"),
    "invalid": ("资料有误", "invalid"),
}


def reason_dict(document: Any, message: str) -> dict[str, Any]:
    """The reason of a rule whose document was not in force on the day of the law applied: the
    provision that sets the document's period, and the period itself."""
    basis = document.basis
    return {
        "code": "not_in_force",
        "message": message,
        "citation": None if basis is None else basis.to_dict(),
        "in_force_from": document.in_force_from.isoformat(),
        "in_force_until": None if document.in_force_until is None else document.in_force_until.isoformat(),
    }


@attrs.frozen
class Missing:
    """A fact the rule still needs: its path in the profile, its title, and the article it decides."""

    field: str
    title: str
    article: str

    def to_dict(self) -> dict[str, str]:
        return {"field": self.field, "title": self.title, "article": self.article}


@attrs.frozen
class Item:
    """What one rule found for the profile (see :func:`qinzhou_calc.check` for the statuses)."""

    calculator: str
    title: str
    article: str
    status: Status
    obligation: str | None = None
    #: Money the subject owes others (an enterprise's minimum reward to its inventors): not in the total.
    owed: bool = False
    result: Result | None = None
    reasons: tuple[Mapping[str, Any], ...] = ()
    missing: tuple[Missing, ...] = ()
    error: InputError | None = None

    @property
    def determined(self) -> bool:
        """Whether the rule has an answer (eligible or not); undetermined and invalid ones have none."""
        return self.status in ("eligible", "not_eligible")

    def to_dict(self) -> dict[str, Any]:
        return {
            "calculator": self.calculator,
            "obligation": self.obligation,
            "title": self.title,
            "article": self.article,
            "status": self.status,
            "owed": self.owed,
            "result": None if self.result is None else self.result.to_dict(),
            "reasons": [dict(reason) for reason in self.reasons],
            "missing": [m.to_dict() for m in self.missing],
            "error": None if self.error is None else self.error.to_dict()["error"],
        }


def _sum(values: list[Decimal]) -> Decimal:
    return sum(values, Decimal(0))


@attrs.frozen
class Total:
    """What the subject may receive over the rules determined, and how many are still undetermined.

    ``amount`` adds the exact amounts of the eligible rules; ``minimum`` and ``maximum`` add to it
    the range of an eligible rule the law leaves to the authority (a subsidy whose ratio is not
    given). ``None`` where no rule of the subject gives money (an excavation project's deadlines).
    """

    amount: Decimal | None
    minimum: Decimal | None
    maximum: Decimal | None
    undetermined: int

    @classmethod
    def of(cls, items: tuple[Item, ...]) -> "Total":
        waiting = sum(1 for item in items if item.status == "undetermined")
        results = [item.result for item in items if item.result is not None and not item.owed]
        if not any(r.amount is not None or r.maximum is not None for r in results):
            return cls(None, None, None, waiting)
        paid = [item.result for item in items if item.status == "eligible" and not item.owed and item.result]
        exact = _sum([r.amount for r in paid if r.amount is not None])
        ranged = [r for r in paid if r.amount is None and (r.minimum is not None or r.maximum is not None)]
        low = exact + _sum([r.minimum or Decimal(0) for r in ranged])
        high = (
            None if any(r.maximum is None for r in ranged) else exact + _sum([r.maximum for r in ranged if r.maximum])
        )
        return cls(exact, low, high, waiting)

    def to_dict(self) -> dict[str, Any]:
        def money(value: Decimal | None) -> str | None:
            return None if value is None else fmt_money(value)

        return {
            "amount": money(self.amount),
            "minimum": money(self.minimum),
            "maximum": money(self.maximum),
            "undetermined": self.undetermined,
        }


@attrs.frozen
class Report:
    """A profile checked against every rule of its subject: ``items`` in the law's order (for an
    excavation project, in the order of their deadlines), and their ``total``."""

    subject: str
    decision_date: dt.date
    items: tuple[Item, ...]
    hypothetical: bool = False
    #: The subject's Chinese title (民办学校, 道路挖掘项目 ...).
    title: str = ""
    total: Total = attrs.field(init=False)

    @total.default
    def _total(self) -> Total:
        return Total.of(self.items)

    def provenance(self) -> dict[str, Any]:
        """``{"library", "hypothetical", "calculators"}``; each item's result keeps its own provenance."""
        return {
            "library": library(),
            "hypothetical": self.hypothetical,
            "calculators": list(dict.fromkeys(item.calculator for item in self.items)),
        }

    def counts(self) -> dict[str, int]:
        """How many rules ended in each status, every status listed."""
        return {status: sum(1 for item in self.items if item.status == status) for status in STATUSES}

    def to_dict(self) -> dict[str, Any]:
        """``{"subject", "decision_date", "items", "total", "counts", "provenance"}``, JSON-safe."""
        return {
            "subject": self.subject,
            "decision_date": self.decision_date.isoformat(),
            "items": [item.to_dict() for item in self.items],
            "total": self.total.to_dict(),
            "counts": self.counts(),
            "provenance": self.provenance(),
        }

    def to_ical(self) -> str:
        """An excavation project's deadlines as an iCalendar (RFC 5545) text, one event per
        obligation with a deadline, each quoting its article. Needs the extra ``ical``."""
        if self.subject != "excavation":
            raise ValueError(f"only an excavation project's report is a calendar, not a {self.subject!r} one")
        try:
            from ._ical import calendar_text  # noqa: PLC0415 - icalendar is an optional extra
        except ModuleNotFoundError as missing:
            raise ImportError(f"the calendar needs icalendar: {ICAL_HINT}") from missing
        return calendar_text(self)

    def __str__(self) -> str:
        """The report for a person, in Chinese: a line per rule, the total and what is missing."""
        return text_of(self)
