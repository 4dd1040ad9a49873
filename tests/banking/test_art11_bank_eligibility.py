"""第十一条 and 第二十一条: which banks may hold a unit's funds."""

import datetime as dt
from typing import Any

import pytest

import qinzhou_calc as qc
from qinzhou_calc.banking import bank_eligibility

GOOD: dict[str, Any] = {
    "name": "某银行钦州分行",
    "local_branch": True,
    "pboc_rating": "B",
    "supervisory_rating": "3",
    "major_violation_3y": False,
    "risk_event_3y": False,
}


def check(as_of: str = "2020-06-01", **changes: Any) -> qc.Result:
    return qc.evaluate("banking.bank_eligibility", {"bank": {**GOOD, **changes}, "as_of": as_of})


def codes(result: qc.Result) -> list[str]:
    return [reason.code for reason in result.reasons]


def test_a_bank_meeting_every_condition_is_eligible() -> None:
    """第十一条: all four conditions met → eligible, no reasons."""
    result = check()
    assert result.eligible is True
    assert [] == codes(result)


def test_a_bank_without_a_local_branch_is_not_eligible() -> None:
    """第十一条（一）: "在预算单位所在地设有营业网点"."""
    result = check(local_branch=False)
    assert result.eligible is False
    assert ["no_local_branch"] == codes(result)
    assert "（一）" == result.reasons[0].citation.clause


@pytest.mark.parametrize(("rating", "eligible"), [("A", True), ("B", True), ("C", False), ("D", False)])
def test_pboc_rating_b_or_better_qualifies(rating: str, eligible: bool) -> None:
    """第十一条（二）: "人民银行上年度综合评价 B 级以上（含 B 级）"."""
    assert eligible is check(pboc_rating=rating).eligible


@pytest.mark.parametrize(
    ("rating", "eligible"),
    [
        ("1", True),
        ("2A", True),
        ("3", True),
        ("3C", True),
        (3, True),
        ("4", False),
        ("4A", False),
        (5, False),
        ("6", False),
    ],
)
def test_supervisory_rating_3_or_better_qualifies_and_subgrades_count_by_their_number(
    rating: str | int, eligible: bool
) -> None:
    """第十一条（二）: "银监部门上年度监管评级 3 级以上（含 3 级）"; 3B is grade 3."""
    result = check(supervisory_rating=rating)
    assert eligible is result.eligible
    assert (["supervisory_rating_below_3"] if not eligible else []) == codes(result)


def test_a_subgrade_is_read_by_its_number_and_says_so() -> None:
    """The reading of sub-grades is a note."""
    assert "supervisory_subgrade" in [n.code for n in check(supervisory_rating="3B").notes]


def test_a_major_violation_in_3_years_disqualifies() -> None:
    """第十一条（三）: "近 3 年内在经营活动中无重大违法违规记录"."""
    assert ["major_violation"] == codes(check(major_violation_3y=True))


def test_a_risk_or_default_event_in_3_years_disqualifies() -> None:
    """第十一条（四）: "近 3 年内未发生金融风险及重大违约事件"."""
    assert ["risk_event"] == codes(check(risk_event_3y=True))


def test_every_failed_condition_is_its_own_reason_with_its_citation() -> None:
    """Each failure is a reasons entry with its citation."""
    result = check(
        local_branch=False, pboc_rating="C", supervisory_rating="5", major_violation_3y=True, risk_event_3y=True
    )
    expected = ["no_local_branch", "pboc_rating_below_b", "supervisory_rating_below_3", "major_violation", "risk_event"]
    assert expected == codes(result)
    assert ["第十一条"] * 5 == [r.citation.article for r in result.reasons]


@pytest.mark.parametrize(
    ("as_of", "eligible"),
    [
        ("2022-10-14", False),
        ("2022-10-15", False),  # the last day of the 3 years: still barred
        ("2022-10-16", True),
    ],
)
def test_the_3_year_bar_ends_on_the_matching_day_3_years_after_removal(as_of: str, eligible: bool) -> None:
    """第二十一条 "以后 3 年内": the day after 2019-10-15 to 2022-10-15 inclusive (民法典 第二百零一、二百零二条)."""
    result = check(as_of=as_of, removed_on="2019-10-15")
    assert eligible is result.eligible
    assert ([] if eligible else ["barred"]) == codes(result)


