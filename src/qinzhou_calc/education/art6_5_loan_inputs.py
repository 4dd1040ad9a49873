"""第六条（五）: what a claim for the loan interest subsidy (贴息) gives, and the loans and periods
refused before anything is computed: a repayment before the drawdown or beyond the principal, a
period outside the loan or longer than 5 years, a period the rate table does not reach.
"""

import datetime as dt
from decimal import Decimal
from typing import Annotated, Literal

from .._core import (
    DAY_COUNT_NAMES,
    ZERO,
    Amount,
    DayCount,
    Example,
    Gt,
    Le,
    Percent,
    PositiveAmount,
    Problems,
    claim_date_spec,
    decision_date_spec,
    end_of_months,
    end_of_years,
    fmt_money,
    record,
    spec,
)
from .._core.crossfield import CrossFieldRule
from .._core.kinds import MaxLen
from .art2_scope import School
from .pboc_rates import BENCHMARK_LENDING_RATE, LPR_RATE

__all__ = [
    "EXAMPLES",
    "RATE_SOURCE_NAMES",
    "RULES",
    "Loan",
    "LoanInterestInput",
    "LoanTerm",
    "Period",
    "RateSource",
    "Repayment",
    "check_loan",
]

RateSource = Literal["pboc_benchmark", "lpr"]
RATE_SOURCE_NAMES = {"pboc_benchmark": "人民银行贷款基准利率", "lpr": "贷款市场报价利率（LPR）"}

_ONE_DAY = dt.timedelta(days=1)
#: A loan's term in months: 1 to 600 (50 years).
LoanTerm = Annotated[int, Gt(Decimal(0)), Le(Decimal(600))]


@record
class Repayment:
    """一笔还款（本金）。"""

    date: dt.date = spec("还款日期", "当日起按还款后的余额计息", en="Repayment date")
    amount: PositiveAmount = spec("还款本金（元）", en="Principal repaid (yuan)")


@record
class Loan:
    """银行贷款。"""

    principal: PositiveAmount = spec("贷款本金（元）", en="Principal (yuan)")
    drawn_on: dt.date = spec("放款日期", "当日起计息", en="Drawdown date")
    # A bound of our own, not of the 办法: no bank lends to a school for more than 50 years (600 months).
    term_months: LoanTerm = spec(
        "贷款期限（月）", "合同约定期限，决定适用的利率档次；1 至 600 个月", en="Term of the loan (months)"
    )
    # At most one repayment a day for a 600-month term would be 18000; 2000 covers every real schedule.
    repayments: Annotated[tuple[Repayment, ...], MaxLen(2000)] = spec(
        "还款记录", "每笔归还本金的日期和金额；至多 2000 笔", default=(), en="Repayments"
    )


@record
class Period:
    """贴息期间（含首尾两日）。"""

    from_: dt.date = spec("贴息起始日", "含当日", name="from", en="First day of the period")
    to: dt.date = spec("贴息截止日", "含当日；贷款到期日当天不计息", en="Last day of the period")


@record
class LoanInterestInput:
    """民办学校改（扩）建贷款贴息的输入。"""

    school: School = spec("学校", "学校类型、班数、在校生数、是否非营利性、是否已终止办学", en="School")
    main_urban_area: bool = spec("是否经批准设立在市主城区", "", en="Approved to be in the city's main urban area")
    investment: Amount = spec("改（扩）建投资（元）", "", en="Investment in the works (yuan)")
    equipment: Amount = spec("教学设备采购额（元）", "", en="Teaching equipment bought (yuan)")
    loan: Loan = spec("贷款", "本金、放款日、期限（月）和还款记录", en="Loan")
    main_urban_area_since: dt.date | None = spec(
        "在市主城区开始办学日期",
        "用于判断是否在市主城区办学 2 年以上（第六条（五）1）",
        default=None,
        en="Day the school began in the main urban area",
    )
    operating_since: dt.date | None = spec(
        "在市主城区开始办学日期（旧名）",
        "“在市主城区开始办学日期”一项的旧名：只给出本项时，按本项判断是否在市主城区办学 2 年以上",
        default=None,
        en="Day the school began in the main urban area (older name)",
    )
    period: Period | None = spec(
        "贴息期间",
        "含首尾两日，最长 5 年，须在贷款期内；缺省为自放款日起的贷款期（最长 5 年）",
        default=None,
        en="Subsidised period",
    )
    actual_interest: Amount | None = spec(
        "实际支付利息（元）", "银行利息单据所载金额；贴息不超过此数", default=None, en="Interest actually paid (yuan)"
    )
    previously_subsidised: Amount = spec(
        "此前已获贴息（元）",
        "本政策下已获得的贴息累计额",
        default=Decimal(0),
        en="Interest subsidy already received (yuan)",
    )
    day_count: DayCount = spec(
        "计息天数规则",
        "actual/360（人民银行规定，缺省）或 actual/365",
        default="actual/360",
        en="Day count",
        choices=DAY_COUNT_NAMES,
    )
    rate_source: RateSource = spec(
        "利率表",
        "pboc_benchmark 人民银行贷款基准利率（缺省，政策所指）；lpr 贷款市场报价利率（仅供比较）",
        default="pboc_benchmark",
        en="Rate table",
        choices=RATE_SOURCE_NAMES,
    )
    annual_rate: Percent | None = spec(
        "指定年利率（%）",
        "给出时代替利率表，全期按此年利率计算（须说明来源）",
        default=None,
        en="Annual rate given (%)",
    )
    as_of: dt.date | None = spec(
        "适用日期", "适用哪一天有效的规定；缺省为今天", default=None, en="Date of the law applied"
    )
    decision_date: dt.date | None = decision_date_spec()
    claim_date: dt.date | None = claim_date_spec()


