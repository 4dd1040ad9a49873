"""Batch files: ``qc.evaluate_file`` and ``qinzhou-calc run --input``: one JSON line out per case, in
order, the bad ones named by their line (or item) number, the same bytes with workers, lean
results with the same amounts, and progress on stderr."""

import io
import json
import sys
from pathlib import Path
from typing import Any

import pytest

import qinzhou_calc as qc
from qinzhou_calc import _progress
from qinzhou_calc._core import batchfile
from qinzhou_calc.cli import main

NAME = "techinno.contract_registration_subsidy"
AS_OF = '"as_of": "2020-06-30"'
#: Line 1 good (0.5% of 1000001 = 5000.005, half-up 5000.01), line 2 blank, line 3 negative,
#: line 4 not JSON, line 5 good (0.5% of 200 = 1.00), with no newline at the end.
JSONL = (
    f'{{"registered_amount": "1000001", {AS_OF}}}\n'
    "\n"
    f'{{"registered_amount": -1, {AS_OF}}}\n'
    "not json\n"
    f'{{"registered_amount": "200", {AS_OF}}}'
)
#: The key each field of a result's answer is read from.
ANSWER = ("eligible", "amount", "minimum", "maximum", "deadline", "score", "count", "breakdown", "reasons")


def _rows(text: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in text.splitlines()]


def _many(count: int, *, bad: bool = True) -> str:
    """``count`` JSON lines, a refused one (negative) on every 7th line unless not ``bad``."""
    lines = []
    for i in range(count):
        amount = f'"{1000 + i}.{i % 100:02d}"' if i % 7 != 3 or not bad else str(-i)
        lines.append(f'{{"registered_amount": {amount}, {AS_OF}}}')
    return "\n".join(lines) + "\n"


def test_each_case_gives_one_line_in_order_and_a_bad_one_says_its_line(tmp_path: Path) -> None:
    """Four cases from five lines: the blank line gives nothing; the errors carry "line": 3 and 4."""
    source, target = tmp_path / "cases.jsonl", tmp_path / "out.jsonl"
    source.write_text(JSONL, encoding="utf-8")
    report = qc.evaluate_file(NAME, source, target)
    rows = _rows(target.read_text(encoding="utf-8"))
    assert ["5000.01", None, None, "1.00"] == [row.get("result", {}).get("amount") for row in rows]
    assert [None, 3, 4, None] == [row.get("line") for row in rows]
    assert "negative" == rows[1]["error"]["errors"][0]["code"]
    assert "invalid_json" == rows[2]["error"]["errors"][0]["code"]
    assert "第 4 行不是有效的 JSON" in rows[2]["error"]["errors"][0]["message"]
    assert (4, 2, "line", (3, 4)) == (report.cases, report.errors, report.numbering, report.bad)


def test_a_json_array_numbers_its_items(tmp_path: Path) -> None:
    """In an array the bad case is named by its item (here the 2nd), counted from 1."""
    source, target = tmp_path / "cases.json", tmp_path / "out.jsonl"
    source.write_text(f'[{{"registered_amount": "1000", {AS_OF}}},\n {{"registered_amount": -5, {AS_OF}}}]')
    report = qc.evaluate_file(NAME, source, target)
    rows = _rows(target.read_text(encoding="utf-8"))
    assert ("5.00", 2) == (rows[0]["result"]["amount"], rows[1]["item"])
    assert ("item", (2,)) == (report.numbering, report.bad)


def test_a_broken_array_ends_with_an_error_at_the_item_where_it_breaks(tmp_path: Path) -> None:
    """Two good items, then text that is not JSON: the third line out is item 3's error; an
    array that stops without its "]" likewise ends with an error at the next item."""
    good = f'{{"registered_amount": "1000", {AS_OF}}}'
    for text in (f"[{good}, {good}, {{oops", f"[{good}, {good},"):
        source, target = tmp_path / "cases.json", tmp_path / "out.jsonl"
        source.write_text(text, encoding="utf-8")
        report = qc.evaluate_file(NAME, source, target)
        rows = _rows(target.read_text(encoding="utf-8"))
        assert ["result", "result", "error"] == [next(iter(row)) for row in rows]
        assert ((3,), "invalid_json") == (report.bad, rows[2]["error"]["errors"][0]["code"])


