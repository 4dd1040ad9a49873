"""第六条 to 第二十一条: every time limit, on the working-day calendar (State Council + 广西三月三).

Calendar facts used (worked by hand): National Day 2019 — 10-01…10-07 off, Sunday 09-29 and
Saturday 10-12 worked; Spring Festival 2020 — 01-24…02-02 off with the extension (02-01, a
Saturday that was to be worked, and 02-02 added), Sunday 01-19 worked; 三月三 2019 in Guangxi —
04-04 and 04-08 off, with 清明 04-05 and the weekend between.
"""

import contextlib
import datetime as dt
from typing import Any

import pytest
from hypothesis import given

import qinzhou_calc as qc
from qinzhou_calc.roads import deadline
from tests import strategies
from tests.roads._helpers import cited, errors, note_codes, run


def _deadline(obligation: str, start: str, **fields: Any) -> Any:
    return run("deadline", obligation=obligation, start=start, **fields)["deadline"]


# --- working days ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("obligation", "start", "expected"),
    [
        # 第七条 三个工作日内向社会公开
        ("plan_publication", "2019-09-30", "2019-10-10"),
        ("plan_publication", "2020-01-17", "2020-01-21"),
        ("plan_publication", "2019-04-03", "2019-04-11"),
        # 第十八条 两个工作日内出具验线单
        ("survey_certificate", "2019-09-30", "2019-10-09"),
        ("survey_certificate", "2019-10-11", "2019-10-14"),
        ("survey_certificate", "2020-01-23", "2020-02-04"),
        ("survey_certificate", "2019-04-03", "2019-04-10"),
        # 第二十条 完成修复后三个工作日内申请质量验收
        ("acceptance_application", "2019-09-27", "2019-10-08"),
        ("acceptance_application", "2020-01-22", "2020-02-04"),
        ("acceptance_application", "2019-04-03", "2019-04-11"),
        # 第二十条 收到申请后五个工作日内组织验收
        ("acceptance_inspection", "2019-09-27", "2019-10-10"),
        ("acceptance_inspection", "2020-01-20", "2020-02-04"),
        ("acceptance_inspection", "2019-04-02", "2019-04-12"),
        # 第二十一条 保修期届满后十五个工作日内再验收
        ("re_inspection", "2019-09-27", "2019-10-23"),
        ("re_inspection", "2020-01-20", "2020-02-18"),
        ("re_inspection", "2019-04-01", "2019-04-25"),
    ],
)
def test_working_day_limits_skip_holidays_and_count_adjusted_working_weekends(
    obligation: str, start: str, expected: str
) -> None:
    """ "三个工作日内"…: the start day is not counted; rest days are skipped, 调休 working days counted."""
    assert expected == _deadline(obligation, start)


def test_a_repair_finished_on_friday_27_september_2019_is_put_up_for_acceptance_by_8_october() -> None:
    """The issue's example: Sunday 09-29 was a working day, 10-01…10-07 were not."""
    data = run("deadline", obligation="acceptance_application", start="2019-09-27")
    expected = "2019-10-08"
    assert expected == data["deadline"]
    assert "政府令第11号 第二十条第二款" in cited(data)
    assert "2019-09-29（周日）" in data["steps"][1]


def test_sanyuesan_is_a_rest_day_in_qinzhou_but_a_caller_may_override_it() -> None:
    """壮族三月三 2019 (04-04, 04-08) is off in Guangxi; with those days worked, the national count comes back."""
    expected = "2019-04-11"
    assert expected == _deadline("acceptance_application", "2019-04-03")
    national = _deadline("acceptance_application", "2019-04-03", extra_working_days=["2019-04-04", "2019-04-08"])
    expected = "2019-04-09"
    assert expected == national


def test_a_caller_may_add_a_rest_day() -> None:
    """A local rest day on Monday 2019-10-14 pushes a certificate due that day to 10-15."""
    expected = "2019-10-15"
    assert expected == _deadline("survey_certificate", "2019-10-11", extra_rest_days=["2019-10-14"])


def test_a_day_both_rested_and_worked_is_refused() -> None:
    """The caller's overrides must not contradict each other."""
    with pytest.raises(qc.InputError) as caught:
        run(
            "deadline",
            obligation="survey_certificate",
            start="2019-10-11",
            extra_rest_days=["2019-10-14"],
            extra_working_days=["2019-10-13", "2019-10-14"],
        )
    expected = [("extra_working_days[1]", "out_of_range")]
    assert expected == errors(caught.value)


