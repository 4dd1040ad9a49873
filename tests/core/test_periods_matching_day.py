"""The Civil Code's counting of months and years (民法典 第二百零二条), without the working-day calendar."""

import datetime as dt

import pytest
from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from qinzhou_calc._core import InputError
from qinzhou_calc._core.periods import end_of_months, end_of_years

D = dt.date


@pytest.mark.parametrize(
    ("event", "years", "expected"),
    [
        (D(2020, 2, 29), 1, D(2021, 2, 28)),
        (D(2020, 2, 29), 4, D(2024, 2, 29)),
        (D(1900, 2, 28), 100, D(2000, 2, 28)),
        (D(2096, 2, 29), 4, D(2100, 2, 28)),
        (D(2021, 3, 1), -1, D(2020, 3, 1)),
    ],
)
def test_a_year_ends_on_the_matching_day_or_the_last_day_of_february(event: D, years: int, expected: D) -> None:
    """第二百零二条: "到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日"; 2100 is no leap year."""
    assert expected == end_of_years(event, years)


def test_a_time_of_day_is_kept() -> None:
    """A moment a month on keeps its time: 2020-01-31 08:30 + 1 month is 2020-02-29 08:30."""
    assert dt.datetime(2020, 2, 29, 8, 30) == end_of_months(dt.datetime(2020, 1, 31, 8, 30), 1)


@given(st.dates(), st.integers(min_value=-2400, max_value=2400))
def test_months_count_as_dateutil_counts_them(event: D, months: int) -> None:
    """The months are counted as ``relativedelta`` counts them, and refused where it cannot count."""
    try:
        expected: D | None = event + relativedelta(months=months)
    except (ValueError, OverflowError):
        expected = None
    try:
        actual: D | None = end_of_months(event, months)
    except InputError:
        actual = None
    assert expected == actual
