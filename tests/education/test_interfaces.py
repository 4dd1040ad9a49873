"""Every education calculator through evaluate, the typed functions and the CLI; any payload
gives a Result or an InputError, never another exception."""

import contextlib
import json
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given

import qinzhou_calc as qc
from qinzhou_calc import InputError, Result
from qinzhou_calc._core import REGISTRY
from qinzhou_calc.cli import main
from qinzhou_calc.education import (
    inclusive_kindergarten_subsidy,
    lease_subsidy,
    loan_interest_subsidy,
    new_build_subsidy,
    purchased_places_subsidy,
    quality_award,
    scale_eligibility,
    teacher_insurance_subsidy,
)

from .. import strategies

TYPED: dict[str, Callable[..., Result]] = {
    "education.inclusive_kindergarten_subsidy": inclusive_kindergarten_subsidy,
    "education.lease_subsidy": lease_subsidy,
    "education.loan_interest_subsidy": loan_interest_subsidy,
    "education.new_build_subsidy": new_build_subsidy,
    "education.purchased_places_subsidy": purchased_places_subsidy,
    "education.quality_award": quality_award,
    "education.scale_eligibility": scale_eligibility,
    "education.teacher_insurance_subsidy": teacher_insurance_subsidy,
}
EXAMPLES = [(name, example.payload) for name in TYPED for example in REGISTRY[name].examples]


@pytest.mark.parametrize(("name", "payload"), EXAMPLES)
def test_each_worked_example_gives_the_same_result_by_every_route(
    name: str, payload: dict[str, Any], capsys: pytest.CaptureFixture[str]
) -> None:
    """evaluate, the typed function and `qinzhou-calc run` agree; the result cites 钦政办规〔2019〕11号."""
    by_evaluate = qc.evaluate(name, payload)
    assert by_evaluate == TYPED[name](**payload)
    assert 0 == main(["run", name, "--json", json.dumps(payload)])
    assert by_evaluate.to_dict() == json.loads(capsys.readouterr().out)
    assert any(c["document"] == "钦政办规〔2019〕11号" for c in by_evaluate.to_dict()["citations"])


def test_the_worked_examples_are_in_the_demo(capsys: pytest.CaptureFixture[str]) -> None:
    """`qinzhou-calc demo` prints the education examples."""
    assert 0 == main(["demo"])
    out = capsys.readouterr().out
    assert "民办学校改（扩）建贷款贴息" in out
    assert "贴息期间在 2019-11-22 以前已结束" in out


def test_bad_input_exits_2_with_the_field_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    """The CLI's contract for an InputError."""
    payload = {
        "school": {"type": "kindergarten", "classes": 9, "students": 0, "non_profit": True},
        "as_of": "2020-09-01",
    }
    assert 2 == main(["run", "education.inclusive_kindergarten_subsidy", "--json", json.dumps(payload)])
    errors = json.loads(capsys.readouterr().err)["error"]["errors"]
    assert [("school.students", "out_of_range")] == [(e["field"], e["code"]) for e in errors]


@pytest.mark.parametrize("name", sorted(TYPED))
def test_each_schema_names_the_school(name: str) -> None:
    """Every education payload has the shared school object."""
    assert "school" in qc.schema(name)["properties"]


LOAN_FIELDS = {
    "school": strategies.schools,
    "main_urban_area": strategies.json_scalars,
    "operating_since": strategies.calendar_days.map(str),
    "investment": strategies.money.map(str),
    "equipment": strategies.money.map(str),
    "loan": strategies.json_values,
    "as_of": strategies.calendar_days.map(str),
}


@given(strategies.payload_like(LOAN_FIELDS))
def test_any_loan_payload_gives_a_result_or_an_input_error(payload: dict[str, Any]) -> None:
    """evaluate raises only InputError."""
    with contextlib.suppress(InputError):
        qc.evaluate("education.loan_interest_subsidy", payload)


SCHOOL_FIELDS = {
    "school": strategies.schools,
    "new_teaching_area_m2": strategies.decimals.map(str),
    "award": strategies.json_scalars,
    "as_of": strategies.calendar_days.map(str),
}


@given(strategies.payload_like(SCHOOL_FIELDS))
def test_any_payload_to_any_education_calculator_gives_a_result_or_an_input_error(payload: dict[str, Any]) -> None:
    """evaluate raises only InputError, whatever the calculator."""
    for name in TYPED:
        with contextlib.suppress(InputError):
            qc.evaluate(name, payload)
