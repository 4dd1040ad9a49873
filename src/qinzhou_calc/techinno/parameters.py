"""钦政发〔2019〕17号: the document and its figures, as dated data with citations.

Every figure the calculators use is here, with the Chinese text that sets it. Figures of
this plan run from ``TECHINNO.in_force_from`` to ``TECHINNO.in_force_until``.
"""

import datetime as dt
from decimal import Decimal

import attrs

from .._core import Anchor, Citation, Document, Parameter, record, register_text
from .readings import HTE_TAX_OUTSIDE_PLAN, PLAN_START

__all__ = [
    "ACHIEVEMENT_TRANSFER_CAP",
    "ACHIEVEMENT_TRANSFER_RATIO_TEXT",
    "CONTRACT_REGISTRATION_RATE",
    "COUNTIES",
    "HIGH_TECH_TARGETS",
    "HTE_CERTIFICATION_REWARD",
    "HTE_TAX_MEASURE",
    "HTE_TAX_RATE",
    "INCUBATOR_SUBSIDY",
    "INCUBATOR_WINDOW_YEARS",
    "INVENTOR_SHARE_MINIMUM",
    "ISSUED_ON",
    "PLAN_FROM",
    "RESEARCH_INSTITUTION_SUPPORT",
    "STANDARD_TAX_RATE",
    "TECHINNO",
    "TECHINNO_TAX",
    "TRANSFORMATION_PLAN_TOTAL",
    "TRANSFORMATION_TARGETS",
    "TRANSFORMATION_YEAR_TOTALS",
    "CountyTargets",
    "HighTechYearTarget",
]

_NUMBER = "钦政发〔2019〕17号"
_TITLE = "钦州市科技创新支撑产业高质量发展三年行动实施方案（2019—2021年）"

#: The plan's text, with its annexes, ships as ``text.md`` beside this module.
register_text(_NUMBER, __package__)

#: The day the 市人民政府 signed and issued the plan (the notice's date line).
ISSUED_ON = dt.date(2019, 10, 22)

#: The plan's period of application: events from 2019-01-01 to 2021-12-31 by default, those of 2019
#: before the issue included (the reading techinno.plan.start, whose reasoning says why); from the issue
#: date 2019-10-22 under its other option.
#: The first and last day of the plan's years, "2019—2021年".
PLAN_FROM = dt.date(2019, 1, 1)
_PLAN_END = dt.date(2021, 12, 31)
TECHINNO = Document(
    number=_NUMBER,
    title=_TITLE,
    in_force_from=PLAN_FROM,
    in_force_until=_PLAN_END,
    period_reading=PLAN_START,
    periods={"from_2019": (PLAN_FROM, _PLAN_END), "from_issue": (ISSUED_ON, _PLAN_END)},
    basis=Citation(
        _NUMBER,
        _TITLE,
        "附件4 一",
        None,
        "从 2019 年起，针对我市企业发展成为高新技术企业以及高新技术企业成长壮大的瓶颈问题，"
        "充分发挥政府引导作用，整合社会资源，培育和发展更多高新技术企业，促进全市高新技术产业发展，"
        "到 2021 年末实现新增高新技术企业 30 家以上。",
        Anchor(_NUMBER, "附件4 一"),
    ),
)

_SINCE = TECHINNO.in_force_from
_UNTIL = TECHINNO.in_force_until


def _fixed(name: str, description: str, value: Decimal, citation: Citation, unit: str) -> Parameter[Decimal]:
    return Parameter.fixed(name, description, value, citation, since=_SINCE, until=_UNTIL, unit=unit)


# --- 附件4 新增30家高新技术企业三年行动工作方案 ------------------------------------------

_ANNEX4_2_3_REWARD = TECHINNO.cite(
    "附件4 二",
    "（三）",
    "鼓励企业积极申报高新技术企业认定，对于首次通过高新技术企业认定的企业及重新通过认定的高新技术企业，"
    "从创新驱动发展专项资金中给予5万元/家的奖励。",
)
_ANNEX4_2_3_INSTITUTION = TECHINNO.cite(
    "附件4 二",
    "（三）",
    "对通过高新技术企业认定，并同时获批为国家级、自治区级、市级的科研机构分别给予50万元、20万元、5万元的资金支持。",
)
_ANNEX4_2_3_INCUBATOR = TECHINNO.cite(
    "附件4 二",
    "（三）",
    "鼓励科技企业孵化器大力培育高新技术企业，对在孵期间或孵化毕业1年内被认定为高新技术企业的，"
    "按每家3万元的标准对科技孵化器给予补助。",
)

HTE_CERTIFICATION_REWARD = _fixed(
    "techinno.hte_certification.reward",
    "首次或重新通过高新技术企业认定的奖励（元/家）",
    Decimal("50000"),
    _ANNEX4_2_3_REWARD,
    unit="元/家",
)