@pytest.mark.parametrize("lean", [False, True])
def test_two_workers_write_the_same_bytes_as_one_process(
    lean: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """3,000 cases in chunks of ~2 KiB across two worker processes: byte for byte the serial output."""
    monkeypatch.setattr(batchfile, "CHUNK_BYTES", 2048)
    source = tmp_path / "cases.jsonl"
    source.write_text(_many(3000), encoding="utf-8")
    serial = qc.evaluate_file(NAME, source, tmp_path / "one.jsonl", lean=lean)
    together = qc.evaluate_file(NAME, source, tmp_path / "two.jsonl", workers=2, lean=lean)
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert serial == together
    assert (3000, 429) == (together.cases, together.errors)


def test_two_workers_on_an_array_write_the_same_bytes_as_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same for a JSON array of 2,000 cases, whose bad items are numbered alike."""
    monkeypatch.setattr(batchfile, "CHUNK_BYTES", 4096)
    source = tmp_path / "cases.json"
    source.write_text("[" + ",".join(_many(2000).splitlines()) + "]", encoding="utf-8")
    serial = qc.evaluate_file(NAME, source, tmp_path / "one.jsonl")
    together = qc.evaluate_file(NAME, source, tmp_path / "two.jsonl", workers=2)
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert ("item", (4, 11, 18)) == (together.numbering, together.bad[:3])
    assert serial == together


def test_lean_lines_have_the_same_answers_without_steps_citations_or_notes(tmp_path: Path) -> None:
    """lean=True: every answer key as in the full line; no steps, citations or notes."""
    source = tmp_path / "cases.jsonl"
    source.write_text(_many(50), encoding="utf-8")
    qc.evaluate_file(NAME, source, tmp_path / "full.jsonl")
    qc.evaluate_file(NAME, source, tmp_path / "lean.jsonl", lean=True)
    full, lean = _rows((tmp_path / "full.jsonl").read_text()), _rows((tmp_path / "lean.jsonl").read_text())
    for whole, slim in zip(full, lean, strict=True):
        if "error" in whole:
            assert whole == slim
            continue
        assert {key: whole["result"].get(key) for key in ANSWER} == {key: slim["result"].get(key) for key in ANSWER}
        assert whole["result"]["steps"]
        assert not slim["result"]["steps"]
        assert not slim["result"]["citations"]


def test_streams_bytes_or_text_and_what_ifs_and_english(tmp_path: Path) -> None:
    """Text and byte streams both ways; overrides (a 1% rate) and lang="en" apply to every case."""
    out = io.StringIO()
    report = qc.evaluate_file(
        NAME, io.StringIO(JSONL), out, overrides={"techinno.contract_registration.rate": "0.01"}, lang="en"
    )
    rows = _rows(out.getvalue())
    assert ("10000.01", "2.00") == (rows[0]["result"]["amount"], rows[3]["result"]["amount"])
    assert "line 4 is not valid JSON" in rows[2]["error"]["errors"][0]["message"]
    binary = io.BytesIO()
    again = qc.evaluate_file(NAME, io.BytesIO(JSONL.encode()), binary)
    assert (report.bad, 4) == (again.bad, len(binary.getvalue().splitlines()))


def test_one_object_alone_is_one_case_and_bad_arguments_are_refused_before_reading(tmp_path: Path) -> None:
    """A pretty-printed object is one case; an unknown calculator, a bad what-if or workers=0 raise at once."""
    source = tmp_path / "one.json"
    source.write_text(json.dumps({"registered_amount": "1000", "as_of": "2020-06-30"}, indent=2))
    out = io.BytesIO()
    assert 1 == qc.evaluate_file(NAME, source, out).cases
    assert "5.00" == json.loads(out.getvalue())["result"]["amount"]
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate_file("no.such", source, io.BytesIO())
    assert {"unknown_calculator"} == caught.value.codes
    with pytest.raises(qc.InputError):
        qc.evaluate_file(NAME, source, io.BytesIO(), overrides={"no.such.figure": 1})
    with pytest.raises(ValueError, match="at least 1"):
        qc.evaluate_file(NAME, source, io.BytesIO(), workers=0)
    with pytest.raises(qc.InputError) as missing:
        qc.evaluate_file(NAME, tmp_path / "missing.jsonl", io.BytesIO())
    assert "文件不存在" in str(missing.value)


def test_a_byte_order_mark_is_skipped_and_a_line_not_in_utf8_is_that_lines_error(tmp_path: Path) -> None:
    """A file saved with a BOM reads from its first line; a line of Latin-1 bytes is its own error."""
    source = tmp_path / "cases.jsonl"
    source.write_bytes(b"\xef\xbb\xbf" + f'{{"registered_amount": "1000", {AS_OF}}}\n'.encode() + b'{"name": "\xe9"}\n')
    out = io.BytesIO()
    report = qc.evaluate_file(NAME, source, out)
    rows = _rows(out.getvalue().decode())
    assert ("5.00", (2,)) == (rows[0]["result"]["amount"], report.bad)
    assert "第 2 行不是 UTF-8 编码的文本" == rows[1]["error"]["errors"][0]["message"]


def test_the_command_takes_workers_and_lean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """run --input --workers 2 writes what --workers 1 writes; --lean the same amounts; exit 2 as
    some lines were bad, and stderr names them by line."""
    source = tmp_path / "cases.jsonl"
    source.write_text(_many(1200), encoding="utf-8")
    outputs = {}
    for extra in ([], ["--workers", "2"], ["--lean"], ["--lean", "--workers", "2"]):
        assert 2 == main(["run", NAME, "--input", str(source), *extra])
        captured = capsys.readouterr()
        outputs[" ".join(extra)] = captured.out
        assert "171 件输入有误：第 4、11、18、25" in captured.err
    assert outputs[""] == outputs["--workers 2"]
    assert outputs["--lean"] == outputs["--lean --workers 2"]
    full, lean = _rows(outputs[""]), _rows(outputs["--lean"])
    assert [row.get("result", {}).get("amount") for row in full] == [
        row.get("result", {}).get("amount") for row in lean
    ]
    assert "5.00" == full[0]["result"]["amount"]


def test_the_command_refuses_a_number_of_workers_below_one(capsys: pytest.CaptureFixture[str]) -> None:
    """--workers 0 is a usage error (exit 2)."""
    with pytest.raises(SystemExit) as exited:
        main(["run", NAME, "--input", "-", "--workers", "0"])
    assert 2 == exited.value.code
    assert "--workers" in capsys.readouterr().err


def test_a_closed_standard_input_is_bad_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """No standard input at all (a daemon started without one): exit 2, saying so."""
    monkeypatch.setattr(sys, "stdin", None)
    assert 2 == main(["run", NAME, "--input", "-"])
    assert "标准输入已关闭" in capsys.readouterr().err


def test_the_command_reads_json_lines_on_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """--input - with JSON Lines: the same lines as from a file."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(JSONL))
    assert 2 == main(["run", NAME, "--input", "-", "--lang", "en"])
    captured = capsys.readouterr()
    assert [None, 3, 4, None] == [row.get("line") for row in _rows(captured.out)]
    assert "2 cases were bad input: lines 3, 4" in captured.err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_shows_a_bar_with_the_total_and_the_percentage(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """With tqdm on a terminal: "100%" and "300/300" (lines) once the file is done."""
    pytest.importorskip("tqdm", reason="the progress extra: pip install 'qinzhou-calc[progress]'")
    source = tmp_path / "cases.jsonl"
    source.write_text(_many(300, bad=False), encoding="utf-8")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert 0 == main(["run", NAME, "--input", str(source)])
    assert "100%" in terminal.getvalue()
    assert "300/300" in terminal.getvalue()
    assert 300 == len(capsys.readouterr().out.splitlines())


def test_without_the_extra_a_terminal_gets_a_hint_and_a_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """No tqdm: a line saying how to get the bar, then plain counts with the percentage."""
    monkeypatch.setattr(_progress, "_tqdm", lambda: None)
    monkeypatch.setattr(_progress, "EVERY", 0.0)
    monkeypatch.setattr(batchfile, "CHUNK_BYTES", 1024)
    source = tmp_path / "cases.jsonl"
    source.write_text(_many(100, bad=False), encoding="utf-8")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert 0 == main(["run", NAME, "--input", str(source)])
    lines = terminal.getvalue().splitlines()
    assert "pip install 'qinzhou-calc[progress]'" in lines[0]
    assert lines[-2].startswith("已处理 100 件（第 100/100 行，100%")
    assert "共 100 件" in lines[-1]
    capsys.readouterr()


def test_a_log_gets_plain_counts_with_the_percentage_and_time_left(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """stderr not a terminal: a count per interval (here every chunk) with the share and the time left."""
    monkeypatch.setattr(_progress, "EVERY", 0.0)
    monkeypatch.setattr(batchfile, "CHUNK_BYTES", 1024)
    source = tmp_path / "cases.json"
    source.write_text("[" + ",".join(_many(60, bad=False).splitlines()) + "]", encoding="utf-8")
    assert 0 == main(["run", NAME, "--input", str(source), "--lang", "en"])
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("cases done", err[0].index(" ") + 1)
    assert "bytes, " in err[0]
    assert "left)" in err[0]
    assert "100%" in err[-2]
    assert err[-1].startswith("60 cases in ")


def test_a_quick_clean_batch_prints_nothing_on_a_log(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Under the interval and with no bad case, stderr stays empty."""
    source = tmp_path / "cases.jsonl"
    source.write_text(_many(20, bad=False), encoding="utf-8")
    assert 0 == main(["run", NAME, "--input", str(source)])
    assert "" == capsys.readouterr().err


@pytest.mark.parametrize("workers", [1, 2])
def test_a_key_holding_a_line_separator_is_read_and_written_on_one_line(tmp_path: Path, workers: int) -> None:
    """U+0085 and U+2028 inside a JSON string end no line, in the file read or in the one written."""
    source, target = tmp_path / "cases.jsonl", tmp_path / "out.jsonl"
    source.write_text(f'{{"registered_amount": "200", {AS_OF}, "a\u0085b": 1}}\n{{"x\u2028": 1}}\n', encoding="utf-8")
    report = qc.evaluate_file(NAME, source, target, workers=workers)
    rows = _rows(target.read_text(encoding="utf-8"))
    assert (2, (1, 2)) == (report.cases, report.bad)
    assert '["a\u0085b"]' == rows[0]["error"]["errors"][-1]["field"]
    assert '["x\u2028"]' == rows[1]["error"]["errors"][-1]["field"]
