"""第六条（五）: interest subsidy (贴息) on bank loans for rebuilding or extending a school.

The interest is computed day by day on the outstanding balance (principal less the
repayments made up to and including that day) at the rate in force that day for the
loan's term bucket, and summed per calendar year; each year's interest is rounded to the
fen (one legal step per year), and the subsidy is the sum, within the caps.
"""

import bisect
import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, Literal

import attrs

from .._core import (
    ZERO,
    Amount,
    Example,
    Explanation,
    Gt,
    Le,
    Money,
    Percent,
    PositiveAmount,
    Problems,
    Result,
    calculator,
    claim_date_spec,
    decision_date_spec,
    end_of_months,
    end_of_years,
    fen,
    fmt_decimal,
    fmt_money,
    round_to,
    spec,
)
from .._core.inputs import MaxLen
from .._core.rules import CrossFieldRule
from .._core.steps import positional
from ._checks import city_fund, not_excluded, policy_notes, running_rule, running_years
from .art2_scope import TYPE_NAMES, School, meets_scope
from .parameters import (
    ART6_5,
    ART6_5_1,
    ART6_5_2,
    ART6_5_3,
    EDUCATION,
    EXCLUDED_FROM_LOANS,
    LOAN_MIN_YEARS,
    LOAN_SUBSIDY_MAX_YEARS,
    LOAN_THRESHOLDS,
    LOAN_TOTAL_CAP,
)
from .pboc_rates import BENCHMARK_LENDING_RATE, LPR_RATE, PBOC_RATE_RULES

__all__ = ["Loan", "LoanInterestInput", "Period", "Repayment", "loan_interest_subsidy"]

DayCount = Literal["actual/360", "actual/365"]
RateSource = Literal["pboc_benchmark", "lpr"]
DAY_COUNT_NAMES = {"actual/360": "实际天数/360", "actual/365": "实际天数/365"}
RATE_SOURCE_NAMES = {"pboc_benchmark": "人民银行贷款基准利率", "lpr": "贷款市场报价利率（LPR）"}

_BASIS = {"actual/360": Decimal(360), "actual/365": Decimal(365)}
_ONE_DAY = dt.timedelta(days=1)
#: A loan's term in months: 1 to 600 (50 years).
LoanTerm = Annotated[int, Gt(Decimal(0)), Le(Decimal(600))]
_HUNDRED = Decimal(100)


@attrs.frozen
class Repayment:
    """一笔还款（本金）。"""

    date: dt.date = spec("还款日期", "当日起按还款后的余额计息", en="Repayment date")
    amount: PositiveAmount = spec("还款本金（元）", en="Principal repaid (yuan)")


@attrs.frozen
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


@attrs.frozen
class Period:
    """贴息期间（含首尾两日）。"""

    from_: dt.date = spec("贴息起始日", "含当日", name="from", en="First day of the period")
    to: dt.date = spec("贴息截止日", "含当日；贷款到期日当天不计息", en="Last day of the period")


@attrs.frozen
class LoanInterestInput:
    """民办学校改（扩）建贷款贴息的输入。"""

    school: School = spec(
        "学校（改（扩）建后）", "改（扩）建后的学校类型、班数、在校生数等", en="School (after the works)"
    )
    main_urban_area: bool = spec("是否经批准设立在市主城区", "", en="Approved to be in the city's main urban area")
    operating_since: dt.date = spec(
        "在市主城区开始办学日期", "用于判断是否办学 2 年以上", en="Day the school began in the main urban area"
    )
    investment: Amount = spec("改（扩）建投资（元）", "", en="Investment in the works (yuan)")
    equipment: Amount = spec("教学设备采购额（元）", "", en="Teaching equipment bought (yuan)")
    loan: Loan = spec("贷款", "本金、放款日、期限（月）和还款记录", en="Loan")
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
    running_rule(),
)


#: A year's step and its terms (one per run of days), packed by hand: a monthly loan has some sixty
#: terms (see :func:`positional`).
_YEAR = positional(
    "{year} 年：({terms:term[ + ]}) ÷ {basis:decimal} = {interest:money} 元（四舍五入到分）",
    "year",
    "terms",
    "basis",
    "interest",
)
_TERM = positional("{balance:money} 元 × {rate:decimal}% × {days} 天", "balance", "rate", "days")


