"""第十二条："本政策自公布之日起执行，有效期 5 年。" — in force 2019-11-22 to 2024-11-21 inclusive."""

import datetime as dt

import pytest

import qinzhou_calc as qc
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


# --- the reading education.validity.last_day -------------------------------------------------

LAST_DAY = "education.validity.last_day"


def _scale(as_of: str, option: str | None = None) -> qc.Result:
    readings = None if option is None else {LAST_DAY: option}
    payload = {"school": school(), "as_of": as_of}
    return qc.evaluate("education.scale_eligibility", payload, readings=readings)


@pytest.mark.parametrize(
    ("option", "as_of", "in_force"),
    [
        ("day_before_anniversary", "2024-11-21", True),
        ("day_before_anniversary", "2024-11-22", False),
        ("anniversary", "2024-11-22", True),
        ("anniversary", "2024-11-23", False),
    ],
)
def test_the_last_day_in_force_follows_the_reading(option: str, as_of: str, in_force: bool) -> None:
    """Counted with the day of publication: 2019-11-22 + 5 years − 1 day = 2024-11-21; by 民法典
    第二百零一、二百零二条 from 2019-11-23: the anniversary 2024-11-22 is the last day."""
    if in_force:
        assert _scale(as_of, option).eligible is True
    else:
        with pytest.raises(qc.InputError) as caught:
            _scale(as_of, option)
        assert [("as_of", "not_in_force")] == [(p.field, p.code) for p in caught.value.errors]


def test_by_default_2024_11_22_is_not_in_force() -> None:
    """The default is day_before_anniversary: the message gives the period 2019-11-22 至 2024-11-21."""
    with pytest.raises(qc.InputError) as caught:
        _scale("2024-11-22")
    assert "2019-11-22 至 2024-11-21" in caught.value.errors[0].message


@pytest.mark.parametrize(("option", "last"), [("day_before_anniversary", "2024-11-21"), ("anniversary", "2024-11-22")])
def test_a_result_near_the_end_lists_the_reading_and_states_the_last_day(option: str, last: str) -> None:
    """Within 90 days of the end the result depended on the last day: it says which, in the reading's words."""
    data = _scale("2024-11-01", option).to_dict()
    assert [{"code": LAST_DAY, "option": option, "default": option == "day_before_anniversary"}] == data["readings"]
    [note] = [n for n in data["notes"] if n.get("reading") == LAST_DAY]
    assert LAST_DAY == note["reading"]
    assert f"最后一日为 {last}" in note["message"]


def test_a_result_far_from_either_end_does_not_depend_on_the_last_day() -> None:
    """2021-06-30 is in force under both options: no reading listed."""
    assert [] == _scale("2021-06-30").to_dict()["readings"]


def test_a_last_day_the_caller_chose_is_listed_and_replayed_by_verify() -> None:
    """The figures' end in the provenance follows the caller's choice, so the result lists it and a
    stored result computed under ``anniversary`` verifies."""
    other = _scale("2021-06-30", "anniversary").to_dict()
    assert [{"code": LAST_DAY, "option": "anniversary", "default": False}] == other["readings"]
    assert qc.verify(other).same


@pytest.mark.parametrize(("option", "until"), [("day_before_anniversary", "2024-11-21"), ("anniversary", "2024-11-22")])
def test_the_figures_and_the_catalogue_end_on_the_reading_s_last_day(option: str, until: str) -> None:
    """A figure of the policy is read on its last day under either option, with that last day as its end."""
    payload = {"school": school(), "new_teaching_area_m2": "100", "as_of": until}
    data = qc.evaluate("education.new_build_subsidy", payload, readings={LAST_DAY: option}).to_dict()
    assert "12000.00" == data["amount"]  # 120 元/m² × 100 m²
    [rate] = [p for p in data["provenance"]["parameters"] if p["name"] == "education.new_build.rate_per_m2"]
    assert until == rate["until"]


def test_the_catalogue_shows_the_default_last_day() -> None:
    """documents() and parameters() show the default reading: 2024-11-21."""
    [education] = [d for d in qc.documents() if d["key"] == "education"]
    assert "2024-11-21" == education["in_force_until"]
    assert "2024-11-21" == qc.parameter("education.new_build.rate_per_m2", at="2024-11-21")["until"]


def test_a_lease_year_past_the_end_is_counted_from_the_reading_s_last_day() -> None:
    """First year from 2023-06-01: the third year runs 2025-06-01 to 2026-05-31, wholly after either
    last day; the second, 2024-06-01 to 2025-05-31, has 2024-11-22 to 2025-05-31 = 191 days after
    2024-11-21, or 2024-11-23 to 2025-05-31 = 190 days after 2024-11-22."""
    payload = {
        "school": school(),
        "leased_teaching_area_m2": "100",
        "contract_rent_per_m2_year": "50",
        "first_year_from": "2023-06-01",
        "as_of": "2023-06-01",
    }
    days = {}
    for option in ("day_before_anniversary", "anniversary"):
        data = qc.evaluate("education.lease_subsidy", payload, readings={LAST_DAY: option}).to_dict()
        days[option] = [row["days_after_policy_end"] for row in data["breakdown"]]
        assert LAST_DAY in {r["code"] for r in data["readings"]}
    assert [0, 191, 365] == days["day_before_anniversary"]
    assert [0, 190, 365] == days["anniversary"]
