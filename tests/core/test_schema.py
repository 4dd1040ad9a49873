"""JSON Schema generated from typed inputs (core issue, 8. Registry and JSON layer)."""

import jsonschema
import pytest

from qinzhou_calc._core.schema import input_schema
from tests.core.test_inputs import Sample

SCHEMA = input_schema("test.sample", "样例", Sample)


def test_the_schema_is_valid_draft_2020_12() -> None:
    """A form builder can use it as it is."""
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    assert "样例" == SCHEMA["title"]


def test_fields_carry_their_kind_bounds_titles_and_defaults() -> None:
    """Numbers accept JSON numbers or decimal strings; bounds, enums, dates, nesting and renames show."""
    props = SCHEMA["properties"]
    assert ["area", "kind"] == SCHEMA["required"]
    assert 0 == props["area"]["anyOf"][0]["minimum"]
    assert "面积" == props["area"]["title"]
    assert ["main", "lane"] == props["kind"]["enum"]
    assert {"type": "boolean", "title": "标志", "default": False} == props["flag"]
    assert 1 == props["share"]["anyOf"][0]["maximum"]
    assert "from" in SCHEMA["$defs"]["Period"]["properties"]
    assert 10_000 == props["repayments"]["maxItems"]
    assert SCHEMA["additionalProperties"] is False


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
    errors = list(jsonschema.Draft202012Validator(SCHEMA).iter_errors(payload))
    assert valid == (not errors)
