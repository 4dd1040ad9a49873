"""附件4 新增30家高新技术企业三年行动工作方案, 二 工作措施: the certification reward and the tax rate
(the incubator subsidy of 二（三） is in :mod:`.annex4_2_3_incubator_subsidy`)."""

import datetime as dt
from decimal import Decimal
from typing import Annotated, Literal

from .._core import (
    ZERO,
    Amount,
    Evaluation,
    Example,
    Ge,
    Le,
    Money,
    Result,
    calculator,
    decision_date_spec,
    fen,
    record,
    spec,
)
from ._plan import note_if_before_issue
from .parameters import (
    HTE_CERTIFICATION_REWARD,
    HTE_TAX_MEASURE,
    HTE_TAX_RATE,
    RESEARCH_INSTITUTION_SUPPORT,
    STANDARD_TAX_RATE,
    TECHINNO,
    TECHINNO_TAX,
)
from .readings import HTE_TAX_OUTSIDE_PLAN, REWARDS_ADD_UP
from .warning_notes import TAX_SAVING_READING

__all__ = [
    "HteCertificationInput",
    "HteTaxSavingInput",
    "hte_certification_reward",
    "hte_tax_saving",
]

#: The day whose law applies, in the words every calculator of an enterprise's profile shares.
_AS_OF = (
    "适用哪一天有效的规定；缺省为本项的事件日期（认定日期、纳税年度末、技术合同签订日期、转化收益取得日期），"
    "未给出时为决定日期"
)

# --- 二（三） first and second sentences: the certification reward -------------------------

_CERTIFICATION_LABEL = {"first": "首次通过高新技术企业认定", "renewed": "重新通过高新技术企业认定"}
_LEVEL_LABEL = {"none": "未同时获批科研机构", "city": "市级", "regional": "自治区级", "national": "国家级"}


@record
class HteCertificationInput:
    """高新技术企业认定奖励的输入。"""

    certification: Literal["first", "renewed"] = spec(
        "认定类型",
        "first：首次通过高新技术企业认定；renewed：重新通过认定",
        en="Kind of certification",
        choices={"first": "首次通过认定", "renewed": "重新通过认定"},
    )
    certified_on: dt.date = spec(
        "认定日期", "高新技术企业证书的发证（认定）日期，须在2019—2021年内", en="Certification date"
    )
    research_institution_level: Literal["none", "city", "regional", "national"] = spec(
        "同时获批的科研机构级别",
        "通过认定的同时获批为科研机构的级别：none 无，city 市级，regional 自治区级，national 国家级",
        default="none",
        en="Level of the research institution approved at the same time",
        choices={"none": "无", "city": "市级", "regional": "自治区级", "national": "国家级"},
    )
    as_of: dt.date | None = spec("适用日期", _AS_OF, default=None, en="Date of the law applied")
    decision_date: dt.date | None = decision_date_spec()


@calculator(
    "techinno.hte_certification_reward",
    HteCertificationInput,
    title="高新技术企业认定奖励",
    columns={
        "part": ("部分", "Part"),
        "certification": ("认定类型", "Kind of certification"),
        "level": ("科研机构级别", "Research institution level"),
        "amount": Money("金额（元）", "Amount (yuan)"),
    },
    document=TECHINNO,
    event="certified_on",
    examples=[
        Example(
            "首次通过认定并同时获批为自治区级科研机构：5万元 + 20万元",
            {"certification": "first", "certified_on": "2020-12-01", "research_institution_level": "regional"},
        ),
        Example(
            "2019年印发前重新通过认定，未获批科研机构：5万元（方案从2019年起适用）",
            {"certification": "renewed", "certified_on": "2019-07-15"},
        ),
        Example(
            "2021年12月通过认定、按2022年3月的规定审核：认定在方案期间内，仍按方案奖励5万元",
            {"certification": "first", "certified_on": "2021-12-01", "as_of": "2022-03-01"},
        ),
    ],
)
def hte_certification_reward(inp: HteCertificationInput, ex: Evaluation) -> Result:
    """附件4 二（三）："对于首次通过高新技术企业认定的企业及重新通过认定的高新技术企业，从创新驱动发展
    专项资金中给予5万元/家的奖励。对通过高新技术企业认定，并同时获批为国家级、自治区级、市级的科研机构
    分别给予50万元、20万元、5万元的资金支持。"

    Returns ``amount``: the 5万 reward plus the research-institution support; ``breakdown`` shows both.
    """
    # The figures are those in force on the day of the certification (the event rewarded).
    reward = fen(ex.use(HTE_CERTIFICATION_REWARD, on=inp.certified_on, field="certified_on"))
    note_if_before_issue(ex, inp.certified_on)
    ex.step("{label}的奖励：{reward:money} 元", label=_CERTIFICATION_LABEL[inp.certification], reward=reward)

    level = inp.research_institution_level
    if level == "none":
        support = ZERO
        ex.step("未同时获批为科研机构：资金支持 0.00 元")
    else:
        support = fen(ex.use(RESEARCH_INSTITUTION_SUPPORT[level], on=inp.certified_on, field="certified_on"))
        ex.step("同时获批为{level}科研机构的资金支持：{support:money} 元", level=_LEVEL_LABEL[level], support=support)
    if level != "none":
        add_up = ex.reading(REWARDS_ADD_UP)
        ex.note_reading(REWARDS_ADD_UP, add_up)
        if add_up == "larger_only":
            larger = max(reward, support)
            ex.step(
                "两项择一，取较高者：{larger:money} 元（认定奖励 {reward:money} 元，资金支持 {support:money} 元）",
                larger=larger,
                reward=reward,
                support=support,
            )
            reward, support = (reward, ZERO) if reward >= support else (ZERO, support)
    amount = fen(reward + support)
    ex.step("{reward:money} 元 + {support:money} 元 = {amount:money} 元", reward=reward, support=support, amount=amount)
    return ex.result(
        amount=amount,
        breakdown=[
            {"part": "certification_reward", "certification": inp.certification, "amount": reward},
            {"part": "research_institution_support", "level": level, "amount": support},
        ],
    )


