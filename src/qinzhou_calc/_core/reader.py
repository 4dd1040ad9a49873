"""The payload reader of each input class, generated once from its field specification.

Straight-line Python, compiled with ``exec`` as attrs generates its methods, that checks the keys,
reads each field (common values in place, any other by the reader of its kind in :mod:`.kinds`),
counts the values against the payload limits, and sets the class's slots (every value read is one
its ``__init__`` would take). A payload that fails is made plain and checked for size and depth
(:func:`~.normalise.plain_data`), then read again, and every problem is reported with its path and
the titles of the fields down to it.
"""

import functools
import sys
import types
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

import attrs

from . import kinds
from .errors import InputError, Invalid, Problem, english_message, kind_of
from .fields import NAMES, SCALARS, Field, Kind, fields_of, quick_source
from .frozen import Items, Row
from .money import echo
from .normalise import join, plain_data
from .plain import plain_scalar
from .suggest import hint

__all__ = ["structure"]

T = TypeVar("T")
Read = Callable[..., Any]


class Failed(Exception):  # noqa: N818 - internal, always reported as an InputError
    """The problems inside one value: ``(step, exception)``, the step a :class:`~.fields.Field`, a list
    index, a key of an object, or :data:`HERE` (the value itself); ``(key, None)`` for a key that is
    no field of the object, ``known`` its fields' keys."""

    def __init__(self, errors: Sequence[tuple[Any, BaseException | None]], known: tuple[str, ...] = ()) -> None:
        super().__init__(f"{len(errors)} problems")
        self.errors, self.known = errors, known


#: The step of a problem of the value itself (not of one of its fields, items or keys).
HERE = object()
_TOO_MANY = Invalid("out_of_range", "too many values")  # the first reading only: the size check says it


def _choice(value: object, choices: tuple[Any, ...]) -> object:
    value = plain_scalar(value)
    if isinstance(value, bool) or not isinstance(value, (str, int)) or value not in choices:
        raise kinds.bad_choice(value, choices)
    return value


def _container(read: Read, keys: Read | None = None) -> Read:
    """A list, or (``keys``) an object keyed by text (the calendar's years): each value read, then its key."""

    def read_container(value: Any, budget: list[int]) -> Items | Row:
        if keys is None and type(value) is not list and type(value) is not tuple:
            raise kinds.wrong_kind("列表", "a list", value)
        if keys is not None and type(value) is not dict:
            # A value that is not an object has no items to read.
            raise Invalid("type", "无法读取（AttributeError）", en="cannot read this value (AttributeError)")
        budget[0] -= len(value)
        if len(value) > kinds.MAX_ITEMS or budget[0] < 0:
            raise _TOO_MANY
        if keys is None:
            try:
                return Items([read(item, budget) for item in value])
            except Exception:  # noqa: BLE001 - read again, item by item, to keep each problem with its index
                pass
        found: dict[Any, Any] = {}
        errors: list[tuple[Any, BaseException | None]] = []
        for key, item in enumerate(value) if keys is None else value.items():
            try:
                found[key if keys is None else keys(key, budget)] = read(item, budget)  # the value, then its key
            except Exception as exc:  # noqa: BLE001 - reported with its path
                errors.append((key, exc))
        if errors or keys is None:
            raise Failed(errors)
        return Row(found)

    return read_container


def reader_of(kind: Kind, pending: dict[type[Any], Read] | None = None) -> Read:
    """The reader of a value of ``kind``: ``read(value, budget)``, ``budget[0]`` the values still allowed.
    Lengths and patterns are checked on the value as given, a number's bounds on the value read."""
    tag, bounds = kind.tag, kind.bounds
    if tag == "object":
        read = _class_reader(kind.cls, {} if pending is None else pending)
    elif tag in ("list", "map"):
        items = _short_path(kind.items, reader_of(kind.items, pending))  # type: ignore[arg-type]
        read = _container(items, kind.keys and reader_of(kind.keys, pending))  # type: ignore[arg-type]
    elif tag == "choice":
        read = lambda value, budget: _choice(value, kind.choices)  # noqa: E731
    else:
        read = lambda value, budget, scalar=SCALARS[tag].read: scalar(value)  # noqa: E731
    if bounds:
        unbounded, lengths = read, any(not isinstance(bound, kinds.Bound) for bound in bounds)

        def read(value: object, budget: list[int]) -> object:
            if lengths:
                kinds.check_length(value, bounds)
            result = unbounded(value, budget)
            kinds.check_bounds(result, bounds)
            return result

    if kind.optional:
        inner = read
        read = lambda value, budget: None if value is None else inner(value, budget)  # noqa: E731
    return read


