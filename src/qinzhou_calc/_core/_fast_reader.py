"""A compiled reader per input class: the payload read and checked in one pass.

For each attrs input class a reader is generated once (Python source, compiled with ``exec``, as
cattrs' own ``make_dict_structure_fn`` does): straight-line code that checks the keys, reads each
field as the full walk's readers do (:func:`~.money.parse_number`, :func:`~.inputs.read_date`, the
bounds of ``Annotated`` kinds, the choices of a ``Literal`` ...; the common values by a short path
that gives exactly what those readers give, and anything else by the readers themselves), counts
the values against the payload limits, and builds the class, slot by slot where its validators
would only check again what the readers checked (see :func:`_slots`).

It takes only the plain road: a ``dict`` whose keys are all fields, lists and tuples, values each
reader accepts. At the first thing off that road (an unknown or missing key, a bad value, a mapping
of another type, a list too long, a payload over the value budget) it gives up, and the full walk
(:func:`~._structuring.structure_payload`, cattrs) reads the payload again: the full walk alone
reports problems, with every field path. So the two accept the same payloads and build equal
inputs (``tests/core/test_fast_reader.py`` checks it on every calculator with Hypothesis).
"""

import datetime as dt
import functools
import operator
import re
import types
import typing
from collections.abc import Callable
from decimal import Decimal
from typing import Annotated, Any, Literal, TypeVar, Union

import attrs

from .frozen import Items, Row
from .inputs import (
    MAX_DEPTH,
    MAX_ITEMS,
    MAX_NODES,
    MAX_TEXT,
    DateOrDateTime,
    Ge,
    Gt,
    Le,
    MaxLen,
    Pattern,
    check_bounds,
    check_length,
    payload_name,
    read_bool,
    read_date,
    read_date_or_datetime,
    read_datetime,
    read_int,
    read_str,
    spec_validator,
)
from .money import MAX_ABS, parse_number
from .plain import plain_scalar

__all__ = ["Fallback", "compiled_reader", "read_payload"]

T = TypeVar("T")

#: A value read on its own: ``reader(value) -> value``.
Scalar = Callable[[object], object]
#: A container read with the payload's value budget: ``reader(value, budget) -> value``.
Container = Callable[[object, list[int]], object]


class Fallback(Exception):  # noqa: N818 - a signal, never seen outside this module
    """The payload is off the plain road: the full walk reads it (and reports what is wrong)."""


# --- the common values, read in a few operations ---------------------------------------------------
#
# Each fast reader below gives exactly what the full reader gives, or hands the value to it.

#: Plain decimal text of at most 15 integer digits and 30 decimals, "-" allowed ("+" is not): a
#: subset of money.NUMBER_TEXT, so parse_number reads it with ``Decimal(value)``, and its magnitude
#: (below 10^15) and exponent (at least -30) are within parse_number's bounds without looking.
_SIMPLE_DECIMAL = re.compile(r"-?[0-9]{1,15}(?:\.[0-9]{1,30})?").fullmatch
_WHOLE_LIMIT = 10 ** (MAX_ABS.adjusted())  # 10^15: parse_number's bound for an int
_ZERO = Decimal(0)


def read_decimal(value: object) -> Decimal:
    """:func:`~.money.parse_number`, with short paths for plain text and a plain ``int``."""
    if type(value) is str and _SIMPLE_DECIMAL(value):
        number = Decimal(value)  # exact, whatever the context
        return number if number else _ZERO  # parse_number: every zero ("-0.00" too) is Decimal(0)
    if type(value) is int and -_WHOLE_LIMIT < value < _WHOLE_LIMIT:
        return Decimal(value) if value else _ZERO
    return parse_number(value)


#: The shape of a date: inputs.DATE_PATTERN is this shape with a valid year (0001–9999), month
#: and day, which are exactly what ``date.fromisoformat`` checks of such a text.
_DATE_SHAPE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}").fullmatch
_FROM_ISO = dt.date.fromisoformat


def read_plain_date(value: object) -> dt.date:
    """:func:`~.inputs.read_date`, with a short path for a day of the calendar written 'YYYY-MM-DD'."""
    if type(value) is str and _DATE_SHAPE(value):
        try:
            return _FROM_ISO(value)
        except ValueError:
            pass  # not a day of the calendar (2019-02-29, 0000-01-01): read_date says so
    return read_date(value)


