"""Interest on a balance day by day, summed per calendar year and rounded to the fen once a year
(:mod:`qinzhou_calc._core.interest`). Every expected figure is worked by hand in the docstring."""

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import NamedTuple

import pytest

from qinzhou_calc._core.interest import DAYS_IN_YEAR, accrue, interest_of
from qinzhou_calc._core.money import library_context
from qinzhou_calc._core.steps import write

D = dt.date


class Repayment(NamedTuple):
    date: dt.date
    amount: Decimal


@pytest.fixture(autouse=True)
def _library_context() -> Iterator[None]:
    with library_context():
        yield


def fixed(rate: str, source: str = "合同利率") -> Callable[[dt.date], tuple[Decimal, str]]:
    return lambda day: (Decimal(rate), source)


def counted(
    rates: Callable[[dt.date], tuple[Decimal, str]], asked: list[dt.date]
) -> Callable[[dt.date], tuple[Decimal, str]]:
    def rate(day: dt.date) -> tuple[Decimal, str]:
        asked.append(day)
        return rates(day)

    return rate


def cut_on_1_march(day: dt.date) -> tuple[Decimal, str]:
    return (Decimal("4.35"), "旧表") if day < D(2020, 3, 1) else (Decimal("4.05"), "新表")


def test_a_month_at_one_rate_is_balance_times_rate_times_days_over_36000() -> None:
    """100 000 × 4.35 × 31 = 13 485 000; ÷ 36 000 = 374.583… → 374.58."""
    (year,) = accrue(Decimal(100_000), [], D(2020, 1, 1), D(2020, 1, 31), fixed("4.35"))
    assert (2020, D(2020, 1, 1), D(2020, 1, 31), 31) == (year.year, year.first, year.last, year.days)
    assert Decimal(13_485_000) == year.rate_balance_days
    assert Decimal("374.58") == year.interest("actual/360")
    assert Decimal("100000.00") == year.average_balance
    assert Decimal("4.35") == year.average_rate
    run = {"from": D(2020, 1, 1), "to": D(2020, 1, 31), "days": 31, "balance_amount": Decimal(100_000)}
    assert ({**run, "rate": Decimal("4.35"), "basis": "合同利率"},) == year.runs


def test_the_day_count_basis_is_360_or_365_days() -> None:
    """13 485 000 ÷ 36 500 = 369.452… → 369.45 on actual/365."""
    (year,) = accrue(Decimal(100_000), [], D(2020, 1, 1), D(2020, 1, 31), fixed("4.35"))
    assert Decimal("369.45") == year.interest("actual/365")
    assert {"actual/360": Decimal(360), "actual/365": Decimal(365)} == dict(DAYS_IN_YEAR)


def test_a_repayment_lowers_the_balance_from_its_own_day() -> None:
    """1 000 000 for 5 days, then 600 000 for 5 days (400 000 repaid on the 6th), at 3.65 %:
    3.65 × (5 000 000 + 3 000 000) = 29 200 000; ÷ 36 500 = 800.00; average balance 8 000 000 ÷ 10."""
    (year,) = accrue(
        Decimal(1_000_000), [Repayment(D(2021, 1, 6), Decimal(400_000))], D(2021, 1, 1), D(2021, 1, 10), fixed("3.65")
    )
    assert Decimal("800.00") == year.interest("actual/365")
    assert Decimal("800000.00") == year.average_balance
    assert [
        (D(2021, 1, 1), D(2021, 1, 5), 5, Decimal(1_000_000)),
        (D(2021, 1, 6), D(2021, 1, 10), 5, Decimal(600_000)),
    ] == [(run["from"], run["to"], run["days"], run["balance_amount"]) for run in year.runs]


def test_repayments_on_or_before_the_first_day_open_lower_and_those_after_the_last_change_nothing() -> None:
    """Counting from 2019-11-22 a loan of 1 000 000 repaid 100 000 on 2019-11-10 and 50 000 twice on
    2019-11-22 (one day, summed) opens at 800 000; 200 000 repaid on 2019-12-01 is after the last day.
    800 000 × 3.6 × 9 = 25 920 000; ÷ 36 000 = 720.00."""
    repayments = [
        Repayment(D(2019, 11, 22), Decimal(50_000)),
        Repayment(D(2019, 12, 1), Decimal(200_000)),
        Repayment(D(2019, 11, 10), Decimal(100_000)),
        Repayment(D(2019, 11, 22), Decimal(50_000)),
    ]
    (year,) = accrue(Decimal(1_000_000), repayments, D(2019, 11, 22), D(2019, 11, 30), fixed("3.6"))
    assert Decimal("720.00") == year.interest("actual/360")
    assert [Decimal(800_000)] == [run["balance_amount"] for run in year.runs]


def test_each_calendar_year_is_summed_and_rounded_on_its_own() -> None:
    """360 000 at 3.6 % from 2020-12-30 to 2021-01-02: two days a year, 360 000 × 3.6 × 2 ÷ 36 000 = 72.00 each."""
    years = accrue(Decimal(360_000), [], D(2020, 12, 30), D(2021, 1, 2), fixed("3.6"))
    assert [(2020, D(2020, 12, 30), D(2020, 12, 31), 2), (2021, D(2021, 1, 1), D(2021, 1, 2), 2)] == [
        (year.year, year.first, year.last, year.days) for year in years
    ]
    assert [Decimal("72.00"), Decimal("72.00")] == [year.interest("actual/360") for year in years]


