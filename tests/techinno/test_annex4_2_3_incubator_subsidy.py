"""附件4 二（三）: 3万 to the incubator per incubatee certified while incubated or within 1 year of graduating."""

# House style puts the expected value first (assert expected == actual); SIM300 would flip it.

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given

import qinzhou_calc as qc
from tests import strategies

from ._support import note_codes, problems

NAME = "techinno.incubator_subsidy"


def _one(certified_on: str, graduated_on: str | None, **extra: str) -> qc.Result:
    row: dict[str, Any] = {"name": "甲公司", "certified_on": certified_on, "graduated_on": graduated_on, **extra}
    return qc.evaluate(NAME, {"incubatees": [row], "as_of": "2021-12-31", "decision_date": "2023-12-31"})


def test_an_incubatee_certified_while_still_incubated_counts() -> None:
    """ "在孵期间……被认定为高新技术企业的": graduated_on is null."""
    result = _one("2020-11-20", None)
    assert Decimal("30000.00") == result.amount
    assert "certified_while_incubated" == result.breakdown[0]["code"]


def test_a_certification_before_a_later_graduation_counts_as_while_incubated() -> None:
    """Certified 2020-05-01, graduated 2020-09-01: it was still in the incubator when certified."""
    result = _one("2020-05-01", "2020-09-01")
    assert Decimal("30000.00") == result.amount
    assert "certified_while_incubated" == result.breakdown[0]["code"]


def test_a_certification_on_the_graduation_day_counts_and_says_so() -> None:
    """The enterprise was still incubated on the day it graduated."""
    result = _one("2020-09-01", "2020-09-01")
    assert Decimal("30000.00") == result.amount
    assert "certified_on_graduation_day" in note_codes(result)


@pytest.mark.parametrize(
    ("graduated_on", "certified_on", "counts"),
    [
        ("2019-06-30", "2020-06-30", True),  # the anniversary is the last day of "1年内"
        ("2019-06-30", "2020-07-01", False),  # the day after it is too late
        ("2020-02-29", "2021-02-28", True),  # no 29 February in 2021: the month's last day
        ("2020-02-29", "2021-03-01", False),
        ("2020-12-31", "2021-12-31", True),
        ("2019-01-31", "2020-01-31", True),
        ("2019-01-31", "2020-02-01", False),
    ],
)
def test_the_year_after_graduation_ends_on_the_anniversary_inclusive(
    graduated_on: str, certified_on: str, counts: bool
) -> None:
    """ "孵化毕业1年内": 民法典 第二百零一、二百零二条; "以内" includes the last day (第一千二百五十九条)."""
    result = _one(certified_on, graduated_on)
    assert (Decimal("30000.00") if counts else Decimal("0")) == result.amount
    assert counts == result.breakdown[0]["counts"]
    assert "window_counting" in note_codes(result)


def test_the_window_end_is_shown_for_a_graduate() -> None:
    """2020-02-29 + 1 year ends 2021-02-28."""
    data = _one("2021-03-01", "2020-02-29").to_dict()
    assert "2021-02-28" == data["breakdown"][0]["window_ends_on"]
    assert "certified_more_than_a_year_after_graduation" == data["breakdown"][0]["code"]


@pytest.mark.parametrize(
    ("certified_on", "graduated_on", "window_ends_on"),
    [
        # certified before graduating (while incubated): the window is still shown
        ("2020-01-10", "2020-02-29", "2021-02-28"),
        # certified on the graduation day
        ("2020-02-29", "2020-02-29", "2021-02-28"),
        # within the year
        ("2020-06-01", "2020-02-29", "2021-02-28"),
        # certified after the plan's years: refused, the window still shown
        ("2022-01-10", "2021-06-30", "2022-06-30"),
        # certified before 2019: refused, the window still shown
        ("2018-12-01", "2018-06-30", "2019-06-30"),
    ],
)
def test_the_window_end_is_filled_whenever_a_graduation_date_is_given(
    certified_on: str, graduated_on: str, window_ends_on: str
) -> None:
    """ "孵化毕业1年内": every row with a graduation date shows the window's last day."""
    payload = {"incubatees": [{"name": "甲", "certified_on": certified_on, "graduated_on": graduated_on}]}
    data = qc.evaluate(NAME, {**payload, "as_of": "2021-06-30", "decision_date": "2022-12-31"}).to_dict()
    assert window_ends_on == data["breakdown"][0]["window_ends_on"]


