"""The inputs of the annex 综合评分表（模板）: the banks' figures, the judged items, the template's changes."""

import datetime as dt
from typing import Annotated, Literal

from .._core import ZERO, Amount, Count, Percent, PositiveAmount, Signed, decision_date_spec, record, spec
from .._core.kinds import MaxLen, MinLen

__all__ = [
    "INDICATORS",
    "AddedIndicator",
    "AddedScore",
    "BankMetrics",
    "DepositOffer",
    "DepositRateInput",
    "InformationSystem",
    "JudgedItem",
    "Points",
    "ScoreBanksInput",
    "Standards",
    "Template",
    "Term",
    "TieRule",
]

Term = Literal["demand", "3m", "6m", "1y", "2y", "3y"]
TieRule = Literal["dense", "competition"]
TERM_NAMES = {"demand": "活期", "3m": "三个月", "6m": "六个月", "1y": "一年", "2y": "二年", "3y": "三年"}
TIE_RULE_NAMES = {"dense": "下一个不同数值为下一档", "competition": "并列占用名次"}

#: The annex's indicators, in its order, with their Chinese names: the keys of ``ranking[].scores``.
INDICATORS: dict[str, str] = {
    "capital_adequacy_ratio": "资本充足率",
    "npl_ratio": "不良贷款率",
    "provision_coverage_ratio": "拨备覆盖率",
    "liquidity_coverage_ratio": "流动性覆盖率",
    "liquidity_ratio": "流动性比例",
    "internal_control": "内部控制",
    "information_system": "信息系统建设",
    "payment_and_reconciliation": "资金支付及对账服务",
    "sub_account_service": "分账核算服务",
    "past_performance": "以往提供服务履约情况",
    "innovative_services": "创新或特色服务",
    "deposit_rate": "存款利率",
    "loan_balance": "贷款总量",
    "loan_increase": "贷款增量",
    "loan_to_deposit_ratio": "余额存贷比",
    "sme_loans": "中小企业贷款",
    "agri_loans": "涉农贷款",
    "other": "其他",
}

# --- inputs -------------------------------------------------------------------------------------


@record
class DepositRateInput:
    """存款利率评分的输入（利率均以百分数计，"1.65" 即 1.65%）。"""

    offered_rate: Percent = spec("银行报价存款利率（%）", examples=("1.75",), en="Deposit rate offered by the bank (%)")
    term: Term = spec("存期", "demand 活期、3m、6m、1y、2y、3y", en="Term", choices=TERM_NAMES)
    benchmark_rate: PositiveAmount | None = spec(
        "同期基准利率（%）",
        "缺省为人民银行公布的该存期存款基准利率",
        default=None,
        en="Benchmark rate for the term (%)",
    )
    ceiling_float: Percent | None = spec(
        "自律机制协商约定的上浮上限（%）",
        "如 50 表示最高上浮 50%；超出者为 0 分",
        default=None,
        en="Ceiling on the float agreed under the self-regulatory mechanism (%)",
    )
    as_of: dt.date | None = spec("适用日期", "评分之日；缺省为今天", default=None, en="Date of the law applied")
    decision_date: dt.date | None = decision_date_spec()


@record
class DepositOffer:
    """银行的存款利率报价。"""

    offered_rate: Percent = spec("报价存款利率（%）", en="Deposit rate offered (%)")
    term: Term = spec("存期", "demand 活期、3m、6m、1y、2y、3y", en="Term", choices=TERM_NAMES)
    benchmark_rate: PositiveAmount | None = spec(
        "同期基准利率（%）", "缺省为人民银行存款基准利率", default=None, en="Benchmark rate for the term (%)"
    )
    ceiling_float: Percent | None = spec(
        "自律机制上浮上限（%）", default=None, en="Self-regulatory ceiling on the float (%)"
    )


@record
class JudgedItem:
    """评委评定的指标：是否达到描述的要求（得基础分），以及评委在基础分之上给的分。"""

    meets: bool = spec("达到评分标准所述要求", "达到即得基础分", en="Meets the requirement of the scoring standard")
    extra: Amount = spec(
        "基础分之上的评定分",
        "按附件原分值：内部控制等 0–1 分，以往履约情况 0–2 分",
        default=ZERO,
        en="Points judged above the base",
    )


