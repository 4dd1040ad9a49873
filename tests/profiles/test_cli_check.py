"""``qinzhou-calc check SUBJECT --input FILE``: one profile, or JSON Lines of many."""

import io
import json
from pathlib import Path

import pytest

from qinzhou_calc.cli import main

KINDERGARTEN = {
    "school": {"type": "kindergarten", "classes": 12, "students": 360, "non_profit": True},
    "claim_date": "2021-06-01",
}


def test_one_profile_gives_its_report_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "profile.json"
    source.write_text(json.dumps(KINDERGARTEN, indent=2), encoding="utf-8")
    assert 0 == main(["check", "school", "--input", str(source)])
    report = json.loads(capsys.readouterr().out)
    assert ("school", "36000.00") == (report["subject"], report["total"]["amount"])


def test_json_lines_give_one_report_per_line_and_a_bad_line_its_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "profiles.jsonl"
    source.write_text(json.dumps(KINDERGARTEN) + "\n\n" + '{"shcool": 1}\n' + json.dumps(KINDERGARTEN) + "\n")
    assert 2 == main(["check", "school", "--input", str(source)])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert ["school", None, "school"] == [line.get("subject") for line in lines]
    assert {"line": 3, "code": "unknown_field"} == {
        "line": lines[1]["line"],
        "code": lines[1]["error"]["errors"][0]["code"],
    }


def test_text_is_the_report_for_a_person(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(KINDERGARTEN)))
    assert 0 == main(["check", "school", "--input", "-", "--format", "text"])
    assert "[符合] 多元普惠幼儿园生均补助（第六条（三））：36000.00 元" in capsys.readouterr().out.splitlines()


def test_ics_gives_an_excavation_projects_calendar(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """第二十一条: a warranty of one year from the acceptance on 2025-05-30."""
    pytest.importorskip("icalendar", reason="the extra ical: pip install 'qinzhou-calc[ical]'")
    monkeypatch.setattr("sys.stdin", io.StringIO('{"accepted_on": "2025-05-30"}'))
    assert 0 == main(["check", "excavation", "--input", "-", "--format", "ics", "--decision-date", "2025-03-01"])
    text = capsys.readouterr().out
    assert text.startswith("BEGIN:VCALENDAR")
    assert "DTSTART;VALUE=DATE:20260530" in text


def test_ics_is_refused_for_a_subject_that_is_not_an_excavation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "profile.json"
    source.write_text("{}", encoding="utf-8")
    assert 2 == main(["check", "school", "--input", str(source), "--format", "ics"])
    assert "invalid_choice" == json.loads(capsys.readouterr().err)["error"]["errors"][0]["code"]


def test_an_unknown_subject_or_a_missing_file_is_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert 2 == main(["check", "schol", "--input", str(tmp_path / "none.json")])
    assert "unknown_subject" == json.loads(capsys.readouterr().err)["error"]["errors"][0]["code"]
    assert 2 == main(["check", "school", "--input", str(tmp_path / "none.json")])
    assert "--input" == json.loads(capsys.readouterr().err)["error"]["errors"][0]["field"]
