"""The JSON Schema says exactly what the library reads: for every calculator, a payload passes the
schema (with formats checked) if and only if the library reads it without a problem. Payloads come
from the schema itself (hypothesis-jsonschema) and from mutations of them.

A field required by another field's value (a time deposit's cumulative term) is said by the schema's
``allOf`` (``if``/``then``) and checked by the calculator after reading: a payload the rest of the
schema accepts is read, and the calculator refuses it with that rule's code exactly when the
``if``/``then`` refuses it (unless something checked before it, such as the law's dates, refuses it
first). The payloads drawn from the schema meet or miss each condition.

What JSON Schema cannot say is checked by the calculators after reading and declared with each of
them (``Calculator.rules``, listed in the schema's ``description`` and the docs): rules across
fields (a repayment before the drawdown, a period longer than five years). A payload the schema
accepts is evaluated too, and may be refused with a field-shape code (``type``, ``out_of_range`` ...)
only at a field and with a code that one of those declared rules names. One rule of a single value
is not expressible either: a date-time with an offset that, in China time, falls after 9999-12-31.
A float NaN (which Python's ``json`` reads, though it is not JSON) passes every bound of a schema; the
library refuses it.

A bounded number of examples runs here (``QINZHOU_CALC_SCHEMA_EXAMPLES``, default 20 per calculator);
``bench/fuzz_contract.py`` runs 10^5 and more.
"""

import os
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import qinzhou_calc as qc
from qinzhou_calc._core.crossfield import matches, undeclared
from qinzhou_calc._core.registry import get
from tests import strategies

EXAMPLES = int(os.environ.get("QINZHOU_CALC_SCHEMA_EXAMPLES", "20"))
FORMATS = jsonschema.FormatChecker()


def schema_accepts(validator: jsonschema.protocols.Validator, payload: Any) -> bool:
    return validator.is_valid(payload)


def library_reads(name: str, payload: Any) -> qc.InputError | None:
    try:
        get(name).structure(payload)
    except qc.InputError as error:
        return error
    return None


def beyond_china_time(error: qc.InputError | None) -> bool:
    """The one documented single-value rule the schema cannot express."""
    return error is not None and all("China time" in (p.en or "") for p in error.errors)


def evaluated(name: str, payload: Any) -> qc.InputError | None:
    try:
        qc.evaluate(name, payload)
    except qc.InputError as error:
        return error
    return None


