"""The money parser and rounding (core issue, 3. Money)."""

import decimal
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from qinzhou_calc._core import Invalid, fen, fmt_decimal, fmt_money, money, parse_number, round_each, round_to
from tests import strategies


@pytest.mark.parametrize(
    ("given_value", "expected"),
    [
        (0.1, Decimal("0.1")),
        (1.65, Decimal("1.65")),
        (2.675, Decimal("2.675")),
        (123456789.12, Decimal("123456789.12")),
        (5, Decimal(5)),
        ("1200000.50", Decimal("1200000.50")),
        ("+7", Decimal(7)),
        ("0007.50", Decimal("7.50")),
        (Decimal("3.14"), Decimal("3.14")),
        ("-0", Decimal(0)),
    ],
)
def test_numbers_are_read_exactly_and_floats_through_their_shortest_repr(
    given_value: object, expected: Decimal
) -> None:
    """A float is read through its shortest repr (0.1 is Decimal("0.1")), never its binary expansion."""
    actual = parse_number(given_value)
    assert expected == actual
    if isinstance(given_value, float):
        assert str(expected) == str(actual)


@pytest.mark.parametrize(
    ("bad", "code"),
    [
        (float("nan"), "invalid_number"),
        (float("inf"), "invalid_number"),
        ("NaN", "invalid_number"),
        ("Infinity", "invalid_number"),
        (Decimal("NaN"), "invalid_number"),
        (Decimal("-Infinity"), "invalid_number"),
        ("1e999999999", "invalid_number"),
        ("1e15", "invalid_number"),
        (10**15, "invalid_number"),
        (1e300, "invalid_number"),
        ("1e-35", "invalid_number"),
        ("1e3", "invalid_number"),
        (" 7 ", "invalid_number"),
        ("7.", "invalid_number"),
        (".5", "invalid_number"),
        ("１２３", "invalid_number"),
        ("٣", "invalid_number"),
        (Decimal("1e-401"), "invalid_number"),
        (10**4000, "invalid_number"),
        ("12,000", "invalid_number"),
        ("一百", "invalid_number"),
        ("", "invalid_number"),
        ("1" * 100, "invalid_number"),
        (True, "type"),
        (None, "type"),
        ([1], "type"),
        ({"a": 1}, "type"),
    ],
)
def test_bad_numbers_are_refused_with_their_code(bad: object, code: str) -> None:
    """NaN, infinity, unparsable text and absurd magnitudes are invalid_number; other types, type."""
    with pytest.raises(Invalid) as caught:
        parse_number(bad)
    assert code == caught.value.code


def test_the_largest_accepted_amount_is_just_below_1e15() -> None:
    """Magnitudes of 10^15 yuan and more are absurd; just below is still a number."""
    assert Decimal("999999999999999.99") == parse_number("999999999999999.99")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0.005", "0.01"),
        ("0.004999", "0.00"),
        ("2.675", "2.68"),
        ("-2.675", "-2.68"),
        ("5000.005", "5000.01"),
        ("-0.001", "0.00"),
        ("1200000", "1200000.00"),
    ],
)
def test_rounding_is_half_up_to_the_fen(value: str, expected: str) -> None:
    """四舍五入 to the fen: a half fen rounds away from zero; a negative zero prints as 0.00."""
    assert expected == fmt_money(fen(Decimal(value)))


def test_rounding_ignores_the_callers_context() -> None:
    """The caller's decimal context (precision 4, rounding down) does not change a rounding."""
    with decimal.localcontext() as ctx:
        ctx.prec = 4
        ctx.rounding = decimal.ROUND_DOWN
        assert Decimal("1234567.89") == fen(Decimal("1234567.885"))
        assert Decimal("0.1") == round_to(Decimal("0.05"), Decimal("0.1"))


@pytest.mark.parametrize(("value", "expected"), [("1.50", "1.5"), ("100", "100"), ("1E+2", "100"), ("0.0", "0")])
def test_plain_decimals_print_without_exponent_or_trailing_zeros(value: str, expected: str) -> None:
    """Rates and areas print plainly."""
    assert expected == fmt_decimal(Decimal(value))


