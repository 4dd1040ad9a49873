"""政府令第11号 第六条至第二十一条: each reading of the time limits under each of its options, on the
official calendar, with the days counted by hand."""

import datetime as dt
from typing import Any

import pytest

import qinzhou_calc as qc


def _deadline(payload: dict[str, Any], **readings: str) -> Any:
    result = qc.evaluate("roads.deadline", payload, readings=readings)
    return result.deadline, {row.code: row.option for row in result.readings}


@pytest.mark.parametrize(
    ("start", "option", "due"),
    [
        # 2020-05-31 is a Sunday; Monday 2020-06-01 is a working day.
        ("2020-05-10", "fixed_date", dt.date(2020, 5, 31)),
        ("2020-05-10", "civil_code_203", dt.date(2020, 6, 1)),
        # 2019-11-30 is a Saturday; Monday 2019-12-02 is a working day.
        ("2019-11-01", "fixed_date", dt.date(2019, 11, 30)),
        ("2019-11-01", "civil_code_203", dt.date(2019, 12, 2)),
        # 2021-05-31 is a Monday: nothing to extend.
        ("2021-05-10", "civil_code_203", dt.date(2021, 5, 31)),
    ],
)
def test_the_half_year_plan_is_due_on_a_fixed_day_or_extended(start: str, option: str, due: dt.date) -> None:
    """第六条: "应当在每年 6 月和 12 月前……报送"."""
    found, used = _deadline(
        {"obligation": "plan_submission", "start": start}, **{"roads.plan_submission.due_day": option}
    )
    assert due == found
    assert option == used["roads.plan_submission.due_day"]


@pytest.mark.parametrize(
    ("option", "due"),
    [("second_working_day", dt.date(2020, 6, 9)), ("two_clear_days", dt.date(2020, 6, 8))],
)
def test_a_change_starting_on_a_thursday_is_applied_for_on_tuesday_or_monday(option: str, due: dt.date) -> None:
    """第十条: 提前两个工作日; the change starts Thursday 2020-06-11."""
    found, _ = _deadline(
        {"obligation": "change_application", "start": "2020-06-11"},
        **{"roads.change_application.working_days_ahead": option},
    )
    assert due == found


@pytest.mark.parametrize(
    ("payload", "option", "due"),
    [
        # 24 hours from 2019-10-01 22:30 end on 2019-10-02 22:30, in the National Day rest days
        # (2019-10-01 to 10-07); the first working day after them is 2019-10-08.
        (
            {"obligation": "emergency_paperwork", "start": "2019-10-01T22:30:00"},
            "continuous",
            dt.datetime(2019, 10, 2, 22, 30),
        ),
        ({"obligation": "emergency_paperwork", "start": "2019-10-01T22:30:00"}, "civil_code_203", dt.date(2019, 10, 8)),
        # A day without a time: 24 hours end at the latest on the next day, 2020-01-24, in the Spring
        # Festival rest days (2020-01-24 to 02-02): 2020-02-03.
        ({"obligation": "waste_clearance", "start": "2020-01-23"}, "continuous", dt.date(2020, 1, 24)),
        ({"obligation": "waste_clearance", "start": "2020-01-23"}, "civil_code_203", dt.date(2020, 2, 3)),
        # 2020-06-10 10:00 + 24 hours is Thursday 2020-06-11 10:00, a working day: not moved.
        ({"obligation": "survey", "start": "2020-06-10T10:00:00"}, "civil_code_203", dt.datetime(2020, 6, 11, 10, 0)),
    ],
)
def test_a_limit_in_hours_runs_through_rest_days_or_is_extended_past_them(
    payload: dict[str, Any], option: str, due: dt.date
) -> None:
    found, used = _deadline(payload, **{"roads.hour_limits.rest_days": option})
    assert due == found
    assert option == used["roads.hour_limits.rest_days"]


@pytest.mark.parametrize(
    ("option", "due"),
    [
        # The warranty's last day is Thursday 2021-03-04: 15 working days from Friday 03-05 end on
        # Thursday 03-25 (03-05; 03-08..12; 03-15..19; 03-22..25).
        ("after_last_day", dt.date(2021, 3, 25)),
        # 届满 on Friday 03-05: 15 working days from Monday 03-08 end on Friday 03-26.
        ("after_expiry_day", dt.date(2021, 3, 26)),
    ],
)
def test_the_re_inspection_counts_from_the_day_after_the_last_day_or_after_expiry(option: str, due: dt.date) -> None:
    """第二十一条第二款: 质量保修期届满，……应当在十五个工作日内组织……再验收."""
    found, _ = _deadline(
        {"obligation": "re_inspection", "start": "2021-03-04"}, **{"roads.re_inspection.start": option}
    )
    assert due == found


@pytest.mark.parametrize(
    ("start", "option", "due"),
    [
        ("2020-05-10", "anniversary", dt.date(2021, 5, 10)),
        ("2020-05-10", "day_before_anniversary", dt.date(2021, 5, 9)),
        # No 2021-02-29: the month's end, counted either way.
        ("2020-02-29", "anniversary", dt.date(2021, 2, 28)),
        ("2020-02-29", "day_before_anniversary", dt.date(2021, 2, 28)),
    ],
)
def test_the_warranty_ends_on_the_anniversary_or_the_day_before(start: str, option: str, due: dt.date) -> None:
    """第二十一条第一款: 一年质量保修……时间从……验收合格之日起计算."""
    found, used = _deadline({"obligation": "warranty_end", "start": start}, **{"roads.warranty.last_day": option})
    assert due == found
    assert option == used["roads.warranty.last_day"]