def test_no_window_while_still_incubated() -> None:
    """Without a graduation date there is no window to show."""
    assert None is _one("2020-11-20", None).to_dict()["breakdown"][0]["window_ends_on"]


def test_the_window_is_not_extended_past_a_rest_day() -> None:
    """Graduated 2019-10-05: the window ends 2020-10-05, inside the 2020 National Day holiday (10-01…10-08),
    and is not moved to the next working day (2020-10-09): the certification is not the incubator's act."""
    assert Decimal("30000.00") == _one("2020-10-05", "2019-10-05").amount
    assert Decimal("0") == _one("2020-10-06", "2019-10-05").amount


@pytest.mark.parametrize(
    ("certified_on", "counts"),
    [("2018-12-31", False), ("2019-01-01", True), ("2021-12-31", True), ("2022-01-01", False)],
)
def test_only_certifications_in_the_plans_years_count(certified_on: str, counts: bool) -> None:
    """The plan applies to certifications from 2019-01-01 to 2021-12-31."""
    result = _one(certified_on, None)
    assert counts == result.breakdown[0]["counts"]


def test_a_certification_before_entering_the_incubator_does_not_count() -> None:
    """Not "在孵期间": certified 2020-03-01, entered the incubator 2020-04-01."""
    result = _one("2020-03-01", None, incubated_from="2020-04-01")
    assert Decimal("0") == result.amount
    assert "certified_before_incubation" == result.breakdown[0]["code"]


def test_the_subsidy_is_3_wan_for_each_incubatee_that_counts() -> None:
    """Three count, one does not: 3 × 30000 = 90000."""
    incubatees = [
        {"name": "甲", "certified_on": "2019-11-01"},
        {"name": "乙", "certified_on": "2020-03-01", "graduated_on": "2019-12-31"},
        {"name": "丙", "certified_on": "2021-12-01", "graduated_on": "2021-12-01"},
        {"name": "丁", "certified_on": "2021-01-01", "graduated_on": "2019-12-31"},
    ]
    result = qc.evaluate(NAME, {"incubatees": incubatees, "as_of": "2021-12-31"})
    assert Decimal("90000.00") == result.amount
    assert 3 == result.count
    assert result.eligible is True
    assert [True, True, True, False] == [row["counts"] for row in result.breakdown]


def test_an_incubator_with_no_qualifying_incubatee_is_not_eligible() -> None:
    """No incubatee counts: eligible false, amount 0, with the reason."""
    incubatees = [{"name": "甲", "certified_on": "2021-01-01", "graduated_on": "2019-12-31"}]
    result = qc.evaluate(NAME, {"incubatees": incubatees, "as_of": "2021-12-31"})
    assert result.eligible is False
    assert Decimal("0") == result.amount
    assert ["certified_more_than_a_year_after_graduation"] == [reason.code for reason in result.reasons]


@pytest.mark.parametrize("decision_date", ["2019-12-01", "2022-12-01"])
def test_incubatees_all_certified_outside_the_plan_give_the_rows_reason_on_any_decision_date(
    decision_date: str,
) -> None:
    """附件4 二（三）, plan 2019–2021: certified 2018 is outside it, whenever the decision is taken."""
    incubatees = [{"name": "甲", "certified_on": "2018-05-01", "graduated_on": None}]
    result = qc.evaluate(NAME, {"incubatees": incubatees, "decision_date": decision_date})
    assert (False, Decimal("0.00")) == (result.eligible, result.amount)
    assert ["certified_outside_plan"] == [reason.code for reason in result.reasons]
    assert "甲：2018-05-01 被认定" in result.reasons[0].message


def test_an_incubatee_certified_after_the_plan_ended_is_judged_on_its_own_date_not_refused_as_input() -> None:
    """Certified 2022-01-15, decided 2022-12-01: a result refusing the row, not not_in_force."""
    incubatees = [{"name": "甲", "certified_on": "2022-01-15", "graduated_on": None}]
    result = qc.evaluate(NAME, {"incubatees": incubatees, "decision_date": "2022-12-01"})
    assert ["certified_outside_plan"] == [reason.code for reason in result.reasons]
    assert dt.date(2021, 12, 31) == result.as_of
    assert "event_in_ended_document" in [note.code for note in result.notes]
    assert "各事件均不在其有效期内" in result.to_dict()["notes"][0]["message"]


