"""附件 综合评分表（模板）: the 100-point table that ranks the candidate banks."""

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

import qinzhou_calc as qc
from qinzhou_calc._core.registry import get
from qinzhou_calc.banking import INDICATORS, score_banks
from qinzhou_calc.banking._demo import FOUR_BANKS


def bank(name: str, **changes: Any) -> dict[str, Any]:
    """A bank that meets every standard, with equal values everywhere: 78 points when alone or among equals."""
    base: dict[str, Any] = {
        "name": name,
        "capital_adequacy_ratio": "12",
        "npl_ratio": "1",
        "provision_coverage_ratio": "200",
        "liquidity_coverage_ratio": "150",
        "liquidity_ratio": "50",
        "internal_control": {"meets": True},
        "information_system": {"meets": True, "rating": "1"},
        "payment_service": {"meets": True},
        "reconciliation_service": {"meets": True},
        "sub_account_service": {"meets": True},
        "past_performance": {"meets": True},
        "deposit_rate": {"offered_rate": "1.50", "term": "1y"},
        "loan_balance": "100",
        "loan_increase": "100",
        "loan_to_deposit_ratio": "70",
        "sme_loan_balance": "100",
        "agri_loan_balance": "100",
    }
    return {**base, **changes}


def rank(banks: list[dict[str, Any]], **more: Any) -> qc.Result:
    return qc.evaluate("banking.score_banks", {"banks": banks, "as_of": "2019-12-02", **more})


def scores_of(result: qc.Result, indicator: str) -> dict[str, Decimal]:
    assert result.ranking is not None
    return {row["name"]: row["scores"][indicator] for row in result.ranking}


def D(text: str | int) -> Decimal:
    """A short name for the many expected values."""
    return Decimal(text)


# --- the worked example --------------------------------------------------------------------------

# Worked by hand from the annex (see docs/banking.md): 甲 leads on capital, NPL, provision and rate;
# 丁 is below the 10.5% capital standard and fails the information-system requirement.
FOUR_BANK_SCORES = {
    "甲银行钦州分行": [
        "5",
        "5",
        "5",
        "4.9",
        "4.8",
        "4.8",
        "10",
        "9.5",
        "5",
        "10",
        "3",
        "10",
        "3",
        "2.4",
        "2.5",
        "3",
        "2",
        "4",
    ],
    "乙银行钦州分行": [
        "5",
        "4.9",
        "4.9",
        "5",
        "4.9",
        "5",
        "9.9",
        "10",
        "4.5",
        "9.5",
        "2",
        "8",
        "2.25",
        "3",
        "2.67",
        "2.5",
        "1.5",
        "4",
    ],
    "钦州丙农村商业银行": [
        "4.9",
        "4.7",
        "4.7",
        "4.8",
        "5",
        "4.5",
        "9.8",
        "9",
        "5",
        "9",
        "4",
        "6",
        "1.5",
        "0",
        "3",
        "2",
        "3",
        "3",
    ],
    "丁银行钦州分行": [
        "0",
        "4.8",
        "4.8",
        "4.7",
        "4.7",
        "4",
        "0",
        "4.5",
        "4.5",
        "9",
        "5",
        "4",
        "0.75",
        "1.5",
        "2.33",
        "1",
        "0.5",
        "2",
    ],
}


def test_the_four_bank_example_scores_every_indicator_as_worked_by_hand() -> None:
    """The demo's four banks, indicator by indicator, in the annex's order."""
    result = rank(FOUR_BANKS)
    assert result.ranking is not None
    actual = {row["name"]: [row["scores"][key] for key in INDICATORS] for row in result.ranking}
    expected = {name: [D(s) for s in row] for name, row in FOUR_BANK_SCORES.items()}
    assert expected == actual


def test_the_four_bank_example_ranks_by_total() -> None:
    """Totals 93.9, 89.52, 83.9, 58.08, best first."""
    result = rank(FOUR_BANKS)
    assert result.ranking is not None
    expected = [
        ("甲银行钦州分行", 1, D("93.9")),
        ("乙银行钦州分行", 2, D("89.52")),
        ("钦州丙农村商业银行", 3, D("83.9")),
        ("丁银行钦州分行", 4, D("58.08")),
    ]
    assert expected == [(row["name"], row["rank"], row["total"]) for row in result.ranking]


