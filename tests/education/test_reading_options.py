"""Every option of every reading of 钦政办规〔2019〕11号 (but the two with files of their own: the
interest before the policy, in test_art6_5_loan_interest.py, and the last day, in test_art12_in_force.py),
each with its outcome worked by hand and its note naming the reading."""

from typing import Any

import pytest

import qinzhou_calc as qc

from .helpers import AS_OF, school

DEFAULTS = {
    "education.fund.county_school": "city_fund_only",
    "education.lease.incentive_conditions": "incentive_conditions",
    "education.places.base_fee": "extra_part_only",
    "education.running.years_reached": "on_last_day",
    "education.scope.size_for_every_support": "applies",
    "education.scope.undergraduate_size": "no_size_condition",
    "education.support.for_profit_school": "emphasis",
}


def _evaluate(name: str, code: str, option: str | None, **payload: Any) -> dict[str, Any]:
    payload.setdefault("as_of", AS_OF)
    readings = None if option is None else {code: option}
    data = qc.evaluate(f"education.{name}", payload, readings=readings).to_dict()
    used = {r["code"]: r for r in data["readings"]}
    chosen = option or DEFAULTS[code]
    assert {"code": code, "option": chosen, "default": chosen == DEFAULTS[code]} == used[code]
    assert any(n.get("reading") == code for n in data["notes"])
    return data


def _reasons(data: dict[str, Any]) -> list[str]:
    return [r["code"] for r in data["reasons"]]


def test_the_defaults_are_those_a_careful_official_would_choose() -> None:
    """The default of each reading, as listed by qc.readings()."""
    listed = {r["code"]: r["default"] for r in qc.readings(document="education")}
    assert DEFAULTS == {code: listed[code] for code in DEFAULTS}


# --- education.scope.undergraduate_size (第二条) ----------------------------------------------

UNDERGRADUATE = "education.scope.undergraduate_size"


@pytest.mark.parametrize(("option", "eligible"), [(None, True), ("no_size_condition", True), ("outside_scope", False)])
def test_an_undergraduate_school_is_in_scope_unless_read_as_outside_it(option: str | None, eligible: bool) -> None:
    """第二条 names 本科院校 but gives them no size: none (default), or outside the scope."""
    data = _evaluate("scale_eligibility", UNDERGRADUATE, option, school=school("undergraduate", 0, 1))
    assert eligible == data["eligible"]
    assert ([] if eligible else ["no_size_for_type"]) == _reasons(data)


# --- education.scope.size_for_every_support (第二条、第六条（二）（三）) ---------------------------

SIZE = "education.scope.size_for_every_support"
SMALL_PRIMARY = school("primary", 6, 200)  # below 12 classes and 540 pupils


@pytest.mark.parametrize(
    ("option", "eligible", "amount"),
    [(None, False, "0.00"), ("applies", False, "0.00"), ("where_stated", True, "65000.00")],
)
def test_purchased_places_for_a_small_school_need_the_size_only_by_default(
    option: str | None, eligible: bool, amount: str
) -> None:
    """第六条（三）: 200 places × 650 × 50% = 65,000.00 when the size of 第二条 is not asked."""
    data = _evaluate(
        "purchased_places_subsidy",
        SIZE,
        option,
        school=SMALL_PRIMARY,
        enrolled_students=200,
        per_student_standard="650",
    )
    assert (eligible, amount) == (data["eligible"], data["amount"])
    assert ([] if eligible else ["classes_below_minimum", "students_below_minimum"]) == _reasons(data)


@pytest.mark.parametrize(("option", "amount"), [("applies", "0.00"), ("where_stated", "20000.00")])
def test_an_inclusive_kindergarten_of_200_children_and_the_size(option: str, amount: str) -> None:
    """第六条（三）: 100 元 × 200 children = 20,000.00; 8 classes and 200 are below 9 and 270."""
    data = _evaluate("inclusive_kindergarten_subsidy", SIZE, option, school=school("kindergarten", 8, 200))
    assert amount == data["amount"]