@record
class InformationSystem:
    """信息系统建设：达到要求得基础分 8 分，其余 2 分按评定等级排名。"""

    meets: bool = spec("达到信息系统建设要求", en="Meets the information-systems requirement")
    rating: Signed = spec("信息系统建设评定值", "越高越好，用于排名", en="Information-systems rating")


@record
class Standards:
    """监管标准（%）；未给出的沿用缺省值。"""

    capital_adequacy_ratio: Percent | None = spec(
        "资本充足率下限（%）", "缺省 10.5", default=None, en="Minimum capital adequacy ratio (%)"
    )
    npl_ratio: Percent | None = spec(
        "不良贷款率上限（%）", "缺省 5", default=None, en="Maximum non-performing loan ratio (%)"
    )
    provision_coverage_ratio: Percent | None = spec(
        "拨备覆盖率下限（%）", "缺省 150；可逐家设定", default=None, en="Minimum provision coverage ratio (%)"
    )
    liquidity_coverage_ratio: Percent | None = spec(
        "流动性覆盖率下限（%）", "缺省 100", default=None, en="Minimum liquidity coverage ratio (%)"
    )
    liquidity_ratio: Percent | None = spec(
        "流动性比例下限（%）", "缺省 25", default=None, en="Minimum liquidity ratio (%)"
    )


@record
class AddedScore:
    """银行在模板新设指标上的得分。"""

    indicator: str = spec("新设指标代码", "与评分表调整中新设指标的指标代码相同", en="Key of the added indicator")
    score: Amount = spec("得分", "0 至该指标分值", en="Score")


@record
class BankMetrics:
    """一家备选银行在综合评分表各项指标上的数据。"""

    name: str = spec("银行名称", en="Bank name")
    capital_adequacy_ratio: Percent = spec("资本充足率（%）", en="Capital adequacy ratio (%)")
    npl_ratio: Percent = spec("不良贷款率（%）", en="Non-performing loan ratio (%)")
    provision_coverage_ratio: Percent = spec("拨备覆盖率（%）", en="Provision coverage ratio (%)")
    liquidity_coverage_ratio: Percent = spec("流动性覆盖率（%）", en="Liquidity coverage ratio (%)")
    liquidity_ratio: Percent = spec("流动性比例（%）", en="Liquidity ratio (%)")
    internal_control: JudgedItem = spec("内部控制", "基础分 4 分，其余 0–1 分", en="Internal control")
    information_system: InformationSystem = spec("信息系统建设", en="Information systems")
    payment_service: JudgedItem = spec("资金支付服务", "基础分 4 分，其余 0–1 分", en="Payment service")
    reconciliation_service: JudgedItem = spec("对账服务", "基础分 4 分，其余 0–1 分", en="Reconciliation service")
    sub_account_service: JudgedItem = spec("分账核算服务", "基础分 4 分，其余 0–1 分", en="Sub-account service")
    past_performance: JudgedItem = spec(
        "以往提供服务履约情况", "基础分 8 分，其余 0–2 分", en="Past performance of service"
    )
    deposit_rate: DepositOffer = spec("存款利率报价", en="Deposit rate offered")
    loan_balance: Amount = spec("贷款余额（元）", en="Loan balance (yuan)")
    loan_increase: Signed = spec("贷款增量（元）", "可为负数", en="Increase in loans (yuan)")
    loan_to_deposit_ratio: Percent = spec("余额存贷比（%）", en="Loan-to-deposit ratio (%)")
    sme_loan_balance: Amount = spec("中小企业贷款余额（元）", en="Loans to small and medium enterprises (yuan)")
    agri_loan_balance: Amount = spec("涉农贷款余额（元）", en="Agricultural loans (yuan)")
    innovative_services: Count = spec(
        "创新或特色服务项数", default=0, en="Number of innovative or distinctive services"
    )
    other: Amount = spec("其他指标得分", "按附件原分值 0–5 分", default=ZERO, en="Score on the other indicators")
    standards: Standards | None = spec(
        "本行适用的监管标准",
        "如逐家确定的拨备覆盖率要求；优先于模板",
        default=None,
        en="Regulatory standards for this bank",
    )
    added_scores: tuple[AddedScore, ...] = spec(
        "模板新设指标的得分", default=(), en="Scores on the indicators the template adds"
    )


