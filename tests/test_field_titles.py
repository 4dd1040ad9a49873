"""Every input field has a Chinese title and an English one, beside each other in ``spec(...)``: the
Chinese one names the field in Chinese messages and is the schema's ``title``; the English one names it
in English messages and is the schema's ``x-title-en``."""

import re
import typing
from typing import Any

import attrs
import pytest

import qinzhou_calc as qc
from qinzhou_calc._core.calendar_years import CalendarInput
from qinzhou_calc._core.registry import get


def input_classes() -> list[type[Any]]:
    """Every attrs class a payload of some calculator can hold, found by walking the field types."""
    found: dict[type[Any], None] = {}

    def walk(tp: Any) -> None:
        if isinstance(tp, type) and attrs.has(tp):
            if tp in found:
                return
            found[tp] = None
            for field in attrs.fields(tp):
                walk(field.type)
        for arg in typing.get_args(tp):
            walk(arg)

    for name in qc.calculators():
        walk(get(name).inputs)
    walk(CalendarInput)
    return list(found)


CLASSES = input_classes()
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize("cls", CLASSES, ids=[cls.__name__ for cls in CLASSES])
def test_every_field_has_a_chinese_and_an_english_title(cls: type[Any]) -> None:
    for field in attrs.fields(cls):
        title, english = field.metadata.get("title"), field.metadata.get("title_en")
        assert title, (cls.__name__, field.name)
        assert english, (cls.__name__, field.name)
        assert not CJK.search(english), (cls.__name__, field.name, english)
        assert english[0].isupper(), (cls.__name__, field.name, english)


def test_the_walk_finds_the_nested_classes() -> None:
    names = {cls.__name__ for cls in CLASSES}
    assert {"LoanInterestInput", "Loan", "Repayment", "Period", "School", "BankMetrics", "Incubatee"} <= names
    assert {"CalendarInput", "CalendarYearInput", "RegionalInput"} <= names


@pytest.mark.parametrize("name", qc.calculators())
def test_the_schema_gives_both_titles(name: str) -> None:
    """``title`` stays Chinese (the web form shows it); ``x-title-en`` is the English one."""
    schema = qc.schema(name)
    for node in [schema, *schema.get("$defs", {}).values()]:
        for key, prop in node.get("properties", {}).items():
            assert CJK.search(prop["title"]), (name, key)
            assert prop["x-title-en"], (name, key)
            assert not CJK.search(prop["x-title-en"]), (name, key)


def test_english_messages_name_the_field_by_its_english_title_and_path() -> None:
    payload = {"loan": {"principal": "-1", "repayments": [{"date": "2019-02-30", "amount": "1"}]}}
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate("education.loan_interest_subsidy", payload, lang="en")
    messages = {p.field: p.message for p in caught.value.errors}
    assert messages["loan.principal"] == "Principal (yuan) [loan.principal]: must not be negative, got -1"
    assert messages["loan.repayments[0].date"] == (
        "Repayment date [loan.repayments[0].date]: '2019-02-30' is not a day of the calendar"
    )
    assert messages["school"] == "School [school]: this field is required"
    with pytest.raises(qc.InputError) as chinese:
        qc.evaluate("education.loan_interest_subsidy", payload)
    assert {p.code for p in chinese.value.errors} == {p.code for p in caught.value.errors}
    assert {p.field: p.message for p in chinese.value.errors}["loan.principal"] == (
        "贷款 › 贷款本金（元） 不能为负数，收到 -1"
    )


def test_the_typed_path_names_the_field_in_english_too() -> None:
    import datetime as dt  # noqa: PLC0415 - only this test builds a typed input
    from decimal import Decimal  # noqa: PLC0415

    from qinzhou_calc.techinno import ContractRegistrationInput  # noqa: PLC0415

    qc.set_language("en")
    try:
        with pytest.raises(qc.InputError) as caught:
            ContractRegistrationInput(registered_amount=Decimal("-1"), as_of=dt.date(2020, 1, 1))
    finally:
        qc.set_language(None)
    (problem,) = caught.value.errors
    assert problem.message == (
        "Registered technology-contract amount (yuan) [registered_amount]: must not be negative, got -1"
    )


def test_an_event_after_the_decision_is_named_in_english() -> None:
    payload = {"registered_amount": "1000001", "registered_on": "2020-06-30", "decision_date": "2020-06-29"}
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate("techinno.contract_registration_subsidy", payload, lang="en")
    (problem,) = caught.value.errors
    assert problem.code == "event_after_decision"
    assert problem.message.startswith("Registration date [registered_on]: 2020-06-30 is after the decision date")
