"""A chunk of outcomes in a compact form, for the way back from a worker process.

Pickled one by one, a flat :class:`~.result.Result` costs about as much to send and to receive
as to compute: each result, its typed inputs and every figure of the law it read
(:class:`~.provenance.ParameterUse`, built afresh by each evaluation) go through the generic
``__reduce_ex__``/``__setstate__`` of attrs, field by field, on both sides.

:func:`pack` turns a chunk into plain tuples instead: a result's field values in field order, its
inputs as ``(class, field values)``, and every value that repeats across the chunk (the figures
read, their citations, the dates, the notes and the unmet conditions) replaced by one shared object
of equal value, so that pickle's memo sends each once per chunk and the caller builds it once.
:func:`unpack` builds the results again, equal field for field (``==``, ``to_dict()`` and ``str()``
are those of the results packed). An outcome that is not a result (an ``InputError``) travels as
itself.
"""

import datetime as dt
from collections.abc import Callable, Sequence
from operator import attrgetter
from typing import Any, Final

import attrs

from .result import Result

__all__ = ["Packed", "pack", "unpack"]

#: A packed chunk: per outcome, either a tuple of a result's field values or the outcome itself.
Packed = list[object]

_FIELDS: Final = tuple(field.name for field in attrs.fields(Result))
_values_of: Final[Callable[[Result], tuple[Any, ...]]] = attrgetter(*_FIELDS)
_INPUTS: Final = _FIELDS.index("inputs")
_PARAMETERS: Final = _FIELDS.index("parameters")
_AS_OF: Final = _FIELDS.index("as_of")
_EVENT_DATE: Final = _FIELDS.index("event_date")
_DECISION_DATE: Final = _FIELDS.index("decision_date")
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
#: pickled as it is).
_state_getters: dict[type, Callable[[object], tuple[Any, ...]] | None] = {}


def _state_getter(kind: type) -> Callable[[object], tuple[Any, ...]] | None:
    if kind in _state_getters:
        return _state_getters[kind]
    getter: Callable[[object], tuple[Any, ...]] | None = None
    if attrs.has(kind) and "__slots__" in kind.__dict__ and hasattr(kind, "__setstate__"):
        names = tuple(field.name for field in attrs.fields(kind))
        get = attrgetter(*names)
        getter = get if len(names) > 1 else lambda obj: (get(obj),)
    _state_getters[kind] = getter
    return getter


def pack(outcomes: Sequence[object]) -> Packed:
    """``outcomes`` (results and errors, in order) in the compact form :func:`unpack` reads.

    A result becomes the tuple of its field values followed by the class of its inputs, whose
    place holds their own field values (or the inputs themselves and ``None`` when they are not a
    slotted attrs class)."""
    dates: dict[dt.date, dt.date] = {}
    shared: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    uses: dict[tuple[int, ...], tuple[Any, ...]] = {}
    packed: Packed = []
    append = packed.append
    for outcome in outcomes:
        if type(outcome) is not Result:
            append(outcome)
            continue
        values = list(_values_of(outcome))
        for i in (_AS_OF, _EVENT_DATE, _DECISION_DATE):
            day = values[i]
            if type(day) is dt.date:
                values[i] = dates.setdefault(day, day)
        for i in _SHARED:
            items = values[i]
            if items:
                values[i] = shared.setdefault(items, items)
        # The figures read are shared objects (``use_of``): the same tuple of them is sent once.
        # The key is their identities, kept alive by the tuple stored, so none can be reused.
        read = values[_PARAMETERS]
        values[_PARAMETERS] = uses.setdefault(tuple(map(id, read)), read)
        inputs = values[_INPUTS]
        kind = type(inputs)
        getter = _state_getter(kind) if inputs is not None else None
        if getter is None:
            values.append(None)
        else:
            state = getter(inputs)
            values[_INPUTS] = tuple(dates.setdefault(v, v) if type(v) is dt.date else v for v in state)
            values.append(kind)
        append(tuple(values))
    return packed


def unpack(packed: Packed) -> list[Any]:
    """The outcomes :func:`pack` was given, results built again with equal fields."""
    outcomes: list[Any] = []
    append = outcomes.append
    at = _INPUTS
    positional = _POSITIONAL
    for item in packed:
        if type(item) is not tuple:
            append(item)
            continue
        kind = item[-1]
        if kind is None:
            values = item[:-1]
        else:
            inputs = kind.__new__(kind)
            inputs.__setstate__(item[at])
            values = (*item[:at], inputs, *item[at + 1 : -1])
        if positional:
            append(Result(*values))
        else:
            result: Any = Result.__new__(Result)
            result.__setstate__(values)  # attrs' own, as pickle calls it
            append(result)
    return outcomes
