"""The shared core: money, dates and working days, citations, dated parameters, results,
errors and the calculator registry. It knows nothing about schools, roads, enterprises
or banks."""

import importlib
from typing import TYPE_CHECKING, Any

from .calls import evaluate, evaluate_many, iter_evaluate
from .errors import CODES, InputError, Invalid, Problem, Problems
from .evaluation import Evaluation
from .fields import spec
from .interest import DAY_COUNT_NAMES, DAYS_IN_YEAR, DayCount, InterestRun, InterestYear, accrue, interest_of
from .kinds import Amount, Count, DateOrDateTime, Ge, Gt, Le, Percent, PositiveAmount, PositiveCount, Ratio, Signed
from .law import Anchor, Citation, register_text
from .money import CONTEXT, FEN, ZERO, Money, fen, fmt_decimal, fmt_money, library_context, parse_number, round_to
from .reader import structure
from .registry import REGISTRY, Calculator, Example, calculator, today
from .render import fmt_score
from .result import MONEY_FIELDS, Note, Reason, Result
from .steps import term
from .timing import Event, Timing, claim_date_spec, decision_date_spec

__all__ = [
    "CODES",
    "CONTEXT",
    "DAYS_IN_YEAR",
    "DAY_COUNT_NAMES",
    "FEN",
    "GUANGXI",
    "MONEY_FIELDS",
    "NATIONAL",
    "OFFICIAL_YEARS",
    "REGISTRY",
    "ZERO",
    "Amount",
    "Anchor",
    "Calculator",
    "Citation",
    "Count",
    "DateOrDateTime",
    "DayCount",
    "Declaration",
    "Document",
    "Evaluation",
    "Event",
    "Example",
    "Ge",
    "Gt",
    "InputError",
    "InterestRun",
    "InterestYear",
    "Invalid",
    "LawText",
    "Le",
    "Money",
    "Note",
    "Parameter",
    "Percent",
    "PositiveAmount",
    "PositiveCount",
    "Problem",
    "Problems",
    "Ratio",
    "Reason",
    "Result",
    "Signed",
    "Timing",
    "Valued",
    "Version",
    "WorkingDayCalendar",
    "accrue",
    "beyond_calendar",
    "calculator",
    "calendar_date",
    "civil_code",
    "claim_date_spec",
    "decision_date_spec",
    "end_of_days",
    "end_of_hours",
    "end_of_months",
    "end_of_years",
    "evaluate",
    "evaluate_many",
    "fen",
    "fmt_decimal",
    "fmt_money",
    "fmt_score",
    "interest_of",
    "iter_evaluate",
    "library_context",
    "load",
    "parse_number",
    "register_text",
    "round_to",
    "shift_days",
    "spec",
    "structure",
    "term",
    "text_of",
    "today",
]

# Documents and dated parameters, the shipped text, and periods and working days (which load the
# calendar data: chinese-calendar, dateutil, the Guangxi layer) are loaded with the first document
# that asks for them, not by ``import qinzhou_calc``: each name below, from the module named.
_ON_FIRST_USE = {
    **dict.fromkeys(("Declaration", "Document", "Parameter", "Valued", "Version"), "dated"),
    **dict.fromkeys(("LawText", "load", "text_of"), "lawtext"),
    **dict.fromkeys(("GUANGXI", "NATIONAL", "OFFICIAL_YEARS", "WorkingDayCalendar"), "working_days"),
    **dict.fromkeys(
        (
            "beyond_calendar",
            "calendar_date",
            "civil_code",
            "end_of_days",
            "end_of_hours",
            "end_of_months",
            "end_of_years",
            "shift_days",
        ),
        "periods",
    ),
}

if TYPE_CHECKING:
    from .dated import Declaration, Document, Parameter, Valued, Version
    from .lawtext import LawText, load, text_of
    from .periods import (
        beyond_calendar,
        calendar_date,
        civil_code,
        end_of_days,
        end_of_hours,
        end_of_months,
        end_of_years,
        shift_days,
    )
    from .working_days import GUANGXI, NATIONAL, OFFICIAL_YEARS, WorkingDayCalendar


def __getattr__(name: str) -> Any:
    module = _ON_FIRST_USE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