def test_a_working_day_count_past_the_known_calendar_is_refused() -> None:
    """No guessed holidays: 2026-12-30 + 3 working days runs into 2027."""
    with pytest.raises(qc.InputError) as caught:
        run("deadline", obligation="acceptance_application", start="2026-12-30")
    expected = [("start", "calendar_out_of_range")]
    assert expected == errors(caught.value)


def test_an_unverified_regional_year_is_flagged() -> None:
    """2025's 三月三 notice was not seen: the result says so."""
    data = run("deadline", obligation="acceptance_application", start="2025-03-28")
    assert "regional_calendar_unverified" in note_codes(data)


@pytest.mark.parametrize(
    "start",
    [
        "2025-02-10",  # 2025's lunar 三月初三 is 03-31: February is weeks away
        "2025-03-14",  # Friday: 03-17 to 03-19, ending 12 days before it
        "2026-10-09",  # 2026's is 04-19
        "2026-04-08",  # Wednesday: 04-09, 04-10, 04-13, six days before it: within the week
    ],
)
def test_an_unverified_regional_year_is_flagged_only_near_its_lunar_sanyuesan(start: str) -> None:
    """The warning is about the 三月三 days, which fall around the lunar 三月初三: within 7 days of it only."""
    data = run("deadline", obligation="acceptance_application", start=start)
    assert (start == "2026-04-08") == ("regional_calendar_unverified" in note_codes(data))


# --- 第十条 change application ------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ("2019-11-14", "2019-11-12"),  # Thursday → Tuesday
        ("2019-10-08", "2019-09-29"),  # after National Day: 09-30, then the worked Sunday 09-29
        ("2020-02-04", "2020-01-23"),  # after the extended Spring Festival: 02-03, then 01-23
        ("2019-04-10", "2019-04-03"),  # after 三月三 and 清明: 04-09, then 04-03
    ],
)
def test_a_change_is_applied_for_by_the_second_working_day_before_it(change: str, expected: str) -> None:
    """ "应当提前两个工作日…提交变更申请": the second working day before the change, the change day not counted."""
    data = run("deadline", obligation="change_application", start=change)
    assert expected == data["deadline"]
    assert "two_working_days_ahead" in note_codes(data)


# --- hours ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("obligation", "start", "expected"),
    [
        ("emergency_paperwork", "2019-10-01T22:30:00", "2019-10-02T22:30:00"),
        ("waste_clearance", "2020-01-24T08:00", "2020-01-25T08:00:00"),
        ("survey", "2019-04-04T09:15:00", "2019-04-05T09:15:00"),
        ("emergency_paperwork", "2019-10-01T14:30:00Z", "2019-10-02T22:30:00"),
    ],
)
def test_hour_limits_run_from_the_stated_time_through_holidays(obligation: str, start: str, expected: str) -> None:
    """ "二十四小时内": from the moment, day and night, holidays included (China time)."""
    data = run("deadline", obligation=obligation, start=start)
    assert expected == data["deadline"]
    assert "hours_run_continuously" in note_codes(data)


def test_an_hour_limit_from_a_bare_date_ends_on_the_next_day() -> None:
    """Without the time, 24 hours from some moment of 09-30 end, at the latest, on 10-01."""
    data = run("deadline", obligation="survey", start="2019-09-30")
    expected = "2019-10-01"
    assert expected == data["deadline"]
    assert "start_time_unknown" in note_codes(data)