def _balance_schedule(loan: Loan) -> list[tuple[dt.date, Decimal]]:
    """Repayments in date order, summed per day: ``(date, principal repaid that day)``."""
    per_day: dict[dt.date, Decimal] = {}
    for repayment in loan.repayments:
        per_day[repayment.date] = per_day.get(repayment.date, ZERO) + repayment.amount
    return sorted(per_day.items())


def _check_loan(inp: LoanInterestInput, max_years: int) -> tuple[dt.date, dt.date, dt.date]:
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


def _rate_on(inp: LoanInterestInput, ex: Explanation, day: dt.date) -> tuple[Decimal, str, bool]:
    """The annual rate (percent) on ``day`` for the loan's term, its label, and whether it is verified.

    The table in force that day is read (and cited) through the dated parameter.
    """
    if inp.annual_rate is not None:
        return inp.annual_rate, "指定年利率", True
    term = inp.loan.term_months
    field = "period.from" if inp.period is not None else "loan.drawn_on"
    if inp.rate_source == "lpr":
        lpr = ex.use(LPR_RATE, on=day, field=field)
        bucket = lpr.rate_for(term)
        return bucket.rate, f"{lpr.since.isoformat()} 起 {bucket.label}", lpr.verified
    table = ex.use(BENCHMARK_LENDING_RATE, on=day, field=field)
    bucket = table.rate_for(term)
    return bucket.rate, f"{table.since.isoformat()} 起 {bucket.label}", table.verified


def _eligibility(inp: LoanInterestInput, ex: Explanation) -> bool:
    school = inp.school
    ok = city_fund(school, ex)
    policy_notes(school, ex)
    ok = not_excluded(school, ex, EXCLUDED_FROM_LOANS) and ok
    # 第六条（五） says "民办学校", not "非营利性民办学校": a for-profit school is not refused.
    ex.cite(ART6_5)
    if not inp.main_urban_area:
        ex.reason("not_main_urban_area", "须经批准设立在市主城区办学", ART6_5_1)
        ok = False
    ok = running_years(inp.operating_since, ex.use(LOAN_MIN_YEARS), ex, ART6_5_1, where="在市主城区") and ok
    # Reading: the school size given is the size after the works (改（扩）建后).
    ex.note(
        "scale_after_works", "第二条规模按改（扩）建后的学校计算，本计算以输入的班数、在校生数为改（扩）建后的规模。"
    )
    ex.cite(ART6_5_2)
    ok = meets_scope(school, ex) and ok
    thresholds = ex.use(LOAN_THRESHOLDS)
    threshold = thresholds.get(school.type)
    if threshold is not None:
        name = TYPE_NAMES[school.type]
        if inp.investment >= threshold.investment or inp.equipment >= threshold.equipment:
            ex.step(
                "{name}改（扩）建投资 {investment:money} 元、教学设备采购 {equipment:money} 元，"
                "达到投资 {least_investment:money} 元或设备 {least_equipment:money} 元以上之一",
                name=name,
                investment=inp.investment,
                equipment=inp.equipment,
                least_investment=threshold.investment,
                least_equipment=threshold.equipment,
            )
        else:
            ex.reason(
                "investment_below_minimum",
                f"{name}改（扩）建投资应达到 {fmt_money(threshold.investment)} 元以上或教学设备采购达到 "
                f"{fmt_money(threshold.equipment)} 元以上（现为 {fmt_money(inp.investment)} 元、"
                f"{fmt_money(inp.equipment)} 元）",
                ART6_5_3,
            )
            ok = False
    return ok


def _rate_changes(inp: LoanInterestInput) -> list[dt.date]:
    """The days from which the rate :func:`_rate_on` reads may differ from the day before."""
    if inp.annual_rate is not None:
        return []
    table = BENCHMARK_LENDING_RATE if inp.rate_source == "pboc_benchmark" else LPR_RATE
    days = [version.since for version in table.versions]
    if table.until is not None:
        days.append(table.until + _ONE_DAY)
    return days


