"""政府令第12号 二: "并处以" became "可以处以" in 第二十四、二十五、二十七、二十八条 from 2019-12-01;
从旧兼从轻 for acts before that day decided after it."""

import datetime as dt
from typing import Any

import pytest
from hypothesis import given

import qinzhou_calc as qc
from tests import strategies
from tests.roads._helpers import cited, errors, note_codes, run

#: One payload per amended fine, without its dates.
AMENDED: list[tuple[str, dict[str, Any]]] = [
    ("unpermitted_excavation_fine", {"points": [35]}),
    ("unapproved_change_fine", {}),
    ("repair_default_fine", {"repair_cost": "100", "repair_fee_paid": "100"}),
    ("site_violation_fine", {"violation": "no_notice_board"}),
]
NAMES = [name for name, _ in AMENDED]


def _quoted(data: dict[str, Any], article: str) -> str:
    return str(next(c["text"] for c in data["citations"] if c["article"] == article and c["clause"] is None))


ARTICLE = {
    "unpermitted_excavation_fine": "第二十四条",
    "unapproved_change_fine": "第二十五条",
    "repair_default_fine": "第二十七条",
    "site_violation_fine": "第二十八条",
}


@pytest.mark.parametrize(("name", "fields"), AMENDED, ids=NAMES)
def test_the_day_before_the_amendment_the_fine_must_be_imposed(name: str, fields: dict[str, Any]) -> None:
    """2019-11-30: the 2018 text, "并处以"."""
    data = run(name, violation_date="2019-11-30", **fields)
    assert data["mandatory"] is True
    assert "并处以" in _quoted(data, ARTICLE[name])
    assert "可以处以" not in _quoted(data, ARTICLE[name])
    assert "original_text_reconstructed" in note_codes(data)


@pytest.mark.parametrize(("name", "fields"), AMENDED, ids=NAMES)
def test_from_the_amendment_the_fine_may_be_imposed(name: str, fields: dict[str, Any]) -> None:
    """2019-12-01: the amended text, "可以处以"."""
    data = run(name, violation_date="2019-12-01", **fields)
    assert data["mandatory"] is False
    assert "可以处以" in _quoted(data, ARTICLE[name])
    assert "lighter_new_law" not in note_codes(data)


@pytest.mark.parametrize(("name", "fields"), AMENDED, ids=NAMES)
def test_an_act_before_the_amendment_decided_before_it_keeps_the_old_text(name: str, fields: dict[str, Any]) -> None:
    """Decision on 2019-11-30 for an act on 2019-10-15: "并处以"."""
    data = run(name, violation_date="2019-10-15", decision_date="2019-11-30", **fields)
    assert data["mandatory"] is True
    assert "lighter_new_law" not in note_codes(data)


@pytest.mark.parametrize(("name", "fields"), AMENDED, ids=NAMES)
def test_an_act_before_the_amendment_decided_after_it_gets_the_lighter_text(name: str, fields: dict[str, Any]) -> None:
    """从旧兼从轻: an act on 2019-10-15 decided on 2019-12-01 gets "可以处以", with the rule cited and noted."""
    data = run(name, violation_date="2019-10-15", decision_date="2019-12-01", **fields)
    assert data["mandatory"] is False
    assert "lighter_new_law" in note_codes(data)
    assert "中华人民共和国立法法（2015） 第九十三条" in cited(data)
    assert "政府令第12号 二" in cited(data)
    assert "可以处以" in _quoted(data, ARTICLE[name])


@pytest.mark.parametrize(
    ("decision", "rule"),
    [
        ("2021-07-14", "中华人民共和国立法法（2015） 第九十三条"),
        ("2021-07-15", "中华人民共和国行政处罚法（2021） 第三十七条"),
    ],
)
def test_the_leniency_rule_is_cited_from_the_law_in_force_at_the_decision(decision: str, rule: str) -> None:
    """行政处罚法 (2021) 第三十七条 from 2021-07-15; 立法法 第九十三条 before."""
    data = run("unapproved_change_fine", violation_date="2019-06-01", decision_date=decision)
    assert rule in cited(data)


def test_the_case_range_is_the_same_under_both_texts() -> None:
    """The amendment changed only "并处以" to "可以处以", not the amounts."""
    before = run("unpermitted_excavation_fine", points=[20, 100], violation_date="2019-11-30")
    after = run("unpermitted_excavation_fine", points=[20, 100], violation_date="2019-12-01")
    expected = ("11000.00", "18000.00")
    assert expected == (before["minimum"], before["maximum"])
    assert (before["minimum"], before["maximum"]) == (after["minimum"], after["maximum"])


@pytest.mark.parametrize("name", NAMES)
def test_an_act_before_the_measures_took_effect_is_not_in_force(name: str) -> None:
    """第三十条：本办法自 2018 年 8 月 1 日起施行。"""
    fields = dict(AMENDED)[name]
    with pytest.raises(qc.InputError) as caught:
        run(name, violation_date="2018-07-31", **fields)
    expected = [("violation_date", "not_in_force")]
    assert expected == errors(caught.value)
    assert run(name, violation_date="2018-08-01", **fields)["mandatory"] is True


def test_an_act_before_the_measures_is_refused_even_with_a_later_as_of() -> None:
    """The act's date decides; as_of cannot bring an earlier act under the measures."""
    with pytest.raises(qc.InputError) as caught:
        run("unapproved_change_fine", violation_date="2018-07-31", as_of="2020-01-01")
    expected = [("violation_date", "not_in_force")]
    assert expected == errors(caught.value)


@pytest.mark.parametrize("name", NAMES)
def test_a_decision_before_the_act_is_refused(name: str) -> None:
    """The authority cannot decide before the act: event_after_decision, on the act's own field."""
    with pytest.raises(qc.InputError) as caught:
        run(name, violation_date="2020-03-02", decision_date="2020-03-01", **dict(AMENDED)[name])
    expected = [("violation_date", "event_after_decision")]
    assert expected == errors(caught.value)


@given(strategies.road_days, strategies.road_days)
def test_the_decision_never_makes_the_fine_heavier(act: dt.date, decision: dt.date) -> None:
    """从轻: whatever the decision date, the result is never mandatory when the act's own text was not."""
    act, decision = sorted((act, decision))
    alone = run("unapproved_change_fine", violation_date=act.isoformat())
    decided = run("unapproved_change_fine", violation_date=act.isoformat(), decision_date=decision.isoformat())
    assert decided["mandatory"] <= alone["mandatory"]
