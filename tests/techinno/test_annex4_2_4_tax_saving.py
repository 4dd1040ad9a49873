"""附件4 二（四）: a high-tech enterprise pays enterprise income tax at 15% instead of 25%."""

# House style puts the expected value first (assert expected == actual); SIM300 would flip it.

from decimal import Decimal

import pytest
from hypothesis import given

import qinzhou_calc as qc
from tests import strategies

from ._support import problems

NAME = "techinno.hte_tax_saving"


@pytest.mark.parametrize(
    ("income", "at_25", "at_15", "saving"),
    [
        ("1000000", "250000.00", "150000.00", "100000.00"),
        # 1234567.89 × 25% = 308641.9725 → 308641.97; × 15% = 185185.1835 → 185185.18
        ("1234567.89", "308641.97", "185185.18", "123456.79"),
        # 0.02 × 25% = 0.005 → 0.01 (half-up); × 15% = 0.003 → 0.00
        ("0.02", "0.01", "0.00", "0.01"),
        # 0.06 × 25% = 0.015 → 0.02; × 15% = 0.009 → 0.01
        ("0.06", "0.02", "0.01", "0.01"),
        ("0", "0.00", "0.00", "0.00"),
    ],
)
def test_the_saving_is_the_tax_at_25_percent_less_the_tax_at_15_percent(
    income: str, at_25: str, at_15: str, saving: str
) -> None:
    """ "减按15%的税率征收企业所得税"; 企业所得税法 第四条 "企业所得税的税率为25%"."""
    data = qc.evaluate(NAME, {"taxable_income": income, "as_of": "2020-05-31"}).to_dict()
    assert saving == data["amount"]
    assert [at_25, at_15] == [row["tax_amount"] for row in data["breakdown"]]
    assert ["25", "15"] == [row["rate_percent"] for row in data["breakdown"]]


def test_both_the_plan_and_the_tax_law_are_cited() -> None:
    """The 25% comes from 企业所得税法 第四条, the 15% from its 第二十八条, which 附件4 二（四） undertakes to apply."""
    data = qc.evaluate(NAME, {"taxable_income": "100", "as_of": "2020-05-31"}).to_dict()
    assert {
        ("中华人民共和国企业所得税法", "第四条", "第一款"),
        ("中华人民共和国企业所得税法", "第二十八条", "第二款"),
        ("钦政发〔2019〕17号", "附件4 二", "（四）"),
    } == {(c["document"], c["article"], c["clause"]) for c in data["citations"]}


def test_the_15_percent_is_cited_with_the_statute_s_words() -> None:
    """企业所得税法 第二十八条第二款："国家需要重点扶持的高新技术企业，减按15%的税率征收企业所得税。"（原文）"""
    data = qc.evaluate(NAME, {"taxable_income": "100", "as_of": "2020-05-31"}).to_dict()
    [article_28] = [c for c in data["citations"] if c["article"] == "第二十八条"]
    assert "国家需要重点扶持的高新技术企业，减按15%的税率征收企业所得税。" == article_28["text"]


@pytest.mark.parametrize(("as_of", "noted"), [("2019-10-21", True), ("2019-10-22", False), ("2021-06-30", False)])
def test_a_year_before_the_plan_was_issued_carries_the_applies_from_2019_note(as_of: str, noted: bool) -> None:
    """As the other calculators of the plan: from 2019-01-01, with a note before the issue date 2019-10-22."""
    data = qc.evaluate(NAME, {"taxable_income": "100", "as_of": as_of}).to_dict()
    assert noted == ("applies_from_2019" in {n["code"] for n in data["notes"]})


OUTSIDE_PLAN = "techinno.hte_tax_saving.outside_plan"
REFUSED = {OUTSIDE_PLAN: "refused"}


@pytest.mark.parametrize(
    ("as_of", "noted"),
    [
        ("2008-01-01", True),
        ("2018-12-31", True),
        ("2019-01-01", False),
        ("2021-12-31", False),
        ("2022-01-01", True),
        ("2025-05-31", True),
    ],
)
def test_outside_the_plan_at_either_end_the_statute_applies_and_the_saving_is_computed_with_a_note(
    as_of: str, noted: bool
) -> None:
    """By default (statute): 1,000,000 × 25% − 1,000,000 × 15% = 100,000 in any year from 2008, the
    first year of 企业所得税法; outside 2019–2021 the note names the reading."""
    data = qc.evaluate(NAME, {"taxable_income": "1000000", "as_of": as_of}).to_dict()
    assert "100000.00" == data["amount"]
    notes = {n["code"]: n for n in data["notes"]}
    assert noted == ("statute_outside_plan" in notes)
    if noted:
        assert OUTSIDE_PLAN == notes["statute_outside_plan"]["reading"]
        assert [{"code": OUTSIDE_PLAN, "option": "statute", "default": True}] == data["readings"]
    else:
        assert OUTSIDE_PLAN not in {r["code"] for r in data["readings"]}