@pytest.mark.parametrize(("option", "eligible"), [("applies", False), ("where_stated", True)])
def test_a_title_won_by_a_small_high_school_and_the_size(option: str, eligible: bool) -> None:
    """第六条（二）: 200,000 for a regional model high school; 10 classes and 500 are below 18 and 900."""
    data = _evaluate(
        "quality_award", SIZE, option, school=school("senior_high", 10, 500), award="regional_demo_high_school"
    )
    assert (eligible, "200000.00" if eligible else "0.00") == (data["eligible"], data["amount"])


def test_a_terminated_school_is_outside_the_policy_under_either_option() -> None:
    """第二条 "已终止办学的民办学校不适用本政策" is not the size."""
    closed = school("primary", 12, 540, terminated=True)
    data = _evaluate(
        "purchased_places_subsidy", SIZE, "where_stated", school=closed, enrolled_students=10, per_student_standard="1"
    )
    assert ["terminated"] == _reasons(data)


# --- education.places.base_fee (第六条（三）"在此基础上") ----------------------------------------

BASE_FEE = "education.places.base_fee"


@pytest.mark.parametrize(
    ("option", "amount"),
    [(None, "65000.00"), ("extra_part_only", "65000.00"), ("with_base_fee", "195000.00")],
)
def test_the_purchased_places_result_with_and_without_the_base_fee(option: str | None, amount: str) -> None:
    """200 × 650 × 50% = 65,000.00; with the base fee 200 × 650 = 130,000.00 more: 195,000.00."""
    data = _evaluate(
        "purchased_places_subsidy",
        BASE_FEE,
        option,
        school=school(),
        enrolled_students=200,
        per_student_standard="650",
    )
    assert amount == data["amount"]


def test_the_base_fee_is_rounded_to_the_fen_on_its_own() -> None:
    """3 × 0.335 = 1.005 → 1.01; 3 × 0.335 × 50% = 0.5025 → 0.50; together 1.51."""
    data = _evaluate(
        "purchased_places_subsidy",
        BASE_FEE,
        "with_base_fee",
        school=school(),
        enrolled_students=3,
        per_student_standard="0.335",
    )
    assert "1.51" == data["amount"]


# --- education.support.for_profit_school (第六条 总述) ---------------------------------------

FOR_PROFIT = "education.support.for_profit_school"


@pytest.mark.parametrize(("option", "eligible"), [(None, True), ("emphasis", True), ("condition", False)])
def test_a_for_profit_inclusive_kindergarten_is_refused_only_when_the_chapeau_is_a_condition(
    option: str | None, eligible: bool
) -> None:
    """第六条（三） says only "多元普惠幼儿园": 100 元 × 300 = 30,000.00, or nothing under condition."""
    data = _evaluate(
        "inclusive_kindergarten_subsidy", FOR_PROFIT, option, school=school("kindergarten", 10, 300, non_profit=False)
    )
    assert (eligible, "30000.00" if eligible else "0.00") == (data["eligible"], data["amount"])
    assert ([] if eligible else ["not_non_profit"]) == _reasons(data)


@pytest.mark.parametrize("option", ["emphasis", "condition"])
def test_a_clause_that_names_non_profit_gives_one_reason_under_either_option(option: str) -> None:
    """第六条（三） places "非营利性民办学校": the clause's own reason, once."""
    data = _evaluate(
        "purchased_places_subsidy",
        FOR_PROFIT,
        option,
        school=school(non_profit=False),
        enrolled_students=10,
        per_student_standard="100",
    )
    assert ["not_non_profit"] == _reasons(data)


# --- education.fund.county_school (第六条、第十条) ----------------------------------------------

COUNTY = "education.fund.county_school"


