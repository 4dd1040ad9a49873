"""The shared contract, run over every registered calculator (like holidays' CommonCountryTests)."""

import datetime as dt
import decimal
import json
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import qinzhou_calc as qc
from qinzhou_calc._core import CODES, REGISTRY
from tests import strategies

NAMES = qc.calculators()
EXAMPLES = [(name, example.payload) for name in NAMES for example in REGISTRY[name].examples]
KEYS = {"calculator", "as_of", "eligible", "amount", "minimum", "maximum", "mandatory", "deadline", "score"}
KEYS |= {"count", "ranking", "breakdown", "reasons", "steps", "citations", "notes", "readings"}
KEYS |= {"event_date", "decision_date", "hypothetical", "inputs", "provenance"}


def test_the_calculators_are_listed_sorted() -> None:
    """qc.calculators() -> every name, sorted."""
    assert sorted(REGISTRY) == NAMES
    assert "techinno.contract_registration_subsidy" in NAMES


@pytest.mark.parametrize("name", NAMES)
def test_each_schema_is_valid_draft_2020_12_with_chinese_titles(name: str) -> None:
    """qc.schema(name) is a valid JSON Schema; every property has a title for form builders."""
    schema = qc.schema(name)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert "https://json-schema.org/draft/2020-12/schema" == schema["$schema"]
    assert "as_of" in schema["properties"]
    assert all("title" in prop for prop in schema["properties"].values())
    assert schema["additionalProperties"] is False


@pytest.mark.parametrize("name", NAMES)
def test_each_calculator_has_a_worked_example_and_a_docstring(name: str) -> None:
    """The demo shows at least one example of every calculator; the docstring quotes the article."""
    calc = REGISTRY[name]
    assert calc.examples
    assert calc.compute.__doc__
    assert any("\u4e00" <= ch <= "\u9fff" for ch in calc.compute.__doc__)


@pytest.mark.parametrize(("name", "payload"), EXAMPLES)
def test_each_example_fits_its_schema_and_evaluates_with_citations(name: str, payload: dict[str, Any]) -> None:
    """A documented example evaluates; its result cites the Chinese text and round-trips through JSON."""
    jsonschema.validate(payload, qc.schema(name), format_checker=jsonschema.FormatChecker())
    result = qc.evaluate(name, payload)
    data = result.to_dict()
    assert name == data["calculator"]
    assert KEYS == set(data)
    assert data["citations"]
    assert all(c["document"] and c["article"] for c in data["citations"])
    assert any(c["text"] for c in data["citations"])
    assert data == json.loads(json.dumps(data))
    for key in ("amount", "minimum", "maximum"):
        if data[key] is not None:
            assert Decimal(data[key]) == getattr(result, key)
            assert 2 == len(data[key].split(".")[1])
    assert str(result)
    assert result._repr_html_().startswith('<div class="qinzhou-calc"><table')


@pytest.mark.parametrize(("name", "payload"), EXAMPLES)
def test_the_typed_function_agrees_with_evaluate(name: str, payload: dict[str, Any]) -> None:
    """Keyword names of the typed call are the payload field names."""
    assert qc.evaluate(name, payload) == REGISTRY[name](**payload)


@pytest.mark.parametrize(("name", "payload"), EXAMPLES)
def test_the_callers_decimal_context_has_no_effect(name: str, payload: dict[str, Any]) -> None:
    """A caller who sets a precision of 4 and rounds down gets the same amounts."""
    expected = qc.evaluate(name, payload)
    with decimal.localcontext() as ctx:
        ctx.prec = 4
        ctx.rounding = decimal.ROUND_DOWN
        ctx.traps[decimal.Inexact] = True
        assert expected == qc.evaluate(name, payload)


@pytest.mark.parametrize("name", NAMES)
def test_an_unknown_field_is_reported(name: str) -> None:
    """Unknown fields are errors, with their path."""
    payload = dict(REGISTRY[name].examples[0].payload)
    payload["no_such_field"] = 1
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate(name, payload)
    assert ("no_such_field", "unknown_field") in [(p.field, p.code) for p in caught.value.errors]


@pytest.mark.parametrize("name", NAMES)
def test_an_as_of_outside_the_document_is_not_in_force(name: str) -> None:
    """Every document knows when it is in force; 1990 is before all four."""
    payload = dict(REGISTRY[name].examples[0].payload)
    payload["as_of"] = "1990-01-01"
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate(name, payload)
    assert "not_in_force" in caught.value.codes


