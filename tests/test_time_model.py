"""The time model every calculator shares: the event that fixes the law, the decision date, the
law's date applied, and documents that end (API.md, "Common payload fields", "Event dates").

Expected values are worked out by hand from the documents' periods: 钦政发〔2019〕17号 applies to
events from 2019-01-01 to 2021-12-31, 钦政办规〔2019〕11号 from 2019-11-22 to 2024-11-21, the roads
measures from 2018-08-01 (政府令第12号 makes the fines discretionary from 2019-12-01).
"""

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import qinzhou_calc as qc
from qinzhou_calc._core.registry import load_all

from . import strategies

REWARD = "techinno.hte_certification_reward"
INCUBATOR = "techinno.incubator_subsidy"
CONTRACT = "techinno.contract_registration_subsidy"


def problems(name: str, payload: dict[str, Any]) -> list[tuple[str, str]]:
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate(name, payload)
    return [(p.field, p.code) for p in caught.value.errors]


def message(name: str, payload: dict[str, Any]) -> str:
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate(name, payload)
    (problem,) = caught.value.errors
    return problem.message


# --- the three reproductions ---------------------------------------------------------------


def test_a_december_2021_certificate_paid_in_2022_gets_the_2021_plan() -> None:
    """certified_on 2021-12-01, as_of 2022-03-01: the plan governs the event; its last day's text."""
    data = qc.evaluate(REWARD, {"certification": "first", "certified_on": "2021-12-01", "as_of": "2022-03-01"})
    assert Decimal("50000.00") == data.amount
    out = data.to_dict()
    assert ("2021-12-31", "2021-12-01", "2022-03-01") == (out["as_of"], out["event_date"], out["decision_date"])
    assert "event_in_ended_document" in [n["code"] for n in out["notes"]]


def test_a_december_2021_certificate_decided_in_2022_applies_the_law_of_the_certification() -> None:
    """No as_of: the law of the event date, whatever the decision date."""
    out = qc.evaluate(
        REWARD, {"certification": "first", "certified_on": "2021-12-01", "decision_date": "2022-03-01"}
    ).to_dict()
    assert ("50000.00", "2021-12-01", "2021-12-01", "2022-03-01") == (
        out["amount"],
        out["as_of"],
        out["event_date"],
        out["decision_date"],
    )
    assert out["steps"][0].startswith("适用 2021-12-01 有效的规定（事件日期，取自认定日期（certified_on））")
    assert "决定日期 2022-03-01（取自决定日期（decision_date））" in out["steps"][0]


def test_the_incubator_subsidy_for_a_2021_certificate_is_paid_after_the_plan_ended() -> None:
    payload = {"incubatees": [{"name": "甲", "certified_on": "2021-11-01"}], "decision_date": "2022-05-01"}
    out = qc.evaluate(INCUBATOR, payload).to_dict()
    assert ("30000.00", "2021-11-01", "2021-11-01") == (out["amount"], out["as_of"], out["event_date"])


def test_a_certificate_after_the_decision_is_event_after_decision() -> None:
    """certified_on 2021-12-01 with as_of 2020-03-01 (and so decided that day): nothing to reward yet."""
    payload = {"certification": "first", "certified_on": "2021-12-01", "as_of": "2020-03-01"}
    assert [("certified_on", "event_after_decision")] == problems(REWARD, payload)
    explicit = {"certification": "first", "certified_on": "2021-12-01", "decision_date": "2021-11-30"}
    assert [("certified_on", "event_after_decision")] == problems(REWARD, explicit)
    assert "晚于决定日期 2021-11-30" in message(REWARD, explicit)


def test_an_incubatee_certified_after_the_decision_is_event_after_decision_on_its_path() -> None:
    incubatees = [{"name": "甲", "certified_on": "2019-05-01"}, {"name": "乙", "certified_on": "2021-03-01"}]
    expected = [("incubatees[1].certified_on", "event_after_decision")]
    assert expected == problems(INCUBATOR, {"incubatees": incubatees, "as_of": "2019-12-31"})


# --- the related cases ------------------------------------------------------------------------


def test_the_contract_registration_subsidy_is_judged_on_its_registration_date() -> None:
    """Without as_of, registered_on fixes the law: the 2020 plan, decided today."""
    out = qc.evaluate(CONTRACT, {"registered_amount": "1000001", "registered_on": "2020-05-01"}).to_dict()
    assert ("5000.01", "2020-05-01", "2020-05-01") == (out["amount"], out["as_of"], out["event_date"])


def test_a_registration_outside_the_plan_is_not_in_force_naming_document_period_and_field() -> None:
    payload = {"registered_amount": "1000", "registered_on": "2022-01-01"}
    assert [("registered_on", "not_in_force")] == problems(CONTRACT, payload)
    text = message(CONTRACT, payload)
    for part in ("钦政发〔2019〕17号", "2019-01-01 至 2021-12-31", "认定登记日期", "2022-01-01"):
        assert part in text
    assert "registered_on" not in text  # the field is the problem's path; the message names its title


