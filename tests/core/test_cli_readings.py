"""The readings of the law on the command line: ``qinzhou-calc readings`` lists them, ``--reading
CODE=OPTION`` chooses one on ``run`` (one case or a batch file) and on ``check``; a bad choice is the
library's ``unknown_reading`` or ``invalid_reading``, exit 2 like any bad input."""

import json
from pathlib import Path
from typing import Any

import pytest

import qinzhou_calc as qc
from qinzhou_calc.cli import main
from tests.loan_case import (
    CODE,
    DEFAULT_AMOUNT,
    INCLUDED_AMOUNT,
    LOAN_CALCULATOR,
    PAYLOAD,
    PROFILE,
    PROFILE_DECIDED,
    loan_reading,
)

INCLUDED = f"{CODE}=included"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def errors(text: str) -> list[tuple[str, str]]:
    return [(row["field"], row["code"]) for row in json.loads(text)["error"]["errors"]]


# --- qinzhou-calc readings ------------------------------------------------------------------------


def test_readings_lists_each_reading_in_chinese_with_its_default_marked(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "readings")
    assert 0 == status
    for listed in qc.readings():
        assert f"{listed['code']}  {listed['article']}\n    {listed['question']}\n" in out
        assert f"    - {listed['default']}（默认）：" in out
        assert f"    理由：{listed['reasoning']}\n" in out
    assert "    - excluded（默认）：不贴息" in out
    assert "    - included：贴息" in out


def test_readings_in_english_says_default_and_reasoning(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "readings", "--lang", "en", "--document", "education")
    assert 0 == status
    assert "Is interest that ran before the policy took effect (2019-11-22) subsidised?" in out
    assert "    - excluded (default): not subsidised" in out
    assert "    Reasoning: 第十二条 puts the policy in force" in out
    assert "roads." not in out


def test_readings_as_json_is_qc_readings_of_the_document(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "readings", "--document", "roads", "--format", "json")
    assert 0 == status
    listed = json.loads(out)
    assert qc.readings(document="roads") == listed
    assert "roads.backfill.rest_day_end" in [row["code"] for row in listed]
    assert {"roads"} == {row["document"] for row in listed}


def test_readings_of_a_document_that_does_not_exist_is_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "readings", "--document", "nowhere", "--format", "json")
    assert 2 == status
    assert [("document", "invalid_choice")] == errors(err)


# --- run --reading ----------------------------------------------------------------------------------


def test_run_takes_the_default_reading_and_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "run", LOAN_CALCULATOR, "--json", json.dumps(PAYLOAD))
    data = json.loads(out)
    assert (0, DEFAULT_AMOUNT) == (status, data["amount"])
    assert [{"code": CODE, "option": "excluded", "default": True}] == loan_reading(data["readings"])


def test_run_with_a_reading_counts_the_interest_before_the_policy(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "run", LOAN_CALCULATOR, "--json", json.dumps(PAYLOAD), "--reading", INCLUDED)
    data = json.loads(out)
    assert (0, INCLUDED_AMOUNT) == (status, data["amount"])
    assert [{"code": CODE, "option": "included", "default": False}] == loan_reading(data["readings"])


