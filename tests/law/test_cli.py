"""The command line: parameters, verify, and run --override."""

import json
from pathlib import Path

import pytest

import qinzhou_calc as qc
from qinzhou_calc.cli import main

NEW_BUILD = "education.new_build_subsidy"
PAYLOAD = json.dumps(
    {
        "school": {"type": "primary", "classes": 12, "students": 540, "non_profit": True},
        "new_teaching_area_m2": "10000",
        "as_of": "2020-01-01",
    }
)


def test_parameters_json_is_the_catalogue(capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["parameters", "--json"])
    assert qc.parameters() == json.loads(capsys.readouterr().out)


def test_parameters_of_one_document_on_one_day(capsys: pytest.CaptureFixture[str]) -> None:
    """--document roads --at 2019-06-01: the 2018 wording of 第二十五条, "并处以"."""
    assert 0 == main(["parameters", "--document", "roads", "--at", "2019-06-01", "--json"])
    listed = {entry["name"]: entry for entry in json.loads(capsys.readouterr().out)}
    assert all(name.startswith("roads.") for name in listed)
    assert [True] == [v["value"]["mandatory"] for v in listed["roads.unapproved_change.fine"]["history"]]


def test_parameters_as_text_name_each_figure_with_its_provision(capsys: pytest.CaptureFixture[str]) -> None:
    assert 0 == main(["parameters", "--document", "education"])
    out = capsys.readouterr().out
    assert "education.new_build.rate_per_m2  新建教学建筑面积补助标准（元/m²）  单位：元/m²" in out
    assert "    2019-11-22 — 2024-11-21  120  钦政办规〔2019〕11号 第六条（一）" in out


def test_parameters_of_an_unknown_document_is_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    assert 2 == main(["parameters", "--document", "schools"])
    assert "invalid_choice" == json.loads(capsys.readouterr().err)["error"]["errors"][0]["code"]


def test_run_with_overrides_is_a_what_if(capsys: pytest.CaptureFixture[str]) -> None:
    """--override is repeatable; a value is read as JSON, else as text."""
    args = ["run", NEW_BUILD, "--json", PAYLOAD]
    args += ["--override", "education.new_build.rate_per_m2=150", "--override", "education.new_build.cap=1000000"]
    assert 0 == main(args)
    data = json.loads(capsys.readouterr().out)
    assert (True, "1000000.00") == (data["hypothetical"], data["amount"])


@pytest.mark.parametrize(
    ("override", "code"),
    [("education.nope.x=1", "unknown_parameter"), ("education.new_build.rate_per_m2=abc", "invalid_override")],
)
def test_a_bad_override_exits_2(override: str, code: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert 2 == main(["run", NEW_BUILD, "--json", PAYLOAD, "--override", override])
    assert code == json.loads(capsys.readouterr().err)["error"]["errors"][0]["code"]


def test_an_override_without_a_value_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert 2 == main(["run", NEW_BUILD, "--json", PAYLOAD, "--override", "education.new_build.rate_per_m2"])
    assert "invalid_override" == json.loads(capsys.readouterr().err)["error"]["errors"][0]["code"]


def test_verify_of_a_stored_result_is_same(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stored = tmp_path / "result.json"
    stored.write_text(json.dumps(qc.evaluate(NEW_BUILD, json.loads(PAYLOAD)).to_dict()), encoding="utf-8")
    assert 0 == main(["verify", str(stored)])
    assert "same" == json.loads(capsys.readouterr().out)["status"]


def test_verify_of_a_changed_result_exits_1_and_names_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = qc.evaluate(NEW_BUILD, json.loads(PAYLOAD)).to_dict()
    data["amount"] = "1.00"
    stored = tmp_path / "result.json"
    stored.write_text(json.dumps(data), encoding="utf-8")
    assert 1 == main(["verify", str(stored), "--format", "text"])
    out = capsys.readouterr().out
    assert out.startswith("复核：结果不同")
    assert "amount：存档 '1.00'，现在 '1200000.00'" in out


def test_verify_of_a_file_that_is_not_json_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    stored = tmp_path / "result.json"
    stored.write_text("{not json", encoding="utf-8")
    assert 2 == main(["verify", str(stored)])
    assert "invalid_json" == json.loads(capsys.readouterr().err)["error"]["errors"][0]["code"]
