"""第六条 to 第二十一条: every time limit of the measures, on Qinzhou's working-day calendar.

| obligation | article | rule |
| --- | --- | --- |
| ``plan_submission`` | 第六条 | half-year plans due before June and before December |
| ``plan_publication`` | 第七条 | published within 3 working days of issue |
| ``change_application`` | 第十条 | applied for 2 working days before the change |
| ``emergency_paperwork`` | 第十二条 | within 24 hours of the emergency digging |
| ``waste_clearance`` | 第十四条（三） | within 24 hours |
| ``survey`` / ``survey_certificate`` | 第十八条 | 24 hours; 2 working days |
| ``backfill`` | 第十九条 | same day, 2 days or 3 days by road class and direction |
| ``acceptance_application`` / ``acceptance_inspection`` | 第二十条 | 3 and 5 working days |
| ``warranty_end`` / ``re_inspection`` | 第二十一条 | one year; 15 working days |
"""

import datetime as dt

from .._core import (
    GUANGXI,
    Evaluation,
    Example,
    Parameter,
    Problems,
    Result,
    WorkingDayCalendar,
    calculator,
    calendar_date,
    civil_code,
    end_of_days,
    end_of_hours,
    end_of_years,
    shift_days,
)
from .._core.calendar_years import CALENDAR_RULES, counted_calendar
from .._core.crossfield import CrossFieldRule, Requires
from ._deadline_input import (
    DIRECTION_NAMES,
    ROAD_NAMES,
    DeadlineInput,
    Direction,
    Obligation,
    RestDayRule,
    RoadClass,
)
from .parameters import (
    ACCEPTANCE_APPLICATION,
    ACCEPTANCE_INSPECTION,
    BACKFILL,
    CHANGE_APPLICATION,
    EMERGENCY_PAPERWORK,
    PLAN_PUBLICATION,
    PLAN_SUBMISSION,
    RE_INSPECTION,
    ROADS,
    SURVEY,
    SURVEY_CERTIFICATE,
    WARRANTY,
    WASTE_CLEARANCE,
    TimeLimit,
)
from .readings import (
    BACKFILL_REST_DAY_END,
    CHANGE_WORKING_DAYS_AHEAD,
    HOUR_LIMITS_REST_DAYS,
    PLAN_DUE_DAY,
    RE_INSPECTION_START,
    ROAD_CLASS_IGNORED,
    START_TIME_UNKNOWN,
    WARRANTY_LAST_DAY,
)

__all__ = ["DeadlineInput", "Direction", "Obligation", "RestDayRule", "RoadClass", "deadline"]

#: ``rest_day_rule`` is an alias of the reading roads.backfill.rest_day_end: ``civil_code`` chooses
#: ``civil_code_203``; ``calendar``, its default, leaves the choice to the caller's ``readings``.
_REST_DAY_ALIAS: dict[str, str | None] = {"calendar": None, "civil_code": "civil_code_203"}

_HOURS: dict[str, tuple[Parameter[TimeLimit], str]] = {
    "emergency_paperwork": (EMERGENCY_PAPERWORK, "开始紧急抢修挖掘"),
    "waste_clearance": (WASTE_CLEARANCE, "产生渣土、施工废弃物"),
    "survey": (SURVEY, "通知测绘单位验线"),
}
_WORKING_DAYS: dict[str, tuple[Parameter[TimeLimit], str]] = {
    "plan_publication": (PLAN_PUBLICATION, "挖掘计划颁布"),
    "survey_certificate": (SURVEY_CERTIFICATE, "验线合格"),
    "acceptance_application": (ACCEPTANCE_APPLICATION, "完成修复"),
    "acceptance_inspection": (ACCEPTANCE_INSPECTION, "收到验收申请"),
    "re_inspection": (RE_INSPECTION, "质量保修期届满"),
}
_ROAD_GROUP: dict[str, str] = {
    "main": "main_secondary",
    "secondary": "main_secondary",
    "branch": "branch_lane",
    "lane": "branch_lane",
}


def _counted_days(cal: WorkingDayCalendar, event: dt.date, count: int, forward: bool) -> list[dt.date]:
    """The working days counted after (or before) ``event``, the event day not counted."""
    step = 1 if forward else -1
    found: list[dt.date] = []
    day = event
    while len(found) < count:
        day = shift_days(day, step, "start")
        if cal.is_working_day(day, "start"):
            found.append(day)
    return found