@given(strategies.money)
def test_money_text_reads_back_to_the_same_amount(amount: Decimal) -> None:
    """fmt_money then parse_number loses nothing for an amount already in fen."""
    assert amount == parse_number(fmt_money(amount))


@given(strategies.decimals)
def test_rounding_to_the_fen_moves_by_at_most_half_a_fen(value: Decimal) -> None:
    """|fen(x) − x| ≤ 0.005, and rounding twice changes nothing."""
    rounded = fen(value)
    assert abs(rounded - value) <= Decimal("0.005")
    assert rounded == fen(rounded)


@given(
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e14, max_value=1e14).filter(lambda x: abs(x) >= 1e-12)
)
def test_a_float_reads_as_its_shortest_repr(value: float) -> None:
    """Decimal(repr(x)) is what the caller typed; float(result) gives back the same float."""
    parsed = parse_number(value)
    assert value == float(parsed)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (10**15 - 1, Decimal(999_999_999_999_999)),
        ("0" * 63 + "1", Decimal(1)),
        ("0." + "0" * 61 + "1", Decimal("1e-62")),
        (Decimal("1e-400"), Decimal("1e-400")),
        (5e-324, Decimal("5e-324")),
        ("-0.000", Decimal(0)),
    ],
)
def test_numbers_just_inside_each_limit_are_read(value: object, expected: Decimal) -> None:
    """An integer just below 10^15, text of 64 characters, a Decimal of 400 places, the smallest float;
    a zero of any sign is 0."""
    assert expected == parse_number(value)


@pytest.mark.parametrize("value", [10**15, -(10**15), "0" * 64 + "1", "1e-31", Decimal("1e-401")])
def test_numbers_just_outside_each_limit_are_invalid_number(value: object) -> None:
    """10^15 as an integer (either sign), text of 65 characters, text with an exponent, a Decimal of 401 places."""
    with pytest.raises(Invalid) as caught:
        parse_number(value)
    assert "invalid_number" == caught.value.code


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1E+3", "1000"),
        ("12.3400", "12.34"),
        ("-0.50", "-0.5"),
        ("0.000120", "0.00012"),
        ("1E+30", "1" + "0" * 30),
        ("1.23456789012345678901234567891", "1.23456789012345678901234567891"),
    ],
)
def test_a_decimal_prints_the_same_whether_or_not_its_text_was_kept(
    value: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """fmt_decimal keeps the text of figures it has seen; with an empty store, then from it, the text is the same,
    exact to 34 digits whatever the caller's context."""
    monkeypatch.setattr(money, "_FORMATTED", {})
    with decimal.localcontext() as ctx:
        ctx.prec = 4
        assert expected == fmt_decimal(Decimal(value))
        assert expected == fmt_decimal(Decimal(value))
    assert {Decimal(value): expected} == money._FORMATTED


def test_the_store_of_formatted_decimals_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Beyond its size limit nothing more is kept (a long batch cannot grow it without end)."""
    monkeypatch.setattr(money, "_FORMATTED", {})
    monkeypatch.setattr(money, "_FORMATTED_MAX", 2)
    assert ["1.1", "2.2", "3.3"] == [fmt_decimal(Decimal(v)) for v in ("1.1", "2.2", "3.3")]
    assert {Decimal("1.1"): "1.1", Decimal("2.2"): "2.2"} == money._FORMATTED


def test_round_each_rounds_every_figure_half_up_as_round_to_does() -> None:
    """Worked by hand: 1.005 → 1.01, 2.004 → 2.00, −0.001 → 0.00 (never −0.00), in the keys' order."""
    figures = {"a": Decimal("1.005"), "b": Decimal("2.004"), "c": Decimal("-0.001"), "d": Decimal(9)}
    rounded = round_each(figures, Decimal("0.01"), ["c", "a", "b"])
    assert {"c": Decimal("0.00"), "a": Decimal("1.01"), "b": Decimal("2.00")} == rounded
    assert ["0.00", "1.01", "2.00"] == [str(value) for value in rounded.values()]
