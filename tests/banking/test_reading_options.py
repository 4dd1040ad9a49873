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


def _scores(banks: list[dict[str, Any]], code: str, option: str) -> tuple[dict[str, dict[str, str]], list[str]]:
    """Each bank's total and scores under ``option`` of ``code``, and the codes of the notes."""
    result = qc.evaluate("banking.score_banks", {"banks": banks, "as_of": "2019-12-02"}, readings={code: option})
    data = result.to_dict()
    assert {"code": code, "option": option} in [
        {"code": row["code"], "option": row["option"]} for row in data["readings"]
    ]
    scores = {row["name"]: {**row["scores"], "total": row["total"]} for row in data["ranking"]}
    return scores, [note["code"] for note in data["notes"]]


@pytest.mark.parametrize(
    ("option", "expected", "note"),
    [
        # Only 甲 (13%) and 乙 (12%) meet 10.5%: 4 + 1 and 4 + 0.9; 丙 (10%) scores 0.
        ("qualified_only", ("5.00", "4.90", "0.00"), "rank_among_qualified"),
        # All three ranked: 丙 is the third tier, 1 − 0.1 × 2 = 0.8 rank points, and no base.
        ("all_banks", ("5.00", "4.90", "0.80"), "rank_among_all"),
    ],
)
def test_a_bank_below_the_ratio_standard_is_left_out_of_the_ranking_or_ranked_without_its_base(
    option: str, expected: tuple[str, str, str], note: str
) -> None:
    """附件 经营状况: "资本充足率达到监管标准，即可获得基础分4分；其余1分，按照资本充足率进行递减排名"."""
    banks = [
        dict(BANK_METRICS, name=name, capital_adequacy_ratio=ratio)
        for name, ratio in zip("甲乙丙", ("13", "12", "10"), strict=True)
    ]
    scores, notes = _scores(banks, "banking.scoring.ratio_rank_needs_standard", option)
    assert expected == tuple(scores[name]["capital_adequacy_ratio"] for name in "甲乙丙")
    assert note in notes


@pytest.mark.parametrize(
    ("option", "expected", "note"),
    [
        # 甲 (3) and 乙 (2) meet the requirement: 8 + 2 and 8 + 1.9; 丙's system does not: 0.
        ("qualified_only", ("10.00", "9.90", "0.00"), "rank_among_qualified_system"),
        # All ranked by rating: 丙 (5) first, 2 rank points without the base; 甲 8 + 1.9, 乙 8 + 1.8.
        ("all_banks", ("9.90", "9.80", "2.00"), "rank_among_all_system"),
    ],
)
def test_a_system_below_the_requirement_is_left_out_of_the_ranking_or_ranked_without_its_base(
    option: str, expected: tuple[str, str, str], note: str
) -> None:
    """附件 信息系统建设: "……可获得基础分8分，其余2分，按照信息系统建设情况进行递减排名"."""
    systems = ({"meets": True, "rating": "3"}, {"meets": True, "rating": "2"}, {"meets": False, "rating": "5"})
    banks = [
        dict(BANK_METRICS, name=name, information_system=system) for name, system in zip("甲乙丙", systems, strict=True)
    ]
    scores, notes = _scores(banks, "banking.scoring.system_rank_needs_base", option)
    assert expected == tuple(scores[name]["information_system"] for name in "甲乙丙")
    assert note in notes


@pytest.mark.parametrize(
    ("option", "control", "payment", "note"),
    # 乙 does not meet the internal-control or the payment requirement, judged 1 point above the base on
    # each; the reconciliation service it meets, 4 + 0.
    [("needs_base", "0.00", "4.00", "extra_needs_base"), ("independent", "1.00", "5.00", "extra_without_base")],
)
def test_points_judged_above_an_unearned_base_are_dropped_or_kept(
    option: str, control: str, payment: str, note: str
) -> None:
    """附件: "……的，可获基础分4分，其余1分"."""
    unmet = {"meets": False, "extra": "1"}
    banks = [
        dict(BANK_METRICS, name="甲"),
        dict(BANK_METRICS, name="乙", internal_control=unmet, payment_service=unmet),
    ]
    scores, notes = _scores(banks, "banking.scoring.extra_needs_base", option)
    assert (control, payment) == (scores["乙"]["internal_control"], scores["乙"]["payment_and_reconciliation"])
    assert note in notes


