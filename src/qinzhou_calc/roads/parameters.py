"""政府令第11号 and its amendment 政府令第12号: the documents and every figure of the law,
as dated data with citations.

The seed text is the measures as re-published after the 2019 amendment. The 2018 wording
of 第二十四、二十五、二十七、二十八条 is reconstructed from the amendment decision
(政府令第12号 二: "将……中的“并处以”修改为“可以处以”"): the same article with
"并处以" where the amended text says "可以处以".
"""

import datetime as dt
from decimal import Decimal
from typing import Literal

import attrs

from .. import _core
from .._core import Anchor, Citation, Document, Parameter, Version, register_text

__all__ = [
    "ACCEPTANCE_APPLICATION",
    "ACCEPTANCE_INSPECTION",
    "AMENDMENT",
    "AMENDMENT_FINES",
    "BACKFILL",
    "CHANGE_APPLICATION",
    "CHANGE_FINE",
    "EMERGENCY_PAPERWORK",
    "EXCAVATION_FINE",
    "EXCAVATION_TIERS",
    "LENIENCY",
    "PLAN_PUBLICATION",
    "PLAN_SUBMISSION",
    "REPAIR_DEFAULT_FINE",
    "REPAIR_FEE_ARTICLE",
    "RESPONSIBILITY_ARTICLE",
    "RE_INSPECTION",
    "ROADS",
    "SITE_FINE",
    "SITE_VIOLATION_CLAUSES",
    "SITE_VIOLATION_NAMES",
    "SURVEY",
    "SURVEY_CERTIFICATE",
    "WARRANTY",
    "WASTE_CLEARANCE",
    "WASTE_MUD_FINE",
    "AreaTier",
    "FineRule",
    "PlanDates",
    "SiteViolation",
    "TimeLimit",
]

_NUMBER = "政府令第11号"
_TITLE = "钦州市中心城区城市道路挖掘修复管理办法"

_AMENDMENT_NUMBER = "政府令第12号"

ROADS = Document(
    number=_NUMBER,
    title=_TITLE,
    in_force_from=dt.date(2018, 8, 1),
    in_force_until=None,
    basis=Citation(
        _NUMBER, _TITLE, "第三十条", None, "本办法自 2018 年 8 月 1 日起施行。", Anchor(_NUMBER, "第三十条")
    ),
)

AMENDMENT = Document(
    number=_AMENDMENT_NUMBER,
    title="钦州市人民政府关于修改《钦州市中心城区城市道路挖掘修复管理办法》的决定",
    in_force_from=dt.date(2019, 12, 1),
    in_force_until=None,
    basis=Citation(
        _AMENDMENT_NUMBER,
        "钦州市人民政府关于修改《钦州市中心城区城市道路挖掘修复管理办法》的决定",
        "施行",
        None,
        "本决定自 2019 年 12 月 1 日起施行。",
        Anchor(_AMENDMENT_NUMBER, "施行"),
    ),
)

#: The articles whose "并处以" 政府令第12号 二 changed to "可以处以".
AMENDED_ARTICLES = ("第二十四条", "第二十五条", "第二十七条", "第二十八条")
#: The edition of the measures in force before the amendment (its first day), rebuilt below.
ORIGINAL_EDITION = "2018-08-01"

# ``text.md`` beside this module holds the amendment decision (政府令第12号) and the measures
# as re-published after it, as the gazette printed them. The 2018 wording is not in the
# gazette: it is rebuilt from the decision (二: "将……中的“并处以”修改为“可以处以”"), when first read.
register_text(_NUMBER, __package__)
register_text(_AMENDMENT_NUMBER, __package__)
register_text(
    _NUMBER,
    lambda: _core.text_of(_NUMBER).with_words(AMENDED_ARTICLES, "可以处以", "并处以"),
    edition=ORIGINAL_EDITION,
)

#: The day the amendment applies from (政府令第12号: "自 2019 年 12 月 1 日起施行").
_AMENDED = AMENDMENT.in_force_from

#: 政府令第12号 二, the change that makes the fines of 第二十四、二十五、二十七、二十八条 discretionary.
AMENDMENT_FINES = AMENDMENT.cite(
    "二",
    None,
    "将第二十四条、第二十五条、第二十七条、第二十八条中的“并处以”修改为“可以处以”。",
)


@attrs.frozen
class FineRule:
    """A fine range and whether the text says it must be imposed ("并处以"/"处以") or may be ("可以处以")."""

    minimum: Decimal
    maximum: Decimal
    mandatory: bool
    wording: str

    def lighter_than(self, other: "FineRule") -> bool:
        """True when this rule is nowhere heavier than ``other`` and lighter somewhere (从轻)."""
        no_heavier = (
            self.minimum <= other.minimum and self.maximum <= other.maximum and (other.mandatory or not self.mandatory)
        )
        return no_heavier and self != other


