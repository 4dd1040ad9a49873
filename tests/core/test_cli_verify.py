"""``qinzhou-calc verify`` reads what ``run --input`` writes: many lines, each reported by its number."""

import io
import json
from pathlib import Path

import pytest

import qinzhou_calc as qc
from qinzhou_calc.cli import main

NAME = "techinno.contract_registration_subsidy"
CASES = [
    {"registered_amount": "1000001", "as_of": "2020-06-30"},
    {"registered_amount": "-5", "as_of": "2020-06-30"},
    {"registered_amount": "5000000", "as_of": "2020-06-30"},
]


def _batch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """The lines of ``run --input`` on three cases, the second of them bad input."""
    cases = tmp_path / "cases.jsonl"
    cases.write_text("".join(json.dumps(case) + "\n" for case in CASES), encoding="utf-8")
    assert 2 == main(["run", NAME, "--input", str(cases)])
    return capsys.readouterr().out.splitlines()


def _reports(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_verify_reports_each_line_run_input_wrote(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Two results the same, the error row reported as such; exit 0, as nothing differs."""
    stored = tmp_path / "out.jsonl"
    stored.write_text("\n".join(_batch(tmp_path, capsys)) + "\n", encoding="utf-8")
    assert 0 == main(["verify", str(stored)])
    reports = _reports(capsys)
    assert [(1, "same"), (2, "stored_error"), (3, "same")] == [(r["line"], r["status"]) for r in reports]
    assert "negative" == reports[1]["error"]["errors"][0]["code"]  # type: ignore[index]


def test_verify_of_many_lines_exits_1_when_one_differs_and_names_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _batch(tmp_path, capsys)
    changed = json.loads(lines[2])
    changed["result"]["amount"] = "1.00"
    stored = tmp_path / "out.jsonl"
    stored.write_text("\n".join([lines[0], lines[1], "", json.dumps(changed)]) + "\n", encoding="utf-8")
    assert 1 == main(["verify", str(stored)])
    reports = _reports(capsys)
    assert [(1, "same"), (2, "stored_error"), (4, "different")] == [(r["line"], r["status"]) for r in reports]
    # 附件5 二（四）: 0.5% of 5,000,000 is 25,000.00.
    assert [{"path": "amount", "stored": "1.00", "now": "25000.00"}] == reports[2]["differences"]


def test_verify_of_many_lines_exits_2_when_a_line_is_not_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = _batch(tmp_path, capsys)
    stored = tmp_path / "out.jsonl"
    stored.write_text("\n".join([lines[0], "{oops", lines[2]]) + "\n", encoding="utf-8")
    assert 2 == main(["verify", str(stored)])
    reports = _reports(capsys)
    assert [(1, "same"), (2, "invalid"), (3, "same")] == [(r["line"], r["status"]) for r in reports]
    assert "invalid_json" == reports[1]["error"]["errors"][0]["code"]  # type: ignore[index]


def test_verify_in_text_reports_each_line_and_counts_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stored = tmp_path / "out.jsonl"
    stored.write_text("\n".join(_batch(tmp_path, capsys)) + "\n", encoding="utf-8")
    assert 0 == main(["verify", str(stored), "--format", "text"])
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("第 1 行：复核：结果相同")
    assert "第 2 行：存档的是一个错误，没有可复核的结果" == out[1]
    assert out[2].startswith("第 3 行：复核：结果相同")
    assert "共 3 行：相同 2，存档为错误 1" == out[-1]


def test_verify_reads_the_lines_from_standard_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = _batch(tmp_path, capsys)
    monkeypatch.setattr("sys.stdin", io.StringIO("\n".join(lines) + "\n"))
    assert 0 == main(["verify", "-"])
    assert 3 == len(_reports(capsys))


def test_one_result_line_alone_is_reported_as_a_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stored = tmp_path / "one.jsonl"
    stored.write_text(_batch(tmp_path, capsys)[0] + "\n", encoding="utf-8")
    assert 0 == main(["verify", str(stored)])
    assert [(1, "same")] == [(r["line"], r["status"]) for r in _reports(capsys)]


def test_one_plain_stored_result_is_still_verified_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A to_dict() as ``run`` prints it (indented, on many lines): one report, not a line."""
    stored = tmp_path / "result.json"
    stored.write_text(json.dumps(qc.evaluate(NAME, CASES[0]).to_dict(), indent=2), encoding="utf-8")
    assert 0 == main(["verify", str(stored)])
    report = json.loads(capsys.readouterr().out)
    assert "same" == report["status"]
    assert "line" not in report


def test_a_missing_file_is_bad_input_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    assert 2 == main(["verify", "/no/such/result.json"])
    assert "文件不存在" in json.loads(capsys.readouterr().err)["error"]["errors"][0]["message"]


def test_verify_in_python_takes_a_result_line_too() -> None:
    data = qc.evaluate(NAME, CASES[0]).to_dict()
    assert qc.verify({"result": data}).same