def test_each_total_is_exactly_the_sum_of_its_scores() -> None:
    """ "合计" is the sum of the rounded indicator scores."""
    result = rank(FOUR_BANKS)
    assert result.ranking is not None
    for row in result.ranking:
        assert row["total"] == sum(row["scores"].values(), Decimal(0))


def test_the_json_ranking_has_the_contract_keys() -> None:
    """ranking rows: name, rank, total, scores; scores keyed by the 18 indicators."""
    data = rank(FOUR_BANKS).to_dict()
    row = data["ranking"][0]
    assert ["name", "rank", "total", "scores"] == list(row)
    assert list(INDICATORS) == list(row["scores"])
    # Every score is a decimal string with exactly two places (the score_rounding note's promise).
    assert "93.90" == row["total"]
    assert "5.00" == row["scores"]["capital_adequacy_ratio"]
    assert all(len(value.split(".")[1]) == 2 for value in row["scores"].values())


def test_a_bank_alone_meeting_every_standard_at_the_benchmark_rate_scores_78() -> None:
    """25 (ratios) + 4 + 10 + 8 + 4 + 8 + 0 + 4 (benchmark rate) + 15 (shares) + 0 = 78."""
    result = rank([bank("甲")])
    assert result.ranking is not None
    assert D(78) == result.ranking[0]["total"]


# --- the rank rule -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tie_rule", "expected"),
    [
        ("dense", {"甲": "5", "乙": "5", "丙": "4.9", "丁": "4.8"}),
        ("competition", {"甲": "5", "乙": "5", "丙": "4.8", "丁": "4.7"}),
    ],
)
def test_equal_values_share_a_tier_under_both_tie_rules(tie_rule: str, expected: dict[str, str]) -> None:
    """ "如数值相同，按同档计分": 14, 14, 13, 12 → dense 1,1,2,3; competition 1,1,3,4."""
    banks = [bank(n, capital_adequacy_ratio=v) for n, v in [("甲", "14"), ("乙", "14"), ("丙", "13"), ("丁", "12")]]
    assert {k: D(v) for k, v in expected.items()} == scores_of(rank(banks, tie_rule=tie_rule), "capital_adequacy_ratio")


def test_the_default_tie_rule_is_dense() -> None:
    """tie_rule defaults to dense."""
    banks = [bank(n, capital_adequacy_ratio=v) for n, v in [("甲", "14"), ("乙", "14"), ("丙", "13")]]
    assert D("4.9") == scores_of(rank(banks), "capital_adequacy_ratio")["丙"]


def test_with_twelve_banks_the_rank_point_reaches_zero_and_stays_there() -> None:
    """1, 0.9, …, 0.1, then 0 for the 11th and (not −0.1) for the 12th: scores 5 … 4.1, 4, 4."""
    banks = [bank(f"行{i:02d}", liquidity_ratio=str(100 - i)) for i in range(12)]
    actual = scores_of(rank(banks), "liquidity_ratio")
    expected = [D(5) - D("0.1") * i for i in range(11)] + [D(4)]
    assert expected == [actual[f"行{i:02d}"] for i in range(12)]


def test_npl_ratio_ranks_lowest_first() -> None:
    """ "按照不良贷款率进行递增排名": 1.0% first, 2.0% second."""
    banks = [bank("甲", npl_ratio="2"), bank("乙", npl_ratio="1")]
    assert {"甲": D("4.9"), "乙": D(5)} == scores_of(rank(banks), "npl_ratio")


@pytest.mark.parametrize(
    ("indicator", "meets", "fails"),
    [
        ("capital_adequacy_ratio", "10.5", "10.49"),
        ("npl_ratio", "5", "5.01"),
        ("provision_coverage_ratio", "150", "149.99"),
        ("liquidity_coverage_ratio", "100", "99.99"),
        ("liquidity_ratio", "25", "24.99"),
    ],
)
def test_the_regulatory_standard_is_met_at_its_value_and_not_beyond(indicator: str, meets: str, fails: str) -> None:
    """ "达到监管标准": 10.5% / 5% / 150% / 100% / 25% are met; a hundredth worse is not."""
    result = rank([bank("甲", **{indicator: meets}), bank("乙", **{indicator: fails})])
    assert {"甲": D(5), "乙": D(0)} == scores_of(result, indicator)