def _calendar_notes(ex: Evaluation, cal: WorkingDayCalendar, first: dt.date, last: dt.date) -> None:
    """The calendar's caveats as notes, and the years counted on into ``provenance.calendar``."""
    for citation in cal.citations(first, last):
        ex.cite(citation)
    for code, message in cal.caveats(first, last):
        ex.note(code, message)
    ex.counted_on(cal.provenance(first, last))


def _working_days(
    ex: Evaluation, cal: WorkingDayCalendar, parameter: Parameter[TimeLimit], event: dt.date, what: str
) -> dt.date:
    limit = ex.use(parameter)
    counted = _counted_days(cal, event, limit.count, forward=True)
    ex.cite(civil_code("第二百零一条", event))
    ex.step(
        "{what}：{event:day}，当日不计入，按工作日（{calendar}）自次日起算 {count} 个工作日：{counted:day[、]}",
        what=what,
        event=event,
        calendar=cal.describe(event, counted[-1]),
        count=limit.count,
        counted=counted,
    )
    _calendar_notes(ex, cal, event, counted[-1])
    return counted[-1]


def _plan_submission(ex: Evaluation, cal: WorkingDayCalendar, event: dt.date) -> dt.date:
    months = ex.use(PLAN_SUBMISSION)
    option = ex.reading(PLAN_DUE_DAY)
    ex.note_reading(PLAN_DUE_DAY, option)
    due: list[tuple[dt.date, str]] = []
    for year in (event.year, event.year + 1):
        due.append((calendar_date(year, months.first_month, 1, "start") - dt.timedelta(days=1), f"{year} 年下半年"))
        due.append(
            (calendar_date(year, months.second_month, 1, "start") - dt.timedelta(days=1), f"{year + 1} 年上半年")
        )
    last_day, plan = next((day, plan) for day, plan in due if day >= event)
    ex.step("自 {event:day} 起下一个报送期限：{plan}挖掘计划，最迟 {last:day}", event=event, plan=plan, last=last_day)
    if option == "civil_code_203":
        ex.cite(civil_code("第二百零三条", event))
        moved = cal.roll_forward(last_day, "start")
        if moved != last_day:
            ex.step(
                "{end:day} 为法定休假日，依民法典第二百零三条顺延至休假日结束的次日 {moved:day}",
                end=last_day,
                moved=moved,
            )
            _calendar_notes(ex, cal, last_day, moved)
        return moved
    return last_day


def _change_application(ex: Evaluation, cal: WorkingDayCalendar, change: dt.date) -> dt.date:
    limit = ex.use(CHANGE_APPLICATION)
    option = ex.reading(CHANGE_WORKING_DAYS_AHEAD)
    ex.note_reading(CHANGE_WORKING_DAYS_AHEAD, option)
    # Two whole working days between the application and the start: the third working day before.
    count = limit.count + 1 if option == "two_clear_days" else limit.count
    counted = _counted_days(cal, change, count, forward=False)
    ex.step(
        "变更计划开始：{change:day}，往前数 {count} 个工作日：{counted:day[、]}",
        change=change,
        count=count,
        counted=counted,
    )
    _calendar_notes(ex, cal, counted[-1], change)
    return counted[-1]


def _hours(
    ex: Evaluation, cal: WorkingDayCalendar, parameter: Parameter[TimeLimit], start: dt.date, what: str
) -> dt.date:
    limit = ex.use(parameter)
    day = start.date() if isinstance(start, dt.datetime) else start
    ex.cite(civil_code("第二百零一条", day))
    option = ex.reading(HOUR_LIMITS_REST_DAYS)
    ex.note_reading(HOUR_LIMITS_REST_DAYS, option)
    end: dt.date
    if isinstance(start, dt.datetime):
        end = end_of_hours(start, limit.count, "start")
        ex.step("{what}：{start}，加 {count} 小时 = {end}", what=what, start=start, count=limit.count, end=end)
    else:
        end = _hours_from_day(ex, start, limit.count, what)
    if option == "civil_code_203":
        ex.cite(civil_code("第二百零三条", day))
        last = end.date() if isinstance(end, dt.datetime) else end
        moved = cal.roll_forward(last, "start")
        if moved != last:
            ex.step(
                "{end:day} 为法定休假日，依民法典第二百零三条顺延至休假日结束的次日 {moved:day}", end=last, moved=moved
            )
            _calendar_notes(ex, cal, last, moved)
            return moved
    return end