#: 同时获批为科研机构的资金支持, by the level of the institution (元).
RESEARCH_INSTITUTION_SUPPORT: dict[str, Parameter[Decimal]] = {
    "national": _fixed(
        "techinno.research_institution.national_support",
        "同时获批为国家级科研机构的资金支持（元）",
        Decimal("500000"),
        _ANNEX4_2_3_INSTITUTION,
        unit="元",
    ),
    "regional": _fixed(
        "techinno.research_institution.regional_support",
        "同时获批为自治区级科研机构的资金支持（元）",
        Decimal("200000"),
        _ANNEX4_2_3_INSTITUTION,
        unit="元",
    ),
    "city": _fixed(
        "techinno.research_institution.city_support",
        "同时获批为市级科研机构的资金支持（元）",
        Decimal("50000"),
        _ANNEX4_2_3_INSTITUTION,
        unit="元",
    ),
}

INCUBATOR_SUBSIDY = _fixed(
    "techinno.incubator.subsidy_per_enterprise",
    "孵化器每培育一家高新技术企业的补助（元/家）",
    Decimal("30000"),
    _ANNEX4_2_3_INCUBATOR,
    unit="元/家",
)

#: How long after graduation a certification still counts for the incubator ("孵化毕业1年内").
INCUBATOR_WINDOW_YEARS: Parameter[int] = Parameter.fixed(
    "techinno.incubator.window_years",
    "孵化毕业后被认定仍可补助的期限（年）",
    1,
    _ANNEX4_2_3_INCUBATOR,
    since=_SINCE,
    until=_UNTIL,
    unit="年",
)

#: 附件4 二（四）: the plan's measure, which puts the statute's 15% into effect ("进一步落实").
HTE_TAX_MEASURE = TECHINNO.cite(
    "附件4 二",
    "（四）",
    "进一步落实高新技术企业减按15%的税率征收企业所得税的优惠政策和企业研发费用税前加计扣除政策，"
    "降低企业创新成本，形成企业创新发展的激励机制。",
)

_EIT_LAW = "中华人民共和国企业所得税法"
#: The Enterprise Income Tax Law is in force from 2008-01-01 (第六十条).
_EIT_LAW_IN_FORCE = dt.date(2008, 1, 1)

#: The 15% is the Enterprise Income Tax Law's (第二十八条第二款), in force since 2008-01-01; the plan
#: only undertakes to apply it. So the figure outlives the plan (see ``hte_tax_saving``).
HTE_TAX_RATE: Parameter[Decimal] = Parameter.fixed(
    "techinno.hte_tax.reduced_rate",
    "高新技术企业减按的企业所得税税率",
    Decimal("0.15"),
    Citation(
        _EIT_LAW, _EIT_LAW, "第二十八条", "第二款", "国家需要重点扶持的高新技术企业，减按15%的税率征收企业所得税。"
    ),
    since=_EIT_LAW_IN_FORCE,
    unit="比例",
)

#: The standard rate the 15% is measured against. It is not a figure of this plan but of
#: the Enterprise Income Tax Law, in force since 2008-01-01.
STANDARD_TAX_RATE: Parameter[Decimal] = Parameter.fixed(
    "techinno.hte_tax.standard_rate",
    "企业所得税法定税率",
    Decimal("0.25"),
    Citation(_EIT_LAW, _EIT_LAW, "第四条", "第一款", "企业所得税的税率为25%。"),
    since=_EIT_LAW_IN_FORCE,
    unit="比例",
)

#: The plan as the tax calculator applies it. The 15% it undertakes to apply is the statute's, in force
#: since 2008-01-01; whether a tax year outside the plan's years is computed is the reading
#: techinno.hte_tax_saving.outside_plan: by default under the statute, from 2008 with no end; the other
#: option keeps to the plan's period, 2019-01-01 to 2021-12-31, at both ends alike.
TECHINNO_TAX = attrs.evolve(
    TECHINNO,
    in_force_from=_EIT_LAW_IN_FORCE,
    in_force_until=None,
    period_reading=HTE_TAX_OUTSIDE_PLAN,
    periods={
        "statute": (_EIT_LAW_IN_FORCE, None),
        "refused": (PLAN_FROM, _PLAN_END),
    },
)


@record
class HighTechYearTarget:
    """附件4 三: a year's target of new high-tech enterprises and the city's total to pass."""

    year: int
    new: int
    total_above: int


HIGH_TECH_TARGETS: Parameter[tuple[HighTechYearTarget, ...]] = Parameter.fixed(
    "techinno.targets.high_tech",
    "高新技术企业年度任务分解",
    (
        HighTechYearTarget(2019, 10, 70),
        HighTechYearTarget(2020, 10, 80),
        HighTechYearTarget(2021, 10, 90),
    ),
    TECHINNO.cite(
        "附件4 三",
        None,
        "（一）2019年末实现新增高新技术企业10家，全市高新技术企业超过70家。"
        "（二）2020年末实现新增高新技术企业10家，全市高新技术企业超过80家。"
        "（三）2021年末实现新增高新技术企业10家，全市高新技术企业超过90家。",
    ),
    since=_SINCE,
    until=_UNTIL,
    unit="家",
)

# --- 附件5 转化60项重大科技成果三年行动工作方案 -----------------------------------------

