"""Readings as objects: a caller switches the option of an open question, the result lists the
readings it depended on, and a comparison shows each option's outcome. The machinery is tested on a
reading declared here for a stand-in calculator, so that the law's own readings stay as declared."""

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import attrs
import pytest

import qinzhou_calc as qc
from qinzhou_calc._core import Evaluation
from qinzhou_calc._core import reading as reading_module
from qinzhou_calc._core.reading import Option, Reading, check_readings, choosing, chosen

ROUNDING = Reading(
    code="demo.rounding.direction",
    document="demo",
    article="第一条",
    question="四舍五入还是一律进位？",
    question_en="Round half up, or always up?",
    options=(Option("half_up", "四舍五入", "half up"), Option("up", "一律进位", "always up")),
    default="half_up",
    reasoning="文中未说进位，按通常的四舍五入。",
    reasoning_en="The text does not say up; the usual half-up.",
)


@pytest.fixture
def declared() -> Iterator[Reading]:
    reading_module.declare(ROUNDING)
    try:
        yield ROUNDING
    finally:
        del reading_module._READINGS[ROUNDING.code]


def test_a_reading_needs_two_options_and_a_default_among_them() -> None:
    with pytest.raises(ValueError, match="two or more"):
        attrs.evolve(ROUNDING, options=(Option("half_up", "四舍五入", "half up"),))
    with pytest.raises(ValueError, match="default"):
        attrs.evolve(ROUNDING, default="down")
    with pytest.raises(ValueError, match="document"):
        attrs.evolve(ROUNDING, code="other.rounding.direction")


def test_the_default_is_in_force_unless_the_caller_chooses(declared: Reading) -> None:
    assert "half_up" == chosen(declared)
    with choosing({declared.code: "up"}):
        assert "up" == chosen(declared)
    assert "half_up" == chosen(declared)


def test_an_unknown_code_is_unknown_reading_and_an_unknown_option_is_invalid_reading(declared: Reading) -> None:
    with pytest.raises(qc.InputError) as raised:
        check_readings({"demo.rounding.directon": "up", declared.code: "down"})
    found = [(p.field, p.code) for p in raised.value.errors]
    assert [
        ("readings['demo.rounding.directon']", "unknown_reading"),
        ("readings['demo.rounding.direction']", "invalid_reading"),
    ] == found
    assert "demo.rounding.direction" in raised.value.errors[0].message  # did you mean
    assert "half_up、up" in raised.value.errors[1].message


def test_readings_that_are_not_an_object_are_a_type_error() -> None:
    with pytest.raises(qc.InputError) as raised:
        check_readings(["demo.rounding.direction"])
    assert {"type"} == raised.value.codes


def test_evaluate_refuses_an_unknown_reading_before_computing() -> None:
    payload = {"registered_amount": "1000001", "as_of": "2020-06-30"}
    with pytest.raises(qc.InputError) as raised:
        qc.evaluate("techinno.contract_registration_subsidy", payload, readings={"no.such.reading": "x"})
    assert {"unknown_reading"} == raised.value.codes


def test_a_result_with_no_open_question_lists_no_reading() -> None:
    payload = {"registered_amount": "1000001", "as_of": "2020-06-30"}
    result = qc.evaluate("techinno.contract_registration_subsidy", payload)
    assert Decimal("5000.01") == result.amount
    assert [] == result.to_dict()["readings"]
    assert [] == qc.evaluate("techinno.contract_registration_subsidy", payload, explain=False).to_dict()["readings"]


def test_the_reading_list_names_every_declared_reading_in_both_languages(declared: Reading) -> None:
    zh = {r["code"]: r for r in qc.readings()}
    en = {r["code"]: r for r in qc.readings(lang="en")}
    assert "四舍五入还是一律进位？" == zh[declared.code]["question"]
    assert "Round half up, or always up?" == en[declared.code]["question"]
    assert [{"key": "half_up", "summary": "四舍五入"}, {"key": "up", "summary": "一律进位"}] == zh[declared.code][
        "options"
    ]
    assert [declared.code] == [r["code"] for r in qc.readings(document="demo")]


def _evaluate_demo(explain: bool = True) -> qc.Result:
    """A stand-in calculator body: asks the reading, explains it in a note, returns a result."""
    ex = Evaluation("demo.calculator", dt.date(2020, 1, 1), explain=explain)
    ex.cite(qc.Citation(document="示例", title="示例", article="第一条", text="示例"))
    option = ex.reading(ROUNDING)
    ex.reading(ROUNDING)  # asked again: listed once
    ex.note("rounding_direction", ROUNDING.option(option).summary, reading=ROUNDING)
    amount = Decimal("1.01") if option == "up" else Decimal("1.00")
    return ex.result(amount=amount)


def test_a_result_lists_the_reading_it_used_once_with_the_option_and_whether_it_is_the_default(
    declared: Reading,
) -> None:
    data = _evaluate_demo().to_dict()
    assert [{"code": "demo.rounding.direction", "option": "half_up", "default": True}] == data["readings"]
    assert [{"code": "rounding_direction", "message": "四舍五入", "reading": "demo.rounding.direction"}] == data[
        "notes"
    ]
    with choosing(check_readings({declared.code: "up"})):
        switched = _evaluate_demo().to_dict()
    assert [{"code": "demo.rounding.direction", "option": "up", "default": False}] == switched["readings"]
    assert "1.01" == switched["amount"]


def test_a_lean_result_keeps_its_readings_but_not_its_notes(declared: Reading) -> None:
    data = _evaluate_demo(explain=False).to_dict()
    assert [{"code": "demo.rounding.direction", "option": "half_up", "default": True}] == data["readings"]
    assert [] == data["notes"]
