"""政府令第11号 第十九条: the reading roads.backfill.rest_day_end, under each option, and the payload
field ``rest_day_rule`` that is its alias."""

import datetime as dt

import pytest

import qinzhou_calc as qc

CODE = "roads.backfill.rest_day_end"
# 次干路纵向挖掘, certificate 2020-01-23: 2 days end on 2020-01-25, inside the Spring Festival
# rest days (2020-01-24 to 2020-02-02, extended by the State Council's notice), so 民法典
# 第二百零三条 would move it to 2020-02-03.
PAYLOAD = {"obligation": "backfill", "start": "2020-01-23", "road_class": "secondary", "direction": "longitudinal"}


def test_by_default_the_last_day_is_not_extended() -> None:
    result = qc.evaluate("roads.deadline", PAYLOAD)
    assert dt.date(2020, 1, 25) == result.deadline
    assert [{"code": CODE, "option": "no_extension", "default": True}] == result.to_dict()["readings"]
    note = next(n for n in result.to_dict()["notes"] if n["code"] == "backfill_calendar_days")
    assert CODE == note["reading"]


def test_under_civil_code_203_the_last_day_moves_past_the_rest_days() -> None:
    result = qc.evaluate("roads.deadline", PAYLOAD, readings={CODE: "civil_code_203"})
    assert dt.date(2020, 2, 3) == result.deadline
    assert [{"code": CODE, "option": "civil_code_203", "default": False}] == result.to_dict()["readings"]
    assert "backfill_civil_code" in [n.code for n in result.notes]


def test_the_payload_field_rest_day_rule_is_an_alias_of_the_reading() -> None:
    aliased = qc.evaluate("roads.deadline", {**PAYLOAD, "rest_day_rule": "civil_code"})
    assert dt.date(2020, 2, 3) == aliased.deadline
    assert [{"code": CODE, "option": "civil_code_203", "default": False}] == aliased.to_dict()["readings"]
    agreeing = qc.evaluate(
        "roads.deadline", {**PAYLOAD, "rest_day_rule": "civil_code"}, readings={CODE: "civil_code_203"}
    )
    assert aliased.deadline == agreeing.deadline


def test_the_alias_and_readings_choosing_differently_is_invalid_reading() -> None:
    with pytest.raises(qc.InputError) as raised:
        qc.evaluate("roads.deadline", {**PAYLOAD, "rest_day_rule": "civil_code"}, readings={CODE: "no_extension"})
    assert [("rest_day_rule", "invalid_reading")] == [(p.field, p.code) for p in raised.value.errors]


def test_a_same_day_backfill_depends_on_the_reading_but_never_moves() -> None:
    """次干路横向: backfill the same day; "当日" is not a period counted from the next day."""
    payload = {**PAYLOAD, "direction": "transverse"}
    assert dt.date(2020, 1, 23) == qc.evaluate("roads.deadline", payload, readings={CODE: "civil_code_203"}).deadline


def test_the_comparison_shows_both_deadlines() -> None:
    [row] = qc.compare_readings("roads.deadline", PAYLOAD)
    assert CODE == row["code"]
    assert [("no_extension", True, "2020-01-25"), ("civil_code_203", False, "2020-02-03")] == [
        (option["key"], option["default"], option["outcome"]["deadline"]) for option in row["options"]
    ]


def test_a_deadline_of_another_obligation_depends_on_no_reading_and_compares_to_nothing() -> None:
    payload = {"obligation": "plan_publication", "start": "2020-03-02"}
    assert [] == qc.compare_readings("roads.deadline", payload)


def test_verify_replays_the_stored_option() -> None:
    stored = qc.evaluate("roads.deadline", PAYLOAD, readings={CODE: "civil_code_203"}).to_dict()
    assert qc.verify(stored).same


def test_a_batch_with_workers_takes_the_readings_too() -> None:
    results = qc.evaluate_many("roads.deadline", [PAYLOAD, PAYLOAD], readings={CODE: "civil_code_203"}, workers=2)
    assert [dt.date(2020, 2, 3)] * 2 == [r.deadline for r in results if isinstance(r, qc.Result)]


def test_the_reading_is_listed_with_its_options_and_default() -> None:
    [listed] = [r for r in qc.readings(document="roads") if r["code"] == CODE]
    assert ("第十九条", "no_extension", ["no_extension", "civil_code_203"]) == (
        listed["article"],
        listed["default"],
        [o["key"] for o in listed["options"]],
    )