def read_text(value: object) -> str:
    """:func:`~.inputs.read_str`."""
    if type(value) is str and len(value) <= MAX_TEXT:
        return value
    return read_str(value)


_SCALARS: dict[Any, Scalar] = {
    Decimal: read_decimal,
    int: read_int,
    bool: read_bool,
    str: read_text,
    dt.date: read_plain_date,
    dt.datetime: read_datetime,
}


def _literal(choices: tuple[object, ...]) -> Scalar:
    allowed = frozenset(choices)

    def read_literal(value: object) -> object:
        # The full walk's test: a choice, never a boolean (True == 1), and only text or whole numbers.
        value = plain_scalar(value)
        if isinstance(value, bool) or not isinstance(value, (str, int)) or value not in allowed:
            raise Fallback
        return value

    return read_literal


def _annotated(base: Scalar, bounds: tuple[object, ...]) -> Scalar:
    numeric = _numeric_bounds(base, bounds)
    if numeric is not None:
        return numeric
    lengths = any(isinstance(bound, MaxLen) for bound in bounds)

    def read_bounded(value: object) -> object:
        if lengths:
            check_length(value, bounds)
        result = base(value)
        check_bounds(result, bounds)
        return result

    return read_bounded


def _numeric_bounds(base: Scalar, bounds: tuple[object, ...]) -> Scalar | None:
    """A number's bounds as direct comparisons (check_bounds' own), for the readers of numbers.

    Only for :func:`read_decimal` and :func:`~.inputs.read_int`, which give an exact ``Decimal`` or
    ``int``; a value out of bounds goes to the full walk, which says which bound it breaks.
    """
    if base is not read_decimal and base is not read_int:
        return None
    if any(not isinstance(bound, (Ge, Gt, Le)) for bound in bounds):
        return None  # a MaxLen would be checked on the text before it is read
    lows = [(bound.bound, isinstance(bound, Gt)) for bound in bounds if isinstance(bound, (Ge, Gt))]
    highs = [bound.bound for bound in bounds if isinstance(bound, Le)]
    if len(lows) == 1 and not highs:
        ((low, strict),) = lows
        if strict:

            def read_above(value: object) -> object:
                number = base(value)
                if number <= low:
                    raise Fallback
                return number

            return read_above

        def read_at_least(value: object) -> object:
            number = base(value)
            if number < low:
                raise Fallback
            return number

        return read_at_least

    def read_within(value: object) -> object:
        number = base(value)
        for low, strict in lows:
            if number < low or (strict and number == low):
                raise Fallback
        for high in highs:
            if number > high:
                raise Fallback
        return number

    return read_within


def _annotated_container(base: Container, bounds: tuple[object, ...]) -> Container:
    def read_bounded(value: object, budget: list[int]) -> object:
        check_length(value, bounds)
        result = base(value, budget)
        check_bounds(result, bounds)
        return result

    return read_bounded


def _optional(inner: tuple[bool, Callable[..., object]]) -> tuple[bool, Callable[..., object]]:
    container, read = inner
    if container:

        def read_optional_container(value: object, budget: list[int]) -> object:
            return None if value is None else read(value, budget)

        return True, read_optional_container

    def read_optional(value: object) -> object:
        return None if value is None else read(value)

    return False, read_optional


def _sequence(item: tuple[bool, Callable[..., object]]) -> Container:
    """A list or tuple, read as :class:`~.frozen.Items` (read-only; equal to the list it was)."""
    container, read = item

    def read_sequence(value: object, budget: list[int]) -> object:
        if type(value) is not list and type(value) is not tuple:
            raise Fallback
        if len(value) > MAX_ITEMS:
            raise Fallback
        budget[0] -= len(value)
        if budget[0] < 0:
            raise Fallback
        return Items(
            [read(element, budget) for element in value] if container else [read(element) for element in value]
        )

    return read_sequence


