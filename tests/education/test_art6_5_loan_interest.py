"""第六条（五）: interest subsidy at the PBoC rate for the loan's term, at most 5 years and 200万 in
all, for schools in the main urban area for 2 years, of 第二条's size after the works, with enough
investment or equipment; never higher-vocational or undergraduate schools."""

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import qinzhou_calc as qc
from qinzhou_calc.education import loan_interest_subsidy

from .. import strategies
from .helpers import error, note_codes, reason_codes, run, school

AS_OF = "2024-11-21"


def loan_payload(
    principal: str = "1000000",
    drawn_on: str = "2020-01-01",
    term_months: int = 36,
    repayments: tuple[tuple[str, str], ...] = (),
    **overrides: Any,
) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "school": school("primary", 18, 800),
        "main_urban_area": True,
        "operating_since": "2015-09-01",
        "investment": "3500000",
        "equipment": "0",
        "loan": {
            "principal": principal,
            "drawn_on": drawn_on,
            "term_months": term_months,
            "repayments": [{"date": d, "amount": a} for d, a in repayments],
        },
        "as_of": AS_OF,
    }
    payload.update(overrides)
    return payload


def subsidy(**kwargs: Any) -> Any:
    return run("loan_interest_subsidy", **loan_payload(**kwargs))


#: The reading under which interest from before 2019-11-22 counts: the arithmetic of earlier rates.
INCLUDED = {"education.loan.interest_before_policy": "included"}


def subsidy_including_interest_before_the_policy(**kwargs: Any) -> Any:
    payload = loan_payload(**kwargs)
    payload.setdefault("as_of", AS_OF)
    return qc.evaluate("education.loan_interest_subsidy", payload, readings=INCLUDED)


def period(start: str, end: str) -> dict[str, str]:
    return {"from": start, "to": end}


# --- the interest ----------------------------------------------------------------------------


def test_a_loan_with_a_repayment_mid_year_pays_interest_on_the_balance_day_by_day() -> None:
    """1,000,000 at the 1–5 year rate 4.75% from 2020-01-01; 400,000 repaid on 2021-07-01.

    2020: 1,000,000 × 4.75% × 366 / 360 = 48,291.666… → 48,291.67
    2021: (1,000,000 × 4.75% × 181 + 600,000 × 4.75% × 184) / 360 = 23,881.944… + 14,566.666… → 38,448.61
    """
    result = subsidy(repayments=(("2021-07-01", "400000"),), period=period("2020-01-01", "2021-12-31"))
    data = result.to_dict()
    assert (True, "86740.28") == (result.eligible, data["amount"])
    rows = [(r["year"], r["days"], r["rate"], r["interest_amount"], r["subsidy_amount"]) for r in data["breakdown"]]
    assert [(2020, 366, "4.75", "48291.67", "48291.67"), (2021, 365, "4.75", "38448.61", "38448.61")] == rows
    # average balance 2021: (1,000,000 × 181 + 600,000 × 184) / 365 = 291,400,000 / 365 = 798,356.164…
    assert ["1000000.00", "798356.16"] == [r["average_balance_amount"] for r in data["breakdown"]]


def test_a_loan_drawn_in_2015_straddles_six_benchmark_rate_changes() -> None:
    """360,000 for 12 months from 2015-01-01 (≤1 year bucket): 10 × rate 元 a day.

    59 d × 56 + 71 d × 53.5 + 48 d × 51 + 59 d × 48.5 + 59 d × 46 + 69 d × 43.5 = 18,127.50
    """
    result = subsidy_including_interest_before_the_policy(principal="360000", drawn_on="2015-01-01", term_months=12)
    data = result.to_dict()
    assert "18127.50" == data["amount"]
    (row,) = data["breakdown"]
    assert [59, 71, 48, 59, 59, 69] == [s["days"] for s in row["segments"]]
    assert ["5.6", "5.35", "5.1", "4.85", "4.6", "4.35"] == [s["rate"] for s in row["segments"]]
    # day-weighted rate: 1812.75 / 365 = 4.96643…
    assert (365, "4.9664", "2015-12-31") == (row["days"], row["rate"], row["to"])