def _year_row(
    year: int,
    start: dt.date,
    end: dt.date,
    *,
    days: int,
    balance_days: Decimal,
    numerator: Decimal,
    segments: list[dict[str, Any]],
) -> dict[str, Any]:
    """A calendar year of :func:`_accrue`: its days, Σ balance, Σ balance × rate and runs of days."""
    return {
        "year": year,
        "from": start,
        "to": end,
        "days": days,
        "balance_days": balance_days,
        "numerator": numerator,
        "segments": segments,
    }


def _accrue(
    inp: LoanInterestInput, ex: Explanation, first: dt.date, last: dt.date, maturity: dt.date
) -> tuple[list[dict[str, Any]], set[str]]:
    """Per calendar year, the days, Σ balance, Σ balance × rate, and the runs of days with one
    balance and one rate; plus the labels of unverified rate tables used.

    The sums of a day-by-day walk, run by run: between two change days (a repayment, a new
    rate table, 1 January) balance and rate are constant, so a run of n days adds n × balance
    and n × (balance × rate). For any real loan these sums are exact in the library's 34-digit
    context, so they equal the day-by-day sums digit for digit (inputs of absurd precision
    would round at the 34th significant digit either way, far below the fen).
    """
    stop = min(last, maturity - _ONE_DAY)
    if stop < first:
        return [], set()
    balance = inp.loan.principal
    repaid: dict[dt.date, Decimal] = {}
    starts = {first}
    for day, amount in _balance_schedule(inp.loan):
        if day <= first:
            balance -= amount
        elif day <= stop:
            repaid[day] = amount
            starts.add(day)
    # Between two days of _rate_changes the rate table in force is one version, so _rate_on gives one
    # answer: it is asked once per span (unless a what-if is active: its values may change within a version).
    changes = sorted(_rate_changes(inp))
    starts.update(day for day in changes if first < day <= stop)
    starts.update(dt.date(year, 1, 1) for year in range(first.year + 1, stop.year + 1))
    # The day after the policy's end starts a run of its own, so that interest after it is flagged.
    if EDUCATION.in_force_until is not None and first <= EDUCATION.in_force_until < stop:
        starts.add(EDUCATION.in_force_until + _ONE_DAY)
    runs = sorted(starts)
    rates: dict[int, tuple[Decimal, str, bool]] = {}
    memo = not ex.overrides
    rows: list[dict[str, Any]] = []
    unverified: set[str] = set()
    segments: list[dict[str, Any]] = []
    # The open segment's balance, rate and side of the policy's end, to extend it while they hold.
    segment: dict[str, Any] | None = None
    held_balance = held_rate = ZERO
    held_after = False
    until = EDUCATION.in_force_until
    # The open year's row: its sums are kept in locals and written into the row when the year ends.
    year = 0
    year_from = year_to = first
    year_days = 0
    balance_days = numerator = ZERO
    ends = [day - _ONE_DAY for day in runs[1:]]
    ends.append(stop)
    for start, end in zip(runs, ends, strict=True):
        days = (end - start).days + 1
        if start in repaid:
            balance -= repaid[start]
        span = bisect.bisect_right(changes, start)
        found = rates.get(span) if memo else None
        if found is None:
            found = rates[span] = _rate_on(inp, ex, start)
        rate, label, verified = found
        if not verified:
            unverified.add(label)
        if start.year != year:
            if year:
                rows.append(
                    _year_row(
                        year,
                        year_from,
                        year_to,
                        days=year_days,
                        balance_days=balance_days,
                        numerator=numerator,
                        segments=segments,
                    )
                )
            year = start.year
            year_from = start
            year_days = 0
            balance_days = numerator = ZERO
            segments = []
            segment = None
        year_to = end
        year_days += days
        balance_days += balance * days
        numerator += balance * rate * days
        after_end = until is not None and start > until
        if segment is not None and held_balance == balance and held_rate == rate and held_after == after_end:
            segment["to"] = end
            segment["days"] += days
        else:
            held_balance, held_rate, held_after = balance, rate, after_end
            segment = {
                "from": start,
                "to": end,
                "days": days,
                "balance_amount": balance,
                "rate": rate,
                "basis": label,
                "after_policy_end": after_end,
            }
            segments.append(segment)
    if year:
        rows.append(
            _year_row(
                year,
                year_from,
                year_to,
                days=year_days,
                balance_days=balance_days,
                numerator=numerator,
                segments=segments,
            )
        )
    return rows, unverified


