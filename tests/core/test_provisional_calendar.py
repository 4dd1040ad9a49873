"""A provisional working-day year, asked for: the statutory holidays of 全国年节及纪念日放假办法
(第二条 as revised in force from 2025-01-01) and the 补假 of its 第六条, weekends, no adjusted
working weekend, no 三月三; flagged in every face, and checked by ``verify`` once the year is known.

The "official 2027" schedules registered here are HYPOTHETICAL, made up for the tests. Every
expected day is counted by hand from a wall calendar and a lunar table.
"""

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest

import qinzhou_calc as qc
from qinzhou_calc import calendar
from qinzhou_calc._core import structure
from qinzhou_calc._core.working_days import NATIONAL
from qinzhou_calc.cli import main
from qinzhou_calc.roads import DeadlineInput

D = dt.date
INSPECTION = {"obligation": "acceptance_inspection", "start": "2026-12-28"}
PROVISIONAL = {"provisional": True}


@pytest.fixture(autouse=True)
def nothing_left_behind(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(calendar.PROVISIONAL_ENVIRONMENT, raising=False)
    before = calendar.allow_provisional(False)
    yield
    calendar.allow_provisional(before)
    calendar.unregister_year(2027)


def deadline(**payload: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(json.dumps(qc.evaluate("roads.deadline", payload).to_dict()))
    return data


def notes(data: dict[str, Any]) -> dict[str, str]:
    return {note["code"]: note["message"] for note in data["notes"]}


# --- the year built from the law -------------------------------------------------------------------


def test_the_provisional_2027_has_the_statutory_holidays_and_their_make_up_days() -> None:
    """2027: 元旦 Fri 01-01; 除夕 Fri 02-05 and 初一至初三 02-06…02-08, Sat and Sun made up on Tue 02-09 and
    Wed 02-10; 清明 Mon 04-05; 05-01/02 a weekend, made up 05-03/04; 端午 Wed 06-09; 中秋 Wed 09-15;
    10-01…10-03 Fri to Sun, made up 10-04/05."""
    expected = {
        D(2027, 1, 1): "元旦",
        D(2027, 2, 5): "春节",
        D(2027, 2, 6): "春节",
        D(2027, 2, 7): "春节",
        D(2027, 2, 8): "春节",
        D(2027, 2, 9): "春节（补假）",
        D(2027, 2, 10): "春节（补假）",
        D(2027, 4, 5): "清明节",
        D(2027, 5, 1): "劳动节",
        D(2027, 5, 2): "劳动节",
        D(2027, 5, 3): "劳动节（补假）",
        D(2027, 5, 4): "劳动节（补假）",
        D(2027, 6, 9): "端午节",
        D(2027, 9, 15): "中秋节",
        D(2027, 10, 1): "国庆节",
        D(2027, 10, 2): "国庆节",
        D(2027, 10, 3): "国庆节",
        D(2027, 10, 4): "国庆节（补假）",
        D(2027, 10, 5): "国庆节（补假）",
    }
    assert expected == calendar.provisional_year(2027)


def test_the_provisional_2026_rests_on_days_the_official_2026_rests_on_and_lacks_only_its_bridges() -> None:
    """Built from the rule, 2026 has 元旦 Thu 01-01; 除夕 Mon 02-16 to 初三 Thu 02-19; 清明 Sun 04-05 made
    up Mon 04-06; 05-01 Fri and Sat 05-02 made up Mon 05-04; 端午 Fri 06-19; 中秋 Fri 09-25; 10-01 Thu
    to Sat 10-03 made up Mon 10-05. Every one is a rest day of the State Council's 2026 notice (三月三
    is not part of either)."""
    built = calendar.provisional_year(2026)
    expected = [
        D(2026, 1, 1),
        *[D(2026, 2, day) for day in (16, 17, 18, 19)],
        D(2026, 4, 5),
        D(2026, 4, 6),
        D(2026, 5, 1),
        D(2026, 5, 2),
        D(2026, 5, 4),
        D(2026, 6, 19),
        D(2026, 9, 25),
        *[D(2026, 10, day) for day in (1, 2, 3, 5)],
    ]
    assert expected == list(built)
    assert [] == [day for day in built if NATIONAL.is_working_day(day)]
    # What the notice adds: weekdays off that join the holidays to a weekend or stretch a break ...
    days = [D(2026, 1, 1) + dt.timedelta(days=i) for i in range(365)]
    official_weekdays_off = [day for day in days if day.weekday() < 5 and not NATIONAL.is_working_day(day)]
    lacking = [day for day in official_weekdays_off if day not in built]
    assert [D(2026, 1, 2), D(2026, 2, 20), D(2026, 2, 23), D(2026, 5, 5), D(2026, 10, 6), D(2026, 10, 7)] == lacking
    # ... and the weekends it has worked, which a provisional year rests.
    worked_weekends = [day for day in days if day.weekday() >= 5 and NATIONAL.is_working_day(day)]
    assert [D(2026, 1, 4), D(2026, 2, 14), D(2026, 2, 28), D(2026, 5, 9), D(2026, 9, 20), D(2026, 10, 10)] == (
        worked_weekends
    )


def test_two_festivals_on_one_day_give_one_day_off() -> None:
    """2031: 中秋 falls on Wednesday 10-01, the first day of 国庆节; 10-02 and 10-03 are Thursday and Friday.
    第六条 makes up a holiday on a weekend only: nothing is added."""
    autumn = {day: name for day, name in calendar.provisional_year(2031).items() if day.month in (9, 10)}
    assert {D(2031, 10, 1): "中秋节", D(2031, 10, 2): "国庆节", D(2031, 10, 3): "国庆节"} == autumn


@pytest.mark.parametrize("year", [2024, 2100])
def test_a_provisional_year_is_built_only_under_the_law_of_2025_and_up_to_2099(year: int) -> None:
    with pytest.raises(qc.InputError) as caught:
        calendar.provisional_year(year)
    assert [("year", "out_of_range")] == [(p.field, p.code) for p in caught.value.errors]


# --- asked for, and only then --------------------------------------------------------------------------


def test_without_the_request_the_count_into_2027_is_refused_as_before_and_names_the_option() -> None:
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate("roads.deadline", INSPECTION)
    ((problem,),) = [caught.value.errors]
    assert ("start", "calendar_out_of_range") == (problem.field, problem.code)
    assert '"provisional": true' in problem.message
    assert "--provisional-calendar" in problem.message


def test_an_inspection_from_28_december_2026_ends_on_5_january_2027_on_the_provisional_year() -> None:
    """政府令第11号 第二十条：收到申请后五个工作日内组织验收. Monday 2026-12-28: 12-29, 12-30, 12-31, then
    元旦 on Friday and the weekend, then Monday 01-04 and Tuesday 01-05."""
    data = deadline(**INSPECTION, calendar=PROVISIONAL)
    assert "2027-01-05" == data["deadline"]
    rows = {row["year"]: row for row in data["provenance"]["calendar"]}
    assert "provisional" not in rows[2026]
    assert True is rows[2027]["provisional"]
    assert rows[2027]["rule"].startswith("《全国年节及纪念日放假办法》（2024年11月10日国务院令第795号修订")
    assert False is rows[2027]["supplied_by_caller"]
    message = notes(data)["calendar_provisional"]
    assert message.endswith("可能因调休或另行放假而变动的：2027-01-01 至 2027-01-05")
    assert "calendar_provisional_settled" not in notes(data)
    assert "regional_calendar_missing" not in notes(data)  # 三月初三 of 2027 is 04-09
    assert {"第二条", "第六条"} == {c["article"] for c in data["citations"] if "放假办法" in c["document"]}
    assert {"years": None, "provisional": True} == data["inputs"]["calendar"]


def test_the_text_and_html_say_the_calendar_is_provisional() -> None:
    result = qc.evaluate("roads.deadline", {**INSPECTION, "calendar": PROVISIONAL})
    line = "工作日历：2027 年为暂定日历（国务院尚未公布安排，按法定节假日推算，见说明）"
    assert line in str(result).splitlines()
    assert "2027 年为暂定日历" in result._repr_html_()


def test_a_count_far_from_every_holiday_says_the_official_year_cannot_change_it() -> None:
    """Monday 2027-03-01 + 5 working days: 03-02…03-05 and Monday 03-08; the nearest statutory holidays
    are 春节 (to 02-08) and 清明 (04-05), more than 14 days away."""
    data = deadline(obligation="acceptance_inspection", start="2027-03-01", calendar=PROVISIONAL)
    assert "2027-03-08" == data["deadline"]
    message = notes(data)["calendar_provisional_settled"]
    assert "2027-03-01 至 2027-03-08 都不在法定节假日前后 14 日内，国务院公布的安排不会改变本结果" in message
    assert "calendar_provisional" not in notes(data)


def test_a_provisional_count_near_the_lunar_sanyuesan_says_the_region_has_not_placed_its_days() -> None:
    """Tuesday 2027-04-06 + 3 working days: Wed 07, Thu 08, Fri 09, the lunar 三月初三 itself, counted as a
    working day: Guangxi has not placed its 2027 days. 清明 Monday 04-05 is a day before: all may move."""
    data = deadline(obligation="acceptance_application", start="2027-04-06", calendar=PROVISIONAL)
    assert "2027-04-09" == data["deadline"]
    assert "未计入三月三" in notes(data)["regional_calendar_missing"]
    assert notes(data)["calendar_provisional"].endswith("2027-04-06 至 2027-04-09")


@pytest.mark.parametrize("how", ["process", "environment"])
def test_asked_for_the_process_the_result_carries_the_request_in_its_inputs(
    how: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    if how == "process":
        calendar.allow_provisional()
    else:
        monkeypatch.setenv(calendar.PROVISIONAL_ENVIRONMENT, "1")
    assert calendar.provisional_allowed() is True
    data = deadline(**INSPECTION)
    assert "2027-01-05" == data["deadline"]
    assert {"years": None, "provisional": True} == data["inputs"]["calendar"]


def test_the_cli_asks_for_it_for_one_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["run", "roads.deadline", "--json", json.dumps(INSPECTION), "--provisional-calendar"])
    data = json.loads(capsys.readouterr().out)
    assert "2027-01-05" == data["deadline"]
    assert True is data["inputs"]["calendar"]["provisional"]
    assert calendar.provisional_allowed() is False
    assert 2 == main(["run", "roads.deadline", "--json", json.dumps(INSPECTION)])
    assert "calendar_out_of_range" in capsys.readouterr().err


def test_a_year_supplied_in_the_payload_is_never_counted_provisionally() -> None:
    """The payload's 2027 (hypothetical: 01-01 and Monday 01-04 off) wins: 12-29…12-31, 01-05, 01-06."""
    years = {"2027": {"rest_days": ["2027-01-01", "2027-01-04"], "source": "假设的2027年安排"}}
    data = deadline(**INSPECTION, calendar={"years": years, "provisional": True})
    assert "2027-01-06" == data["deadline"]
    assert [False, False] == [row.get("provisional", False) for row in data["provenance"]["calendar"]]
    assert "calendar_provisional" not in notes(data)


def test_a_provisional_count_stops_at_2099() -> None:
    calendar.allow_provisional()
    assert calendar.is_working_day(D(2099, 12, 31)) is True  # a Thursday
    with pytest.raises(qc.InputError) as caught:
        calendar.is_working_day(D(2100, 1, 4))
    assert ["calendar_out_of_range"] == [p.code for p in caught.value.errors]


def test_the_reader_and_the_schema_take_the_request_alike() -> None:
    """The payload reader and the JSON Schema read ``calendar.provisional`` the same way."""
    schema = qc.schema("roads.deadline")
    for given, accepted in [
        ({"provisional": True}, True),
        ({"years": {}, "provisional": False}, True),
        ({"provisional": "yes"}, False),
        ({"provisional": None}, False),
    ]:
        payload = {**INSPECTION, "calendar": given}
        try:
            read = isinstance(structure(payload, DeadlineInput), DeadlineInput)
        except qc.InputError:
            read = False
        assert accepted == read
        assert accepted == jsonschema.Draft202012Validator(schema).is_valid(payload)


# --- the official year wins, and verify checks a stored result ------------------------------------------


def test_the_official_year_once_registered_wins_over_the_provisional_one() -> None:
    """A (hypothetical) official 2027 giving Monday 01-04 off: 12-29…12-31, 01-05, 01-06."""
    calendar.register_year(2027, ["2027-01-01", "2027-01-04"], [], source="假设的2027年安排")
    data = deadline(**INSPECTION, calendar=PROVISIONAL)
    assert "2027-01-06" == data["deadline"]
    assert "provisional" not in data["provenance"]["calendar"][1]


def test_verify_reports_that_an_official_year_moves_the_stored_deadline() -> None:
    stored = deadline(**INSPECTION, calendar=PROVISIONAL)
    assert qc.verify(stored).same is True
    calendar.register_year(2027, ["2027-01-01", "2027-01-04"], [], source="假设的2027年安排")
    check = qc.verify(stored)
    assert check.same is False
    assert ("2027-01-05", "2027-01-06") in [(d.stored, d.now) for d in check.differences if d.path == "deadline"]
    expected = {"year": 2027, "stored": "provisional", "now": "official", "source": "假设的2027年安排"}
    assert [{**expected, "changes_result": True}] == check.to_dict()["calendar"]
    assert "2027 年工作日历：存档时为暂定，现按《假设的2027年安排》，结果随之改变" in str(check)


def test_verify_says_when_the_official_year_leaves_the_deadline_as_it_was() -> None:
    """An official 2027 (hypothetical) with 元旦 alone off: still 2027-01-05; only the notes and provenance change."""
    calendar.allow_provisional()
    stored = deadline(**INSPECTION)
    calendar.allow_provisional(False)
    assert qc.verify(stored).same is True  # replayed provisionally: its inputs carry the request
    calendar.register_year(2027, ["2027-01-01"], [], source="假设的2027年安排")
    check = qc.verify(stored)
    assert [False] == [c.changes_result for c in check.calendar]
    assert "deadline" not in [d.path for d in check.differences]
    assert "2027 年工作日历：存档时为暂定，现按《假设的2027年安排》，结果不变" in str(check)


def test_verify_of_a_year_still_unpublished_says_so() -> None:
    """A stored provisional result whose deadline was altered: different, and 2027 is still provisional."""
    stored = deadline(**INSPECTION, calendar=PROVISIONAL)
    check = qc.verify({**stored, "deadline": "2027-01-04"})
    assert check.same is False
    assert [("provisional", True)] == [(c.now, c.changes_result) for c in check.calendar]
    assert "2027 年工作日历：存档时为暂定，现在仍未公布" in str(check)
