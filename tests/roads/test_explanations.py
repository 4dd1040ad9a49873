"""What each roads calculator writes down: its steps, and its readings of the text as notes.

The steps and readings are worked out by hand from the measures and the calendar; a reader
of a result relies on them as much as on the date or the range.
"""

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

import qinzhou_calc as qc
from qinzhou_calc._core import Evaluation, Parameter
from qinzhou_calc._core.steps import texts
from qinzhou_calc.roads._fines import applicable_rule
from qinzhou_calc.roads.parameters import ROADS, FineRule

CHANGE_READING = (
    "“提前两个工作日”读作：变更开始之日（不计入）往前数第二个工作日为最迟申请日，"
    "例如周四开始的变更最迟于周二申请；不采用申请日与开始日之间须间隔两个完整工作日的读法"
)
PLAN_READING = (
    "“6 月和 12 月前”读作 6 月 1 日、12 月 1 日之前，即最迟 5 月 31 日、11 月 30 日报送；"
    "该日是固定日期而非期间，遇休息日不顺延"
)
HOURS_READING = "按小时计算的期限自事件发生的时刻起连续计算，休息日照算，不适用最后一日顺延的规则"
NO_TIME_READING = "只给出了日期而没有时刻：按小时计算的期限最迟在次日届满，期限以次日为准；给出时刻可得准确截止时间"
BACKFILL_READING = (
    "第十九条的回填时限按自然日计算（本办法其他条款明言“工作日”，此处只言“日”），"
    "是挖掘单位对敞开沟槽的施工时限，最后一日为休息日的不顺延；这一读法不适用民法典第二百零三条"
    "（最后一日是法定休假日的顺延至休假日结束的次日）：该条为届满之日无法办事的情形而设，回填是挖掘单位"
    "自己的施工，敞开的沟槽每天都是道路上的危险。如按第二百零三条顺延，可选读法 "
    "roads.backfill.rest_day_end = civil_code_203。"
)
WARRANTY_READING = (
    "保修期自验收合格次日起算，到期年的对应日为最后一日，没有对应日的以月末日为最后一日；"
    "保修期是责任期间而非作出行为的期限，最后一日为休息日的不顺延"
)


def deadline(**payload: Any) -> qc.Result:
    return qc.evaluate("roads.deadline", payload)


def notes(result: qc.Result) -> list[tuple[str, str]]:
    return [(n.code, n.message) for n in result.notes]


@pytest.mark.parametrize(
    ("payload", "expected", "steps", "readings"),
    [
        (
            # Thursday 10 October 2019: the two working days before are Wednesday 9 and Tuesday 8.
            {"obligation": "change_application", "start": "2019-10-10"},
            dt.date(2019, 10, 8),
            ["变更计划开始：2019-10-10（周四），往前数 2 个工作日：2019-10-09（周三）、2019-10-08（周二）"],
            [("two_working_days_ahead", CHANGE_READING)],
        ),
        (
            # After 31 May 2019 the next plan is the one for the first half of 2020, due by Saturday 30 November.
            {"obligation": "plan_submission", "start": "2019-06-15"},
            dt.date(2019, 11, 30),
            ["自 2019-06-15（周六） 起下一个报送期限：2020 年上半年挖掘计划，最迟 2019-11-30（周六）"],
            [("plan_before_month", PLAN_READING)],
        ),
        (
            # After 30 November 2019 the next is the plan for the second half of 2020, due by 31 May 2020.
            {"obligation": "plan_submission", "start": "2019-12-05"},
            dt.date(2020, 5, 31),
            ["自 2019-12-05（周四） 起下一个报送期限：2020 年下半年挖掘计划，最迟 2020-05-31（周日）"],
            [("plan_before_month", PLAN_READING)],
        ),
        (
            {"obligation": "emergency_paperwork", "start": "2019-10-01T22:30:00"},
            dt.datetime(2019, 10, 2, 22, 30),
            ["开始紧急抢修挖掘：2019-10-01 22:30:00，加 24 小时 = 2019-10-02 22:30:00"],
            [("hours_run_continuously", HOURS_READING)],
        ),
        (
            {"obligation": "survey", "start": "2019-10-01"},
            dt.date(2019, 10, 2),
            ["通知测绘单位验线：2019-10-01（周二）（时刻不详），24 小时最迟于 2019-10-02（周三） 届满"],
            [("hours_run_continuously", HOURS_READING), ("start_time_unknown", NO_TIME_READING)],
        ),
        (
            {"obligation": "backfill", "start": "2020-01-23", "road_class": "main", "direction": "transverse"},
            dt.date(2020, 1, 23),
            ["主干道横向挖掘：取得验线单 2020-01-23（周四），应当当日回填，最迟 2020-01-23（周四）"],
            [("backfill_calendar_days", BACKFILL_READING)],
        ),
        (
            {"obligation": "backfill", "start": "2020-01-23", "road_class": "secondary", "direction": "longitudinal"},
            dt.date(2020, 1, 25),
            ["次干道纵向挖掘：取得验线单 2020-01-23（周四），当日不计入，自次日起算 2 日，最迟 2020-01-25（周六）"],
            [("backfill_calendar_days", BACKFILL_READING)],
        ),
        (
            {"obligation": "backfill", "start": "2020-01-23", "road_class": "lane", "direction": "longitudinal"},
            dt.date(2020, 1, 26),
            ["巷路纵向挖掘：取得验线单 2020-01-23（周四），当日不计入，自次日起算 3 日，最迟 2020-01-26（周日）"],
            [("backfill_calendar_days", BACKFILL_READING)],
        ),
        (
            # 2021 has no 29 February: the warranty ends on the month's last day, a Sunday, and is not moved.
            {"obligation": "warranty_end", "start": "2020-02-29"},
            dt.date(2021, 2, 28),
            ["验收合格 2020-02-29（周六），保修 1 年，至 2021-02-28（周日） 届满"],
            [("warranty_period", WARRANTY_READING)],
        ),
    ],
)
def test_each_deadline_explains_its_count_and_its_reading(
    payload: dict[str, Any], expected: dt.date, steps: list[str], readings: list[tuple[str, str]]
) -> None:
    """第六、十、十二、十八、十九、二十一条: the count, step by step, and the reading chosen."""
    result = deadline(**payload)
    assert expected == result.deadline
    start = dt.date.fromisoformat(str(payload["start"])[:10]).isoformat()
    assert result.steps[0].startswith(f"适用 {start} 有效的规定（事件日期，取自起算事件的日期或时刻（start））")
    assert steps == list(result.steps)[1:]
    assert readings == notes(result)


