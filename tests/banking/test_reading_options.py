"""钦市财规〔2019〕3号 第九条、第十一条、第十三条、第二十一条: each reading under each of its options, the
outcome worked by hand from the text."""

from typing import Any

import pytest

import qinzhou_calc as qc

from .test_annex_score_banks import bank as metrics

#: A bank meeting every standard, equal to the others everywhere unless changed.
BANK_METRICS = metrics("")

BANK = {
    "name": "某银行钦州分行",
    "local_branch": True,
    "pboc_rating": "B",
    "supervisory_rating": "3B",
    "major_violation_3y": False,
    "risk_event_3y": False,
}


def _outcome(name: str, payload: dict[str, Any], code: str, option: str) -> tuple[bool, list[str]]:
    result = qc.evaluate(name, payload, readings={code: option})
    assert {"code": code, "option": option} in [
        {"code": row["code"], "option": row["option"]} for row in result.to_dict()["readings"]
    ]
    return bool(result.eligible), [reason.code for reason in result.reasons]


@pytest.mark.parametrize(
    ("option", "eligible", "reasons"),
    [("only_opening_bank", False, ["not_at_opening_bank"]), ("not_limited", True, [])],
)
def test_an_agreement_deposit_outside_the_opening_bank_is_refused_or_allowed(
    option: str, eligible: bool, reasons: list[str]
) -> None:
    """第九条: "可以在开户银行办理定期存款、协定存款、通知存款"."""
    payload = {"account": "unit", "product": "agreement", "at_opening_bank": False, "as_of": "2020-01-06"}
    assert (eligible, reasons) == _outcome(
        "banking.deposit_compliance", payload, "banking.deposits.opening_bank", option
    )


@pytest.mark.parametrize(
    ("rating", "option", "eligible"),
    [
        ("3B", "by_grade", True),
        ("3B", "top_subgrade", False),
        ("3A", "top_subgrade", True),
        ("2C", "top_subgrade", True),
        ("4A", "by_grade", False),
    ],
)
def test_a_sub_grade_meets_grade_3_by_its_number_or_only_as_3a(rating: str, option: str, eligible: bool) -> None:
    """第十一条（二）: "银监部门上年度监管评级 3 级以上（含 3 级）"."""
    payload = {"bank": {**BANK, "supervisory_rating": rating}, "as_of": "2020-03-02"}
    found, reasons = _outcome("banking.bank_eligibility", payload, "banking.eligibility.supervisory_subgrade", option)
    assert eligible == found
    assert ([] if eligible else ["supervisory_rating_below_3"]) == reasons


@pytest.mark.parametrize(("option", "eligible"), [("not_reached_back", True), ("reaches_back", False)])
def test_a_removal_before_the_measures_bars_the_bank_only_when_the_bar_reaches_back(
    option: str, eligible: bool
) -> None:
    """第二十一条: removed 2018-10-15, before 2019-09-26; reaching back, the bar runs to 2021-10-15,
    and the selection of 2020-03-02 is inside it."""
    payload = {"bank": {**BANK, "removed_on": "2018-10-15"}, "as_of": "2020-03-02"}
    found, reasons = _outcome(
        "banking.bank_eligibility", payload, "banking.eligibility.removal_before_measures", option
    )
    assert (eligible, [] if eligible else ["barred"]) == (found, reasons)


@pytest.mark.parametrize(
    ("option", "eligible"),
    [
        # From 2019-10-16, 3 years end on 2022-10-15: a selection that day is still barred.
        ("anniversary", False),
        # The removal day counted: the bar ends on 2022-10-14, and 2022-10-15 is free.
        ("day_before_anniversary", True),
    ],
)
def test_the_bar_ends_on_the_third_anniversary_or_the_day_before(option: str, eligible: bool) -> None:
    payload = {"bank": {**BANK, "removed_on": "2019-10-15"}, "as_of": "2022-10-15"}
    found, _ = _outcome("banking.bank_eligibility", payload, "banking.eligibility.bar_last_day", option)
    assert eligible == found


