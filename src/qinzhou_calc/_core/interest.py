"""Interest on a loan's balance, day by day, at an annual rate that changes on known days.

The arithmetic any rule that pays or subsidises interest can use (钦政办规〔2019〕11号 第六条（五）
is the first):

- **A day's interest** is *balance × rate ÷ 100 ÷ basis*: the rate is a percentage a year
  (``Decimal("4.35")`` is 4.35 %), the basis the days of the day-count convention
  (:data:`DAYS_IN_YEAR`: *actual/360*, the PBoC's rule for loans, or *actual/365*).
- **Which days**: from ``first`` to ``last``, both included. A repayment lowers the balance from
  its own day on (that day's interest is on the balance after it); a repayment on or before
  ``first`` lowers the opening balance; one after ``last`` changes nothing. A caller who counts
  from a later day (the day a policy began, say) passes that day as ``first``.
- **Which rate**: the rate in force on each day, as ``rate(day)`` answers. It is asked once for
  each span between two of the days ``changes`` names (the days from which the rate may differ
  from the day before), or, with ``rate_each_run=True``, on the first day of every run.
- **Sums and rounding**: per calendar year, *Σ balance* and *Σ balance × rate* over its days; a
  year's interest is *Σ balance × rate ÷ (100 × basis)*, rounded half-up to the fen once
  (:meth:`InterestYear.interest`): one legal step per year, never a fen per day.

The sums are taken run by run, not day by day. Between two days on which something changes (a
repayment, a new rate, 1 January, a day of ``flags``) balance and rate are constant, so a run
of *n* days adds *n × balance* and *n × balance × rate*. For any real loan these products and
sums are exact in the library's 34-digit context, so they equal the day-by-day sums digit for
digit (inputs of absurd precision would round at the 34th significant digit either way, far
below the fen).

A year's runs are its terms as a person writes them: consecutive runs with the same balance and
the same rate are one term (their days added), except across a day of ``flags`` (a day from which
the caller wants the days counted apart, such as the day after a policy's end). Each run is a row
(:data:`InterestRun`): ``from``, ``to``, ``days``, ``balance_amount``, ``rate``, ``basis`` (where the
rate was read) and, for each flag, whether the run lies on or after its day. Worked by hand:
100 000 元 at 4.35 % for 31 days on a 360-day basis is 100 000 × 4.35 × 31 ÷ 36 000 = 374.583… → 374.58 元.
"""

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any, Final, Literal, NamedTuple, Protocol

from .money import ZERO, fen, round_to
from .steps import Pending, positional

__all__ = [
    "DAYS_IN_YEAR",
    "DAY_COUNT_NAMES",
    "TERM",
    "DayCount",
    "InterestRun",
    "InterestYear",
    "Repaid",
    "accrue",
    "interest_of",
]

#: The day-count conventions: actual days over a 360-day or a 365-day year.
DayCount = Literal["actual/360", "actual/365"]
#: The basis of each convention, in days.
DAYS_IN_YEAR: Final[Mapping[str, Decimal]] = {"actual/360": Decimal(360), "actual/365": Decimal(365)}
#: The Chinese name of each convention.
DAY_COUNT_NAMES: Final[Mapping[str, str]] = {"actual/360": "实际天数/360", "actual/365": "实际天数/365"}

#: One term of a year's sum, as a step writes it: balance × rate × days.
TERM: Final = positional("{balance:money} 元 × {rate:decimal}% × {days} 天", "balance", "rate", "days")

_HUNDRED = Decimal(100)
_FOUR_PLACES = Decimal("0.0001")
_ONE_DAY = dt.timedelta(days=1)
_NO_INTEREST = fen(ZERO)
_NO_FLAGS: Final[Mapping[str, dt.date]] = {}


class Repaid(Protocol):
    """A repayment of principal: its day and its amount."""

    @property
    def date(self) -> dt.date: ...

    @property
    def amount(self) -> Decimal: ...


#: A run of days with one balance and one rate, as a row: ``from``, ``to`` (both included), ``days``,
#: ``balance_amount``, ``rate`` (percent a year), ``basis`` (where the rate was read, as ``rate(day)``
#: names it), then one ``bool`` per flag of :func:`accrue`.
InterestRun = dict[str, Any]


class InterestYear(NamedTuple):
    """The days of one calendar year: their sums and their runs."""

    year: int
    first: dt.date
    last: dt.date
    days: int
    #: Σ balance, day by day.
    balance_days: Decimal
    #: Σ balance × rate, day by day (the rate in percent).
    rate_balance_days: Decimal
    runs: tuple[InterestRun, ...]
    #: The runs as the terms of a step, ``{terms:term[ + ]}``, each written as :data:`TERM`.
    terms: tuple[Pending, ...]

    def interest(self, day_count: str) -> Decimal:
        """The year's interest: Σ balance × rate ÷ (100 × basis), half-up to the fen."""
        return fen(self.rate_balance_days / (_HUNDRED * DAYS_IN_YEAR[day_count]))

    @property
    def average_balance(self) -> Decimal:
        """Σ balance ÷ days, half-up to the fen."""
        return fen(self.balance_days / self.days)

    @property
    def average_rate(self) -> Decimal:
        """The rate, or, when it changed during the year, the rates weighted by their days (four places)."""
        first: Decimal = self.runs[0]["rate"]
        if len({run["rate"] for run in self.runs}) == 1:
            return first
        return round_to(sum((run["rate"] * run["days"] for run in self.runs), ZERO) / self.days, _FOUR_PLACES)


