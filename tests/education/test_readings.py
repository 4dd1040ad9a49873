"""The readings of 钦政办规〔2019〕11号 that every result states: whose fund (第六条、第十条), the
policy's period near its ends (第十二条), for-profit schools (第六条 总述), "在此基础上" (第六条（三）),
one rent for the three years (第六条（一）), and the LPR beside the PBoC rate (第六条（五））."""

from decimal import Decimal
from typing import Any

import pytest

import qinzhou_calc as qc

from .helpers import reason_codes, run, school


def _codes(result: Any) -> set[str]:
    return {note.code for note in result.notes}


def _county(**fields: Any) -> dict[str, Any]:
    return {**school(**fields), "jurisdiction": "county"}


# Each 第六条 calculator with a payload it would grant for a city school.
SUPPORTS: list[tuple[str, dict[str, Any]]] = [
    ("new_build_subsidy", {"new_teaching_area_m2": "1000"}),
    ("lease_subsidy", {"leased_teaching_area_m2": "1000", "contract_rent_per_m2_year": "50"}),
    ("purchased_places_subsidy", {"enrolled_students": 100, "per_student_standard": "650"}),
    (
        "teacher_insurance_subsidy",
        {"operating_since": "2015-09-01", "contributions": {"pension": "100000"}},
    ),
]


@pytest.mark.parametrize(("name", "payload"), SUPPORTS)
def test_a_city_school_is_supported_from_the_city_fund(name: str, payload: dict[str, Any]) -> None:
    """第六条: "专项用于扶持市本级管辖的民办学校" — jurisdiction defaults to city."""
    result = run(name, school=school(), **payload)
    assert result.eligible is True
    assert "county_may_follow" not in _codes(result)


@pytest.mark.parametrize(("name", "payload"), SUPPORTS)
def test_a_county_school_is_not_supported_from_the_city_fund_and_told_of_article_10(
    name: str, payload: dict[str, Any]
) -> None:
    """第十条: "本政策涉及的扶持标准，各县区可参照执行" — the county may, from its own funds."""
    result = run(name, school=_county(), **payload)
    assert result.eligible is False
    assert "county_school" in reason_codes(result)
    assert "county_may_follow" in _codes(result)
    assert {"第六条", "第十条"} <= {c.article for c in result.citations}
    assert 0 == result.amount


def test_a_county_kindergarten_gets_no_city_award_or_per_pupil_subsidy() -> None:
    """The same for 第六条（二） and the inclusive kindergartens of 第六条（三）."""
    kindergarten = _county(kind="kindergarten", classes=9, students=270)
    award = run("quality_award", school=kindergarten, award="city_demo_kindergarten", inclusive_kindergarten=True)
    pupils = run("inclusive_kindergarten_subsidy", school=kindergarten)
    assert ["county_school"] == reason_codes(award)
    assert ["county_school"] == reason_codes(pupils)


def test_a_county_school_is_within_the_scope_of_article_2() -> None:
    """第二条 covers "钦州市行政区域内" schools: the jurisdiction only matters for the city's fund."""
    assert run("scale_eligibility", school=_county()).eligible is True


def test_the_purchased_places_result_is_the_extra_part_only() -> None:
    """第六条（三）"在此基础上": 200 × 650 × 50% = 65,000 on top of the base purchase fee, not including it."""
    result = run("purchased_places_subsidy", school=school(), enrolled_students=200, per_student_standard="650")
    assert 65000 == result.amount
    assert "purchased_places_extra_part" in _codes(result)


def test_the_lease_subsidy_says_one_rent_was_applied_to_all_three_years() -> None:
    """第六条（一）"连续 3 年": the rent given is each year's; 50 × 1000 m² = 50,000 a year, 150,000 in all."""
    result = run("lease_subsidy", school=school(), leased_teaching_area_m2="1000", contract_rent_per_m2_year="50")
    assert 150000 == result.amount
    assert "one_rent_all_years" in _codes(result)


# --- 第十二条: "自公布之日起执行，有效期 5 年" ----------------------------------------------------------


