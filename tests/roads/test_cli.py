"""The roads calculators through the ``qinzhou-calc`` command."""

import json

import pytest

from qinzhou_calc.cli import main


def test_run_prints_the_deadline_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    """qinzhou-calc run roads.deadline --json '…' → exit 0, to_dict() on stdout."""
    code = main(["run", "roads.deadline", "--json", '{"obligation": "acceptance_application", "start": "2019-09-27"}'])
    expected_code, expected_deadline = 0, "2019-10-08"
    assert expected_code == code
    assert expected_deadline == json.loads(capsys.readouterr().out)["deadline"]


def test_run_explains_a_fine_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    """--format text quotes the article and states whether the fine must be imposed."""
    payload = '{"points": [20, 100], "violation_date": "2019-10-15", "decision_date": "2020-01-10"}'
    code = main(["run", "roads.unpermitted_excavation_fine", "--json", payload, "--format", "text"])
    out = capsys.readouterr().out
    expected = 0
    assert expected == code
    assert "11000.00 元 至 18000.00 元" in out
    assert "从旧兼从轻" in out


def test_bad_input_exits_2_with_the_error_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    """An empty list of points is refused with its field path."""
    code = main(
        ["run", "roads.unpermitted_excavation_fine", "--json", '{"points": [], "violation_date": "2020-01-02"}']
    )
    error = json.loads(capsys.readouterr().err)
    expected_code = 2
    assert expected_code == code
    expected = [{"field": "points", "code": "out_of_range"}]
    assert expected == [{"field": e["field"], "code": e["code"]} for e in error["error"]["errors"]]


def test_the_demo_shows_every_roads_calculator(capsys: pytest.CaptureFixture[str]) -> None:
    """qinzhou-calc demo prints the worked examples."""
    expected = 0
    assert expected == main(["demo"])
    out = capsys.readouterr().out
    for name in (
        "roads.deadline",
        "roads.repair_default_fine",
        "roads.site_violation_fine",
        "roads.unapproved_change_fine",
        "roads.unpermitted_excavation_fine",
        "roads.waste_mud_fine",
    ):
        assert name in out