def interest_of(runs: Sequence[InterestRun], day_count: str) -> Decimal:
    """Σ balance × rate × days ÷ (100 × basis) of ``runs``, half-up to the fen (a part of a year, say)."""
    if not runs:
        return _NO_INTEREST
    total = sum((run["balance_amount"] * run["rate"] * run["days"] for run in runs), ZERO)
    return fen(total / (_HUNDRED * DAYS_IN_YEAR[day_count]))


def _repaid_per_day(repayments: Iterable[Repaid]) -> list[tuple[dt.date, Decimal]]:
    """``(day, amount)`` summed per day, in date order."""
    per_day: dict[dt.date, Decimal] = {}
    for repayment in repayments:
        day = repayment.date
        per_day[day] = per_day.get(day, ZERO) + repayment.amount
    return sorted(per_day.items())


def accrue(
    principal: Decimal,
    repayments: Iterable[Repaid],
    first: dt.date,
    last: dt.date,
    rate: Callable[[dt.date], tuple[Decimal, str]],
    *,
    changes: Iterable[dt.date] = (),
    rate_each_run: bool = False,
    flags: Mapping[str, dt.date] = _NO_FLAGS,
) -> list[InterestYear]:
    """The calendar years from ``first`` to ``last`` (both included; none if ``last`` is before
    ``first``), each with its sums and its runs (see the module's description).

    ``repayments`` (each with its ``date`` and ``amount`` of principal) come in any order; ``rate(day)`` gives the rate
    (percent a year) in force on ``day`` and where it was read; ``changes`` are the days from
    which the rate may differ from the day before.
    """
    if last < first:
        return []
    balance = principal
    repaid: dict[dt.date, Decimal] = {}
    starts = {first}
    for day, amount in _repaid_per_day(repayments):
        if day <= first:
            balance -= amount
        elif day <= last:
            repaid[day] = amount
            starts.add(day)
    changed = {day for day in changes if first < day <= last}
    starts.update(changed)
    starts.update(dt.date(year, 1, 1) for year in range(first.year + 1, last.year + 1))
    flagged = tuple(flags.items())
    apart = {day for day in flags.values() if first < day <= last}
    starts.update(apart)
    days_from = sorted(starts)
    days_to = [day - _ONE_DAY for day in days_from[1:]]
    days_to.append(last)
    # The days the rate is asked on: the first, and each day it may change (or every run's first day).
    asked_on = set(days_from) if rate_each_run else changed
    asked_on.add(first)

    years: list[InterestYear] = []
    runs: list[InterestRun] = []
    terms: list[Pending] = []
    # The open year's sums, and the open run, extended while balance and rate hold.
    year, year_from, year_days = first.year, first, 0
    balance_days = rate_balance_days = ZERO
    run_from, run_to, run_days, run_balance, run_rate, run_source = first, first, 0, ZERO, ZERO, ""
    day_rate, source = ZERO, ""
    for start, end in zip(days_from, days_to, strict=True):
        days = (end - start).days + 1
        if start in repaid:
            balance -= repaid[start]
        if start in asked_on:
            day_rate, source = rate(start)
        if run_days and start.year == year and balance == run_balance and day_rate == run_rate and start not in apart:
            run_to = end
            run_days += days
        else:
            if run_days:
                row: InterestRun = {
                    "from": run_from,
                    "to": run_to,
                    "days": run_days,
                    "balance_amount": run_balance,
                    "rate": run_rate,
                    "basis": run_source,
                }
                for name, day in flagged:
                    row[name] = run_from >= day
                runs.append(row)
                terms.append((TERM, run_balance, run_rate, run_days))
            if start.year != year:
                years.append(
                    InterestYear(
                        year, year_from, run_to, year_days, balance_days, rate_balance_days, tuple(runs), tuple(terms)
                    )
                )
                year, year_from, year_days = start.year, start, 0
                balance_days = rate_balance_days = ZERO
                runs, terms = [], []
            run_from, run_to, run_days, run_balance, run_rate, run_source = start, end, days, balance, day_rate, source
        year_days += days
        balance_days += balance * days
        rate_balance_days += balance * day_rate * days
    row = {
        "from": run_from,
        "to": run_to,
        "days": run_days,
        "balance_amount": run_balance,
        "rate": run_rate,
        "basis": run_source,
    }
    for name, day in flagged:
        row[name] = run_from >= day
    runs.append(row)
    terms.append((TERM, run_balance, run_rate, run_days))
    years.append(
        InterestYear(year, year_from, run_to, year_days, balance_days, rate_balance_days, tuple(runs), tuple(terms))
    )
    return years