# --- the generated reader of a class -------------------------------------------------------------


def _unknown(value: Any, known: tuple[str, ...]) -> list[tuple[str, None]]:
    if any(not isinstance(key, str) for key in value):
        raise Invalid("type", "对象的键必须是文本", en="object keys must be text")
    return [(key, None) for key in sorted(set(value) - set(known))]


_READERS: dict[type[Any], Read] = {}
#: The classes whose payloads may nest past the limit (a class inside itself, and every class around
#: it): made plain, and so checked for depth, before they are read.
_NESTING: set[type[Any]] = set()
_NAMESPACE = {
    **NAMES,
    "not_object": functools.partial(kinds.wrong_kind, "对象", "an object"),
    "new": object.__new__,
    "Failed": Failed,
    "HERE": HERE,
    "TOO_MANY": _TOO_MANY,
    "unknown": _unknown,
}


def _inline(kind: Kind, index: int, ns: dict[str, Any]) -> list[str]:
    """Lines that read ``v`` into ``n``: a common value in place (by :func:`~.fields.quick_source`),
    within its bounds; anything else (``None`` of an optional field too, and a text of a date's shape
    that is no day of the calendar) by ``read_<index>``, which reports the problems."""
    read = f"(None if v is None else read_{index}(v, budget))" if kind.optional else f"read_{index}(v, budget)"
    found = quick_source(kind, ns, f"_{index}", typed=False)
    if found is None:
        return [f"n = {read}"]
    when, value, bounds = found
    lines = [f"if {when}:", "    try:", f"        n = {value}", "    except ValueError:", f"        n = {read}"]
    if bounds:
        lines += [f"    if not ({bounds}):", f"        n = {read}"]
    return [*lines, "else:", f"    n = {read}"]


def _short_path(kind: Kind, read: Read) -> Read:
    """``read`` after the short path of :func:`_inline` for a common value (of a list's items)."""
    ns: dict[str, Any] = {**_NAMESPACE, "read_0": read}
    lines = _inline(kind, 0, ns)
    if len(lines) == 1:
        return read
    source = "\n".join(["def read(v, budget):", *(f"    {line}" for line in lines), "    return n"])
    exec(compile(source, "<qinzhou-calc reader of an item>", "exec"), ns)
    return ns["read"]  # type: ignore[no-any-return]


def _class_reader(cls: type[Any], pending: dict[type[Any], Read]) -> Read:
    """The reader of ``cls``, generated on first use; ``pending`` holds the classes being generated (a
    class inside itself reads through the one being made). Without ``__attrs_pre_init__`` or a cached
    hash, the ``__init__`` of a slotted class of :func:`~.fields.spec` fields only checks each value
    (as its reader did) and sets its slot, then calls ``__attrs_post_init__``: so does the reader."""
    found = _READERS.get(cls) or pending.get(cls)
    if found is not None:
        if cls in _NESTING or cls not in _READERS:  # a class inside itself, in every class around it
            _NESTING.update(pending)
        return found
    pending[cls] = lambda value, budget: pending[cls](value, budget)  # noqa: PLW0108 - the reader being made, found when called
    fields = fields_of(cls)
    slots = [getattr(cls, field.name, None) for field in fields]
    hooked = hasattr(cls, "__attrs_pre_init__") or "_attrs_cached_hash" in getattr(cls, "__slots__", ())
    if hooked or any(type(slot) is not types.MemberDescriptorType for slot in slots):
        raise TypeError(
            f"{cls.__qualname__}: not a slotted attrs class of spec() fields without pre-init or cache_hash"
        )
    known = tuple(field.key for field in fields)
    ns: dict[str, Any] = {**_NAMESPACE, "cls": cls, "KNOWN": known, "KEYS": frozenset(known)}
    lines = ["def read(value, budget):", "    if type(value) is not dict:", "        raise not_object(value)"]
    lines += ["    budget[0] -= len(value)", "    if budget[0] < 0:", "        raise TOO_MANY"]
    lines += ["    errors = None", "    self = new(cls)"]
    for index, (field, slot) in enumerate(zip(fields, slots, strict=True)):
        ns[f"read_{index}"] = reader_of(attrs.evolve(field.kind, optional=False), pending)
        ns[f"field_{index}"], ns[f"default_{index}"], ns[f"set_{index}"] = field, field.default, slot.__set__  # type: ignore[union-attr]
        body = ["try:", f"    v = value[{field.key!r}]", *(f"    {line}" for line in _inline(field.kind, index, ns))]
        body += [
            f"    set_{index}(self, n)",
            "except Exception as e:",
            f"    errors = (errors or []) + [(field_{index}, e)]",
        ]
        if field.default is attrs.NOTHING:
            lines += [f"    {line}" for line in body]
        else:
            lines += [f"    if {field.key!r} in value:", *(f"        {line}" for line in body)]
            lines += ["    else:", f"        set_{index}(self, default_{index})"]
    # Unknown keys after the fields' own problems; a key that is not text is the object's one problem.
    lines += ["    if errors is not None or not value.keys() <= KEYS:"]
    lines += ["        raise Failed([*(errors or ()), *unknown(value, KNOWN)], KNOWN)"]
    if hasattr(cls, "__attrs_post_init__"):
        lines += ["    try:", "        self.__attrs_post_init__()", "    except Exception as e:"]
        lines += ["        raise Failed([(HERE, e)])"]
    lines.append("    return self")
    exec(compile("\n".join(lines), f"<qinzhou-calc reader {cls.__qualname__}>", "exec"), ns)
    found = _READERS[cls] = pending[cls] = ns["read"]
    return found  # type: ignore[no-any-return]


