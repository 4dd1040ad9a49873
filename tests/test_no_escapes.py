"""Only InputError leaves evaluate: dates past the calendar, absurd terms and counts, huge numbers,
payloads built to be expensive, defects inside a calculator; and one bad row never costs another
row its result."""

import datetime as dt
import time
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

import attrs
import pytest

import qinzhou_calc as qc
from qinzhou_calc._core import GUANGXI, Calculator, Evaluation, Result, end_of_hours, end_of_months, end_of_years, spec
from qinzhou_calc._core.calendar_years import YearSchedule
from qinzhou_calc._core.periods import calendar_date, end_of_days, shift_days


def codes(name: str, payload: Mapping[str, Any]) -> list[tuple[str, str]]:
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate(name, payload)
    return [(p.field, p.code) for p in caught.value.errors]


@pytest.mark.parametrize(
    "payload",
    [
        {"obligation": "warranty_end", "start": "9999-12-31"},
        {"obligation": "survey", "start": "9999-12-31"},
        {"obligation": "survey", "start": "9999-12-31T23:00:00"},
        {"obligation": "backfill", "start": "9999-12-31", "road_class": "branch", "direction": "longitudinal"},
        {"obligation": "plan_submission", "start": "9999-12-31"},
        {"obligation": "acceptance_application", "start": "9999-12-31", "extra_working_days": ["9999-12-31"]},
    ],
)
def test_a_deadline_past_9999_12_31_is_out_of_range_on_its_start(payload: dict[str, Any]) -> None:
    """roads.deadline at the calendar's last day: the deadline would be in year 10000."""
    assert [("start", "out_of_range")] == codes("roads.deadline", payload)


def test_a_change_starting_on_the_first_day_of_the_calendar_is_an_input_error() -> None:
    """Counting back from 0001-01-01 would leave the calendar; the measures were not in force then anyway."""
    assert [("start", "not_in_force")] == codes(
        "roads.deadline", {"obligation": "change_application", "start": "0001-01-01"}
    )


#: The first and last years of the date type, supplied (empty schedules), so that a walk reaches
#: the calendar's edge instead of stopping at calendar_out_of_range.
_EDGES = GUANGXI.supplied({year: YearSchedule(year, frozenset(), frozenset(), "test edge", True) for year in (1, 9999)})


@pytest.mark.parametrize(
    ("compute", "field"),
    [
        (lambda: end_of_days(dt.date(9999, 12, 31), 1, "x"), "x"),
        (lambda: end_of_days(dt.date(1, 1, 1), -1, "x"), "x"),
        (lambda: end_of_months(dt.date(9999, 12, 1), 1, "x"), "x"),
        (lambda: end_of_months(dt.date(1, 1, 31), -1, "x"), "x"),
        (lambda: end_of_years(dt.date(9999, 1, 1), 1, "x"), "x"),
        (lambda: end_of_hours(dt.datetime(9999, 12, 31, 23), 2, "x"), "x"),
        (lambda: shift_days(dt.date(1, 1, 1), -1), "$"),
        (lambda: calendar_date(10000, 1, 1, "x"), "x"),
        (lambda: _EDGES.with_days(working=[dt.date(1, 1, 1)]).subtract_working_days(dt.date(1, 1, 2), 2, "x"), "x"),
        (
            lambda: _EDGES.with_days(working=[dt.date(9999, 12, 31)]).add_working_days(dt.date(9999, 12, 30), 2, "x"),
            "x",
        ),
        (lambda: _EDGES.with_days(rest=[dt.date(9999, 12, 31)]).roll_forward(dt.date(9999, 12, 31), "x"), "x"),
    ],
)
def test_every_period_is_refused_before_it_leaves_the_calendar(compute: Any, field: str) -> None:
    """Days, months, years, hours and working-day walks: out_of_range, never OverflowError or ValueError."""
    with pytest.raises(qc.InputError) as caught:
        compute()
    assert [(field, "out_of_range")] == [(p.field, p.code) for p in caught.value.errors]


def test_periods_up_to_the_last_day_of_the_calendar_are_computed() -> None:
    """The guard refuses only what is outside: 9999-12-30 + 1 day is 9999-12-31."""
    assert dt.date(9999, 12, 31) == end_of_days(dt.date(9999, 12, 30), 1)
    assert dt.date(9999, 12, 31) == end_of_months(dt.date(9999, 10, 31), 2)
    assert dt.date(1, 1, 1) == end_of_years(dt.date(2, 1, 1), -1)


def loan(**changes: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "school": {"type": "primary", "classes": 20, "students": 900, "non_profit": True},
        "main_urban_area": True,
        "operating_since": "2015-09-01",
        "investment": "20000000",
        "equipment": "0",
        "loan": {"principal": "10000000", "drawn_on": "2020-01-01", "term_months": 60},
        "as_of": "2020-06-30",
    }
    payload["loan"].update(changes)
    return payload


@pytest.mark.parametrize("term", [601, 100_000, 10**14])
def test_a_loan_term_over_fifty_years_is_out_of_range(term: int) -> None:
    """education.loan_interest_subsidy: 100000 months gave ValueError, 10**14 OverflowError."""
    assert [("loan.term_months", "out_of_range")] == codes("education.loan_interest_subsidy", loan(term_months=term))


