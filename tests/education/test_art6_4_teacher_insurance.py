"""第六条（四）: 20% of the school's own contributions to its qualified teachers' five insurances
and housing fund, for non-profit schools meeting 第二条 that have run in Qinzhou 2 years or more."""

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qinzhou_calc.education import teacher_insurance_subsidy

from .. import strategies
from .helpers import error, note_codes, reason_codes, run, school

CONTRIBUTIONS = {
    "pension": "480000",
    "medical": "250000",
    "unemployment": "20000",
    "work_injury": "10000",
    "maternity": "20000",
    "housing_fund": "220000",
}


def insurance(since: str = "2017-09-01", as_of: str = "2021-06-30", **overrides: Any) -> Any:
    payload: dict[str, Any] = {"school": school(), "operating_since": since, "contributions": CONTRIBUTIONS}
    payload.update(overrides)
    return run("teacher_insurance_subsidy", as_of=as_of, **payload)


def test_the_subsidy_is_a_fifth_of_the_school_contributions() -> None:
    """1,000,000 paid by the school × 20% = 200,000."""
    result = insurance()
    assert (True, "200000.00") == (result.eligible, result.to_dict()["amount"])
    assert 6 == len(result.breakdown)


def test_the_fifth_is_taken_of_the_total_and_rounded_once() -> None:
    """0.03 + 0.03 = 0.06; × 20% = 0.012 → 0.01 (rounding each item first would give 0.02)."""
    result = insurance(contributions={"pension": "0.03", "medical": "0.03"})
    assert "0.01" == result.to_dict()["amount"]


@pytest.mark.parametrize(
    ("since", "as_of", "eligible"),
    [
        ("2018-03-01", "2020-02-29", False),  # the day before the 2 years are reached
        ("2018-03-01", "2020-03-01", True),  # the matching day: 2 years ("以上" includes it)
        ("2020-02-29", "2022-02-27", False),  # no 29 Feb in 2022 ...
        ("2020-02-29", "2022-02-28", True),  # ... so the period ends on the month's last day
        ("2019-11-22", "2021-11-22", True),
        ("2019-11-23", "2021-11-22", False),
    ],
)
def test_two_years_of_running_are_counted_by_the_civil_code(since: str, as_of: str, eligible: bool) -> None:
    """“在钦州办学 2 年以上”: 民法典 第二百零一、二百零二条, the last day of the period included."""
    result = insurance(since, as_of)
    assert eligible == result.eligible
    assert ([] if eligible else ["not_running_long_enough"]) == reason_codes(result)
    assert "years_running_counted" in note_codes(result)


@pytest.mark.parametrize(
    ("the_school", "code"),
    [
        (school(non_profit=False), "not_non_profit"),
        (school("higher_vocational", 50, 3000), "excluded_school_type"),
        (school("undergraduate", 50, 3000), "excluded_school_type"),
        (school(classes=11), "classes_below_minimum"),
        (school(terminated=True), "terminated"),
    ],
)
def test_only_non_profit_schools_meeting_article_2_and_not_higher_education_qualify(
    the_school: dict[str, Any], code: str
) -> None:
    """“符合第二条规定……的非营利性民办学校（不含高职高专院校和本科院校）”."""
    result = insurance(school=the_school)
    assert (False, [code], "0.00") == (result.eligible, reason_codes(result), result.to_dict()["amount"])


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"contributions": {"pension": "-1"}}, [("contributions.pension", "negative")]),
        ({"contributions": {"pensions": "1"}}, [("contributions.pensions", "unknown_field")]),
        ({"operating_since": "2021-07-01"}, [("operating_since", "out_of_range")]),
        ({"operating_since": "2021-02-30"}, [("operating_since", "invalid_date")]),
    ],
)
def test_bad_insurance_input_is_refused_with_its_field(
    overrides: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    """Negative contributions, unknown insurances, a start after the as_of day, impossible dates."""
    payload: dict[str, Any] = {"school": school(), "operating_since": "2017-09-01", "contributions": CONTRIBUTIONS}
    payload.update(overrides)
    assert expected == error("teacher_insurance_subsidy", **payload)


@given(st.lists(strategies.money, min_size=6, max_size=6))
def test_the_subsidy_is_never_negative_and_never_more_than_a_fifth_plus_half_a_fen(paid: list[Decimal]) -> None:
    """0 ≤ amount and |amount − 20% × total| ≤ 0.005."""
    keys = ["pension", "medical", "unemployment", "work_injury", "maternity", "housing_fund"]
    result = teacher_insurance_subsidy(
        school=school(),
        operating_since="2017-09-01",
        contributions=dict(zip(keys, paid, strict=True)),
        as_of="2021-06-30",
    )
    assert result.amount is not None
    assert Decimal(0) <= result.amount
    assert abs(result.amount - sum(paid, Decimal(0)) * Decimal("0.2")) <= Decimal("0.005")
