"""Structuring payloads with cattrs: the converter, its hooks, and field paths for problems.

Imported on the first :func:`~.inputs.structure` call (cattrs takes a while to import).
"""

import datetime as dt
import functools
import json
import operator
import re
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import Annotated, Any, Literal, TypeVar, Union

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, override

from .errors import InputError, Invalid, Problem
from .inputs import (
    MAX_DEPTH,
    MAX_ITEMS,
    DateOrDateTime,
    ItemErrors,
    check_bounds,
    payload_name,
    read_bool,
    read_date,
    read_date_or_datetime,
    read_datetime,
    read_int,
    read_str,
)
from .money import parse_number

__all__ = ["CONVERTER", "structure_payload"]

T = TypeVar("T")


def _is_literal(tp: Any) -> bool:
    return typing.get_origin(tp) is Literal


def _read_literal(value: object, tp: Any) -> object:
    choices = typing.get_args(tp)
    if isinstance(value, bool) or value not in choices:
        listed = ", ".join(repr(c) for c in choices)
        raise Invalid("invalid_choice", f"{str(value)[:40]!r} is not one of {listed}")
    return value


def _is_annotated(tp: Any) -> bool:
    return typing.get_origin(tp) is Annotated


def _is_date_or_datetime(tp: Any) -> bool:
    return bool(tp == DateOrDateTime)


def _is_optional(tp: Any) -> bool:
    return typing.get_origin(tp) in (Union, types.UnionType) and type(None) in typing.get_args(tp)


def _is_list(tp: Any) -> bool:
    return typing.get_origin(tp) in (list, tuple) and typing.get_origin(tp) is not None


def _make_converter() -> cattrs.Converter:
    converter = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    converter.register_structure_hook(Decimal, lambda v, _: parse_number(v))
    converter.register_structure_hook(int, lambda v, _: read_int(v))
    converter.register_structure_hook(bool, lambda v, _: read_bool(v))
    converter.register_structure_hook(str, lambda v, _: read_str(v))
    converter.register_structure_hook(dt.date, lambda v, _: read_date(v))
    converter.register_structure_hook(dt.datetime, lambda v, _: read_datetime(v))
    converter.register_structure_hook_func(_is_date_or_datetime, lambda v, _: read_date_or_datetime(v))
    converter.register_structure_hook_func(_is_literal, _read_literal)

    def annotated_hook(tp: Any) -> Callable[[object, Any], object]:
        # The base type's hook and the bounds are found once per type, not on every value.
        base, *constraints = typing.get_args(tp)
        bounds = tuple(constraints)
        structure_base = converter.get_structure_hook(base)

        def read_annotated(value: object, _: Any) -> object:
            result = structure_base(value, base)
            check_bounds(result, bounds)
            return result

        return read_annotated

    converter.register_structure_hook_factory(_is_annotated, annotated_hook)

    def list_hook(tp: Any) -> Callable[[object, Any], object]:
        (item,) = typing.get_args(tp)[:1]
        structure_item = converter.get_structure_hook(item)

        def read_list(value: object, _: Any) -> object:
            if not isinstance(value, (list, tuple)):
                raise Invalid("type", f"expected a list, got {type(value).__name__}")
            errors: list[tuple[int, Exception]] = []
            items = []
            for index, element in enumerate(value):
                try:
                    items.append(structure_item(element, item))
                except Exception as exc:  # noqa: BLE001 - collected, reported with its path
                    errors.append((index, exc))
            if errors:
                raise ItemErrors(errors)
            return tuple(items) if typing.get_origin(tp) is tuple else items

        return read_list

    converter.register_structure_hook_factory(_is_list, list_hook)

    def optional_hook(tp: Any) -> Callable[[object, Any], object]:
        rest = tuple(a for a in typing.get_args(tp) if a is not type(None))
        inner_type: Any = rest[0] if len(rest) == 1 else functools.reduce(operator.or_, rest)
        structure_inner = converter.get_structure_hook(inner_type)

        def read_optional(value: object, _: Any) -> object:
            return None if value is None else structure_inner(value, inner_type)

        return read_optional

    converter.register_structure_hook_factory(_is_optional, optional_hook)

    def class_hook(cls: type[Any]) -> Callable[[object, Any], object]:
        renames = {
            field.name: override(rename=payload_name(field))
            for field in attrs.fields(cls)
            if payload_name(field) != field.name
        }
        inner = make_dict_structure_fn(cls, converter, _cattrs_forbid_extra_keys=True, **renames)  # type: ignore[arg-type]

        def read_class(value: object, tp: Any) -> object:
            if not isinstance(value, Mapping):
                raise Invalid("type", f"expected an object, got {type(value).__name__}")
            bad_keys = [key for key in value if not isinstance(key, str)]
            if bad_keys:
                raise Invalid("type", "object keys must be text")
            return inner(value, tp)

        return read_class

    converter.register_structure_hook_factory(attrs.has, class_hook)
    return converter


