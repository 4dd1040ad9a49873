"""第六条（五）: interest subsidy (贴息) on bank loans for rebuilding or extending a school.

The interest is computed day by day on the outstanding balance (principal less the
repayments made up to and including that day) at the rate in force that day for the
loan's term bucket, and summed per calendar year; each year's interest is rounded to the
fen (one legal step per year), and the subsidy is the sum, within the caps. The arithmetic
of the interest is the core's (:mod:`qinzhou_calc._core.interest`); this module says which
schools qualify, which rate the policy means, which days count, and the caps.
"""

import datetime as dt
from typing import Any

from .._core import (
    DAYS_IN_YEAR,
    ZERO,
    Evaluation,
    InputError,
    Money,
    Result,
    calculator,
    end_of_years,
    fen,
    fmt_decimal,
    fmt_money,
)
from ._checks import city_fund, not_excluded, policy_notes, running_years
from ._validity import flag_after_policy_end
from .art2_scope import TYPE_NAMES, meets_scope
from .art6_5_loan_inputs import EXAMPLES, RULES, Loan, LoanInterestInput, Period, Repayment, check_loan
from .art6_5_loan_rates import interest_years, note_lpr_alternative
from .parameters import (
    ART6_5,
    ART6_5_1,
    ART6_5_2,
    ART6_5_3,
    ART12,
    EDUCATION,
    EXCLUDED_FROM_LOANS,
    LOAN_MIN_YEARS,
    LOAN_SUBSIDY_MAX_YEARS,
    LOAN_THRESHOLDS,
    LOAN_TOTAL_CAP,
)
from .pboc_rates import PBOC_RATE_RULES
from .readings import INTEREST_BEFORE_POLICY
from .warning_notes import (
    DAY_COUNT_360,
    DAY_COUNT_365,
    DEFAULT_PERIOD,
    INTEREST_NOT_YET_INCURRED,
    LPR_FOR_COMPARISON,
    MATURITY_DAY_NO_INTEREST,
    RATE_DATA_UNVERIFIED,
    RATE_EACH_DAY,
    RATE_GIVEN,
    SCALE_AFTER_WORKS,
    WORKS_APPROVAL_REQUIRED,
)

__all__ = ["Loan", "LoanInterestInput", "Period", "Repayment", "loan_interest_subsidy"]


def _urban_start(inp: LoanInterestInput) -> tuple[str, dt.date]:
    """The day the school began in the main urban area, and the field that gave it."""
    if inp.main_urban_area_since is not None:
        return "main_urban_area_since", inp.main_urban_area_since
    if inp.operating_since is not None:
        return "operating_since", inp.operating_since
    raise InputError.one(
        "main_urban_area_since",
        "missing",
        "须给出在市主城区开始办学日期（main_urban_area_since）",
        en="the day the school began in the main urban area is required",
    )


