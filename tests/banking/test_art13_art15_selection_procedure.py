"""第十三条 (collective decision: at least 3 candidates) and 第十五条 (competitive: a committee of 5 or more, odd)."""

from typing import Any

import pytest

import qinzhou_calc as qc


def run(**payload: Any) -> qc.Result:
    return qc.evaluate("banking.selection_procedure", {"as_of": "2020-01-06", **payload})


@pytest.mark.parametrize(("candidates", "eligible"), [(2, False), (3, True), (4, True)])
def test_a_collective_decision_needs_at_least_3_candidate_banks(candidates: int, eligible: bool) -> None:
    """第十三条（一）: "一般不得少于 3 家"."""
    result = run(method="collective", candidate_banks=candidates, local_banks=8)
    assert eligible is result.eligible
    assert ([] if eligible else ["too_few_candidates"]) == [r.code for r in result.reasons]


@pytest.mark.parametrize(("local", "candidates", "eligible"), [(2, 2, True), (2, 1, False), (1, 1, True)])
def test_with_fewer_than_3_local_banks_all_of_them_are_candidates(local: int, candidates: int, eligible: bool) -> None:
    """第十三条（一）: "所在地银行少于 3 家的，按实际数量确定备选银行"."""
    result = run(method="collective", candidate_banks=candidates, local_banks=local)
    assert eligible is result.eligible
    assert "fewer_local_banks" in [n.code for n in result.notes]


def test_with_no_local_bank_there_is_no_bank_to_choose() -> None:
    """第十一条（一）: a bank must have a branch where the unit is; with none, the procedure cannot be met."""
    result = run(method="collective", candidate_banks=0, local_banks=0)
    assert result.eligible is False
    assert ["no_candidates"] == [r.code for r in result.reasons]


def test_fewer_than_3_candidates_without_the_local_count_is_not_enough() -> None:
    """Without local_banks, fewer than 3 candidates cannot be justified."""
    result = run(method="collective", candidate_banks=2)
    assert result.eligible is False
    assert "local_banks_unknown" in [n.code for n in result.notes]


def test_more_candidates_than_local_banks_is_an_input_error() -> None:
    """Candidates are local banks (第十一条（一）)."""
    with pytest.raises(qc.InputError) as caught:
        run(method="collective", candidate_banks=4, local_banks=3)
    assert [("candidate_banks", "out_of_range")] == [(p.field, p.code) for p in caught.value.errors]


def test_a_collective_decision_without_a_candidate_count_is_missing() -> None:
    """candidate_banks is required for a collective decision."""
    with pytest.raises(qc.InputError) as caught:
        run(method="collective")
    assert [("candidate_banks", "missing")] == [(p.field, p.code) for p in caught.value.errors]


@pytest.mark.parametrize(
    ("size", "codes"),
    [
        (3, ["committee_too_small"]),
        (4, ["committee_too_small", "committee_not_odd"]),
        (5, []),
        (6, ["committee_not_odd"]),
        (7, []),
        (9, []),
    ],
)
def test_a_competitive_committee_has_5_or_more_members_and_an_odd_number(size: int, codes: list[str]) -> None:
    """第十五条（二）: "成员人数为 5 人以上单数"; 以上 includes 5."""
    result = run(method="competitive", committee_size=size)
    assert codes == [r.code for r in result.reasons]
    assert (not codes) is result.eligible
    assert "第十五条" == result.citations[0].article


def test_a_competitive_selection_without_a_committee_size_is_missing() -> None:
    """committee_size is required for a competitive selection."""
    with pytest.raises(qc.InputError) as caught:
        run(method="competitive", candidate_banks=5)
    assert [("committee_size", "missing")] == [(p.field, p.code) for p in caught.value.errors]


def test_an_unknown_method_is_an_invalid_choice() -> None:
    """method is collective or competitive."""
    with pytest.raises(qc.InputError) as caught:
        run(method="lottery", candidate_banks=3)
    assert [("method", "invalid_choice")] == [(p.field, p.code) for p in caught.value.errors]
