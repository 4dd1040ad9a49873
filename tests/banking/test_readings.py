"""The readings of 钦市财规〔2019〕3号 every result states: the default regulatory standards, ties,
banks past the last rank point, "一般不得少于 3 家" (第十三条), the committee's make-up (第十五条),
and every score as a two-place decimal string."""

from decimal import Decimal
from typing import Any

import pytest

import qinzhou_calc as qc

from .test_annex_score_banks import bank, rank


def _notes(result: qc.Result) -> dict[str, str]:
    return {note.code: note.message for note in result.notes}


# --- the regulatory standards ------------------------------------------------------------------------


def test_every_ranking_names_the_default_standards_it_applied() -> None:
    """ "达到监管标准": defaults 10.5 / 5 / 150 / 100 / 25, each named; 120%–150% bank by bank; LCR for large banks."""
    message = _notes(rank([bank("甲"), bank("乙")]))["default_standards"]
    for shown in (
        "资本充足率 ≥ 10.5%",
        "不良贷款率 ≤ 5%",
        "拨备覆盖率 ≥ 150%",
        "流动性覆盖率 ≥ 100%",
        "流动性比例 ≥ 25%",
    ):
        assert shown in message
    assert "120%—150% 之间逐家确定" in message
    assert "2000 亿元" in message
    assert "standards" in message


def test_a_standard_every_bank_sets_for_itself_is_not_listed_as_a_default() -> None:
    """A bank's own provision-coverage requirement takes precedence over the template and the default."""
    own = {"provision_coverage_ratio": "130"}
    message = _notes(rank([bank("甲", standards=own), bank("乙", standards=own)]))["default_standards"]
    assert "拨备覆盖率 ≥" not in message
    assert "资本充足率 ≥ 10.5%" in message


# --- ties and places --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tie_rule", "code", "shown"),
    [
        ("dense", "indicator_rank_ties", "1、1、2"),
        ("competition", "indicator_rank_ties_competition", "tie_rule = competition"),
    ],
)
def test_the_tie_convention_is_noted_on_every_ranking(tie_rule: str, code: str, shown: str) -> None:
    """ "如数值相同，按同档计分": dense for the indicators by default; the final ranking is 1, 1, 3."""
    message = _notes(rank([bank("甲"), bank("乙")], tie_rule=tie_rule))[code]
    assert shown in message
    assert "1、1、3" in message


def test_a_bank_past_the_tenth_place_gets_the_base_and_no_rank_point() -> None:
    """ "第一名得1分，从第二名开始依次递减0.1分": the 11th place gets 1 − 0.1 × 10 = 0, never less; still the base 4."""
    banks = [bank(f"银行{n:02d}", capital_adequacy_ratio=str(30 - n)) for n in range(12)]
    result = rank(banks)
    assert result.ranking is not None
    capital = {row["name"]: row["scores"]["capital_adequacy_ratio"] for row in result.ranking}
    assert Decimal("4.10") == capital["银行09"]  # 10th place: 4 + 0.1
    assert Decimal("4.00") == capital["银行10"]  # 11th place: 4 + 0
    assert Decimal("4.00") == capital["银行11"]  # 12th place: 4 + 0, not 3.9
    assert "第 11 档及以后" in _notes(result)["rank_beyond_last_point"]


def test_ten_banks_do_not_need_the_beyond_the_last_point_note() -> None:
    banks = [bank(f"银行{n:02d}", capital_adequacy_ratio=str(30 - n)) for n in range(10)]
    assert "rank_beyond_last_point" not in _notes(rank(banks))


# --- scores as two-place strings --------------------------------------------------------------------


def test_every_score_in_json_and_text_has_two_places() -> None:
    """ "4.00", "93.90": the score_rounding note's promise, kept in to_dict() and str()."""
    result = rank([bank("甲"), bank("乙")])
    data = result.to_dict()
    for row in data["ranking"]:
        assert "78.00" == row["total"]
        assert {"4.00", "5.00", "10.00", "8.00", "3.00", "0.00"} >= set(row["scores"].values())
    assert "1. 甲  78.00 分" in str(result)


@pytest.mark.parametrize(("offered", "score"), [("1.75", "7.33"), ("1.50", "4.00"), ("1.20", "0.00")])
def test_the_deposit_rate_score_has_two_places(offered: str, score: str) -> None:
    """16.67% above the benchmark → 7.33; at the benchmark → 4.00; below it → 0.00."""
    result = qc.evaluate("banking.deposit_rate_score", {"offered_rate": offered, "term": "1y", "as_of": "2019-11-01"})
    data = result.to_dict()
    assert score == data["score"]
    assert score == data["breakdown"][0]["score"]
    assert f"得分：{score}" in str(result)


# --- 第十三条, 第十五条 --------------------------------------------------------------------------------


def _procedure(**payload: Any) -> qc.Result:
    return qc.evaluate("banking.selection_procedure", {"as_of": "2020-01-06", **payload})


def test_general_minimum_of_three_is_read_as_admitting_only_the_named_exception() -> None:
    """ "一般不得少于 3 家，预算单位所在地银行少于 3 家的，按实际数量确定": no other exception."""
    result = _procedure(method="collective", candidate_banks=2, local_banks=5)
    assert result.eligible is False
    assert "general_minimum" in _notes(result)
    assert ["too_few_candidates"] == [r.code for r in result.reasons]


@pytest.mark.parametrize(
    ("internal", "outside", "codes"),
    [
        (3, 2, []),
        (5, 0, ["committee_no_outside_experts"]),
        (0, 5, ["committee_no_internal_members"]),
        (2, 2, ["committee_too_small", "committee_not_odd"]),
        (4, 2, ["committee_not_odd"]),
    ],
)
def test_the_committee_needs_both_internal_members_and_outside_experts(
    internal: int, outside: int, codes: list[str]
) -> None:
    """第十五条（二）"由预算单位内部成员和外部专家共同组成的评选委员会（成员人数为 5 人以上单数）"."""
    result = _procedure(method="competitive", internal_members=internal, outside_experts=outside)
    assert codes == [r.code for r in result.reasons]
    assert (not codes) is result.eligible


def test_a_committee_given_by_size_only_is_checked_for_size_and_the_composition_is_noted() -> None:
    result = _procedure(method="competitive", committee_size=5)
    assert result.eligible is True
    assert "committee_composition_not_checked" in _notes(result)


def test_a_size_that_is_not_the_sum_of_its_parts_is_refused() -> None:
    with pytest.raises(qc.InputError) as caught:
        _procedure(method="competitive", committee_size=7, internal_members=3, outside_experts=2)
    assert [("committee_size", "out_of_range")] == [(p.field, p.code) for p in caught.value.errors]


@pytest.mark.parametrize(
    ("payload", "fields"),
    [
        ({}, ["committee_size"]),
        ({"internal_members": 3}, ["outside_experts"]),
        ({"outside_experts": 2}, ["internal_members"]),
    ],
)
def test_a_competitive_selection_needs_the_committee(payload: dict[str, int], fields: list[str]) -> None:
    with pytest.raises(qc.InputError) as caught:
        _procedure(method="competitive", **payload)
    assert [(f, "missing") for f in fields] == [(p.field, p.code) for p in caught.value.errors]