#: What the schema cannot say: the repayments, the period and the rate table against the loan.
RULES = (
    CrossFieldRule(
        "repayment_after_drawdown",
        "out_of_range",
        ("loan.repayments[].date", "loan.drawn_on"),
        "还款日期 loan.repayments[].date 不得早于放款日期 loan.drawn_on",
        "a repayment (loan.repayments[].date) cannot be before the drawdown (loan.drawn_on)",
    ),
    CrossFieldRule(
        "repaid_within_principal",
        "out_of_range",
        ("loan.repayments[].amount", "loan.principal"),
        "累计还款 loan.repayments[].amount 不得超过贷款本金 loan.principal",
        "the repayments (loan.repayments[].amount) cannot add up to more than the principal (loan.principal)",
    ),
    CrossFieldRule(
        "period_ordered",
        "out_of_range",
        ("period.to", "period.from"),
        "贴息截止日 period.to 不得早于起始日 period.from",
        "the period cannot end (period.to) before it starts (period.from)",
    ),
    CrossFieldRule(
        "period_after_drawdown",
        "out_of_range",
        ("period.from", "loan.drawn_on"),
        "贴息起始日 period.from 不得早于放款日期 loan.drawn_on",
        "the period cannot start (period.from) before the drawdown (loan.drawn_on)",
    ),
    CrossFieldRule(
        "period_within_term",
        "out_of_range",
        ("period.to", "loan.drawn_on", "loan.term_months"),
        "贴息截止日 period.to 不得晚于贷款到期日（放款日期 loan.drawn_on 加期限 loan.term_months 个月）",
        "the period cannot end (period.to) after the loan's maturity (loan.drawn_on plus loan.term_months months)",
    ),
    CrossFieldRule(
        "period_at_most_five_years",
        "out_of_range",
        ("period.to", "period.from"),
        "贴息期最长不超过 5 年：period.to 须早于 period.from 的 5 周年对应日（参数 education.loan_interest.max_years）",
        "the period is at most 5 years: period.to must be before the 5th anniversary of period.from "
        "(education.loan_interest.max_years)",
    ),
    CrossFieldRule(
        "rate_table_covers_period",
        "out_of_range",
        ("period.from", "loan.drawn_on", "annual_rate", "rate_source"),
        "未给出年利率 annual_rate 时，贴息期（缺省自放款日起）不得早于所选利率表（rate_source）的第一天",
        "without annual_rate, the period (by default from the drawdown) cannot start before the first day of the "
        "rate table chosen (rate_source)",
    ),
    CrossFieldRule(
        "term_within_calendar",
        "out_of_range",
        ("loan.term_months", "loan.drawn_on", "period.from"),
        "放款日期加贷款期限、贴息起始日加 5 年，都须在 9999-12-31 前",
        "the drawdown plus the term, and the period's start plus 5 years, must be by 9999-12-31",
    ),
    CrossFieldRule(
        "urban_start_given",
        "missing",
        ("main_urban_area_since", "operating_since"),
        "须给出在市主城区开始办学日期 main_urban_area_since（或其旧名 operating_since）",
        "the day the school began in the main urban area is required: main_urban_area_since (or its older name "
        "operating_since)",
    ),
    CrossFieldRule(
        "began_before_law_date",
        "out_of_range",
        ("main_urban_area_since", "operating_since"),
        "在市主城区开始办学日期 main_urban_area_since（或 operating_since）不得晚于适用日期（as_of，缺省为申请日期 "
        "claim_date 或决定日期）",
        "main_urban_area_since (or operating_since), the day the school began in the main urban area, must not be "
        "after the day of the law applied (as_of, by default claim_date or the decision date)",
    ),
)