def structure(payload: object, cls: type[T]) -> T:
    """Read ``payload`` into ``cls``, or raise :class:`InputError` listing every problem."""
    read = _READERS.get(cls) or _class_reader(cls, {})
    if cls not in _NESTING:
        try:
            # The payload itself is one value of the budget, as in the size check.
            return read(payload, [kinds.MAX_NODES - 1])  # type: ignore[no-any-return]
        except Exception:  # noqa: BLE001 - read again, made plain, to report every problem
            pass
    if not isinstance(payload, Mapping):
        raise InputError.one(
            "$",
            "type",
            f"载荷应为对象，收到{kind_of(payload)}",
            en=f"the payload must be an object, got {type(payload).__name__}",
        )
    shape: list[Problem] = []
    payload = plain_data(payload, shape=shape)
    if shape:
        raise InputError(shape)
    try:
        return read(payload, [sys.maxsize])  # type: ignore[no-any-return]
    except Exception as exc:  # noqa: BLE001 - every failure becomes a located Problem
        found: list[Problem] = []
        _locate(exc, "$", "", "", found)
        raise InputError(found) from None


def _locate(exc: BaseException, path: str, label: str, title_en: str, found: list[Problem]) -> None:
    """The problems of ``exc``, raised while reading the value at ``path`` (titled ``label``)."""
    if isinstance(exc, Failed):
        for step, sub in exc.errors:
            if sub is None:
                zh, en = hint(step, exc.known)
                where = f" {label} 的" if label else "此计算器的"
                text = f"{echo(step)} is not a field of {'this payload' if path == '$' else path}{en}"
                found.append(Problem(join(path, step), "unknown_field", f"{echo(step)} 不是{where}字段{zh}", text))
            elif isinstance(step, Field):
                _locate(
                    sub, join(path, step.key), f"{label} › {step.label}" if label else step.label, step.title_en, found
                )
            elif step is HERE:
                _locate(sub, path, label, title_en, found)
            else:
                item = f"{label}[第{step + 1}项]" if isinstance(step, int) else label
                _locate(sub, join(path, step), item, title_en, found)
        return
    if isinstance(exc, InputError):
        found.extend(exc.errors)
        return
    if isinstance(exc, KeyError):
        code, zh, en = "missing", "为必填项", "this field is required"
    elif isinstance(exc, Invalid):
        code, zh, en = exc.code, exc.message, exc.en  # type: ignore[assignment]
    else:
        name = type(exc).__name__
        code, zh, en = "type", f"无法读取（{name}）", f"cannot read this value ({name})"
    english = None if en is None else english_message(path, title_en, en)
    found.append(Problem(path, code, f"{label} {zh}" if label else zh, english))