def _mapping(item: tuple[bool, Callable[..., object]], key: Callable[[str], object] | None) -> Container:
    """An object keyed by text (the calendar's years, each key matched by ``key``), every value read by ``item``."""
    container, read = item

    def read_mapping(value: object, budget: list[int]) -> object:
        if type(value) is not dict or len(value) > MAX_ITEMS or any(type(name) is not str for name in value):
            raise Fallback
        if key is not None and not all(map(key, value)):
            raise Fallback
        budget[0] -= len(value)
        if budget[0] < 0:
            raise Fallback
        if container:
            return Row({key: read(element, budget) for key, element in value.items()})
        return Row({key: read(element) for key, element in value.items()})

    return read_mapping


def _key_pattern(tp: Any) -> Callable[[str], object] | None:
    """The full match of the one :class:`~.inputs.Pattern` of a key type ``Annotated[str, Pattern(...)]``."""
    if typing.get_origin(tp) is not Annotated:
        return None
    base, *constraints = typing.get_args(tp)
    if base is not str or len(constraints) != 1 or not isinstance(constraints[0], Pattern):
        return None
    return re.compile(constraints[0].pattern, re.ASCII).fullmatch


class _Compiler:
    """Builds the readers of one class and of the classes inside it (each once)."""

    def __init__(self) -> None:
        self.classes: dict[type[Any], Container | None] = {}
        self.depths: dict[Any, int] = {}

    def reader(self, tp: Any) -> tuple[bool, Callable[..., object]] | None:
        """``(is a container, reader)`` for the type ``tp``, or ``None`` when it is not supported."""
        scalar = _SCALARS.get(tp)
        if scalar is not None:
            return False, scalar
        if tp == DateOrDateTime:
            return False, read_date_or_datetime
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin is Literal:
            return False, _literal(args)
        if origin is Annotated:
            inner = self.reader(args[0])
            if inner is None:
                return None
            if inner[0]:
                return True, _annotated_container(inner[1], tuple(args[1:]))
            return False, _annotated(inner[1], tuple(args[1:]))
        if origin in (Union, types.UnionType) and type(None) in args:
            rest = tuple(a for a in args if a is not type(None))
            inner_type: Any = rest[0] if len(rest) == 1 else functools.reduce(operator.or_, rest)
            inner = self.reader(inner_type)
            return None if inner is None else _optional(inner)
        if origin in (list, tuple) and args and (origin is list or (len(args) == 2 and args[1] is Ellipsis)):
            item = self.reader(args[0])
            return None if item is None else (True, _sequence(item))
        if origin is dict and len(args) == 2 and (args[0] is str or _key_pattern(args[0]) is not None):
            value = self.reader(args[1])
            return None if value is None else (True, _mapping(value, _key_pattern(args[0])))
        if isinstance(tp, type) and attrs.has(tp):
            read_class = self.compile(tp)
            return None if read_class is None else (True, read_class)
        return None

    def depth(self, tp: Any, seen: frozenset[Any] = frozenset()) -> int:
        """How deep a payload of type ``tp`` nests (a scalar is 0); a class inside itself is too deep."""
        if tp in seen:
            return MAX_DEPTH + 1
        if isinstance(tp, type) and attrs.has(tp):
            inner = [self.depth(f.type, seen | {tp}) for f in attrs.fields(tp)]
            return 1 + max(inner, default=0)
        origin = typing.get_origin(tp)
        args = [a for a in typing.get_args(tp) if a is not Ellipsis and a is not type(None)]
        if origin in (list, tuple, dict):
            return 1 + max((self.depth(a, seen) for a in args), default=0)
        if origin is Annotated:
            return self.depth(args[0], seen)
        if origin in (Union, types.UnionType):
            return max((self.depth(a, seen) for a in args), default=0)
        return 0

    def compile(self, cls: type[Any]) -> Container | None:
        if cls in self.classes:
            return self.classes[cls]
        self.classes[cls] = None  # a class inside itself has no compiled reader
        fields = attrs.fields(cls)
        slots = _slots(cls)
        namespace: dict[str, Any] = {"Fallback": Fallback, "cls": cls, "new": object.__new__, "KEYS": None}
        lines = [
            "def read(value, budget):",
            "    if type(value) is not dict or not value.keys() <= KEYS:",
            "        raise Fallback",
            "    budget[0] -= len(value)",
            "    if budget[0] < 0:",
            "        raise Fallback",
            "    self = new(cls)" if slots is not None else "    kwargs = {}",
        ]
        keys = []
        for index, field in enumerate(fields):
            if not field.init or isinstance(field.type, str) or field.type is None:
                return None
            found = self.reader(field.type)
            if found is None:
                return None
            container, read = found
            key = payload_name(field)
            keys.append(key)
            namespace[f"read_{index}"] = read
            call = f"read_{index}(value[{key!r}], budget)" if container else f"read_{index}(value[{key!r}])"
            if slots is not None:
                # Straight into the slot: the value comes from the reader of the field's type,
                # which checks what the field's validator checks (see _slots).
                namespace[f"set_{index}"] = slots[field.name]
                inline = _inline(field.type, index, namespace)
                if inline is None:
                    if field.default is attrs.NOTHING:
                        lines.append(f"    set_{index}(self, {call})")
                    else:
                        namespace[f"default_{index}"] = field.default
                        lines.append(f"    set_{index}(self, {call} if {key!r} in value else default_{index})")
                    continue
                indent = "    "
                if field.default is not attrs.NOTHING:
                    namespace[f"default_{index}"] = field.default
                    lines.append(f"    if {key!r} in value:")
                    indent = "        "
                lines.append(f"{indent}v = value[{key!r}]")
                lines.extend(indent + line for line in inline)
                if field.default is not attrs.NOTHING:
                    lines.append("    else:")
                    lines.append(f"        n = default_{index}")
                lines.append(f"    set_{index}(self, n)")
                continue
            argument = field.alias if getattr(field, "alias", None) else field.name.lstrip("_")
            if field.default is attrs.NOTHING:
                lines.append(f"    kwargs[{argument!r}] = {call}")
            else:
                lines.append(f"    if {key!r} in value:")
                lines.append(f"        kwargs[{argument!r}] = {call}")
        lines.append("    return self" if slots is not None else "    return cls(**kwargs)")
        namespace["KEYS"] = frozenset(keys)
        exec(compile("\n".join(lines), f"<qinzhou-calc compiled reader {cls.__qualname__}>", "exec"), namespace)
        reader: Container = namespace["read"]
        self.classes[cls] = reader
        return reader