def test_a_bank_below_the_standard_scores_zero_and_does_not_take_a_rank_place() -> None:
    """Reading: only banks that meet the standard are ranked: 14% first, 12% second; 10% below 10.5% → 0."""
    banks = [
        bank("甲", capital_adequacy_ratio="14"),
        bank("乙", capital_adequacy_ratio="10"),
        bank("丙", capital_adequacy_ratio="12"),
    ]
    result = rank(banks)
    assert {"甲": D(5), "乙": D(0), "丙": D("4.9")} == scores_of(result, "capital_adequacy_ratio")
    assert "rank_among_qualified" in [n.code for n in result.notes]


def test_a_bank_specific_standard_replaces_the_default() -> None:
    """Provision coverage set bank by bank: 140% meets a 130% requirement, not the default 150%."""
    banks = [
        bank("甲", provision_coverage_ratio="140", standards={"provision_coverage_ratio": "130"}),
        bank("乙", provision_coverage_ratio="140"),
    ]
    assert {"甲": D(5), "乙": D(0)} == scores_of(rank(banks), "provision_coverage_ratio")


# --- judged items, information system, innovative services ---------------------------------------


def test_judged_items_give_the_base_plus_the_evaluators_extra() -> None:
    """内部控制 4 + 0.7; 资金支付 4 + 1 and 对账 4 + 0.3 → 9.3; 以往履约 8 + 1.5."""
    result = rank(
        [
            bank(
                "甲",
                internal_control={"meets": True, "extra": "0.7"},
                payment_service={"meets": True, "extra": "1"},
                reconciliation_service={"meets": True, "extra": "0.3"},
                past_performance={"meets": True, "extra": "1.5"},
            )
        ]
    )
    assert D("4.7") == scores_of(result, "internal_control")["甲"]
    assert D("9.3") == scores_of(result, "payment_and_reconciliation")["甲"]
    assert D("9.5") == scores_of(result, "past_performance")["甲"]


def test_a_judged_item_not_met_scores_nothing_even_with_an_extra() -> None:
    """Reading: the extra is above the base; without the base there is no extra (noted)."""
    result = rank([bank("甲", sub_account_service={"meets": False, "extra": "1"})])
    assert D(0) == scores_of(result, "sub_account_service")["甲"]
    assert "extra_needs_base" in [n.code for n in result.notes]


def test_the_information_system_gets_8_plus_2_by_rank_among_banks_that_meet() -> None:
    """First 2, then 0.1 less per place; a bank that does not meet scores 0 and takes no place."""
    banks = [
        bank("甲", information_system={"meets": True, "rating": "90"}),
        bank("乙", information_system={"meets": False, "rating": "99"}),
        bank("丙", information_system={"meets": True, "rating": "80"}),
        bank("丁", information_system={"meets": True, "rating": "80"}),
    ]
    assert {"甲": D(10), "乙": D(0), "丙": D("9.9"), "丁": D("9.9")} == scores_of(rank(banks), "information_system")


@pytest.mark.parametrize(("count", "expected"), [(0, 0), (1, 1), (5, 5), (6, 5), (40, 5)])
def test_innovative_services_score_1_each_at_most_5(count: int, expected: int) -> None:
    """ "每项1分,最高5分"."""
    assert D(expected) == scores_of(rank([bank("甲", innovative_services=count)]), "innovative_services")["甲"]


# --- contribution shares -------------------------------------------------------------------------


def test_a_share_is_3_times_the_value_over_the_largest() -> None:
    """3 × 50 ÷ 150 = 1; 3 × 100 ÷ 150 = 2; the largest gets 3."""
    banks = [bank("甲", sme_loan_balance="150"), bank("乙", sme_loan_balance="100"), bank("丙", sme_loan_balance="50")]
    assert {"甲": D(3), "乙": D(2), "丙": D(1)} == scores_of(rank(banks), "sme_loans")


def test_a_share_that_does_not_divide_evenly_is_rounded_to_the_hundredth() -> None:
    """3 × 1 ÷ 3 = 1; 3 × 2 ÷ 3 = 2; 3 × 1 ÷ 7 = 0.428… → 0.43."""
    banks = [bank("甲", agri_loan_balance="7"), bank("乙", agri_loan_balance="1")]
    assert {"甲": D(3), "乙": D("0.43")} == scores_of(rank(banks), "agri_loans")


