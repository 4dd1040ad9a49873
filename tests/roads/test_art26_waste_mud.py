"""第二十六条: waste and mud not handled; a fine only after a refusal to correct. Not amended in 2019."""

import pytest

import qinzhou_calc as qc
from tests.roads._helpers import errors, note_codes, run


@pytest.mark.parametrize("day", ["2019-11-30", "2019-12-01"])
def test_a_refusal_to_correct_is_fined_two_hundred_to_two_thousand_under_both_texts(day: str) -> None:
    """ "拒不改正的，处以两百元以上两千元以下的罚款"（未修改）."""
    data = run("waste_mud_fine", refused_to_correct=True, violation_date=day)
    expected = (True, "200.00", "2000.00", True)
    assert expected == (data["eligible"], data["minimum"], data["maximum"], data["mandatory"])
    assert "refusal_then_fine" in note_codes(data)


def test_without_a_refusal_there_is_no_fine() -> None:
    """Only "拒不改正的" is fined: otherwise not eligible, range 0."""
    data = run("waste_mud_fine", refused_to_correct=False, violation_date="2020-03-10")
    expected = (False, "0.00", "0.00", "0.00")
    assert expected == (data["eligible"], data["amount"], data["minimum"], data["maximum"])
    expected_codes = ["not_refused_to_correct"]
    assert expected_codes == [r["code"] for r in data["reasons"]]
    expected_article = "第二十六条"
    assert expected_article == data["reasons"][0]["citation"]["article"]


def test_the_refusal_must_be_a_boolean() -> None:
    """ "yes" is not a boolean."""
    with pytest.raises(qc.InputError) as caught:
        run("waste_mud_fine", refused_to_correct="yes", violation_date="2020-03-10")
    expected = [("refused_to_correct", "type")]
    assert expected == errors(caught.value)


def test_the_decision_date_changes_nothing_as_the_article_was_never_amended() -> None:
    """Every calculator takes decision_date; this article has no lighter later text to reach for."""
    later = run("waste_mud_fine", refused_to_correct=True, violation_date="2020-03-10", decision_date="2021-04-01")
    same_day = run("waste_mud_fine", refused_to_correct=True, violation_date="2020-03-10")
    assert ("200.00", "2000.00") == (later["minimum"], later["maximum"])
    assert (same_day["minimum"], same_day["maximum"]) == (later["minimum"], later["maximum"])
    assert ("2020-03-10", "2021-04-01") == (later["as_of"], later["decision_date"])
    assert "2020-03-10" == same_day["decision_date"]
