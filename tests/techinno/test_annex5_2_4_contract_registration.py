"""附件5 二（四）: 0.5% of the registered technology-contract amount, to the registration body."""

# House style puts the expected value first (assert expected == actual); SIM300 would flip it.

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import qinzhou_calc as qc
from qinzhou_calc.cli import main
from tests import strategies

from ._support import problems

NAME = "techinno.contract_registration_subsidy"


@pytest.mark.parametrize(
    ("registered", "expected"),
    [
        ("1000001", "5000.01"),  # 5000.005: exactly half a fen, rounds up
        ("1000000.99", "5000.00"),  # 5000.00495: just under half a fen
        ("999999", "5000.00"),  # 4999.995 rounds up
        ("1000000", "5000.00"),
        ("1", "0.01"),  # 0.005 → 0.01
        ("0.99", "0.00"),  # 0.00495 → 0.00
    ],
)
def test_the_subsidy_is_half_a_percent_rounded_half_up(registered: str, expected: str) -> None:
    """ "给予技术合同登记机构完成的技术合同认定登记额 0.5% 的补助"."""
    assert Decimal(expected) == qc.evaluate(NAME, {"registered_amount": registered, "as_of": "2020-06-30"}).amount


def test_the_steps_show_the_arithmetic() -> None:
    """The step reads like the text."""
    result = qc.evaluate(NAME, {"registered_amount": "1000001", "as_of": "2020-06-30"})
    assert "1000001.00 元 × 0.5% = 5000.01 元（四舍五入到分）" == result.steps[-1]
    assert 2 == len(result.steps)  # the first names the dates used


def test_a_negative_registered_amount_is_refused() -> None:
    """Bad input, with its field."""
    assert [("registered_amount", "negative")] == problems(NAME, {"registered_amount": "-1", "as_of": "2020-06-30"})


def test_the_cli_exits_0_on_a_result_and_2_on_bad_input() -> None:
    """qinzhou-calc run …: the JSON result on stdout, or the error's JSON on stderr."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        ok = main(["run", NAME, "--json", '{"registered_amount": 1000001, "as_of": "2020-06-30"}'])
        bad = main(["run", NAME, "--json", '{"registered_amount": -1, "as_of": "2020-06-30"}'])
    assert (0, 2) == (ok, bad)
    assert "5000.01" == json.loads(out.getvalue())["amount"]
    assert "negative" == json.loads(err.getvalue())["error"]["errors"][0]["code"]


@given(registered=strategies.money)
def test_the_subsidy_is_never_negative_and_within_half_a_fen_of_the_rate(registered: Decimal) -> None:
    """Rounded once, half-up."""
    amount = qc.evaluate(NAME, {"registered_amount": registered, "as_of": "2020-06-30"}).amount
    assert amount is not None
    assert amount >= 0
    assert Decimal("-0.005") < amount - registered * Decimal("0.005") <= Decimal("0.005")


@given(a=st.integers(min_value=0, max_value=10**10), b=st.integers(min_value=0, max_value=10**10))
def test_the_subsidy_is_linear_in_multiples_of_two_yuan(a: int, b: int) -> None:
    """0.5% of an even number of yuan is a whole number of fen: exactly additive."""

    def subsidy(yuan: int) -> Decimal:
        amount = qc.evaluate(NAME, {"registered_amount": 2 * yuan, "as_of": "2020-06-30"}).amount
        assert amount is not None
        return amount

    assert subsidy(a) + subsidy(b) == subsidy(a + b)
