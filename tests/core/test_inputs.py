"""Structuring payloads into typed inputs, with every problem's field path (core issue, 7. Errors)."""

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, Literal

import attrs
import pytest

from qinzhou_calc._core import (
    Amount,
    Count,
    DateOrDateTime,
    InputError,
    PositiveAmount,
    Ratio,
    spec,
    structure,
)
from qinzhou_calc._core.kinds import Ge, Gt


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


def test_a_mutable_default_is_refused_when_the_class_is_written() -> None:
    """A list default would be shared between payloads; spec() asks for a tuple or None."""
    with pytest.raises(TypeError, match="use a tuple or None as a default"):
        spec("还款", default=[])


def test_a_python_caller_may_pass_date_and_datetime_objects() -> None:
    """A date object is taken as it is; an aware datetime is converted to China time (UTC+8) and made naive."""
    utc = dt.timezone.utc
    sample = structure(
        {
            "area": 1,
            "kind": "main",
            "start": dt.datetime(2019, 10, 1, 0, 30, tzinfo=utc),
            "period": {"from": dt.date(2019, 1, 1), "to": dt.date(2019, 1, 2)},
        },
        Sample,
    )
    assert dt.datetime(2019, 10, 1, 8, 30) == sample.start
    assert Period(dt.date(2019, 1, 1), dt.date(2019, 1, 2)) == sample.period


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2019-10-01T00:30:00Z", dt.datetime(2019, 10, 1, 8, 30)),
        ("2019-10-01 08:30", dt.datetime(2019, 10, 1, 8, 30)),
        ("2019-10-01T08:30:00+0800", dt.datetime(2019, 10, 1, 8, 30)),
        (dt.datetime(2019, 10, 1, 8, 30), dt.datetime(2019, 10, 1, 8, 30)),
    ],
)
def test_a_date_time_is_read_in_china_time(value: object, expected: dt.datetime) -> None:
    """Z is UTC, 8 hours behind China; a naive time is already China time."""
    assert expected == structure({"area": 1, "kind": "main", "start": value}, Sample).start


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("2019-02-30T10:00", "invalid_date"),
        ("2019-10-01T25:00", "invalid_date"),
        ("2019-10-01 8:30", "invalid_date"),
        (20191001, "type"),
    ],
)
def test_a_date_time_that_does_not_exist_or_is_not_text_is_refused(value: object, code: str) -> None:
    """30 February at ten, hour 25, a one-digit hour, a number."""
    assert [("start", code)] == problems({"area": 1, "kind": "main", "start": value})


def test_a_date_field_refuses_a_date_time_and_a_number() -> None:
    """A time of day where only a date belongs is a type error, as is a number."""
    found = problems(
        {"area": 1, "kind": "main", "period": {"from": dt.datetime(2019, 1, 1, 8), "to": 20190102}},
    )
    assert sorted([("period.from", "type"), ("period.to", "type")]) == sorted(found)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(3, 3), ("3", 3), ("+3", 3), ("003", 3), (3.0, 3), (Decimal("3.00"), 3), (10**9, 10**9)],
)
def test_a_whole_number_field_reads_whole_numbers_in_any_spelling(value: object, expected: int) -> None:
    """3, "3", "+3", "003", 3.0 and Decimal("3.00") are all three; a count goes up to a billion."""
    assert expected == structure({"area": 1, "kind": "main", "count": value}, Sample).count


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ([3], "type"),
        (None, "type"),
        ("3.5", "type"),
        (" 3", "invalid_number"),
        ("３", "invalid_number"),
        ("3e2", "invalid_number"),
        (10**9 + 1, "out_of_range"),
        (10**15, "invalid_number"),
        (-(10**15), "invalid_number"),
    ],
)
def test_a_whole_number_field_refuses_other_types_and_absurd_counts(value: object, code: str) -> None:
    """A list, null, a fraction in text, padded or full-width or exponent text, more than a billion,
    a thousand trillion."""
    assert [("count", code)] == problems({"area": 1, "kind": "main", "count": value})


