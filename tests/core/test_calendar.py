"""The public working-day calendar: known years, years supplied by callers (payload, process,
file, CLI), the Guangxi layer for years the library does not know, and provenance.

The 2027 schedule used here is HYPOTHETICAL, made up for the tests: the State Council had not
published 2027's when this was written. Expected deadlines are counted by hand on it.
"""

import datetime as dt
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import chinese_calendar.constants
import pytest
from hypothesis import given
from hypothesis import strategies as st

import qinzhou_calc as qc
from qinzhou_calc import calendar
from qinzhou_calc.cli import main

D = dt.date
#: A made-up 2027 (not the State Council's): New Year, a Spring Festival week 02-05…02-11 with
#: Saturday 02-20 worked, 清明 04-05, 五一 05-03…05-05, 端午 06-09, 中秋 09-15, 国庆 10-01…10-07
#: with Saturday 10-09 worked.
HYPOTHETICAL_REST = [
    "2027-01-01",
    "2027-02-05",
    "2027-02-08",
    "2027-02-09",
    "2027-02-10",
    "2027-02-11",
    "2027-04-05",
    "2027-05-03",
    "2027-05-04",
    "2027-05-05",
    "2027-06-09",
    "2027-09-15",
    "2027-10-01",
    "2027-10-04",
    "2027-10-05",
    "2027-10-06",
    "2027-10-07",
]
HYPOTHETICAL_WORK = ["2027-02-20", "2027-10-09"]
SOURCE = "假设的2027年安排（仅为测试，非国务院通知）"
PAYLOAD_CALENDAR = {
    "years": {"2027": {"rest_days": HYPOTHETICAL_REST, "working_days": HYPOTHETICAL_WORK, "source": SOURCE}}
}


@pytest.fixture
def forget_2027() -> Iterator[None]:
    yield
    calendar.unregister_year(2027)
    calendar.unregister_year(2026)


def deadline(**payload: Any) -> dict[str, Any]:
    data: dict[str, Any] = qc.evaluate("roads.deadline", payload).to_dict()
    return data


def problems(**payload: Any) -> list[tuple[str, str, str]]:
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate("roads.deadline", payload)
    return [(p.field, p.code, p.message) for p in caught.value.errors]


def test_the_packaged_years_are_2004_to_2026_each_with_its_source() -> None:
    known = calendar.known_years()
    assert list(range(2004, 2027)) == list(known)
    assert known[2019].startswith("国务院办公厅关于2019年部分节假日安排的通知")
    assert "chinesecalendar" in known[2026]


def test_a_missing_year_says_in_chinese_which_years_are_known_and_how_to_supply_it() -> None:
    """The issue's first reproduction, before 2027 is supplied."""
    ((field, code, message),) = problems(obligation="acceptance_application", start="2027-03-10")
    assert ("start", "calendar_out_of_range") == (field, code)
    for part in ("2004–2026", "2027 年不在其中", '"calendar"', "register_year(2027", "QINZHOU_CALC_CALENDAR"):
        assert part in message


def test_single_extra_days_do_not_make_an_unknown_year_known() -> None:
    payload = {"obligation": "acceptance_application", "start": "2027-03-10", "extra_working_days": ["2027-03-13"]}
    assert [("start", "calendar_out_of_range")] == [(f, c) for f, c, _ in problems(**payload)]


def test_a_2027_deadline_with_the_year_in_the_payload() -> None:
    """Wednesday 2027-03-10 + 3 working days: Thu 11, Fri 12, Mon 15."""
    data = deadline(obligation="acceptance_application", start="2027-03-10", calendar=PAYLOAD_CALENDAR)
    assert "2027-03-15" == data["deadline"]
    assert [{"year": 2027, "source": SOURCE, "supplied_by_caller": True, "regional": None}] == data["provenance"][
        "calendar"
    ]
    assert f"2027 年按调用方提供的《{SOURCE}》" in data["steps"][1]
    # 三月三 of 2027 (the lunar 三月初三 is 04-09) is far from 03-11…03-15: nothing to warn of.
    assert "regional_calendar_missing" not in [n["code"] for n in data["notes"]]


