"""Results sent back from worker processes: the compact form gives back results equal, field for
field and byte for byte, to those computed here, on every registered example."""

import datetime as dt
import pickle
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any

import attrs
import pytest

import qinzhou_calc as qc
from qinzhou_calc._core import REGISTRY, Citation, Valued, transport
from qinzhou_calc._core.provenance import use_of
from qinzhou_calc._core.transport import pack, unpack
from qinzhou_calc.techinno import ContractRegistrationInput


def _examples() -> Iterator[tuple[str, Mapping[str, Any]]]:
    for name in qc.calculators():
        for example in REGISTRY[name].examples:
            yield name, example.payload


EXAMPLES = list(_examples())
WHAT_IF = {"techinno.contract_registration.rate": "0.01"}
CONTRACT = "techinno.contract_registration_subsidy"


def _outcomes(explain: bool) -> list[qc.Result | qc.InputError]:
    """Every registered example, a what-if and a refused payload: each kind of outcome a chunk holds."""
    outcomes: list[qc.Result | qc.InputError] = [
        qc.evaluate(name, payload, explain=explain) for name, payload in EXAMPLES
    ]
    payload = {"registered_amount": "1000001", "as_of": "2020-06-30"}
    outcomes.append(qc.evaluate(CONTRACT, payload, overrides=WHAT_IF, explain=explain))
    outcomes += qc.evaluate_many(CONTRACT, [{"registered_amount": "-1"}], explain=explain)
    return outcomes


def _same(sent: Sequence[object], received: Sequence[object]) -> None:
    assert len(sent) == len(received)
    for was, now in zip(sent, received, strict=True):
        assert type(was) is type(now)
        if isinstance(was, qc.Result):
            assert was == now
            assert was.to_dict() == now.to_dict()
            assert str(was) == str(now)
            assert was._repr_html_() == now._repr_html_()
            assert type(was.inputs) is type(now.inputs)
        else:
            assert isinstance(was, qc.InputError)
            assert isinstance(now, qc.InputError)
            assert was.to_dict() == now.to_dict()


@pytest.mark.parametrize("explain", [True, False])
def test_every_example_comes_back_equal_through_the_compact_form(explain: bool) -> None:
    """pack → pickle → unpack gives each result equal (==), with the same to_dict(), str() and
    HTML, and each error with the same problems."""
    outcomes = _outcomes(explain)
    received = unpack(pickle.loads(pickle.dumps(pack(outcomes), pickle.HIGHEST_PROTOCOL)))
    _same(outcomes, received)


@pytest.mark.parametrize("explain", [True, False])
def test_every_example_comes_back_equal_through_a_plain_pickle(explain: bool) -> None:
    """A result pickled on its own (no compact form) also comes back equal, byte for byte."""
    outcomes = _outcomes(explain)
    _same(outcomes, [pickle.loads(pickle.dumps(outcome)) for outcome in outcomes])


def test_every_example_comes_back_equal_from_two_workers() -> None:
    """Each calculator's examples, several times over, through evaluate_many(workers=2)."""
    for name in qc.calculators():
        payloads = [example.payload for example in REGISTRY[name].examples] * 3
        _same(qc.evaluate_many(name, payloads), qc.evaluate_many(name, payloads, workers=2))


def test_the_figures_read_are_one_object_across_evaluations() -> None:
    """Two evaluations that read the same figure of the law hold the same ParameterUse, so a
    chunk sends it once; a what-if's figure is its own."""
    first, second = (qc.evaluate(CONTRACT, {"registered_amount": amount, "as_of": "2020-06-30"}) for amount in "12")
    assert first.parameters[0] is second.parameters[0]
    what_if = qc.evaluate(CONTRACT, {"registered_amount": "1", "as_of": "2020-06-30"}, overrides=WHAT_IF)
    assert what_if.parameters[0].overridden
    assert what_if.parameters[0] != first.parameters[0]