def test_the_same_reading_given_twice_with_the_same_option_is_one_choice(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(
        capsys, "run", LOAN_CALCULATOR, "--json", json.dumps(PAYLOAD), "--reading", INCLUDED, "--reading", INCLUDED
    )
    assert (0, INCLUDED_AMOUNT) == (status, json.loads(out)["amount"])


def test_run_text_explains_the_result_under_the_reading(capsys: pytest.CaptureFixture[str]) -> None:
    args = ("run", LOAN_CALCULATOR, "--json", json.dumps(PAYLOAD), "--reading", INCLUDED, "--format", "text")
    status, out, _ = run(capsys, *args)
    assert 0 == status
    assert f"{INCLUDED_AMOUNT} 元" in out


@pytest.mark.parametrize(
    ("pair", "field", "code"),
    [
        (f"{CODE}=sometimes", f"readings[{CODE!r}]", "invalid_reading"),
        ("education.loan.no_such_question=included", "readings['education.loan.no_such_question']", "unknown_reading"),
        (CODE, "--reading", "invalid_reading"),
        ("=included", "--reading", "invalid_reading"),
    ],
)
def test_a_bad_reading_is_bad_input(capsys: pytest.CaptureFixture[str], pair: str, field: str, code: str) -> None:
    status, out, err = run(capsys, "run", LOAN_CALCULATOR, "--json", json.dumps(PAYLOAD), "--reading", pair)
    assert (2, "") == (status, out)
    assert [(field, code)] == errors(err)


def test_one_reading_given_two_options_is_invalid_reading(capsys: pytest.CaptureFixture[str]) -> None:
    args = ("--reading", INCLUDED, "--reading", f"{CODE}=excluded")
    status, _, err = run(capsys, "run", LOAN_CALCULATOR, "--json", json.dumps(PAYLOAD), *args)
    assert 2 == status
    assert [("--reading", "invalid_reading")] == errors(err)
    assert "'included' 和 'excluded'" in json.loads(err)["error"]["errors"][0]["message"]


def test_a_bad_reading_is_said_in_english_with_lang_en(capsys: pytest.CaptureFixture[str]) -> None:
    args = ("run", LOAN_CALCULATOR, "--json", json.dumps(PAYLOAD), "--reading", f"{CODE}=sometimes", "--lang", "en")
    status, _, err = run(capsys, *args)
    assert 2 == status
    assert json.loads(err)["error"]["errors"][0]["message"].startswith(f"the reading {CODE} has no option 'sometimes'")


def cases_file(tmp_path: Path, rows: list[Any]) -> str:
    path = tmp_path / "cases.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_a_batch_file_is_evaluated_under_the_reading_in_every_worker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], workers: str
) -> None:
    source = cases_file(tmp_path, [PAYLOAD, PAYLOAD, PAYLOAD])
    status, out, _ = run(capsys, "run", LOAN_CALCULATOR, "--input", source, "--workers", workers, "--reading", INCLUDED)
    lines = [json.loads(line) for line in out.splitlines()]
    assert 0 == status
    assert [INCLUDED_AMOUNT] * 3 == [line["result"]["amount"] for line in lines]
    assert [[{"code": CODE, "option": "included", "default": False}]] * 3 == [
        loan_reading(line["result"]["readings"]) for line in lines
    ]


def test_a_batch_file_with_a_bad_reading_is_refused_before_any_case(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = cases_file(tmp_path, [PAYLOAD, PAYLOAD])
    status, out, err = run(capsys, "run", LOAN_CALCULATOR, "--input", source, "--reading", "roads.nothing.here=x")
    assert (2, "") == (status, out)
    assert [("readings['roads.nothing.here']", "unknown_reading")] == errors(err)


# --- check --reading --------------------------------------------------------------------------------


def loan_item(report: dict[str, Any]) -> dict[str, Any]:
    [item] = [item for item in report["items"] if item["calculator"] == LOAN_CALCULATOR]
    found: dict[str, Any] = item
    return found


def test_check_uses_the_reading_for_every_rule_of_the_profile(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "school.json"
    path.write_text(json.dumps(PROFILE), encoding="utf-8")
    base = ("check", "school", "--input", str(path), "--decision-date", PROFILE_DECIDED)
    status, out, _ = run(capsys, *base)
    assert (0, DEFAULT_AMOUNT) == (status, loan_item(json.loads(out))["result"]["amount"])
    status, out, _ = run(capsys, *base, "--reading", INCLUDED)
    item = loan_item(json.loads(out))
    assert (0, INCLUDED_AMOUNT) == (status, item["result"]["amount"])
    assert [{"code": CODE, "option": "included", "default": False}] == loan_reading(item["result"]["readings"])


@pytest.mark.parametrize(
    ("pair", "code"), [(f"{CODE}=sometimes", "invalid_reading"), ("roads.no.such=x", "unknown_reading")]
)
def test_check_with_a_bad_reading_is_bad_input_before_the_profile_is_read(
    capsys: pytest.CaptureFixture[str], pair: str, code: str
) -> None:
    status, out, err = run(capsys, "check", "school", "--input", "/no/such/file.json", "--reading", pair)
    assert (2, "") == (status, out)
    assert [code] == [row["code"] for row in json.loads(err)["error"]["errors"]]