def _eligibility(inp: LoanInterestInput, ex: Evaluation) -> bool:
    """The conditions of 第六条（五） 1 to 3 and the exclusions: whether the school may be subsidised."""
    school = inp.school
    ok = city_fund(school, ex)
    ok = policy_notes(school, ex, clause_names_non_profit=False) and ok
    ok = not_excluded(school, ex, EXCLUDED_FROM_LOANS) and ok
    # 第六条（五） says "民办学校", not "非营利性民办学校": a for-profit school is not refused.
    ex.cite(ART6_5)
    if not inp.main_urban_area:
        ex.reason("not_main_urban_area", "须经批准设立在市主城区办学", ART6_5_1)
        ok = False
    # 第六条（五）1 counts the years "在市主城区" from main_urban_area_since; its older name
    # operating_since, given alone, is read the same way.
    field, since = _urban_start(inp)
    ok = running_years(since, ex.use(LOAN_MIN_YEARS), ex, ART6_5_1, field=field, where="在市主城区") and ok
    # Reading: the school size given is the size after the works (改（扩）建后).
    ex.note(
        SCALE_AFTER_WORKS.code, "第二条规模按改（扩）建后的学校计算，本计算以输入的班数、在校生数为改（扩）建后的规模。"
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
    examples=list(EXAMPLES),
)
def loan_interest_subsidy(inp: LoanInterestInput, ex: Evaluation) -> Result:
    """第六条（五）："符合以下条件的民办学校（不含高职高专院校和本科院校）因改（扩）建学校资金不足需向银行贷款的，
    经有关部门批准建设并竣工验收，按当年人民银行公布的同期利率计算的贷款实际发生利息给予贴息，
    贴息期最长不超过 5 年，贴息金额累计不超过 200 万元：1. 经批准设立在市主城区办学 2 年以上；
    2. 改（扩）建后达到本政策第二条规定的办学规模；3. 幼儿园改（扩）建投资达到 200 万元以上或教学设备采购
    达到 30 万元以上，中小学校、中职学校改扩（建）投资达到 300 万元以上或教学设备采购达到 50 万元以上。"

    Returns ``amount``: the interest at the PBoC rate within the caps, and ``breakdown`` per calendar year.
    """
    max_years = ex.use(LOAN_SUBSIDY_MAX_YEARS)
    first, last, maturity = check_loan(inp, max_years)
    eligible = _eligibility(inp, ex)
    ex.note(
        WORKS_APPROVAL_REQUIRED.code,
        "“经有关部门批准建设并竣工验收”及“因改（扩）建学校资金不足”由主管部门核实，本计算假定已满足。",
    )
    if inp.day_count == "actual/360":
        ex.note(DAY_COUNT_360.code, f"按实际天数 × 年利率 ÷ 360 计息（{PBOC_RATE_RULES}）。")
    else:
        ex.note(DAY_COUNT_365.code, "按调用方选择，按实际天数 × 年利率 ÷ 365 计息（人民银行规定为 ÷ 360）。")
    # Reading: "当年人民银行公布的同期利率" is the benchmark lending rate for the loan's
    # contractual term bucket, as in force on each day of the period.
    ex.note(
        RATE_EACH_DAY.code,
        "“按当年人民银行公布的同期利率”按贷款合同期限所属档次、每日适用当日有效的人民银行贷款基准利率计算。",
    )
    if inp.annual_rate is not None:
        ex.note(RATE_GIVEN.code, f"调用方指定年利率 {fmt_decimal(inp.annual_rate)}%，代替利率表。")
    elif inp.rate_source == "lpr":
        ex.note(
            LPR_FOR_COMPARISON.code, "按贷款市场报价利率（LPR）计算，仅供比较；本政策所指为人民银行公布的贷款基准利率。"
        )
    if inp.period is None:
        # Reading (default_period): with no period asked for, the subsidy covers the loan as
        # drawn, from the drawdown, for at most the 5 years "贴息期最长不超过 5 年" allows.
        ex.note(
            DEFAULT_PERIOD.code,
            f"未给出贴息期间：按自放款日 {first.isoformat()} 起的贷款期计算，最长 {max_years} 年，"
            f"至 {last.isoformat()}。",
        )
    start = EDUCATION.in_force_from
    if first < start:
        option = ex.reading(INTEREST_BEFORE_POLICY)
        ex.note_reading(INTEREST_BEFORE_POLICY, option, first=first.isoformat(), start=start.isoformat())
        if option == "excluded":
            if inp.period is None:
                last = min(maturity, end_of_years(start, max_years, "loan.drawn_on")) - dt.timedelta(days=1)
            first = start
    if last >= ex.decision_date:
        ex.note(
            INTEREST_NOT_YET_INCURRED.code,
            f"贴息期间延至决定日期 {ex.decision_date.isoformat()} 之后，所计为预计利息，应按实际发生利息核定。",
        )
    # Reading (maturity_day_no_interest): interest runs from the drawdown day to the day before
    # maturity (算头不算尾, the banks' convention), and on a repayment day on the new balance.
    ex.note(
        MATURITY_DAY_NO_INTEREST.code,
        f"贷款到期日 {maturity.isoformat()} 当天不计息（算头不算尾）；还款当日起按还款后余额计息。",
    )

    if first > last:
        # Under the default reading, a period that ended before the policy leaves no interest to subsidise.
        ex.reason(
            "period_before_policy",
            f"贴息期间在本政策施行之日 {start.isoformat()} 以前已结束，施行前发生的利息不予贴息",
            ART12,
        )
        ex.step("贴息期间在 {start:iso} 以前已结束：利息 0.00 元", start=start)
        return ex.result(eligible=False, amount=ZERO, breakdown=[])
    years, unverified = interest_years(inp, ex, first, last, maturity)
    basis = DAYS_IN_YEAR[inp.day_count]
    total = ZERO
    breakdown: list[dict[str, Any]] = []
    for year in years:
        interest = year.interest(inp.day_count)
        ex.step(
            "{year} 年：({terms:term[ + ]}) ÷ {basis:decimal} = {interest:money} 元（四舍五入到分）",
            year=year.year,
            terms=year.terms,
            basis=basis,
            interest=interest,
        )
        total += interest
        breakdown.append(
            {
                "year": year.year,
                "from": year.first,
                "to": year.last,
                "days": year.days,
                "average_balance_amount": year.average_balance,
                "rate": year.average_rate,
                "interest_amount": interest,
                "subsidy_amount": ZERO,
                "segments": list(year.runs),
            }
        )
    flag_after_policy_end(ex, years, breakdown, inp.day_count)
    if unverified:
        ex.note(
            RATE_DATA_UNVERIFIED.code,
            "所用利率中部分数据未经一手来源核对（据公开利率表整理）：" + "；".join(sorted(unverified)),
        )
    ex.step("贴息期间 {first:iso} 至 {last:iso} 利息合计 {total:money} 元", first=first, last=last, total=total)
    if inp.annual_rate is None and inp.rate_source == "pboc_benchmark":
        note_lpr_alternative(inp, ex, first=first, last=last, maturity=maturity, benchmark_total=total)

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
