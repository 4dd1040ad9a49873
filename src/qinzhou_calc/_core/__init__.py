"""The shared core: money, dates and working days, citations, dated parameters, results,
errors and the calculator registry. It knows nothing about schools, roads, enterprises
or banks.

The law modules take the core's names from here (``from qinzhou_calc._core import Evaluation,
calculator``). Each name lives in the module that does its work; :data:`_MODULE_OF` says which, and
the module is imported when the name is first asked for, so that a document loads only the part of
the core it uses (a document that counts no working days never loads the working-day calendar).
"""

from typing import TYPE_CHECKING, Any

from .frontdoor import answer

if TYPE_CHECKING:
    from .batches import evaluate_many, iter_evaluate
    from .calls import evaluate
    from .dated import Declaration, Document, Parameter, Valued, Version
    from .definition import Calculator, Example, record
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
    from .registry import REGISTRY, calculator
    from .render import fmt_score
    from .result import MONEY_FIELDS, Note, Reason, Result
    from .steps import term
    from .timing import Event, Timing, claim_date_spec, decision_date_spec, today
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
    "record",
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

#: The module that defines each name of the core.
_MODULE_OF: dict[str, str] = {
    "CODES": "qinzhou_calc._core.errors",
    "CONTEXT": "qinzhou_calc._core.money",
    "DAYS_IN_YEAR": "qinzhou_calc._core.interest",
    "DAY_COUNT_NAMES": "qinzhou_calc._core.interest",
    "FEN": "qinzhou_calc._core.money",
    "GUANGXI": "qinzhou_calc._core.working_days",
    "MONEY_FIELDS": "qinzhou_calc._core.result",
    "NATIONAL": "qinzhou_calc._core.working_days",
    "OFFICIAL_YEARS": "qinzhou_calc._core.working_days",
    "REGISTRY": "qinzhou_calc._core.registry",
    "ZERO": "qinzhou_calc._core.money",
    "Amount": "qinzhou_calc._core.kinds",
    "Anchor": "qinzhou_calc._core.law",
    "Calculator": "qinzhou_calc._core.definition",
    "Citation": "qinzhou_calc._core.law",
    "Count": "qinzhou_calc._core.kinds",
    "DateOrDateTime": "qinzhou_calc._core.kinds",
    "DayCount": "qinzhou_calc._core.interest",
    "Declaration": "qinzhou_calc._core.dated",
    "Document": "qinzhou_calc._core.dated",
    "Evaluation": "qinzhou_calc._core.evaluation",
    "Event": "qinzhou_calc._core.timing",
    "Example": "qinzhou_calc._core.definition",
    "Ge": "qinzhou_calc._core.kinds",
    "Gt": "qinzhou_calc._core.kinds",
    "InputError": "qinzhou_calc._core.errors",
    "InterestRun": "qinzhou_calc._core.interest",
    "InterestYear": "qinzhou_calc._core.interest",
    "Invalid": "qinzhou_calc._core.errors",
    "LawText": "qinzhou_calc._core.lawtext",
    "Le": "qinzhou_calc._core.kinds",
    "Money": "qinzhou_calc._core.money",
    "Note": "qinzhou_calc._core.result",
    "Parameter": "qinzhou_calc._core.dated",
    "Percent": "qinzhou_calc._core.kinds",
    "PositiveAmount": "qinzhou_calc._core.kinds",
    "PositiveCount": "qinzhou_calc._core.kinds",
    "Problem": "qinzhou_calc._core.errors",
    "Problems": "qinzhou_calc._core.errors",
    "Ratio": "qinzhou_calc._core.kinds",
    "Reason": "qinzhou_calc._core.result",
    "Result": "qinzhou_calc._core.result",
    "Signed": "qinzhou_calc._core.kinds",
    "Timing": "qinzhou_calc._core.timing",
    "Valued": "qinzhou_calc._core.dated",
    "Version": "qinzhou_calc._core.dated",
    "WorkingDayCalendar": "qinzhou_calc._core.working_days",
    "accrue": "qinzhou_calc._core.interest",
    "beyond_calendar": "qinzhou_calc._core.periods",
    "calculator": "qinzhou_calc._core.registry",
    "calendar_date": "qinzhou_calc._core.periods",
    "civil_code": "qinzhou_calc._core.periods",
    "claim_date_spec": "qinzhou_calc._core.timing",
    "decision_date_spec": "qinzhou_calc._core.timing",
    "end_of_days": "qinzhou_calc._core.periods",
    "end_of_hours": "qinzhou_calc._core.periods",
    "end_of_months": "qinzhou_calc._core.periods",
    "end_of_years": "qinzhou_calc._core.periods",
    "evaluate": "qinzhou_calc._core.calls",
    "evaluate_many": "qinzhou_calc._core.batches",
    "fen": "qinzhou_calc._core.money",
    "fmt_decimal": "qinzhou_calc._core.money",
    "fmt_money": "qinzhou_calc._core.money",
    "fmt_score": "qinzhou_calc._core.render",
    "interest_of": "qinzhou_calc._core.interest",
    "iter_evaluate": "qinzhou_calc._core.batches",
    "library_context": "qinzhou_calc._core.money",
    "load": "qinzhou_calc._core.lawtext",
    "parse_number": "qinzhou_calc._core.money",
    "record": "qinzhou_calc._core.definition",
    "register_text": "qinzhou_calc._core.law",
    "round_each": "qinzhou_calc._core.money",
    "round_to": "qinzhou_calc._core.money",
    "shift_days": "qinzhou_calc._core.periods",
    "spec": "qinzhou_calc._core.fields",
    "structure": "qinzhou_calc._core.reader",
    "term": "qinzhou_calc._core.steps",
    "text_of": "qinzhou_calc._core.lawtext",
    "today": "qinzhou_calc._core.timing",
}


def __getattr__(name: str) -> Any:
    """A name of the core, its module imported the first time it is asked for (PEP 562)."""
    return answer(__name__, globals(), _MODULE_OF, name)


def __dir__() -> list[str]:
    return list(__all__)
