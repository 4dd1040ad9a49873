"""Provenance: the figures of the law a result read, and its inputs as plain JSON data.

A stored result must say, years later, which law produced it: the library's version, every
figure it read (value, the days that value was in force, the provision that sets it, and
whether a what-if replaced it), and the payload as the library read it, enough to evaluate
it again (``qc.verify``).
"""

import datetime as dt
import sys
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from .fields import payload_name
from .frozen import Items, record_repr
from .law import Citation
from .money import fmt_decimal

if TYPE_CHECKING:  # created with the first document loaded (see .law)
    from .dated import Valued

__all__ = ["ParameterUse", "library", "normalised", "plain", "use_of"]


def library() -> str:
    """``"qinzhou-calc 0.2.0"``: the package and version that computed a result."""
    global _library  # noqa: PLW0603 - written once, when the package's version is first known
    if _library is None:
        version = getattr(sys.modules.get(__name__.split(".", 1)[0]), "__version__", None)
        if version is None:  # read while the package is still being imported: not kept
            return "qinzhou-calc unknown"
        _library = f"qinzhou-calc {version}"
    return _library


_library: str | None = None


def plain(value: object) -> Any:
    """A parameter's value as JSON data: decimals as text, sets as sorted lists, records as objects."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, Decimal):
        return fmt_decimal(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (frozenset, set)):
        return sorted(plain(v) for v in value)
    if isinstance(value, Mapping):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if attrs.has(type(value)):
        return {name: plain(getattr(value, name)) for name in attrs.fields_dict(type(value))}  # type: ignore[arg-type]
    raise TypeError(f"{type(value).__name__} is not a value of the law")


def normalised(inputs: object) -> Any:
    """Typed inputs as the payload that gives them again: payload keys, decimals as text, dates ISO."""
    kind = type(inputs)
    # The values every payload is made of, by their exact type, first (every result's to_dict()
    # writes its inputs out field by field).
    if kind is str or kind is int or kind is bool or inputs is None:
        return inputs
    if type(inputs) is Decimal:  # type(): narrowed for the type checker
        return fmt_decimal(inputs)
    if type(inputs) is dt.date:
        return inputs.isoformat()
    if type(inputs) is Items or type(inputs) is list or type(inputs) is tuple:
        return [normalised(v) for v in inputs]
    keys = _PAYLOAD_KEYS.get(kind)
    if keys is None and attrs.has(kind):
        fields = attrs.fields_dict(kind)
        keys = _PAYLOAD_KEYS[kind] = tuple((name, payload_name(field)) for name, field in fields.items())
    if keys is not None:
        return {key: normalised(getattr(inputs, name)) for name, key in keys}
    if isinstance(inputs, Decimal):
        return fmt_decimal(inputs)
    if isinstance(inputs, (dt.date, dt.datetime)):
        return inputs.isoformat()
    if isinstance(inputs, Mapping):
        return {str(k): normalised(v) for k, v in inputs.items()}
    if isinstance(inputs, (list, tuple, frozenset, set)):
        return [normalised(v) for v in inputs]
    return inputs


#: Per attrs class of inputs: each field's attribute name and payload key, found once.
_PAYLOAD_KEYS: dict[type, tuple[tuple[str, str], ...]] = {}


def copier(data: Any) -> Callable[[], Any]:
    """A function giving a fresh copy of the JSON data ``data`` on each call: every dict and list
    new (a caller may change them), texts and numbers shared (they cannot change). The copy's
    shape is found once, so that copying costs a ``dict.copy`` per dict, not a walk by type."""
    kind = type(data)
    if kind is not dict and kind is not list:
        return lambda: data
    if kind is list and data and all(type(item) is dict and _flat(item) for item in data):
        return lambda: [item.copy() for item in data]
    places = data.items() if kind is dict else enumerate(data)
    nested = [(place, copier(value)) for place, value in places if type(value) is dict or type(value) is list]
    if not nested:
        return data.copy  # type: ignore[no-any-return]

    def fresh() -> Any:
        made = data.copy()
        for place, copy in nested:
            made[place] = copy()
        return made

    return fresh


def _flat(data: dict[Any, Any]) -> bool:
    return not any(type(value) is dict or type(value) is list for value in data.values())


class _JsonForm:
    """Where a figure as read keeps the copier of its JSON form (a slot outside its attrs fields:
    not compared, shown, pickled or copied by ``attrs.evolve``)."""

    __slots__ = ("_json",)
    _json: Callable[[], dict[str, Any]]


@attrs.frozen(repr=False)
class ParameterUse(_JsonForm):
    """A figure of the law as a result read it: value, its days in force, citation, and whether a
    what-if replaced it."""

    name: str
    value: object
    since: dt.date
    until: dt.date | None
    citation: Citation
    overridden: bool = False
    __repr__ = record_repr

    def to_dict(self) -> dict[str, Any]:
        """``{"name", "value", "since", "until", "citation", "overridden"}``, a fresh copy on every
        call. The figure as the law sets it is a constant of the law, shared by every result that
        reads it (:func:`use_of`): its JSON form is built once. A what-if's is built on each call."""
        try:
            return self._json()
        except AttributeError:
            data = {
                "name": self.name,
                "value": plain(self.value),
                "since": self.since.isoformat(),
                "until": None if self.until is None else self.until.isoformat(),
                "citation": self.citation.to_dict(),
                "overridden": self.overridden,
            }
            if self.overridden:
                return data
            copy = copier(data)
            object.__setattr__(self, "_json", copy)
            return copy()  # type: ignore[no-any-return]

    def short(self) -> str:
        """``name = value`` for a single figure, the name alone for a table."""
        value = plain(self.value)
        mark = "（假设）" if self.overridden else ""
        if isinstance(value, (str, int)) and not isinstance(value, bool):
            return f"{self.name} = {value}{mark}"
        return f"{self.name}{mark}"


#: The :class:`ParameterUse` of each dated value of the law, built once: every evaluation that
#: reads a figure as the law sets it shares one object (a batch sent between processes then sends
#: it once per chunk). Keyed by the value's identity; the entry holds the value, so the identity
#: cannot be reused while it lives. Figures built on the fly (a what-if's) are not kept.
_USES: "dict[int, tuple[Valued[Any], ParameterUse]]" = {}
#: Entries kept at most: far above the law's few hundred dated values; reached only by a program
#: that builds parameters of its own in a loop, whose entries then start again.
_MOST_USES = 4096


def use_of(name: str, valued: "Valued[Any]", overridden: bool = False) -> ParameterUse:
    """The figure ``name`` as read: ``valued`` with its days in force and citation."""
    if overridden:
        return ParameterUse(name, valued.value, valued.since, valued.until, valued.citation, True)
    entry = _USES.get(id(valued))
    if entry is not None and entry[0] is valued and entry[1].name == name:
        return entry[1]
    use = ParameterUse(name, valued.value, valued.since, valued.until, valued.citation)
    if len(_USES) >= _MOST_USES:
        _USES.clear()
    _USES[id(valued)] = (valued, use)
    return use