# --- 二（四）: enterprise income tax at 15% -----------------------------------------------

# The saving is the tax at the statutory 25% (企业所得税法 第四条) less the tax at 15%, each tax
# rounded to the fen; other preferences (小型微利企业, 加计扣除 already deducted from the taxable
# income) are not applied: the caller gives the taxable income after deductions.
_TAX_NOTE = (
    "节税额 = 按25%法定税率计算的应纳税额 − 按15%计算的应纳税额，两者各自四舍五入到分；"
    "应纳税所得额由调用方给出（已扣除研发费用加计扣除等），不考虑小型微利企业等其他优惠。"
)


@record
class HteTaxSavingInput:
    """高新技术企业减按15%税率征收企业所得税的输入。"""

    taxable_income: Amount = spec(
        "应纳税所得额（元）", "一个纳税年度的应纳税所得额（已扣除加计扣除等）", en="Taxable income (yuan)"
    )
    tax_year: Annotated[int, Ge(Decimal(1900)), Le(Decimal(9999))] | None = spec(
        "纳税年度",
        "应纳税所得额所属的纳税年度；以该年12月31日为事件日期（2019—2021 年以外的年度按企业所得税法计算并加说明）",
        default=None,
        en="Tax year",
    )
    as_of: dt.date | None = spec(
        "适用日期",
        _AS_OF,
        default=None,
        en="Date of the law applied",
    )
    decision_date: dt.date | None = decision_date_spec()


@calculator(
    "techinno.hte_tax_saving",
    HteTaxSavingInput,
    title="高新技术企业所得税减按15%的节税额",
    columns={
        "tax": ("税率类别", "Tax"),
        "rate_percent": ("税率（%）", "Rate (%)"),
        "tax_amount": Money("应纳税额（元）", "Tax (yuan)"),
    },
    document=TECHINNO_TAX,
    event="tax_year",
    examples=[
        Example("应纳税所得额 1,234,567.89 元", {"taxable_income": "1234567.89", "as_of": "2020-05-31"}),
        Example(
            "方案期满后的 2023 年度：税率出自企业所得税法第二十八条，照常计算并加说明",
            {"taxable_income": "2000000", "as_of": "2023-05-31"},
        ),
        Example(
            "方案开始前的 2018 纳税年度：同样按企业所得税法第二十八条计算并加说明",
            {"taxable_income": "2000000", "tax_year": 2018, "decision_date": "2019-05-31"},
        ),
    ],
)
def hte_tax_saving(inp: HteTaxSavingInput, ex: Evaluation) -> Result:
    """附件4 二（四）："进一步落实高新技术企业减按15%的税率征收企业所得税的优惠政策……"
    企业所得税法 第二十八条第二款："国家需要重点扶持的高新技术企业，减按15%的税率征收企业所得税。"

    Returns ``amount``: the tax at 25% less the tax at 15%; ``breakdown`` shows both taxes.
    """
    ex.cite(HTE_TAX_MEASURE)
    standard = ex.use(STANDARD_TAX_RATE)
    reduced = ex.use(HTE_TAX_RATE)
    start, until = TECHINNO.period()
    if ex.as_of < start or (until is not None and ex.as_of > until):
        # Outside the plan's years, at either end: computed under the statute by default (the
        # reading techinno.hte_tax_saving.outside_plan; under its other option the date is refused
        # before this point, as not_in_force).
        option = ex.reading(HTE_TAX_OUTSIDE_PLAN)
        when = "开始之前" if ex.as_of < start else "届满之后"
        ex.note_reading(HTE_TAX_OUTSIDE_PLAN, option, day=ex.as_of.isoformat(), when=when)
    else:
        note_if_before_issue(ex, ex.as_of)
    income = inp.taxable_income
    standard_tax = fen(income * standard)
    reduced_tax = fen(income * reduced)
    saving = fen(standard_tax - reduced_tax)
    ex.step(
        "按法定税率：{income:money} 元 × {rate:percent}% = {tax:money} 元",
        income=income,
        rate=standard,
        tax=standard_tax,
    )
    ex.step(
        "减按高新技术企业税率：{income:money} 元 × {rate:percent}% = {tax:money} 元",
        income=income,
        rate=reduced,
        tax=reduced_tax,
    )
    ex.step(
        "节税额：{standard:money} 元 − {reduced:money} 元 = {saving:money} 元",
        standard=standard_tax,
        reduced=reduced_tax,
        saving=saving,
    )
    # Reading (tax_saving_reading), the note's own words:
    # 节税额 = 按25%法定税率计算的应纳税额 − 按15%计算的应纳税额，两者各自四舍五入到分；
    # 应纳税所得额由调用方给出（已扣除研发费用加计扣除等），不考虑小型微利企业等其他优惠。
    ex.note(TAX_SAVING_READING.code, _TAX_NOTE)
    return ex.result(
        amount=saving,
        breakdown=[
            {"tax": "standard", "rate_percent": standard * 100, "tax_amount": standard_tax},
            {"tax": "high_tech_enterprise", "rate_percent": reduced * 100, "tax_amount": reduced_tax},
        ],
    )