@pytest.mark.parametrize(
    ("as_of", "noted"),
    [
        ("2019-11-22", True),  # the first day
        ("2020-02-19", True),  # day 90 after the start
        ("2020-02-20", False),
        ("2022-06-30", False),
        ("2024-08-23", False),
        ("2024-08-24", True),  # within 90 days of 2024-11-21
        ("2024-11-21", True),  # the last day
    ],
)
def test_the_reading_of_the_start_date_is_noted_near_either_end(as_of: str, noted: bool) -> None:
    """ "公布之日" is the notice's date 2019-11-22, not the gazette's; said on results near the ends."""
    result = run("scale_eligibility", school=school(), as_of=as_of)
    assert noted == ("start_on_notice_date" in _codes(result))


# --- for-profit schools ----------------------------------------------------------------------------


def test_every_result_for_a_for_profit_school_states_the_reading() -> None:
    """第六条 "重点扶持非营利性民办学校": a clause naming 非营利性 refuses, one saying 民办学校 does not."""
    refused = run("new_build_subsidy", school=school(non_profit=False), new_teaching_area_m2="1000")
    granted = run(
        "quality_award",
        school=school(kind="senior_high", classes=18, students=900, non_profit=False),
        award="regional_demo_high_school",
    )
    assert "not_non_profit" in reason_codes(refused)
    assert granted.eligible is True
    assert 200000 == granted.amount
    assert "for_profit_school" in _codes(refused)
    assert "for_profit_school" in _codes(granted)


def test_a_non_profit_school_does_not_carry_the_for_profit_note() -> None:
    result = run("new_build_subsidy", school=school(), new_teaching_area_m2="1000")
    assert "for_profit_school" not in _codes(result)


# --- 第六条（五）: the LPR beside the PBoC benchmark ------------------------------------------------


LOAN: dict[str, Any] = {
    "school": school(classes=18, students=800),
    "main_urban_area": True,
    "operating_since": "2015-09-01",
    "investment": "3500000",
    "equipment": "0",
    "loan": {
        "principal": "1000000",
        "drawn_on": "2020-01-01",
        "term_months": 36,
        "repayments": [{"date": "2021-07-01", "amount": "400000"}],
    },
    "period": {"from": "2020-01-01", "to": "2021-12-31"},
    "as_of": "2022-03-01",
}


def test_the_lpr_alternative_is_computed_for_the_case_at_hand() -> None:
    """Worked by hand, actual/360, 1-year LPR (loan of 36 months):
    2020: 1,000,000 × (50 d × 4.15% + 60 d × 4.05% + 256 d × 3.85%) ÷ 360 = 39,891.67;
    2021: (1,000,000 × 181 d + 600,000 × 172 d) × 3.85% ÷ 360 + 600,000 × 12 d × 3.80% ÷ 360 = 31,153.61;
    71,045.28 in all, against 86,740.28 at the benchmark 4.75%: 15,695.00 less."""
    result = run("loan_interest_subsidy", **LOAN)
    [note] = [n for n in result.notes if n.code == "lpr_alternative"]
    assert "71045.28 元" in note.message
    assert "86740.28 元少 15695.00 元" in note.message
    assert Decimal("86740.28") == result.amount


def test_before_the_lpr_reform_the_note_says_there_is_nothing_to_compare() -> None:
    """The reformed LPR is quoted from 2019-08-20."""
    payload = {
        **LOAN,
        "loan": {"principal": "360000", "drawn_on": "2015-01-01", "term_months": 12},
        "period": None,
        "as_of": "2020-01-06",
    }
    included = {"education.loan.interest_before_policy": "included"}
    result = qc.evaluate("education.loan_interest_subsidy", payload, readings=included)
    [note] = [n for n in result.notes if n.code == "lpr_alternative"]
    assert "无从比较" in note.message


def test_no_lpr_note_when_the_caller_chose_the_rate() -> None:
    """With rate_source = lpr or an annual_rate given there is no alternative to show."""
    assert "lpr_alternative" not in _codes(run("loan_interest_subsidy", **{**LOAN, "rate_source": "lpr"}))
    assert "lpr_alternative" not in _codes(run("loan_interest_subsidy", **{**LOAN, "annual_rate": "4"}))
