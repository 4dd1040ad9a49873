"""The compiled reader of each input class and the full walk (cattrs) read payloads alike.

The compiled reader takes only the plain road and hands anything else to the full walk; these
properties prove, on every calculator, that the road it takes leads where the full walk does:
for every payload it reads, the full walk reads the same inputs, value for value (a Decimal's
exponent and a list's type included); for every plain payload the full walk reads, it reads it
too; and the reader callers use (compiled, else full) answers exactly as the full walk alone.
"""

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qinzhou_calc._core import InputError
from qinzhou_calc._core._fast_reader import (
    compiled_reader,
    read_decimal,
    read_payload,
    read_plain_date,
    read_text,
)
from qinzhou_calc._core._structuring import structure_payload
from qinzhou_calc._core.errors import Invalid
from qinzhou_calc._core.inputs import MAX_NODES, read_date, read_str
from qinzhou_calc._core.money import parse_number
from qinzhou_calc._core.registry import load_all
from qinzhou_calc._core.validation import _check, fast_check

from ..strategies import date_texts, edge_scalars, edged_payloads, mutated_payloads, number_texts, varied_payloads

CALCULATORS = load_all()
EXAMPLES = [(name, example.payload) for name, calc in sorted(CALCULATORS.items()) for example in calc.examples]

Outcome = tuple[str, Any]


def _full(payload: object, cls: type[Any]) -> Outcome:
    try:
        return "read", repr(structure_payload(payload, cls))
    except InputError as error:
        return "refused", error.to_dict()


def _either(payload: object, cls: type[Any]) -> Outcome:
    try:
        return "read", repr(read_payload(payload, cls))
    except InputError as error:
        return "refused", error.to_dict()


def _compiled(payload: object, cls: type[Any]) -> Outcome:
    reader = compiled_reader(cls)
    assert reader is not None
    try:
        return "read", repr(reader(payload, [MAX_NODES - 1]))
    except Exception:  # noqa: BLE001 - the compiled reader gives up with any exception
        return "gave up", None


def _plain(value: object) -> bool:
    """JSON's own types only: what the compiled reader must read whenever the full walk does."""
    if isinstance(value, dict):
        return all(isinstance(key, str) and _plain(item) for key, item in value.items())
    if isinstance(value, list):
        return all(_plain(item) for item in value)
    return value is None or isinstance(value, (str, int, float))


def _assert_alike(name: str, payload: object) -> None:
    cls = CALCULATORS[name].inputs
    full, compiled = _full(payload, cls), _compiled(payload, cls)
    assert full == _either(payload, cls)
    if compiled[0] == "read":
        assert full == compiled
    elif _plain(payload):
        assert "refused" == full[0], f"the compiled reader gave up on a good payload of {name}: {payload!r}"


@pytest.mark.parametrize(("name", "payload"), EXAMPLES, ids=[f"{n}[{i}]" for i, (n, _) in enumerate(EXAMPLES)])
def test_every_worked_example_is_read_by_the_compiled_reader_as_by_the_full_walk(name: str, payload: Any) -> None:
    """Each example: the compiled reader reads it (no fallback), into inputs equal to the full walk's."""
    cls = CALCULATORS[name].inputs
    compiled = _compiled(payload, cls)
    assert "read" == compiled[0]
    assert _full(payload, cls) == compiled


@settings(max_examples=300)
@given(data=st.data())
def test_the_compiled_and_full_readers_accept_refuse_and_read_alike(data: st.DataObject) -> None:
    """Any calculator, an example's payload varied or broken anywhere: both readers agree."""
    name, example = data.draw(st.sampled_from(EXAMPLES))
    payload = data.draw(st.one_of(varied_payloads(dict(example)), mutated_payloads(dict(example))))
    _assert_alike(name, payload)


@pytest.mark.parametrize(
    ("name", "payload"),
    [
        # A value whose Decimal exponent differs (1E+3 vs 1000) must be read exactly as written.
        ("techinno.contract_registration_subsidy", {"registered_amount": "1E+3"}),
        ("techinno.contract_registration_subsidy", {"registered_amount": 1000.0, "as_of": dt.date(2020, 6, 30)}),
        ("techinno.contract_registration_subsidy", {"registered_amount": Decimal("1000.10")}),
        # A boolean is not 1, a float is not a choice, a tuple is a list.
        ("banking.bank_eligibility", {"bank": {"name": "甲", "pboc_rating": True}}),
        ("roads.unpermitted_excavation_fine", {"points": (35, 20), "violation_date": "2020-05-01"}),
        # A mapping of another type, or a key that is not text, is the full walk's to read.
        ("roads.unpermitted_excavation_fine", {"points": [35], "violation_date": "2020-05-01", 1: 2}),
        # Too many values: refused by both, with the full walk's message.
        ("roads.unpermitted_excavation_fine", {"points": [1] * (MAX_NODES + 1), "violation_date": "2020-05-01"}),
        ("roads.unpermitted_excavation_fine", {"points": [1] * 10_001, "violation_date": "2020-05-01"}),
    ],
)
def test_edge_payloads_are_read_alike(name: str, payload: Any) -> None:
    """The edges of the plain road: exponents, Python values, booleans, tuples, odd keys, size limits."""
    _assert_alike(name, payload)


