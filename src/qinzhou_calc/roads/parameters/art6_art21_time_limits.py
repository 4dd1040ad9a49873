"""第六条 to 第二十一条: every time limit of the measures, as dated data with its citation."""

from decimal import Decimal
from typing import Literal

from ..._core import Citation, Parameter, record
from .documents import ROADS

__all__ = [
    "ACCEPTANCE_APPLICATION",
    "ACCEPTANCE_INSPECTION",
    "BACKFILL",
    "CHANGE_APPLICATION",
    "EMERGENCY_PAPERWORK",
    "PLAN_PUBLICATION",
    "PLAN_SUBMISSION",
    "RE_INSPECTION",
    "SURVEY",
    "SURVEY_CERTIFICATE",
    "WARRANTY",
    "WASTE_CLEARANCE",
    "PlanDates",
    "TimeLimit",
]


@record
class TimeLimit:
    """A time limit of the measures: ``count`` hours, calendar days, working days or years."""

    count: int
    unit: Literal["hours", "days", "working_days", "years"]


@record
class PlanDates:
    """第六条: the months before which each half-year plan is due, and the half-year it covers."""

    first_month: int
    second_month: int


#: A what-if time limit stays within 100 of its units (100 years is still a date).
_LIMIT_BOUNDS = (Decimal(0), Decimal(100))


def _limit(
    name: str, description: str, limit: TimeLimit, citation: Citation, unit: str = "时限"
) -> Parameter[TimeLimit]:
    return Parameter.fixed(
        name, description, limit, citation, since=ROADS.in_force_from, unit=unit, bounds=_LIMIT_BOUNDS
    )


PLAN_SUBMISSION: Parameter[PlanDates] = Parameter.fixed(
    "roads.plan.submission_months",
    "管线产权单位报送半年挖掘计划的月份（6月前、12月前）",
    PlanDates(6, 12),
    ROADS.cite(
        "第六条",
        None,
        "城市燃气、供电、供水、通信、有线电视、交通标志等管线产权单位，确需挖掘城市道路施工的，"
        "应当在每年 6 月和 12 月前向市政工程行政主管部门分别报送下半年和下一年度上半年的城市道路挖掘计划，"
        "并且同时抄送市城乡规划主管部门、公安交通管理部门。",
    ),
    since=ROADS.in_force_from,
    bounds=(Decimal(1), Decimal(12)),
    unit="月",
)

PLAN_PUBLICATION = _limit(
    "roads.plan.publication_limit",
    "挖掘计划向社会公开的期限",
    TimeLimit(3, "working_days"),
    ROADS.cite(
        "第七条",
        "第四款",
        "市政工程行政主管部门应当将城市道路挖掘计划自颁布之日起三个工作日内向社会公开。",
    ),
    unit="时限",
)

CHANGE_APPLICATION = _limit(
    "roads.change.application_limit",
    "超出许可范围挖掘提前提交变更申请的工作日数",
    TimeLimit(2, "working_days"),
    ROADS.cite(
        "第十条",
        "第二款",
        "挖掘施工期间，需要超过挖掘许可证许可的范围进行挖掘的，应当提前两个工作日向市政工程行政主管部门"
        "提交变更申请和依据材料。",
    ),
    unit="时限",
)

EMERGENCY_PAPERWORK = _limit(
    "roads.emergency.paperwork_limit",
    "紧急抢修补办审批手续的期限",
    TimeLimit(24, "hours"),
    ROADS.cite(
        "第十二条",
        None,
        "城市道路下的供水、供气、供电、通信等管线因发生故障需要紧急抢修的，管线使用单位可以先行挖掘抢修，"
        "同时通知市政工程行政主管部门和公安交通管理部门，并且在二十四小时内按照有关规定补办审批手续。",
    ),
    unit="时限",
)

