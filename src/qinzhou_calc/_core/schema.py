"""JSON Schema (draft 2020-12) generated from a calculator's typed inputs."""

import datetime as dt
import typing
from decimal import Decimal
from typing import Annotated, Any, Literal, Union

import attrs

from .inputs import _DATETIME_TEXT, MAX_ITEMS, MAX_TEXT, DateOrDateTime, Ge, Gt, Le, payload_name

__all__ = ["input_schema"]

_NUMBER_PATTERN = r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,9})?$"
#: A date-time as the library reads it: ISO 8601, the offset optional (a local time is China
#: time). Not ``"format": "date-time"``, whose RFC 3339 requires the offset.
_DATETIME = {"type": "string", "pattern": f"^{_DATETIME_TEXT.pattern}$"}


def _bound(value: Decimal) -> int:
    """A bound as a JSON number. Every bound in the library is a whole number; a fractional one
    would need a float, which the library never makes, so it is refused."""
    if value != value.to_integral_value():
        raise ValueError(f"a field bound must be a whole number, got {value}")
    return int(value)


def _type_schema(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    if origin is Annotated:
        base, *constraints = typing.get_args(tp)
        schema = _type_schema(base, defs)
        number = schema.get("anyOf", [schema])[0]
        for c in constraints:
            if isinstance(c, Ge):
                number["minimum"] = _bound(c.bound)
            elif isinstance(c, Gt):
                number["exclusiveMinimum"] = _bound(c.bound)
            elif isinstance(c, Le):
                number["maximum"] = _bound(c.bound)
        return schema
    if tp == DateOrDateTime:
        return {"anyOf": [{"type": "string", "format": "date"}, dict(_DATETIME)]}
    if origin is Union or (origin is not None and type(None) in typing.get_args(tp)):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        inner = _type_schema(args[0], defs) if len(args) == 1 else {"anyOf": [_type_schema(a, defs) for a in args]}
        return {"anyOf": [inner, {"type": "null"}]}
    if origin is Literal:
        return {"enum": list(typing.get_args(tp))}
    if origin in (list, tuple):
        item = typing.get_args(tp)[0]
        return {"type": "array", "items": _type_schema(item, defs), "maxItems": MAX_ITEMS}
    if tp is Decimal:
        return {"anyOf": [{"type": "number"}, {"type": "string", "pattern": _NUMBER_PATTERN}]}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is str:
        return {"type": "string", "maxLength": MAX_TEXT}
    if tp is dt.date:
        return {"type": "string", "format": "date"}
    if tp is dt.datetime:
        return dict(_DATETIME)
    if attrs.has(tp):
        name = tp.__name__
        if name not in defs:
            defs[name] = {}
            defs[name] = _class_schema(tp, defs)
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON Schema for {tp!r}")


def _class_schema(cls: type[Any], defs: dict[str, Any]) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    required: list[str] = []
    hints = typing.get_type_hints(cls, include_extras=True)
    for field in attrs.fields(cls):
        key = payload_name(field)
        prop = dict(_type_schema(hints[field.name], defs))
        if field.metadata.get("title"):
            prop["title"] = field.metadata["title"]
        if field.metadata.get("description"):
            prop["description"] = field.metadata["description"]
        if field.metadata.get("examples"):
            prop["examples"] = list(field.metadata["examples"])
        if field.default is attrs.NOTHING:
            required.append(key)
        elif isinstance(field.default, (bool, int, str)) or field.default is None:
            prop["default"] = field.default
        properties[key] = prop
    schema: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
    }
    if required:
        schema["required"] = required
    doc = (cls.__doc__ or "").strip().splitlines()
    if doc:
        schema["description"] = doc[0]
    return schema


def input_schema(name: str, title: str, cls: type[Any]) -> dict[str, Any]:
    """The payload schema of calculator ``name`` with inputs ``cls``."""
    defs: dict[str, Any] = {}
    body = _class_schema(cls, defs)
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:qinzhou-calc:{name}",
        "title": title,
        **body,
    }
    if defs:
        schema["$defs"] = defs
    return schema