def test_a_negative_loan_increase_scores_zero() -> None:
    """ "如贷款增量为负数, 则此项分值为零"."""
    banks = [bank("甲", loan_increase="200"), bank("乙", loan_increase="-50"), bank("丙", loan_increase="0")]
    assert {"甲": D(3), "乙": D(0), "丙": D(0)} == scores_of(rank(banks), "loan_increase")


@pytest.mark.parametrize("values", [("-10", "-20"), ("0", "-5"), ("0", "0")])
def test_when_no_bank_has_a_positive_increase_everyone_scores_zero(values: tuple[str, str]) -> None:
    """The largest is 0 or negative: no division, every bank 0, and a note."""
    result = rank([bank("甲", loan_increase=values[0]), bank("乙", loan_increase=values[1])])
    assert {"甲": D(0), "乙": D(0)} == scores_of(result, "loan_increase")
    assert "contribution_no_positive_value" in [n.code for n in result.notes]


def test_when_every_loan_balance_is_zero_everyone_scores_zero() -> None:
    """A zero largest value gives 0, never a division by zero."""
    result = rank([bank("甲", loan_balance="0"), bank("乙", loan_balance="0")])
    assert {"甲": D(0), "乙": D(0)} == scores_of(result, "loan_balance")


# --- the template --------------------------------------------------------------------------------


def test_a_customised_template_changes_points_standards_and_adds_an_indicator() -> None:
    """Capital 10 points and 11.5%; rate 15; other 0; "绿色金融" 5: 110 points, noted."""
    banks = [
        bank("甲", capital_adequacy_ratio="12", deposit_rate={"offered_rate": "1.65", "term": "1y"}, other="4",
             added_scores=[{"indicator": "green", "score": "5"}]),
        bank("乙", capital_adequacy_ratio="11", deposit_rate={"offered_rate": "1.80", "term": "1y"}, other="4",
             added_scores=[{"indicator": "green", "score": "2.5"}]),
    ]  # fmt: skip
    template = {
        "points": {"capital_adequacy_ratio": "10", "deposit_rate": "15", "other": "0"},
        "standards": {"capital_adequacy_ratio": "11.5"},
        "added": [{"key": "green", "title": "绿色金融", "points": "5"}],
    }
    result = rank(banks, template=template)
    # 甲: capital 5 × 10 ÷ 5 = 10; 乙 11% < 11.5% → 0. Rates: 10% → 6 × 15 ÷ 10 = 9; 20% → 8 × 1.5 = 12.
    assert {"甲": D(10), "乙": D(0)} == scores_of(result, "capital_adequacy_ratio")
    assert {"甲": D(9), "乙": D(12)} == scores_of(result, "deposit_rate")
    assert {"甲": D(0), "乙": D(0)} == scores_of(result, "other")
    assert {"甲": D(5), "乙": D("2.5")} == scores_of(result, "green")
    notes = {n.code: n.message for n in result.notes}
    assert "110" in notes["template_total"]
    assert "template_scaled" in notes
    assert {"indicator": "green", "title": "绿色金融", "points": D(5), "annex_points": None} == result.breakdown[-1]


def test_a_template_that_still_totals_100_gives_no_total_note() -> None:
    """Rate 15 and other 0: 100 points, no template_total note."""
    result = rank([bank("甲")], template={"points": {"deposit_rate": "15", "other": "0"}})
    assert "template_total" not in [n.code for n in result.notes]


def test_the_default_template_is_the_annex_and_totals_100() -> None:
    """30 + 40 + 10 + 15 + 5 = 100, shown per indicator in the breakdown."""
    result = rank([bank("甲")])
    assert D(100) == sum((row["points"] for row in result.breakdown), Decimal(0))
    assert "template_total" not in [n.code for n in result.notes]


# --- order and bad input -------------------------------------------------------------------------


def test_equal_totals_share_a_rank_and_the_next_bank_skips_a_place() -> None:
    """Ranks 1, 1, 3; equal totals listed by name."""
    banks = [bank("丙", other="1"), bank("乙", other="2"), bank("甲", other="2")]
    result = rank(banks)
    assert result.ranking is not None
    assert [("乙", 1), ("甲", 1), ("丙", 3)] == [(row["name"], row["rank"]) for row in result.ranking]