# --- 第十九条 backfill --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("road_class", "direction", "certificate", "expected", "clause"),
    [
        ("main", "transverse", "2019-10-01", "2019-10-01", "（一）"),
        ("secondary", "transverse", "2020-01-24", "2020-01-24", "（一）"),
        ("main", "longitudinal", "2019-09-29", "2019-10-01", "（二）"),
        ("secondary", "longitudinal", "2020-01-23", "2020-01-25", "（二）"),
        ("branch", "transverse", "2019-04-03", "2019-04-05", "（二）"),
        ("lane", "transverse", "2019-10-05", "2019-10-07", "（二）"),
        ("branch", "longitudinal", "2019-09-28", "2019-10-01", "（三）"),
        ("lane", "longitudinal", "2020-01-30", "2020-02-02", "（三）"),
    ],
)
def test_backfill_counts_calendar_days_and_does_not_move_off_a_rest_day(
    road_class: str, direction: str, certificate: str, expected: str, clause: str
) -> None:
    """ "（一）主、次干道横向…当日回填；（二）主、次干道纵向和支、巷路横向…两日内；（三）支、巷路纵向…三日内"."""
    data = run("deadline", obligation="backfill", start=certificate, road_class=road_class, direction=direction)
    assert expected == data["deadline"]
    assert "backfill_calendar_days" in note_codes(data)
    assert f"政府令第11号 第十九条{clause}" in cited(data)


@pytest.mark.parametrize(
    ("road_class", "direction", "certificate", "expected"),
    [
        # 2019-10-01 falls in the National Day holiday (10-01…10-07): the next day after it, 10-08
        ("main", "longitudinal", "2019-09-29", "2019-10-08"),
        ("lane", "transverse", "2019-10-05", "2019-10-08"),
        # Saturday 2020-05-16 → Monday 2020-05-18
        ("branch", "transverse", "2020-05-14", "2020-05-18"),
        # Saturday 2020-05-09 was an adjusted working day (调休): not moved
        ("branch", "transverse", "2020-05-07", "2020-05-09"),
        # a working day: not moved
        ("branch", "transverse", "2020-05-06", "2020-05-08"),
        # "当日回填" is not a period counted from the next day: not moved
        ("main", "transverse", "2019-10-01", "2019-10-01"),
    ],
)
def test_backfill_under_the_civil_code_reading_moves_off_a_statutory_rest_day(
    road_class: str, direction: str, certificate: str, expected: str
) -> None:
    """民法典 第二百零三条：期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。"""
    data = run(
        "deadline",
        obligation="backfill",
        start=certificate,
        road_class=road_class,
        direction=direction,
        rest_day_rule="civil_code",
    )
    assert expected == data["deadline"]
    assert "backfill_civil_code" in note_codes(data)
    assert "backfill_calendar_days" not in note_codes(data)


@pytest.mark.parametrize("rule", ["calendar", "civil_code"])
def test_both_backfill_readings_cite_article_203_of_the_civil_code(rule: str) -> None:
    """The calendar reading sets 第二百零三条 aside and says why; the other applies it: both cite it."""
    data = run(
        "deadline",
        obligation="backfill",
        start="2021-05-06",
        road_class="lane",
        direction="longitudinal",
        rest_day_rule=rule,
    )
    assert "中华人民共和国民法典 第二百零三条" in cited(data)


def test_the_calendar_reading_is_the_default_and_says_why_article_203_is_set_aside() -> None:
    """The note names 第二百零三条 and the option."""
    data = run("deadline", obligation="backfill", start="2021-05-06", road_class="lane", direction="longitudinal")
    [note] = [n for n in data["notes"] if n["code"] == "backfill_calendar_days"]
    assert "第二百零三条" in note["message"]
    assert "roads.backfill.rest_day_end = civil_code_203" in note["message"]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"direction": "transverse"}, [("road_class", "missing")]),
        ({"road_class": "lane"}, [("direction", "missing")]),
        ({}, [("road_class", "missing"), ("direction", "missing")]),
        ({"road_class": "highway", "direction": "transverse"}, [("road_class", "invalid_choice")]),
    ],
)
def test_backfill_needs_its_road_class_and_direction(fields: dict[str, str], expected: list[tuple[str, str]]) -> None:
    """第十九条 depends on both."""
    with pytest.raises(qc.InputError) as caught:
        run("deadline", obligation="backfill", start="2020-05-06", **fields)
    assert expected == errors(caught.value)


def test_a_road_class_given_for_another_obligation_is_noted_as_unused() -> None:
    """Only 第十九条 uses it."""
    data = run("deadline", obligation="survey_certificate", start="2020-05-06", road_class="main")
    assert "road_class_ignored" in note_codes(data)


