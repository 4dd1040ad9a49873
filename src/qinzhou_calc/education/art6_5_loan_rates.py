"""第六条（五） "按当年人民银行公布的同期利率计算的贷款实际发生利息": the rate of each day for the
loan's term, and the interest at it, year by year (the arithmetic is :mod:`qinzhou_calc._core.interest`).
"""

import datetime as dt
from decimal import Decimal

from .._core import Evaluation, InterestYear, accrue
from .art6_5_loan_inputs import LoanInterestInput
from .parameters import EDUCATION
from .pboc_rates import BENCHMARK_LENDING_RATE, LPR_RATE

__all__ = ["interest_years", "rate_changes", "rate_on"]

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
