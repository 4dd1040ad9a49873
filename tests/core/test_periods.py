"""The Civil Code's counting rules and the working-day calendar (core issue, 5. Periods)."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qinzhou_calc._core import (
    GUANGXI,
    NATIONAL,
    OFFICIAL_YEARS,
    Citation,
    InputError,
    civil_code,
    end_of_days,
    end_of_hours,
    end_of_months,
    end_of_years,
)
from qinzhou_calc._core._guangxi_data import SANYUESAN
from qinzhou_calc._core.working_days import RegionalYear, _official_years, _regional
from tests import strategies

D = dt.date


@pytest.mark.parametrize(
    ("event", "months", "expected"),
    [
        (D(2019, 1, 31), 1, D(2019, 2, 28)),
        (D(2020, 1, 31), 1, D(2020, 2, 29)),
        (D(2019, 3, 31), 1, D(2019, 4, 30)),
        (D(2019, 6, 15), 1, D(2019, 7, 15)),
        (D(2019, 8, 31), 6, D(2020, 2, 29)),
        (D(2019, 12, 1), 12, D(2020, 12, 1)),
    ],
)
def test_a_period_in_months_ends_on_the_matching_day_or_the_months_last_day(
    event: dt.date, months: int, expected: dt.date
) -> None:
    """第二百零二条：到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日。"""
    assert expected == end_of_months(event, months)


@pytest.mark.parametrize(
    ("event", "years", "expected"),
    [
        (D(2020, 2, 29), 1, D(2021, 2, 28)),
        (D(2020, 2, 29), 4, D(2024, 2, 29)),
        (D(2019, 11, 22), 5, D(2024, 11, 22)),
        (D(2019, 3, 1), 1, D(2020, 3, 1)),
    ],
)
def test_a_period_in_years_ends_on_the_matching_day(event: dt.date, years: int, expected: dt.date) -> None:
    """第二百零二条, for years: 29 February has no matching day in a common year."""
    assert expected == end_of_years(event, years)


def test_a_period_in_days_does_not_count_the_event_day() -> None:
    """第二百零一条：开始的当日不计入，自下一日开始计算。A 2-day period from the 1st ends on the 3rd."""
    assert D(2019, 10, 3) == end_of_days(D(2019, 10, 1), 2)


def test_a_period_in_hours_runs_from_the_stated_time() -> None:
    """第二百零一条第二款：按照小时计算期间的，自法律规定或者当事人约定的时间开始计算。"""
    assert dt.datetime(2019, 10, 2, 9, 30) == end_of_hours(dt.datetime(2019, 10, 1, 9, 30), 24)


def test_the_civil_code_is_cited_from_2021_and_the_general_principles_before() -> None:
    """民法典 applies from 2021-01-01; the 民法总则 had the same counting articles."""
    assert "中华人民共和国民法典" == civil_code("第二百零三条", D(2021, 1, 1)).document
    assert "中华人民共和国民法总则" == civil_code("第二百零三条", D(2020, 12, 31)).document
    assert "第二百零五条" == civil_code("第一千二百五十九条", D(2020, 1, 1)).article


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2019, 9, 29), True),  # Sunday worked before National Day 2019
        (D(2019, 10, 1), False),
        (D(2019, 10, 7), False),
        (D(2019, 10, 12), True),  # Saturday worked
        (D(2019, 10, 13), False),
        (D(2020, 1, 19), True),  # Sunday worked before Spring Festival 2020
        (D(2020, 1, 31), False),  # the Spring Festival extension of 2020
        (D(2020, 2, 3), True),
    ],
)
def test_the_official_calendar_knows_holidays_and_adjusted_working_weekends(day: dt.date, working: bool) -> None:
    """The State Council's 2019 and 2020 arrangements, with 调休 and the 2020 extension."""
    assert working == NATIONAL.is_working_day(day)


@pytest.mark.parametrize(
    ("day", "national", "guangxi"),
    [
        (D(2017, 3, 30), True, False),  # 壮族三月三 2017
        (D(2017, 4, 1), True, False),  # a national working Saturday, rested in Guangxi
        (D(2017, 4, 8), False, True),  # a Saturday Guangxi worked instead
        (D(2024, 4, 11), True, False),
        (D(2024, 4, 10), True, True),
    ],
)
def test_guangxi_adds_sanyuesan_to_the_national_calendar(day: dt.date, national: bool, guangxi: bool) -> None:
    """The regional layer wins over the State Council calendar."""
    assert national == NATIONAL.is_working_day(day)
    assert guangxi == GUANGXI.is_working_day(day)


def test_every_regional_year_names_its_source() -> None:
    """Each year of the Guangxi layer has a source and says whether it was verified."""
    for year, (rest, working, source, verified) in SANYUESAN.items():
        assert source
        assert isinstance(verified, bool)
        assert all(day.year == year for day in (*rest, *working))


