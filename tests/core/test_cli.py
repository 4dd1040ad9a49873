"""The qinzhou-calc command (core issue, 9. CLI): exit 0, 2 on bad input, 1 otherwise."""

import io
import json
import os
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

import qinzhou_calc as qc
from qinzhou_calc.cli import main

NAME = "techinno.contract_registration_subsidy"
GOOD = '{"registered_amount": 1000001, "as_of": "2020-06-30"}'


def test_list_prints_every_name(capsys: pytest.CaptureFixture[str]) -> None:
    """list: one calculator a line, its name first (then its Chinese title and document)."""
    assert 0 == main(["list"])
    assert qc.calculators() == [line.split("\t")[0] for line in capsys.readouterr().out.splitlines()]


def test_schema_prints_the_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """schema NAME prints qc.schema(NAME)."""
    assert 0 == main(["schema", NAME])
    assert qc.schema(NAME) == json.loads(capsys.readouterr().out)


def test_run_prints_the_result_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    """run NAME --json prints to_dict() as JSON."""
    assert 0 == main(["run", NAME, "--json", GOOD])
    assert "5000.01" == json.loads(capsys.readouterr().out)["amount"]


def test_run_reads_json_numbers_exactly(capsys: pytest.CaptureFixture[str]) -> None:
    """A JSON number with many digits is read as the decimal it spells, not a binary float."""
    assert 0 == main(["run", NAME, "--json", '{"registered_amount": 1000000.99999999999, "as_of": "2020-06-30"}'])
    assert "5000.00" == json.loads(capsys.readouterr().out)["amount"]


def test_run_explains_the_result_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    """--format text: steps, citations, in Chinese."""
    assert 0 == main(["run", NAME, "--json", GOOD, "--format", "text"])
    out = capsys.readouterr().out
    assert "5000.01 元" in out
    assert "附件5 二（四）" in out


def test_run_reads_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--input FILE."""
    path = tmp_path / "payload.json"
    path.write_text(GOOD, encoding="utf-8")
    assert 0 == main(["run", NAME, "--input", str(path)])
    assert "5000.01" == json.loads(capsys.readouterr().out)["amount"]


@pytest.mark.parametrize(
    ("payload", "code"),
    [
        ('{"registered_amount": -5, "as_of": "2020-06-30"}', "negative"),
        ('{"registered_amount": NaN, "as_of": "2020-06-30"}', "invalid_json"),
        ("not json", "invalid_json"),
        ('{"registered_amount": 5}', "not_in_force"),
    ],
)
def test_bad_input_exits_2_with_the_error_json_on_stderr(
    payload: str, code: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exit 2 on bad input, the error's JSON on stderr."""
    assert 2 == main(["run", NAME, "--json", payload])
    error = json.loads(capsys.readouterr().err)
    assert code in {e["code"] for e in error["error"]["errors"]}


def test_an_unknown_calculator_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """unknown_calculator is bad input."""
    assert 2 == main(["schema", "nope"])
    assert "unknown_calculator" in capsys.readouterr().err


def test_anything_else_exits_1_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A failure that is not the input's (here the registry cannot load): exit 1, one line, no traceback."""

    def broken() -> None:
        raise RuntimeError("disk\ngone")

    monkeypatch.setattr("qinzhou_calc.service.load_all", broken)
    assert 1 == main(["list"])
    err = capsys.readouterr().err
    assert "qinzhou-calc: RuntimeError: disk gone\n" == err


def test_demo_prints_every_calculators_worked_examples(capsys: pytest.CaptureFixture[str]) -> None:
    """demo: worked examples from every document implemented."""
    assert 0 == main(["demo"])
    out = capsys.readouterr().out
    for name in qc.calculators():
        assert name in out


def test_demo_json_evaluates_every_example(capsys: pytest.CaptureFixture[str]) -> None:
    """demo --format json: one row per example with its result."""
    assert 0 == main(["demo", "--format", "json"])
    rows = json.loads(capsys.readouterr().out)
    assert {row["result"]["calculator"] for row in rows} == set(qc.calculators())


def test_python_dash_m_runs_the_same_command() -> None:
    """python -m qinzhou_calc, reading stdin with --input -."""
    done = subprocess.run(
        [sys.executable, "-m", "qinzhou_calc", "run", NAME, "--input", "-"],
        input=GOOD,
        capture_output=True,
        text=True,
        check=False,
    )
    assert 0 == done.returncode
    assert "5000.01" == json.loads(done.stdout)["amount"]


def test_a_reader_that_goes_away_gets_no_traceback() -> None:
    """qinzhou-calc demo | head: the broken pipe ends the command quietly."""
    with subprocess.Popen(
        [sys.executable, "-m", "qinzhou_calc", "demo"], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    ) as proc:
        assert proc.stdout is not None
        assert proc.stderr is not None
        proc.stdout.readline()
        proc.stdout.close()
        err = proc.stderr.read()
        proc.wait()
    assert b"" == err
    assert 1 == proc.returncode


def test_run_reads_standard_input_with_input_dash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """--input - reads the payload from stdin (in process, so that coverage sees it)."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(GOOD))
    assert 0 == main(["run", NAME, "--input", "-"])
    assert "5000.01" == json.loads(capsys.readouterr().out)["amount"]


def test_the_module_entry_point_exits_with_mains_status(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """python -m qinzhou_calc calls main() and exits with its status (here 2: bad input)."""
    monkeypatch.setattr(sys, "argv", ["qinzhou-calc", "run", NAME, "--json", "{}"])
    with pytest.raises(SystemExit) as caught:
        runpy.run_module("qinzhou_calc", run_name="__main__")
    assert 2 == caught.value.code
    assert "missing" in capsys.readouterr().err


class _ClosedPipe(io.StringIO):
    """A stdout whose reader has gone away, on a file descriptor of its own."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self._fd = fd

    def write(self, text: str) -> int:
        raise BrokenPipeError

    def fileno(self) -> int:
        return self._fd


def test_a_broken_pipe_ends_with_status_1_and_silences_stdout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """In process: exit 1, nothing on stderr, and stdout's descriptor now points to the null device."""
    with (tmp_path / "out.txt").open("w") as handle:
        monkeypatch.setattr(sys, "stdout", _ClosedPipe(handle.fileno()))
        assert 1 == main(["list"])
        os.write(handle.fileno(), b"gone")
    assert "" == capsys.readouterr().err
    assert "" == (tmp_path / "out.txt").read_text()


def test_a_payload_with_infinity_is_not_json(capsys: pytest.CaptureFixture[str]) -> None:
    """JSON has no Infinity: refused as invalid JSON at the payload's root, as over HTTP."""
    assert 2 == main(["run", NAME, "--json", '{"registered_amount": Infinity}'])
    error = json.loads(capsys.readouterr().err)
    assert [("$", "invalid_json")] == [(e["field"], e["code"]) for e in error["error"]["errors"]]