CONVERTER = _make_converter()


# --- paths and problems ----------------------------------------------------------------


_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _join(path: str, name: str | int) -> str:
    """``points[2]``, ``loan.repayments[0].date``; an odd key is quoted: ``["a b"]``."""
    if isinstance(name, int):
        step = f"[{name}]"
    elif _PLAIN_KEY.fullmatch(name):
        return name if path == "$" else f"{path}.{name}"
    else:
        step = f"[{json.dumps(name[:40], ensure_ascii=False)}]"
    return step if path == "$" else f"{path}{step}"


def _payload_names(cls: type[Any]) -> dict[str, str]:
    if not attrs.has(cls):
        return {}
    return {field.name: payload_name(field) for field in attrs.fields(cls)}


def _problems(exc: BaseException, path: str, cls: type[Any] | None = None) -> Iterator[Problem]:
    if isinstance(exc, ForbiddenExtraKeysError):
        for key in sorted(exc.extra_fields):
            yield Problem(_join(path, key), "unknown_field", f"{key!r} is not a field of this payload")
    elif isinstance(exc, (ClassValidationError, IterableValidationError)):
        names = _payload_names(exc.cl) if isinstance(exc, ClassValidationError) else {}
        for sub in exc.exceptions:
            sub_path = path
            for note in getattr(sub, "__notes__", []):
                if isinstance(note, AttributeValidationNote):
                    sub_path = _join(path, names.get(note.name, note.name))
                elif isinstance(note, IterableValidationNote):
                    sub_path = _join(path, note.index)
            yield from _problems(sub, sub_path)
    elif isinstance(exc, ItemErrors):
        for index, sub in exc.errors:
            yield from _problems(sub, _join(path, index))
    elif isinstance(exc, KeyError):
        yield Problem(path, "missing", "this field is required")
    elif isinstance(exc, Invalid):
        yield Problem(path, exc.code, exc.message)
    elif isinstance(exc, InputError):
        yield from exc.errors
    else:
        yield Problem(path, "type", f"cannot read this value ({type(exc).__name__})")


def _shape_problems(value: object, path: str, depth: int) -> Iterator[Problem]:
    """Refuse what is too large or too deep before structuring looks at it."""
    if depth > MAX_DEPTH:
        yield Problem(path, "out_of_range", f"nested deeper than {MAX_DEPTH} levels")
        return
    if isinstance(value, (list, tuple)):
        if len(value) > MAX_ITEMS:
            yield Problem(path, "out_of_range", f"more than {MAX_ITEMS} items ({len(value)})")
            return
        for index, item in enumerate(value):
            yield from _shape_problems(item, _join(path, index), depth + 1)
    elif isinstance(value, Mapping):
        if len(value) > MAX_ITEMS:
            yield Problem(path, "out_of_range", f"more than {MAX_ITEMS} keys")
            return
        for key, item in value.items():
            yield from _shape_problems(item, _join(path, str(key)), depth + 1)


_SCALARS = frozenset({str, int, float, bool, Decimal, type(None), dt.date, dt.datetime})


def _within_shape(value: object, depth: int) -> bool:
    """Whether :func:`_shape_problems` would find nothing: the same walk, without building paths."""
    if depth > MAX_DEPTH:
        return False
    if type(value) in _SCALARS:
        return True
    if isinstance(value, (list, tuple)):
        if len(value) > MAX_ITEMS:
            return False
        for item in value:
            if not _within_shape(item, depth + 1):
                return False
    elif isinstance(value, Mapping):
        if len(value) > MAX_ITEMS:
            return False
        for _key, item in value.items():
            if not _within_shape(item, depth + 1):
                return False
    return True


def structure_payload(payload: object, cls: type[T]) -> T:
    """Read ``payload`` into ``cls``, or raise :class:`InputError` listing every problem."""
    if not isinstance(payload, Mapping):
        raise InputError.one("$", "type", f"the payload must be an object, got {type(payload).__name__}")
    if not _within_shape(payload, 0):
        raise InputError(list(_shape_problems(payload, "$", 0)))
    try:
        return CONVERTER.structure(payload, cls)
    except Exception as exc:  # noqa: BLE001 - every failure becomes a located Problem
        raise InputError(_problems(exc, "$", cls)) from None
