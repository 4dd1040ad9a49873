"""JSON Schema (draft 2020-12) of a calculator's payload, built from its inputs' field specification.

A number may be given as text (``"1200000.50"``, ``"12"``), and a schema cannot compare a string with
its ``minimum``: the text's ``pattern`` holds the same bounds (:func:`decimal_text`,
:func:`integer_text`), so that a form that validates with the schema and the library agree on every
string.
"""

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

import attrs

from .crossfield import CrossFieldRule, conditions, describe
from .fields import Kind, fields_of
from .kinds import DATE_PATTERN, DATETIME_PATTERN, MAX_ITEMS, MAX_TEXT, Bound, Ge, Le, MaxLen, MinLen, Pattern
from .money import MAX_NUMBER_TEXT

__all__ = ["decimal_text", "input_schema", "int_range", "integer_text"]

#: The magnitude every number stays below (``money.MAX_ABS``), as a JSON number.
_LIMIT = 10**15


def _span(a: str, b: str) -> str:
    """Every digit string of the same length from ``a`` to ``b`` (inclusive)."""
    if not a:
        return ""
    if a[0] == b[0]:
        return a[0] + _span(a[1:], b[1:])
    rest = len(a) - 1
    parts: list[str] = []
    first_low, first_high = int(a[0]), int(b[0])
    if a[1:] != "0" * rest:
        parts.append(a[0] + _span(a[1:], "9" * rest))
        first_low += 1
    tail = None
    if b[1:] != "9" * rest:
        tail = b[0] + _span("0" * rest, b[1:])
        first_high -= 1
    if first_low <= first_high:
        first = str(first_low) if first_low == first_high else f"[{first_low}-{first_high}]"
        parts.append(first + (f"[0-9]{{{rest}}}" if rest > 1 else "[0-9]" * rest))
    if tail is not None:
        parts.append(tail)
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def int_range(low: int, high: int) -> str:
    """Whole numbers from ``low`` to ``high`` (0 ≤ low ≤ high), written without leading zeros."""
    if low <= 1 and high >= 9 and str(high + 1).rstrip("0") == "1":
        # Every number of 1 to k digits: the common case of "below 10^k", written short.
        every = f"[1-9][0-9]{{0,{len(str(high)) - 1}}}"
        return every if low == 1 else f"(?:0|{every})"
    parts = []
    for length in range(len(str(low)), len(str(high)) + 1):
        a = max(low, 10 ** (length - 1) if length > 1 else 0)
        b = min(high, 10**length - 1)
        if a <= b:
            parts.append(_span(str(a), str(b)))
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def integer_text(low: int, high: int) -> str:
    """A whole number from ``low`` to ``high`` as text: an optional sign, ASCII digits, leading zeros
    allowed (``"007"``), nothing else. ``high`` is at least 0."""
    positive = f"\\+?0*{int_range(max(low, 0), high)}"
    if low > 0:
        return positive
    negative = "-0+" if low == 0 else f"-0*{int_range(0, -low)}"
    return f"(?:{positive}|{negative})"


def decimal_text(low: int | None = None, inclusive: bool = True, high: int | None = None) -> str:
    """A decimal in plain notation (``"-12.50"``) within the bounds: at least ``low`` (more than
    ``low`` when not ``inclusive``; no lower bound when ``None``) and at most ``high`` (below 10^15
    when ``None``). The bounds are whole numbers, ``low`` from 0 to ``high``."""
    fraction = r"(?:\.[0-9]+)?"
    zero_fraction = r"(?:\.0+)?"
    nonzero_fraction = r"\.[0-9]*[1-9][0-9]*"
    top = _LIMIT - 1 if high is None else high
    bottom = 0 if low is None else low
    parts: list[str] = []
    if top == bottom:
        parts.append(f"{bottom}{zero_fraction}")
    else:
        parts.append(f"{bottom}{fraction if inclusive or low is None else nonzero_fraction}")
        if bottom + 1 <= top - 1:
            parts.append(f"{int_range(bottom + 1, top - 1)}{fraction}")
        parts.append(f"{top}{fraction if high is None else zero_fraction}")
    positive = "0*(?:" + "|".join(parts) + ")"
    if low is None:
        magnitude = f"0*(?:0{fraction}|{int_range(1, _LIMIT - 1)}{fraction})"
        return f"(?:\\+?{positive}|-{magnitude})"
    if bottom == 0 and inclusive:
        return f"(?:\\+?{positive}|-0+{zero_fraction})"
    return f"\\+?{positive}"


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


def _range(bounds: tuple[object, ...]) -> tuple[int | None, bool, int | None]:
    """A number's lower bound (``None``: none) and whether a value may equal it, and its upper bound."""
    low: int | None = None
    inclusive, high = True, None
    for bound in bounds:
        if isinstance(bound, Le):
            high = _whole(bound.bound)
        elif isinstance(bound, Bound):
            low, inclusive = _whole(bound.bound), isinstance(bound, Ge)
    return low, inclusive, high


