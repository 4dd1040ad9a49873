"""The shared core: money, dates and working days, citations, dated parameters, results,
errors and the calculator registry. It knows nothing about schools, roads, enterprises
or banks."""

from typing import TYPE_CHECKING, Any

from .errors import CODES, InputError, Invalid, Problem, Problems
from .evaluation import Evaluation, Explanation
from .inputs import (
    Amount,
    Count,
    DateOrDateTime,
    Ge,
    Gt,
    Le,
    Percent,
    PositiveAmount,
    PositiveCount,
    Ratio,
    Signed,
    spec,
    structure,
)
from .law import Anchor, Citation
from .lawtext import load, register_text, text_of
from .money import CONTEXT, FEN, ZERO, Money, fen, fmt_decimal, fmt_money, library_context, parse_number, round_to
from .registry import REGISTRY, Calculator, Example, calculator, evaluate, evaluate_many, iter_evaluate, today
from .render import fmt_score
from .result import MONEY_FIELDS, Note, Reason, Result
from .steps import term
from .timing import Event, Timing, claim_date_spec, decision_date_spec

__all__ = [
    "CODES",
    "CONTEXT",
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
    "Document",
    "Evaluation",
    "Event",
    "Example",
    "Explanation",
    "Ge",
    "Gt",
    "InputError",
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

# Periods and working days load the calendar data (chinese-calendar, dateutil, the Guangxi
# layer); they are imported when a document first asks for them, not by ``import qinzhou_calc``.
if TYPE_CHECKING:
    from .dated import Document, Parameter, Valued, Version
    from .lawtext_parse import LawText
    from .periods import (
        GUANGXI,
        NATIONAL,
        OFFICIAL_YEARS,
        WorkingDayCalendar,
        beyond_calendar,
        calendar_date,
        civil_code,
        end_of_days,
        end_of_hours,
        end_of_months,
        end_of_years,
        shift_days,
    )


def __getattr__(name: str) -> Any:
    # The parsed law text's classes are created with the first text read (see .lawtext).
    if name == "LawText":
        from .lawtext_parse import LawText  # noqa: PLC0415 - deferred on purpose

        return LawText
    # Documents and dated parameters are created with the first document loaded (see .law).
    if name in ("Document", "Parameter", "Valued", "Version"):
        from . import dated  # noqa: PLC0415 - deferred on purpose

        return getattr(dated, name)
    # Only the period names in __all__ are not already bound above.
    if name in __all__:
        from . import periods  # noqa: PLC0415 - deferred on purpose

        return getattr(periods, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
