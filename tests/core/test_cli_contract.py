"""The command line keeps the contract: --version, list with titles, run over JSON arrays and JSON
Lines (one line out per case, errors inline), demo NAME, --lang, and exit 0 / 2 / 1 for every cause."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import qinzhou_calc as qc
from qinzhou_calc.cli import main

NAME = "techinno.contract_registration_subsidy"
GOOD = {"registered_amount": "1000001", "as_of": "2020-06-30"}
BAD = {"registered_amount": -1, "as_of": "2020-06-30"}


def out_lines(capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the library's version."""
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert (0, f"qinzhou-calc {qc.__version__}\n") == (exited.value.code, capsys.readouterr().out)


def test_list_shows_the_chinese_title_and_the_document(capsys: pytest.CaptureFixture[str]) -> None:
    """list: name, title, document number; --json the same as objects, the document by its key beside
    its number and title, as GET /calculators gives them."""
    assert 0 == main(["list"])
    assert f"{NAME}\t技术合同认定登记补助\t钦政发〔2019〕17号" in capsys.readouterr().out.splitlines()
    assert 0 == main(["list", "--json"])
    rows = json.loads(capsys.readouterr().out)
    assert {
        "name": NAME,
        "title": "技术合同认定登记补助",
        "document": "techinno",
        "document_number": "钦政发〔2019〕17号",
        "document_title": "钦州市科技创新支撑产业高质量发展三年行动实施方案（2019—2021年）",
    } in rows
    assert qc.calculators() == [row["name"] for row in rows]


def test_json_lines_give_one_line_per_case_with_errors_inline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A bad row and a line that is not JSON are error lines in their place; exit 2 as some input was bad."""
    cases = tmp_path / "cases.jsonl"
    cases.write_text(f"{json.dumps(GOOD)}\n{json.dumps(BAD)}\n\nnot json\n{json.dumps(GOOD)}\n", encoding="utf-8")
    assert 2 == main(["run", NAME, "--input", str(cases)])
    rows = out_lines(capsys)
    assert ["result", "error", "error", "result"] == [next(iter(row)) for row in rows]
    assert "5000.01" == rows[0]["result"]["amount"]  # type: ignore[index]
    assert "negative" == rows[1]["error"]["errors"][0]["code"]  # type: ignore[index]


def test_a_json_array_gives_one_line_per_case(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """All good: exit 0."""
    cases = tmp_path / "cases.json"
    cases.write_text(json.dumps([GOOD, GOOD, GOOD]), encoding="utf-8")
    assert 0 == main(["run", NAME, "--input", str(cases)])
    assert 3 == len(out_lines(capsys))


def test_a_long_array_streams_across_reads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """More than one read's worth of text (64 KiB): every case, in order."""
    cases = tmp_path / "cases.json"
    cases.write_text(json.dumps([GOOD] * 2000), encoding="utf-8")
    assert 0 == main(["run", NAME, "--input", str(cases)])
    assert 2000 == len(out_lines(capsys))


def test_a_broken_array_ends_with_an_error_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The cases before the break are computed."""
    cases = tmp_path / "cases.json"
    cases.write_text(json.dumps([GOOD])[:-1] + ", {oops", encoding="utf-8")
    assert 2 == main(["run", NAME, "--input", str(cases)])
    assert ["result", "error"] == [next(iter(row)) for row in out_lines(capsys)]


@pytest.mark.parametrize("kind", ["missing", "directory", "not_utf8", "deep", "bad_json"])
def test_every_bad_input_file_exits_2_with_the_error_as_json(
    kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing file, a directory, bytes that are not UTF-8, 100000-deep JSON, broken JSON."""
    path = tmp_path / "input.json"
    if kind == "directory":
        path.mkdir()
    elif kind == "not_utf8":
        path.write_bytes(b'{"registered_amount": "\xff"}')
    elif kind == "deep":
        path.write_text("{" + '"a":[' * 100_000, encoding="utf-8")
    elif kind == "bad_json":
        path.write_text('{"registered_amount": ', encoding="utf-8")
    assert 2 == main(["run", NAME, "--input", str(path)])
    captured = capsys.readouterr()
    assert "input_error" == json.loads(captured.err)["error"]["type"]


def test_demo_name_shows_that_calculators_examples_only(capsys: pytest.CaptureFixture[str]) -> None:
    """demo NAME; an unknown name is unknown_calculator, exit 2."""
    assert 0 == main(["demo", "roads.deadline"])
    text = capsys.readouterr().out
    assert "道路挖掘修复各项期限" in text
    assert "技术合同认定登记补助" not in text
    assert 2 == main(["demo", "roads.nothing"])
    assert "unknown_calculator" in capsys.readouterr().err


def test_lang_en_gives_english_messages(capsys: pytest.CaptureFixture[str]) -> None:
    """--lang en after the subcommand."""
    assert 2 == main(["run", NAME, "--json", json.dumps(BAD), "--lang", "en"])
    message = json.loads(capsys.readouterr().err)["error"]["errors"][0]["message"]
    assert "Registered technology-contract amount (yuan) [registered_amount]: must not be negative, got -1" == message


def test_an_ascii_only_terminal_still_gets_its_answer() -> None:
    """PYTHONIOENCODING=ascii: Chinese is escaped, not a crash; exit 0."""
    env = {**os.environ, "PYTHONIOENCODING": "ascii"}
    for extra in ([], ["--format", "text"]):
        done = subprocess.run(
            [sys.executable, "-m", "qinzhou_calc", "run", NAME, "--json", json.dumps(GOOD), *extra],
            capture_output=True,
            env=env,
            check=False,
        )
        assert (0, b"") == (done.returncode, done.stderr)
