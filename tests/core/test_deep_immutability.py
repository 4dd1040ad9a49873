"""Nothing reachable from a result, an input error or the catalogue changes the law or a result.

A walk visits every object reachable from every registered example's result (its inputs, rows,
steps, citations and the figures of the law it read), from an :class:`InputError`, and from every
parameter of the catalogue; on each container it tries every method that would change a list, a
dict or a set, and on each record every attribute. Then every example must still give its snapshot.
"""

import datetime as dt
import json
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import attrs
import pytest

import qinzhou_calc as qc
from qinzhou_calc._core import REGISTRY, registry
from qinzhou_calc._core.registry import figures
from tests.test_examples_snapshot import PINNED_TODAY, SNAPSHOT, _current

_LEAVES = (str, bytes, int, float, bool, Decimal, dt.date, dt.timedelta, type(None), type)
JUNK = Decimal("99999999")

#: Every method of list, dict and set that changes the object in place, with arguments it accepts.
MUTATIONS: tuple[tuple[str, tuple[Any, ...]], ...] = (
    ("__setitem__", (0, JUNK)),
    ("__setitem__", ("amount", JUNK)),
    ("__delitem__", (0,)),
    ("append", (JUNK,)),
    ("extend", ([JUNK],)),
    ("insert", (0, JUNK)),
    ("pop", ()),
    ("remove", (JUNK,)),
    ("sort", ()),
    ("reverse", ()),
    ("clear", ()),
    ("__iadd__", ([JUNK],)),
    ("__imul__", (2,)),
    ("popitem", ()),
    ("setdefault", ("junk", JUNK)),
    ("update", ({"junk": JUNK},)),
    ("__ior__", ({"junk": JUNK},)),
    ("add", (JUNK,)),
    ("discard", (JUNK,)),
)


def _children(obj: Any) -> Iterator[Any]:
    if isinstance(obj, dict) or (hasattr(obj, "items") and callable(obj.items)):
        for key, value in obj.items():
            yield key
            yield value
    elif isinstance(obj, (list, tuple, set, frozenset)):
        yield from obj
    elif attrs.has(type(obj)):
        for field in attrs.fields(type(obj)):
            yield getattr(obj, field.name)
    elif isinstance(obj, BaseException):
        yield from obj.args
        yield from vars(obj).values()


def reachable(*roots: Any) -> Iterator[Any]:
    seen: set[int] = set()
    stack = list(roots)
    while stack:
        obj = stack.pop()
        if isinstance(obj, _LEAVES) or id(obj) in seen or (callable(obj) and not attrs.has(type(obj))):
            continue
        seen.add(id(obj))
        yield obj
        stack.extend(_children(obj))


def vandalise(obj: Any) -> list[str]:
    """Try every mutating method on ``obj`` (and every attribute of a record): what succeeded."""
    changed = []
    for name, args in MUTATIONS:
        method: Callable[..., Any] | None = getattr(obj, name, None)
        if method is None:
            continue
        try:
            outcome = method(*args)
        except (TypeError, AttributeError, KeyError, IndexError, ValueError, NotImplementedError):
            continue
        if outcome is not NotImplemented and not (name.startswith("__i") and outcome is not obj):
            changed.append(f"{type(obj).__name__}.{name}")
    if attrs.has(type(obj)):
        for field in attrs.fields(type(obj)):
            try:
                setattr(obj, field.name, JUNK)
            except (attrs.exceptions.FrozenInstanceError, AttributeError):
                continue
            changed.append(f"{type(obj).__name__}.{field.name} =")
    return changed


def _roots() -> list[Any]:
    results = [qc.evaluate(name, example.payload) for name in qc.calculators() for example in REGISTRY[name].examples]
    try:
        qc.evaluate("roads.deadline", {"obligation": "acceptance_application", "start": "2019-02-30"})
    except qc.InputError as error:
        failure = error
    return [*results, failure, *figures().values()]


def test_nothing_reachable_from_a_result_an_error_or_the_catalogue_can_be_changed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(registry, "today", lambda: PINNED_TODAY)
    changed = [change for obj in reachable(*_roots()) for change in vandalise(obj)]
    assert changed == []
    recorded = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert [(r["to_dict"], r["text"]) for r in recorded] == [(c["to_dict"], c["text"]) for c in _current()]


def test_the_law_s_table_read_by_a_result_cannot_be_changed_through_it() -> None:
    """A regional demonstration kindergarten's award stays 100,000.00 whatever is done to the table
    a result shows (it used to be the library's own dict)."""
    payload = REGISTRY["education.quality_award"].examples[0].payload
    result = qc.evaluate("education.quality_award", payload)
    tables: list[Any] = [use.value for use in result.parameters if use.name == "education.quality_award.amounts"]
    (table,) = tables
    with pytest.raises(TypeError):
        table["regional_demo_kindergarten"] = Decimal("99999999")
    assert qc.parameter("education.quality_award.amounts", "2020-01-01")["value"]["regional_demo_kindergarten"] == (
        "100000"
    )


def test_the_inputs_a_result_holds_cannot_grow() -> None:
    """r.inputs.points.append(...) used to change to_dict()["inputs"] and make verify disagree."""
    result = qc.evaluate("roads.unpermitted_excavation_fine", {"points": [20, 35], "violation_date": "2020-05-01"})
    points: Any = result.inputs.points  # type: ignore[attr-defined]
    with pytest.raises(AttributeError):
        points.append(Decimal("500"))
    assert result.to_dict()["inputs"]["points"] == ["20", "35"]
    assert points == [Decimal(20), Decimal(35)]
