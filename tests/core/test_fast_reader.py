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

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qinzhou_calc._core import InputError
from qinzhou_calc._core._fast_reader import compiled_reader, read_payload
from qinzhou_calc._core._structuring import structure_payload
from qinzhou_calc._core.inputs import MAX_NODES
from qinzhou_calc._core.registry import load_all

from ..strategies import mutated_payloads, varied_payloads

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