def _inline(tp: Any, index: int, namespace: dict[str, Any]) -> list[str] | None:
    """Lines that read ``v`` into ``n`` for a field of a plain kind (``None``: the field's reader is called).

    The common values are read in place, as :func:`read_decimal`, :func:`~.inputs.read_int`,
    :func:`read_plain_date`, :func:`~.inputs.read_bool`, :func:`read_text` and ``_literal`` read them
    (with the field's numeric bounds as comparisons, as ``_numeric_bounds`` makes them); anything
    else goes to ``read_<index>``, the field's reader, whatever it is (``None`` of an optional field
    included). A date text that is no day of the calendar raises ``ValueError``: the full walk then
    reads the payload and reports it.
    """
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        rest = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(rest) != 1:
            return None
        tp = rest[0]
        origin = typing.get_origin(tp)
    bounds: tuple[object, ...] = ()
    if origin is Annotated:
        tp, *more = typing.get_args(tp)
        bounds = tuple(more)
        if any(not isinstance(bound, (Ge, Gt, Le)) for bound in bounds):
            return None
    if not bounds:
        plain = _inline_plain(tp, index, namespace)
        if plain is not None:
            return [plain]
    if tp is Decimal:
        namespace.setdefault("SIMPLE", _SIMPLE_DECIMAL)
        namespace.setdefault("Decimal", Decimal)
        namespace.setdefault("ZERO", _ZERO)
        lines = ["if type(v) is str and SIMPLE(v):", "    n = Decimal(v) or ZERO"]  # a zero is Decimal(0)
    elif tp is int:
        # read_int gives a plain int as it is, when its magnitude is below 10^15.
        namespace.setdefault("WHOLE", _WHOLE_LIMIT)
        lines = ["if type(v) is int and -WHOLE < v < WHOLE:", "    n = v"]
    else:
        return None
    for number, bound in enumerate(bounds):
        assert isinstance(bound, (Ge, Gt, Le))
        name = f"bound_{index}_{number}"
        namespace[name] = bound.bound
        test = {Ge: "n < ", Gt: "n <= ", Le: "n > "}[type(bound)]
        lines += [f"    if {test}{name}:", "        raise Fallback"]
    lines += ["else:", f"    n = read_{index}(v)"]
    return lines


