"""One field specification per input class, and the typed path's check derived from it.

:func:`fields_of` compiles an input class (an ``attrs`` frozen class of :func:`spec` fields, each of a
kind of :mod:`.kinds`), once, into :class:`Field` s, from which the payload reader (:mod:`.reader`),
the JSON Schema (:mod:`.schema`) and the check each field runs when the class is built in Python (the
typed path) are built: ``ContractRegistrationInput(registered_amount=Decimal("-1"))`` raises
:class:`InputError` (``negative`` at ``registered_amount``). The typed path takes values of their
plain type (``Decimal``, ``int``, ``datetime.date``), never a subclass.
"""

import datetime as dt
import types
import typing
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Annotated, Any, Literal, NamedTuple, Union

import attrs

from . import kinds
from .errors import InputError, Invalid, Problem, english_message
from .frozen import Items, record_repr
from .kinds import read_bool, read_date, read_datetime, read_int, read_moment, read_str
from .money import parse_number
from .plain import EXACT, plain_scalar

__all__ = ["Field", "Kind", "fields_of", "payload_name", "spec"]


@attrs.frozen(repr=False)
class Kind:
    """What a value is: ``tag`` (``decimal``, ``int``, ``bool``, ``str``, ``date``, ``datetime``,
    ``moment`` (a date or a date-time), ``choice``, ``list``, ``map``, ``object``), whether it may be
    ``None``, its ``bounds`` (the markers of its ``Annotated``, in order), its ``choices``, the kind of
    its ``items`` (a list's, or a map's values) and of its ``keys`` (a map's), its class (an object)."""

    tag: str
    optional: bool = False
    bounds: tuple[object, ...] = ()
    choices: tuple[Any, ...] = ()
    items: "Kind | None" = None
    keys: "Kind | None" = None
    cls: Any = None

    __repr__ = record_repr


@attrs.frozen(repr=False)
class Field:
    """One field of an input class: its attribute ``name``, payload ``key``, :class:`Kind`, titles
    (``label`` is the title, else the key), description, examples, the Chinese names of its choices
    and its ``default`` (``attrs.NOTHING``: required)."""

    name: str
    key: str
    kind: Kind
    title: str
    title_en: str
    description: str
    examples: tuple[object, ...]
    choice_names: Mapping[Any, str] | None
    default: Any

    @property
    def label(self) -> str:
        return self.title or self.key

    __repr__ = record_repr


class Scalar(NamedTuple):
    """A plain kind: the Python ``types`` of its typed values (``zh`` / ``en``: what another is told was
    expected), the reader of a value given in a payload, and tests (Python source in ``v``) passed only
    by values that the reader takes, read in place to ``value`` (``given``; ``""``: none), or that the
    typed path's full check takes (``typed``, when not ``given``)."""

    types: tuple[type, ...]
    zh: str
    en: str
    read: Callable[[Any], Any]
    given: str
    typed: str | None = None
    value: str = "v"


_NUMBER = "(type(v) is str and SIMPLE(v)) or (type(v) is int and -WHOLE < v < WHOLE)"
_DAY = "type(v) is str and DATE_SHAPE(v)"
SCALARS = {
    "decimal": Scalar((Decimal,), " Decimal", "a Decimal", parse_number, _NUMBER, "PLAIN(v)", "Decimal(v) or ZERO"),
    "int": Scalar((int,), "整数", "an int", read_int, "type(v) is int and -WHOLE < v < WHOLE"),
    "bool": Scalar((bool,), " true 或 false", "true or false", read_bool, "type(v) is bool"),
    "str": Scalar((str,), "文本", "text", read_str, "type(v) is str and len(v) <= MAX_TEXT"),
    "date": Scalar((dt.date,), "日期（datetime.date）", "a date", read_date, _DAY, "type(v) is DATE", "FROM_ISO(v)"),
    "datetime": Scalar((dt.datetime,), " datetime", "a datetime", read_datetime, "", "type(v) is DATETIME"),
    "moment": Scalar(
        (dt.date, dt.datetime), "日期或日期时间", "a date or a datetime", read_moment, "", "type(v) in MOMENT"
    ),
}
#: The names the tests of :data:`SCALARS` use.
NAMES = {
    "Decimal": Decimal,
    "ZERO": Decimal(0),
    "PLAIN": kinds.plain_decimal,
    "SIMPLE": kinds.SIMPLE_DECIMAL,
    "WHOLE": kinds.MAX_WHOLE,
    "MAX_TEXT": kinds.MAX_TEXT,
    "DATE_SHAPE": kinds.DATE_SHAPE,
    "FROM_ISO": dt.date.fromisoformat,
    "DATE": dt.date,
    "DATETIME": dt.datetime,
    "MOMENT": frozenset({dt.date, dt.datetime}),
}


