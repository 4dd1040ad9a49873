"""Read-only containers: what a result, an input or a figure of the law holds cannot be changed.

A :class:`Row` is a mapping and an :class:`Items` a tuple; each equals the ``dict`` or ``list`` with
the same items, so that a result compares and writes out as before, while ``row[k] = v`` or
``items.append(x)`` is an error. :func:`law_value` makes a figure of the law read-only once, when it
is declared: every result that reads it then holds the law's own value without being able to change it.
:func:`record_repr` is the text of a record of the core (an attrs class), written once for all of them.
"""

import datetime as dt
import threading
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any, TypeVar

import attrs

__all__ = ["Items", "Row", "law_value", "read_only", "record_repr"]

T = TypeVar("T")

#: Values that :func:`read_only` returns as they are, known by their exact type (no ABC check).
_PLAIN_VALUES = frozenset({Decimal, str, int, bool, type(None), dt.date, dt.datetime})
#: A row's money columns when it has none.
_NO_MONEY: frozenset[str] = frozenset()


class Row(Mapping[str, Any]):
    """A read-only row of ``breakdown``, ``ranking`` or ``calendar``: a mapping that cannot be
    changed after the fact (``row[k] = v`` is a ``TypeError``); nested rows and lists are read-only
    too. It equals a dict with the same items.

    ``money`` names the keys whose values are amounts in yuan, as the calculator declared its
    columns (:class:`~.money.Money`): the JSON of the row writes them with two decimals. Rows
    nested in it share the same declaration."""

    __slots__ = ("_data", "_money")

    def __init__(self, data: Mapping[str, Any], money: frozenset[str] = _NO_MONEY) -> None:
        plain = _PLAIN_VALUES
        self._money = money
        # A row of plain values (a loan's run of days, a bank's scores) is copied as it is, its
        # values' types checked in one pass.
        if type(data) is dict and plain.issuperset(map(type, data.values())):
            self._data = data.copy()
        else:
            self._data = {
                key: value if type(value) in plain else read_only(value, money) for key, value in data.items()
            }

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"Row({self._data!r})"


class Items(tuple[Any, ...]):
    """A read-only list inside a row: a tuple that equals a list with the same items."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, list):
            return tuple(self) == tuple(other)
        return tuple.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = tuple.__hash__


def read_only(value: Any, money: frozenset[str] = _NO_MONEY) -> Any:
    """``value`` with every mapping a :class:`Row` and every list an :class:`Items`; ``money``
    names the keys of its rows (at any depth) whose values are money."""
    kind = type(value)
    if kind in _PLAIN_VALUES:
        return value
    if kind is dict:
        return Row(value, money)
    if kind is list or kind is tuple:
        # A list of rows (a year's runs of days) is the common case: each row built without a call.
        return Items([Row(item, money) if type(item) is dict else read_only(item, money) for item in value])
    if isinstance(value, Row | Items):
        return value
    if isinstance(value, Mapping):
        return Row(value, money)
    if isinstance(value, (list, tuple)):
        return Items(read_only(item, money) for item in value)
    return value


def law_value(value: T) -> T:
    """A figure of the law, read-only: its tables :class:`Row` mappings, its lists tuples and its
    sets frozensets, at every depth (its records are frozen ``attrs`` classes already)."""
    made: Any = value
    kind = type(value)
    if kind in _PLAIN_VALUES or kind is Row or kind is frozenset:
        return value
    if isinstance(value, Mapping):
        made = Row({key: law_value(item) for key, item in value.items()})
    elif isinstance(value, (list, tuple)):
        items = tuple(law_value(item) for item in value)
        made = value if kind is tuple and all(a is b for a, b in zip(items, value, strict=True)) else items
    elif isinstance(value, set):
        made = frozenset(value)
    return made  # type: ignore[no-any-return]


#: The records being written by :func:`record_repr` in this thread (a record met again inside itself).
_WRITING = threading.local()


def record_repr(self: "attrs.AttrsInstance") -> str:
    """The ``__repr__`` of a record of the core (``@attrs.frozen(repr=False)``, then ``__repr__ =
    record_repr``): the text attrs would generate, ``Name(field=value, ...)`` with the fields attrs
    shows and ``...`` for a record met again inside itself, from one function rather than from code
    that attrs compiles for each class when the module is imported."""
    try:
        writing: set[int] = _WRITING.ids
    except AttributeError:
        writing = _WRITING.ids = set()
    if id(self) in writing:
        return "..."
    writing.add(id(self))
    try:
        shown = ", ".join(
            f"{field.name}={(repr if field.repr is True else field.repr)(getattr(self, field.name, attrs.NOTHING))}"
            for field in attrs.fields(type(self))
            if field.repr is not False
        )
        return f"{type(self).__qualname__.rsplit('>.', 1)[-1]}({shown})"
    finally:
        writing.discard(id(self))
