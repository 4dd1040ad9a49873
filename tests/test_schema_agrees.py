"""The JSON Schema says exactly what the library reads: for every calculator, a payload passes the
schema (with formats checked) if and only if the library reads it without a problem. Payloads come
from the schema itself (hypothesis-jsonschema) and from mutations of them.

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
from qinzhou_calc._core.registry import get
from qinzhou_calc._core.rules import undeclared
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


def check(name: str, validator: jsonschema.protocols.Validator, payload: Any) -> None:
    # A NaN is not JSON: counted as refused by the schema, as a JSON parser would; the library must refuse it.
    accepted = schema_accepts(validator, payload) and not strategies.has_nan(payload)
    refused = library_reads(name, payload)
    if accepted and beyond_china_time(refused):
        return
    assert accepted == (refused is None), (payload, refused and refused.to_dict())
    error = evaluated(name, payload)
    if accepted and error is not None:
        # Past reading, a schema-valid payload is refused only by a declared rule (or by the law's
        # dates: not_in_force, event_after_decision, calendar_out_of_range).
        assert not undeclared(get(name).rules, error.errors), (payload, error.to_dict())


@pytest.mark.parametrize("name", qc.calculators())
def test_schema_valid_payloads_are_read_and_mutations_agree(name: str) -> None:
    """Generated from the schema: read without a problem; mutated: refused by both or by neither."""
    schema = qc.schema(name)
    validator = jsonschema.Draft202012Validator(schema, format_checker=FORMATS)
    payloads = strategies.schema_payloads(schema)

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
    )
    @given(payloads, st.data())
    def agree(payload: Any, data: st.DataObject) -> None:
        check(name, validator, payload)
        check(name, validator, data.draw(strategies.mutated(payload)))

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
