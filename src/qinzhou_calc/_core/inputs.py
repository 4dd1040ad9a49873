"""Typed inputs: field kinds, their constraints, and structuring payloads with cattrs.

A calculator's inputs are an ``attrs`` frozen class whose fields use the kinds below
(``Amount``, ``Area``, ``Percent``, ``Count`` ...) and :func:`spec` for their Chinese
title. :func:`structure` turns a JSON-like mapping into that class; every problem found
on the way becomes a :class:`~.errors.Problem` whose field path comes from cattrs's
structuring notes, not from hand-written checks.
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
from .money import parse_number

__all__ = [
    "MAX_ITEMS",
    "Amount",
    "Count",
    "DateOrDateTime",
    "Ge",
    "Gt",
    "Le",
    "Percent",
    "PositiveAmount",
    "PositiveCount",
    "Ratio",
    "Signed",
    "spec",
    "structure",
]

T = TypeVar("T")

#: Lists longer than this are refused (``out_of_range``), as are payloads nested deeper
#: than :data:`MAX_DEPTH`.
MAX_ITEMS = 10_000
MAX_DEPTH = 12
MAX_TEXT = 500


@attrs.frozen
class Ge:
    """The value must be at least ``bound`` (``negative`` when the bound is 0)."""

    bound: Decimal


@attrs.frozen
class Gt:
    """The value must be more than ``bound``."""

    bound: Decimal


@attrs.frozen
class Le:
    """The value must be at most ``bound``."""

    bound: Decimal


_ZERO = Decimal(0)

#: Any finite decimal, sign allowed (e.g. a change in a loan balance).
Signed = Decimal
#: Money in 元, or an area in m², not below zero.
Amount = Annotated[Decimal, Ge(_ZERO)]
#: Money or area that must be more than zero.
PositiveAmount = Annotated[Decimal, Gt(_ZERO)]
#: A rate or ratio in percent, not below zero (``"1.65"`` is 1.65%).
Percent = Annotated[Decimal, Ge(_ZERO)]
#: A share from 0 to 1 inclusive.
Ratio = Annotated[Decimal, Ge(_ZERO), Le(Decimal(1))]
#: A whole number not below zero.
Count = Annotated[int, Ge(_ZERO)]
#: A whole number above zero.
PositiveCount = Annotated[int, Gt(_ZERO)]
#: A calendar date, or an ISO 8601 date-time where the hour matters.
DateOrDateTime = dt.datetime | dt.date


def spec(
    title: str,
    description: str = "",
    *,
    default: Any = attrs.NOTHING,
    name: str | None = None,
    examples: tuple[object, ...] = (),
) -> Any:
    """An input field with its Chinese ``title`` and ``description`` for form builders.

    ``name`` is the payload key when it differs from the Python name (``from`` → ``from_``).
    """
    metadata = {"title": title, "description": description, "name": name, "examples": examples}
    if isinstance(default, (list, dict, set)):
        raise TypeError("use a tuple or None as a default")
    return attrs.field(default=default, metadata=metadata)


def payload_name(field: "attrs.Attribute[Any]") -> str:
    """The key a field has in a payload."""
    name = field.metadata.get("name")
    return name if isinstance(name, str) else field.name


# --- reading single values -------------------------------------------------------------

_DATE_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})?")
_CHINA = dt.timezone(dt.timedelta(hours=8))


def read_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        raise Invalid("type", "expected a date without a time")
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise Invalid("type", f"expected a date 'YYYY-MM-DD', got {type(value).__name__}")
    if not _DATE_TEXT.fullmatch(value):
        raise Invalid("invalid_date", f"{value[:40]!r} is not a date 'YYYY-MM-DD'")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise Invalid("invalid_date", f"{value!r} is not a day of the calendar") from None


def read_datetime(value: object) -> dt.datetime:
    """An ISO date-time; an aware one is converted to China time (UTC+8) and made naive."""
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, str):
        if not _DATETIME_TEXT.fullmatch(value):
            raise Invalid("invalid_date", f"{value[:40]!r} is not an ISO 8601 date-time")
        try:
            moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            raise Invalid("invalid_date", f"{value!r} is not a moment of the calendar") from None
    else:
        raise Invalid("type", f"expected an ISO 8601 date-time, got {type(value).__name__}")
    if moment.tzinfo is not None:
        moment = moment.astimezone(_CHINA).replace(tzinfo=None)
    return moment


def read_date_or_datetime(value: object) -> dt.date:
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str) and _DATE_TEXT.fullmatch(value):
        return read_date(value)
    return read_datetime(value)


def read_int(value: object) -> int:
    if isinstance(value, bool):
        raise Invalid("type", "expected a whole number, got a boolean")
    if isinstance(value, int):
        number = value
    elif isinstance(value, (str, float, Decimal)):
        parsed = parse_number(value)
        if parsed != parsed.to_integral_value():
            raise Invalid("type", f"expected a whole number, got {value!r}")
        number = int(parsed)
    else:
        raise Invalid("type", f"expected a whole number, got {type(value).__name__}")
    if abs(number) >= 10**15:
        raise Invalid("invalid_number", f"{number} is too large to be a real count")
    return number


def read_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    raise Invalid("type", f"expected true or false, got {type(value).__name__}")


def read_str(value: object) -> str:
    if not isinstance(value, str):
        raise Invalid("type", f"expected text, got {type(value).__name__}")
    if len(value) > MAX_TEXT:
        raise Invalid("out_of_range", f"text longer than {MAX_TEXT} characters")
    return value


class ItemErrors(Exception):  # noqa: N818 - internal, always re-raised as an InputError
    """The problems found in the items of one list, by index."""

    def __init__(self, errors: list[tuple[int, Exception]]) -> None:
        super().__init__(f"{len(errors)} bad items")
        self.errors = errors


def _check_bounds(value: Decimal | int, constraints: tuple[object, ...]) -> None:
    for constraint in constraints:
        if isinstance(constraint, Ge) and value < constraint.bound:
            code = "negative" if constraint.bound == 0 else "out_of_range"
            raise Invalid(code, f"must be at least {constraint.bound}, got {value}")
        if isinstance(constraint, Gt) and value <= constraint.bound:
            code = "negative" if constraint.bound == 0 and value < 0 else "out_of_range"
            raise Invalid(code, f"must be more than {constraint.bound}, got {value}")
        if isinstance(constraint, Le) and value > constraint.bound:
            raise Invalid("out_of_range", f"must be at most {constraint.bound}, got {value}")


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

    def read_annotated(value: object, tp: Any) -> object:
        base, *constraints = typing.get_args(tp)
        result = converter.structure(value, base)
        _check_bounds(result, tuple(constraints))
        return result

    converter.register_structure_hook_func(_is_annotated, read_annotated)

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


def structure(payload: object, cls: type[T]) -> T:
    """Read ``payload`` into ``cls``, or raise :class:`InputError` listing every problem."""
    if not isinstance(payload, Mapping):
        raise InputError.one("$", "type", f"the payload must be an object, got {type(payload).__name__}")
    shape = list(_shape_problems(payload, "$", 0))
    if shape:
        raise InputError(shape)
    try:
        return CONVERTER.structure(payload, cls)
    except Exception as exc:  # noqa: BLE001 - every failure becomes a located Problem
        raise InputError(_problems(exc, "$", cls)) from None
