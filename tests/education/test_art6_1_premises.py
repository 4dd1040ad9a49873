"""第六条（一）: 120 元/m² for new teaching area (at most 500万, once); 60 元/m²·年 or the lower
contract rent for leased teaching area, 3 consecutive years, at most 100万 a year."""

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given

from qinzhou_calc.education import lease_subsidy, new_build_subsidy

from .. import strategies
from .helpers import error, note_codes, reason_codes, run, school


def new_build(area: str, **school_fields: Any) -> Any:
    return run("new_build_subsidy", school=school(**school_fields), new_teaching_area_m2=area)


def lease(area: str, rent: str, *, public_premises: bool = False, **school_fields: Any) -> Any:
    return run(
        "lease_subsidy",
        school=school(**school_fields),
        leased_teaching_area_m2=area,
        contract_rent_per_m2_year=rent,
        public_premises=public_premises,
    )


# --- new build -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("area", "expected"),
    [
        ("10000", "1200000.00"),  # 120 × 10000
        ("0.000125", "0.02"),  # 120 × 0.000125 = 0.015, half-up to 0.02
        ("41666.66", "4999999.20"),  # 120 × 41666.66, just below the cap
        ("41666.6667", "5000000.00"),  # 120 × 41666.6667 = 5000000.004 → the cap exactly
        ("41666.67", "5000000.00"),  # 120 × 41666.67 = 5000000.40, above the cap
        ("100000", "5000000.00"),  # 12,000,000 capped
    ],
)
def test_the_new_build_subsidy_is_120_yuan_a_square_metre_up_to_five_million(area: str, expected: str) -> None:
    """“按新建成教学建筑面积 120 元/m² 的标准给予一次性补助，单所学校补助最高不超过 500 万元”."""
    assert expected == new_build(area).to_dict()["amount"]


def test_the_cap_is_reported_as_the_maximum_and_its_step_is_shown() -> None:
    """The step says the cap was applied."""
    result = new_build("50000")
    assert "5000000.00" == result.to_dict()["maximum"]
    assert "120 元/m² × 50000 m² = 6000000.00 元（四舍五入到分）" in result.steps
    assert any("超过单所学校上限" in step for step in result.steps)


@pytest.mark.parametrize("kind", ["higher_vocational", "undergraduate"])
def test_higher_vocational_and_undergraduate_schools_never_get_the_new_build_subsidy(kind: str) -> None:
    """“（不含高职高专院校和本科院校）”."""
    result = new_build("10000", kind=kind, classes=60, students=5000)
    assert (False, "0.00") == (result.eligible, result.to_dict()["amount"])
    assert "excluded_school_type" in reason_codes(result)


def test_a_for_profit_school_gets_no_new_build_subsidy() -> None:
    """“对新引进的非营利性民办学校”."""
    result = new_build("10000", non_profit=False)
    assert (False, ["not_non_profit"]) == (result.eligible, reason_codes(result))


def test_a_school_below_the_size_of_article_2_gets_no_new_build_subsidy() -> None:
    """“达到规定条件和办学规模的”."""
    result = new_build("10000", students=539)
    assert (False, ["students_below_minimum"]) == (result.eligible, reason_codes(result))


def test_the_city_governments_approval_is_stated_as_a_precondition() -> None:
    """“由投资者申请，经市人民政府批准”: the library cannot see it, so it says so."""
    assert "city_approval_required" in note_codes(new_build("10000"))


@pytest.mark.parametrize(("area", "code"), [("-1", "negative"), ("0", "out_of_range"), ("abc", "invalid_number")])
def test_a_bad_area_is_refused_with_its_field(area: str, code: str) -> None:
    """Negative, zero or unreadable areas are input errors on new_teaching_area_m2."""
    assert [("new_teaching_area_m2", code)] == error("new_build_subsidy", school=school(), new_teaching_area_m2=area)


def test_a_bad_school_type_is_refused_with_its_field() -> None:
    """school.type must be one of API.md's types."""
    assert [("school.type", "invalid_choice")] == error(
        "new_build_subsidy", school=school("university"), new_teaching_area_m2="1"
    )


