"""What a unit may do with its funds: 第九条 (time deposits), 第二十二、二十三、二十五条 (what is forbidden)."""

import datetime as dt
from typing import Literal

from .._core import Count, Evaluation, Example, Problems, Result, calculator, decision_date_spec, record, spec
from .._core.crossfield import CrossFieldRule, Requires
from .parameters import BANKING, MAX_RENEWAL_MONTHS
from .readings import CUMULATIVE_TERM, FUNDS_NOT_CHECKED, OPENING_BANK

__all__ = ["DepositComplianceInput", "deposit_compliance"]

_ART22 = BANKING.cite(
    "第二十二条", None, "预算单位不得将按有关规定收取的各类非税收入转为定期存款或为其他单位、个人提供信用担保。"
)
_ART23 = BANKING.cite("第二十三条", None, "社会保险基金收入、支出户资金不能办理定期存款操作。")
_ART25 = BANKING.cite("第二十五条", None, "预算单位不得采取购买理财产品的方式存放资金。")

#: Products 第九条 allows "在开户银行" only.
_AT_OPENING_BANK = ("time", "agreement", "notice")

#: Fields required for some products only: shapes, which the schema says too (if/then).
RULES = (
    CrossFieldRule(
        "at_opening_bank_required",
        "missing",
        ("at_opening_bank",),
        "存放方式为定期（time）、协定（agreement）或通知存款（notice）时，须给出是否在开户银行办理（at_opening_bank）",
        "a time, agreement or notice deposit (product) must say whether it is at the opening bank (at_opening_bank)",
        shape=Requires("product", _AT_OPENING_BANK, (("at_opening_bank",),)),
    ),
    CrossFieldRule(
        "cumulative_months_required",
        "missing",
        ("cumulative_months",),
        "存放方式为定期（time）时，须给出累计存期 cumulative_months",
        "a time deposit (product time) needs its cumulative term (cumulative_months)",
        shape=Requires("product", ("time",), (("cumulative_months",),)),
    ),
)


@record
class DepositComplianceInput:
    """资金存放方式合规审查的输入。"""

    account: Literal["unit", "custodial", "social_insurance", "non_tax_revenue"] = spec(
        "账户类别",
        "unit：单位资金账户；custodial：其他代管资金账户；social_insurance：社会保险基金收入、支出户；"
        "non_tax_revenue：非税收入（汇缴专户）",
        en="Kind of account",
        choices={
            "unit": "单位资金账户",
            "custodial": "其他代管资金账户",
            "social_insurance": "社会保险基金收入、支出户",
            "non_tax_revenue": "非税收入（汇缴专户）",
        },
    )
    product: Literal["demand", "time", "agreement", "notice", "wealth_management"] = spec(
        "存放方式",
        "demand 活期；time 定期；agreement 协定；notice 通知存款；wealth_management 理财产品",
        en="Kind of deposit",
        choices={
            "demand": "活期",
            "time": "定期",
            "agreement": "协定存款",
            "notice": "通知存款",
            "wealth_management": "理财产品",
        },
    )
    cumulative_months: Count | None = spec(
        "累计存期（月）",
        "定期存款在同一银行原存及续存的累计存期；定期存款必填",
        default=None,
        en="Cumulative term (months)",
    )
    at_opening_bank: bool | None = spec(
        "在开户银行办理", "定期、协定、通知存款必填：是否在开户银行办理", default=None, en="At the opening bank"
    )
    as_of: dt.date | None = spec("适用日期", "存放（续存）之日；缺省为今天", default=None, en="Date of the law applied")
    decision_date: dt.date | None = decision_date_spec()