def test_the_tax_year_is_the_event_on_its_last_day() -> None:
    out = qc.evaluate("techinno.hte_tax_saving", {"taxable_income": "100", "tax_year": 2020}).to_dict()
    assert ("2020-12-31", "2020-12-31", "10.00") == (out["as_of"], out["event_date"], out["amount"])
    # Before and after the plan's years the 15% is the statute's (企业所得税法 第二十八条): by default
    # (techinno.hte_tax_saving.outside_plan = statute) such a tax year is computed, with a note, at both ends.
    for year in (2018, 2022):
        other = qc.evaluate("techinno.hte_tax_saving", {"taxable_income": "100", "tax_year": year}).to_dict()
        assert (f"{year}-12-31", "10.00") == (other["event_date"], other["amount"])
        assert "statute_outside_plan" in {note["code"] for note in other["notes"]}


def test_a_fine_names_the_violation_date_not_as_of_as_the_day_of_the_act() -> None:
    """violation_date 2020-01-01, as_of 2019-11-01: the law of 2019-11-01 ("并处以") is the old text,
    the decision (the violation day) has the lighter one; the act is said to be of 2020-01-01."""
    out = qc.evaluate("roads.unapproved_change_fine", {"violation_date": "2020-01-01", "as_of": "2019-11-01"}).to_dict()
    assert "违法行为发生在 2019-11-01" not in str(out)
    assert any("违法行为发生在 2020-01-01" in n["message"] for n in out["notes"])
    assert "适用日期（as_of 2019-11-01）的文本为“并处以”" in out["steps"][1]
    assert (False, "2020-01-01", "2020-01-01") == (out["mandatory"], out["as_of"], out["decision_date"])


def test_a_lighter_later_text_is_reported_as_the_law_applied() -> None:
    """violation 2019-11-30, decision 2019-12-01: the 2019-12-01 text applies, and as_of says so."""
    out = qc.evaluate(
        "roads.unapproved_change_fine", {"violation_date": "2019-11-30", "decision_date": "2019-12-01"}
    ).to_dict()
    assert ("2019-12-01", "2019-11-30", "2019-12-01", False) == (
        out["as_of"],
        out["event_date"],
        out["decision_date"],
        out["mandatory"],
    )


def test_a_fine_decided_the_day_of_the_act_by_default() -> None:
    out = qc.evaluate("roads.unapproved_change_fine", {"violation_date": "2019-11-30"}).to_dict()
    assert ("2019-11-30", "2019-11-30", True) == (out["as_of"], out["decision_date"], out["mandatory"])


def test_every_calculator_reports_event_and_decision_dates() -> None:
    """Each worked example: decision_date always, event_date where the payload gives the event."""
    for name, calc in load_all().items():
        for example in calc.examples:
            out = qc.evaluate(name, example.payload).to_dict()
            assert dt.date.fromisoformat(out["decision_date"])
            assert "event_date" in out
            assert out["steps"][0].startswith("适用 "), name


def test_a_payload_with_nothing_dated_is_decided_today_in_china() -> None:
    china_today = dt.datetime.now(dt.timezone(dt.timedelta(hours=8))).date().isoformat()
    out = qc.evaluate("roads.deadline", {"obligation": "warranty_end", "start": "2020-02-29"}).to_dict()
    assert (china_today, "2020-02-29") == (out["decision_date"], out["event_date"])


def test_a_deadline_ahead_of_a_planned_event_is_asked_on_the_event_day() -> None:
    """A future start with no decision date is not an error: a deadline can be planned."""
    out = qc.evaluate("roads.deadline", {"obligation": "warranty_end", "start": "2026-12-20"}).to_dict()
    assert "2027-12-20" == out["deadline"]
    payload = {"obligation": "warranty_end", "start": "2026-12-20", "decision_date": "2026-12-01"}
    assert [("start", "event_after_decision")] == problems("roads.deadline", payload)


# --- documents that end ---------------------------------------------------------------------------

SCHOOL = {"type": "kindergarten", "classes": 10, "students": 300, "non_profit": True}


def test_lease_years_after_the_policy_end_are_computed_and_flagged() -> None:
    """Claimed 2023-03-01: years 2023-03-01…2024-02-29, 2024-03-01…2025-02-28 (99 days after
    2024-11-21), 2025-03-01…2026-02-28 (all 365 days after)."""
    payload = {
        "school": SCHOOL,
        "leased_teaching_area_m2": "1000",
        "contract_rent_per_m2_year": "50",
        "claim_date": "2023-03-01",
        "decision_date": "2023-04-01",
    }
    out = qc.evaluate("education.lease_subsidy", payload).to_dict()
    assert "150000.00" == out["amount"]
    rows = [(r["from"], r["to"], r["after_policy_end"], r["days_after_policy_end"]) for r in out["breakdown"]]
    assert [
        ("2023-03-01", "2024-02-29", False, 0),
        ("2024-03-01", "2025-02-28", True, 99),
        ("2025-03-01", "2026-02-28", True, 365),
    ] == rows
    assert "lease_years_past_policy_end" in [n["code"] for n in out["notes"]]