@given(strategies.teaching_areas, strategies.teaching_areas)
def test_the_new_build_subsidy_is_never_negative_never_above_the_cap_and_grows_with_the_area(
    a: Decimal, b: Decimal
) -> None:
    """0 ≤ amount ≤ 5,000,000, monotone in area."""
    small, large = sorted((a, b))
    low = new_build_subsidy(school=school(), new_teaching_area_m2=small, as_of="2021-06-30").amount
    high = new_build_subsidy(school=school(), new_teaching_area_m2=large, as_of="2021-06-30").amount
    assert low is not None
    assert high is not None
    assert Decimal(0) <= low <= high <= Decimal(5_000_000)


# --- lease ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("area", "rent", "yearly"),
    [
        ("3000", "50", "150000.00"),  # rent below 60: the actual rent, 50 × 3000
        ("3000", "59.99", "179970.00"),  # just below 60
        ("3000", "60", "180000.00"),  # exactly 60: the standard
        ("3000", "70", "180000.00"),  # above 60: the standard, 60 × 3000
        ("3000", "0", "0.00"),  # rent-free premises: the actual rent is nothing
        ("20000", "50", "1000000.00"),  # 50 × 20000: the yearly cap exactly
        ("20000.01", "50", "1000000.00"),  # 1,000,000.50 capped
        ("16666.67", "80", "1000000.00"),  # 60 × 16666.67 = 1,000,000.20 capped
    ],
)
def test_the_lease_subsidy_is_the_lower_of_60_yuan_and_the_rent_for_three_years(
    area: str, rent: str, yearly: str
) -> None:
    """“60 元/m²·年……连续 3 年……合同租金低于 60 元/m²·年的，按实际租金……每年最高不超过 100 万元”."""
    result = lease(area, rent)
    data = result.to_dict()
    assert [yearly] * 3 == [row["amount"] for row in data["breakdown"]]
    assert [1, 2, 3] == [row["year"] for row in data["breakdown"]]
    assert f"{Decimal(yearly) * 3:.2f}" == data["amount"]


def test_a_school_in_publicly_built_premises_run_privately_gets_no_lease_subsidy() -> None:
    """“公建民营学校租用公建校舍办学的不在补助范围内”."""
    result = lease("3000", "50", public_premises=True)
    data = result.to_dict()
    assert (False, ["public_premises"], "0.00") == (result.eligible, reason_codes(result), data["amount"])
    assert ["0.00"] * 3 == [row["amount"] for row in data["breakdown"]]


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"kind": "higher_vocational", "classes": 40, "students": 2000}, "excluded_school_type"),
        ({"non_profit": False}, "not_non_profit"),
        ({"terminated": True}, "terminated"),
    ],
)
def test_the_lease_subsidy_has_the_conditions_of_the_incentive_it_belongs_to(fields: dict[str, Any], code: str) -> None:
    """Reading: the lease subsidy is part of the "以奖代补" of 第六条（一）, with its conditions."""
    result = lease("3000", "50", **fields)
    assert code in reason_codes(result)
    assert "lease_is_part_of_incentive" in note_codes(result)


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (
            {"leased_teaching_area_m2": "-5", "contract_rent_per_m2_year": "50"},
            [("leased_teaching_area_m2", "negative")],
        ),
        (
            {"leased_teaching_area_m2": "5", "contract_rent_per_m2_year": "-1"},
            [("contract_rent_per_m2_year", "negative")],
        ),
        ({"leased_teaching_area_m2": "5"}, [("contract_rent_per_m2_year", "missing")]),
    ],
)
def test_bad_lease_input_is_refused_with_its_field(payload: dict[str, Any], expected: list[tuple[str, str]]) -> None:
    """Negative areas and rents, missing rent."""
    assert expected == error("lease_subsidy", school=school(), **payload)


@given(strategies.teaching_areas, strategies.money)
def test_the_lease_breakdown_sums_to_the_amount_and_stays_under_three_yearly_caps(area: Decimal, rent: Decimal) -> None:
    """Never negative, at most 3 × 1,000,000, and the three rows add up to the amount."""
    result = lease_subsidy(
        school=school(), leased_teaching_area_m2=area, contract_rent_per_m2_year=rent, as_of="2021-06-30"
    )
    assert result.amount is not None
    assert Decimal(0) <= result.amount <= Decimal(3_000_000)
    assert result.amount == sum((row["amount"] for row in result.breakdown), Decimal(0))