WASTE_CLEARANCE = _limit(
    "roads.waste.clearance_limit",
    "渣土及施工废弃物清运的期限",
    TimeLimit(24, "hours"),
    ROADS.cite(
        "第十四条",
        "（三）",
        "挖掘的渣土以及施工废弃物应当定点堆放并控制堆放面积，并且在二十四小时内采用密闭车辆清运，保持环境清洁。",
    ),
    unit="时限",
)

_ART18_TEXT = (
    "挖掘单位应当在沟槽回填前通知具有相应资质的测绘单位进行现场验线。测绘单位应当在二十四小时内完成验线工作。"
    "验线合格的，测绘单位应在两个工作日内出具建设工程验线单（非建筑类）。"
)

SURVEY = _limit(
    "roads.survey.limit",
    "测绘单位完成验线的期限",
    TimeLimit(24, "hours"),
    ROADS.cite("第十八条", None, _ART18_TEXT),
    unit="时限",
)

SURVEY_CERTIFICATE = _limit(
    "roads.survey.certificate_limit",
    "验线合格后出具验线单的期限",
    TimeLimit(2, "working_days"),
    ROADS.cite("第十八条", None, _ART18_TEXT),
    unit="时限",
)

_ART19_CHAPEAU = "挖掘单位应当在取得建设工程验线单后，按以下时限内完成城市道路沟槽回填："

#: 第十九条 by (road group, direction): the same day, within 2 days, within 3 days.
BACKFILL: dict[tuple[str, str], Parameter[TimeLimit]] = {}
for _group, _direction, _days, _clause, _words in (
    ("main_secondary", "transverse", 0, "（一）", "主、次干道横向挖掘的，应当当日回填；"),
    ("main_secondary", "longitudinal", 2, "（二）", "主、次干道纵向挖掘和支、巷路横向挖掘的，应当在两日内回填；"),
    ("branch_lane", "transverse", 2, "（二）", "主、次干道纵向挖掘和支、巷路横向挖掘的，应当在两日内回填；"),
    ("branch_lane", "longitudinal", 3, "（三）", "支、巷路纵向挖掘的，应当在三日内回填。"),
):
    BACKFILL[_group, _direction] = _limit(
        f"roads.backfill.{_group}_{_direction}",
        "沟槽回填的期限",
        TimeLimit(_days, "days"),
        ROADS.cite("第十九条", _clause, _ART19_CHAPEAU + _clause + _words),
    )

_ART20_TEXT = (
    "挖掘单位应在完成修复后三个工作日内向市政工程行政主管部门申请质量验收，"
    "市政工程行政主管部门收到申请后应当于五个工作日内组织验收。"
)

ACCEPTANCE_APPLICATION = _limit(
    "roads.acceptance.application_limit",
    "完成修复后申请质量验收的期限",
    TimeLimit(3, "working_days"),
    ROADS.cite("第二十条", "第二款", _ART20_TEXT),
    unit="时限",
)

ACCEPTANCE_INSPECTION = _limit(
    "roads.acceptance.inspection_limit",
    "收到申请后组织验收的期限",
    TimeLimit(5, "working_days"),
    ROADS.cite("第二十条", "第二款", _ART20_TEXT),
    unit="时限",
)

WARRANTY = _limit(
    "roads.warranty.period",
    "挖掘修复工程的质量保修期",
    TimeLimit(1, "years"),
    ROADS.cite(
        "第二十一条",
        "第一款",
        "城市道路挖掘修复工程实行一年质量保修制度。时间从市政工程行政主管部门验收合格之日起计算。",
    ),
    unit="时限",
)

RE_INSPECTION = _limit(
    "roads.warranty.re_inspection_limit",
    "保修期届满后组织再验收的期限",
    TimeLimit(15, "working_days"),
    ROADS.cite(
        "第二十一条",
        "第二款",
        "质量保修期届满，市政工程行政主管部门应当在十五个工作日内组织对修复工程质量进行再验收。",
    ),
    unit="时限",
)