def quick_source(kind: Kind, ns: dict[str, Any], key: str = "", typed: bool = True) -> tuple[str, str, str] | None:
    """Python source of the short path of a common value ``v`` of ``kind``: a test passed only by values
    that the typed path's full check (``typed``) or the reader takes, what the reader makes of one (in
    ``n``), and a test of that within the kind's bounds (``""``: none needed), the names they use put in
    ``ns`` (ending ``key``); ``None`` where there is no short path."""
    scalar, name = SCALARS.get(kind.tag), "v" if typed else "n"
    if scalar is not None:
        test, value = (scalar.typed or scalar.given, "v") if typed else (scalar.given, scalar.value)
    elif kind.tag == "choice":
        ns[f"choices{key}"] = frozenset(kind.choices)
        test, value = f"(type(v) is str or type(v) is int) and v in choices{key}", "v"
    elif typed and kind.tag == "object":
        ns["CLS"], test, value = kind.cls, "isinstance(v, CLS)", "v"
    elif typed and kind.tag == "list" and (item := quick_check(kind.items)) is not None:  # type: ignore[arg-type]
        ns["ITEM"], ns["SEQUENCES"] = item, frozenset({Items, list, tuple})
        test, value = f"type(v) in SEQUENCES and len(v) <= {kinds.MAX_ITEMS} and all(map(ITEM, v))", "v"
    else:
        return None
    bounds = []
    for number, bound in enumerate(kind.bounds):
        if isinstance(bound, kinds.Bound) and kind.tag in ("decimal", "int"):
            ns[f"bound{key}_{number}"] = bound.bound
            bounds.append(f"{name} {bound.source} bound{key}_{number}")
        elif isinstance(bound, kinds.MaxLen) and kind.tag in ("str", "list"):
            bounds.append(f"len({name}) <= {bound.limit}")
        else:
            return None
    return (test, value, " and ".join(bounds)) if test else None


_SCALARS = {scalar.types[0]: tag for tag, scalar in SCALARS.items() if len(scalar.types) == 1}


def kind_of_type(tp: Any) -> Kind:
    """The :class:`Kind` of a field's type annotation."""
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is Annotated:
        inner = kind_of_type(args[0])
        return attrs.evolve(inner, bounds=(*inner.bounds, *args[1:]))
    if origin in (Union, types.UnionType):
        rest = [arg for arg in args if arg is not type(None)]
        if set(rest) == {dt.date, dt.datetime}:
            return Kind("moment", optional=len(rest) < len(args))
        if len(rest) == 1 and len(args) == 2:
            return attrs.evolve(kind_of_type(rest[0]), optional=True)
    elif origin is Literal:
        return Kind("choice", choices=args)
    elif origin is list or (origin is tuple and len(args) == 2 and args[1] is Ellipsis):
        return Kind("list", items=kind_of_type(args[0]))
    elif origin is dict:
        return Kind("map", keys=kind_of_type(args[0]), items=kind_of_type(args[1]))
    elif tp in _SCALARS:
        return Kind(_SCALARS[tp])
    elif isinstance(tp, type) and attrs.has(tp):
        return Kind("object", cls=tp)
    raise TypeError(f"no field kind for {tp!r}")


_COMPILED: dict[type[Any], tuple[Field, ...]] = {}


def fields_of(cls: type[Any]) -> tuple[Field, ...]:
    """The specification of input class ``cls``, compiled on first use."""
    found = _COMPILED.get(cls)
    if found is None:
        hints = typing.get_type_hints(cls, include_extras=True)
        found = _COMPILED[cls] = tuple(_field(attribute, hints[attribute.name]) for attribute in attrs.fields(cls))
    return found


def _field(attribute: "attrs.Attribute[Any]", tp: Any) -> Field:
    if not isinstance(attribute.validator, FieldCheck) or attribute.converter is not None:
        raise TypeError(f"{attribute.name}: a field of an input class is made by spec(), and only by it")
    said = attribute.metadata  # what spec() says of the field
    texts = (said["title"], said["title_en"], said["description"], said["examples"], said.get("choices"))
    return Field(attribute.name, payload_name(attribute), kind_of_type(tp), *texts, attribute.default)


def payload_name(attribute: "attrs.Attribute[Any]") -> str:
    """The key a field has in a payload."""
    name = attribute.metadata.get("name")
    return name if isinstance(name, str) else attribute.name


