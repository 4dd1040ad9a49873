"""The shared core: money, dates and working days, citations, dated parameters, results,
errors and the calculator registry. It knows nothing about schools, roads, enterprises
or banks."""

from .calls import evaluate, evaluate_many, iter_evaluate
from .dated import Declaration, Document, Parameter, Valued, Version
from .errors import CODES, InputError, Invalid, Problem, Problems
from .evaluation import Evaluation
from .fields import spec
from .interest import DAY_COUNT_NAMES, DAYS_IN_YEAR, DayCount, InterestRun, InterestYear, accrue, interest_of
from .kinds import Amount, Count, DateOrDateTime, Ge, Gt, Le, Percent, PositiveAmount, PositiveCount, Ratio, Signed
from .law import Anchor, Citation, register_text
from .lawtext import LawText, load, text_of
from .money import (
    CONTEXT,
    FEN,
    ZERO,
    Money,
    fen,
    fmt_decimal,
    fmt_money,
    library_context,
    parse_number,
    round_each,
    round_to,
)
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
from .reader import structure
from .registry import REGISTRY, Calculator, Example, calculator, today
from .render import fmt_score
from .result import MONEY_FIELDS, Note, Reason, Result
from .steps import term
from .timing import Event, Timing, claim_date_spec, decision_date_spec
from .working_days import GUANGXI, NATIONAL, OFFICIAL_YEARS, WorkingDayCalendar

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
    "round_each",
    "round_to",
    "shift_days",
    "spec",
    "structure",
    "term",
    "text_of",
    "today",
]