def test_a_mapping_that_is_not_a_dict_goes_to_the_full_walk() -> None:
    """A read-only mapping: the compiled reader gives up, the full walk reads it."""
    import types  # noqa: PLC0415 - only this test needs it

    payload = types.MappingProxyType({"registered_amount": "1", "as_of": "2020-06-30"})
    cls = CALCULATORS["techinno.contract_registration_subsidy"].inputs
    assert "gave up" == _compiled(payload, cls)[0]
    assert "read" == _either(payload, cls)[0] == _full(payload, cls)[0]


# --- the short paths for common values -----------------------------------------------------------


def _outcome(read: Any, value: object) -> Outcome:
    try:
        return "read", repr(read(value))
    except Invalid as problem:
        return "refused", (problem.code, problem.message, problem.en)


@settings(max_examples=500)
@given(value=number_texts | edge_scalars)
def test_a_number_is_read_by_the_short_path_as_by_parse_number(value: object) -> None:
    """Text, ints, floats, booleans, Decimals: the same Decimal (exponent included) or the same problem."""
    assert _outcome(parse_number, value) == _outcome(read_decimal, value)


@settings(max_examples=500)
@given(value=date_texts | edge_scalars)
def test_a_date_is_read_by_the_short_path_as_by_read_date(value: object) -> None:
    """Leap days, year 0000, month 13, other shapes and Python values: the same date or problem."""
    assert _outcome(read_date, value) == _outcome(read_plain_date, value)


@given(value=st.text(max_size=600) | edge_scalars)
def test_a_text_is_read_by_the_short_path_as_by_read_str(value: object) -> None:
    assert _outcome(read_str, value) == _outcome(read_text, value)


@pytest.mark.parametrize(
    "value",
    ["2020-02-29", "2019-02-29", "1900-02-29", "2000-02-29", "0000-01-01", "2020-13-01", "２０２０-01-01"],
)
def test_leap_days_and_impossible_days_as_read_date(value: str) -> None:
    assert _outcome(read_date, value) == _outcome(read_plain_date, value)


@pytest.mark.parametrize(
    "value",
    ["+1", "-1", " 1", "1e3", "１２", "999999999999999", "1000000000000000", "0.00", "-0", True, 1.5, 10**15],
)
def test_signs_exponents_widths_and_magnitudes_as_parse_number(value: object) -> None:
    assert _outcome(parse_number, value) == _outcome(read_decimal, value)


@settings(max_examples=300)
@given(data=st.data())
def test_edge_values_anywhere_in_a_payload_are_read_alike(data: st.DataObject) -> None:
    """Any calculator, values of an example replaced by edge numbers, dates and Python values."""
    name, example = data.draw(st.sampled_from(EXAMPLES))
    _assert_alike(name, data.draw(edged_payloads(dict(example))))


def _field_types() -> list[Any]:
    """Every field type of every input class, nested classes included."""
    found: dict[str, Any] = {}
    pending = [calc.inputs for calc in CALCULATORS.values()]
    seen: set[type[Any]] = set()
    while pending:
        cls = pending.pop()
        if cls in seen:
            continue
        seen.add(cls)
        for field in attrs.fields(cls):
            found.setdefault(repr(field.type), field.type)
            pending.extend(inner for inner in _classes_in(field.type))
    return list(found.values())


def _classes_in(tp: Any) -> list[type[Any]]:
    import typing  # noqa: PLC0415 - only this helper needs it

    if isinstance(tp, type) and attrs.has(tp):
        return [tp]
    return [cls for arg in typing.get_args(tp) for cls in _classes_in(arg)]


FIELD_TYPES = _field_types()


@settings(max_examples=500)
@given(tp=st.sampled_from(FIELD_TYPES), value=edge_scalars | st.lists(edge_scalars, max_size=3))
def test_the_quick_check_of_a_typed_field_passes_only_what_the_full_check_passes(tp: Any, value: object) -> None:
    """A typed input's quick test (validation.fast_check) vouches only for values the full check finds good."""
    check = fast_check(tp)
    if check is not None and check(value):
        found: list[tuple[str, Invalid]] = []
        _check(value, tp, "x", found)
        assert [] == found


def test_the_quick_check_vouches_for_ordinary_values_and_not_for_bad_ones() -> None:
    """The quick test is not empty: ordinary values pass it (and a bad one takes the full check)."""
    from qinzhou_calc._core.inputs import Amount, Count, PositiveAmount  # noqa: PLC0415 - only here

    assert all(
        [
            fast_check(Amount)(Decimal("1.50")),  # type: ignore[misc]
            fast_check(Count)(3),  # type: ignore[misc]
            fast_check(dt.date | None)(None),  # type: ignore[misc]
            fast_check(dt.date | None)(dt.date(2020, 2, 29)),  # type: ignore[misc]
        ]
    )
    assert not any(
        [
            fast_check(Amount)(Decimal("-1")),  # type: ignore[misc]
            fast_check(PositiveAmount)(Decimal(0)),  # type: ignore[misc]
            fast_check(Count)(True),  # type: ignore[misc]
            fast_check(dt.date | None)(dt.datetime(2020, 2, 29)),  # type: ignore[misc]
        ]
    )
