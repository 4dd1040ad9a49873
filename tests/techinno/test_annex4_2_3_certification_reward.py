"""附件4 二（三）: 5万 per certified high-tech enterprise, plus 50万 / 20万 / 5万 for a research institution."""

# House style puts the expected value first (assert expected == actual); SIM300 would flip it.

import datetime as dt
import io
import json
from contextlib import redirect_stdout
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import qinzhou_calc as qc
from qinzhou_calc.cli import main
from qinzhou_calc.techinno import hte_certification_reward
from tests import strategies

from ._support import note_codes, problems

NAME = "techinno.hte_certification_reward"


@pytest.mark.parametrize(
    ("certification", "level", "expected"),
    [
        ("first", "none", "50000.00"),
        ("renewed", "none", "50000.00"),
        ("first", "city", "100000.00"),
        ("renewed", "regional", "250000.00"),
        ("first", "national", "550000.00"),
    ],
)
def test_the_reward_and_the_research_institution_support_add_up(certification: str, level: str, expected: str) -> None:
    """ "给予5万元/家的奖励" + "分别给予50万元、20万元、5万元的资金支持"."""
    payload = {"certification": certification, "certified_on": "2020-11-30", "research_institution_level": level}
    assert Decimal(expected) == qc.evaluate(NAME, payload).amount


def test_the_breakdown_shows_both_parts_and_the_notes_state_the_reading() -> None:
    """Both sentences of 二（三） appear: the 5万 reward and the 20万 regional support."""
    result = qc.evaluate(
        NAME, {"certification": "first", "certified_on": "2020-11-30", "research_institution_level": "regional"}
    )
    data = result.to_dict()
    expected = [
        {"part": "certification_reward", "certification": "first", "amount": "50000.00"},
        {"part": "research_institution_support", "level": "regional", "amount": "200000.00"},
    ]
    assert expected == data["breakdown"]
    assert "rewards_add_up" in note_codes(result)
    assert 2 == len(data["citations"])
    assert "50000.00 元 + 200000.00 元 = 250000.00 元" == data["steps"][-1]


def test_without_a_research_institution_the_second_part_is_zero() -> None:
    """research_institution_level defaults to none."""
    result = qc.evaluate(NAME, {"certification": "renewed", "certified_on": "2021-01-05"})
    assert Decimal("0") == result.breakdown[1]["amount"]
    assert Decimal("50000.00") == result.amount


def test_the_typed_function_takes_dates_and_agrees_with_evaluate() -> None:
    """Keyword names are the payload's field names."""
    typed = hte_certification_reward(
        certification="first", certified_on=dt.date(2020, 11, 30), research_institution_level="national"
    )
    assert Decimal("550000.00") == typed.amount
    assert dt.date(2020, 11, 30) == typed.as_of


def test_the_cli_runs_the_reward() -> None:
    """qinzhou-calc run techinno.hte_certification_reward --json '…'."""
    out = io.StringIO()
    payload = json.dumps({"certification": "first", "certified_on": "2020-11-30", "research_institution_level": "city"})
    with redirect_stdout(out):
        code = main(["run", NAME, "--json", payload])
    assert 0 == code
    assert "100000.00" == json.loads(out.getvalue())["amount"]


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ({"certification": "third", "certified_on": "2020-01-01"}, [("certification", "invalid_choice")]),
        (
            {"certification": "first", "certified_on": "2020-01-01", "research_institution_level": "provincial"},
            [("research_institution_level", "invalid_choice")],
        ),
        ({"certification": "first"}, [("certified_on", "missing")]),
        ({"certification": "first", "certified_on": "2019-02-29"}, [("certified_on", "invalid_date")]),
    ],
)
def test_bad_input_is_reported_with_its_field(payload: dict[str, object], expected: list[tuple[str, str]]) -> None:
    """Every problem has its field path and code."""
    assert expected == problems(NAME, payload)


@given(
    certification=st.sampled_from(["first", "renewed"]),
    level=st.sampled_from(["none", "city", "regional", "national"]),
    day=strategies.techinno_days,
)
def test_the_amount_is_always_between_5_and_55_wan_and_the_sum_of_its_parts(
    certification: str, level: str, day: dt.date
) -> None:
    """Never negative, never above 5万 + 50万, always the sum of the breakdown."""
    result = qc.evaluate(
        NAME, {"certification": certification, "certified_on": day, "research_institution_level": level}
    )
    assert result.amount is not None
    assert Decimal("50000") <= result.amount <= Decimal("550000")
    assert result.amount == sum(row["amount"] for row in result.breakdown)