def _fine_versions(
    name: str,
    *,
    description: str,
    article: str,
    text: str,
    minimum: str,
    maximum: str,
    unit: str = "元",
) -> Parameter[FineRule]:
    """A fine of 第二十四、二十五、二十七、二十八条: "并处以" from 2018-08-01, "可以处以" from 2019-12-01.

    ``text`` is the amended article; the 2018 wording puts "并处以" in place of "可以处以".
    """
    if text.count("可以处以") != 1:
        raise ValueError(f"{article}: expected the amended wording “可以处以” once")
    original = text.replace("可以处以", "并处以")
    low, high = Decimal(minimum), Decimal(maximum)
    return Parameter(
        name,
        description,
        (
            Version(
                ROADS.in_force_from,
                FineRule(low, high, True, "并处以"),
                attrs.evolve(
                    ROADS.cite(article, None, original), anchor=Anchor(_NUMBER, article, None, ORIGINAL_EDITION)
                ),
            ),
            Version(
                _AMENDED,
                FineRule(low, high, False, "可以处以"),
                Citation(
                    ROADS.number + "（政府令第12号修改）", ROADS.title, article, None, text, Anchor(_NUMBER, article)
                ),
            ),
        ),
        unit=unit,
    )


# --- 第二十四条 ---------------------------------------------------------------------------

_ART24_TEXT = (
    "违反本办法规定，未取得挖掘许可证擅自挖掘城市道路的，由市政工程行政主管部门责令停止违法行为，"
    "限期改正，恢复原状，可以处以一千元以上两万元以下的罚款；造成损失的，应当依法承担赔偿责任："
)

EXCAVATION_FINE = _fine_versions(
    "roads.unpermitted_excavation.fine",
    description="未取得挖掘许可证擅自挖掘城市道路的罚款幅度（总则）",
    article="第二十四条",
    text=_ART24_TEXT,
    minimum="1000",
    maximum="20000",
    unit="元",
)


@attrs.frozen
class AreaTier:
    """One item of 第二十四条: areas above ``above`` m² up to ``up_to`` m² (None: no top)."""

    clause: str
    above: Decimal
    up_to: Decimal | None
    minimum: Decimal
    maximum: Decimal

    def holds(self, area: Decimal) -> bool:
        return area > self.above and (self.up_to is None or area <= self.up_to)


# The items share their end points: "20平方米以下" and "20 平方米至 50 平方米" both contain 20
# (以上、以下 include the number; so does "至"). At a shared end point the lighter item
# applies; each tier therefore runs from just above its lower end point up to and
# including its upper one.
EXCAVATION_TIERS: Parameter[tuple[AreaTier, ...]] = Parameter.fixed(
    "roads.unpermitted_excavation.tiers",
    "擅自挖掘每个点（处）按面积的罚款幅度",
    (
        AreaTier("（一）", Decimal(0), Decimal(20), Decimal(1000), Decimal(3000)),
        AreaTier("（二）", Decimal(20), Decimal(50), Decimal(3000), Decimal(10000)),
        AreaTier("（三）", Decimal(50), Decimal(100), Decimal(10000), Decimal(15000)),
        AreaTier("（四）", Decimal(100), None, Decimal(15000), Decimal(20000)),
    ),
    ROADS.cite(
        "第二十四条",
        "（一）至（四）",
        "（一）擅自挖掘，每挖掘一个点（处）20平方米以下的，处以一千元以上三千元以下罚款；"
        "（二）擅自挖掘 20 平方米至 50 平方米的，处以三千元以上一万元以下的罚款；"
        "（三）擅自挖掘 50 平方米至 100 平方米的，处以一万元以上一万五千元以下的罚款；"
        "（四）擅自挖掘 100 平方米以上的，处以一万五千元以上两万元以下的罚款。",
    ),
    since=ROADS.in_force_from,
    unit="m²/元",
)

# --- 第二十五条 ---------------------------------------------------------------------------

CHANGE_FINE = _fine_versions(
    "roads.unapproved_change.fine",
    description="未按批准的位置、面积、期限挖掘或未办理变更审批的罚款幅度",
    article="第二十五条",
    text="违反本办法规定，未按照批准的位置、面积、期限挖掘道路，或者需要移动位置、扩大面积、延长时间，"
    "未提前办理变更审批手续的，由市政工程行政主管部门责令限期改正，可以处以一千元以上两万元以下的罚款；"
    "造成损失的，应当依法承担赔偿责任。",
    minimum="1000",
    maximum="20000",
    unit="元",
)

# --- 第二十六条 (not amended) ---------------------------------------------------------------