def test_a_claim_after_the_policy_end_is_not_in_force() -> None:
    payload = {"school": SCHOOL, "leased_teaching_area_m2": "1", "contract_rent_per_m2_year": "1"}
    payload["claim_date"] = "2024-11-22"
    assert [("claim_date", "not_in_force")] == problems("education.lease_subsidy", payload)


def test_loan_interest_after_2024_11_21_is_computed_and_shown_apart() -> None:
    """1,000,000 at 4.75% (1–5 years) from 2024-01-01 to 2024-12-31, actual/360: 40 days after
    2024-11-21 (11-22…12-31) give 1,000,000 × 4.75% × 40 ÷ 360 = 5277.78 元."""
    payload = {
        "school": {"type": "primary", "classes": 18, "students": 800, "non_profit": True},
        "main_urban_area": True,
        "operating_since": "2015-09-01",
        "investment": "3500000",
        "equipment": "0",
        "loan": {"principal": "1000000", "drawn_on": "2024-01-01", "term_months": 36},
        "period": {"from": "2024-01-01", "to": "2024-12-31"},
        "claim_date": "2024-06-01",
        "decision_date": "2025-01-15",
    }
    out = qc.evaluate("education.loan_interest_subsidy", payload).to_dict()
    (row,) = out["breakdown"]
    assert (40, "5277.78") == (row["after_policy_end_days"], row["after_policy_end_interest_amount"])
    assert [False, True] == [s["after_policy_end"] for s in row["segments"]]
    assert "interest_after_policy_end" in [n["code"] for n in out["notes"]]


def test_an_incubator_window_past_the_plan_end_is_shown() -> None:
    """Graduated 2021-06-30: the year runs to 2022-06-30, of which 2022-01-01 on is after the plan."""
    payload = {
        "incubatees": [{"name": "甲", "certified_on": "2021-09-01", "graduated_on": "2021-06-30"}],
        "decision_date": "2022-03-01",
    }
    out = qc.evaluate(INCUBATOR, payload).to_dict()
    row = out["breakdown"][0]
    assert {"from": "2022-01-01", "to": "2022-06-30"} == row["window_after_plan_end"]
    assert "30000.00" == out["amount"]
    assert "window_past_plan_end" in [n["code"] for n in out["notes"]]


# --- properties ---------------------------------------------------------------------------------


@given(
    certified=strategies.techinno_days,
    later=st.integers(min_value=0, max_value=3000),
    level=st.sampled_from(["none", "city", "regional", "national"]),
)
def test_moving_the_decision_later_never_changes_the_award(certified: dt.date, later: int, level: str) -> None:
    payload = {"certification": "renewed", "certified_on": certified.isoformat(), "research_institution_level": level}
    first = qc.evaluate(REWARD, {**payload, "decision_date": certified.isoformat()})
    decided = certified + dt.timedelta(days=later)
    moved = qc.evaluate(REWARD, {**payload, "decision_date": decided.isoformat()})
    assert (first.amount, first.breakdown, first.as_of) == (moved.amount, moved.breakdown, moved.as_of)


@given(day=strategies.road_days, later=st.integers(min_value=0, max_value=2000))
def test_moving_a_fine_decision_later_within_one_text_never_changes_it(day: dt.date, later: int) -> None:
    """After 2019-12-01 the text no longer changes, so a later decision gives the same range."""
    act = max(day, dt.date(2019, 12, 1))
    payload = {"points": [35], "violation_date": act.isoformat()}
    first = qc.evaluate("roads.unpermitted_excavation_fine", payload)
    moved = qc.evaluate(
        "roads.unpermitted_excavation_fine",
        {**payload, "decision_date": (act + dt.timedelta(days=later)).isoformat()},
    )
    assert (first.minimum, first.maximum, first.mandatory) == (moved.minimum, moved.maximum, moved.mandatory)


@given(
    event=strategies.techinno_days,
    earlier=st.integers(min_value=1, max_value=3000),
    name=st.sampled_from([REWARD, CONTRACT]),
)
def test_an_event_after_the_decision_is_always_event_after_decision(event: dt.date, earlier: int, name: str) -> None:
    field = "certified_on" if name == REWARD else "registered_on"
    payload: dict[str, Any] = {
        field: event.isoformat(),
        "decision_date": (event - dt.timedelta(days=earlier)).isoformat(),
    }
    payload |= {"certification": "first"} if name == REWARD else {"registered_amount": "1"}
    assert (field, "event_after_decision") in problems(name, payload)