def check_loan(inp: LoanInterestInput, max_years: int) -> tuple[dt.date, dt.date, dt.date]:
    """Refuse impossible loans and periods; return the period's first and last day and the maturity."""
    loan = inp.loan
    problems = Problems()
    maturity = end_of_months(loan.drawn_on, loan.term_months, "loan.term_months")
    for index, repayment in enumerate(loan.repayments):
        if repayment.date < loan.drawn_on:
            problems.add(
                f"loan.repayments[{index}].date",
                "out_of_range",
                f"还款日期 {repayment.date.isoformat()} 早于放款日期 {loan.drawn_on.isoformat()}",
                en=f"the repayment on {repayment.date.isoformat()} is before the drawdown "
                f"on {loan.drawn_on.isoformat()}",
            )
    repaid = ZERO
    order = sorted(range(len(loan.repayments)), key=[repayment.date for repayment in loan.repayments].__getitem__)
    for index in order:
        repaid += loan.repayments[index].amount
        if repaid > loan.principal:
            problems.add(
                f"loan.repayments[{index}].amount",
                "out_of_range",
                f"累计还款 {fmt_money(repaid)} 元 超过贷款本金 {fmt_money(loan.principal)} 元",
                en=f"repayments of {fmt_money(repaid)} yuan exceed the principal of {fmt_money(loan.principal)} yuan",
            )
            break
    if inp.period is None:
        first = loan.drawn_on
        last = min(maturity, end_of_years(first, max_years, "loan.drawn_on")) - _ONE_DAY
    else:
        first, last = inp.period.from_, inp.period.to
        if first > last:
            problems.add(
                "period.to",
                "out_of_range",
                f"贴息截止日 {last.isoformat()} 早于起始日 {first.isoformat()}",
                en=f"the period ends ({last.isoformat()}) before it starts ({first.isoformat()})",
            )
        if first < loan.drawn_on:
            problems.add(
                "period.from",
                "out_of_range",
                f"贴息起始日 {first.isoformat()} 早于放款日期 {loan.drawn_on.isoformat()}，超出贷款期",
                en=f"the period starts ({first.isoformat()}) before the drawdown ({loan.drawn_on.isoformat()})",
            )
        if last > maturity:
            problems.add(
                "period.to",
                "out_of_range",
                f"贴息截止日 {last.isoformat()} 晚于贷款到期日 {maturity.isoformat()}，超出贷款期",
                en=f"the period ends ({last.isoformat()}) after the loan's maturity ({maturity.isoformat()})",
            )
        # A period longer than the law allows is refused, not clipped: 贴息期最长不超过 5 年,
        # i.e. its last day is before the 5th anniversary of its first day.
        limit = end_of_years(first, max_years, "period.from")
        if last >= limit:
            problems.add(
                "period.to",
                "out_of_range",
                f"贴息期最长不超过 {max_years} 年：自 {first.isoformat()} 起最晚至 {(limit - _ONE_DAY).isoformat()}",
                en=f"the subsidised period is at most {max_years} years: from {first.isoformat()} "
                f"it ends on {(limit - _ONE_DAY).isoformat()} at the latest",
            )
    if inp.annual_rate is None:
        table = BENCHMARK_LENDING_RATE if inp.rate_source == "pboc_benchmark" else LPR_RATE
        start = table.versions[0].since
        if first < start:
            problems.add(
                "period.from" if inp.period is not None else "loan.drawn_on",
                "out_of_range",
                f"利率表自 {start.isoformat()} 起；更早的期间请以 annual_rate 给出年利率",
                en=f"the rate table starts on {start.isoformat()}; give annual_rate for an earlier period",
            )
    problems.raise_if_any()
    return first, last, maturity


#: The calculator's worked examples.
EXAMPLES = (
    Example(
        "主城区非营利性小学 2020 年初贷款 100 万元、期限 36 个月，2021 年中还本 40 万元；贴息 2020—2021 年",
        {
            "school": {"type": "primary", "classes": 18, "students": 800, "non_profit": True},
            "main_urban_area": True,
            "main_urban_area_since": "2015-09-01",
            "investment": "3500000",
            "equipment": "0",
            "loan": {
                "principal": "1000000",
                "drawn_on": "2020-01-01",
                "term_months": 36,
                "repayments": [{"date": "2021-07-01", "amount": "400000"}],
            },
            "period": {"from": "2020-01-01", "to": "2021-12-31"},
            "as_of": "2022-03-01",
        },
    ),
    Example(
        "2015 年初贷款 36 万元、期限 12 个月，本政策施行前已还清：施行前的利息不予贴息（读法 excluded）",
        {
            "school": {"type": "kindergarten", "classes": 9, "students": 270, "non_profit": False},
            "main_urban_area": True,
            "operating_since": "2012-03-01",
            "investment": "2000000",
            "equipment": "0",
            "loan": {"principal": "360000", "drawn_on": "2015-01-01", "term_months": 12},
            "as_of": "2020-01-06",
        },
    ),
)