def test_a_count_near_the_lunar_sanyuesan_of_a_year_without_regional_days_warns_of_them() -> None:
    """Thursday 2027-04-01 + 3 working days: Fri 02, Tue 06 (清明 04-05 hypothetical), Wed 07; the lunar
    三月初三 is Friday 04-09, two days after: Guangxi's days of 2027 are unknown and not counted."""
    data = deadline(obligation="acceptance_application", start="2027-04-01", calendar=PAYLOAD_CALENDAR)
    assert "2027-04-07" == data["deadline"]
    missing = [n["message"] for n in data["notes"] if n["code"] == "regional_calendar_missing"]
    assert missing
    assert "未计入三月三" in missing[0]
    assert "register_regional_year(2027" in missing[0]


def test_a_deadline_from_2026_into_a_supplied_2027() -> None:
    """Tuesday 2026-12-15 + 15 working days: 12 in December (16–18, 21–25, 28–31), then 2027-01-01
    is a rest day (hypothetical) and the weekend follows: Mon 4, Tue 5, Wed 6 January."""
    data = deadline(obligation="re_inspection", start="2026-12-15", calendar=PAYLOAD_CALENDAR)
    assert "2027-01-06" == data["deadline"]
    years = data["provenance"]["calendar"]
    assert [(2026, False), (2027, True)] == [(row["year"], row["supplied_by_caller"]) for row in years]


def test_a_2027_adjusted_working_weekend_counts() -> None:
    """Thursday 2027-02-18 + 3 working days: Fri 19, Sat 20 (worked in the hypothetical schedule),
    Mon 22."""
    data = deadline(obligation="plan_publication", start="2027-02-18", calendar=PAYLOAD_CALENDAR)
    assert "2027-02-22" == data["deadline"]


@pytest.mark.usefixtures("forget_2027")
def test_register_year_is_process_wide_and_the_payload_wins_for_its_evaluation() -> None:
    calendar.register_year(2027, HYPOTHETICAL_REST, HYPOTHETICAL_WORK, SOURCE)
    assert SOURCE == calendar.known_years()[2027]
    assert calendar.is_working_day(D(2027, 2, 8)) is False
    assert calendar.is_working_day(D(2027, 2, 20)) is True
    assert "2027-03-15" == deadline(obligation="acceptance_application", start="2027-03-10")["deadline"]
    # A payload year wins over the registered one: 03-11 off in this one.
    other = {"years": {"2027": {"rest_days": ["2027-03-11"], "working_days": [], "source": "另一份假设的安排"}}}
    data = deadline(obligation="acceptance_application", start="2027-03-10", calendar=other)
    assert "2027-03-16" == data["deadline"]
    calendar.unregister_year(2027)
    assert 2027 not in calendar.known_years()


@pytest.mark.usefixtures("forget_2027")
def test_a_supplied_year_wins_over_the_packaged_data() -> None:
    """2026-03-10 (Tue) + 3 working days is 03-13; with 03-11 supplied as a rest day, 03-16."""
    assert "2026-03-13" == deadline(obligation="acceptance_application", start="2026-03-10")["deadline"]
    calendar.register_year(2026, ["2026-03-11"], [], "假设的更正")
    data = deadline(obligation="acceptance_application", start="2026-03-10")
    assert "2026-03-16" == data["deadline"]
    assert {"year": 2026, "source": "假设的更正", "supplied_by_caller": True} == {
        k: data["provenance"]["calendar"][0][k] for k in ("year", "source", "supplied_by_caller")
    }


@pytest.mark.usefixtures("forget_2027")
def test_register_regional_year_adds_the_guangxi_days_of_a_new_year() -> None:
    calendar.register_year(2027, HYPOTHETICAL_REST, HYPOTHETICAL_WORK, SOURCE)
    assert calendar.is_working_day(D(2027, 4, 9)) is True
    calendar.register_regional_year(2027, ["2027-04-08", "2027-04-09"], source="假设的三月三安排")
    assert calendar.is_working_day(D(2027, 4, 9)) is False
    assert calendar.is_working_day(D(2027, 4, 9), regional=False) is True
    # Wednesday 04-07 + 3 working days: 8 and 9 off (三月三), 10–11 the weekend: 12, 13, 14.
    data = deadline(obligation="acceptance_application", start="2027-04-07")
    assert "2027-04-14" == data["deadline"]
    assert {"source": "假设的三月三安排", "verified": True, "supplied_by_caller": True} == data["provenance"][
        "calendar"
    ][0]["regional"]


