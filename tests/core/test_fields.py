"""One field specification per input class: the reader, the typed path's checks and their short paths.

The reader of each class reads a plain payload in one pass; the typed path checks a value in a few
comparisons before its full check; a plain number or date is read by a short path. Each short path
may only vouch for what the full reading or check accepts, and must give the same value.
"""

import datetime as dt
import re
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qinzhou_calc._core import Amount, Count, InputError, PositiveAmount, Signed, spec, structure
from qinzhou_calc._core.errors import Invalid
from qinzhou_calc._core.fields import Kind, check, fields_of, kind_of_type, quick_check
from qinzhou_calc._core.kinds import DATE_PATTERN, MAX_NODES, read_date
from qinzhou_calc._core.money import parse_number
from qinzhou_calc._core.reader import reader_of
from qinzhou_calc._core.registry import load_all

from ..strategies import date_texts, edge_scalars, number_texts

CALCULATORS = load_all()
EXAMPLES = [(name, example.payload) for name, calc in sorted(CALCULATORS.items()) for example in calc.examples]


def _classes() -> list[type[Any]]:
    """Every input class, nested classes included."""
    pending = [calc.inputs for calc in CALCULATORS.values()]
    seen: dict[type[Any], None] = {}
    while pending:
        cls = pending.pop()
        if cls in seen:
            continue
        seen[cls] = None
        for field in fields_of(cls):
            kind: Kind | None = field.kind
            while kind is not None:
                if kind.cls is not None:
                    pending.append(kind.cls)
                kind = kind.items
    return list(seen)


CLASSES = _classes()
KINDS = list({repr(field.kind): field.kind for cls in CLASSES for field in fields_of(cls)}.values())


def test_every_default_passes_its_fields_check() -> None:
    """The reader sets a field left out to its default without checking it, as ``__init__`` would check it."""
    found: list[tuple[str, Invalid]] = []
    for cls in CLASSES:
        for field in fields_of(cls):
            if field.default is not attrs.NOTHING:
                check(field.kind, field.default, f"{cls.__name__}.{field.key}", found)
    assert [] == found


@pytest.mark.parametrize(("name", "payload"), EXAMPLES, ids=[f"{n}[{i}]" for i, (n, _) in enumerate(EXAMPLES)])
def test_every_worked_example_is_read_in_one_pass(name: str, payload: Any) -> None:
    """Each example is read by its class's reader as it is given, without being made plain and read again."""
    cls = CALCULATORS[name].inputs
    read = reader_of(Kind("object", cls=cls))
    assert structure(payload, cls) == read(payload, [MAX_NODES - 1])


def _outcome(read: Any, value: object) -> tuple[str, Any]:
    try:
        return "read", repr(read(value))
    except Invalid as problem:
        return "refused", (problem.code, problem.message, problem.en)


@attrs.frozen
class Number:
    """One decimal, and a list of them, read in place where each is plain text or an int."""

    x: Signed = spec("", default=Decimal(0))
    xs: list[Signed] = spec("", default=())


def _read(payload: dict[str, object], where: str) -> Any:
    try:
        return structure(payload, Number)
    except InputError as error:
        (problem,) = error.errors
        assert problem.message.startswith(f"{where} ")
        assert problem.en is not None
        assert problem.en.startswith(f"{problem.field}: ")
        raise Invalid(
            problem.code, problem.message[len(where) + 1 :], en=problem.en[len(problem.field) + 2 :]
        ) from None


def _read_number(value: object) -> Decimal:
    return _read({"x": value}, "x").x  # type: ignore[no-any-return]


def _read_item(value: object) -> Decimal:
    return _read({"xs": [value]}, "xs[第1项]").xs[0]  # type: ignore[no-any-return]


@settings(max_examples=500)
@given(value=number_texts | edge_scalars)
def test_a_number_is_read_by_the_short_path_as_by_parse_number(value: object) -> None:
    """Text, ints, floats, booleans, Decimals: the same Decimal (exponent included) or the same problem,
    as a field and as an item of a list."""
    assert _outcome(parse_number, value) == _outcome(_read_number, value) == _outcome(_read_item, value)


@pytest.mark.parametrize(
    "value",
    ["+1", "-1", " 1", "1e3", "１２", "999999999999999", "1000000000000000", "0.00", "-0", True, 1.5, 10**15],
)
def test_signs_exponents_widths_and_magnitudes_as_parse_number(value: object) -> None:
    assert _outcome(parse_number, value) == _outcome(_read_number, value) == _outcome(_read_item, value)


@settings(max_examples=500)
@given(value=date_texts)
def test_a_date_text_is_read_exactly_when_it_is_a_day_of_the_calendar(value: str) -> None:
    """The short path (``date.fromisoformat`` on a ``YYYY-MM-DD`` shape) takes what the schema's pattern takes."""
    assert (re.fullmatch(DATE_PATTERN, value, re.ASCII) is not None) == ("read" == _outcome(read_date, value)[0])


@settings(max_examples=500)
@given(kind=st.sampled_from(KINDS), value=edge_scalars | st.lists(edge_scalars, max_size=3))
def test_the_quick_check_of_a_typed_field_passes_only_what_the_full_check_passes(kind: Kind, value: object) -> None:
    """A typed input's quick test vouches only for values the full check finds good."""
    test = quick_check(kind)
    if test is not None and test(value):
        found: list[tuple[str, Invalid]] = []
        check(kind, value, "x", found)
        assert [] == found


def test_the_quick_check_vouches_for_ordinary_values_and_not_for_bad_ones() -> None:
    """The quick test is not empty: ordinary values pass it (and a bad one takes the full check)."""
    amount, count, positive, day = (
        quick_check(kind_of_type(tp)) or (lambda _: None) for tp in (Amount, Count, PositiveAmount, dt.date | None)
    )
    assert [True, True, True, True] == [amount(Decimal("1.50")), count(3), day(None), day(dt.date(2020, 2, 29))]
    assert [False] * 4 == [amount(Decimal(-1)), positive(Decimal(0)), count(True), day(dt.datetime(2020, 2, 29))]


@attrs.frozen
class Node:
    """A class inside itself."""

    name: str = spec("名称", en="Name")
    child: "Node | None" = spec("下级", default=None, en="Child")


def _chain(depth: int) -> dict[str, Any]:
    node: dict[str, Any] = {"name": "末"}
    for _ in range(depth):
        node = {"name": "上", "child": node}
    return node


def test_a_class_inside_itself_is_read_to_the_depth_limit_and_refused_past_it() -> None:
    """Twelve levels are read (made plain and checked for depth first); a thirteenth is out of range."""
    eleven = structure(_chain(11), Node)
    assert "末" == eleven.child.child.child.child.child.child.child.child.child.child.child.name  # type: ignore[union-attr]
    with pytest.raises(InputError) as caught:
        structure(_chain(12), Node)
    assert [("child" + ".child" * 11 + ".name", "out_of_range")] == [(p.field, p.code) for p in caught.value.errors]
