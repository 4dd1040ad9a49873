"""Structuring payloads with cattrs: the converter, its hooks, and field paths for problems.

Imported on the first :func:`~.inputs.structure` call (cattrs takes a while to import).
"""

import datetime as dt
import functools
import operator
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
from cattrs.gen import make_dict_structure_fn, make_mapping_structure_fn, override

from .errors import InputError, Invalid, Problem, english_message, kind_of
from .frozen import Items, Row
from .inputs import (
    MAX_DEPTH,
    MAX_ITEMS,
    MAX_NODES,
    DateOrDateTime,
    ItemErrors,
    check_bounds,
    check_length,
    payload_name,
    read_bool,
    read_date,
    read_date_or_datetime,
    read_datetime,
    read_int,
    read_str,
)
from .money import echo, parse_number
from .normalise import join, plain_data
from .plain import plain_scalar
from .suggest import hint

__all__ = ["CONVERTER", "structure_payload"]

T = TypeVar("T")


def _is_literal(tp: Any) -> bool:
    return typing.get_origin(tp) is Literal


def _read_literal(value: object, tp: Any) -> object:
    choices = typing.get_args(tp)
    value = plain_scalar(value)
    if isinstance(value, bool) or not isinstance(value, (str, int)) or value not in choices:
        listed = ", ".join(repr(c) for c in choices)
        zh, en = hint(value, choices)
        raise Invalid(
            "invalid_choice",
            f"{echo(value)} 不是可选值之一：{listed}{zh}",
            en=f"{echo(value)} is not one of {listed}{en}",
        )
    return value


def _is_annotated(tp: Any) -> bool:
    return typing.get_origin(tp) is Annotated


def _is_date_or_datetime(tp: Any) -> bool:
    return bool(tp == DateOrDateTime)


def _is_optional(tp: Any) -> bool:
    return typing.get_origin(tp) in (Union, types.UnionType) and type(None) in typing.get_args(tp)


def _is_list(tp: Any) -> bool:
    return typing.get_origin(tp) in (list, tuple) and typing.get_origin(tp) is not None


def _is_dict(tp: Any) -> bool:
    return typing.get_origin(tp) is dict


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
            check_length(value, bounds)
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
                raise Invalid(
                    "type", f"应为列表，收到{kind_of(value)}", en=f"expected a list, got {type(value).__name__}"
                )
            errors: list[tuple[int, Exception]] = []
            items = []
            for index, element in enumerate(value):
                try:
                    items.append(structure_item(element, item))
                except Exception as exc:  # noqa: BLE001 - collected, reported with its path
                    errors.append((index, exc))
            if errors:
                raise ItemErrors(errors)
            return Items(items)

        return read_list

    converter.register_structure_hook_factory(_is_list, list_hook)

    def dict_hook(tp: Any) -> Callable[[object, Any], object]:
        inner = make_mapping_structure_fn(tp, converter, detailed_validation=True)

        def read_dict(value: object, _: Any) -> object:
            return Row(inner(value, tp))  # type: ignore[arg-type]

        return read_dict

    converter.register_structure_hook_factory(_is_dict, dict_hook)

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
                raise Invalid(
                    "type", f"应为对象，收到{kind_of(value)}", en=f"expected an object, got {type(value).__name__}"
                )
            bad_keys = [key for key in value if not isinstance(key, str)]
            if bad_keys:
                raise Invalid("type", "对象的键必须是文本", en="object keys must be text")
            return inner(value, tp)

        return read_class

    converter.register_structure_hook_factory(attrs.has, class_hook)
    return converter


CONVERTER = _make_converter()


# --- paths and problems ----------------------------------------------------------------


def _titles(cls: type[Any]) -> dict[str, tuple[str, str, str]]:
    """Each attribute's payload key, Chinese title and English title."""
    if not attrs.has(cls):
        return {}
    return {
        field.name: (
            payload_name(field),
            str(field.metadata.get("title") or payload_name(field)),
            str(field.metadata.get("title_en") or ""),
        )
        for field in attrs.fields(cls)
    }


def _label_join(label: str, part: str) -> str:
    return part if not label else f"{label} › {part}"


def _located(path: str, label: str, code: str, zh: str, en: str | None, *, title_en: str = "") -> Problem:
    """A problem whose Chinese message names the field by its Chinese title (the chain of titles down
    to it), the English one by its English title and its path."""
    message = f"{label} {zh}" if label else zh
    english = None if en is None else english_message(path, title_en, en)
    return Problem(path, code, message, english)