@pytest.mark.parametrize(("tax_year", "end"), [(2018, "开始之前"), (2023, "届满之后")])
def test_a_tax_year_before_and_after_the_plan_is_treated_alike(tax_year: int, end: str) -> None:
    """2018 and 2023, dated by 31 December: 2,000,000 × 10% = 200,000 both, each with the note."""
    payload = {"taxable_income": "2000000", "tax_year": tax_year, "decision_date": f"{tax_year + 1}-05-31"}
    data = qc.evaluate(NAME, payload).to_dict()
    assert "200000.00" == data["amount"]
    [note] = [n for n in data["notes"] if n["code"] == "statute_outside_plan"]
    assert f"{tax_year}-12-31 在方案期间{end}" in note["message"]


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"as_of": "2018-12-31"}, "as_of"),
        ({"as_of": "2022-01-01"}, "as_of"),
        ({"tax_year": 2018, "decision_date": "2019-05-31"}, "tax_year"),
        ({"tax_year": 2022, "decision_date": "2023-05-31"}, "tax_year"),
    ],
)
def test_with_the_refused_option_a_date_outside_the_plan_is_not_in_force_at_both_ends(
    payload: dict[str, object], field: str
) -> None:
    """refused: only 2019-01-01 to 2021-12-31, the plan's period, at both ends alike."""
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate(NAME, {"taxable_income": "100", **payload}, readings=REFUSED)
    assert [(field, "not_in_force")] == [(p.field, p.code) for p in caught.value.errors]
    assert "2019-01-01 至 2021-12-31" in caught.value.errors[0].message


@pytest.mark.parametrize("as_of", ["2019-01-01", "2021-12-31"])
def test_with_the_refused_option_the_plan_s_own_years_are_computed(as_of: str) -> None:
    """The first and last day of the plan: 100 × 25% − 100 × 15% = 25.00 − 15.00 = 10.00."""
    data = qc.evaluate(NAME, {"taxable_income": "100", "as_of": as_of}, readings=REFUSED).to_dict()
    assert "10.00" == data["amount"]


def test_before_the_statute_nothing_is_computed() -> None:
    """企业所得税法 第六十条: in force from 2008-01-01; 2007 is not_in_force under either option."""
    assert [("as_of", "not_in_force")] == problems(NAME, {"taxable_income": "100", "as_of": "2007-12-31"})


def test_the_comparison_shows_the_statute_and_the_refusal() -> None:
    """2023: 200,000.00 by default; refused gives the error."""
    [row] = qc.compare_readings(NAME, {"taxable_income": "2000000", "as_of": "2023-05-31"})
    assert OUTSIDE_PLAN == row["code"]
    [statute, refused] = row["options"]
    assert ("statute", "200000.00") == (statute["key"], statute["outcome"]["amount"])
    assert "not_in_force" == refused["outcome"]["error"]["errors"][0]["code"]


def test_a_negative_taxable_income_is_refused() -> None:
    """A loss is not a taxable income."""
    assert [("taxable_income", "negative")] == problems(NAME, {"taxable_income": "-1", "as_of": "2020-05-31"})


@given(income=strategies.money)
def test_the_saving_is_never_negative_and_within_a_fen_of_ten_percent(income: Decimal) -> None:
    """Two roundings: the saving is 10% of the income give or take one fen."""
    result = qc.evaluate(NAME, {"taxable_income": income, "as_of": "2020-05-31"})
    assert result.amount is not None
    assert result.amount >= 0
    assert abs(result.amount - income / 10) <= Decimal("0.01")


@given(a=strategies.techinno_whole_yuan, b=strategies.techinno_whole_yuan)
def test_the_saving_is_linear_in_whole_yuan(a: Decimal, b: Decimal) -> None:
    """For whole-yuan incomes neither tax needs rounding, so the saving is exactly additive."""

    def saving(income: Decimal) -> Decimal:
        amount = qc.evaluate(NAME, {"taxable_income": income, "as_of": "2020-05-31"}).amount
        assert amount is not None
        return amount

    assert saving(a) + saving(b) == saving(a + b)