def spec(
    title: str,
    description: str = "",
    *,
    en: str = "",
    default: Any = attrs.NOTHING,
    name: str | None = None,
    examples: tuple[object, ...] = (),
    choices: Mapping[Any, str] | None = None,
) -> Any:
    """An input field with its Chinese ``title`` and ``description`` for form builders, and its
    English title ``en`` (what English messages call the field; ``x-title-en`` in the JSON Schema).

    ``name`` is the payload key when it differs from the Python name (``from`` → ``from_``).
    ``choices`` gives a field of fixed values the Chinese name of each value (``x-enum-titles``
    in the JSON Schema, what a form shows); values already written in Chinese need none.
    """
    metadata: dict[str, object] = {"title": title, "title_en": en, "description": description, "name": name}
    metadata["examples"] = examples
    if choices:
        metadata["choices"] = dict(choices)
    if isinstance(default, (list, dict, set)):
        raise TypeError("use a tuple or None as a default")
    return attrs.field(default=default, metadata=metadata, validator=FieldCheck())


# --- the typed path ------------------------------------------------------------------------------

#: The plain kinds whose reader checks a typed value's range.
_RANGED = ("decimal", "int", "str")


def check(kind: Kind, value: object, path: str, found: list[tuple[str, Invalid]]) -> None:
    """Append ``(path, problem)`` for every problem of the Python value ``value`` as a ``kind``."""
    try:
        if type(value) not in EXACT and plain_scalar(value) is not value:
            raise Invalid(
                "type",
                f"应为原类型的值，收到其子类 {type(value).__name__}",
                en=f"expected a value of the plain type, got its subclass {type(value).__name__}",
            )
        if value is None and kind.optional:
            return
        kinds.check_length(value, kind.bounds)
        before, tag, scalar = len(found), kind.tag, SCALARS.get(kind.tag)
        if scalar is not None:
            if type(value) not in scalar.types:
                raise kinds.wrong_kind(scalar.zh, scalar.en, value)
            if tag in _RANGED:
                scalar.read(value)
        elif tag == "choice" and (isinstance(value, bool) or value not in kind.choices):
            raise kinds.bad_choice(value, kind.choices)
        elif tag == "object" and not isinstance(value, kind.cls):
            # A nested input class validated itself when it was built.
            raise kinds.wrong_kind(f" {kind.cls.__name__}", f"a {kind.cls.__name__}", value)
        elif tag == "list":
            if not isinstance(value, (list, tuple)):
                raise kinds.wrong_kind("列表或元组", "a list or a tuple", value)
            if len(value) > kinds.MAX_ITEMS:
                raise Invalid("out_of_range", f"超过 {kinds.MAX_ITEMS} 项", en=f"more than {kinds.MAX_ITEMS} items")
            for index, element in enumerate(value):
                check(kind.items, element, f"{path}[{index}]", found)  # type: ignore[arg-type]
        if len(found) == before:
            kinds.check_bounds(value, kind.bounds)
    except Invalid as problem:
        found.append((path, problem))


def quick_check(kind: Kind) -> Callable[[object], bool] | None:
    """``test(value) -> True`` only where :func:`check` finds no problem (``False`` says nothing: the
    full check then runs and reports), in a few comparisons; ``None`` where there is no such test."""
    ns: dict[str, Any] = dict(NAMES)
    found = quick_source(kind, ns)
    if found is None:
        return None
    test = f"{found[0]} and {found[2]}" if found[2] else found[0]
    return eval(f"lambda v: v is None or ({test})" if kind.optional else f"lambda v: {test}", ns)  # type: ignore[no-any-return]


class FieldCheck:
    """The attrs validator of every :func:`spec` field: :class:`InputError` with the field's path and
    title for a value of the wrong type, out of its bounds, or unreadable. Its quick test and the
    field's :class:`Field` are found on the first value checked."""

    __slots__ = ("field", "quick")

    def __init__(self) -> None:
        self.quick: Callable[[object], bool] = ().__contains__  # False: the full check runs
        self.field: Field | None = None

    def __call__(self, instance: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
        if self.quick(value):
            return
        field = self.field
        if field is None:
            field = self.field = next(f for f in fields_of(type(instance)) if f.name == attribute.name)
            self.quick = quick_check(field.kind) or ().__contains__
        _raise_problems(field, value)  # apart: the frame made for every value checked stays small


def _raise_problems(field: Field, value: object) -> None:
    """:class:`InputError` for every problem of the Python value ``value`` of ``field``, if any."""
    found: list[tuple[str, Invalid]] = []
    check(field.kind, value, field.key, found)
    if found:
        raise InputError(
            Problem(
                path,
                problem.code,
                f"{field.label} {problem.message}",
                english_message(path, field.title_en, problem.en or problem.message),
            )
            for path, problem in found
        )
