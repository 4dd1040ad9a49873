"""JSON Schema generated from typed inputs (core issue, 8. Registry and JSON layer)."""

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, Optional

import attrs
import jsonschema
import pytest

import qinzhou_calc as qc
from qinzhou_calc._core import Count, DateOrDateTime, PositiveAmount, Ratio, spec
from qinzhou_calc._core.crossfield import CrossFieldRule, Requires, conditions
from qinzhou_calc._core.kinds import DATE_PATTERN, DATETIME_PATTERN, Ge
from qinzhou_calc._core.schema import decimal_text, input_schema, integer_text
from tests.core.test_inputs import Sample


def sample_schema() -> dict[str, Any]:
    """Built inside each test, not at import, so that a mutation of the generator reaches the test."""
    return input_schema("test.sample", "样例", Sample)


def test_the_schema_is_valid_draft_2020_12() -> None:
    """A form builder can use it as it is."""
    schema = sample_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    assert "样例" == schema["title"]


def test_fields_carry_their_kind_bounds_titles_and_defaults() -> None:
    """Numbers accept JSON numbers or decimal strings; bounds, enums, dates, nesting and renames show."""
    schema = sample_schema()
    props = schema["properties"]
    assert ["area", "kind"] == schema["required"]
    assert 0 == props["area"]["anyOf"][0]["minimum"]
    assert "面积" == props["area"]["title"]
    assert ["main", "lane"] == props["kind"]["enum"]
    assert {"type": "boolean", "title": "标志", "default": False} == props["flag"]
    assert 1 == props["share"]["anyOf"][0]["maximum"]
    assert "from" in schema["$defs"]["Period"]["properties"]
    assert 10_000 == props["repayments"]["maxItems"]
    assert schema["additionalProperties"] is False


@pytest.mark.parametrize(
    ("payload", "valid"),
    [
        ({"area": 1, "kind": "main"}, True),
        ({"area": "12.50", "kind": "lane", "period": {"from": "2019-01-01", "to": "2019-02-01"}}, True),
        ({"area": -1, "kind": "main"}, False),
        ({"area": 1, "kind": "road"}, False),
        ({"area": 1, "kind": "main", "extra": 1}, False),
        ({"area": "1,000", "kind": "main"}, False),
    ],
)
def test_the_schema_agrees_with_the_reader(payload: dict[str, object], valid: bool) -> None:
    """What the schema admits, the reader reads, and the reverse for these cases."""
    errors = list(jsonschema.Draft202012Validator(sample_schema()).iter_errors(payload))
    assert valid == (not errors)


@attrs.frozen
class Leaf:
    """A leaf.

    Only the first line of a docstring becomes the description.
    """

    when: dt.datetime = spec("时刻")


@attrs.frozen
class Every:
    """Every kind of field."""

    positive: PositiveAmount = spec("正数", "大于零", examples=("1.5",))
    day: dt.date = spec("日期")
    start: DateOrDateTime = spec("开始")
    ratio: Ratio = spec("比例", default=Decimal(0))
    count: Count = spec("数量", default=3)
    text: str = spec("文字", default="x")
    flag: bool = spec("标志", default=True)
    old_style: Optional[bool] = spec("旧式", default=None)  # noqa: UP045 - typing.Optional is read as well
    leaves: tuple[Leaf, ...] = spec("叶", default=())
    leaf: Leaf | None = spec("叶子", default=None)
    as_of: dt.date | None = spec("适用日期", default=None)


def _text(pattern: str) -> dict[str, Any]:
    """A decimal or whole number written as text: its bounds are in the pattern (tested in test_patterns)."""
    return {"type": "string", "maxLength": 64, "pattern": f"^{pattern}$(?!\\n)"}


_DATE = {"type": "string", "format": "date", "pattern": f"^{DATE_PATTERN}$(?!\\n)"}
_DATETIME = {"type": "string", "pattern": f"^{DATETIME_PATTERN}$(?!\\n)"}
_LIMIT = 10**15


