"""The typed path: input classes validate on construction (the bounds of the schema, one source),
``run()`` never computes on an invalid input, and misuse is a mypy error."""

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from mypy import api

import qinzhou_calc as qc
from qinzhou_calc.education import LoanInterestInput
from qinzhou_calc.roads import DeadlineInput, deadline
from qinzhou_calc.techinno import ContractRegistrationInput, contract_registration_subsidy

MISUSE = Path(__file__).parent / "typing" / "misuse.py"


def problems(build: Any) -> list[tuple[str, str]]:
    with pytest.raises(qc.InputError) as caught:
        build()
    return [(p.field, p.code) for p in caught.value.errors]


def test_a_negative_amount_is_refused_when_the_input_is_built() -> None:
    """Registered amount −1 used to give a subsidy of −0.01."""
    assert [("registered_amount", "negative")] == problems(
        lambda: ContractRegistrationInput(registered_amount=Decimal("-1"), as_of=dt.date(2020, 1, 1))
    )


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("1000", "type"),
        (1000, "type"),
        (1000.0, "type"),
        (Decimal("NaN"), "invalid_number"),
        (Decimal("1e15"), "invalid_number"),
    ],
)
def test_an_amount_of_the_wrong_kind_is_a_type_problem_not_a_type_error(value: object, code: str) -> None:
    """Text used to raise TypeError deep in the arithmetic; now the constructor says which field."""
    assert [("registered_amount", code)] == problems(lambda: ContractRegistrationInput(registered_amount=value))  # type: ignore[arg-type]


def test_a_bad_choice_a_bad_date_and_a_datetime_where_a_date_belongs_are_refused() -> None:
    """Literal fields, date fields and date-or-datetime fields check their values too."""
    assert [("obligation", "invalid_choice")] == problems(
        lambda: DeadlineInput(obligation="warranty", start=dt.date(2020, 1, 1))  # type: ignore[arg-type]
    )
    assert [("start", "type")] == problems(lambda: DeadlineInput(obligation="survey", start="2020-01-01"))  # type: ignore[arg-type]
    assert [("extra_rest_days[1]", "type")] == problems(
        lambda: DeadlineInput(
            obligation="survey",
            start=dt.date(2020, 1, 1),
            extra_rest_days=(dt.date(2020, 1, 2), dt.datetime(2020, 1, 3, 8)),
        )
    )


def test_a_nested_class_must_be_an_instance_of_its_type() -> None:
    """A dict where the loan belongs is refused; the loan itself validated when it was built."""
    found = problems(
        lambda: LoanInterestInput(
            school={"type": "primary"},  # type: ignore[arg-type]
            main_urban_area=True,
            operating_since=dt.date(2015, 1, 1),
            investment=Decimal(1),
            equipment=Decimal(0),
            loan=None,  # type: ignore[arg-type]
        )
    )
    assert [("school", "type")] == found


def test_run_computes_on_a_valid_input_and_refuses_anything_else() -> None:
    """A valid input gives its result; an object that is not the calculator's input class is refused."""
    result = contract_registration_subsidy.run(
        ContractRegistrationInput(registered_amount=Decimal("1000001"), as_of=dt.date(2020, 6, 30))
    )
    assert Decimal("5000.01") == result.amount
    assert [("$", "type")] == problems(lambda: deadline.run(ContractRegistrationInput(registered_amount=Decimal(1))))  # type: ignore[arg-type]


def test_the_message_names_the_field_by_its_title() -> None:
    """As on the JSON path."""
    with pytest.raises(qc.InputError) as caught:
        ContractRegistrationInput(registered_amount=Decimal("-1"))
    assert caught.value.errors[0].message.startswith("技术合同认定登记额（元） 不能为负数")


def test_mypy_refuses_every_misuse_in_the_misuse_file() -> None:
    """tests/typing/misuse.py: each line marked ``# error: CODE`` is a mypy error of that code."""
    expected = {
        number: line.rpartition("# error: ")[2].strip()
        for number, line in enumerate(MISUSE.read_text(encoding="utf-8").splitlines(), 1)
        if "# error: " in line
    }
    stdout, _, status = api.run([str(MISUSE), "--strict", "--no-incremental", "--follow-imports=silent"])
    found = {
        int(m.group(1)): m.group(2) for m in re.finditer(r"misuse\.py:(\d+): error: .*\[([\w-]+)\]$", stdout, re.M)
    }
    assert 1 == status
    assert expected == {number: found.get(number) for number in expected}