def _decimal_schema(bounds: tuple[object, ...]) -> dict[str, Any]:
    """A number, or a decimal string, within the bounds: the same bounds in both forms."""
    low, inclusive, high = _range(bounds)
    number: dict[str, Any] = {"type": "number"}
    if low is not None:
        number["minimum" if inclusive else "exclusiveMinimum"] = low
    if high is not None:
        number["maximum"] = high
    else:
        number["exclusiveMaximum"] = _LIMIT
    if low is None:
        number["exclusiveMinimum"] = -_LIMIT
    return _or_text(number, decimal_text(low, inclusive, high))


def _integer_schema(bounds: tuple[object, ...]) -> dict[str, Any]:
    """A whole number, or the same written as text (``"12"``), within the bounds."""
    low, inclusive, high = _range(bounds)
    low = -(_LIMIT - 1) if low is None else low if inclusive else low + 1
    high = _LIMIT - 1 if high is None else high
    return _or_text({"type": "integer", "minimum": low, "maximum": high}, integer_text(low, high))


def _or_text(number: dict[str, Any], pattern: str) -> dict[str, Any]:
    return {"anyOf": [number, {"type": "string", "maxLength": MAX_NUMBER_TEXT, "pattern": _anchored(pattern)}]}


def _length(schema: dict[str, Any], bounds: tuple[object, ...]) -> dict[str, Any]:
    for bound in bounds:
        if isinstance(bound, MaxLen):
            schema["maxItems" if schema.get("type") == "array" else "maxLength"] = bound.limit
        if isinstance(bound, MinLen):
            schema["minItems"] = bound.limit
    return schema


_DATE = {"type": "string", "format": "date", "pattern": _anchored(DATE_PATTERN)}
# No "format": "date-time": RFC 3339 requires an offset, and the library takes a time without one as
# China time. The pattern is exact (hours 00–23, days that exist, 29 February in leap years only).
_DATETIME = {"type": "string", "pattern": _anchored(DATETIME_PATTERN)}
#: The schema of a plain kind, from its bounds.
_PLAIN: dict[str, Callable[[tuple[object, ...]], dict[str, Any]]] = {
    "decimal": _decimal_schema,
    "int": _integer_schema,
    "str": lambda bounds: _length({"type": "string", "maxLength": MAX_TEXT}, bounds),
    "bool": lambda bounds: {"type": "boolean"},
    "date": lambda bounds: dict(_DATE),
    "datetime": lambda bounds: dict(_DATETIME),
    "moment": lambda bounds: {"anyOf": [dict(_DATE), dict(_DATETIME)]},
}


def _kind_schema(kind: Kind, defs: dict[str, Any]) -> dict[str, Any]:
    if kind.optional:
        return {"anyOf": [_kind_schema(attrs.evolve(kind, optional=False), defs), {"type": "null"}]}
    if kind.tag in _PLAIN:
        return _PLAIN[kind.tag](kind.bounds)
    if kind.tag == "choice":
        return {"enum": list(kind.choices)}
    if kind.tag == "list":
        items = _kind_schema(kind.items, defs)  # type: ignore[arg-type]
        return _length({"type": "array", "items": items, "maxItems": MAX_ITEMS}, kind.bounds)
    if kind.tag == "map":
        # An object keyed by text (the calendar's years): its values all of one kind.
        schema = {"type": "object", "additionalProperties": _kind_schema(kind.items, defs)}  # type: ignore[arg-type]
        patterns = [bound.pattern for bound in kind.keys.bounds if isinstance(bound, Pattern)]  # type: ignore[union-attr]
        if patterns:
            # Keys of a form of their own (the calendar's years: four ASCII digits), as they are read.
            schema["propertyNames"] = {"pattern": _anchored(patterns[0])}
        return schema
    name = kind.cls.__name__
    if name not in defs:
        defs[name] = {}
        defs[name] = _class_schema(kind.cls, defs)
    return {"$ref": f"#/$defs/{name}"}


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
            # The Chinese name of each value of the enum (itself or its non-null alternative), in
            # order: an annotation, like ``title``, which validators ignore and a form shows.
            enum = next(node for node in (prop, *prop.get("anyOf", ())) if "enum" in node)
            missing = [value for value in enum["enum"] if value not in field.choice_names]
            if missing:
                raise ValueError(f"{cls.__name__}.{field.name}: no Chinese name for the choices {missing!r}")
            enum["x-enum-titles"] = [field.choice_names[value] for value in enum["enum"]]
        if field.default is attrs.NOTHING:
            required.append(field.key)
        elif isinstance(field.default, (bool, int, str)) or field.default is None:
            prop["default"] = field.default
        properties[field.key] = prop
    schema: dict[str, Any] = {"type": "object", "properties": properties, "additionalProperties": False}
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