def test_every_kind_of_field_has_its_exact_schema() -> None:
    """Each field kind maps to one JSON Schema shape; titles, descriptions, examples and plain defaults show."""
    expected = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:qinzhou-calc:test.every",
        "title": "每种",
        "type": "object",
        "properties": {
            "positive": {
                "anyOf": [
                    {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": _LIMIT},
                    _text(decimal_text(0, inclusive=False)),
                ],
                "title": "正数",
                "description": "大于零",
                "examples": ["1.5"],
            },
            "ratio": {
                "anyOf": [{"type": "number", "minimum": 0, "maximum": 1}, _text(decimal_text(0, high=1))],
                "title": "比例",
            },
            "count": {
                "anyOf": [
                    {"type": "integer", "minimum": 0, "maximum": 1_000_000_000},
                    _text(integer_text(0, 1_000_000_000)),
                ],
                "title": "数量",
                "default": 3,
            },
            "text": {"type": "string", "maxLength": 500, "title": "文字", "default": "x"},
            "flag": {"type": "boolean", "title": "标志", "default": True},
            "day": {**_DATE, "title": "日期"},
            "start": {"anyOf": [_DATE, _DATETIME], "title": "开始"},
            "old_style": {"anyOf": [{"type": "boolean"}, {"type": "null"}], "title": "旧式", "default": None},
            "leaves": {"type": "array", "items": {"$ref": "#/$defs/Leaf"}, "maxItems": 10_000, "title": "叶"},
            "leaf": {"anyOf": [{"$ref": "#/$defs/Leaf"}, {"type": "null"}], "title": "叶子", "default": None},
            "as_of": {
                "anyOf": [_DATE, {"type": "null"}],
                "title": "适用日期",
                "default": None,
            },
        },
        "additionalProperties": False,
        "required": ["positive", "day", "start"],
        "description": "Every kind of field.",
        "$defs": {
            "Leaf": {
                "type": "object",
                "properties": {"when": {**_DATETIME, "title": "时刻"}},
                "additionalProperties": False,
                "required": ["when"],
                "description": "A leaf.",
            }
        },
    }
    assert expected == input_schema("test.every", "每种", Every)


@attrs.frozen
class Bare:
    flag: bool = spec("", default=False)


def test_a_class_without_docstring_required_fields_or_nesting_has_none_of_those_keys() -> None:
    """No description, no required list, no $defs; an empty title is left out."""
    expected = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:qinzhou-calc:test.bare",
        "title": "空",
        "type": "object",
        "properties": {"flag": {"type": "boolean", "default": False}},
        "additionalProperties": False,
    }
    assert expected == input_schema("test.bare", "空", Bare)


@attrs.frozen
class Node:
    """A tree."""

    children: tuple["Node", ...] = spec("子", default=())


def test_a_recursive_class_is_one_definition_that_refers_to_itself() -> None:
    """The generator does not loop on a class that contains itself."""
    schema = input_schema("test.node", "树", Node)
    assert {"$ref": "#/$defs/Node"} == schema["properties"]["children"]["items"]
    assert {"$ref": "#/$defs/Node"} == schema["$defs"]["Node"]["properties"]["children"]["items"]


@attrs.frozen
class HalfBound:
    """A bound that JSON could only write as a float."""

    x: Annotated[Decimal, Ge(Decimal("0.5"))] = spec("x")


@attrs.frozen
class FloatField:
    """A field type the library never uses."""

    x: float = spec("x")


def test_a_fractional_bound_is_refused_rather_than_written_as_a_float() -> None:
    """Every bound in the library is whole; a fractional one is a programming error."""
    with pytest.raises(ValueError, match=r"whole number, got 0\.5"):
        input_schema("test.half", "半", HalfBound)


def test_a_type_without_a_schema_is_a_type_error() -> None:
    """A float field has no kind, so no JSON Schema, because the library reads no floats."""
    with pytest.raises(TypeError, match="no field kind for <class 'float'>"):
        input_schema("test.float", "浮点", FloatField)


@attrs.frozen
class Remarked:
    """A constraint the schema does not know is left out."""

    x: Annotated[Decimal, Ge(Decimal(1)), "a remark for readers"] = spec("x")


def test_an_annotation_that_is_not_a_bound_adds_nothing() -> None:
    """Only Ge, Gt and Le become JSON Schema keywords."""
    expected = {
        "anyOf": [{"type": "number", "minimum": 1, "exclusiveMaximum": _LIMIT}, _text(decimal_text(1))],
        "title": "x",
    }
    assert expected == input_schema("test.remarked", "注", Remarked)["properties"]["x"]


@pytest.mark.parametrize(
    "moment", ["2019-10-01T22:30:00", "2019-10-01 22:30", "2019-10-01T22:30:00+08:00", "2019-10-01T14:30Z"]
)
def test_a_local_or_aware_date_time_fits_the_schema_with_formats_checked(moment: str) -> None:
    """A local time (China time) is a date-time the library reads, so the schema admits it even
    under a strict RFC 3339 format checker."""
    jsonschema.validate(
        {"obligation": "emergency_paperwork", "start": moment},
        qc.schema("roads.deadline"),
        format_checker=jsonschema.FormatChecker(),
    )


def test_a_shape_on_its_fields_default_value_holds_when_the_field_is_left_out() -> None:
    """``if`` requires the field only where its default does not meet the condition."""
    rule = CrossFieldRule("k", "missing", ("b",), "须给出 b", "needs b", shape=Requires("a", ("x", "y"), (("b",),)))
    assert conditions([rule], {}) == [
        {
            "if": {"properties": {"a": {"enum": ["x", "y"]}}, "required": ["a"]},
            "then": {"required": ["b"], "properties": {"b": {"not": {"type": "null"}}}},
        }
    ]
    assert conditions([rule], {"a": "x"})[0]["if"] == {"properties": {"a": {"enum": ["x", "y"]}}}
    assert conditions([rule], {"a": "z"})[0]["if"] == {"properties": {"a": {"enum": ["x", "y"]}}, "required": ["a"]}
