"""The input of ``roads.deadline`` (第六条 to 第二十一条): the obligation whose time limit is asked,
the event it runs from, and for 第十九条 the road and the direction of the cut."""

import datetime as dt
from typing import Literal

from .._core import DateOrDateTime, decision_date_spec, record, spec
from .._core.calendar_years import CalendarInput

__all__ = [
    "DIRECTION_NAMES",
    "OBLIGATION_NAMES",
    "REST_DAY_RULE_NAMES",
    "ROAD_NAMES",
    "DeadlineInput",
    "Direction",
    "Obligation",
    "RestDayRule",
    "RoadClass",
]

Obligation = Literal[
    "plan_submission",
    "plan_publication",
    "change_application",
    "emergency_paperwork",
    "waste_clearance",
    "survey",
    "survey_certificate",
    "backfill",
    "acceptance_application",
    "acceptance_inspection",
    "warranty_end",
    "re_inspection",
]
RoadClass = Literal["main", "secondary", "branch", "lane"]
Direction = Literal["transverse", "longitudinal"]
RestDayRule = Literal["calendar", "civil_code"]
OBLIGATION_NAMES = {
    "plan_submission": "报送挖掘计划（第六条）",
    "plan_publication": "公开挖掘计划（第七条）",
    "change_application": "提交变更申请（第十条）",
    "emergency_paperwork": "紧急抢修补办审批手续（第十二条）",
    "waste_clearance": "清运渣土及施工废弃物（第十四条）",
    "survey": "完成验线（第十八条）",
    "survey_certificate": "出具验线单（第十八条）",
    "backfill": "沟槽回填（第十九条）",
    "acceptance_application": "申请质量验收（第二十条）",
    "acceptance_inspection": "组织验收（第二十条）",
    "warranty_end": "质量保修期届满（第二十一条）",
    "re_inspection": "组织再验收（第二十一条）",
}
REST_DAY_RULE_NAMES = {"calendar": "按自然日，不顺延", "civil_code": "遇法定休假日顺延（民法典第二百零三条）"}
ROAD_NAMES = {"main": "主干道", "secondary": "次干道", "branch": "支路", "lane": "巷路"}
DIRECTION_NAMES = {"transverse": "横向", "longitudinal": "纵向"}


@record
class DeadlineInput:
    """道路挖掘修复各项期限的输入。"""

    obligation: Obligation = spec(
        "义务",
        "plan_submission 第六条；plan_publication 第七条；change_application 第十条；emergency_paperwork 第十二条；"
        "waste_clearance 第十四条；survey、survey_certificate 第十八条；backfill 第十九条；"
        "acceptance_application、acceptance_inspection 第二十条；warranty_end、re_inspection 第二十一条",
        en="Obligation",
        choices=OBLIGATION_NAMES,
    )
    start: DateOrDateTime = spec(
        "起算事件的日期或时刻",
        "各义务起算的事件（如完成修复之日、验收合格之日、开始紧急抢修的时刻）；按小时计的期限应给出时刻",
        en="Date or time of the starting event",
    )
    road_class: RoadClass | None = spec(
        "道路等级",
        "沟槽回填（第十九条）必填：main 主干道、secondary 次干道、branch 支路、lane 巷路",
        default=None,
        en="Road class",
        choices=ROAD_NAMES,
    )
    direction: Direction | None = spec(
        "挖掘方向",
        "沟槽回填（第十九条）必填：transverse 横向、longitudinal 纵向",
        default=None,
        en="Direction of the cut",
        choices=DIRECTION_NAMES,
    )
    rest_day_rule: RestDayRule = spec(
        "回填期限遇休息日的处理",
        "沟槽回填（第十九条）适用，即读法 roads.backfill.rest_day_end 的别名：缺省按自然日、不顺延；"
        "也可选最后一日为法定休假日的按民法典第二百零三条顺延",
        default="calendar",
        en="Backfill deadline on a rest day",
        choices=REST_DAY_RULE_NAMES,
    )
    extra_rest_days: tuple[dt.date, ...] = spec(
        "另行放假的日期", "官方日历及广西三月三之外另行休息的日期（调用方补充）", default=(), en="Extra rest days"
    )
    extra_working_days: tuple[dt.date, ...] = spec(
        "另行上班的日期", "官方日历及广西三月三之外另行上班的日期（调用方补充）", default=(), en="Extra working days"
    )
    calendar: CalendarInput | None = spec(
        "工作日历年份",
        "调用方提供的国务院节假日安排（每年为完整安排，优先于库内数据），可含该年的广西壮族三月三；"
        "选“暂定日历”时，国务院尚未公布的年份按暂定日历计算",
        default=None,
        en="Working-day calendar years",
    )
    as_of: dt.date | None = spec(
        "适用日期", "适用哪一天有效的规定；缺省为起算事件的日期", default=None, en="Date of the law applied"
    )
    decision_date: dt.date | None = decision_date_spec()
