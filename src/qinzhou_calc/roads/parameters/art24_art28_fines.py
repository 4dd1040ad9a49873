"""第二十四条 to 第二十八条: the fines, in the 2018 text ("并处以") and the text in force from
2019-12-01 ("可以处以"), the provisions 第二十七条 refers to, and the rule of 从旧兼从轻."""

import datetime as dt
from decimal import Decimal
from typing import Literal

import attrs

from ..._core import Anchor, Citation, Parameter, Version, record
from .documents import AMENDMENT, ORIGINAL_EDITION, ROADS

__all__ = [
    "AMENDMENT_FINES",
    "CHANGE_FINE",
    "EXCAVATION_FINE",
    "EXCAVATION_TIERS",
    "LENIENCY",
    "REPAIR_DEFAULT_FINE",
    "REPAIR_FEE_ARTICLE",
    "RESPONSIBILITY_ARTICLE",
    "SITE_FINE",
    "SITE_VIOLATION_CLAUSES",
    "SITE_VIOLATION_NAMES",
    "WASTE_MUD_FINE",
    "AreaTier",
    "FineRule",
    "SiteViolation",
]

#: The day the amendment applies from (政府令第12号: "自 2019 年 12 月 1 日起施行").
_AMENDED = AMENDMENT.in_force_from

#: 政府令第12号 二, the change that makes the fines of 第二十四、二十五、二十七、二十八条 discretionary.
AMENDMENT_FINES = AMENDMENT.cite(
    "二",
    None,
    "将第二十四条、第二十五条、第二十七条、第二十八条中的“并处以”修改为“可以处以”。",
)


@record
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
                    ROADS.cite(article, None, original), anchor=Anchor(ROADS.number, article, None, ORIGINAL_EDITION)
                ),
            ),
            Version(
                _AMENDED,
                FineRule(low, high, False, "可以处以"),
                Citation(
                    ROADS.number + "（政府令第12号修改）",
                    ROADS.title,
                    article,
                    None,
                    text,
                    Anchor(ROADS.number, article),
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


@record
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