@pytest.mark.parametrize(
    ("offered", "option", "score"),
    [
        ("1.35", "zero", "0.00"),
        # 1.35 ÷ 1.50 − 1 = −10%: the first band's 2 points per 10% taken off 4.
        ("1.35", "by_deviation", "2.00"),
        # −60%: 4 − 12 is below 0, so 0.
        ("0.60", "by_deviation", "0.00"),
    ],
)
def test_an_offer_below_the_benchmark_scores_nothing_or_by_its_deviation(offered: str, option: str, score: str) -> None:
    """附件 利率水平: "利率为同期基准利率得4分，利率上浮0~10%得4~6分"."""
    payload = {"offered_rate": offered, "term": "1y", "as_of": "2019-11-01"}
    result = qc.evaluate("banking.deposit_rate_score", payload, readings={"banking.scoring.below_benchmark": option})
    data = result.to_dict()
    assert score == data["score"]
    expected = "below_benchmark" if option == "zero" else "below_benchmark_by_deviation"
    assert expected in [note["code"] for note in data["notes"]]


@pytest.mark.parametrize(
    ("option", "total", "note"),
    [
        # 3 × 37.5 ÷ 100 = 1.125 on each of two loan indicators: 1.13 + 1.13 with the other 72 points.
        ("each_indicator", "74.26", "score_rounding"),
        # 1.125 + 1.125 = 2.25 exactly, and 72 + 2.25.
        ("total_only", "74.25", "score_rounding_total_only"),
    ],
)
def test_scores_are_rounded_before_the_total_or_only_the_total(option: str, total: str, note: str) -> None:
    """附件: the table names no precision."""
    banks = [
        dict(BANK_METRICS, name="甲"),
        dict(BANK_METRICS, name="乙", loan_balance="37.5", loan_increase="37.5"),
    ]
    scores, notes = _scores(banks, "banking.scoring.score_rounding", option)
    assert ("78.00", total) == (scores["甲"]["total"], scores["乙"]["total"])
    assert "1.13" == scores["乙"]["loan_balance"]
    assert note in notes


@pytest.mark.parametrize(
    ("offered", "option", "score"),
    [
        # 1.575 ÷ 1.50 − 1 = 5%: 4 + 2 × 5 ÷ 10 = 5, or the band's lowest 4.
        ("1.575", "linear", "5.00"),
        ("1.575", "band_low", "4.00"),
        # 10% itself ends the first band: 6 either way by interpolation, 4 as its lowest score.
        ("1.65", "linear", "6.00"),
        ("1.65", "band_low", "4.00"),
        # 1.75 ÷ 1.50 − 1 = 16.6667%: 6 + 2 × 6.6667 ÷ 10 = 7.33, or the second band's 6.
        ("1.75", "linear", "7.33"),
        ("1.75", "band_low", "6.00"),
        # 30%: the third band's end, 10, or its lowest 8.
        ("1.95", "linear", "10.00"),
        ("1.95", "band_low", "8.00"),
        # The benchmark itself is in no band: 4 either way.
        ("1.50", "band_low", "4.00"),
    ],
)
def test_a_float_inside_a_band_scores_by_interpolation_or_the_band_s_lowest_score(
    offered: str, option: str, score: str
) -> None:
    """附件 利率水平: "利率上浮0~10%得4~6分; 利率上浮10~20%得6~8分; 利率上浮20~30%得8~10分"."""
    payload = {"offered_rate": offered, "term": "1y", "as_of": "2019-11-01"}
    result = qc.evaluate("banking.deposit_rate_score", payload, readings={"banking.scoring.rate_within_band": option})
    data = result.to_dict()
    assert score == data["score"]
    expected = "rate_bands_continuous" if option == "linear" else "rate_band_low"
    assert expected in [note["code"] for note in data["notes"]]
    assert {"code": "banking.scoring.rate_within_band", "option": option, "default": option == "linear"} in data[
        "readings"
    ]