def test_a_third_of_a_fen_a_day_rounds_once_a_year_not_once_a_day() -> None:
    """1 000 at 1.2 % on actual/360 earns 0.0333… a day: 3 days give 0.10 (0.0999… rounded once), not 3 × 0.03."""
    (year,) = accrue(Decimal(1_000), [], D(2020, 5, 1), D(2020, 5, 3), fixed("1.2"))
    assert Decimal("0.10") == year.interest("actual/360")


def test_a_new_rate_starts_a_run_and_the_year_shows_the_rate_weighted_by_days() -> None:
    """100 000 from 2020-02-28 to 2020-03-02: 2 days at 4.35 %, 2 at 4.05 % (from 1 March);
    100 000 × (8.7 + 8.1) = 1 680 000; ÷ 36 000 = 46.666… → 46.67; rate (8.7 + 8.1) ÷ 4 = 4.2."""
    asked: list[dt.date] = []
    (year,) = accrue(
        Decimal(100_000),
        [],
        D(2020, 2, 28),
        D(2020, 3, 2),
        counted(cut_on_1_march, asked),
        changes=[D(2020, 3, 1)],
    )
    assert Decimal("46.67") == year.interest("actual/360")
    assert Decimal("4.2") == year.average_rate
    assert [("旧表", 2), ("新表", 2)] == [(run["basis"], run["days"]) for run in year.runs]
    assert [D(2020, 2, 28), D(2020, 3, 1)] == asked


def test_the_rate_is_asked_once_for_each_span_between_its_changes() -> None:
    """Monthly repayments make four runs in the span before 1 March and two after it: two questions."""
    asked: list[dt.date] = []
    repayments = [
        Repayment(D(2020, 1, 15), Decimal(1)),
        Repayment(D(2020, 2, 1), Decimal(1)),
        Repayment(D(2020, 2, 15), Decimal(1)),
    ]
    years = accrue(
        Decimal(100),
        [*repayments, Repayment(D(2020, 3, 15), Decimal(1))],
        D(2020, 1, 1),
        D(2020, 3, 31),
        counted(cut_on_1_march, asked),
        changes=[D(2015, 10, 24), D(2020, 3, 1)],
    )
    assert 6 == len(years[0].runs)
    assert [D(2020, 1, 1), D(2020, 3, 1)] == asked


def test_asked_on_every_run_the_rate_is_read_on_each_runs_first_day() -> None:
    asked: list[dt.date] = []
    accrue(
        Decimal(100),
        [Repayment(D(2020, 1, 15), Decimal(1))],
        D(2020, 1, 1),
        D(2020, 3, 31),
        counted(cut_on_1_march, asked),
        changes=[D(2020, 3, 1)],
        rate_each_run=True,
    )
    assert [D(2020, 1, 1), D(2020, 1, 15), D(2020, 3, 1)] == asked


def test_a_change_of_table_that_keeps_the_rate_leaves_one_run() -> None:
    """The same 4.35 % on both sides of a change day: one term of 31 days, named by the first table."""
    (year,) = accrue(
        Decimal(100_000), [], D(2020, 2, 15), D(2020, 3, 16), fixed("4.35", "旧表"), changes=[D(2020, 3, 1)]
    )
    assert [(D(2020, 2, 15), D(2020, 3, 16), 31, "旧表")] == [
        (r["from"], r["to"], r["days"], r["basis"]) for r in year.runs
    ]


def test_a_flag_keeps_the_days_from_its_day_in_a_run_of_their_own_and_marks_them() -> None:
    """2024-11-22, the day after a policy's end: 11 days before it and 9 from it, at one balance and rate.
    The part from it: 100 000 × 3.6 × 9 ÷ 36 000 = 90.00."""
    (year,) = accrue(
        Decimal(100_000), [], D(2024, 11, 11), D(2024, 11, 30), fixed("3.6"), flags={"late": D(2024, 11, 22)}
    )
    assert [(11, False), (9, True)] == [(run["days"], run["late"]) for run in year.runs]
    assert Decimal("90.00") == interest_of([run for run in year.runs if run["late"]], "actual/360")
    assert Decimal("200.00") == year.interest("actual/360")


def test_no_days_no_years() -> None:
    assert [] == accrue(Decimal(100), [], D(2020, 1, 2), D(2020, 1, 1), fixed("4.35"))


def test_the_terms_are_written_as_balance_times_rate_times_days() -> None:
    (year,) = accrue(
        Decimal(1_000_000), [Repayment(D(2021, 1, 6), Decimal(400_000))], D(2021, 1, 1), D(2021, 1, 10), fixed("3.65")
    )
    assert ["1000000.00 元 × 3.65% × 5 天", "600000.00 元 × 3.65% × 5 天"] == [write(term) for term in year.terms]