def test_the_five_bucket_era_uses_the_bucket_of_the_contract_term() -> None:
    """360,000 for 24 months from 2012-01-01 (1–3 year bucket): 6.65% → 6.40% (06-08) → 6.15% (07-06).

    159 d × 66.5 + 28 d × 64 + 179 d × 61.5 = 10,573.5 + 1,792 + 11,008.5 = 23,374.00
    """
    result = subsidy_including_interest_before_the_policy(
        principal="360000", drawn_on="2012-01-01", term_months=24, period=period("2012-01-01", "2012-12-31")
    )
    assert "23374.00" == result.to_dict()["amount"]


def test_the_change_from_five_to_three_buckets_on_22_november_2014_is_followed() -> None:
    """360,000 for 24 months from 2014-11-01: 21 d × 61.5 (1–3 years, 6.15%) + 40 d × 60 (1–5 years, 6.00%)."""
    result = subsidy_including_interest_before_the_policy(
        principal="360000", drawn_on="2014-11-01", term_months=24, period=period("2014-11-01", "2014-12-31")
    )
    assert "3691.50" == result.to_dict()["amount"]


def test_a_repayment_on_the_drawdown_day_counts_from_that_day() -> None:
    """600,000 left from day one: 600,000 × 4.75% × 366 / 360 = 28,975.00."""
    result = subsidy(repayments=(("2020-01-01", "400000"),), period=period("2020-01-01", "2020-12-31"))
    assert "28975.00" == result.to_dict()["amount"]


def test_a_loan_repaid_in_full_bears_no_interest_afterwards() -> None:
    """360,000 repaid on 2020-07-01: 182 days × 47.50 元 = 8,645.00; nothing in 2021."""
    result = subsidy(principal="360000", term_months=24, repayments=(("2020-07-01", "360000"),))
    data = result.to_dict()
    assert "8645.00" == data["amount"]
    assert [("2020", "8645.00"), ("2021", "0.00")] == [
        (str(r["year"]), r["interest_amount"]) for r in data["breakdown"]
    ]


def test_the_day_count_is_actual_over_360_by_default_and_says_so() -> None:
    """人民银行《人民币利率管理规定》: 日利率 = 年利率 ÷ 360."""
    result = subsidy(period=period("2020-01-01", "2020-12-31"))
    assert "48291.67" == result.to_dict()["amount"]
    assert "day_count_360" in note_codes(result)


def test_a_caller_may_choose_actual_over_365() -> None:
    """1,000,000 × 4.75% × 366 / 365 = 47,630.136… → 47,630.14."""
    result = subsidy(period=period("2020-01-01", "2020-12-31"), day_count="actual/365")
    assert "47630.14" == result.to_dict()["amount"]
    assert "day_count_365" in note_codes(result)


def test_the_lpr_can_be_used_for_comparison() -> None:
    """360,000 for 12 months from 2020-01-01 at the 1-year LPR: 50 d × 41.5 + 60 d × 40.5 + 256 d × 38.5."""
    result = subsidy(principal="360000", term_months=12, rate_source="lpr")
    assert "14361.00" == result.to_dict()["amount"]
    assert "lpr_for_comparison" in note_codes(result)


def test_a_caller_may_give_the_rate() -> None:
    """annual_rate replaces the table: 360,000 × 10% × 366 / 360 = 36,600.00."""
    result = subsidy(principal="360000", period=period("2020-01-01", "2020-12-31"), annual_rate="10")
    assert "36600.00" == result.to_dict()["amount"]
    assert "rate_given" in note_codes(result)


def test_the_maturity_day_bears_no_interest() -> None:
    """A period ending on the maturity day counts up to the day before (算头不算尾)."""
    result = subsidy(principal="360000", term_months=12, period=period("2020-01-01", "2021-01-01"))
    assert "15921.00" == result.to_dict()["amount"]  # ≤1 year bucket, 4.35%: 366 days × 43.50 元