def test_an_unknown_calculator_is_an_input_error() -> None:
    """evaluate and schema refuse names they do not know."""
    for call in (lambda: qc.evaluate("roads.nothing", {}), lambda: qc.schema("x")):
        with pytest.raises(qc.InputError) as caught:
            call()
        assert {"unknown_calculator"} == caught.value.codes


def test_evaluate_many_gives_one_result_or_error_per_row_in_order() -> None:
    """A bad row does not stop the others."""
    name = "techinno.contract_registration_subsidy"
    rows = evaluate_rows = [
        {"registered_amount": 100, "as_of": "2020-01-01"},
        {"registered_amount": -1, "as_of": "2020-01-01"},
        {"registered_amount": 200, "as_of": "2020-01-01"},
    ]
    out = qc.evaluate_many(name, evaluate_rows)
    assert len(rows) == len(out)
    assert isinstance(out[0], qc.Result)
    assert isinstance(out[1], qc.InputError)
    assert isinstance(out[2], qc.Result)
    assert Decimal("1.00") == out[2].amount


def test_concurrent_evaluations_agree_with_sequential_ones() -> None:
    """No shared mutable state: threads give the same answers, even with a hostile context."""
    jobs = EXAMPLES * 20
    sequential = [qc.evaluate(name, payload) for name, payload in jobs]

    def run(job: tuple[str, dict[str, Any]]) -> qc.Result:
        with decimal.localcontext() as ctx:
            ctx.prec = 3
            return qc.evaluate(*job)

    with ThreadPoolExecutor(max_workers=8) as pool:
        assert sequential == list(pool.map(run, jobs))


def _known_fields(name: str) -> dict[str, st.SearchStrategy[Any]]:
    """Plausible values for each field of a calculator, from its example and its schema."""
    example = REGISTRY[name].examples[0].payload
    fields: dict[str, st.SearchStrategy[Any]] = {}
    for key, prop in qc.schema(name)["properties"].items():
        options: list[st.SearchStrategy[Any]] = []
        if key in example:
            options.append(st.just(example[key]))
        if "enum" in prop:
            options.append(st.sampled_from(prop["enum"]))
        if prop.get("format") == "date" or key == "as_of":
            options.append(strategies.days.map(dt.date.isoformat))
        options.append(strategies.decimals.map(str))
        fields[key] = st.one_of(options)
    return fields


@pytest.mark.parametrize("name", NAMES)
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(data=st.data())
def test_any_payload_gives_a_result_or_an_input_error(name: str, data: st.DataObject) -> None:
    """Fuzz: nothing but InputError escapes evaluate, and every error is well formed."""
    payload = data.draw(strategies.payload_like(_known_fields(name)))
    try:
        outcome: qc.Result | qc.InputError = qc.evaluate(name, payload)
    except qc.InputError as error:
        outcome = error
    if isinstance(outcome, qc.InputError):
        assert outcome.errors
        for problem in outcome.errors:
            assert problem.code in CODES
            assert problem.field
            assert problem.message
        json.dumps(outcome.to_dict())
    else:
        assert outcome.citations
        json.dumps(outcome.to_dict())


def _outcome(name: str, payload: Any) -> Any:
    try:
        return qc.evaluate(name, payload).to_dict()
    except qc.InputError as error:
        return sorted((problem.field, problem.code) for problem in error.errors)


@pytest.mark.parametrize(("name", "payload"), EXAMPLES)
@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(data=st.data())
def test_a_value_held_by_a_lying_subclass_gives_what_its_plain_value_gives(
    name: str, payload: dict[str, Any], data: st.DataObject
) -> None:
    """A Decimal, int, str, date, list or mapping whose methods lie (arithmetic, comparisons, text,
    length, items) is read as the value it holds: the same result, or the same problems."""
    plain, hostile = data.draw(strategies.hostile_payloads(payload))
    assert _outcome(name, hostile) == _outcome(name, plain)


@pytest.mark.parametrize("name", NAMES)
@settings(max_examples=10, deadline=None)
@given(mapping=strategies.unreadable_mappings, where=st.sampled_from(["payload", "field"]))
def test_a_mapping_that_fails_while_read_is_a_type_problem_at_its_path(name: str, mapping: Any, where: str) -> None:
    example = dict(REGISTRY[name].examples[0].payload)
    key = sorted(example)[0]
    payload = mapping if where == "payload" else {**example, key: mapping}
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate(name, payload)
    if where == "payload":
        assert [(p.field, p.code) for p in caught.value.errors] == [("$", "type")]
    else:
        assert all(p.code != "internal_error" for p in caught.value.errors)