def _note_lpr_alternative(
    inp: LoanInterestInput,
    ex: Explanation,
    *,
    first: dt.date,
    last: dt.date,
    maturity: dt.date,
    basis: Decimal,
    benchmark_total: Decimal,
) -> None:
    """Name the LPR reading of "人民银行公布的同期利率" and what it would give for this loan.

    Computed on a scratch explanation: the LPR is compared, not applied, so it is neither cited
    nor recorded among the figures the result read.
    """
    start = LPR_RATE.versions[0].since
    if first < start:
        # Reading (lpr_alternative): before 2019-08-20 there was no LPR of the reformed kind to compare.
        ex.note(
            "lpr_alternative",
            f"另一种读法是按贷款市场报价利率（LPR）计算；LPR 自 {start.isoformat()} 起按新机制报价，"
            f"本贴息期间始于 {first.isoformat()}，无从比较。本政策所指为人民银行公布的同期利率，按贷款基准利率计算。",
        )
        return
    scratch = Explanation(ex.calculator, ex.as_of)
    rows, _ = _accrue(attrs.evolve(inp, rate_source="lpr"), scratch, first, last, maturity)
    lpr_total = sum((fen(row["numerator"] / (_HUNDRED * basis)) for row in rows), ZERO)
    gap = benchmark_total - lpr_total
    # Reading (lpr_alternative): "按当年人民银行公布的同期利率" is the benchmark lending rate, which the PBoC
    # never withdrew; since 2019-08-20 new loans are priced off the LPR, so the note shows both.
    ex.note(
        "lpr_alternative",
        f"另一种读法是按贷款市场报价利率（LPR）计算：同一期间利息为 {fmt_money(lpr_total)} 元，"
        f"比按人民银行贷款基准利率计算的 {fmt_money(benchmark_total)} 元"
        f"{'少' if gap >= 0 else '多'} {fmt_money(abs(gap))} 元（贴息上限前）。本政策所指“人民银行公布的同期利率”"
        "读作贷款基准利率（人民银行未予废止），按其计算；如需按 LPR 计算，可选 rate_source = lpr。",
    )


def _flag_after_policy_end(ex: Explanation, breakdown: list[dict[str, Any]], basis: Decimal) -> None:
    """Show, per year, the interest of the days after the policy's end (2024-11-21), and say so.

    Reading (interest_after_policy_end): a 贴息期 of up to 5 years begun while the policy was in
    force may run past its end; the interest after the end is computed like the rest, shown
    per year in ``after_policy_end_interest_amount`` (each year's share rounded to the fen) and
    flagged, for the authority to decide whether it is subsidised under this policy.
    """
    end = EDUCATION.in_force_until
    total = ZERO
    for row in breakdown:
        late = [s for s in row["segments"] if s["after_policy_end"]]
        share = fen(sum((s["balance_amount"] * s["rate"] * s["days"] for s in late), ZERO) / (_HUNDRED * basis))
        row["after_policy_end_days"] = sum(s["days"] for s in late)
        row["after_policy_end_interest_amount"] = share
        total += share
    if end is not None and any(row["after_policy_end_days"] for row in breakdown):
        # Reading (interest_after_policy_end): a 贴息期 begun under the policy may run past
        # 2024-11-21; the interest after it is computed and shown apart, not dropped.
        ex.note(
            "interest_after_policy_end",
            f"贴息期间延至本政策有效期（至 {end.isoformat()}）之后；届满后的利息 {fmt_money(total)} 元照常计算，"
            "并在明细中逐年列出（after_policy_end_interest_amount），是否仍依本政策贴息由主管部门决定",
        )