def _hours_from_day(ex: Evaluation, start: dt.date, count: int, what: str) -> dt.date:
    """A limit in hours from a day without a time: it ends at the latest on the day after."""
    limit_count = count
    end_day = shift_days(start, -(-limit_count // 24), "start")
    ex.note(
        START_TIME_UNKNOWN.code,
        "只给出了日期而没有时刻：按小时计算的期限最迟在次日届满，期限以次日为准；给出时刻可得准确截止时间",
    )
    ex.step(
        "{what}：{start:day}（时刻不详），{count} 小时最迟于 {end:day} 届满",
        what=what,
        start=start,
        count=limit_count,
        end=end_day,
    )
    return end_day


def _backfill(
    ex: Evaluation,
    cal: WorkingDayCalendar,
    certificate: dt.date,
    road_class: RoadClass,
    direction: Direction,
    *,
    rest_day_rule: RestDayRule,
) -> dt.date:
    parameter = BACKFILL[_ROAD_GROUP[road_class], direction]
    limit = ex.use(parameter)
    ex.cite(civil_code("第二百零一条", certificate))
    ex.cite(civil_code("第二百零三条", certificate))
    kind = f"{ROAD_NAMES[road_class]}{DIRECTION_NAMES[direction]}挖掘"
    option = ex.reading(BACKFILL_REST_DAY_END, alias=("rest_day_rule", _REST_DAY_ALIAS[rest_day_rule]))
    ex.note_reading(BACKFILL_REST_DAY_END, option)
    if limit.count == 0:
        ex.step("{kind}：取得验线单 {day:day}，应当当日回填，最迟 {day:day}", kind=kind, day=certificate)
        return certificate
    end = end_of_days(certificate, limit.count, "start")
    ex.step(
        "{kind}：取得验线单 {day:day}，当日不计入，自次日起算 {count} 日，最迟 {end:day}",
        kind=kind,
        day=certificate,
        count=limit.count,
        end=end,
    )
    if option == "civil_code_203":
        moved = cal.roll_forward(end, "start")
        if moved != end:
            ex.step(
                "{end:day} 为法定休假日，依民法典第二百零三条顺延至休假日结束的次日 {moved:day}", end=end, moved=moved
            )
            _calendar_notes(ex, cal, end, moved)
        return moved
    return end


def _warranty(ex: Evaluation, acceptance: dt.date) -> dt.date:
    limit = ex.use(WARRANTY)
    ex.cite(civil_code("第二百零一条", acceptance))
    ex.cite(civil_code("第二百零二条", acceptance))
    option = ex.reading(WARRANTY_LAST_DAY)
    ex.note_reading(WARRANTY_LAST_DAY, option)
    # With the acceptance day counted as the first, the year runs as if counted from the day before.
    counted_from = acceptance if option == "anniversary" else shift_days(acceptance, -1, "start")
    end = end_of_years(counted_from, limit.count, "start")
    ex.step("验收合格 {day:day}，保修 {count} 年，至 {end:day} 届满", day=acceptance, count=limit.count, end=end)
    return end


#: The fields backfill needs (a shape, which the schema says too), the extra days, the caller's calendar, the end.
RULES = (
    CrossFieldRule(
        "backfill_needs_road",
        "missing",
        ("road_class", "direction"),
        "回填时限（obligation 为 backfill，第十九条）须给出道路等级 road_class 和挖掘方向 direction",
        "the backfill deadline (obligation backfill, 第十九条) needs road_class and direction",
        shape=Requires("obligation", ("backfill",), (("road_class", "direction"),)),
    ),
    CrossFieldRule(
        "extra_day_rest_or_working",
        "out_of_range",
        ("extra_working_days[]", "extra_rest_days"),
        "同一日不能既列于 extra_rest_days 又列于 extra_working_days",
        "a day cannot be in both extra_rest_days and extra_working_days",
    ),
    *CALENDAR_RULES,
    CrossFieldRule(
        "deadline_within_calendar",
        "out_of_range",
        ("start",),
        "自起算事件 start 按所选时限（obligation）推算的期限须在 0001-01-01 至 9999-12-31 之内",
        "the deadline counted from start for the obligation must fall within 0001-01-01 to 9999-12-31",
    ),
)


@calculator(
    "roads.deadline",
    DeadlineInput,
    title="道路挖掘修复各项期限",
    document=ROADS,
    event="start",
    decision_default="today_or_event",
    rules=RULES,
    examples=[
        Example(
            "2019-09-27（周五）完成修复，国庆长假前后申请质量验收",
            {"obligation": "acceptance_application", "start": "2019-09-27"},
        ),
        Example(
            "次干道纵向挖掘，2020-01-23 取得验线单（春节前）",
            {"obligation": "backfill", "start": "2020-01-23", "road_class": "secondary", "direction": "longitudinal"},
        ),
        Example(
            "紧急抢修 2019-10-01 22:30 开始挖掘，补办审批手续",
            {"obligation": "emergency_paperwork", "start": "2019-10-01T22:30:00"},
        ),
        Example("2020-02-29 验收合格，保修期届满", {"obligation": "warranty_end", "start": "2020-02-29"}),
    ],
)
def deadline(inp: DeadlineInput, ex: Evaluation) -> Result:
    """第六、七、十、十二、十四、十八、十九、二十、二十一条, e.g. 第二十条："挖掘单位应在完成修复后三个工作日内
    向市政工程行政主管部门申请质量验收，市政工程行政主管部门收到申请后应当于五个工作日内组织验收。"
    第十九条："（一）主、次干道横向挖掘的，应当当日回填；（二）主、次干道纵向挖掘和支、巷路横向挖掘的，
    应当在两日内回填；（三）支、巷路纵向挖掘的，应当在三日内回填。"
    第二十一条："城市道路挖掘修复工程实行一年质量保修制度。……质量保修期届满，市政工程行政主管部门应当在
    十五个工作日内组织对修复工程质量进行再验收。"（每项的原文见其引用。）

    Returns ``deadline``: the last day (or, for hour limits, the last moment) the act may be done.
    """
    problems = Problems()
    if inp.obligation == "backfill":
        if inp.road_class is None:
            problems.add(
                "road_class",
                "missing",
                "回填时限（第十九条）须给出道路等级",
                en="backfill (第十九条) needs the road class",
            )
        if inp.direction is None:
            problems.add(
                "direction",
                "missing",
                "回填时限（第十九条）须给出挖掘方向",
                en="backfill (第十九条) needs the direction of the cut",
            )
    both = set(inp.extra_rest_days) & set(inp.extra_working_days)
    for index, day in enumerate(inp.extra_working_days):
        if day in both:
            problems.add(
                f"extra_working_days[{index}]",
                "out_of_range",
                f"{day.isoformat()} 同时被列为休息日",
                en=f"{day.isoformat()} is also given as a rest day",
            )
    problems.raise_if_any()

    cal = counted_calendar(GUANGXI, ex, inp).with_days(rest=inp.extra_rest_days, working=inp.extra_working_days)
    start = inp.start
    day = start.date() if isinstance(start, dt.datetime) else start
    obligation = inp.obligation
    if obligation != "backfill" and (inp.road_class is not None or inp.direction is not None):
        ex.note(ROAD_CLASS_IGNORED.code, "道路等级和挖掘方向只用于第十九条的回填时限，此项义务不使用")

    result: dt.date
    if obligation in _HOURS:
        parameter, what = _HOURS[obligation]
        result = _hours(ex, cal, parameter, start, what)
    elif obligation in _WORKING_DAYS:
        parameter, what = _WORKING_DAYS[obligation]
        if obligation == "re_inspection":
            option = ex.reading(RE_INSPECTION_START)
            ex.note_reading(RE_INSPECTION_START, option)
            if option == "after_expiry_day":
                day = shift_days(day, 1, "start")
                what = "质量保修期届满（最后一日的次日）"
        result = _working_days(ex, cal, parameter, day, what)
    elif obligation == "plan_submission":
        result = _plan_submission(ex, cal, day)
    elif obligation == "change_application":
        result = _change_application(ex, cal, day)
    elif obligation == "warranty_end":
        result = _warranty(ex, day)
    else:
        if inp.road_class is None or inp.direction is None:  # checked above
            raise AssertionError("backfill without road class or direction")
        result = _backfill(ex, cal, day, inp.road_class, inp.direction, rest_day_rule=inp.rest_day_rule)
    return ex.result(deadline=result)