ACHIEVEMENT_TRANSFER_CAP = _fixed(
    "techinno.achievement_transfer.cap",
    "企业引进重大科技成果并转化应用的奖励性后补助上限（元）",
    Decimal("80000"),
    TECHINNO.cite(
        "附件5 二",
        "（二）",
        "支持企业运用创新成果提高综合竞争力和效益，为其探索应用新技术、新成果兜底，"
        "对企业引进重大科技成果并转化应用的，给予最高 8 万元的奖励性后补助。",
    ),
    unit="元",
)

#: The main text names the basis of the subsidy (the transaction amount) but no ratio.
ACHIEVEMENT_TRANSFER_RATIO_TEXT = TECHINNO.cite(
    "三",
    "（五）2",
    "鼓励企业购买科技成果并转化应用，由财政科技计划按技术交易额一定比例给予补助。",
)

INVENTOR_SHARE_MINIMUM = _fixed(
    "techinno.inventor_reward.minimum_share",
    "完成、转化职务科技成果作出重要贡献的人员的奖励和报酬最低比例",
    Decimal("0.70"),
    TECHINNO.cite(
        "附件5 二",
        "（三）",
        "落实“三权下放”，完善并实施以“完成、转化职务科技成果作出重要贡献的人员给予奖励和报酬不低于 70%”"
        "为核心的分配机制；",
    ),
    unit="比例",
)

CONTRACT_REGISTRATION_RATE = _fixed(
    "techinno.contract_registration.rate",
    "技术合同认定登记额补助比例",
    Decimal("0.005"),
    TECHINNO.cite(
        "附件5 二",
        "（四）",
        "给予技术合同登记机构完成的技术合同认定登记额 0.5% 的补助。",
    ),
    unit="比例",
)

#: The counties (县区) of 附件5 附表, in the table's order, by their Chinese names.
COUNTIES = ("灵山县", "浦北县", "钦南区", "钦北区", "钦州港区", "钦州高新区")


@record
class CountyTargets:
    """One row of 附件5 附表: a county's yearly targets and the total the table prints."""

    county: str
    by_year: tuple[tuple[int, int], ...]
    printed_total: int

    def target(self, year: int) -> int:
        return dict(self.by_year)[year]


def _row(county: str, y2019: int, y2020: int, y2021: int, total: int) -> CountyTargets:
    return CountyTargets(county, ((2019, y2019), (2020, y2020), (2021, y2021)), total)


#: The table as shipped: a row per county, cells between "|".
_SCHEDULE = TECHINNO.cite(
    "附件5 附表",
    None,
    "各县区科技成果转化年度目标安排表（单位：项）"
    "| 序号 | 县区 | 2019 年 | 2020 年 | 2021 年 | 合计 |"
    "| 1 | 灵山县 | 3 | 3 | 4 | 10 || 2 | 浦北县 | 3 | 3 | 4 | 10 || 3 | 钦南区 | 3 | 4 | 4 | 11 |"
    "| 4 | 钦北区 | 3 | 3 | 4 | 10 || 5 | 钦州港区 | 2 | 3 | 4 | 9 || 6 | 钦州高新区 | 3 | 3 | 4 | 10 |"
    "| 合 计 |  | 17 | 19 | 24 | 60 |",
)

TRANSFORMATION_TARGETS: Parameter[tuple[CountyTargets, ...]] = Parameter.fixed(
    "techinno.targets.transformation_by_county",
    "各县区科技成果转化年度目标（项）",
    (
        _row("灵山县", 3, 3, 4, 10),
        _row("浦北县", 3, 3, 4, 10),
        _row("钦南区", 3, 4, 4, 11),
        _row("钦北区", 3, 3, 4, 10),
        _row("钦州港区", 2, 3, 4, 9),
        _row("钦州高新区", 3, 3, 4, 10),
    ),
    _SCHEDULE,
    since=_SINCE,
    until=_UNTIL,
    unit="项",
)

_ANNEX5_1 = TECHINNO.cite(
    "附件5 一",
    None,
    "到2021年，组织各县区实施重大科技成果转化项目60项以上，具体年度目标分解为：2019年实施重大科技成果转化项目17项，"
    "2020年实施重大科技成果转化项目19项，2021年实施重大科技成果转化项目24项（详见附件附表）。",
)

#: The yearly totals the text of 附件5 一 and the table's 合计 row print (17 / 19 / 24).
TRANSFORMATION_YEAR_TOTALS: Parameter[tuple[tuple[int, int], ...]] = Parameter.fixed(
    "techinno.targets.transformation_by_year",
    "全市科技成果转化年度目标（项）",
    ((2019, 17), (2020, 19), (2021, 24)),
    _ANNEX5_1,
    since=_SINCE,
    until=_UNTIL,
    unit="项",
)

#: The plan's three-year total (60项以上).
TRANSFORMATION_PLAN_TOTAL: Parameter[int] = Parameter.fixed(
    "techinno.targets.transformation_total",
    "三年转化重大科技成果目标（项）",
    60,
    _ANNEX5_1,
    since=_SINCE,
    until=_UNTIL,
    unit="项",
)
