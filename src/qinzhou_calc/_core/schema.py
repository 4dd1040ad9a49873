"""JSON Schema (draft 2020-12) of a calculator's payload, built from its inputs' field specification."""

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

import attrs

from .crossfield import CrossFieldRule, conditions, describe
from .fields import Kind, fields_of
from .kinds import DATE_PATTERN, DATETIME_PATTERN, MAX_ITEMS, MAX_TEXT, Ge, Gt, Le, MaxLen, MinLen, Pattern
from .money import MAX_NUMBER_TEXT
from .patterns import decimal_text, integer_text

__all__ = ["input_schema"]

#: The magnitude every number stays below (``money.MAX_ABS``), as a JSON number.
_LIMIT = 10**15


def _whole(value: Decimal) -> int:
    """A bound as a JSON number. Every bound in the library is a whole number; a fractional one
    would need a float, which the library never makes, so it is refused."""
    if value != value.to_integral_value():
        raise ValueError(f"a field bound must be a whole number, got {value}")
    return int(value)


def _anchored(pattern: str) -> str:
    """``pattern`` over the whole text, ending the same way in ECMA-262 and in Python's ``re``: a
    ``$`` of Python's also matches before a final newline (``"12\\n"``), which the library refuses
    (it reads with ``fullmatch``); ``(?!\\n)`` after it leaves only the end of the text."""
    return f"^{pattern}$(?!\\n)"


def _decimal_schema(constraints: tuple[object, ...]) -> dict[str, Any]:
    """A number, or a decimal string, within the bounds: the same bounds in both forms."""
    number: dict[str, Any] = {"type": "number"}
    low: int | None = None
    inclusive = True
    high: int | None = None
    for c in constraints:
        if isinstance(c, (Ge, Gt)):
            low, inclusive = _whole(c.bound), isinstance(c, Ge)
            number["minimum" if inclusive else "exclusiveMinimum"] = low
        elif isinstance(c, Le):
            high = _whole(c.bound)
            number["maximum"] = high
    if high is None:
        number["exclusiveMaximum"] = _LIMIT
    if low is None:
        number["exclusiveMinimum"] = -_LIMIT
    text = {"type": "string", "maxLength": MAX_NUMBER_TEXT, "pattern": _anchored(decimal_text(low, inclusive, high))}
    return {"anyOf": [number, text]}


def _integer_schema(constraints: tuple[object, ...]) -> dict[str, Any]:
    """A whole number, or the same written as text (``"12"``), within the bounds."""
    low, high = -(_LIMIT - 1), _LIMIT - 1
    for c in constraints:
        if isinstance(c, Ge):
            low = max(low, _whole(c.bound))
        elif isinstance(c, Gt):
            low = max(low, _whole(c.bound) + 1)
        elif isinstance(c, Le):
            high = min(high, _whole(c.bound))
    number = {"type": "integer", "minimum": low, "maximum": high}
    text = {"type": "string", "maxLength": MAX_NUMBER_TEXT, "pattern": _anchored(integer_text(low, high))}
    return {"anyOf": [number, text]}


def _length(schema: dict[str, Any], constraints: tuple[object, ...]) -> dict[str, Any]:
    for c in constraints:
        if isinstance(c, MaxLen):
            schema["maxItems" if schema.get("type") == "array" else "maxLength"] = c.limit
        if isinstance(c, MinLen):
            schema["minItems"] = c.limit
    return schema


_DATE = {"type": "string", "format": "date", "pattern": _anchored(DATE_PATTERN)}
# No "format": "date-time": RFC 3339 requires an offset, and the library takes a time without one as
# China time. The pattern is exact (hours 00–23, days that exist, 29 February in leap years only).
_DATETIME = {"type": "string", "pattern": _anchored(DATETIME_PATTERN)}
_PLAIN = {"bool": {"type": "boolean"}, "date": _DATE, "datetime": _DATETIME}


