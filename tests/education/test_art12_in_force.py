"""第十二条："本政策自公布之日起执行，有效期 5 年。" — in force 2019-11-22 to 2024-11-21 inclusive."""

import datetime as dt

import pytest

from qinzhou_calc import calculators
from qinzhou_calc.education import EDUCATION

from .helpers import error, run, school

EDUCATION_CALCULATORS = [name for name in calculators() if name.startswith("education.")]


def test_the_policy_runs_five_years_from_its_publication_day_included() -> None:
    """ "自公布之日起执行，有效期 5 年": 2019-11-22 is the first day, so the last is 2024-11-21."""
    assert (dt.date(2019, 11, 22), dt.date(2024, 11, 21)) == (EDUCATION.in_force_from, EDUCATION.in_force_until)


def test_every_calculator_of_api_md_is_registered() -> None:
    """The education table of API.md."""
    expected = [
        "education.inclusive_kindergarten_subsidy",
        "education.lease_subsidy",
        "education.loan_interest_subsidy",
        "education.new_build_subsidy",
        "education.purchased_places_subsidy",
        "education.quality_award",
        "education.scale_eligibility",
        "education.teacher_insurance_subsidy",
    ]
    assert expected == EDUCATION_CALCULATORS


@pytest.mark.parametrize(
    ("as_of", "in_force"),
    [
        ("2019-11-21", False),
        ("2019-11-22", True),
        ("2024-11-21", True),
        ("2024-11-22", False),
    ],
)
def test_the_first_and_last_day_are_in_force_and_the_days_around_them_are_not(as_of: str, in_force: bool) -> None:
    """Both ends inclusive; outside them, not_in_force on as_of."""
    if in_force:
        assert run("scale_eligibility", school=school(), as_of=as_of).eligible is True
    else:
        assert [("as_of", "not_in_force")] == error("scale_eligibility", school=school(), as_of=as_of)


def test_a_payload_without_as_of_is_judged_today_when_the_policy_has_expired() -> None:
    """With no as_of and no claim date the law is the decision date's, today; from 2024-11-22 on
    that is not_in_force, on decision_date."""
    if dt.date.today() <= dt.date(2024, 11, 22):  # pragma: no cover - the suite runs after the expiry
        pytest.skip("the policy is still in force today")
    assert [("decision_date", "not_in_force")] == error("scale_eligibility", school=school(), as_of=None)
