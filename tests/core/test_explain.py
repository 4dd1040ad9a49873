"""The lean mode, ``explain=False``: the same answer without steps, citations or notes."""

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import qinzhou_calc as qc
from qinzhou_calc._core import registry
from qinzhou_calc._core.registry import load_all

from ..strategies import varied_payloads

#: Every worked example of every calculator: (name, payload).
EXAMPLES = [(name, example.payload) for name, calc in sorted(load_all().items()) for example in calc.examples]

#: What decides the answer: kept by the lean mode, field for field.
ANSWER = ("calculator", "as_of", "eligible", "amount", "minimum", "maximum", "mandatory", "deadline", "score", "count")
ANSWER_ROWS = ("ranking", "breakdown")


@pytest.fixture(autouse=True)
def pinned_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """Both modes of one comparison read the same today."""
    monkeypatch.setattr(registry, "today", lambda: dt.date(2020, 6, 30))


def _outcome(name: str, payload: Any, *, explain: bool) -> qc.Result | qc.InputError:
    try:
        return qc.evaluate(name, payload, explain=explain)
    except qc.InputError as error:
        return error


def _assert_same_answer(full: qc.Result | qc.InputError, lean: qc.Result | qc.InputError) -> None:
    if isinstance(full, qc.InputError):
        assert isinstance(lean, qc.InputError)
        assert full.to_dict() == lean.to_dict()
        return
    assert isinstance(lean, qc.Result)
    whole, thin = full.to_dict(), lean.to_dict()
    assert [whole[key] for key in ANSWER + ANSWER_ROWS] == [thin[key] for key in ANSWER + ANSWER_ROWS]
    assert [r.code for r in full.reasons] == [r.code for r in lean.reasons]
    assert (lean.steps, lean.citations, lean.notes) == ((), (), ())


@pytest.mark.parametrize(("name", "payload"), EXAMPLES, ids=[f"{n}[{i}]" for i, (n, _) in enumerate(EXAMPLES)])
def test_every_worked_example_has_the_same_answer_lean(name: str, payload: dict[str, Any]) -> None:
    """Each example: amount, eligibility, ranges, ranking, breakdown and reasons equal those of the full result."""
    _assert_same_answer(_outcome(name, payload, explain=True), _outcome(name, payload, explain=False))


@given(data=st.data())
def test_explain_false_never_changes_an_amount(data: st.DataObject) -> None:
    """Any calculator, an example's numbers redrawn: the lean result answers as the full one, or both refuse alike."""
    name, example = data.draw(st.sampled_from(EXAMPLES))
    payload = data.draw(varied_payloads(dict(example)))
    _assert_same_answer(_outcome(name, payload, explain=True), _outcome(name, payload, explain=False))


def test_a_lean_result_keeps_the_reasons_of_an_ineligible_case() -> None:
    """A for-profit school: not eligible under 第二条, with the reason's code, and still no steps or notes."""
    payload = {
        "school": {"type": "primary", "classes": 12, "students": 540, "non_profit": False},
        "new_teaching_area_m2": "10000",
        "as_of": "2020-06-30",
    }
    lean = qc.evaluate("education.new_build_subsidy", payload, explain=False)
    assert (False, "0.00") == (lean.eligible, lean.to_dict()["amount"])
    assert ["not_non_profit"] == [reason.code for reason in lean.reasons]
    assert ((), ()) == (lean.steps, lean.notes)


def test_lean_batches_stream_and_list_alike() -> None:
    """evaluate_many and iter_evaluate take explain=False too, and keep the order and the errors."""
    rows: list[dict[str, Any]] = [
        {"registered_amount": "1000001", "as_of": "2020-06-30"},
        {"registered_amount": -1, "as_of": "2020-06-30"},
    ]
    listed = qc.evaluate_many("techinno.contract_registration_subsidy", rows, explain=False)
    streamed = list(qc.iter_evaluate("techinno.contract_registration_subsidy", rows, explain=False))
    for outcomes in (listed, streamed):
        first, second = outcomes
        assert isinstance(first, qc.Result)
        assert ("5000.01", []) == (first.to_dict()["amount"], first.to_dict()["steps"])
        assert isinstance(second, qc.InputError)
        assert {"negative"} == second.codes


def test_a_lean_what_if_is_hypothetical_with_the_same_amount_and_no_step() -> None:
    """A rate of 1% instead of 0.5%: 10000.01 either way, flagged hypothetical; the lean result has no step."""
    payload = {"registered_amount": "1000001", "as_of": "2020-06-30"}
    overrides = {"techinno.contract_registration.rate": "0.01"}
    full = qc.evaluate("techinno.contract_registration_subsidy", payload, overrides=overrides)
    lean = qc.evaluate("techinno.contract_registration_subsidy", payload, overrides=overrides, explain=False)
    assert (Decimal("10000.01"), True) == (full.amount, full.hypothetical) == (lean.amount, lean.hypothetical)
    assert () == lean.steps
    assert "qinzhou-calc 0.2.0" == lean.to_dict()["provenance"]["library"]