# --- the caps ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("principal", "previously", "expected"),
    [
        ("20000000", "0", "2000000.00"),  # 20,000,000 × 10% × 360 / 360: the cap exactly
        ("20000100", "0", "2000000.00"),  # 2,000,010.00 capped
        ("20000000", "1", "1999999.00"),  # 1 元 subsidised before
        ("20000000", "2000000", "0.00"),  # the cap already used up
        ("20000000", "2500000", "0.00"),  # more than the cap before: nothing, never negative
    ],
)
def test_the_subsidy_never_exceeds_two_million_in_total(principal: str, previously: str, expected: str) -> None:
    """“贴息金额累计不超过 200 万元”, counting what was subsidised before."""
    result = subsidy(
        principal=principal,
        drawn_on="2021-01-01",
        term_months=60,
        period=period("2021-01-01", "2021-12-26"),
        annual_rate="10",
        previously_subsidised=previously,
    )
    data = result.to_dict()
    assert expected == data["amount"]
    assert [expected] == [r["subsidy_amount"] for r in data["breakdown"]]


def test_what_is_left_of_the_cap_goes_to_the_earliest_years_first() -> None:
    """1,990,000 before: 10,000 left, all of it in 2020."""
    result = subsidy(period=period("2020-01-01", "2021-12-31"), previously_subsidised="1990000")
    data = result.to_dict()
    assert ("10000.00", ["10000.00", "0.00"]) == (data["amount"], [r["subsidy_amount"] for r in data["breakdown"]])


@pytest.mark.parametrize(
    ("actual", "expected"), [("40000", "40000.00"), ("48291.67", "48291.67"), ("50000", "48291.67")]
)
def test_the_subsidy_never_exceeds_the_interest_actually_paid(actual: str, expected: str) -> None:
    """“贷款实际发生利息”: the benchmark interest 48,291.67 is capped by the actual interest."""
    result = subsidy(period=period("2020-01-01", "2020-12-31"), actual_interest=actual)
    assert expected == result.to_dict()["amount"]


# --- the 5-year period -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("drawn_on", "end", "allowed"),
    [
        ("2020-01-01", "2024-12-31", True),  # exactly 5 years of interest days
        ("2020-01-01", "2025-01-01", False),  # one day more
        ("2020-02-29", "2025-02-27", True),  # 2020-02-29 + 5 years is 2025-02-28 (no 29 Feb) ...
        ("2020-02-29", "2025-02-28", False),  # ... so the 5 years end the day before it
    ],
)
def test_a_period_longer_than_five_years_is_refused(drawn_on: str, end: str, allowed: bool) -> None:
    """“贴息期最长不超过 5 年”: refused (out_of_range on period.to), never silently clipped."""
    payload = loan_payload(drawn_on=drawn_on, term_months=120, period=period(drawn_on, end))
    if allowed:
        result = run("loan_interest_subsidy", **payload)
        assert "interest_not_yet_incurred" in note_codes(result)
    else:
        assert [("period.to", "out_of_range")] == error("loan_interest_subsidy", **payload)


def test_without_a_period_the_first_five_years_of_a_longer_loan_are_subsidised() -> None:
    """A 10-year loan drawn 2016-02-29: the default period ends 2021-02-27, the day before 2021-02-28."""
    result = subsidy_including_interest_before_the_policy(drawn_on="2016-02-29", term_months=120)
    data = result.to_dict()
    assert ("2016-02-29", "2021-02-27") == (data["breakdown"][0]["from"], data["breakdown"][-1]["to"])
    assert [2016, 2017, 2018, 2019, 2020, 2021] == [r["year"] for r in data["breakdown"]]
    assert "default_period" in note_codes(result)


# --- entry conditions --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("overrides", "code"),
    [
        ({"main_urban_area": False}, "not_main_urban_area"),
        ({"school": school("higher_vocational", 50, 2000)}, "excluded_school_type"),
        ({"school": school("undergraduate", 50, 2000)}, "excluded_school_type"),
        ({"school": school("primary", 11, 800)}, "classes_below_minimum"),
        ({"investment": "2999999.99", "equipment": "499999.99"}, "investment_below_minimum"),
        ({"operating_since": "2022-11-23"}, "not_running_long_enough"),
    ],
)
def test_each_entry_condition_that_is_not_met_is_a_reason(overrides: dict[str, Any], code: str) -> None:
    """Main urban area, type, 第二条 after the works, investment or equipment, 2 years."""
    result = run("loan_interest_subsidy", **loan_payload(period=period("2020-01-01", "2020-12-31"), **overrides))
    assert (False, [code], "0.00") == (result.eligible, reason_codes(result), result.to_dict()["amount"])
    assert ["0.00"] == [r["subsidy_amount"] for r in result.to_dict()["breakdown"]]


