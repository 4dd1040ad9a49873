"""``qc.result_schema()`` is the JSON Schema of ``Result.to_dict()``: every registered example's
result, full and lean, is valid against it, and a result with a key changed out of shape is not."""

from typing import Any

import jsonschema
import pytest

import qinzhou_calc as qc
from qinzhou_calc._core.registry import get

EXAMPLES = [(name, i) for name in qc.calculators() for i in range(len(get(name).examples))]
VALIDATOR = jsonschema.Draft202012Validator(qc.result_schema(), format_checker=jsonschema.FormatChecker())


def _result(name: str, index: int, *, explain: bool = True) -> dict[str, Any]:
    return qc.evaluate(name, get(name).examples[index].payload, explain=explain).to_dict()


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(qc.result_schema())


@pytest.mark.parametrize(("name", "index"), EXAMPLES)
def test_every_example_result_matches_the_schema(name: str, index: int) -> None:
    VALIDATOR.validate(_result(name, index))
    VALIDATOR.validate(_result(name, index, explain=False))


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("amount", "12.5"),  # money has exactly two decimals
        ("as_of", "2020/01/01"),
        ("readings", [{"code": "education.loan.interest_before_policy", "option": "included"}]),
        ("hypothetical", "no"),
        ("unexpected", 1),
    ],
)
def test_a_result_out_of_shape_is_refused(key: str, value: object) -> None:
    data = _result("techinno.contract_registration_subsidy", 0)
    data[key] = value
    assert not VALIDATOR.is_valid(data)


def test_a_missing_key_is_refused() -> None:
    data = _result("techinno.contract_registration_subsidy", 0)
    del data["readings"]
    assert not VALIDATOR.is_valid(data)


def test_the_schema_handed_out_is_a_copy() -> None:
    qc.result_schema()["properties"].clear()
    assert "amount" in qc.result_schema()["properties"]