@calculator(
    "banking.deposit_compliance",
    DepositComplianceInput,
    title="资金存放方式合规",
    document=BANKING,
    event="as_of",
    rules=RULES,
    examples=[
        Example(
            "单位资金在开户银行续存定期，累计 30 个月",
            {
                "account": "unit",
                "product": "time",
                "cumulative_months": 30,
                "at_opening_bank": True,
                "as_of": "2021-04-01",
            },
        ),
        Example(
            "社会保险基金支出户办理定期存款",
            {
                "account": "social_insurance",
                "product": "time",
                "cumulative_months": 12,
                "at_opening_bank": True,
                "as_of": "2020-03-02",
            },
        ),
    ],
)
def deposit_compliance(inp: DepositComplianceInput, ex: Evaluation) -> Result:
    """第九条："……可以在开户银行办理定期存款、协定存款、通知存款等业务，暂不开展转出开户银行办理定期存款业务。
    到期后不需要收回使用的定期存款，可在原定期存款银行续存，累计存期不超过2年。"
    第二十二条："预算单位不得将按有关规定收取的各类非税收入转为定期存款……"
    第二十三条："社会保险基金收入、支出户资金不能办理定期存款操作。"
    第二十五条："预算单位不得采取购买理财产品的方式存放资金。"

    Returns ``eligible``: whether the deposit is allowed, with a ``reasons`` entry for each rule it breaks.
    """
    problems = Problems()
    if inp.product in _AT_OPENING_BANK and inp.at_opening_bank is None:
        problems.add(
            "at_opening_bank",
            "missing",
            f"{inp.product} 存款须说明是否存放在开户银行",
            en=f"a {inp.product} deposit must say whether it is at the opening bank",
        )
    if inp.product == "time" and inp.cumulative_months is None:
        problems.add(
            "cumulative_months",
            "missing",
            "定期存款须给出累计存期（月）",
            en="a time deposit needs its cumulative term in months",
        )
    problems.raise_if_any()

    if inp.product == "wealth_management":
        ex.reason("wealth_management", "预算单位不得采取购买理财产品的方式存放资金", _ART25)
    if inp.product == "time" and inp.account == "non_tax_revenue":
        ex.reason("non_tax_revenue_time_deposit", "非税收入不得转为定期存款", _ART22)
    if inp.product == "time" and inp.account == "social_insurance":
        ex.reason("social_insurance_time_deposit", "社会保险基金收入、支出户资金不能办理定期存款", _ART23)
    if inp.product in _AT_OPENING_BANK:
        _article_9(inp, ex)
    if not ex.reasons:
        ex.cite(_ART25)
        ex.step("{product}：不属于第二十二、二十三、二十五条禁止的存放方式", product=_PRODUCT_NAMES[inp.product])
    return ex.result(eligible=not ex.reasons)


_PRODUCT_NAMES = {
    "demand": "活期存款",
    "time": "定期存款",
    "agreement": "协定存款",
    "notice": "通知存款",
    "wealth_management": "理财产品",
}


def _article_9(inp: DepositComplianceInput, ex: Evaluation) -> None:
    longest = ex.use(MAX_RENEWAL_MONTHS)
    citation = ex.citation_of(MAX_RENEWAL_MONTHS)
    # 第九条 names the funds (事业收入、经营收入等非财政补助收入) that may go into these products; the payload does
    # not say where the money came from, so that is left to the unit and said in a note.
    ex.note(
        FUNDS_NOT_CHECKED.code,
        "第九条只允许事业收入、经营收入等非财政补助收入办理定期、协定、通知存款；本计算器未核对资金来源。",
    )
    opening = ex.reading(OPENING_BANK)
    ex.note_reading(OPENING_BANK, opening)
    name = _PRODUCT_NAMES[inp.product]
    if inp.at_opening_bank is False and opening == "not_limited":
        ex.step("{name}不在开户银行办理：第九条只作许可，不据此否定", name=name)
    elif inp.at_opening_bank is False:
        ex.reason("not_at_opening_bank", f"{name}只能在开户银行办理", citation)
    else:
        ex.step("{name}在开户银行办理", name=name)
    if inp.product == "time" and inp.cumulative_months is not None:
        # "累计存期不超过2年": 不超过 includes 2 years (24 months); the first term counts in the total.
        ex.note(
            CUMULATIVE_TERM.code,
            "“累计存期不超过2年”含 2 年（24 个月）本数，原存期与续存期合并计算。",
        )
        if inp.cumulative_months > longest:
            ex.reason(
                "cumulative_term_over_2_years",
                f"定期存款累计存期 {inp.cumulative_months} 个月，超过 {longest} 个月（2年）",
                citation,
            )
        else:
            ex.step(
                "定期存款累计存期 {months} 个月 ≤ {longest} 个月（2年）", months=inp.cumulative_months, longest=longest
            )
