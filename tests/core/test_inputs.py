"""Structuring payloads into typed inputs, with every problem's field path (core issue, 7. Errors)."""

import datetime as dt
from decimal import Decimal
from typing import Any, Literal

import attrs
import pytest

from qinzhou_calc._core import Amount, Count, DateOrDateTime, InputError, PositiveAmount, Ratio, spec, structure


@attrs.frozen
class Repayment:
    """A repayment."""

    date: dt.date = spec("日期")
    amount: PositiveAmount = spec("金额")


@attrs.frozen
class Period:
    """A period."""

    from_: dt.date = spec("起", name="from")
    to: dt.date = spec("止")


@attrs.frozen
class Sample:
    """A payload with one field of each kind."""

    area: Amount = spec("面积")
    kind: Literal["main", "lane"] = spec("种类")
    flag: bool = spec("标志", default=False)
    count: Count = spec("数量", default=0)
    share: Ratio = spec("比例", default=Decimal(0))
    name: str = spec("名称", default="")
    start: DateOrDateTime | None = spec("开始", default=None)
    period: Period | None = spec("期间", default=None)
    repayments: list[Repayment] = spec("还款", default=())


def problems(payload: Any) -> list[tuple[str, str]]:
    with pytest.raises(InputError) as caught:
        structure(payload, Sample)
    return [(p.field, p.code) for p in caught.value.errors]


def test_a_good_payload_is_read_into_typed_values() -> None:
    """Numbers become Decimal, dates date, date-times datetime, renamed keys their Python names."""
    sample = structure(
        {
            "area": 12.5,
            "kind": "lane",
            "count": "3",
            "start": "2019-10-01T08:30:00+08:00",
            "period": {"from": "2019-01-01", "to": "2019-12-31"},
            "repayments": [{"date": "2019-06-30", "amount": "100.10"}],
        },
        Sample,
    )
    assert Decimal("12.5") == sample.area
    assert 3 == sample.count
    assert dt.datetime(2019, 10, 1, 8, 30) == sample.start
    assert dt.date(2019, 1, 1) == sample.period.from_  # type: ignore[union-attr]
    assert [Repayment(dt.date(2019, 6, 30), Decimal("100.10"))] == sample.repayments


def test_a_date_or_date_time_field_keeps_a_plain_date() -> None:
    """A date without a time stays a date."""
    assert dt.date(2020, 1, 2) == structure({"area": 1, "kind": "main", "start": "2020-01-02"}, Sample).start


def test_every_problem_is_listed_with_its_field_path() -> None:
    """InputError lists all problems, not just the first."""
    found = problems(
        {
            "area": -1,
            "kind": "highway",
            "flag": 1,
            "count": True,
            "share": "1.5",
            "name": 7,
            "start": "2019-13-01",
            "period": {"from": "2020-02-30", "till": "2020-03-01"},
            "repayments": [{"date": "2019-06-30", "amount": 0}, "x"],
            "colour": "red",
        }
    )
    assert sorted(
        [
            ("area", "negative"),
            ("kind", "invalid_choice"),
            ("flag", "type"),
            ("count", "type"),
            ("share", "out_of_range"),
            ("name", "type"),
            ("start", "invalid_date"),
            ("period.from", "invalid_date"),
            ("period.till", "unknown_field"),
            ("period.to", "missing"),
            ("repayments[0].amount", "out_of_range"),
            ("repayments[1]", "type"),
            ("colour", "unknown_field"),
        ]
    ) == sorted(found)


def test_missing_required_fields_are_each_reported() -> None:
    """An empty payload names every required field."""
    assert sorted([("area", "missing"), ("kind", "missing")]) == sorted(problems({}))


@pytest.mark.parametrize("payload", [[], "x", 3, None])
def test_a_payload_that_is_not_an_object_is_a_type_error(payload: object) -> None:
    """The payload itself must be a mapping."""
    assert [("$", "type")] == problems(payload)


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("NaN", "invalid_number"),
        (float("inf"), "invalid_number"),
        ("1e999999999", "invalid_number"),
        (True, "type"),
        ("abc", "invalid_number"),
        ([], "type"),
    ],
)
def test_bad_numbers_are_reported_on_their_field(value: object, code: str) -> None:
    """NaN, infinity, absurd magnitudes, booleans where numbers belong."""
    assert [("area", code)] == problems({"area": value, "kind": "main"})


@pytest.mark.parametrize("value", [1, "true", 0.0, None])
def test_a_boolean_field_takes_only_true_or_false(value: object) -> None:
    """Numbers and text where a boolean belongs are type errors."""
    assert [("flag", "type")] == problems({"area": 1, "kind": "main", "flag": value})


@pytest.mark.parametrize("value", ["2020-02-30", "2019-02-29", "20200101", "2020-1-1", "2020-01-01T00:00"])
def test_dates_that_do_not_exist_or_are_misformatted_are_invalid_date(value: str) -> None:
    """Dates like 2020-02-30 are refused."""
    assert [("period.to", "invalid_date")] == problems(
        {"area": 1, "kind": "main", "period": {"from": "2020-01-01", "to": value}}
    )


def test_a_whole_number_field_refuses_fractions() -> None:
    """3.5 pupils is a type error, not 3."""
    assert [("count", "type")] == problems({"area": 1, "kind": "main", "count": 3.5})


def test_lists_over_ten_thousand_items_are_refused() -> None:
    """Very large payloads are refused before they are read."""
    payload = {"area": 1, "kind": "main", "repayments": [{"date": "2019-01-01", "amount": 1}] * 10_001}
    assert [("repayments", "out_of_range")] == problems(payload)


def test_deeply_nested_payloads_are_refused() -> None:
    """Nesting deeper than the library reads is out_of_range, not a recursion error."""
    deep: Any = 1
    for _ in range(50):
        deep = [deep]
    assert ("out_of_range" in {code for _, code in problems({"area": 1, "kind": "main", "name": deep})}) is True


def test_long_text_is_out_of_range() -> None:
    """Text fields have a sensible length limit."""
    assert [("name", "out_of_range")] == problems({"area": 1, "kind": "main", "name": "x" * 501})


def test_object_keys_must_be_text() -> None:
    """A Python caller's non-text key is a type error."""
    assert [("$", "type")] == problems({1: 2})


def test_input_error_to_dict_has_the_contract_shape() -> None:
    """InputError.to_dict() gives {"error": {"type": "input_error", "errors": [...]}}."""
    with pytest.raises(InputError) as caught:
        structure({"area": "x"}, Sample)
    data = caught.value.to_dict()
    assert "input_error" == data["error"]["type"]
    assert {"field", "code", "message"} == set(data["error"]["errors"][0])
    assert isinstance(caught.value, ValueError)