WASTE_MUD_FINE: Parameter[FineRule] = Parameter.fixed(
    "roads.waste_mud.fine",
    "未按规定处理施工废弃物、泥浆且拒不改正的罚款幅度",
    FineRule(Decimal(200), Decimal(2000), True, "处以"),
    ROADS.cite(
        "第二十六条",
        None,
        "未按本办法规定处理施工废弃物、泥浆的，责令其限期纠正违法行为，采取补救措施；"
        "拒不改正的，处以两百元以上两千元以下的罚款。",
    ),
    since=ROADS.in_force_from,
    unit="元",
)

# --- 第二十七条 ---------------------------------------------------------------------------

_ART27_TEXT = (
    "违反本办法规定，挖掘单位拒绝或拖延修复、修复质量不达标且整改不及时，由市政工程行政主管部门委托"
    "具有相应资质的专业队伍代为修复，修复费用从城市道路挖掘修复费直接扣除，可以处以一万元以上两万元以下的罚款。"
)

REPAIR_DEFAULT_FINE = _fine_versions(
    "roads.repair_default.fine",
    description="拒绝或拖延修复的罚款幅度",
    article="第二十七条",
    text=_ART27_TEXT,
    minimum="10000",
    maximum="20000",
    unit="元",
)

#: 第十一条: the repair fee that 第二十七条 deducts the cost of the substitute repair from.
REPAIR_FEE_ARTICLE = ROADS.cite(
    "第十一条",
    None,
    "取得挖掘城市道路许可的单位或者个人应当向市政工程行政主管部门缴纳城市道路挖掘修复费。",
)

#: 第三条: whoever digs is responsible for the repair.
RESPONSIBILITY_ARTICLE = ROADS.cite("第三条", None, "城市道路的挖掘修复实行谁挖掘、谁负责修复的原则。")

# --- 第二十八条 ---------------------------------------------------------------------------

SITE_FINE = _fine_versions(
    "roads.site_violation.fine",
    description="未设告示牌、围挡及安全警示标志或紧急抢修未补办手续的罚款幅度",
    article="第二十八条",
    text="有下列行为之一的，由市政工程行政主管部门责令限期改正，可以处以两千元以上两万元以下的罚款；"
    "造成损失的，应当依法承担赔偿责任：（一）未按本办法规定在施工现场设置施工告示牌的；"
    "（二）未按本办法规定设置围挡及安全警示标志的；（三）紧急抢修各种管线，未按规定补办手续的。",
    minimum="2000",
    maximum="20000",
    unit="元",
)

SiteViolation = Literal["no_notice_board", "no_fence_or_signs", "emergency_paperwork_late"]
SITE_VIOLATION_NAMES = {
    "no_notice_board": "未设施工告示牌（一）",
    "no_fence_or_signs": "未设围挡及安全警示标志（二）",
    "emergency_paperwork_late": "紧急抢修未按规定补办手续（三）",
}

#: The item of 第二十八条 each violation falls under, with its words.
SITE_VIOLATION_CLAUSES: dict[str, tuple[str, str]] = {
    "no_notice_board": ("（一）", "未按本办法规定在施工现场设置施工告示牌的"),
    "no_fence_or_signs": ("（二）", "未按本办法规定设置围挡及安全警示标志的"),
    "emergency_paperwork_late": ("（三）", "紧急抢修各种管线，未按规定补办手续的"),
}

# --- 从旧兼从轻 ---------------------------------------------------------------------------------

#: The rule that a lighter new rule applies to an earlier act decided after it: 立法法
#: 第九十三条 (2015) until 行政处罚法 (2021) 第三十七条 took effect on 2021-07-15.
LENIENCY: Parameter[str] = Parameter(
    "roads.leniency.rule",
    "从旧兼从轻：作出处罚决定时新的规定较轻的，适用新的规定",
    (
        Version(
            dt.date(2015, 3, 15),
            "从旧兼从轻",
            Citation(
                "中华人民共和国立法法（2015）",
                "中华人民共和国立法法",
                "第九十三条",
                None,
                "法律、行政法规、地方性法规、自治条例和单行条例、规章不溯及既往，"
                "但为了更好地保护公民、法人和其他组织的权利和利益而作的特别规定除外。",
            ),
        ),
        Version(
            dt.date(2021, 7, 15),
            "从旧兼从轻",
            Citation(
                "中华人民共和国行政处罚法（2021）",
                "中华人民共和国行政处罚法",
                "第三十七条",
                None,
                "实施行政处罚，适用违法行为发生时的法律、法规、规章的规定。但是，作出行政处罚决定时，"
                "法律、法规、规章已被修改或者废止，且新的规定处罚较轻或者不认定为违法的，适用新的规定。",
            ),
        ),
    ),
    unit="规则",
)

# --- deadlines -------------------------------------------------------------------------------


@attrs.frozen
class TimeLimit:
    """A time limit of the measures: ``count`` hours, calendar days, working days or years."""

    count: int
    unit: Literal["hours", "days", "working_days", "years"]


@attrs.frozen
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
