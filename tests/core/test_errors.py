"""The one error evaluate raises (core issue, 7. Errors): InputError, Problem, Problems."""

import pickle

import pytest

from qinzhou_calc._core import InputError, Problem, Problems


def test_an_input_error_lists_every_problem_in_its_message_and_codes() -> None:
    """str() joins the problems; codes is the set of their codes."""
    error = InputError([Problem("a", "missing", "required"), Problem("b[0]", "negative", "below 0")])
    assert "a: required (missing); b[0]: below 0 (negative)" == str(error)
    assert frozenset({"missing", "negative"}) == error.codes


def test_an_input_error_survives_pickling_with_its_problems() -> None:
    """A process pool can send it back to the caller unchanged."""
    error = InputError.one("loan.amount", "negative", "below 0")
    copy = pickle.loads(pickle.dumps(error))
    assert (Problem("loan.amount", "negative", "below 0"),) == copy.errors
    assert str(error) == str(copy)


def test_problems_collects_then_raises_them_together() -> None:
    """Empty Problems is false and raises nothing; added and extended problems are raised in order."""
    problems = Problems()
    assert bool(problems) is False
    problems.raise_if_any()
    problems.add("a", "out_of_range", "too late")
    problems.extend([Problem("b", "missing", "required"), Problem("c", "type", "text")])
    assert bool(problems) is True
    with pytest.raises(InputError) as caught:
        problems.raise_if_any()
    expected = (
        Problem("a", "out_of_range", "too late"),
        Problem("b", "missing", "required"),
        Problem("c", "type", "text"),
    )
    assert expected == caught.value.errors


def test_to_dict_of_an_input_error_is_the_contract_shape() -> None:
    """{"error": {"type": "input_error", "errors": [{"field", "code", "message"}]}}."""
    expected = {"error": {"type": "input_error", "errors": [{"field": "$", "code": "type", "message": "m"}]}}
    assert expected == InputError.one("$", "type", "m").to_dict()