def test_unverified_regional_years_are_reported() -> None:
    """A period crossing an unverified year of the layer carries a warning."""
    unverified = next(year for year, entry in SANYUESAN.items() if not entry[3])
    codes = [code for code, _ in GUANGXI.caveats(D(unverified, 1, 1), D(unverified, 12, 31))]
    assert ["regional_calendar_unverified"] == codes
    verified = next(year for year, entry in SANYUESAN.items() if entry[3])
    assert [] == GUANGXI.caveats(D(verified, 1, 1), D(verified, 12, 31))
    assert [] == NATIONAL.caveats(D(unverified, 1, 1), D(unverified, 12, 31))


def test_a_repair_finished_before_national_day_2019_is_put_up_for_acceptance_by_8_october() -> None:
    """Friday 2019-09-27 + 3 working days: Sunday 09-29 was worked, 10-01…10-07 were not."""
    assert D(2019, 10, 8) == GUANGXI.add_working_days(D(2019, 9, 27), 3)


def test_working_days_count_back() -> None:
    """Two working days before Tuesday 2019-10-08 is Sunday 2019-09-29 (an adjusted working day)."""
    assert D(2019, 9, 29) == GUANGXI.subtract_working_days(D(2019, 10, 8), 2)


def test_callers_may_add_their_own_rest_and_working_days() -> None:
    """Caller-supplied days win over every layer."""
    calendar = GUANGXI.with_days(rest=[D(2019, 9, 30)], working=[D(2019, 10, 5)])
    assert calendar.is_working_day(D(2019, 10, 5))
    assert not calendar.is_working_day(D(2019, 9, 30))
    assert GUANGXI is GUANGXI.with_days()


def test_a_rest_day_rolls_forward_to_the_next_working_day() -> None:
    """第二百零三条：期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日。"""
    assert D(2019, 10, 8) == GUANGXI.roll_forward(D(2019, 10, 1))
    assert D(2019, 9, 30) == GUANGXI.roll_forward(D(2019, 9, 30))


@pytest.mark.parametrize("day", [D(OFFICIAL_YEARS[1] + 1, 1, 4), D(OFFICIAL_YEARS[0] - 1, 12, 31)])
def test_a_day_outside_the_official_data_is_calendar_out_of_range(day: dt.date) -> None:
    """The library never guesses a holiday."""
    with pytest.raises(InputError) as caught:
        GUANGXI.is_working_day(day, field="start")
    assert [("start", "calendar_out_of_range")] == [(p.field, p.code) for p in caught.value.errors]


def test_counting_past_the_end_of_the_data_is_calendar_out_of_range() -> None:
    """Adding working days that run past the last known year is refused, not guessed."""
    with pytest.raises(InputError) as caught:
        NATIONAL.add_working_days(D(OFFICIAL_YEARS[1], 12, 30), 5)
    assert {"calendar_out_of_range"} == caught.value.codes


def test_a_single_extra_day_does_not_make_an_unknown_year_known() -> None:
    """A year beyond the data needs its whole schedule (supplied), not single days: a guess of the
    rest of the year would be a guess of its holidays."""
    beyond = D(OFFICIAL_YEARS[1] + 1, 1, 4)
    with pytest.raises(InputError) as caught:
        NATIONAL.with_days(working=[beyond]).is_working_day(beyond, "start")
    assert {"calendar_out_of_range"} == caught.value.codes


@given(strategies.calendar_days.filter(lambda d: d.year < OFFICIAL_YEARS[1]), st.integers(1, 40))
def test_adding_n_working_days_then_counting_back_gives_n(start: dt.date, n: int) -> None:
    """add_working_days and working_days_between are inverse."""
    end = GUANGXI.add_working_days(start, n)
    assert n == GUANGXI.working_days_between(start, end)
    assert end > start
    assert GUANGXI.is_working_day(end)


@given(strategies.calendar_days.filter(lambda d: d.year > OFFICIAL_YEARS[0]), st.integers(1, 40))
def test_subtracting_n_working_days_is_the_inverse(start: dt.date, n: int) -> None:
    """subtract_working_days counts back exactly n working days: [begin, start) holds n of them."""
    begin = GUANGXI.subtract_working_days(start, n)
    one = dt.timedelta(days=1)
    assert GUANGXI.is_working_day(begin)
    assert n == GUANGXI.working_days_between(begin - one, start - one)
    assert -n == GUANGXI.working_days_between(start - one, begin - one)


@given(strategies.days, st.integers(1, 120))
def test_the_month_end_rule(event: dt.date, months: int) -> None:
    """The end falls in the right month, on the matching day or that month's last day."""
    end = end_of_months(event, months)
    assert (end.year * 12 + end.month) - (event.year * 12 + event.month) == months
    if end.day != event.day:
        assert end.day < event.day
        assert (end + dt.timedelta(days=1)).day == 1


