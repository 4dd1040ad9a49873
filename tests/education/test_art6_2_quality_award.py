"""第六条（二）: one-off awards of 10万 / 5万 (inclusive kindergartens), 20万 (regional model senior
high school) and 15万 (four-star secondary vocational school)."""

from typing import Any

import pytest

from .helpers import error, note_codes, reason_codes, run, school

KINDERGARTEN = school("kindergarten", 9, 270)


def award(kind: str, the_school: dict[str, Any], *, inclusive: bool = False) -> Any:
    return run("quality_award", school=the_school, award=kind, inclusive_kindergarten=inclusive)


@pytest.mark.parametrize(
    ("kind", "the_school", "expected"),
    [
        ("regional_demo_kindergarten", KINDERGARTEN, "100000.00"),
        ("city_demo_kindergarten", KINDERGARTEN, "50000.00"),
        ("regional_demo_high_school", school("senior_high", 18, 900, non_profit=False), "200000.00"),
        ("regional_demo_high_school", school("complete_middle", 0, 1200), "200000.00"),
        ("four_star_secondary_vocational", school("secondary_vocational", 0, 1200), "150000.00"),
    ],
)
def test_each_title_brings_its_one_off_award(kind: str, the_school: dict[str, Any], expected: str) -> None:
    """10万 / 5万 / 20万 / 15万, for-profit schools included where the clause says "民办学校"."""
    result = award(kind, the_school, inclusive=True)
    assert (True, expected) == (result.eligible, result.to_dict()["amount"])


@pytest.mark.parametrize("kind", ["regional_demo_kindergarten", "city_demo_kindergarten"])
def test_a_kindergarten_award_needs_a_recognised_inclusive_kindergarten(kind: str) -> None:
    """“经自治区教育厅评估认定的多元普惠幼儿园”."""
    result = award(kind, KINDERGARTEN, inclusive=False)
    assert (False, ["not_inclusive_kindergarten"], "0.00") == (
        result.eligible,
        reason_codes(result),
        result.to_dict()["amount"],
    )


@pytest.mark.parametrize(
    ("kind", "the_school"),
    [
        ("regional_demo_kindergarten", school("primary")),
        ("city_demo_kindergarten", school("senior_high", 18, 900)),
        ("regional_demo_high_school", school("junior_middle", 12, 600)),
        ("four_star_secondary_vocational", school("higher_vocational", 0, 1800)),
    ],
)
def test_a_school_type_that_does_not_fit_the_award_is_not_eligible_citing_the_clause(
    kind: str, the_school: dict[str, Any]
) -> None:
    """第六条（二） names the kind of school of each title: another kind does not qualify, a reason
    of the law (not a bad value), and the award is 0.00."""
    result = run("quality_award", school=the_school, award=kind, inclusive_kindergarten=True)
    assert (False, "0.00") == (result.eligible, result.to_dict()["amount"])
    (served,) = [r for r in result.to_dict()["reasons"] if r["code"] == "school_type_not_served"]
    assert ("第六条", "（二）") == (served["citation"]["article"], served["citation"]["clause"])


def test_an_unknown_award_is_refused() -> None:
    """award is one of the four titles."""
    assert [("award", "invalid_choice")] == error("quality_award", school=KINDERGARTEN, award="national_demo")


def test_article_2_applies_to_the_awards_too_and_the_reading_is_noted() -> None:
    """“本政策适用于……达到以下办学规模的民办学校”: a kindergarten of 8 classes gets nothing."""
    result = award("city_demo_kindergarten", school("kindergarten", 8, 300), inclusive=True)
    assert (False, ["classes_below_minimum"]) == (result.eligible, reason_codes(result))
    assert "scope_applies_to_all" in note_codes(result)
