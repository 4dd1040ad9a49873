"""Reference data for 第六条（五） "按当年人民银行公布的同期利率": PBoC benchmark lending rates
(five buckets to 2014-11-21, three from 2014-11-22) and the LPR, as dated tables."""

import datetime as dt
from decimal import Decimal

import pytest

from qinzhou_calc import InputError
from qinzhou_calc.education.pboc_rates import BENCHMARK_LENDING_RATE, BENCHMARK_LENDING_RATES, LPR, LPR_RATE


def rate(day: dt.date, term_months: int) -> Decimal:
    return BENCHMARK_LENDING_RATE.at(day).value.rate_for(term_months).rate


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        (1, "5.60"),
        (6, "5.60"),
        (7, "6.00"),
        (12, "6.00"),
        (13, "6.15"),
        (36, "6.15"),
        (37, "6.40"),
        (60, "6.40"),
        (61, "6.55"),
    ],
)
def test_the_five_bucket_table_of_6_july_2012_puts_each_term_in_its_bucket(term: int, expected: str) -> None:
    """≤6个月, 6个月–1年, 1–3年, 3–5年, 5年以上; each top inclusive."""
    assert Decimal(expected) == rate(dt.date(2014, 11, 21), term)


@pytest.mark.parametrize(("term", "expected"), [(1, "4.35"), (12, "4.35"), (13, "4.75"), (60, "4.75"), (61, "4.90")])
def test_the_three_bucket_table_of_24_october_2015_puts_each_term_in_its_bucket(term: int, expected: str) -> None:
    """1年以内（含）, 1–5年（含）, 5年以上 — unchanged since, still the published benchmark."""
    assert Decimal(expected) == rate(dt.date(2024, 11, 22), term)


@pytest.mark.parametrize(
    ("day", "since"),
    [
        (dt.date(2008, 12, 22), None),
        (dt.date(2008, 12, 23), dt.date(2008, 12, 23)),
        (dt.date(2014, 11, 21), dt.date(2012, 7, 6)),
        (dt.date(2014, 11, 22), dt.date(2014, 11, 22)),
        (dt.date(2015, 10, 23), dt.date(2015, 8, 26)),
        (dt.date(2015, 10, 24), dt.date(2015, 10, 24)),
    ],
)
def test_each_table_is_in_force_from_its_first_day(day: dt.date, since: dt.date | None) -> None:
    """A table applies from the day it names until the day before the next; none before 2008-12-23."""
    if since is None:
        with pytest.raises(InputError):
            BENCHMARK_LENDING_RATE.at(day)
    else:
        assert since == BENCHMARK_LENDING_RATE.at(day).value.since


def test_the_tables_are_in_date_order_with_five_then_three_buckets() -> None:
    """8 five-bucket tables from 2008-12-23, then 6 three-bucket tables from 2014-11-22."""
    assert sorted(t.since for t in BENCHMARK_LENDING_RATES) == [t.since for t in BENCHMARK_LENDING_RATES]
    assert [5] * 8 + [3] * 6 == [len(t.buckets) for t in BENCHMARK_LENDING_RATES]


def test_each_table_is_cited_with_its_rates_and_source() -> None:
    """The citation of the table of 2015-10-24 quotes its three rates."""
    text = BENCHMARK_LENDING_RATE.at(dt.date(2015, 10, 24)).citation.text
    assert "一年以内（含） 4.35%，一至五年（含） 4.75%，五年以上 4.90%" in text


def test_only_the_table_confirmed_in_full_is_marked_verified() -> None:
    """REFERENCE-DATA.md: only 2015-08-26 has all three rates confirmed by a published table."""
    assert [dt.date(2015, 8, 26)] == [t.since for t in BENCHMARK_LENDING_RATES if t.verified]


@pytest.mark.parametrize(
    ("day", "term", "expected"),
    [
        (dt.date(2019, 8, 19), 12, None),
        (dt.date(2019, 8, 20), 12, "4.25"),
        (dt.date(2019, 8, 20), 61, "4.85"),
        (dt.date(2020, 4, 20), 60, "3.85"),
        (dt.date(2026, 1, 1), 120, "3.50"),
    ],
)
def test_the_lpr_table_gives_the_one_or_five_year_rate(day: dt.date, term: int, expected: str | None) -> None:
    """1-year LPR for loans up to 5 years, 5-year LPR above; none before 2019-08-20."""
    if expected is None:
        with pytest.raises(InputError):
            LPR_RATE.at(day)
    else:
        assert expected == str(LPR_RATE.at(day).value.rate_for(term).rate)
    assert 15 == len(LPR)