@pytest.mark.parametrize(
    ("the_school", "investment", "equipment", "eligible"),
    [
        (school("kindergarten", 9, 270), "2000000", "0", True),
        (school("kindergarten", 9, 270), "1999999.99", "299999.99", False),
        (school("kindergarten", 9, 270), "0", "300000", True),
        (school("secondary_vocational", 0, 1200), "3000000", "0", True),
        (school("secondary_vocational", 0, 1200), "0", "500000", True),
        (school("nine_year", 0, 1200), "2999999.99", "499999.99", False),
    ],
)
def test_investment_or_equipment_must_reach_the_minimum_for_the_school_type(
    the_school: dict[str, Any], investment: str, equipment: str, eligible: bool
) -> None:
    """Kindergartens 200万 or 30万; primary, middle and vocational schools 300万 or 50万 (以上, inclusive)."""
    result = subsidy(
        school=the_school,
        investment=investment,
        equipment=equipment,
        period=period("2020-01-01", "2020-12-31"),
    )
    assert eligible == result.eligible


@pytest.mark.parametrize(("as_of", "eligible"), [("2022-08-31", False), ("2022-09-01", True)])
def test_two_years_in_the_main_urban_area_are_reached_on_the_matching_day(as_of: str, eligible: bool) -> None:
    """Running since 2020-09-01: the 2 years end on 2022-09-01."""
    result = subsidy(operating_since="2020-09-01", period=period("2020-01-01", "2020-12-31"), as_of=as_of)
    assert eligible == result.eligible


def test_a_for_profit_school_is_not_refused() -> None:
    """The clause says "民办学校", not "非营利性民办学校"."""
    result = subsidy(school=school("primary", 18, 800, non_profit=False), period=period("2020-01-01", "2020-12-31"))
    assert result.eligible is True


def test_the_works_approval_is_stated_as_a_precondition() -> None:
    """“经有关部门批准建设并竣工验收” cannot be seen by the library."""
    assert "works_approval_required" in note_codes(subsidy(period=period("2020-01-01", "2020-12-31")))


# --- bad input -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"repayments": (("2019-12-31", "1"),)}, [("loan.repayments[0].date", "out_of_range")]),
        (
            {"repayments": (("2020-06-01", "600000"), ("2020-09-01", "500000"))},
            [("loan.repayments[1].amount", "out_of_range")],
        ),
        (
            {"repayments": (("2020-09-01", "500000"), ("2020-06-01", "600000"))},
            [("loan.repayments[0].amount", "out_of_range")],
        ),
        ({"repayments": (("2020-06-01", "-5"),)}, [("loan.repayments[0].amount", "negative")]),
        ({"principal": "-1"}, [("loan.principal", "negative")]),
        ({"term_months": 0}, [("loan.term_months", "out_of_range")]),
        ({"period": period("2019-12-31", "2020-12-31")}, [("period.from", "out_of_range")]),
        ({"period": period("2020-01-01", "2023-01-02")}, [("period.to", "out_of_range")]),
        ({"period": period("2020-06-01", "2020-05-31")}, [("period.to", "out_of_range")]),
        ({"drawn_on": "2008-12-22", "term_months": 12}, [("loan.drawn_on", "out_of_range")]),
        ({"investment": "-1"}, [("investment", "negative")]),
        ({"day_count": "30/360"}, [("day_count", "invalid_choice")]),
    ],
)
def test_bad_loans_are_refused_with_their_field(kwargs: dict[str, Any], expected: list[tuple[str, str]]) -> None:
    """Repayments before the drawdown or above the principal, periods outside the loan, rates unknown."""
    assert expected == error("loan_interest_subsidy", **loan_payload(**kwargs))


def test_a_loan_before_the_rate_data_can_be_computed_with_a_given_rate() -> None:
    """annual_rate lifts the need for the table: 360,000 × 7.47% × 366 / 360 over leap-year 2008."""
    result = subsidy_including_interest_before_the_policy(
        principal="360000", drawn_on="2008-01-01", term_months=12, annual_rate="7.47"
    )
    assert "27340.20" == result.to_dict()["amount"]  # 74.70 元 a day × 366 days


# --- properties ----------------------------------------------------------------------------------


