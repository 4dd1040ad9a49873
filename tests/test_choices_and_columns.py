"""What a person reads beside the codes: every fixed choice of every schema has a Chinese name
(``x-enum-titles``), every key of every breakdown row a column title, and the date messages name
fields by their Chinese titles, never by their payload keys."""

import re
from collections.abc import Iterator
from typing import Any, Literal

import attrs
import pytest

import qinzhou_calc as qc
from qinzhou_calc._core import spec
from qinzhou_calc._core.registry import get
from qinzhou_calc._core.schema import input_schema

CJK = re.compile(r"[\u4e00-\u9fff]")


def enums(node: Any, path: str = "$") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every node of a schema that lists the fixed values of a field, with where it is: not the
    values an ``if`` tests (a condition on a field named already, never shown as a choice)."""
    if isinstance(node, dict):
        if "enum" in node:
            yield path, node
        for key, value in node.items():
            if key != "if":
                yield from enums(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from enums(value, f"{path}[{i}]")


def keys(value: Any) -> Iterator[str]:
    """Every key of a breakdown, its nested rows' too."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield key
            yield from keys(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from keys(inner)


@pytest.mark.parametrize("name", qc.calculators())
def test_every_choice_of_every_schema_has_a_chinese_name(name: str) -> None:
    found = list(enums(qc.schema(name)))
    for path, node in found:
        titles = node.get("x-enum-titles")
        for i, value in enumerate(node["enum"]):
            if isinstance(value, str) and CJK.search(value):
                continue  # already Chinese (the counties of 附件5)
            assert titles, (name, path)
            assert len(titles) == len(node["enum"]), (name, path)
            assert CJK.search(titles[i]), (name, path, value, titles[i])


def test_the_choices_found_include_the_ones_a_newcomer_met() -> None:
    """管辖 and 学校类型 (education), 存期 (banking), 道路等级 nested in anyOf (roads)."""
    school = qc.schema("education.new_build_subsidy")["$defs"]["School"]["properties"]
    assert dict(zip(school["jurisdiction"]["enum"], school["jurisdiction"]["x-enum-titles"], strict=True)) == {
        "city": "市本级管辖",
        "county": "县区管辖",
    }
    assert school["type"]["x-enum-titles"][1] == "小学"
    term = qc.schema("banking.deposit_rate_score")["properties"]["term"]
    assert dict(zip(term["enum"], term["x-enum-titles"], strict=True))["1y"] == "一年"
    road = qc.schema("roads.deadline")["properties"]["road_class"]["anyOf"][0]
    assert road["x-enum-titles"] == ["主干道", "次干道", "支路", "巷路"]


@attrs.frozen
class _HalfNamed:
    """A choice with one value named."""

    colour: Literal["red", "blue"] = spec("颜色", en="Colour", choices={"red": "红"})


def test_a_choice_left_unnamed_is_refused_when_the_schema_is_made() -> None:
    with pytest.raises(ValueError, match="blue"):
        input_schema("test.half", "半", _HalfNamed)


@pytest.mark.parametrize("name", qc.calculators())
def test_every_breakdown_key_of_every_example_has_a_column_title(name: str) -> None:
    calc = get(name)
    for example in calc.examples:
        try:
            result = qc.evaluate(name, example.payload)
        except qc.InputError:
            continue
        for key in keys(result.to_dict()["breakdown"]):
            assert key in calc.columns, (name, key)
            chinese, english = calc.columns[key]
            assert CJK.search(chinese), (name, key)
            assert english, (name, key)
            assert not CJK.search(english), (name, key)


def test_a_column_is_titled_in_the_language_asked() -> None:
    """第二十四条's breakdown: one row per point, its range in 元."""
    calc = get("roads.unpermitted_excavation_fine")
    assert [calc.column_title(k) for k in ("point", "area_m2", "clause", "minimum", "maximum")] == [
        "挖掘点（处）",
        "面积（m²）",
        "所在项",
        "罚款下限（元）",
        "罚款上限（元）",
    ]
    assert calc.column_title("area_m2", "en") == "Area (m²)"
    assert calc.column_title("unheard_of") == "unheard_of"


def test_the_incubatees_window_after_the_plan_is_titled_with_its_nested_days() -> None:
    """A graduate's window that runs past 2021-12-31 is a nested row {from, to}: both titled."""
    payload = {
        "incubatees": [{"name": "甲公司", "certified_on": "2021-06-01", "graduated_on": "2021-03-01"}],
        "as_of": "2021-12-31",
    }
    calc = get("techinno.incubator_subsidy")
    (row,) = qc.evaluate("techinno.incubator_subsidy", payload).to_dict()["breakdown"]
    assert row["window_after_plan_end"] == {"from": "2022-01-01", "to": "2022-03-01"}
    assert all(key in calc.columns for key in keys(row))


PAYLOAD_KEY = re.compile(r"\b(as_of|decision_date|registered_on|violation_date)\b")


@pytest.mark.parametrize(
    ("payload", "field", "expected"),
    [
        (
            {"registered_amount": "1", "decision_date": "2030-01-01"},
            "decision_date",
            "决定日期 2030-01-01 不在其内；请给出认定登记日期或适用日期",
        ),
        ({"registered_amount": "1", "as_of": "2030-01-01"}, "as_of", "适用日期 2030-01-01 不在其内"),
        (
            {"registered_amount": "1", "registered_on": "2020-06-30", "decision_date": "2020-06-01"},
            "registered_on",
            "认定登记日期为 2020-06-30，晚于决定日期 2020-06-01：尚未发生的事件不能据以作出决定；"
            "如要预先计算，请给出不早于事件的决定日期",
        ),
        (
            {"registered_amount": "1", "registered_on": "2030-06-30", "decision_date": "2030-07-01"},
            "registered_on",
            "认定登记日期为 2030-06-30，不在此期间",
        ),
    ],
)
def test_date_messages_name_fields_by_their_chinese_titles(payload: dict[str, str], field: str, expected: str) -> None:
    """附件5's contract subsidy, in force 2019–2021: the person is told which date to give, by its title."""
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate("techinno.contract_registration_subsidy", payload)
    (problem,) = caught.value.errors
    assert problem.field == field
    assert expected in problem.message
    assert not PAYLOAD_KEY.search(problem.message), problem.message


def test_in_english_the_date_message_names_both_fields_by_title_and_path() -> None:
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate("techinno.contract_registration_subsidy", {"registered_amount": "1"}, lang="en")
    (problem,) = caught.value.errors
    assert problem.message.endswith("give Registration date [registered_on] or Date of the law applied [as_of]")