def test_a_bar_from_29_february_ends_on_28_february() -> None:
    """第二百零二条: no matching day → the last day of the month: 2020-02-29 + 3 years = 2023-02-28."""
    assert check(as_of="2023-02-28", removed_on="2020-02-29").eligible is False
    assert check(as_of="2023-03-01", removed_on="2020-02-29").eligible is True


def test_the_bar_is_not_extended_when_its_last_day_is_a_holiday() -> None:
    """2022-10-01 (National Day) as the last day: the bar still ends that day, as the note says."""
    result = check(as_of="2022-10-02", removed_on="2019-10-01")
    assert result.eligible is True
    assert "bar_period" in [n.code for n in result.notes]


def test_a_bar_given_as_a_last_day_is_applied_inclusive() -> None:
    """barred_until is the last barred day."""
    assert ["barred"] == codes(check(as_of="2021-05-01", barred_until="2021-05-01"))
    assert [] == codes(check(as_of="2021-05-02", barred_until="2021-05-01"))


@pytest.mark.parametrize(("removed_on", "barred"), [("2019-09-25", False), ("2019-09-26", True)])
def test_a_removal_before_the_measures_took_effect_bars_nothing(removed_on: str, barred: bool) -> None:
    """第三十条：本办法自发布之日（2019-09-26）起实施 — a removal the day before was not made under 第二十一条."""
    result = check(as_of="2020-06-01", removed_on=removed_on)
    assert (["barred"] if barred else []) == codes(result)
    assert (not barred) == ("removal_before_measures" in [n.code for n in result.notes])


def test_the_bar_cites_article_21() -> None:
    """第二十一条 is the citation of the bar."""
    result = check(as_of="2020-01-01", removed_on="2019-12-01")
    assert "第二十一条" == result.reasons[0].citation.article


def test_a_removal_after_the_selection_date_is_an_input_error() -> None:
    """A removal cannot lie in the future of the selection."""
    with pytest.raises(qc.InputError) as caught:
        check(as_of="2020-01-01", removed_on="2020-02-01")
    assert [("bank.removed_on", "out_of_range")] == [(p.field, p.code) for p in caught.value.errors]


@pytest.mark.parametrize(
    ("field", "value"), [("pboc_rating", "B+"), ("supervisory_rating", "7"), ("supervisory_rating", "3D")]
)
def test_an_unknown_rating_is_an_invalid_choice(field: str, value: str) -> None:
    """Unknown ratings → invalid_choice at bank.<field>."""
    with pytest.raises(qc.InputError) as caught:
        check(**{field: value})
    assert [(f"bank.{field}", "invalid_choice")] == [(p.field, p.code) for p in caught.value.errors]


def test_the_measures_are_not_in_force_before_26_september_2019() -> None:
    """第三十条: 自发布之日（2019-09-26）起实施."""
    with pytest.raises(qc.InputError) as caught:
        check(as_of="2019-09-25")
    assert {"not_in_force"} == caught.value.codes
    assert check(as_of="2019-09-26").eligible is True


def test_the_typed_function_gives_the_same_result() -> None:
    """The typed function takes the payload's field names."""
    result = bank_eligibility(bank={**GOOD, "pboc_rating": "C"}, as_of=dt.date(2020, 6, 1))
    assert ["pboc_rating_below_b"] == codes(result)


def test_an_as_of_before_the_measures_is_one_problem_on_that_field() -> None:
    """钦市财规〔2019〕3号 is in force from 2019-09-26: an as_of of 2019-01-01 is reported once."""
    with pytest.raises(qc.InputError) as raised:
        check(as_of="2019-01-01")
    assert [("as_of", "not_in_force")] == [(p.field, p.code) for p in raised.value.errors]
    assert "有效期为 2019-09-26 至 今" in raised.value.errors[0].message