# --- 第二十一条 warranty --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("acceptance", "expected"),
    [
        ("2019-10-08", "2020-10-08"),
        ("2020-02-29", "2021-02-28"),  # no 29 February in 2021: the month's last day
        ("2019-02-28", "2020-02-28"),  # the matching day exists
        ("2019-10-05", "2020-10-05"),  # inside National Day 2020: a period of liability does not move
    ],
)
def test_the_warranty_ends_on_the_matching_day_a_year_later_or_the_months_last_day(
    acceptance: str, expected: str
) -> None:
    """ "一年质量保修制度。时间从…验收合格之日起计算"；民法典 第二百零二条 month-end rule."""
    data = run("deadline", obligation="warranty_end", start=acceptance)
    assert expected == data["deadline"]
    assert "warranty_period" in note_codes(data)


# --- 第六条 plans ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "expected"),
    [
        ("2019-03-10", "2019-05-31"),
        ("2019-05-31", "2019-05-31"),
        ("2019-06-01", "2019-11-30"),
        ("2019-11-30", "2019-11-30"),  # a Saturday: a fixed day, not moved into December
        ("2019-12-01", "2020-05-31"),  # a Sunday: not moved into June
    ],
)
def test_half_year_plans_are_due_by_the_last_day_of_may_and_of_november(start: str, expected: str) -> None:
    """ "应当在每年 6 月和 12 月前…分别报送下半年和下一年度上半年的…计划"."""
    data = run("deadline", obligation="plan_submission", start=start)
    assert expected == data["deadline"]
    assert "plan_before_month" in note_codes(data)


# --- errors and properties ------------------------------------------------------------------


def test_an_unknown_obligation_is_an_invalid_choice() -> None:
    """Only the obligations of the measures."""
    with pytest.raises(qc.InputError) as caught:
        run("deadline", obligation="coffee_break", start="2020-05-06")
    expected = [("obligation", "invalid_choice")]
    assert expected == errors(caught.value)


def test_a_start_before_the_measures_is_not_in_force() -> None:
    """第三十条：本办法自 2018 年 8 月 1 日起施行。"""
    with pytest.raises(qc.InputError) as caught:
        run("deadline", obligation="survey_certificate", start="2018-07-31")
    expected = [("start", "not_in_force")]
    assert expected == errors(caught.value)


def test_the_typed_function_returns_a_date() -> None:
    """deadline(obligation=..., start=date) → Result.deadline."""
    result = deadline(obligation="acceptance_inspection", start=dt.date(2019, 9, 27))
    expected = dt.date(2019, 10, 10)
    assert expected == result.deadline


def _as_day(value: str) -> dt.date:
    return dt.date.fromisoformat(value[:10])


@given(strategies.road_obligations, strategies.road_starts, strategies.road_classes, strategies.cut_directions)
def test_a_deadline_is_never_before_its_start(obligation: str, start: dt.date, road: str, direction: str) -> None:
    """Except 第十条, whose deadline is the last day to apply *before* the change starts."""
    data = run("deadline", obligation=obligation, start=start.isoformat(), road_class=road, direction=direction)
    start_day = start.date() if isinstance(start, dt.datetime) else start
    if obligation == "change_application":
        assert _as_day(data["deadline"]) < start_day
    else:
        assert _as_day(data["deadline"]) >= start_day


@given(
    strategies.payload_like(
        {
            "obligation": strategies.road_obligations,
            "start": strategies.road_starts.map(lambda d: d.isoformat()),
            "road_class": strategies.road_classes,
            "direction": strategies.cut_directions,
            "extra_rest_days": strategies.road_days.map(lambda d: [d.isoformat()]),
        }
    )
)
def test_evaluate_raises_only_input_error_for_any_payload(payload: dict[str, object]) -> None:
    """No other exception escapes evaluate."""
    with contextlib.suppress(qc.InputError):
        qc.evaluate("roads.deadline", payload)


def test_re_inspection_counts_from_the_day_after_the_warranty_ends() -> None:
    """ "质量保修期届满…十五个工作日内": the reading is noted."""
    data = run("deadline", obligation="re_inspection", start="2020-10-08")
    assert "re_inspection_after_warranty" in note_codes(data)


def test_a_date_time_start_counts_working_days_from_its_day() -> None:
    """A repair finished at 18:00 on Friday 2019-09-27 is due for acceptance on 2019-10-08 as well."""
    expected = "2019-10-08"
    assert expected == _deadline("acceptance_application", "2019-09-27T18:00:00")