def test_a_negative_count_is_negative() -> None:
    """Count is at least 0."""
    assert [("count", "negative")] == problems({"area": 1, "kind": "main", "count": -1})


@pytest.mark.parametrize(
    ("amount", "code"),
    [(0, "out_of_range"), (-1, "negative"), ("-0.01", "negative")],
)
def test_a_positive_amount_refuses_zero_as_out_of_range_and_below_as_negative(amount: object, code: str) -> None:
    """PositiveAmount is more than 0: 0 is out of range, a negative is negative."""
    payload = {"area": 1, "kind": "main", "repayments": [{"date": "2019-06-30", "amount": amount}]}
    assert [("repayments[0].amount", code)] == problems(payload)


@pytest.mark.parametrize(("share", "ok"), [("1", True), ("1.0000001", False), ("0", True), ("-0.5", False)])
def test_a_ratio_runs_from_0_to_1_inclusive(share: str, ok: bool) -> None:
    """Both ends are allowed; just above 1 is out of range, below 0 negative."""
    payload = {"area": 1, "kind": "main", "share": share}
    if ok:
        assert Decimal(share) == structure(payload, Sample).share
    else:
        assert [("share", "negative" if share.startswith("-") else "out_of_range")] == problems(payload)


@attrs.frozen
class AtLeastFive:
    """A lower bound that is not zero."""

    n: Annotated[int, Ge(Decimal(5))] = spec("n")
    m: Annotated[int, Gt(Decimal(5))] = spec("m", default=6)


def test_below_a_bound_other_than_zero_is_out_of_range_not_negative() -> None:
    """negative is kept for values below a bound of zero."""
    assert AtLeastFive(5, 6) == structure({"n": 5, "m": 6}, AtLeastFive)
    with pytest.raises(InputError) as caught:
        structure({"n": 4, "m": 5}, AtLeastFive)
    assert [("n", "out_of_range"), ("m", "out_of_range")] == [(p.field, p.code) for p in caught.value.errors]


def test_exactly_ten_thousand_items_are_read() -> None:
    """The limit is inclusive."""
    payload = {"area": 1, "kind": "main", "repayments": [{"date": "2019-01-01", "amount": 1}] * 10_000}
    assert 10_000 == len(structure(payload, Sample).repayments)


def test_an_object_with_more_than_ten_thousand_keys_is_refused() -> None:
    """Keys count like items."""
    payload = {"area": 1, "kind": "main", "period": {str(i): 1 for i in range(10_001)}}
    assert [("period", "out_of_range")] == problems(payload)


def test_twelve_levels_of_nesting_are_read_and_thirteen_refused() -> None:
    """A field's value is level 1; a value at level 13 is refused where it sits, before anything is read."""
    eleven: Any = 1
    for _ in range(11):
        eleven = [eleven]
    assert [("name", "type")] == problems({"area": 1, "kind": "main", "name": eleven})
    assert [("name" + "[0]" * 12, "out_of_range")] == problems({"area": 1, "kind": "main", "name": [eleven]})


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"area": 1, "kind": "main", "a b": 1}, '["a b"]'),
        (
            {"area": 1, "kind": "main", "period": {"from": "2019-01-01", "to": "2019-01-02", "面积": 1}},
            'period["面积"]',
        ),
        ({"area": 1, "kind": "main", "x" * 50: 1}, "x" * 50),
        ({"area": 1, "kind": "main", "-" * 50: 1}, '["' + "-" * 40 + '"]'),
    ],
)
def test_a_key_that_is_not_a_plain_name_is_quoted_in_the_path(payload: dict[str, Any], field: str) -> None:
    """Field paths stay readable: odd keys are quoted JSON strings, cut at 40 characters."""
    assert [(field, "unknown_field")] == problems(payload)