def test_the_typed_function_takes_the_payload_names() -> None:
    """score_banks(banks=..., as_of=...)."""
    result = score_banks(banks=[bank("甲")], as_of=dt.date(2020, 1, 1))
    assert result.ranking is not None
    assert "甲" == result.ranking[0]["name"]


def errors(payload: dict[str, Any]) -> list[tuple[str, str]]:
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate("banking.score_banks", {"as_of": "2019-12-02", **payload})
    return [(p.field, p.code) for p in caught.value.errors]


def test_duplicate_bank_names_are_refused() -> None:
    """Names identify the banks in the ranking."""
    assert [("banks[2].name", "invalid_choice")] == errors({"banks": [bank("甲"), bank("乙"), bank("甲")]})


def test_an_empty_bank_list_is_refused() -> None:
    """Nothing to score."""
    assert [("banks", "out_of_range")] == errors({"banks": []})


def test_at_most_1000_banks_a_bound_of_ours_not_of_the_law() -> None:
    """1,000 banks are read; the 1,001st makes the list too long, reported on the list itself."""
    calc = get("banking.score_banks")
    many = [bank(f"行{i:04d}") for i in range(1001)]
    assert 1000 == len(calc.structure({"banks": many[:1000], "as_of": "2019-12-02"}).banks)
    assert [("banks", "out_of_range")] == errors({"banks": many})


def test_ratios_that_are_not_numbers_are_refused_with_their_paths() -> None:
    """invalid_number for text, type for a boolean."""
    banks = [bank("甲", npl_ratio="high"), bank("乙", liquidity_ratio=True)]
    assert [("banks[0].npl_ratio", "invalid_number"), ("banks[1].liquidity_ratio", "type")] == errors({"banks": banks})


@pytest.mark.parametrize(
    ("item", "extra"), [("internal_control", "1.01"), ("payment_service", "2"), ("past_performance", "2.1")]
)
def test_an_extra_beyond_its_bound_is_refused(item: str, extra: str) -> None:
    """ "其余1分" / "其余2分": the evaluators' share is at most 1 (2 for past performance)."""
    assert [(f"banks[0].{item}.extra", "out_of_range")] == errors(
        {"banks": [bank("甲", **{item: {"meets": True, "extra": extra}})]}
    )


def test_an_extra_at_its_bound_is_accepted() -> None:
    """2 is the bound of past performance: 8 + 2 = 10."""
    result = rank([bank("甲", past_performance={"meets": True, "extra": "2"})])
    assert D(10) == scores_of(result, "past_performance")["甲"]


def test_other_beyond_5_is_refused() -> None:
    """五、其他 is worth 5 points."""
    assert [("banks[0].other", "out_of_range")] == errors({"banks": [bank("甲", other="5.5")]})


def test_an_unknown_tie_rule_is_refused() -> None:
    """tie_rule is dense or competition."""
    assert [("tie_rule", "invalid_choice")] == errors({"banks": [bank("甲")], "tie_rule": "olympic"})


def test_an_unknown_term_is_refused() -> None:
    """The deposit term must be one of the PBoC table's."""
    banks = [bank("甲", deposit_rate={"offered_rate": "1.5", "term": "4y"})]
    assert [("banks[0].deposit_rate.term", "invalid_choice")] == errors({"banks": banks})


def test_added_indicators_must_be_known_and_scored_by_every_bank() -> None:
    """An unknown indicator, a missing score and a score above the points are all reported."""
    template = {"added": [{"key": "green", "points": "5"}, {"key": "npl_ratio", "points": "1"}]}
    banks = [
        bank("甲", added_scores=[{"indicator": "green", "score": "6"}]),
        bank("乙", added_scores=[{"indicator": "blue", "score": "1"}]),
    ]
    expected = [
        ("template.added[1].key", "invalid_choice"),
        ("banks[0].added_scores[0].score", "out_of_range"),
        ("banks[1].added_scores[0].indicator", "invalid_choice"),
        ("banks[1].added_scores", "missing"),
    ]
    assert expected == errors({"banks": banks, "template": template})