def without_conditions(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema without its ``if``/``then``: what the library checks while reading."""
    return {key: value for key, value in schema.items() if key != "allOf"}


def check(name: str, validators: tuple[jsonschema.protocols.Validator, ...], payload: Any) -> None:
    full, read = validators
    # A NaN is not JSON: counted as refused by the schema, as a JSON parser would; the library must refuse it.
    readable = schema_accepts(read, payload) and not strategies.has_nan(payload)
    refused = library_reads(name, payload)
    if readable and beyond_china_time(refused):
        return
    assert readable == (refused is None), (payload, refused and refused.to_dict())
    if not readable:
        return
    accepted = schema_accepts(full, payload)
    error = evaluated(name, payload)
    shapes = [rule for rule in get(name).rules if rule.shape is not None]
    others = [rule for rule in get(name).rules if rule.shape is None]
    by_shape = error is not None and any(matches(shapes, p.code, p.field) for p in error.errors)
    if accepted:
        # Past reading, a schema-valid payload is refused only by a declared rule the schema cannot
        # say (or by the law's dates: not_in_force, event_after_decision, calendar_out_of_range).
        assert not by_shape, (payload, error and error.to_dict())
        assert error is None or not undeclared(others, error.errors), (payload, error.to_dict())
    else:
        # Refused by an if/then only: the calculator refuses it by that rule, or by one it checks first.
        assert error is not None, payload
        assert by_shape or not undeclared(others, error.errors), (payload, error.to_dict())


@pytest.mark.parametrize("name", qc.calculators())
def test_schema_valid_payloads_are_read_and_mutations_agree(name: str) -> None:
    """Generated from the schema: read without a problem; mutated: refused by both or by neither."""
    schema = qc.schema(name)
    validators = (
        jsonschema.Draft202012Validator(schema, format_checker=FORMATS),
        jsonschema.Draft202012Validator(without_conditions(schema), format_checker=FORMATS),
    )
    payloads = strategies.schema_payloads(schema)

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
    )
    @given(payloads, st.data())
    def agree(payload: Any, data: st.DataObject) -> None:
        check(name, validators, payload)
        check(name, validators, data.draw(strategies.mutated(payload)))

    agree()


def test_a_nan_passes_the_schema_and_the_library_refuses_it() -> None:
    """Python's json module reads NaN, which is not JSON; a schema's bounds cannot refuse it (every
    comparison is false), so the checks above count it as refused by the schema, as a JSON parser would."""
    payload = {"taxable_income": float("nan"), "as_of": "2020-05-31"}
    schema = qc.schema("techinno.hte_tax_saving")
    assert jsonschema.Draft202012Validator(schema, format_checker=FORMATS).is_valid(payload)
    error = library_reads("techinno.hte_tax_saving", payload)
    assert error is not None
    assert [("taxable_income", "invalid_number")] == [(p.field, p.code) for p in error.errors]
    assert strategies.has_nan(payload)


@pytest.mark.parametrize(
    ("name", "field", "text"),
    [
        ("techinno.contract_registration_subsidy", "registered_amount", "12\n"),
        ("techinno.contract_registration_subsidy", "as_of", "2020-06-30\n"),
        ("roads.deadline", "start", "2019-09-27T08:30:00\n"),
        ("education.scale_eligibility", "as_of", "2020-06-30\n"),
    ],
)
def test_a_text_ending_in_a_newline_is_refused_by_the_schema_and_the_library(name: str, field: str, text: str) -> None:
    """Python's ``$`` also matches before a final newline; the schema's patterns end with ``$(?!\\n)``,
    so a validator using Python's ``re`` refuses what ECMA-262 refuses and the library refuses."""
    payload = {**get(name).examples[0].payload, field: text}
    validator = jsonschema.Draft202012Validator(qc.schema(name), format_checker=FORMATS)
    assert not schema_accepts(validator, payload)
    error = library_reads(name, payload)
    assert error is not None
    assert field in {p.field for p in error.errors}


def _key_refused(payload: Any) -> bool:
    """Whether evaluating ``payload`` refuses one of its calendar's year keys (checked after reading)."""
    error = evaluated("roads.deadline", payload)
    return error is not None and any(p.field.startswith("calendar.years") for p in error.errors)


@pytest.mark.parametrize(("key", "valid"), [("2027", True), ("0999", True), ("27", False), ("2027\n", False)])
@pytest.mark.parametrize("bad_key", ["２０２７", "abcd", "20271", ""])
def test_calendar_year_keys_agree_between_the_schema_and_the_library(key: str, valid: bool, bad_key: str) -> None:
    """``propertyNames``: the years are four ASCII digits, as the calendar reads them."""
    year = {"source": "通知"}
    validator = jsonschema.Draft202012Validator(qc.schema("roads.deadline"), format_checker=FORMATS)
    base = {"obligation": "acceptance_application", "start": "2019-09-27"}
    good = {**base, "calendar": {"years": {key: year}}}
    bad = {**base, "calendar": {"years": {key: year, bad_key: year}}}
    assert schema_accepts(validator, good) == valid == (not _key_refused(good))
    assert not schema_accepts(validator, bad)
    assert _key_refused(bad)


SHAPE_CASES = [
    # (calculator, payload, refused at): one condition of each shape missed, and met.
    ("banking.deposit_compliance", {"account": "unit", "product": "notice", "as_of": "2020-03-02"}, "at_opening_bank"),
    (
        "banking.deposit_compliance",
        {
            "account": "unit",
            "product": "time",
            "at_opening_bank": True,
            "cumulative_months": None,
            "as_of": "2020-03-02",
        },
        "cumulative_months",
    ),
    ("banking.deposit_compliance", {"account": "unit", "product": "demand", "as_of": "2020-03-02"}, None),
    (
        "banking.selection_procedure",
        {"method": "collective", "local_banks": 2, "as_of": "2020-01-06"},
        "candidate_banks",
    ),
    ("banking.selection_procedure", {"method": "competitive", "as_of": "2020-01-06"}, "committee_size"),
    (
        "banking.selection_procedure",
        {"method": "competitive", "outside_experts": 2, "as_of": "2020-01-06"},
        "internal_members",
    ),
    ("banking.selection_procedure", {"method": "competitive", "committee_size": 5, "as_of": "2020-01-06"}, None),
    (
        "banking.selection_procedure",
        {"method": "competitive", "internal_members": 3, "outside_experts": 2, "as_of": "2020-01-06"},
        None,
    ),
    ("roads.deadline", {"obligation": "backfill", "start": "2020-01-23", "road_class": "secondary"}, "direction"),
    (
        "roads.deadline",
        {"obligation": "backfill", "start": "2020-01-23", "direction": None, "road_class": None},
        "road_class",
    ),
    ("roads.deadline", {"obligation": "warranty_end", "start": "2020-02-29"}, None),
]


@pytest.mark.parametrize(("name", "payload", "field"), SHAPE_CASES)
def test_a_field_required_by_another_agrees_between_the_schema_and_the_library(
    name: str, payload: dict[str, Any], field: str | None
) -> None:
    """``if``/``then``: the schema refuses exactly what the calculator refuses as ``missing`` at the field."""
    schema = qc.schema(name)
    assert schema_accepts(jsonschema.Draft202012Validator(without_conditions(schema), format_checker=FORMATS), payload)
    accepted = schema_accepts(jsonschema.Draft202012Validator(schema, format_checker=FORMATS), payload)
    error = evaluated(name, payload)
    assert accepted == (field is None)
    if field is None:
        assert error is None or "missing" not in {p.code for p in error.errors}, error.to_dict()
    else:
        assert error is not None
        assert (field, "missing") in {(p.field, p.code) for p in error.errors}, error.to_dict()