@calculator(
    "education.loan_interest_subsidy",
    LoanInterestInput,
    title="民办学校改（扩）建贷款贴息",
    columns={
        "year": ("年度", "Year"),
        "from": ("起", "From"),
        "to": ("止", "To"),
        "days": ("天数", "Days"),
        "average_balance_amount": Money("平均贷款余额（元）", "Average balance (yuan)"),
        "rate": ("年利率（%）", "Annual rate (%)"),
        "interest_amount": Money("利息（元）", "Interest (yuan)"),
        "subsidy_amount": Money("贴息（元）", "Interest subsidy (yuan)"),
        "segments": ("分段", "Segments"),
        "balance_amount": Money("贷款余额（元）", "Balance (yuan)"),
        "basis": ("利率依据", "Rate basis"),
        "after_policy_end": ("超出政策有效期", "Past the policy's end"),
        "after_policy_end_days": ("超出有效期的天数", "Days past the policy's end"),
        "after_policy_end_interest_amount": Money(
            "超出有效期部分的利息（元）", "Interest past the policy's end (yuan)"
        ),
    },
    document=EDUCATION,
    event="claim_date",
    rules=RULES,
    examples=[
        Example(
            "主城区非营利性小学 2020 年初贷款 100 万元、期限 36 个月，2021 年中还本 40 万元；贴息 2020—2021 年",
            {
                "school": {"type": "primary", "classes": 18, "students": 800, "non_profit": True},
                "main_urban_area": True,
                "operating_since": "2015-09-01",
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
            "2015 年初贷款 36 万元、期限 12 个月，跨越 2015 年六次基准利率调整",
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
    ],
)
def loan_interest_subsidy(inp: LoanInterestInput, ex: Explanation) -> Result:
    """第六条（五）："符合以下条件的民办学校（不含高职高专院校和本科院校）因改（扩）建学校资金不足需向银行贷款的，
    经有关部门批准建设并竣工验收，按当年人民银行公布的同期利率计算的贷款实际发生利息给予贴息，
    贴息期最长不超过 5 年，贴息金额累计不超过 200 万元：1. 经批准设立在市主城区办学 2 年以上；
    2. 改（扩）建后达到本政策第二条规定的办学规模；3. 幼儿园改（扩）建投资达到 200 万元以上或教学设备采购
    达到 30 万元以上，中小学校、中职学校改扩（建）投资达到 300 万元以上或教学设备采购达到 50 万元以上。"

    Returns ``amount``: the interest at the PBoC rate within the caps, and ``breakdown`` per calendar year.
    """
    max_years = ex.use(LOAN_SUBSIDY_MAX_YEARS)
    first, last, maturity = _check_loan(inp, max_years)
    eligible = _eligibility(inp, ex)
    ex.note(
        "works_approval_required",
        "“经有关部门批准建设并竣工验收”及“因改（扩）建学校资金不足”由主管部门核实，本计算假定已满足。",
    )
    basis = _BASIS[inp.day_count]
    if inp.day_count == "actual/360":
        ex.note("day_count_360", f"按实际天数 × 年利率 ÷ 360 计息（{PBOC_RATE_RULES}）。")
    else:
        ex.note("day_count_365", "按调用方选择，按实际天数 × 年利率 ÷ 365 计息（人民银行规定为 ÷ 360）。")
    # Reading: "当年人民银行公布的同期利率" is the benchmark lending rate for the loan's
    # contractual term bucket, as in force on each day of the period.
    ex.note(
        "rate_each_day",
        "“按当年人民银行公布的同期利率”按贷款合同期限所属档次、每日适用当日有效的人民银行贷款基准利率计算。",
    )
    if inp.annual_rate is not None:
        ex.note("rate_given", f"调用方指定年利率 {fmt_decimal(inp.annual_rate)}%，代替利率表。")
    elif inp.rate_source == "lpr":
        ex.note(
            "lpr_for_comparison", "按贷款市场报价利率（LPR）计算，仅供比较；本政策所指为人民银行公布的贷款基准利率。"
        )
    if inp.period is None:
        # Reading (default_period): with no period asked for, the subsidy covers the loan as
        # drawn, from the drawdown, for at most the 5 years "贴息期最长不超过 5 年" allows.
        ex.note(
            "default_period",
            f"未给出贴息期间：按自放款日 {first.isoformat()} 起的贷款期计算，最长 {max_years} 年，"
            f"至 {last.isoformat()}。",
        )
    if first < EDUCATION.in_force_from:
        # Reading (interest_before_policy): 第六条（五） names no start for the interest it subsidises,
        # so interest from before the policy (2019-11-22) is computed as asked; whether it may be
        # subsidised is for the authority, and the result says so rather than deciding it.
        ex.note(
            "interest_before_policy",
            f"贴息期间始于 {first.isoformat()}，早于本政策施行之日 {EDUCATION.in_force_from.isoformat()}；"
            "本政策未规定贴息利息的起算时间，施行前发生的利息是否给予贴息由主管部门决定，本计算照常计入。",
        )
    if last >= ex.decision_date:
        ex.note(
            "interest_not_yet_incurred",
            f"贴息期间延至决定日期 {ex.decision_date.isoformat()} 之后，所计为预计利息，应按实际发生利息核定。",
        )
    # Reading (maturity_day_no_interest): interest runs from the drawdown day to the day before
    # maturity (算头不算尾, the banks' convention), and on a repayment day on the new balance.
    ex.note(
        "maturity_day_no_interest",
        f"贷款到期日 {maturity.isoformat()} 当天不计息（算头不算尾）；还款当日起按还款后余额计息。",
    )

    rows, unverified = _accrue(inp, ex, first, last, maturity)

    total = ZERO
    breakdown: list[dict[str, Any]] = []
    add = ex.packed_steps()
    for row in rows:
        interest = fen(row["numerator"] / (_HUNDRED * basis))
        days = row["days"]
        average_balance = fen(row["balance_days"] / days)
        segments = row["segments"]
        rates = {segment["rate"] for segment in segments}
        rate = (
            next(iter(rates))
            if len(rates) == 1
            else round_to(sum((s["rate"] * s["days"] for s in segments), ZERO) / days, Decimal("0.0001"))
        )
        if add is not None:  # the lean mode (explain=False) skips building the step
            add(
                (
                    _YEAR,
                    row["year"],
                    tuple([(_TERM, s["balance_amount"], s["rate"], s["days"]) for s in segments]),
                    basis,
                    interest,
                )
            )
        total += interest
        breakdown.append(
            {
                "year": row["year"],
                "from": row["from"],
                "to": row["to"],
                "days": days,
                "average_balance_amount": average_balance,
                "rate": rate,
                "interest_amount": interest,
                "subsidy_amount": ZERO,
                "segments": segments,
            }
        )
    _flag_after_policy_end(ex, breakdown, basis)
    if unverified:
        ex.note(
            "rate_data_unverified",
            "所用利率中部分数据未经一手来源核对（据公开利率表整理）：" + "；".join(sorted(unverified)),
        )
    ex.step("贴息期间 {first:iso} 至 {last:iso} 利息合计 {total:money} 元", first=first, last=last, total=total)
    if inp.annual_rate is None and inp.rate_source == "pboc_benchmark":
        _note_lpr_alternative(inp, ex, first=first, last=last, maturity=maturity, basis=basis, benchmark_total=total)

    amount = total
    if inp.actual_interest is not None and inp.actual_interest < amount:
        ex.step(
            "按基准利率计算的利息高于实际发生利息 {actual:money} 元，按实际发生利息贴息", actual=inp.actual_interest
        )
        amount = fen(inp.actual_interest)
    cap = ex.use(LOAN_TOTAL_CAP)
    room = max(fen(cap - inp.previously_subsidised), ZERO)
    if amount > room:
        ex.step(
            "贴息累计不超过 {cap:money} 元：已获贴息 {before:money} 元，本次最多 {room:money} 元",
            cap=cap,
            before=inp.previously_subsidised,
            room=room,
        )
        amount = room
    # The capped subsidy is spread over the years in order, earliest first.
    left = amount if eligible else ZERO
    for row in breakdown:
        row["subsidy_amount"] = min(row["interest_amount"], left)
        left -= row["subsidy_amount"]
    ex.step("本次贴息 {amount:money} 元", amount=amount)
    return ex.result(eligible=eligible, amount=amount, breakdown=breakdown)