@pytest.mark.parametrize(
    ("option", "eligible", "reasons"),
    [("no_other_exception", False, ["too_few_candidates"]), ("unit_may_justify", True, [])],
)
def test_two_candidates_among_five_local_banks_are_too_few_or_the_unit_s_choice(
    option: str, eligible: bool, reasons: list[str]
) -> None:
    """第十三条（一）: "一般不得少于 3 家"."""
    payload = {"method": "collective", "candidate_banks": 2, "local_banks": 5, "as_of": "2020-01-06"}
    assert (eligible, reasons) == _outcome(
        "banking.selection_procedure", payload, "banking.procedure.general_minimum", option
    )


@pytest.mark.parametrize(
    ("option", "eligible", "reasons"),
    [("all_local_banks", False, ["too_few_candidates"]), ("at_least_one", True, [])],
)
def test_one_candidate_of_two_local_banks_is_too_few_or_enough(option: str, eligible: bool, reasons: list[str]) -> None:
    """第十三条（一）: "所在地银行少于 3 家的，按实际数量确定备选银行"."""
    payload = {"method": "collective", "candidate_banks": 1, "local_banks": 2, "as_of": "2020-01-06"}
    assert (eligible, reasons) == _outcome(
        "banking.selection_procedure", payload, "banking.procedure.fewer_local_banks", option
    )


# 附件: 甲 and 乙 tie on the capital adequacy ratio (13%), 丙 is below them (12%); all meet the 10.5%
# standard and are equal on everything else. The base is 4, "第一名得1分，从第二名开始依次递减0.1分".
TIED = [
    {**bank, "capital_adequacy_ratio": ratio}
    for bank, ratio in zip(
        (dict(BANK_METRICS, name=name) for name in ("甲", "乙", "丙")), ("13", "13", "12"), strict=True
    )
]


def _ranking(**options: Any) -> dict[str, tuple[int, str]]:
    result = qc.evaluate(
        "banking.score_banks", {"banks": TIED, "as_of": "2019-12-02", **options.pop("payload", {})}, **options
    )
    data = result.to_dict()
    return {row["name"]: (row["rank"], row["scores"]["capital_adequacy_ratio"]) for row in data["ranking"]}


@pytest.mark.parametrize(
    ("option", "third_score", "third_place"),
    # dense: 丙 is the second tier, 4 + 0.9; competition: third, 4 + 0.8. Its total is the others' less
    # 0.1 or 0.2, so it is last either way, the final places by the default competition ranking.
    [("dense", "4.90", 3), ("competition", "4.80", 3)],
)
def test_a_tie_on_an_indicator_puts_the_next_bank_in_the_next_tier_or_after_both(
    option: str, third_score: str, third_place: int
) -> None:
    ranking = _ranking(readings={"banking.scoring.indicator_rank_ties": option})
    assert (1, "5.00") == ranking["甲"]
    assert (1, "5.00") == ranking["乙"]
    assert (third_place, third_score) == ranking["丙"]


def test_tie_rule_is_an_alias_of_the_indicator_tie_reading() -> None:
    assert _ranking(payload={"tie_rule": "competition"}) == _ranking(
        readings={"banking.scoring.indicator_rank_ties": "competition"}
    )
    with pytest.raises(qc.InputError) as raised:
        _ranking(payload={"tie_rule": "competition"}, readings={"banking.scoring.indicator_rank_ties": "dense"})
    assert [("tie_rule", "invalid_reading")] == [(p.field, p.code) for p in raised.value.errors]


@pytest.mark.parametrize(("option", "third_place"), [("competition", 3), ("dense", 2)])
def test_banks_tied_on_their_totals_share_a_place_and_the_next_comes_third_or_second(
    option: str, third_place: int
) -> None:
    ranking = _ranking(readings={"banking.scoring.final_rank_ties": option})
    assert [1, 1, third_place] == [ranking[name][0] for name in ("甲", "乙", "丙")]