@given(
    strategies.loan_principals,
    strategies.loan_drawdowns,
    st.integers(min_value=1, max_value=120),
    st.decimals(min_value=0, max_value=1, places=2),
    st.integers(min_value=0, max_value=2000),
)
def test_the_subsidy_is_bounded_and_its_yearly_rows_add_up(
    principal: Decimal, drawn_on: dt.date, term: int, repaid_share: Decimal, repaid_after: int
) -> None:
    """0 ≤ amount ≤ 2,000,000; the rows' subsidies sum to the amount; doubling the balance never lowers it."""

    def compute(scale: int) -> Any:
        repayment = (principal * repaid_share).quantize(Decimal("0.01"), rounding="ROUND_DOWN")
        repayments = (
            [{"date": drawn_on + dt.timedelta(days=repaid_after), "amount": repayment * scale}] if repayment > 0 else []
        )
        return loan_interest_subsidy(
            school=school("primary", 18, 800),
            main_urban_area=True,
            operating_since="2015-09-01",
            investment="3500000",
            equipment="0",
            loan={"principal": principal * scale, "drawn_on": drawn_on, "term_months": term, "repayments": repayments},
            as_of=AS_OF,
        )

    single, double = compute(1), compute(2)
    assert single.amount is not None
    assert double.amount is not None
    assert Decimal(0) <= single.amount <= double.amount <= Decimal(2_000_000)
    assert single.amount == sum((row["subsidy_amount"] for row in single.breakdown), Decimal(0))
    assert all(row["interest_amount"] >= 0 for row in single.breakdown)


def test_interest_from_before_the_policy_is_not_subsidised_by_default_and_the_note_names_the_reading() -> None:
    """第十二条: in force from 2019-11-22, no provision for the past: a 2015 loan repaid in 2015 gets 0.00."""
    before = subsidy(principal="360000", drawn_on="2015-01-01", term_months=12)
    assert (False, Decimal("0.00")) == (before.eligible, before.amount)
    assert ["period_before_policy"] == [reason.code for reason in before.reasons]
    [note] = [n for n in before.to_dict()["notes"] if n["code"] == "interest_before_policy"]
    assert "education.loan.interest_before_policy" == note["reading"]
    after = subsidy(repayments=(("2021-07-01", "400000"),), period=period("2020-01-01", "2021-12-31"))
    assert "interest_before_policy" in note_codes(before)
    assert "interest_before_policy" not in note_codes(after)


BIG_LOAN: dict[str, Any] = {"principal": "1000000", "drawn_on": "2015-06-01", "term_months": 60}


def test_a_loan_of_2015_is_subsidised_from_the_policy_s_first_day_by_default() -> None:
    """1,000,000 at 4.75% (1–5 years), 2019-11-22 to 2020-05-31: 40 days of 2019 = 5,277.78 and
    152 days of 2020 = 20,055.56 (each 1,000,000 × 4.75% × days ÷ 360, to the fen): 25,333.34."""
    result = subsidy(**BIG_LOAN, period=None, claim_date="2020-06-15")
    data = result.to_dict()
    assert "25333.34" == data["amount"]
    assert [("2019-11-22", "5277.78"), ("2020-01-01", "20055.56")] == [
        (row["from"], row["interest_amount"]) for row in data["breakdown"]
    ]
    assert {"code": "education.loan.interest_before_policy", "option": "excluded", "default": True} in data["readings"]


def test_the_comparison_shows_both_readings_of_interest_before_the_policy() -> None:
    """The same loan with every day from 2015-06-01 counted is 242,854.17."""
    payload = loan_payload(**BIG_LOAN, period=None, claim_date="2020-06-15")
    payload.setdefault("as_of", AS_OF)
    [row] = [r for r in qc.compare_readings("education.loan_interest_subsidy", payload) if r["code"] == INCLUDED_CODE]
    assert [("excluded", True, "25333.34"), ("included", False, "242854.17")] == [
        (option["key"], option["default"], option["outcome"]["amount"]) for option in row["options"]
    ]


INCLUDED_CODE = "education.loan.interest_before_policy"


def test_a_loan_drawn_after_the_policy_depends_on_no_such_reading() -> None:
    result = subsidy(repayments=(("2021-07-01", "400000"),), period=period("2020-01-01", "2021-12-31"))
    assert "education.loan.interest_before_policy" not in {r["code"] for r in result.to_dict()["readings"]}
