"""第二十七条: refusing or delaying the repair; the substitute repair is paid out of the repair fee."""

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given

import qinzhou_calc as qc
from tests import strategies
from tests.roads._helpers import cited, errors, note_codes, run


def _rows(data: dict[str, Any]) -> dict[str, str]:
    return {row["item"]: row["amount"] for row in data["breakdown"]}


@pytest.mark.parametrize(
    ("cost", "fee", "deducted", "owed", "left"),
    [
        ("58000", "50000", "50000.00", "8000.00", "0.00"),
        ("30000", "50000", "30000.00", "0.00", "20000.00"),
        ("50000", "50000", "50000.00", "0.00", "0.00"),
        ("0", "12000", "0.00", "0.00", "12000.00"),
        ("1234.565", "1000.004", "1000.00", "234.57", "0.00"),
    ],
)
def test_the_repair_cost_is_deducted_from_the_fee_and_the_rest_is_owed_or_left(
    cost: str, fee: str, deducted: str, owed: str, left: str
) -> None:
    """ "修复费用从城市道路挖掘修复费直接扣除"；不足部分仍由挖掘单位承担（第三条）。"""
    data = run("repair_default_fine", violation_date="2020-07-01", repair_cost=cost, repair_fee_paid=fee)
    assert {"deducted_from_fee": deducted, "still_owed": owed, "fee_left": left} == _rows(data)
    assert "repair_cost_beyond_fee" in note_codes(data)
    assert "政府令第11号 第三条" in cited(data)
    assert "政府令第11号 第十一条" in cited(data)


def test_the_fine_is_ten_thousand_to_twenty_thousand() -> None:
    """ "可以处以一万元以上两万元以下的罚款"."""
    data = run("repair_default_fine", violation_date="2020-07-01", repair_cost=1, repair_fee_paid=1)
    expected = ("10000.00", "20000.00", False)
    assert expected == (data["minimum"], data["maximum"], data["mandatory"])


def test_negative_money_is_refused_field_by_field() -> None:
    """Both amounts are checked and both problems reported."""
    with pytest.raises(qc.InputError) as caught:
        run("repair_default_fine", violation_date="2020-07-01", repair_cost=-1, repair_fee_paid="-0.01")
    expected = [("repair_cost", "negative"), ("repair_fee_paid", "negative")]
    assert expected == sorted(errors(caught.value))


@given(strategies.money, strategies.money)
def test_deducted_plus_left_is_the_fee_and_deducted_plus_owed_is_the_cost(cost: Decimal, fee: Decimal) -> None:
    """Nothing is lost or created by the deduction."""
    rows = _rows(run("repair_default_fine", violation_date="2020-07-01", repair_cost=cost, repair_fee_paid=fee))
    deducted, owed, left = (Decimal(rows[k]) for k in ("deducted_from_fee", "still_owed", "fee_left"))
    assert fee == deducted + left
    assert cost == deducted + owed
    assert min(owed, left) == 0
