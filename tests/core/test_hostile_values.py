"""Values read as their value, and one bad row costing only itself.

A subclass whose methods lie is read as the plain value it holds; a mapping that fails while read
is that row's ``type`` problem; nothing else leaves ``evaluate``, and a batch keeps its good rows.
"""

import datetime as dt
import sys
import threading
from decimal import Decimal
from typing import Any

import pytest

import qinzhou_calc as qc
from qinzhou_calc._core.registry import get
from tests.strategies import LyingDate, LyingDecimal, LyingInt, LyingStr, UnreadableMapping

CONTRACT = "techinno.contract_registration_subsidy"
GOOD = {"registered_amount": "1000001", "as_of": "2020-06-30"}
DEADLINE = {"obligation": "acceptance_application", "start": "2019-09-27"}


def test_a_decimal_whose_multiplication_lies_is_paid_on_its_value() -> None:
    """0.5% of 1,000,001 is 5,000.005, half-up 5,000.01 (not 123,456,789.00)."""
    result = qc.evaluate(CONTRACT, {**GOOD, "registered_amount": LyingDecimal("1000001")})
    assert result.amount == Decimal("5000.01")
    assert type(result.inputs.registered_amount) is Decimal  # type: ignore[attr-defined]


def test_a_decimal_whose_comparisons_lie_is_still_refused_below_zero() -> None:
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate(CONTRACT, {**GOOD, "registered_amount": LyingDecimal("-5")})
    assert caught.value.codes == {"negative"}


def test_a_lying_text_and_a_lying_date_are_read_as_what_they_hold() -> None:
    plain = qc.evaluate(CONTRACT, GOOD)
    assert qc.evaluate(CONTRACT, {"registered_amount": LyingStr("1000001"), "as_of": LyingDate(2020, 6, 30)}) == plain


def test_a_whole_number_held_by_a_lying_int_is_read_as_it() -> None:
    assert qc.evaluate(CONTRACT, {**GOOD, "registered_amount": LyingInt(1000001)}).amount == Decimal("5000.01")


def test_a_boolean_is_not_a_number() -> None:
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate(CONTRACT, {**GOOD, "registered_amount": True})
    assert caught.value.codes == {"type"}


def test_an_override_held_by_a_lying_decimal_is_checked_on_its_value() -> None:
    """A share lies in [0, 1]: 5 is refused, whatever its comparisons say."""
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate(CONTRACT, GOOD, overrides={"education.land.price_share": LyingDecimal(5)})
    assert caught.value.codes == {"invalid_override"}


def test_the_typed_path_refuses_a_subclass_it_cannot_replace() -> None:
    inputs = get(CONTRACT).inputs
    with pytest.raises(qc.InputError) as caught:
        inputs(registered_amount=LyingDecimal("1000001"), as_of=dt.date(2020, 6, 30))
    assert [(p.field, p.code) for p in caught.value.errors] == [("registered_amount", "type")]


@pytest.mark.parametrize("how", ["items", "recursion", "zero", "huge", "len", "lying_length"])
def test_a_mapping_that_fails_while_read_is_the_type_problem_of_its_field(how: str) -> None:
    mapping = UnreadableMapping(how)
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate("roads.deadline", {**DEADLINE, "calendar": mapping})
    assert [(p.field, p.code) for p in caught.value.errors] == [("calendar", "type")]


@pytest.mark.parametrize("workers", [None, 2])
def test_a_batch_with_an_unreadable_row_returns_both_good_rows(workers: int | None) -> None:
    bad: Any = UnreadableMapping("items")
    rows = qc.evaluate_many(CONTRACT, [GOOD, bad, GOOD], workers=workers)
    assert [type(row).__name__ for row in rows] == ["Result", "InputError", "Result"]
    assert [row.amount for row in rows if isinstance(row, qc.Result)] == [Decimal("5000.01")] * 2


def test_iter_evaluate_goes_on_after_an_unreadable_row() -> None:
    bad: Any = UnreadableMapping("huge")
    rows = list(qc.iter_evaluate(CONTRACT, [GOOD, {**GOOD, "registered_amount": bad}, GOOD]))
    assert [type(row).__name__ for row in rows] == ["Result", "InputError", "Result"]


@pytest.mark.parametrize(
    ("key", "shown"), [(None, "None"), (2027.0, "2027.0"), (b"2027", "b'2027'"), ((1, 2), "<tuple>")]
)
def test_a_calendar_year_keyed_by_no_text_is_a_type_problem_at_that_key(key: object, shown: str) -> None:
    payload = {**DEADLINE, "calendar": {"years": {key: {"source": "通知"}}}}
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate("roads.deadline", payload)
    assert [(p.field, p.code) for p in caught.value.errors] == [(f'calendar.years["{shown}"]', "type")]


def test_a_deep_payload_under_a_low_recursion_limit_is_an_input_error() -> None:
    """With sys.setrecursionlimit(60), a payload nested 20 deep used to raise RecursionError. The
    limit counts the frames of one thread: a new thread starts from none."""
    outcome: list[object] = []
    payload: dict[str, Any] = dict(DEADLINE)
    inner = payload
    for _ in range(20):
        inner["calendar"] = {}
        inner = inner["calendar"]

    def run() -> None:
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(60)
        try:
            qc.evaluate("roads.deadline", payload)
        except BaseException as exc:  # noqa: BLE001 - what escaped is what the test looks at
            outcome.append(exc)
        finally:
            sys.setrecursionlimit(limit)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    (error,) = outcome
    assert isinstance(error, qc.InputError)
