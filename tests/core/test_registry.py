"""Calculators and the registry (core issue, 8. Registry and JSON layer): as_of, in force, errors."""

import datetime as dt
from decimal import Decimal

import attrs
import pytest

from qinzhou_calc._core import Anchor, Citation, Document, Evaluation, InputError, Result, registry, spec
from qinzhou_calc._core.registry import REGISTRY, Calculator, Example, calculator, get, load_all, today

DOC = Document("测试〔2019〕1号", "测试", dt.date(2019, 12, 1), dt.date(2020, 11, 30))
CITE = DOC.cite("第一条", None, "测试条文")


@attrs.frozen
class Inputs:
    """A date of the event, a divisor, and as_of."""

    event_day: dt.date | dt.datetime | None = spec("事件日期", default=None)
    divisor: Decimal = spec("除数", default=Decimal(1))
    as_of: dt.date | None = spec("适用日期", default=None)
    decision_date: dt.date | None = spec("决定日期", default=None)


@attrs.frozen
class NoAsOf:
    """Inputs without as_of."""

    x: int = spec("x", default=0)


def compute(inp: Inputs, ex: Evaluation) -> Result:
    """第一条："测试条文"

    Returns 1 divided by the divisor.
    """
    ex.cite(CITE)
    return ex.result(score=Decimal(1) / inp.divisor)


def make(document: Document | None = DOC, event: str | None = "event_day") -> Calculator[Inputs]:
    """A calculator built directly, so that the registry is left as it is."""
    return Calculator("test.divide", "除法", Inputs, compute, document, event, ())


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        (
            {"as_of": "2020-01-01", "event_day": "2020-02-01", "decision_date": "2020-03-01"},
            (dt.date(2020, 1, 1), "as_of"),
        ),
        ({"event_day": "2020-02-01"}, (dt.date(2020, 2, 1), "event_day")),
        ({"event_day": "2020-02-01T23:30:00"}, (dt.date(2020, 2, 1), "event_day")),
    ],
)
def test_as_of_is_the_payloads_as_of_else_the_event_date(
    payload: dict[str, object], expected: tuple[dt.date, str]
) -> None:
    """An explicit as_of wins; otherwise the event's day (a date-time gives its date)."""
    calc = make()
    assert expected == calc.as_of(calc.structure(payload))


def test_without_as_of_or_event_the_law_of_today_applies() -> None:
    """No as_of, no event date (or no event field at all): the decision date's, today in China (UTC+8)."""
    china_today = dt.datetime.now(dt.timezone(dt.timedelta(hours=8))).date()
    assert (china_today, "decision_date") == make(document=None).as_of(Inputs())
    assert (china_today, "decision_date") == make(None, event=None).as_of(Inputs(event_day=dt.date(2020, 1, 1)))
    assert china_today == today()


def test_the_document_must_be_in_force_on_the_event_day_named_as_the_event_field() -> None:
    """An event after the last day is not_in_force on the event's own field."""
    with pytest.raises(InputError) as caught:
        make().evaluate({"event_day": "2020-12-01"})
    assert [("event_day", "not_in_force")] == [(p.field, p.code) for p in caught.value.errors]
    assert Decimal(1) == make().evaluate({"event_day": "2020-11-30"}).score


def test_a_calculator_without_a_document_applies_on_any_day() -> None:
    """No document, no in-force check."""
    assert Decimal("0.5") == make(document=None).evaluate({"as_of": "1999-01-01", "divisor": 2}).score


def test_an_arithmetic_failure_is_an_invalid_number_input_error() -> None:
    """Dividing by zero (a trapped decimal condition) is the caller's input, not a crash."""
    with pytest.raises(InputError) as caught:
        make()(as_of="2020-01-01", divisor=0)
    assert [("$", "invalid_number")] == [(p.field, p.code) for p in caught.value.errors]


def test_a_calculators_docstring_is_its_functions() -> None:
    """help() on a calculator shows the article it implements."""
    assert compute.__doc__ == make().__doc__
    assert "第一条" in str(make().__doc__)


def test_registering_needs_an_as_of_field_and_an_existing_event_field() -> None:
    """Mistakes in a calculator's declaration fail when the module is imported."""
    with pytest.raises(TypeError, match="NoAsOf must have the field as_of"):
        calculator("test.no_as_of", NoAsOf, title="无")
    with pytest.raises(TypeError, match="Inputs has no event field 'day'"):
        calculator("test.no_event", Inputs, title="无", event="day")
    assert "test.no_as_of" not in REGISTRY
    assert "test.no_event" not in REGISTRY


def test_a_name_cannot_be_registered_twice() -> None:
    """Two calculators of one name would make evaluate ambiguous."""
    name = next(iter(load_all()))
    before = REGISTRY[name]
    with pytest.raises(ValueError, match="registered twice"):
        calculator(name, Inputs, title="重复")(compute)
    assert before is REGISTRY[name]


@pytest.mark.parametrize("name", ["nope", "education.nope", "no such.calc", "../x.y", 3, None])
def test_an_unknown_or_non_text_name_is_unknown_calculator(name: object) -> None:
    """get() raises the contract's error, not a KeyError."""
    with pytest.raises(InputError) as caught:
        get(name)
    assert [("$", "unknown_calculator")] == [(p.field, p.code) for p in caught.value.errors]


def test_a_citation_in_the_result_comes_from_the_document() -> None:
    """Document.cite fills in the document's number and title."""
    result = make().evaluate({"as_of": "2020-01-01"})
    anchor = Anchor("测试〔2019〕1号", "第一条")
    assert (Citation("测试〔2019〕1号", "测试", "第一条", None, "测试条文", anchor),) == result.citations


def test_registering_adds_the_calculator_under_its_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """The decorator returns the Calculator it registers, with every declared part (on a scratch registry)."""
    monkeypatch.setattr(registry, "REGISTRY", {})
    example = Example("一例", {"as_of": "2020-01-01"})
    calc = calculator("test.registered", Inputs, title="登记", document=DOC, event="event_day", examples=[example])(
        compute
    )
    parts = (calc.name, calc.title, calc.inputs, calc.compute, calc.document, calc.event, calc.examples)
    assert ("test.registered", "登记", Inputs, compute, DOC, "event_day", (example,)) == parts
    assert {"test.registered": calc} == registry.REGISTRY
