"""第六条（五） "按当年人民银行公布的同期利率计算的贷款实际发生利息": the rate of each day for the
loan's term, and the interest at it, year by year (the arithmetic is :mod:`qinzhou_calc._core.interest`);
and what the LPR, the other reading of "同期利率", would give.
"""

import datetime as dt
from decimal import Decimal

import attrs

from .._core import ZERO, Evaluation, InterestYear, accrue, fmt_money
from .art6_5_loan_inputs import LoanInterestInput
from .parameters import EDUCATION
from .pboc_rates import BENCHMARK_LENDING_RATE, LPR_RATE
from .warning_notes import LPR_ALTERNATIVE

__all__ = ["interest_years", "note_lpr_alternative", "rate_changes", "rate_on"]

_ONE_DAY = dt.timedelta(days=1)


def rate_on(inp: LoanInterestInput, ex: Evaluation, day: dt.date) -> tuple[Decimal, str, bool]:
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


def rate_changes(inp: LoanInterestInput) -> list[dt.date]:
    """The days from which the rate :func:`rate_on` reads may differ from the day before."""
    if inp.annual_rate is not None:
        return []
    table = BENCHMARK_LENDING_RATE if inp.rate_source == "pboc_benchmark" else LPR_RATE
    days = [version.since for version in table.versions]
    until = table.last_day()
    if until is not None:
        days.append(until + _ONE_DAY)
    return days


def interest_years(
    inp: LoanInterestInput, ex: Evaluation, first: dt.date, last: dt.date, maturity: dt.date
) -> tuple[list[InterestYear], set[str]]:
    """The interest from ``first`` to ``last`` year by year, and the labels of unverified rate tables used."""
    unverified: set[str] = set()

    def rate(day: dt.date) -> tuple[Decimal, str]:
        annual, label, verified = rate_on(inp, ex, day)
        if not verified:
            unverified.add(label)
        return annual, label

    end = EDUCATION.in_force_until
    years = accrue(
        inp.loan.principal,
        inp.loan.repayments,
        first,
        # Interest runs to the day before maturity (算头不算尾: note maturity_day_no_interest).
        min(last, maturity - _ONE_DAY),
        rate,
        changes=rate_changes(inp),
        # A what-if may replace a rate from a day of its own, inside a table's span: the rate is
        # then read on the first day of every run of days.
        rate_each_run=bool(ex.overrides),
        # The days after the policy's end are counted apart and flagged (note interest_after_policy_end).
        flags={} if end is None else {"after_policy_end": end + _ONE_DAY},
    )
    return years, unverified


def note_lpr_alternative(
    inp: LoanInterestInput,
    ex: Evaluation,
    *,
    first: dt.date,
    last: dt.date,
    maturity: dt.date,
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
            LPR_ALTERNATIVE.code,
            f"另一种读法是按贷款市场报价利率（LPR）计算；LPR 自 {start.isoformat()} 起按新机制报价，"
            f"本贴息期间始于 {first.isoformat()}，无从比较。本政策所指为人民银行公布的同期利率，按贷款基准利率计算。",
        )
        return
    scratch = Evaluation(ex.calculator, ex.as_of)
    years, _ = interest_years(attrs.evolve(inp, rate_source="lpr"), scratch, first, last, maturity)
    lpr_total = sum((year.interest(inp.day_count) for year in years), ZERO)
    gap = benchmark_total - lpr_total
    # Reading (lpr_alternative): "按当年人民银行公布的同期利率" is the benchmark lending rate, which the PBoC
    # never withdrew; since 2019-08-20 new loans are priced off the LPR, so the note shows both.
    ex.note(
        LPR_ALTERNATIVE.code,
        f"另一种读法是按贷款市场报价利率（LPR）计算：同一期间利息为 {fmt_money(lpr_total)} 元，"
        f"比按人民银行贷款基准利率计算的 {fmt_money(benchmark_total)} 元"
        f"{'少' if gap >= 0 else '多'} {fmt_money(abs(gap))} 元（贴息上限前）。本政策所指“人民银行公布的同期利率”"
        "读作贷款基准利率（人民银行未予废止），按其计算；如需按 LPR 计算，可选 rate_source = lpr。",
    )