def test_a_loan_drawn_on_the_last_day_of_the_calendar_is_out_of_range() -> None:
    """Its maturity would be in year 10000."""
    found = codes("education.loan_interest_subsidy", loan(drawn_on="9999-12-31"))
    assert ("loan.term_months", "out_of_range") in found


def test_the_schema_says_the_loan_term_bound() -> None:
    """The bound is in the schema, as a number and in the pattern of the text form."""
    term = qc.schema("education.loan_interest_subsidy")["$defs"]["Loan"]["properties"]["term_months"]
    assert (1, 600) == (term["anyOf"][0]["minimum"], term["anyOf"][0]["maximum"])


def test_an_enormous_integer_is_invalid_number_with_a_short_message() -> None:
    """10**5000 used to give code type (its digits could not be printed); 10**4000 a 4,036-character message."""
    for value in (10**5000, 10**4000, -(10**5000)):
        with pytest.raises(qc.InputError) as caught:
            qc.evaluate("techinno.contract_registration_subsidy", {"registered_amount": value, "as_of": "2020-01-01"})
        assert ["invalid_number"] == [p.code for p in caught.value.errors]
        assert len(caught.value.errors[0].message) < 100


GOOD = {"obligation": "warranty_end", "start": "2020-02-29"}
BAD = {"obligation": "warranty_end", "start": "9999-12-31"}


def test_one_bad_row_never_costs_the_others_their_results() -> None:
    """evaluate_many used to raise at the first date overflow, losing the good rows."""
    outcomes = qc.evaluate_many("roads.deadline", [GOOD, BAD, GOOD, {"start": []}])
    assert [qc.Result, qc.InputError, qc.Result, qc.InputError] == [type(o) for o in outcomes]


def test_iter_evaluate_goes_on_after_a_bad_row() -> None:
    """The stream does not stop at the bad row."""
    assert 3 == sum(isinstance(o, qc.Result) for o in qc.iter_evaluate("roads.deadline", [BAD, GOOD, BAD, GOOD, GOOD]))


def test_a_bad_row_keeps_no_traceback_alive() -> None:
    """Each error row holds its problems, not the frames and the structuring library's exceptions."""
    outcomes = qc.evaluate_many("roads.deadline", [BAD, {"start": "x", "obligation": "nope"}])
    for error in outcomes:
        assert isinstance(error, qc.InputError)
        assert (None, None, None) == (error.__traceback__, error.__context__, error.__cause__)


@attrs.frozen
class Nothing:
    """No fields but as_of."""

    as_of: dt.date | None = spec("适用日期", default=None)


def _raising(exc: Exception) -> Calculator[Nothing]:
    def compute(inp: Nothing, ex: Evaluation) -> Result:
        raise exc

    return Calculator("test.raising", "测试", Nothing, compute, None, None, ())


@pytest.mark.parametrize(
    ("exc", "code"),
    [
        (OverflowError("date value out of range"), "out_of_range"),
        (ValueError("year 10000 is out of range"), "out_of_range"),
        (ArithmeticError("?"), "internal_error"),
        (KeyError("x"), "internal_error"),
        (RecursionError(), "internal_error"),
    ],
)
def test_anything_a_calculator_raises_becomes_an_input_error(exc: Exception, code: str) -> None:
    """A defect in a calculator is reported as a problem of the whole payload, not as a traceback."""
    with pytest.raises(qc.InputError) as caught:
        _raising(exc).evaluate({})
    assert [("$", code)] == [(p.field, p.code) for p in caught.value.errors]


def test_shared_sub_lists_are_refused_within_the_node_budget() -> None:
    """YAML aliases can make a payload of a few objects that is 10^8 values when walked; it is
    refused after 100000 values. Walking all 10^8 would take minutes: the bound below is loose
    enough for a busy machine and still far below that."""
    level: Any = [1] * 100
    for _ in range(4):
        level = [level] * 100
    started = time.perf_counter()
    found = codes("roads.unpermitted_excavation_fine", {"points": level, "violation_date": "2020-05-01"})
    assert [("$", "out_of_range")] == found
    assert time.perf_counter() - started < 20


def test_a_payload_just_under_the_node_budget_is_read() -> None:
    """1000 points and a few fields: far under 100000 values."""
    result = qc.evaluate("roads.unpermitted_excavation_fine", {"points": [1] * 1000, "violation_date": "2020-05-01"})
    assert Decimal(0) < (result.maximum or Decimal(0))


class Hostile(Mapping[str, Any]):
    """A mapping whose own methods raise."""

    def __getitem__(self, key: str) -> Any:
        raise RuntimeError("hostile")

    def __iter__(self) -> Iterator[str]:
        return iter(["start"])

    def __len__(self) -> int:
        return 1


def test_a_mapping_whose_own_methods_raise_is_a_type_problem_of_the_payload() -> None:
    """A payload object that fails while it is read is the caller's problem, reported as one
    (``type`` at ``$``), not an exception of its own: the other rows of a batch go on."""
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate("roads.deadline", Hostile())
    assert [(p.field, p.code) for p in caught.value.errors] == [("$", "type")]
