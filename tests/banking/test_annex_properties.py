"""Properties of the annex's table that hold for any banks: bounds, monotonicity, order."""

from decimal import Decimal
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

import qinzhou_calc as qc
from qinzhou_calc.banking import INDICATORS
from tests.strategies import (
    band_offers,
    bank_lists,
    bank_ratios,
    ceiling_floats,
    deposit_rates,
    deposit_terms,
    json_values,
    payload_like,
    tie_rules,
)

# The annex's points per indicator (30 + 40 + 10 + 15 + 5).
ANNEX_POINTS = dict(zip(INDICATORS, [5, 5, 5, 5, 5, 5, 10, 10, 5, 10, 5, 10, 3, 3, 3, 3, 3, 5], strict=True))

RATIO_KEYS = [
    "capital_adequacy_ratio",
    "npl_ratio",
    "provision_coverage_ratio",
    "liquidity_coverage_ratio",
    "liquidity_ratio",
]


def rank(banks: list[dict[str, Any]], **more: Any) -> list[dict[str, Any]]:
    result = qc.evaluate("banking.score_banks", {"banks": banks, "as_of": "2020-01-01", **more})
    assert result.ranking is not None
    return [dict(row) for row in result.ranking]


@given(bank_lists, tie_rules)
def test_every_indicator_stays_within_its_points_and_the_total_within_100(
    banks: list[dict[str, Any]], tie_rule: str
) -> None:
    """0 ≤ score ≤ points for each indicator; 0 ≤ total ≤ 100; total = sum of scores."""
    for row in rank(banks, tie_rule=tie_rule):
        for key, points in ANNEX_POINTS.items():
            assert Decimal(0) <= row["scores"][key] <= points
        assert Decimal(0) <= row["total"] <= 100
        assert row["total"] == sum(row["scores"].values(), Decimal(0))


@given(bank_lists, st.integers(min_value=0, max_value=20), st.integers(min_value=0, max_value=20))
def test_a_customised_template_keeps_every_score_within_its_new_points(
    banks: list[dict[str, Any]], rate_points: int, other_points: int
) -> None:
    """With deposit_rate and other re-weighted, scores stay within the new points and totals within the sum."""
    template = {"points": {"deposit_rate": rate_points, "other": other_points}}
    limit = 100 - 10 - 5 + rate_points + other_points
    for row in rank(banks, template=template):
        assert Decimal(0) <= row["scores"]["deposit_rate"] <= rate_points
        assert Decimal(0) <= row["scores"]["other"] <= other_points
        assert Decimal(0) <= row["total"] <= limit


@given(bank_lists, st.sampled_from(RATIO_KEYS), bank_ratios, tie_rules)
def test_a_ratio_score_never_falls_when_the_banks_value_improves(
    banks: list[dict[str, Any]], key: str, better: Decimal, tie_rule: str
) -> None:
    """Others fixed, a better value (higher; lower for npl_ratio) never lowers the bank's score on that ratio."""
    first = banks[0]
    old = Decimal(first[key])
    improved = min(old, better) if key == "npl_ratio" else max(old, better)
    before = {row["name"]: row["scores"][key] for row in rank(banks, tie_rule=tie_rule)}
    after = {row["name"]: row["scores"][key] for row in rank([{**first, key: improved}, *banks[1:]], tie_rule=tie_rule)}
    assert before[first["name"]] <= after[first["name"]]


@given(bank_lists, st.randoms(use_true_random=False))
def test_the_ranking_does_not_depend_on_the_order_of_the_input(banks: list[dict[str, Any]], random: Any) -> None:
    """Shuffling the banks gives the same ranking, row for row."""
    shuffled = list(banks)
    random.shuffle(shuffled)
    assert rank(banks) == rank(shuffled)


@given(deposit_rates, deposit_terms, ceiling_floats)
def test_the_deposit_rate_score_is_between_0_and_10(offered: Decimal, term: str, ceiling: Decimal | None) -> None:
    """Every offer scores 0–10 points."""
    payload: dict[str, Any] = {"offered_rate": offered, "term": term, "as_of": "2020-01-01", "ceiling_float": ceiling}
    score = qc.evaluate("banking.deposit_rate_score", payload).score
    assert score is not None
    assert Decimal(0) <= score <= 10


@given(band_offers)
def test_inside_the_bands_a_higher_offer_never_scores_less(offered: Decimal) -> None:
    """From the benchmark to 30% above it, the score rises with the rate (the bands meet)."""

    def score(rate: Decimal) -> Decimal:
        value = qc.evaluate(
            "banking.deposit_rate_score", {"offered_rate": rate, "term": "1y", "as_of": "2020-01-01"}
        ).score
        assert value is not None
        return value

    assert score(offered) <= score(min(offered + Decimal("0.01"), Decimal("1.95")))


@given(
    payload_like(
        {
            "banks": bank_lists | st.lists(json_values, max_size=3),
            "template": json_values,
            "tie_rule": tie_rules,
            "as_of": st.just("2020-01-01"),
        }
    )
)
def test_score_banks_raises_only_input_errors(payload: dict[str, Any]) -> None:
    """Any payload gives a result or an InputError, nothing else."""
    (outcome,) = qc.evaluate_many("banking.score_banks", [payload])
    assert isinstance(outcome, (qc.Result, qc.InputError))


@given(
    st.sampled_from(
        [
            "banking.bank_eligibility",
            "banking.deposit_rate_score",
            "banking.selection_procedure",
            "banking.deposit_compliance",
        ]
    ),
    payload_like(
        {
            "bank": json_values,
            "offered_rate": deposit_rates,
            "term": deposit_terms,
            "method": st.sampled_from(["collective", "competitive"]),
            "candidate_banks": st.integers(),
            "committee_size": st.integers(),
            "account": st.sampled_from(["unit", "social_insurance"]),
            "product": st.sampled_from(["time", "demand"]),
            "as_of": st.just("2020-01-01"),
        }
    ),
)
def test_the_other_banking_calculators_raise_only_input_errors(name: str, payload: dict[str, Any]) -> None:
    """Any payload gives a result or an InputError, nothing else."""
    (outcome,) = qc.evaluate_many(name, [payload])
    assert isinstance(outcome, (qc.Result, qc.InputError))