def test_bad_supplied_years_are_refused_with_their_paths() -> None:
    bad = {
        "years": {
            "27": {"rest_days": [], "source": "x"},
            "2027": {"rest_days": ["2028-01-01"], "working_days": ["2027-02-20"], "source": ""},
        }
    }
    found = [(f, c) for f, c, _ in problems(obligation="acceptance_application", start="2027-03-10", calendar=bad)]
    # A key that is no year is refused as the payload is read (the schema's propertyNames says so too),
    # before the days of the years are looked at.
    assert [('calendar.years["27"]', "out_of_range")] == found
    del bad["years"]["27"]
    found = [(f, c) for f, c, _ in problems(obligation="acceptance_application", start="2027-03-10", calendar=bad)]
    assert [
        ('calendar.years["2027"].source', "missing"),
        ('calendar.years["2027"].rest_days[0]', "out_of_range"),
    ] == found


def test_register_year_refuses_days_of_another_year() -> None:
    with pytest.raises(qc.InputError) as caught:
        calendar.register_year(2027, ["2026-12-31"], [], SOURCE)
    assert [("rest_days[0]", "out_of_range")] == [(p.field, p.code) for p in caught.value.errors]
    assert 2027 not in calendar.known_years()


_PACKAGED_2026_REST = sorted(d.isoformat() for d in chinese_calendar.constants.holidays if d.year == 2026)
_PACKAGED_2026_WORK = sorted(d.isoformat() for d in chinese_calendar.constants.workdays if d.year == 2026)
_OBLIGATIONS = [
    "plan_publication",
    "change_application",
    "survey_certificate",
    "acceptance_application",
    "acceptance_inspection",
    "re_inspection",
]


@given(start=st.dates(min_value=D(2026, 1, 1), max_value=D(2026, 11, 30)), obligation=st.sampled_from(_OBLIGATIONS))
def test_the_packaged_2026_supplied_as_a_payload_year_gives_the_same_deadlines(start: dt.date, obligation: str) -> None:
    supplied = {
        "years": {"2026": {"rest_days": _PACKAGED_2026_REST, "working_days": _PACKAGED_2026_WORK, "source": "同"}}
    }
    packaged = deadline(obligation=obligation, start=start.isoformat())["deadline"]
    assert packaged == deadline(obligation=obligation, start=start.isoformat(), calendar=supplied)["deadline"]


@pytest.mark.usefixtures("forget_2027")
def test_register_year_while_other_threads_evaluate() -> None:
    """Two schedules of 2027 swapped in and out while four threads count into 2027: every answer is
    one of the two schedules' (never an error, never a mixture)."""
    calendar.register_year(2027, HYPOTHETICAL_REST, HYPOTHETICAL_WORK, SOURCE)
    without_new_year = [d for d in HYPOTHETICAL_REST if d != "2027-01-01"]
    expected = {"2027-01-06", "2027-01-05"}  # with 2027-01-01 off, or worked
    seen: set[str] = set()
    failures: list[BaseException] = []
    stop = threading.Event()

    def evaluate() -> None:
        try:
            while not stop.is_set():
                seen.add(deadline(obligation="re_inspection", start="2026-12-15")["deadline"])
        except BaseException as exc:  # noqa: BLE001 - reported by the main thread
            failures.append(exc)

    threads = [threading.Thread(target=evaluate) for _ in range(4)]
    for thread in threads:
        thread.start()
    for round_ in range(200):
        rest = HYPOTHETICAL_REST if round_ % 2 else without_new_year
        calendar.register_year(2027, rest, HYPOTHETICAL_WORK, SOURCE)
    stop.set()
    for thread in threads:
        thread.join()
    assert [] == failures
    assert seen <= expected
    assert seen


def _calendar_file(tmp_path: Path) -> Path:
    path = tmp_path / "years.json"
    path.write_text(json.dumps(PAYLOAD_CALENDAR, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_environment_file_is_loaded_at_start_up(tmp_path: Path) -> None:
    code = (
        "import qinzhou_calc as qc\n"
        "print(qc.evaluate('roads.deadline', {'obligation': 'acceptance_application', 'start': '2027-03-10'})"
        ".to_dict()['deadline'])"
    )
    env = {**os.environ, "QINZHOU_CALC_CALENDAR": str(_calendar_file(tmp_path))}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert "2027-03-15" == out.stdout.strip()


@pytest.mark.usefixtures("forget_2027")
def test_the_cli_takes_a_calendar_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    payload = '{"obligation": "acceptance_application", "start": "2027-03-10"}'
    assert 0 == main(["run", "roads.deadline", "--json", payload, "--calendar", str(_calendar_file(tmp_path))])
    assert "2027-03-15" == json.loads(capsys.readouterr().out)["deadline"]