@pytest.mark.parametrize("count", [0, -1])
def test_counting_zero_or_fewer_working_days_is_a_programming_error(count: int) -> None:
    """A deadline of no working days is a mistake in the calling code, not an input problem."""
    with pytest.raises(ValueError, match="count must be at least 1"):
        GUANGXI.add_working_days(D(2019, 9, 27), count)
    with pytest.raises(ValueError, match="count must be at least 1"):
        GUANGXI.subtract_working_days(D(2019, 9, 27), count)


def test_one_working_day_after_friday_is_monday_and_before_monday_is_friday() -> None:
    """2019-11-08 is a Friday and 2019-11-11 a Monday, with no holiday between."""
    assert D(2019, 11, 11) == NATIONAL.add_working_days(D(2019, 11, 8), 1)
    assert D(2019, 11, 8) == NATIONAL.subtract_working_days(D(2019, 11, 11), 1)
    assert 1 == NATIONAL.working_days_between(D(2019, 11, 8), D(2019, 11, 11))
    assert 0 == NATIONAL.working_days_between(D(2019, 11, 9), D(2019, 11, 10))
    assert 0 == NATIONAL.working_days_between(D(2019, 11, 8), D(2019, 11, 8))


def test_a_weekend_rolls_forward_to_monday() -> None:
    """Saturday 2019-11-09 rolls to Monday 2019-11-11; a working Sunday (2019-09-29) stays."""
    assert D(2019, 11, 11) == NATIONAL.roll_forward(D(2019, 11, 9))
    assert D(2019, 9, 29) == NATIONAL.roll_forward(D(2019, 9, 29))


def test_the_hour_of_a_date_time_does_not_change_whether_its_day_is_worked() -> None:
    """A moment is on a working day when its date is."""
    assert NATIONAL.is_working_day(dt.datetime(2019, 9, 29, 9, 0)) is True
    assert NATIONAL.is_working_day(dt.datetime(2019, 10, 1, 9, 0)) is False


def test_the_official_data_starts_in_2004() -> None:
    """chinese-calendar 1.11 covers 2004 to at least 2026; 2003 is out of range."""
    assert 2004 == OFFICIAL_YEARS[0]  # 2004-03-10 is a Wednesday
    assert OFFICIAL_YEARS[1] >= 2026
    assert NATIONAL.is_working_day(D(2004, 3, 10)) is True
    with pytest.raises(InputError):
        NATIONAL.is_working_day(D(2003, 12, 31))


def test_a_year_without_regional_data_is_reported_as_missing() -> None:
    """Guangxi's layer starts in 2014: a period over the lunar 三月初三 of 2013 (04-12) and of 2014 (04-02)
    warns of 2013 (missing) and 2014 (unverified)."""
    codes = [code for code, _ in GUANGXI.caveats(D(2014, 6, 1), D(2013, 4, 1))]
    assert ["regional_calendar_missing", "regional_calendar_unverified"] == codes
    message = GUANGXI.caveats(D(2013, 4, 12), D(2013, 4, 12))[0][1]
    assert message.startswith(GUANGXI.name) is True
    assert "2013" in message


def test_guangxi_works_its_own_adjusted_weekends() -> None:
    """Sunday 2018-04-15 and Sunday 2021-04-18 were worked in Guangxi only; the festival days were rested."""
    assert (False, True) == (NATIONAL.is_working_day(D(2018, 4, 15)), GUANGXI.is_working_day(D(2018, 4, 15)))
    assert (False, True) == (NATIONAL.is_working_day(D(2021, 4, 18)), GUANGXI.is_working_day(D(2021, 4, 18)))
    assert (True, False) == (NATIONAL.is_working_day(D(2019, 4, 8)), GUANGXI.is_working_day(D(2019, 4, 8)))


def test_a_regional_table_becomes_one_record_per_year() -> None:
    """_regional turns (rest, working, source, verified) rows into RegionalYear records."""
    table = {2020: ((D(2020, 4, 1), D(2020, 4, 2)), (D(2020, 4, 5),), "桂政办", False)}
    expected = {
        2020: RegionalYear(2020, frozenset({D(2020, 4, 1), D(2020, 4, 2)}), frozenset({D(2020, 4, 5)}), "桂政办", False)
    }
    assert expected == _regional(table)


def test_the_official_years_are_the_first_and_last_years_of_the_holiday_table() -> None:
    """Read from chinese-calendar's table: 2004 to at least 2026."""
    first, last = _official_years()
    assert 2004 == first
    assert last >= 2026


def test_before_2021_the_general_principles_are_cited_with_the_codes_words_under_their_own_title() -> None:
    """第二百零一条 of the 民法总则 is 第二百零一条 too, with the same words; only 第一千二百五十九条 was renumbered."""
    code = civil_code("第二百零一条", D(2021, 1, 1))
    before = civil_code("第二百零一条", D(2020, 6, 1))
    expected = Citation("中华人民共和国民法总则", "中华人民共和国民法总则", "第二百零一条", None, code.text)
    assert expected == before
    assert "" != code.text