def _problems(exc: BaseException, path: str, label: str = "", title_en: str = "") -> Iterator[Problem]:
    if isinstance(exc, ForbiddenExtraKeysError):
        fields = [key for key, _, _ in _titles(exc.cl).values()]
        for key in sorted(exc.extra_fields):
            zh, en = hint(key, fields)
            yield Problem(
                join(path, key),
                "unknown_field",
                f"{echo(key)} 不是{f' {label} 的' if label else '此计算器的'}字段{zh}",
                f"{echo(key)} is not a field of {'this payload' if path == '$' else path}{en}",
            )
    elif isinstance(exc, (ClassValidationError, IterableValidationError)):
        titles = _titles(exc.cl) if isinstance(exc, ClassValidationError) else {}
        for sub in exc.exceptions:
            sub_path, sub_label, sub_title = path, label, title_en
            for note in getattr(sub, "__notes__", []):
                if isinstance(note, AttributeValidationNote):
                    key, title, english = titles.get(note.name, (note.name, note.name, ""))
                    sub_path, sub_label, sub_title = join(path, key), _label_join(label, title), english
                elif isinstance(note, IterableValidationNote):
                    sub_path, sub_label = join(path, note.index), _item_label(label, note.index)
            yield from _problems(sub, sub_path, sub_label, sub_title)
    elif isinstance(exc, ItemErrors):
        for index, sub in exc.errors:
            yield from _problems(sub, join(path, index), _item_label(label, index), title_en)
    elif isinstance(exc, KeyError):
        yield _located(path, label, "missing", "为必填项", "this field is required", title_en=title_en)
    elif isinstance(exc, Invalid):
        yield _located(path, label, exc.code, exc.message, exc.en, title_en=title_en)
    elif isinstance(exc, InputError):
        yield from exc.errors
    else:
        yield _located(
            path,
            label,
            "type",
            f"无法读取（{type(exc).__name__}）",
            f"cannot read this value ({type(exc).__name__})",
            title_en=title_en,
        )


def _item_label(label: str, index: int | str) -> str:
    return f"{label}[第{int(index) + 1}项]" if isinstance(index, int) else label


class _Exhausted(Exception):  # noqa: N818 - internal: the node budget is spent
    pass


def _too_many_values() -> Problem:
    return Problem(
        "$",
        "out_of_range",
        f"载荷过大：超过 {MAX_NODES} 个值（共用的子列表每出现一次都计入）",
        f"the payload has more than {MAX_NODES} values (a shared sub-list counts each time it appears)",
    )


def _shape_problems(value: object, path: str, depth: int, budget: list[int]) -> Iterator[Problem]:
    """Refuse what is too large or too deep before structuring looks at it."""
    budget[0] -= 1
    if budget[0] < 0:
        raise _Exhausted
    if depth > MAX_DEPTH:
        yield Problem(
            path, "out_of_range", f"嵌套超过 {MAX_DEPTH} 层", f"{path}: nested deeper than {MAX_DEPTH} levels"
        )
        return
    if isinstance(value, (list, tuple)):
        if len(value) > MAX_ITEMS:
            yield Problem(
                path,
                "out_of_range",
                f"列表超过 {MAX_ITEMS} 项（{len(value)} 项）",
                f"{path}: more than {MAX_ITEMS} items ({len(value)})",
            )
            return
        for index, item in enumerate(value):
            yield from _shape_problems(item, join(path, index), depth + 1, budget)
    elif isinstance(value, Mapping):
        if len(value) > MAX_ITEMS:
            yield Problem(path, "out_of_range", f"对象超过 {MAX_ITEMS} 个键", f"{path}: more than {MAX_ITEMS} keys")
            return
        for key, item in value.items():
            yield from _shape_problems(item, join(path, key), depth + 1, budget)


_SCALARS = frozenset({str, int, float, bool, Decimal, type(None), dt.date, dt.datetime})


def _within_shape(value: object, depth: int, budget: list[int]) -> bool:
    """Whether :func:`_shape_problems` would find nothing: the same walk, without building paths.

    ``budget[0]`` is the number of values still allowed; every value reached spends one, so a
    list shared by many fields (as YAML aliases make) costs each time, and the walk stops early.
    """
    budget[0] -= 1
    if budget[0] < 0 or depth > MAX_DEPTH:
        return False
    if type(value) in _SCALARS:
        return True
    if isinstance(value, (list, tuple)):
        if len(value) > MAX_ITEMS:
            return False
        for item in value:
            if not _within_shape(item, depth + 1, budget):
                return False
    elif isinstance(value, Mapping):
        if len(value) > MAX_ITEMS:
            return False
        for _key, item in value.items():
            if not _within_shape(item, depth + 1, budget):
                return False
    return True


def shape_problems(payload: object) -> list[Problem]:
    """Every problem of size and depth in ``payload`` (none for a payload of a sane shape).

    At most :data:`MAX_NODES` values are looked at, whatever the payload: past that, the one
    problem is that it is too large.
    """
    if _within_shape(payload, 0, [MAX_NODES]):
        return []
    found: list[Problem] = []
    try:
        for problem in _shape_problems(payload, "$", 0, [MAX_NODES]):
            found.append(problem)
            if len(found) >= _MAX_REPORTED:
                break
    except _Exhausted:
        found.append(_too_many_values())
    return found


#: At most this many size problems are listed: the first ones say enough.
_MAX_REPORTED = 20


def structure_payload(payload: object, cls: type[T]) -> T:
    """Read ``payload`` into ``cls``, or raise :class:`InputError` listing every problem."""
    if not isinstance(payload, Mapping):
        raise InputError.one(
            "$",
            "type",
            f"载荷应为对象，收到{kind_of(payload)}",
            en=f"the payload must be an object, got {type(payload).__name__}",
        )
    payload = plain_data(payload)
    shape = shape_problems(payload)
    if shape:
        raise InputError(shape)
    try:
        return CONVERTER.structure(payload, cls)
    except Exception as exc:  # noqa: BLE001 - every failure becomes a located Problem
        raise InputError(_problems(exc, "$")) from None
