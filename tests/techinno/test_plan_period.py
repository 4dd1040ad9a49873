"""钦政发〔2019〕17号's period: issued 2019-10-22, applied to events from 2019-01-01 to 2021-12-31."""

# House style puts the expected value first (assert expected == actual); SIM300 would flip it.

import datetime as dt
from decimal import Decimal

import pytest

import qinzhou_calc as qc
from qinzhou_calc.techinno import TECHINNO
from qinzhou_calc.techinno.parameters import ISSUED_ON

from ._support import note_codes, problems

REWARD = "techinno.hte_certification_reward"
CONTRACT = "techinno.contract_registration_subsidy"


def test_the_plan_was_issued_on_22_october_2019_and_runs_from_2019_to_2021() -> None:
    """ "2019年10月22日"; "（2019—2021年）"; "从 2019 年起……到 2021 年末"."""
    assert dt.date(2019, 10, 22) == ISSUED_ON
    assert dt.date(2019, 1, 1) == TECHINNO.in_force_from
    assert dt.date(2021, 12, 31) == TECHINNO.in_force_until
    assert TECHINNO.basis is not None
    assert "从 2019 年起" in TECHINNO.basis.text


def test_a_certification_on_the_last_day_of_2018_is_outside_the_plan() -> None:
    """ "从 2019 年起": nothing before 2019-01-01."""
    assert [("certified_on", "not_in_force")] == problems(
        REWARD, {"certification": "first", "certified_on": "2018-12-31"}
    )


def test_a_certification_on_new_years_day_2019_is_rewarded_with_the_retroactive_note() -> None:
    """The 2019 events before the issue date count; the result says why."""
    result = qc.evaluate(REWARD, {"certification": "first", "certified_on": "2019-01-01"})
    assert Decimal("50000.00") == result.amount
    assert "applies_from_2019" in note_codes(result)


@pytest.mark.parametrize(
    ("certified_on", "noted"),
    [("2019-10-21", True), ("2019-10-22", False)],
)
def test_the_retroactive_note_appears_only_before_the_issue_date(certified_on: str, noted: bool) -> None:
    """Issued 2019-10-22: from that day the plan applies in the ordinary way."""
    result = qc.evaluate(REWARD, {"certification": "renewed", "certified_on": certified_on})
    assert noted == ("applies_from_2019" in note_codes(result))


def test_a_certification_on_the_last_day_of_2021_is_rewarded() -> None:
    """ "到 2021 年末": 2021-12-31 is inside."""
    result = qc.evaluate(REWARD, {"certification": "first", "certified_on": "2021-12-31"})
    assert Decimal("50000.00") == result.amount


def test_a_certification_on_new_years_day_2022_is_outside_the_plan() -> None:
    """After 2021-12-31 the plan no longer applies."""
    assert [("certified_on", "not_in_force")] == problems(
        REWARD, {"certification": "first", "certified_on": "2022-01-01"}
    )


def test_a_certification_outside_the_plan_is_refused_even_with_an_as_of_inside_it() -> None:
    """The reward's figure is read on the day of the certification: a 2018 certification has none."""
    payload = {"certification": "first", "certified_on": "2018-06-30", "as_of": "2020-06-30"}
    assert [("certified_on", "not_in_force")] == problems(REWARD, payload)


@pytest.mark.parametrize(
    ("as_of", "in_force"),
    [("2018-12-31", False), ("2019-01-01", True), ("2021-12-31", True), ("2022-01-01", False)],
)
def test_calculators_without_an_event_date_apply_the_plan_on_as_of(as_of: str, in_force: bool) -> None:
    """The same two edges for the contract-registration subsidy, read on ``as_of``."""
    payload = {"registered_amount": "1000", "as_of": as_of}
    if in_force:
        assert Decimal("5.00") == qc.evaluate(CONTRACT, payload).amount
    else:
        assert [("as_of", "not_in_force")] == problems(CONTRACT, payload)


def test_without_as_of_an_eventless_calculator_applies_today_and_the_plan_has_expired() -> None:
    """No event date and no as_of: the law of the decision date, by default today (after 2021):
    not_in_force on decision_date, never a number from an expired plan."""
    assert [("decision_date", "not_in_force")] == problems(CONTRACT, {"registered_amount": "1000"})
