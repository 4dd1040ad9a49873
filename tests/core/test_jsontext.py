"""JSON that does not parse, told in Chinese with its line and column; ``invalid_json`` on every face."""

import json
from decimal import Decimal

import pytest

from qinzhou_calc._core.jsontext import not_json, refuse_constant


def _error(text: str | bytes) -> tuple[str, str, str]:
    try:
        json.loads(text, parse_float=Decimal, parse_constant=refuse_constant)
    except (ValueError, RecursionError) as exc:
        error = not_json("$", exc)
    else:  # pragma: no cover - every text given here is refused
        raise AssertionError(text)
    [problem] = error.errors
    return problem.code, problem.message, problem.en or ""


def test_a_missing_comma_on_the_third_line() -> None:
    assert (
        "invalid_json",
        "不是有效的 JSON：第 3 行第 3 列：缺少逗号 ','",
        "not valid JSON: line 3 column 3: a ',' was expected",
    ) == _error('{\n "a": 1\n  "b": 2}')


def test_an_invalid_escape() -> None:
    assert "不是有效的 JSON：第 1 行第 3 列：无效的反斜杠转义" == _error('["\\q"]')[1]


def test_a_short_unicode_escape() -> None:
    assert _error('["\\u12"]')[1].endswith("列：\\u 转义不是四位十六进制数")


def test_a_control_character_in_a_string() -> None:
    assert "不是有效的 JSON：第 1 行第 3 列：字符串中有未转义的控制字符" == _error('["\x01"]')[1]


def test_infinity_is_not_a_number() -> None:
    assert ("invalid_json", "不是有效的 JSON：-Infinity 不是数") == _error("[-Infinity]")[:2]


def test_an_integer_over_pythons_digit_limit() -> None:
    assert "不是有效的 JSON：整数位数过多" == _error("1" * 5000)[1]


def test_bytes_that_are_not_utf8() -> None:
    assert "不是有效的 JSON：不是 UTF-8 编码的文本" == _error(b'{"a": "\xff\xfe\xfa"}')[1]


def test_nesting_too_deep_is_out_of_range() -> None:
    error = not_json("$", RecursionError())
    assert [("$", "out_of_range", "JSON 嵌套过深")] == [(p.field, p.code, p.message) for p in error.errors]


@pytest.mark.parametrize("text", ["{", "[1,", '{"a"'])
def test_every_error_names_a_line_and_a_column(text: str) -> None:
    assert _error(text)[1].startswith("不是有效的 JSON：第 1 行第 ")