@record
class Points:
    """模板调整后的指标分值；未给出的沿用附件分值。"""

    capital_adequacy_ratio: Amount | None = spec("资本充足率", default=None, en="Capital adequacy ratio")
    npl_ratio: Amount | None = spec("不良贷款率", default=None, en="Non-performing loan ratio")
    provision_coverage_ratio: Amount | None = spec("拨备覆盖率", default=None, en="Provision coverage ratio")
    liquidity_coverage_ratio: Amount | None = spec("流动性覆盖率", default=None, en="Liquidity coverage ratio")
    liquidity_ratio: Amount | None = spec("流动性比例", default=None, en="Liquidity ratio")
    internal_control: Amount | None = spec("内部控制", default=None, en="Internal control")
    information_system: Amount | None = spec("信息系统建设", default=None, en="Information systems")
    payment_and_reconciliation: Amount | None = spec(
        "资金支付及对账服务", default=None, en="Payment and reconciliation service"
    )
    sub_account_service: Amount | None = spec("分账核算服务", default=None, en="Sub-account service")
    past_performance: Amount | None = spec("以往提供服务履约情况", default=None, en="Past performance of service")
    innovative_services: Amount | None = spec("创新或特色服务", default=None, en="Innovative or distinctive services")
    deposit_rate: Amount | None = spec("存款利率", default=None, en="Deposit rate")
    loan_balance: Amount | None = spec("贷款总量", default=None, en="Loan balance")
    loan_increase: Amount | None = spec("贷款增量", default=None, en="Increase in loans")
    loan_to_deposit_ratio: Amount | None = spec("余额存贷比", default=None, en="Loan-to-deposit ratio")
    sme_loans: Amount | None = spec("中小企业贷款", default=None, en="Loans to small and medium enterprises")
    agri_loans: Amount | None = spec("涉农贷款", default=None, en="Agricultural loans")
    other: Amount | None = spec("其他", default=None, en="Other")


@record
class AddedIndicator:
    """预算单位新设的指标（附件注）。"""

    key: str = spec("指标代码", "不得与附件指标代码重复", en="Indicator key")
    points: Amount = spec("分值", en="Points")
    title: str = spec("指标名称", default="", en="Indicator name")


@record
class Template:
    """对附件模板的调整："预算单位可根据实际情况和管理要求调整或新设具体指标及分值"。"""

    points: Points | None = spec("调整后的分值", default=None, en="Points as changed")
    standards: Standards | None = spec("监管标准", default=None, en="Regulatory standards")
    added: tuple[AddedIndicator, ...] = spec("新设指标", default=(), en="Added indicators")


@record
class ScoreBanksInput:
    """综合评分的输入。"""

    # A bound of ours, not of the 办法 (which sets no number): it keeps one payload's work bounded.
    # 1,000 banks is far past any real selection in 钦州 and still scores in well under a second.
    banks: Annotated[list[BankMetrics], MinLen(1), MaxLen(1000)] = spec(
        "备选银行", "至少 1 家，至多 1000 家", en="Candidate banks"
    )
    template: Template | None = spec("评分表调整", "缺省为附件模板", default=None, en="Changes to the scoring table")
    tie_rule: TieRule = spec(
        "同值排名规则",
        "dense：下一个不同数值为下一档（缺省）；competition：并列占用名次",
        default="dense",
        en="Ranking rule for equal values",
        choices=TIE_RULE_NAMES,
    )
    as_of: dt.date | None = spec("适用日期", "评分之日；缺省为今天", default=None, en="Date of the law applied")
    decision_date: dt.date | None = decision_date_spec()