def _kind_schema(kind: Kind, defs: dict[str, Any]) -> dict[str, Any]:
    if kind.optional:
        inner = _kind_schema(attrs.evolve(kind, optional=False), defs)
        return {"anyOf": [inner, {"type": "null"}]}
    tag, bounds = kind.tag, kind.bounds
    if tag == "moment":
        return {"anyOf": [dict(_DATE), dict(_DATETIME)]}
    if tag == "choice":
        return {"enum": list(kind.choices)}
    if tag == "map":
        # An object keyed by text (the calendar's years): its values all of one kind.
        schema = {"type": "object", "additionalProperties": _kind_schema(kind.items, defs)}  # type: ignore[arg-type]
        patterns = [bound.pattern for bound in kind.keys.bounds if isinstance(bound, Pattern)]  # type: ignore[union-attr]
        if patterns:
            # Keys of a form of their own (the calendar's years: four ASCII digits), as they are read.
            schema["propertyNames"] = {"pattern": _anchored(patterns[0])}
        return schema
    if tag == "list":
        items = _kind_schema(kind.items, defs)  # type: ignore[arg-type]
        return _length({"type": "array", "items": items, "maxItems": MAX_ITEMS}, bounds)
    if tag == "decimal":
        return _decimal_schema(bounds)
    if tag == "int":
        return _integer_schema(bounds)
    if tag == "str":
        return _length({"type": "string", "maxLength": MAX_TEXT}, bounds)
    if tag in _PLAIN:
        return dict(_PLAIN[tag])
    name = kind.cls.__name__
    if name not in defs:
        defs[name] = {}
        defs[name] = _class_schema(kind.cls, defs)
    return {"$ref": f"#/$defs/{name}"}


def _name_choices(prop: dict[str, Any], names: Mapping[Any, str], where: str) -> None:
    """Give the values of the enum in ``prop`` (itself or its non-null alternative) their Chinese
    names, as ``x-enum-titles`` beside ``enum``, one for each value in the same order: an
    annotation, like ``title``, which validators ignore and a form shows."""
    for node in (prop, *prop.get("anyOf", ())):
        if "enum" in node:
            missing = [v for v in node["enum"] if v not in names]
            if missing:
                raise ValueError(f"{where}: no Chinese name for the choices {missing!r}")
            node["x-enum-titles"] = [names[v] for v in node["enum"]]
            return
    raise ValueError(f"{where}: choices named for a field without fixed values")


def _class_schema(cls: type[Any], defs: dict[str, Any]) -> dict[str, Any]:
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in fields_of(cls):
        prop = dict(_kind_schema(field.kind, defs))
        if field.title:
            prop["title"] = field.title
        if field.title_en:
            # The English title beside the Chinese one, as an annotation (an "x-" keyword, which
            # JSON Schema validators ignore and OpenAPI allows): what English messages call the field.
            prop["x-title-en"] = field.title_en
        if field.description:
            prop["description"] = field.description
        if field.examples:
            prop["examples"] = list(field.examples)
        if field.choice_names:
            _name_choices(prop, field.choice_names, f"{cls.__name__}.{field.name}")
        if field.default is attrs.NOTHING:
            required.append(field.key)
        elif isinstance(field.default, (bool, int, str)) or field.default is None:
            prop["default"] = field.default
        properties[field.key] = prop
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


def input_schema(name: str, title: str, cls: type[Any], rules: Sequence[CrossFieldRule] = ()) -> dict[str, Any]:
    """The payload schema of calculator ``name`` with inputs ``cls``; its ``description`` lists
    ``rules``, and its ``allOf`` says those that are shapes (fields required by another's value)."""
    defs: dict[str, Any] = {}
    body = _class_schema(cls, defs)
    defaults = {key: prop["default"] for key, prop in body["properties"].items() if "default" in prop}
    shapes = conditions(rules, defaults)
    for shape in rules:
        if shape.shape is not None:
            named = {shape.shape.field, *(field for fields in shape.shape.alternatives for field in fields)}
            if not named <= set(body["properties"]):
                raise ValueError(f"{name}: the shape {shape.key!r} names fields not at the top of the payload")
    if shapes:
        body["allOf"] = shapes
    if rules:
        first = body.get("description")
        body["description"] = f"{first}\n\n{describe(rules)}" if first else describe(rules)
    schema: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:qinzhou-calc:{name}",
        "title": title,
        **body,
    }
    if defs:
        schema["$defs"] = defs
    return schema
