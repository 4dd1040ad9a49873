"""附件5 二（二）: at most 8万 for bringing in and applying a major achievement, "按技术交易额一定比例"."""

# House style puts the expected value first (assert expected == actual); SIM300 would flip it.

from decimal import Decimal

import pytest
from hypothesis import given

import qinzhou_calc as qc
from tests import strategies

from ._support import note_codes, problems

NAME = "techinno.achievement_transfer_subsidy"


def _amount(transaction: str, ratio: str | Decimal) -> Decimal | None:
    payload = {"transaction_amount": transaction, "subsidy_ratio": ratio, "as_of": "2020-09-01"}
    return qc.evaluate(NAME, payload).amount


@pytest.mark.parametrize(
    ("transaction", "ratio", "expected"),
    [
        ("1000000", "10", "80000.00"),  # 100000 is above the cap
        ("800000", "10", "80000.00"),  # exactly the cap: "最高 8 万元" includes 8万
        ("800000.10", "10", "80000.00"),  # 80000.01 is one fen above the cap
        ("799999.90", "10", "79999.99"),  # one fen below the cap
        ("12345.67", "3.5", "432.10"),  # 432.09845 rounds half-up to 432.10
        ("500000", "0", "0.00"),
        ("50000", "100", "50000.00"),
    ],
)
def test_the_subsidy_is_the_ratio_of_the_transaction_capped_at_8_wan(
    transaction: str, ratio: str, expected: str
) -> None:
    """amount = min(80000, ratio × transaction amount), rounded half-up to the fen."""
    assert Decimal(expected) == _amount(transaction, ratio)


def test_the_result_always_gives_the_range_0_to_8_wan() -> None:
    """minimum 0, maximum 80000."""
    result = qc.evaluate(NAME, {"transaction_amount": "1000000", "subsidy_ratio": "10", "as_of": "2020-09-01"})
    assert (Decimal(0), Decimal("80000.00")) == (result.minimum, result.maximum)
    assert "ratio_is_an_input" in note_codes(result)


def test_without_a_ratio_the_amount_is_null_and_the_range_is_given_with_a_note() -> None:
    """The plan names no ratio: only the range 0–8万 follows from the text."""
    data = qc.evaluate(NAME, {"transaction_amount": "500000", "as_of": "2020-09-01"}).to_dict()
    assert data["amount"] is None
    assert ("0.00", "80000.00") == (data["minimum"], data["maximum"])
    assert ["ratio_not_set"] == [note["code"] for note in data["notes"]]
    assert {"附件5 二", "三"} == {c["article"] for c in data["citations"]}


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ({"transaction_amount": "100", "subsidy_ratio": "100.01"}, [("subsidy_ratio", "out_of_range")]),
        ({"transaction_amount": "100", "subsidy_ratio": "-1"}, [("subsidy_ratio", "negative")]),
        ({"transaction_amount": "-0.01", "subsidy_ratio": "10"}, [("transaction_amount", "negative")]),
        ({"transaction_amount": "abc"}, [("transaction_amount", "invalid_number")]),
        ({"subsidy_ratio": "10"}, [("transaction_amount", "missing")]),
    ],
)
def test_bad_input_is_reported_with_its_field(payload: dict[str, object], expected: list[tuple[str, str]]) -> None:
    """A ratio over 100%, negative amounts, unreadable numbers."""
    assert expected == problems(NAME, {**payload, "as_of": "2020-09-01"})


@given(transaction=strategies.money, ratio=strategies.techinno_percent)
def test_the_subsidy_is_never_negative_and_never_above_the_cap(transaction: Decimal, ratio: Decimal) -> None:
    """0 ≤ amount ≤ 80000, and never more than the ratio gives."""
    amount = _amount(str(transaction), ratio)
    assert amount is not None
    assert Decimal(0) <= amount <= Decimal(80000)
    assert amount <= transaction * ratio / 100 + Decimal("0.005")


@given(a=strategies.money, b=strategies.money, ratio=strategies.techinno_percent)
def test_a_larger_transaction_never_gets_less(a: Decimal, b: Decimal, ratio: Decimal) -> None:
    """Monotone in the transaction amount."""
    low, high = sorted((a, b))
    small, large = _amount(str(low), ratio), _amount(str(high), ratio)
    assert small is not None
    assert large is not None
    assert small <= large