def test_a_lighter_amended_fine_explains_both_texts_and_applies_the_new_one() -> None:
    """从旧兼从轻: an act of 30 November 2019 decided on 1 January 2020 takes the amended "可以处以"."""
    result = qc.evaluate(
        "roads.unapproved_change_fine", {"violation_date": "2019-11-30", "decision_date": "2020-01-01"}
    )
    expected = [
        "适用 2019-11-30 有效的规定（事件日期，取自违法行为发生日（violation_date））；"
        "决定日期 2020-01-01（取自处罚决定日（decision_date））",
        "行为发生时（2019-11-30）的文本为“并处以”，作出决定时（2020-01-01）的文本为“可以处以”，新的规定较轻",
        "适用 政府令第11号（政府令第12号修改） 第二十五条（2019-12-01 起施行的文本）：“可以处以”罚款，"
        "1000.00 元以上 20000.00 元以下，可以处罚",
    ]
    assert expected == list(result.steps)
    assert ["lighter_new_law"] == [n.code for n in result.notes]
    assert (Decimal(1000), Decimal(20000), False) == (result.minimum, result.maximum, result.mandatory)


def test_the_2018_text_of_an_amended_fine_is_noted_as_reconstructed() -> None:
    """An act of 30 November 2019 decided that day: the 2018 text, "并处以", rebuilt from the amendment."""
    result = qc.evaluate("roads.unapproved_change_fine", {"violation_date": "2019-11-30"})
    expected = [
        "适用 2019-11-30 有效的规定（事件日期，取自违法行为发生日（violation_date））；"
        "决定日期 2019-11-30（未给出决定日期，按违法行为发生日（violation_date））",
        "适用 政府令第11号 第二十五条（2018-08-01 起施行的文本）：“并处以”罚款，"
        "1000.00 元以上 20000.00 元以下，应当处罚",
    ]
    assert expected == list(result.steps)
    reconstructed = "2019-12-01 前的条文依政府令第12号第二项还原：将修改后文本中的“可以处以”还原为“并处以”"
    assert [("original_text_reconstructed", reconstructed)] == notes(result)


def test_a_fine_never_amended_is_not_noted_as_reconstructed() -> None:
    """Only a rule with a 2019 version has a reconstructed 2018 text."""
    rule = Parameter.fixed(
        "t.fine",
        "测试",
        FineRule(Decimal(200), Decimal(2000), True, "处以"),
        ROADS.cite("第二十六条", None, "处以两百元以上两千元以下的罚款"),
        since=dt.date(2018, 8, 1),
    )
    ex = Evaluation("t", dt.date(2019, 1, 1))
    ex.decision_date = dt.date(2019, 1, 2)
    valued = applicable_rule(ex, rule)
    assert FineRule(Decimal(200), Decimal(2000), True, "处以") == valued.value
    assert [] == ex.notes
    assert [
        "适用 政府令第11号 第二十六条（2018-08-01 起施行的文本）：“处以”罚款，200.00 元以上 2000.00 元以下，应当处罚"
    ] == list(texts(ex.steps))
