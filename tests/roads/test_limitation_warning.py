"""行政处罚法 第三十六条 (from 2021-07-15; 第二十九条 of the 2017 text before): an act not discovered
within two years is no longer punished. The discovery date decides and the payload does not give it,
so a fine decided more than two years after the act carries a warning, never a changed range."""

from decimal import Decimal

import pytest

import qinzhou_calc as qc

WASTE = "roads.waste_mud_fine"


def notes(decision_date: str, violation_date: str = "2019-03-10") -> dict[str, str]:
    payload = {"refused_to_correct": True, "violation_date": violation_date, "decision_date": decision_date}
    return {note.code: note.message for note in qc.evaluate(WASTE, payload).notes}


def test_a_fine_decided_on_the_second_anniversary_of_the_act_has_no_warning() -> None:
    """2019-03-10 + 2 years = 2021-03-10: still within the two years."""
    assert "limitation_period" not in notes("2021-03-10")


def test_a_fine_decided_the_day_after_the_second_anniversary_quotes_the_2017_text() -> None:
    """Decided 2021-03-11, before 2021-07-15: the 2017 text's 第二十九条."""
    message = notes("2021-03-11")["limitation_period"]
    assert "（2017年修正）第二十九条" in message
    assert "被发现的日期" in message


def test_a_fine_decided_on_the_day_the_2021_revision_took_effect_quotes_article_36() -> None:
    """Decided 2021-07-15: the revised law's 第三十六条, with its five years."""
    message = notes("2021-07-15")["limitation_period"]
    assert "（2021年修订）第三十六条" in message
    assert "延长至五年" in message


def test_a_fine_decided_the_day_before_the_2021_revision_quotes_the_2017_text() -> None:
    assert "第二十九条" in notes("2021-07-14")["limitation_period"]


def test_an_act_on_29_february_reaches_two_years_on_28_february() -> None:
    """2020-02-29 + 2 years ends 2022-02-28 (no 29 February in 2022)."""
    assert "limitation_period" not in notes("2022-02-28", "2020-02-29")
    assert "limitation_period" in notes("2022-03-01", "2020-02-29")


@pytest.mark.parametrize("decision_date", ["2020-01-01", "2026-01-01"])
def test_the_warning_never_changes_the_range(decision_date: str) -> None:
    """第二十六条: 200 to 2,000 yuan either way."""
    payload = {"refused_to_correct": True, "violation_date": "2019-12-10", "decision_date": decision_date}
    result = qc.evaluate(WASTE, payload)
    assert (Decimal("200.00"), Decimal("2000.00")) == (result.minimum, result.maximum)


def test_an_excavation_fine_decided_six_years_later_carries_the_warning() -> None:
    """第二十四条 via the shared fine rule: violation 2020-05-01, decided 2026-05-01."""
    payload = {"points": [35], "violation_date": "2020-05-01", "decision_date": "2026-05-01"}
    result = qc.evaluate("roads.unpermitted_excavation_fine", payload)
    assert "limitation_period" in [note.code for note in result.notes]


@pytest.mark.parametrize("day", ["9998-01-01", "9999-12-31"])
def test_an_act_in_the_calendars_last_two_years_is_within_the_limit(day: str) -> None:
    """Two years from 9998 or 9999 end past 9999-12-31, so after any decision: no warning, no error."""
    result = qc.evaluate("roads.site_violation_fine", {"violation": "no_notice_board", "violation_date": day})
    assert "limitation_period" not in [note.code for note in result.notes]
    assert (Decimal("2000.00"), Decimal("20000.00")) == (result.minimum, result.maximum)
