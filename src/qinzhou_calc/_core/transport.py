"""A chunk of outcomes in a compact form, for the way back from a worker process.

Pickled one by one, a flat :class:`~.result.Result` costs about as much to send and to receive
as to compute: each result, its typed inputs and every figure of the law it read go through the
generic ``__reduce_ex__``/``__setstate__`` of attrs, field by field, on both sides.

:func:`pack` sends a chunk by columns instead: one column per field of :class:`~.result.Result`
(and per field of the typed inputs, when they are all of one slotted attrs class), built by a
C-level transposition. A column whose entries are all one object (``None``, ``()``, the
calculator's name, the tuple of citations) is sent as that object once; values that repeat as equal
objects (the dates, the citations, the notes and the unmet conditions) are first replaced by one
shared object of equal value, and the figures of the law read are already shared (``use_of``).
:func:`unpack` builds the results again by mapping the class over the columns: equal field for field
(``==``, ``to_dict()`` and ``str()`` are those of the results packed). An outcome that is not a
result (an ``InputError``) travels as itself, with its place in the chunk.
"""

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from itertools import islice, repeat
from operator import attrgetter, is_
from typing import Any, Final

import attrs

from .result import Result

__all__ = ["Packed", "pack", "unpack"]

#: A column: ``(True, value)`` for a column that is one object throughout, ``(False, values)``.
Column = tuple[bool, Any]
#: A packed chunk: the number of results; the other outcomes with their places; the results'
#: columns (``None`` at ``inputs`` when they are sent by their own columns); the inputs' class and
#: columns, or ``None``.
Packed = tuple[int, list[tuple[int, object]], list[Column | None], tuple[type, list[Column]] | None]

_FIELDS: Final = tuple(field.name for field in attrs.fields(Result))
_values_of: Final[Callable[[Result], tuple[Any, ...]]] = attrgetter(*_FIELDS)
_INPUTS: Final = _FIELDS.index("inputs")
_PARAMETERS: Final = _FIELDS.index("parameters")
_DATES: Final = tuple(_FIELDS.index(name) for name in ("as_of", "event_date", "decision_date"))
#: Tuples of immutable, hashable attrs values (citations, notes, unmet conditions): replaced by
#: one shared tuple of equal value per chunk.
_SHARED: Final = tuple(_FIELDS.index(name) for name in ("citations", "notes", "reasons"))
#: Whether ``Result(*values)`` builds a result from its field values (every field an ``__init__``
#: argument in order, with no converter or validator): the quicker of the two ways.
_POSITIONAL: Final = all(
    field.init and not field.kw_only and field.converter is None and field.validator is None
    for field in attrs.fields(Result)
)

#: Per class of inputs: its fields' values as a tuple (``None``: not a slotted attrs class,
#: whose inputs are then sent as they are).
_state_getters: dict[type, Callable[[object], tuple[Any, ...]] | None] = {}


def _state_getter(kind: type) -> Callable[[object], tuple[Any, ...]] | None:
    if kind in _state_getters:
        return _state_getters[kind]
    getter: Callable[[object], tuple[Any, ...]] | None = None
    names = tuple(field.name for field in attrs.fields(kind)) if attrs.has(kind) else ()
    if names and "__slots__" in kind.__dict__ and hasattr(kind, "__setstate__"):
        get = attrgetter(*names)
        getter = get if len(names) > 1 else lambda obj: (get(obj),)
    _state_getters[kind] = getter
    return getter


def _column(values: Sequence[Any]) -> Column:
    """``values`` as a column: the one object they all are, else the values themselves.

    ``count`` compares by identity first, so a column of ``None`` or of one shared object costs
    one C-level pass; equal but distinct objects (``Decimal("5.0")`` and ``Decimal("5.00")``) are
    never taken for one: the identity of each is checked before the column is sent as one."""
    first = values[0]
    count = len(values)
    if values.count(first) == count and (first is None or all(map(is_, values, repeat(first, count)))):
        return True, first
    return False, values


def _shared(values: Iterable[Any], seen: dict[Any, Any]) -> list[Any]:
    """``values`` with each replaced by the first equal one of the chunk (dates, hashable tuples)."""
    keep = seen.setdefault
    return [keep(value, value) for value in values]


def _shared_dates(values: Sequence[Any], seen: dict[Any, Any]) -> Sequence[Any]:
    """Dates replaced by the first equal date of the chunk; a column of anything else as it is
    (a ``datetime`` equals no ``date``, but a column mixing them is left alone all the same)."""
    if all(type(value) is dt.date or value is None for value in values):
        return _shared(values, seen)
    return values


def pack(outcomes: Sequence[object]) -> Packed:
    """``outcomes`` (results and errors, in order) in the compact form :func:`unpack` reads."""
    results = [outcome for outcome in outcomes if type(outcome) is Result]
    others = [(place, outcome) for place, outcome in enumerate(outcomes) if type(outcome) is not Result]
    if not results:
        return 0, others, [], None
    columns: list[Sequence[Any]] = list(zip(*map(_values_of, results), strict=True))
    dates: dict[Any, Any] = {}
    for i in _DATES:
        columns[i] = _shared_dates(columns[i], dates)
    for i in _SHARED:
        columns[i] = _shared(columns[i], {})
    # The figures read are shared objects (``use_of``): the same tuple of them is sent once. The
    # key is their identities, kept alive by the tuple stored, so none can be reused meanwhile.
    uses: dict[tuple[int, ...], Any] = {}
    columns[_PARAMETERS] = [uses.setdefault(tuple(map(id, read)), read) for read in columns[_PARAMETERS]]
    inputs = columns[_INPUTS]
    kind = type(inputs[0])
    getter = _state_getter(kind)
    by_field: tuple[type, list[Column]] | None = None
    if getter is not None and all(type(value) is kind for value in inputs):
        fields = [_shared_dates(column, dates) for column in zip(*map(getter, inputs), strict=True)]
        by_field = kind, [_column(column) for column in fields]
    packed: list[Column | None] = [
        None if i == _INPUTS and by_field is not None else _column(column) for i, column in enumerate(columns)
    ]
    return len(results), others, packed, by_field


def _expanded(column: Column, count: int) -> Iterable[Any]:
    same, values = column
    return repeat(values, count) if same else values


def _new(kind: type[Any], state: tuple[Any, ...]) -> Any:
    """An instance of the slotted attrs class ``kind`` with the fields ``state``, as pickle builds
    one (its values were checked when it was first built)."""
    built: Any = object.__new__(kind)
    built.__setstate__(state)
    return built


def _result(values: tuple[Any, ...]) -> Result:
    built: Any = Result.__new__(Result)
    built.__setstate__(values)  # attrs' own, as pickle calls it
    return built  # type: ignore[no-any-return]


def unpack(packed: Packed) -> list[Any]:
    """The outcomes :func:`pack` was given, in order, results built again with equal fields."""
    count, others, columns, inputs = packed
    results: list[Any] = []
    if count:
        fields: list[Iterable[Any]] = [() if column is None else _expanded(column, count) for column in columns]
        if inputs is not None:
            kind, states = inputs
            fields[_INPUTS] = map(
                _new, repeat(kind, count), zip(*(_expanded(column, count) for column in states), strict=True)
            )
        results = list(map(Result, *fields)) if _POSITIONAL else list(map(_result, zip(*fields, strict=True)))
    if not others:
        return results
    outcomes: list[Any] = []
    rest = iter(results)
    for place, other in others:
        outcomes += islice(rest, place - len(outcomes))
        outcomes.append(other)
    outcomes += rest
    return outcomes
