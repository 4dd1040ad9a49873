"""附件 三、利率水平 存款利率（10分）: "利率为同期基准利率得4分, 利率上浮0~10%得4~6分; 利率上浮10~20%得6~8分;
利率上浮20~30%得8~10分; 利率上浮超过30%得0分。" """

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

import qinzhou_calc as qc
from qinzhou_calc.banking import deposit_rate_score
from qinzhou_calc.banking._demo import FOUR_BANKS


def score(offered: str, term: str = "1y", **more: Any) -> Decimal | None:
    return qc.evaluate(
        "banking.deposit_rate_score", {"offered_rate": offered, "term": term, "as_of": "2019-11-01", **more}
    ).score


# One-year benchmark 1.50%: 1.65% is 10% above it, 1.80% 20%, 1.95% 30%.
@pytest.mark.parametrize(
    ("offered", "expected"),
    [
        ("1.50", "4"),  # the benchmark itself
        ("1.500015", "4.00"),  # just above: 0.001% → 4 + 2 × 0.001 ÷ 10 = 4.0002
        ("1.575", "5"),  # 5% → 4 + 2 × 5 ÷ 10
        ("1.65", "6"),  # 10%: the top of 4~6 and the bottom of 6~8 agree
        ("1.65015", "6.00"),  # 10.01% → 6.002
        ("1.80", "8"),  # 20%
        ("1.80015", "8.00"),  # 20.01% → 8.002
        ("1.95", "10"),  # 30%: the top of the last band, not "超过30%"
        ("1.95015", "0"),  # 30.01%: "超过30%得0分"
    ],
)
def test_each_band_scores_linearly_from_end_to_end(offered: str, expected: str) -> None:
    """Bands meet; inside each the score is linear in the float."""
    assert Decimal(expected) == score(offered)


def test_a_float_of_a_sixth_scores_seven_and_a_third_rounded() -> None:
    """1.75 ÷ 1.50 − 1 = 16.666…% → 6 + 2 × 6.666… ÷ 10 = 7.333… → 7.33."""
    assert Decimal("7.33") == score("1.75")


def test_a_score_exactly_on_the_half_hundredth_rounds_up() -> None:
    """1.500375 ÷ 1.50 − 1 = 0.025% → 4 + 2 × 0.025 ÷ 10 = 4.005 → 4.01 (四舍五入)."""
    assert Decimal("4.01") == score("1.500375")


@pytest.mark.parametrize(
    ("offered", "term"), [("0.385", "demand"), ("1.21", "3m"), ("1.43", "6m"), ("2.31", "2y"), ("3.025", "3y")]
)
def test_the_benchmark_is_the_pboc_rate_for_the_term(offered: str, term: str) -> None:
    """Benchmarks 0.35 / 1.10 / 1.30 / 2.10 / 2.75: each offer is 10% above → 6 points."""
    assert Decimal(6) == score(offered, term)


@pytest.mark.parametrize("offered", ["1.4985", "1.20", "0"])
def test_a_rate_below_the_benchmark_scores_zero(offered: str) -> None:
    """The table scores the benchmark and floats above it; below it is in no band → 0, with a note."""
    result = qc.evaluate("banking.deposit_rate_score", {"offered_rate": offered, "term": "1y", "as_of": "2020-01-01"})
    assert Decimal(0) == result.score
    assert "below_benchmark" in [n.code for n in result.notes]


@pytest.mark.parametrize(("offered", "expected"), [("1.80", "8"), ("1.80015", "0")])
def test_beyond_the_self_regulatory_ceiling_scores_zero(offered: str, expected: str) -> None:
    """ "超出协商约定范围的为0分": a float of 20% with a 20% ceiling is inside it; 20.01% is beyond."""
    assert Decimal(expected) == score(offered, ceiling_float="20")


def test_a_given_benchmark_replaces_the_pboc_table() -> None:
    """2.00 ÷ 1.60 − 1 = 25% → 8 + 2 × 5 ÷ 10 = 9."""
    result = qc.evaluate(
        "banking.deposit_rate_score",
        {"offered_rate": "2", "term": "1y", "benchmark_rate": "1.6", "as_of": "2020-01-01"},
    )
    assert Decimal(9) == result.score
    assert "benchmark_given" in [n.code for n in result.notes]
    assert Decimal(25) == result.breakdown[0]["float_percent"]


def test_the_result_cites_the_annex_and_shows_the_float() -> None:
    """Every result cites the annex row; steps show the division."""
    result = deposit_rate_score(offered_rate="1.80", term="1y", as_of=dt.date(2019, 11, 1))
    assert any(c.article.startswith("附件") for c in result.citations)
    assert "上浮幅度 = 1.8% ÷ 1.5% − 1 = 20%" in result.steps


def test_an_unknown_term_is_an_invalid_choice() -> None:
    """term is one of demand, 3m, 6m, 1y, 2y, 3y."""
    with pytest.raises(qc.InputError) as caught:
        score("1.5", term="5y")
    assert [("term", "invalid_choice")] == [(p.field, p.code) for p in caught.value.errors]


def test_a_zero_benchmark_is_refused_so_there_is_no_division_by_zero() -> None:
    """benchmark_rate must be above 0."""
    with pytest.raises(qc.InputError) as caught:
        score("1.5", benchmark_rate="0")
    assert [("benchmark_rate", "out_of_range")] == [(p.field, p.code) for p in caught.value.errors]


def test_each_bank_of_a_ranking_shows_the_deposit_rate_steps_of_the_calculator_alone() -> None:
    """A ranking reads the benchmark table and the bands once for all its banks: every bank still shows
    the steps the deposit-rate calculator shows for its offer alone, and the notes and citations of
    each kind of offer (a given benchmark after one from the table, a float in a band, below the
    benchmark, beyond a ceiling) are all there."""
    offers: list[dict[str, Any]] = [
        {"offered_rate": "1.75", "term": "1y"},
        {"offered_rate": "1.80", "term": "1y", "benchmark_rate": "1.60"},
        {"offered_rate": "1.20", "term": "1y"},
        {"offered_rate": "1.95", "term": "1y", "ceiling_float": "20"},
    ]
    banks = [{**bank, "deposit_rate": offer} for bank, offer in zip(FOUR_BANKS, offers, strict=True)]
    ranking = qc.evaluate("banking.score_banks", {"banks": banks, "as_of": "2019-12-02"})
    codes = {note.code for note in ranking.notes}
    assert {"benchmark_given", "rate_bands_continuous", "below_benchmark"} <= codes
    for bank, offer in zip(banks, offers, strict=True):
        alone = qc.evaluate("banking.deposit_rate_score", {**offer, "as_of": "2019-12-02"})
        prefix = f"存款利率：{bank['name']} "
        shown = [step for step in ranking.steps if step.startswith(prefix)]
        assert [prefix + step for step in alone.steps[1:-1]] == shown
        assert set(alone.citations) <= set(ranking.citations)