@attrs.frozen
class Table:
    """An object keyed by text, its values all of one kind."""

    table: dict[str, Amount] | None = spec("表", default=None)


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ({"table": {"a": "x", "b": "-1"}}, [("table.a", "invalid_number"), ("table.b", "negative")]),
        ({"table": ["x"]}, [("table", "type")]),
    ],
)
def test_a_problem_inside_an_object_keyed_by_text_is_reported_where_it_is(
    payload: dict[str, Any], expected: list[tuple[str, str]]
) -> None:
    """Each value's problem at its key; anything but an object is a type error."""
    with pytest.raises(InputError) as caught:
        structure(payload, Table)
    assert expected == [(p.field, p.code) for p in caught.value.errors]


@attrs.frozen
class Floating:
    """A field of a kind the library does not read."""

    ratio: float | None = spec("浮点", default=None)


def test_a_field_of_a_kind_the_library_does_not_read_is_refused_when_the_class_is_first_read() -> None:
    """There is no float kind: the specification of the class cannot be compiled."""
    with pytest.raises(TypeError, match="no field kind for <class 'float'>"):
        structure({}, Floating)


@attrs.frozen(cache_hash=True)
class Hashed:
    """An input class whose hash is cached in a slot of its own."""

    low: Amount = spec("下限")


@attrs.frozen
class Unchecked:
    """An input class with a field that is not a spec field."""

    low: Amount = attrs.field()


@pytest.mark.parametrize(("cls", "says"), [(Hashed, "not a slotted attrs class"), (Unchecked, "made by spec")])
def test_a_class_the_reader_cannot_build_slot_by_slot_is_refused_when_first_read(cls: type[Any], says: str) -> None:
    """Its reader would skip what its ``__init__`` does: a cached hash, a check not of the field's kind."""
    with pytest.raises(TypeError, match=says):
        structure({"low": 1}, cls)


@attrs.frozen
class SelfChecking:
    """An input class that checks itself after reading."""

    low: Amount = spec("下限")
    high: Amount = spec("上限")

    def __attrs_post_init__(self) -> None:
        if self.low > self.high:
            raise InputError.one("high", "out_of_range", "high must not be below low")


def test_an_input_error_raised_by_the_class_itself_passes_through_unchanged() -> None:
    """Its problems are reported as the class wrote them."""
    with pytest.raises(InputError) as caught:
        structure({"low": 2, "high": 1}, SelfChecking)
    assert [("high", "out_of_range")] == [(p.field, p.code) for p in caught.value.errors]


def test_spec_keeps_title_description_payload_name_and_examples_as_field_metadata() -> None:
    """The schema and the reader find them there; the default is the field's default."""

    @attrs.frozen
    class Described:
        """A field with everything spec can say."""

        from_: Amount = spec("起点", "起点说明", default=Decimal(1), name="from", examples=("1.5",))
        plain: int = spec("简单", default=0, en="Plain")

    described, plain = attrs.fields(Described)
    expected = {"title": "起点", "description": "起点说明", "name": "from", "examples": ("1.5",), "title_en": ""}
    assert expected == dict(described.metadata)
    assert Decimal(1) == described.default
    plain_metadata = {"title": "简单", "title_en": "Plain", "description": "", "name": None, "examples": ()}
    assert plain_metadata == dict(plain.metadata)
    assert Described(Decimal("2.5"), 3) == structure({"from": "2.5", "plain": 3}, Described)


@attrs.frozen
class Shapes:
    """A tuple field and an optional object."""

    days: tuple[dt.date, ...] = spec("日期", default=())
    period: Period | None = spec("期间", default=None)


def test_a_tuple_field_reads_as_a_tuple_and_an_explicit_null_as_none() -> None:
    """Tuples stay immutable; null where an optional object belongs is None."""
    read = structure({"days": ["2019-01-01", "2019-01-02"], "period": None}, Shapes)
    assert Shapes((dt.date(2019, 1, 1), dt.date(2019, 1, 2)), None) == read
    assert isinstance(read.days, tuple) is True


@pytest.mark.parametrize("value", ["2019-01-01", {"0": "2019-01-01"}])
def test_a_list_field_given_something_else_is_a_type_error(value: object) -> None:
    """Text or an object where a list belongs."""
    with pytest.raises(InputError) as caught:
        structure({"days": value}, Shapes)
    assert [("days", "type")] == [(p.field, p.code) for p in caught.value.errors]