def test_an_incubatee_certified_within_a_year_of_graduation_but_after_the_plan_says_so_in_a_note() -> None:
    """Graduated 2021-06-30, window to 2022-06-30; certified 2022-01-15 is after 2021-12-31: refused, noted."""
    incubatees = [{"name": "甲", "certified_on": "2022-01-15", "graduated_on": "2021-06-30"}]
    result = qc.evaluate(NAME, {"incubatees": incubatees, "decision_date": "2022-12-01"})
    assert ["certified_outside_plan"] == [reason.code for reason in result.reasons]
    notes = {note.code: note.message for note in result.notes}
    assert "至 2022-06-30" in notes["window_past_plan_end"]
    assert "2022-01-15" in notes["window_past_plan_end"]


def test_an_as_of_after_the_plan_with_every_incubatee_outside_it_gives_a_result() -> None:
    """as_of 2023-01-01 and a 2018 certification: measured by the plan's last day, refused with the reason."""
    incubatees = [{"name": "甲", "certified_on": "2018-05-01", "graduated_on": None}]
    result = qc.evaluate(NAME, {"incubatees": incubatees, "as_of": "2023-01-01"})
    assert ["certified_outside_plan"] == [reason.code for reason in result.reasons]
    assert dt.date(2021, 12, 31) == result.as_of


@pytest.mark.parametrize(
    ("incubatees", "expected"),
    [
        (
            [{"name": "甲", "certified_on": "2020-01-01"}, {"name": "甲", "certified_on": "2020-02-01"}],
            [("incubatees[1].name", "out_of_range")],
        ),
        (
            [
                {
                    "name": "甲",
                    "certified_on": "2020-06-01",
                    "graduated_on": "2019-01-01",
                    "incubated_from": "2019-06-01",
                }
            ],
            [("incubatees[0].graduated_on", "out_of_range")],
        ),
        ([{"name": " ", "certified_on": "2020-01-01"}], [("incubatees[0].name", "missing")]),
        ([{"name": "甲"}], [("incubatees[0].certified_on", "missing")]),
        ([{"name": "甲", "certified_on": "2021-02-29"}], [("incubatees[0].certified_on", "invalid_date")]),
        ([{"name": "甲", "certified_on": "2020-01-01", "exited": True}], [("incubatees[0].exited", "unknown_field")]),
    ],
)
def test_bad_incubatees_are_reported_with_their_field(
    incubatees: list[dict[str, object]], expected: list[tuple[str, str]]
) -> None:
    """Duplicates, a graduation before entering, missing or impossible dates: each with its path."""
    assert expected == problems(NAME, {"incubatees": incubatees, "as_of": "2021-12-31", "decision_date": "2023-12-31"})


@given(incubatees=strategies.techinno_incubatees)
def test_the_subsidy_is_3_wan_times_the_incubatees_that_count(incubatees: list[dict[str, Any]]) -> None:
    """Never negative, never above 3万 × the number listed, linear in the incubatees that count."""
    result = qc.evaluate(NAME, {"incubatees": incubatees, "as_of": "2021-12-31", "decision_date": "2023-12-31"})
    counted = sum(1 for row in result.breakdown if row["counts"])
    assert result.amount is not None
    assert Decimal(30000) * counted == result.amount
    assert Decimal(0) <= result.amount <= Decimal(30000) * len(incubatees)
    assert len(incubatees) == len(result.breakdown)


@given(incubatees=strategies.techinno_incubatees)
def test_an_incubatee_counts_only_if_certified_in_the_plan_and_not_over_a_year_after_graduating(
    incubatees: list[dict[str, Any]],
) -> None:
    """A brute-force restatement: certified 2019–2021, and (not graduated, or certified ≤ the anniversary)."""
    result = qc.evaluate(NAME, {"incubatees": incubatees, "as_of": "2021-12-31", "decision_date": "2023-12-31"})
    for row, given_row in zip(result.breakdown, incubatees, strict=True):
        certified: dt.date = given_row["certified_on"]
        graduated: dt.date | None = given_row["graduated_on"]
        in_plan = dt.date(2019, 1, 1) <= certified <= dt.date(2021, 12, 31)
        if graduated is None:
            in_window = True
        else:
            try:
                anniversary = graduated.replace(year=graduated.year + 1)
            except ValueError:  # 29 February
                anniversary = dt.date(graduated.year + 1, 2, 28)
            in_window = certified <= anniversary
        assert (in_plan and in_window) == row["counts"]
