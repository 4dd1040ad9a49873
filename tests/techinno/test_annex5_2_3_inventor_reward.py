"""附件5 二（三）: the people who made and transferred an achievement get at least 70% of the proceeds."""

# House style puts the expected value first (assert expected == actual); SIM300 would flip it.

from decimal import Decimal

import pytest
from hypothesis import given

import qinzhou_calc as qc
from tests import strategies

from ._support import note_codes, problems

NAME = "techinno.inventor_reward_minimum"


@pytest.mark.parametrize(
    ("proceeds", "expected"),
    [
        ("100000", "70000.00"),
        ("300000.05", "210000.04"),  # 210000.035 rounds half-up
        ("300000.04", "210000.03"),  # 210000.028
        ("0.05", "0.04"),  # 0.035 → 0.04
        ("0", "0.00"),
    ],
)
def test_the_minimum_is_70_percent_of_the_proceeds(proceeds: str, expected: str) -> None:
    """ "给予奖励和报酬不低于 70%"."""
    result = qc.evaluate(NAME, {"proceeds": proceeds, "as_of": "2021-03-15"})
    assert Decimal(expected) == result.amount
    assert result.amount == result.minimum
    assert "inventor_share_basis" in note_codes(result)


def test_negative_proceeds_are_refused() -> None:
    """A negative amount is bad input."""
    assert [("proceeds", "negative")] == problems(NAME, {"proceeds": "-5", "as_of": "2021-03-15"})


@given(a=strategies.techinno_whole_yuan, b=strategies.techinno_whole_yuan)
def test_the_minimum_is_linear_in_whole_yuan(a: Decimal, b: Decimal) -> None:
    """70% of whole yuan needs no rounding: the minimum is exactly additive, and never above the proceeds."""

    def minimum(proceeds: Decimal) -> Decimal:
        amount = qc.evaluate(NAME, {"proceeds": proceeds, "as_of": "2021-03-15"}).amount
        assert amount is not None
        return amount

    assert minimum(a) + minimum(b) == minimum(a + b)
    assert Decimal(0) <= minimum(a) <= a
