"""Properties of the catalogue, what-ifs and replay, over many generated cases."""

import json
from decimal import Decimal
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import qinzhou_calc as qc
from qinzhou_calc._core.registry import load_all
from tests import strategies as s

EXAMPLES = [(name, example.payload) for name, calc in sorted(load_all().items()) for example in calc.examples]
MARK = "（假设值）"


def _without_what_if(data: dict[str, Any]) -> dict[str, Any]:
    """A result's dict less what a what-if marks: the flag, the first step, the marks, the provenance."""
    unmarked: dict[str, Any] = json.loads(json.dumps(data, ensure_ascii=False).replace(MARK, ""))
    rest = {k: v for k, v in unmarked.items() if k not in {"hypothetical", "provenance", "steps", "citations"}}
    rest["steps"] = unmarked["steps"][1:] if data["hypothetical"] else unmarked["steps"]
    rest["citations"] = list(
        dict.fromkeys(json.dumps(c, ensure_ascii=False, sort_keys=True) for c in unmarked["citations"])
    )
    return rest


@given(example=st.sampled_from(EXAMPLES), data=st.data())
def test_an_override_equal_to_the_law_changes_nothing_but_hypothetical(example: Any, data: st.DataObject) -> None:
    """Any figure a worked example reads, overridden with its own value: the same result, marked hypothetical."""
    name, payload = example
    law = qc.evaluate(name, payload).to_dict()
    used = law["provenance"]["parameters"]
    if not used:
        return
    chosen = data.draw(st.sampled_from(used))
    # Every version the example read of that figure, each from its own first day.
    same = {p["since"]: p["value"] for p in used if p["name"] == chosen["name"]}
    what_if = qc.evaluate(name, payload, overrides={chosen["name"]: same}).to_dict()
    assert what_if["hypothetical"] is True
    assert _without_what_if(law) == _without_what_if(what_if)
    marked = [p for p in what_if["provenance"]["parameters"] if p["overridden"]]
    assert [chosen["name"]] == sorted({p["name"] for p in marked})
    assert all(p["value"] == same[p["since"]] for p in marked)


RATE_CASES: list[tuple[str, str, str, dict[str, Any]]] = [
    ("techinno.contract_registration_subsidy", "techinno.contract_registration.rate", "registered_amount", {}),
    ("techinno.inventor_reward_minimum", "techinno.inventor_reward.minimum_share", "proceeds", {}),
]


@given(
    case=st.sampled_from(RATE_CASES),
    amount=s.money,
    rates=st.tuples(s.what_if_shares, s.what_if_shares).map(sorted),
)
def test_raising_a_rate_never_lowers_an_uncapped_amount(case: Any, amount: Decimal, rates: list[Decimal]) -> None:
    """0.5% of a registered contract, 70% of proceeds: a higher rate, never a lower amount."""
    name, parameter, field, extra = case
    payload = {field: amount, "as_of": "2020-06-30", **extra}
    low, high = (qc.evaluate(name, payload, overrides={parameter: rate}).amount for rate in rates)
    assert low is not None
    assert high is not None
    assert low <= high


@given(area=s.teaching_areas, rates=st.tuples(s.what_if_rates_per_m2, s.what_if_rates_per_m2).map(sorted))
def test_raising_the_new_build_rate_never_lowers_the_subsidy_without_its_cap(
    area: Decimal, rates: list[Decimal]
) -> None:
    """第六条（一） with the 500万 cap lifted (a what-if of both figures): monotone in the rate."""
    payload = {
        "school": {"type": "primary", "classes": 12, "students": 540, "non_profit": True},
        "new_teaching_area_m2": area,
        "as_of": "2020-06-30",
    }
    amounts = [
        qc.evaluate(
            "education.new_build_subsidy",
            payload,
            overrides={"education.new_build.rate_per_m2": rate, "education.new_build.cap": "1000000000000"},
        ).amount
        for rate in rates
    ]
    assert amounts[0] is not None
    assert amounts[1] is not None
    assert amounts[0] <= amounts[1]


@given(case=s.replayable_payloads)
def test_a_stored_generated_result_verifies_as_the_same(case: tuple[str, dict[str, Any]]) -> None:
    """verify(to_dict(r)) is "same" for generated payloads (a bad payload gives no result to store)."""
    name, payload = case
    try:
        result = qc.evaluate(name, payload)
    except qc.InputError:
        return
    stored = json.loads(json.dumps(result.to_dict()))
    verification = qc.verify(stored)
    assert verification.same, str(verification)