def _inline_plain(tp: Any, index: int, namespace: dict[str, Any]) -> str | None:
    """One line for a date, a boolean, a text or a choice: the short path of its reader, else the reader."""
    if tp is dt.date:
        namespace.setdefault("DATE_SHAPE", _DATE_SHAPE)
        namespace.setdefault("FROM_ISO", _FROM_ISO)
        return f"n = FROM_ISO(v) if type(v) is str and DATE_SHAPE(v) else read_{index}(v)"
    if tp is bool:  # read_bool
        return f"n = v if type(v) is bool else read_{index}(v)"
    if tp is str:  # read_text
        namespace.setdefault("MAX_TEXT", MAX_TEXT)
        return f"n = v if type(v) is str and len(v) <= MAX_TEXT else read_{index}(v)"
    if typing.get_origin(tp) is Literal:  # _literal: a choice, text or a whole number, never a boolean
        namespace[f"choices_{index}"] = frozenset(typing.get_args(tp))
        return f"n = v if (type(v) is str or type(v) is int) and v in choices_{index} else read_{index}(v)"
    return None


def _slots(cls: type[Any]) -> dict[str, Callable[[object, object], None]] | None:
    """Each field's slot setter, when building ``cls`` field by field is what its ``__init__`` does.

    That is so for a slotted attrs class whose fields are all :func:`~.inputs.spec` fields (their only
    validator is the spec validator, no converter, no ``on_setattr``), with no ``__attrs_pre_init__``,
    ``__attrs_post_init__`` or cached hash, and whose defaults are plain values that pass their
    validator. The ``__init__`` then sets each field and runs the spec validator on it; the compiled
    reader sets each field to what the reader of the field's type gives, and those readers accept
    only what the validator accepts: the same parsers and bounds (``_numeric_bounds``, ``_literal``,
    ``_sequence`` ...), giving values of the field's exact kind. So the check would pass, and is not
    run twice. Otherwise (``None``) the compiled reader calls ``cls(**kwargs)``.
    """
    if any(hasattr(cls, hook) for hook in ("__attrs_pre_init__", "__attrs_post_init__")):
        return None
    if "_attrs_cached_hash" in getattr(cls, "__slots__", ()):
        return None
    setters: dict[str, Callable[[object, object], None]] = {}
    for field in attrs.fields(cls):
        if (
            field.validator is not spec_validator
            or field.converter is not None
            or field.on_setattr not in (None, attrs.setters.NO_OP)
        ):
            return None
        if field.default is not attrs.NOTHING:
            if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
                return None
            try:
                spec_validator(None, field, field.default)
            except Exception:  # noqa: BLE001 - a default that fails its check: __init__ would say so
                return None
        slot = next((klass.__dict__[field.name] for klass in cls.__mro__ if field.name in klass.__dict__), None)
        if type(slot) is not types.MemberDescriptorType:
            return None
        setters[field.name] = slot.__set__
    return setters


_COMPILED: dict[type[Any], Container | None] = {}


def compiled_reader(cls: type[Any]) -> Container | None:
    """The compiled reader of input class ``cls`` (built on first use), or ``None`` where a field's
    type is not one it reads (the full walk then reads every payload of that class)."""
    try:
        return _COMPILED[cls]
    except KeyError:
        pass
    compiler = _Compiler()
    reader = compiler.compile(cls) if compiler.depth(cls) <= MAX_DEPTH else None
    _COMPILED[cls] = reader
    return reader


def read_payload(payload: object, cls: type[T]) -> T:
    """Read ``payload`` into ``cls``: the compiled reader, else the full walk (which reports problems)."""
    reader = _COMPILED.get(cls) if cls in _COMPILED else compiled_reader(cls)
    if reader is not None:
        try:
            # The payload itself is one value of the budget, as in the full walk's count.
            result: T = reader(payload, [MAX_NODES - 1])  # type: ignore[assignment]
        except Exception:  # noqa: BLE001 - off the plain road: the full walk reads it and says why
            pass
        else:
            return result
    # The full walk, and cattrs with it (some 10 ms to import), loads with the first payload off
    # the plain road: a run of good payloads never needs it.
    from ._structuring import structure_payload  # noqa: PLC0415

    return structure_payload(payload, cls)