def test_a_figure_read_under_another_name_or_once_the_cache_is_full_is_still_right(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """use_of never gives the use of another name, and starts again when full."""
    valued = first_valued()
    one = use_of("a.b.c", valued)
    assert one is use_of("a.b.c", valued)
    other = use_of("a.b.d", valued)
    assert other.name == "a.b.d"
    monkeypatch.setattr("qinzhou_calc._core.provenance._MOST_USES", 1)
    again = use_of("a.b.c", valued)
    assert again == one
    assert use_of("a.b.c", valued, overridden=True).overridden


def first_valued() -> Valued[Decimal]:
    citation = Citation("文件", "标题", "第一条")
    return Valued(Decimal("0.5"), citation, dt.date(2019, 1, 1))


def test_repeated_values_are_sent_once_per_chunk() -> None:
    """The dates, the figures read and the inputs' class go once into a chunk's pickle: 500
    results cost far less than 500 times one."""
    rows = [{"registered_amount": f"{1000 + i}.{i % 100:02d}", "as_of": "2020-06-30"} for i in range(500)]
    results = qc.evaluate_many(CONTRACT, rows, explain=False)
    one = len(pickle.dumps(pack(results[:1]), pickle.HIGHEST_PROTOCOL))
    many = len(pickle.dumps(pack(results), pickle.HIGHEST_PROTOCOL))
    assert many < 500 * one / 4
    received = unpack(pickle.loads(pickle.dumps(pack(results), pickle.HIGHEST_PROTOCOL)))
    assert received[0].parameters[0] is received[1].parameters[0]
    assert received == results


@attrs.define(slots=False, frozen=True)
class _WithDict:
    """Inputs that are an attrs class with a dict (not slotted): sent as they are."""

    amount: Decimal


@attrs.frozen
class _One:
    """Inputs of a single field."""

    amount: Decimal


@pytest.mark.parametrize("inputs", [None, _WithDict(Decimal(1)), _One(Decimal("1.50")), {"a": 1}, ("a", "b")])
def test_any_inputs_come_back_equal(inputs: object) -> None:
    """Inputs of any kind (none, a class with a dict, a one-field class, a mapping, a tuple)."""
    result = qc.evaluate(CONTRACT, {"registered_amount": "1", "as_of": "2020-06-30"})
    changed = attrs.evolve(result, inputs=inputs)
    [received] = unpack(pickle.loads(pickle.dumps(pack([changed]))))
    assert received == changed
    assert type(received.inputs) is type(inputs)


def test_results_are_built_by_their_fields_when_the_class_cannot_take_them_in_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without the positional constructor (a field with a converter, say), __setstate__ builds them."""
    monkeypatch.setattr(transport, "_POSITIONAL", False)
    outcomes = _outcomes(explain=True)
    _same(outcomes, unpack(pickle.loads(pickle.dumps(pack(outcomes)))))


def test_typed_inputs_keep_their_exact_decimal() -> None:
    """1000.10 stays 1000.10 (not 1000.1) on the way back: the inputs are sent field by field."""
    result = qc.evaluate(CONTRACT, {"registered_amount": "1000.10", "as_of": "2020-06-30"})
    [received] = unpack(pickle.loads(pickle.dumps(pack([result]))))
    assert isinstance(received.inputs, ContractRegistrationInput)
    assert str(received.inputs.registered_amount) == "1000.10"


@pytest.mark.parametrize("refused", [(), (0,), (0, 1, 2), (3,), (5,), (0, 5), (1, 3, 4), (0, 1, 2, 3, 4, 5)])
def test_refused_rows_keep_their_places(refused: tuple[int, ...]) -> None:
    """Errors at the start, in the middle, at the end, all of them: each in its place."""
    rows = [{"registered_amount": "-1" if i in refused else f"{i}.5", "as_of": "2020-06-30"} for i in range(6)]
    outcomes = qc.evaluate_many(CONTRACT, rows)
    _same(outcomes, unpack(pickle.loads(pickle.dumps(pack(outcomes)))))
    assert unpack(pack([])) == []


def test_mixed_inputs_and_dates_are_sent_as_they_are() -> None:
    """Inputs of several classes in one chunk, and a date column that holds a datetime, travel
    entry by entry (a datetime is never taken for the equal-looking date)."""
    result = qc.evaluate(CONTRACT, {"registered_amount": "1", "as_of": "2020-06-30"})
    mixed = [
        result,
        attrs.evolve(result, inputs=_One(Decimal("1.50"))),
        attrs.evolve(result, decision_date=dt.datetime(2020, 6, 30)),
        attrs.evolve(result, amount=Decimal("5.0")),
        attrs.evolve(result, amount=Decimal("5.00")),
    ]
    received = unpack(pickle.loads(pickle.dumps(pack(mixed))))
    _same(mixed, received)
    assert [type(r.decision_date) for r in received] == [type(r.decision_date) for r in mixed]
    assert [str(r.amount) for r in received] == [str(r.amount) for r in mixed]
