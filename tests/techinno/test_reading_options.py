"""Every option of the readings of 钦政发〔2019〕17号 (the income tax's outside_plan is tested with the tax,
in test_annex4_2_4_tax_saving.py), each outcome worked by hand."""

from typing import Any

import pytest

import qinzhou_calc as qc

PLAN_START = "techinno.plan.start"
ADD_UP = "techinno.hte_certification.rewards_add_up"
WINDOW = "techinno.incubator.window_end"


def _evaluate(name: str, payload: dict[str, Any], readings: dict[str, str] | None = None) -> dict[str, Any]:
    return qc.evaluate(f"techinno.{name}", payload, readings=readings).to_dict()


def _used(data: dict[str, Any]) -> dict[str, tuple[str, bool]]:
    return {r["code"]: (r["option"], r["default"]) for r in data["readings"]}


def test_the_defaults() -> None:
    """As qc.readings() lists them."""
    listed = {r["code"]: r["default"] for r in qc.readings(document="techinno")}
    assert {
        "techinno.hte_certification.rewards_add_up": "add_up",
        "techinno.hte_tax_saving.outside_plan": "statute",
        "techinno.incubator.window_end": "anniversary",
        "techinno.plan.start": "from_2019",
    } == listed


# --- techinno.plan.start ---------------------------------------------------------------------

BEFORE_ISSUE = {"certification": "renewed", "certified_on": "2019-07-15"}


def test_a_certification_of_2019_before_the_issue_is_rewarded_by_default_with_the_note() -> None:
    """from_2019: 5万 for a certification of 2019-07-15; the note applies_from_2019 names the reading."""
    data = _evaluate("hte_certification_reward", BEFORE_ISSUE)
    assert "50000.00" == data["amount"]
    assert ("from_2019", True) == _used(data)[PLAN_START]
    [note] = [n for n in data["notes"] if n["code"] == "applies_from_2019"]
    assert PLAN_START == note["reading"]


def test_from_the_issue_a_certification_before_2019_10_22_is_not_in_force() -> None:
    """from_issue: the plan applies from 2019-10-22 to 2021-12-31."""
    with pytest.raises(qc.InputError) as caught:
        _evaluate("hte_certification_reward", BEFORE_ISSUE, {PLAN_START: "from_issue"})
    [problem] = caught.value.errors
    assert ("certified_on", "not_in_force") == (problem.field, problem.code)
    assert "2019-10-22 至 2021-12-31" in problem.message


@pytest.mark.parametrize(("certified_on", "amount"), [("2019-10-21", "0.00"), ("2019-10-22", "30000.00")])
def test_from_the_issue_an_incubatee_certified_the_day_before_does_not_count(certified_on: str, amount: str) -> None:
    """The incubator's rows are judged each on its day: 3万 from 2019-10-22, none the day before."""
    payload = {
        "incubatees": [{"name": "甲公司", "certified_on": certified_on, "graduated_on": None}],
        "as_of": "2021-12-31",
        "decision_date": "2022-03-01",
    }
    data = _evaluate("incubator_subsidy", payload, {PLAN_START: "from_issue"})
    assert amount == data["amount"]
    if amount == "0.00":
        assert "certified_outside_plan" == data["breakdown"][0]["code"]


def test_from_the_issue_both_options_agree_after_it() -> None:
    """A certification of 2020-12-01 is 5万 under both. The plan's period is the reading's answer, so
    a start the caller chose is listed (and replayed by verify); by default none is listed."""
    payload = {"certification": "first", "certified_on": "2020-12-01"}
    for option in ("from_2019", "from_issue"):
        data = _evaluate("hte_certification_reward", payload, {PLAN_START: option})
        assert "50000.00" == data["amount"]
        assert {PLAN_START: (option, option == "from_2019")} == _used(data)
    assert PLAN_START not in _used(_evaluate("hte_certification_reward", payload, None))


# --- techinno.hte_certification.rewards_add_up -----------------------------------------------


@pytest.mark.parametrize(
    ("level", "option", "amount", "parts"),
    [
        ("regional", "add_up", "250000.00", ["50000.00", "200000.00"]),  # 5万 + 20万
        ("regional", "larger_only", "200000.00", ["0.00", "200000.00"]),  # the 20万 alone
        ("national", "larger_only", "500000.00", ["0.00", "500000.00"]),
        ("city", "add_up", "100000.00", ["50000.00", "50000.00"]),  # 5万 + 5万
        ("city", "larger_only", "50000.00", ["50000.00", "0.00"]),  # equal: the reward is kept
    ],
)
def test_the_reward_and_the_support_add_up_or_the_larger_is_paid(
    level: str, option: str, amount: str, parts: list[str]
) -> None:
    """附件4 二（三）: 5万 for the certification; 50万 / 20万 / 5万 for a national / regional / city institution."""
    payload = {"certification": "first", "certified_on": "2020-12-01", "research_institution_level": level}
    data = _evaluate("hte_certification_reward", payload, {ADD_UP: option})
    assert amount == data["amount"]
    assert parts == [row["amount"] for row in data["breakdown"]]
    assert (option, option == "add_up") == _used(data)[ADD_UP]
    assert any(n.get("reading") == ADD_UP for n in data["notes"])


def test_without_an_institution_there_is_nothing_to_add_and_no_reading() -> None:
    """5万 alone; the result depends on no add-up reading."""
    data = _evaluate("hte_certification_reward", {"certification": "first", "certified_on": "2020-12-01"})
    assert "50000.00" == data["amount"]
    assert ADD_UP not in _used(data)


# --- techinno.incubator.window_end ----------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "certified_on", "amount", "window_end"),
    [
        ("anniversary", "2021-03-10", "30000.00", "2021-03-10"),
        ("day_before_anniversary", "2021-03-10", "0.00", "2021-03-09"),
        ("day_before_anniversary", "2021-03-09", "30000.00", "2021-03-09"),
        ("anniversary", "2021-03-11", "0.00", "2021-03-10"),
    ],
)
def test_the_year_after_graduation_ends_on_the_anniversary_or_the_day_before(
    option: str, certified_on: str, amount: str, window_end: str
) -> None:
    """Graduated 2020-03-10: the year runs to 2021-03-10 (民法典 第二百零一、二百零二条), or to 2021-03-09
    when the day of graduation is counted as its first."""
    payload = {
        "incubatees": [{"name": "甲公司", "certified_on": certified_on, "graduated_on": "2020-03-10"}],
        "as_of": "2021-12-31",
        "decision_date": "2022-03-01",
    }
    data = _evaluate("incubator_subsidy", payload, {WINDOW: option})
    assert (amount, window_end) == (data["amount"], data["breakdown"][0]["window_ends_on"])
    assert (option, option == "anniversary") == _used(data)[WINDOW]