@pytest.mark.parametrize(
    ("option", "eligible", "amount"),
    [(None, False, "0.00"), ("city_fund_only", False, "0.00"), ("county_follows", True, "120000.00")],
)
def test_a_county_school_is_computed_at_the_standards_when_the_county_follows(
    option: str | None, eligible: bool, amount: str
) -> None:
    """第六条（一）: 120 元/m² × 1,000 m² = 120,000.00 at the standard the county may follow (第十条)."""
    county = {**school(), "jurisdiction": "county"}
    data = _evaluate("new_build_subsidy", COUNTY, option, school=county, new_teaching_area_m2="1000")
    assert (eligible, amount) == (data["eligible"], data["amount"])
    assert ([] if eligible else ["county_school"]) == _reasons(data)


# --- education.running.years_reached (第六条（四）「办学 2 年以上」) --------------------------------

YEARS = "education.running.years_reached"


@pytest.mark.parametrize(
    ("option", "as_of", "eligible"),
    [
        ("on_last_day", "2019-11-30", False),
        ("on_last_day", "2019-12-01", True),
        ("after_last_day", "2019-12-01", False),
        ("after_last_day", "2019-12-02", True),
    ],
)
def test_two_years_of_running_are_reached_on_the_anniversary_or_the_day_after(
    option: str, as_of: str, eligible: bool
) -> None:
    """Begun 2017-12-01: the two years run from 2017-12-02 to 2019-12-01 (民法典 第二百零一、二百零二条)."""
    data = _evaluate(
        "teacher_insurance_subsidy",
        YEARS,
        option,
        school=school(),
        operating_since="2017-12-01",
        contributions={"pension": "1000"},
        as_of=as_of,
    )
    assert (eligible, "200.00" if eligible else "0.00") == (data["eligible"], data["amount"])


def test_the_reason_names_the_day_the_years_are_reached_under_the_option() -> None:
    """after_last_day: reached on 2019-12-02, the day after the anniversary."""
    data = _evaluate(
        "teacher_insurance_subsidy",
        YEARS,
        "after_last_day",
        school=school(),
        operating_since="2017-12-01",
        contributions={"pension": "1000"},
        as_of="2019-12-01",
    )
    [reason] = data["reasons"]
    assert "满 2 年之日为 2019-12-02" in reason["message"]


# --- education.lease.incentive_conditions (第六条（一）) ---------------------------------------

LEASE = "education.lease.incentive_conditions"


@pytest.mark.parametrize(
    ("option", "eligible", "amount", "reasons"),
    [
        (None, False, "0.00", ["not_non_profit"]),
        ("incentive_conditions", False, "0.00", ["not_non_profit"]),
        ("own_conditions", True, "150000.00", []),
    ],
)
def test_a_for_profit_school_s_lease_is_subsidised_only_under_its_own_conditions(
    option: str | None, eligible: bool, amount: str, reasons: list[str]
) -> None:
    """50 元/m²·年 × 1,000 m² = 50,000.00 a year, 3 years = 150,000.00 when non-profit is not asked."""
    data = _evaluate(
        "lease_subsidy",
        LEASE,
        option,
        school=school(non_profit=False),
        leased_teaching_area_m2="1000",
        contract_rent_per_m2_year="50",
    )
    assert (eligible, amount, reasons) == (data["eligible"], data["amount"], _reasons(data))


@pytest.mark.parametrize(
    ("option", "reasons"), [("incentive_conditions", ["excluded_school_type"]), ("own_conditions", [])]
)
def test_a_higher_vocational_school_s_lease_and_the_exclusion(option: str, reasons: list[str]) -> None:
    """ "不含高职高专院校和本科院校" belongs to the 以奖代补: 1,800 pupils reach 第二条 for a 高职院校."""
    data = _evaluate(
        "lease_subsidy",
        LEASE,
        option,
        school=school("higher_vocational", 40, 1800),
        leased_teaching_area_m2="100",
        contract_rent_per_m2_year="60",
    )
    assert reasons == _reasons(data)
    # 60 × 100 = 6,000.00 a year, 18,000.00 for the three years.
    assert ("0.00" if reasons else "18000.00") == data["amount"]
