"""第二条: minimum sizes, inclusive ("含本数"); terminated schools are outside the policy."""

import pytest
from hypothesis import given

from qinzhou_calc.education import scale_eligibility

from .. import strategies
from .helpers import note_codes, reason_codes, run, school

# (type, classes, students) exactly at the minimum of 第二条; None where only pupils count.
MINIMUMS = [
    ("kindergarten", 9, 270),
    ("primary", 12, 540),
    ("junior_middle", 12, 600),
    ("senior_high", 18, 900),
    ("complete_middle", None, 1200),
    ("nine_year", None, 1200),
    ("secondary_vocational", None, 1200),
    ("higher_vocational", None, 1800),
]


@pytest.mark.parametrize(("kind", "classes", "students"), MINIMUMS)
def test_a_school_exactly_at_the_minimum_is_eligible(kind: str, classes: int | None, students: int) -> None:
    """“含本数”: the minimum itself is enough."""
    result = run("scale_eligibility", school=school(kind, classes or 0, students))
    assert (True, []) == (result.eligible, reason_codes(result))


@pytest.mark.parametrize(("kind", "classes", "students"), MINIMUMS)
def test_one_pupil_short_of_the_minimum_is_not_eligible(kind: str, classes: int | None, students: int) -> None:
    """One pupil fewer than the minimum: a students_below_minimum reason citing 第二条."""
    result = run("scale_eligibility", school=school(kind, classes or 0, students - 1))
    assert (False, ["students_below_minimum"]) == (result.eligible, reason_codes(result))
    assert "第二条" == result.reasons[0].citation.article


@pytest.mark.parametrize(("kind", "classes", "students"), [m for m in MINIMUMS if m[1] is not None])
def test_one_class_short_of_the_minimum_is_not_eligible(kind: str, classes: int, students: int) -> None:
    """Both the classes and the pupils must be reached."""
    result = run("scale_eligibility", school=school(kind, classes - 1, students))
    assert (False, ["classes_below_minimum"]) == (result.eligible, reason_codes(result))


def test_each_unmet_condition_is_its_own_reason() -> None:
    """A kindergarten of 8 classes and 269 pupils that has closed fails three conditions."""
    result = run("scale_eligibility", school=school("kindergarten", 8, 269, terminated=True))
    assert ["terminated", "classes_below_minimum", "students_below_minimum"] == reason_codes(result)


def test_a_terminated_school_is_never_eligible_however_large() -> None:
    """“已终止办学的民办学校不适用本政策。”"""
    result = run("scale_eligibility", school=school("primary", 40, 2000, terminated=True))
    assert (False, ["terminated"]) == (result.eligible, reason_codes(result))
    assert "第二款" == result.reasons[0].citation.clause


def test_classes_do_not_count_for_a_complete_middle_school() -> None:
    """完全中学、九年一贯制学校、中职学校 and 高职院校 have a pupil minimum only."""
    assert run("scale_eligibility", school=school("complete_middle", 0, 1200)).eligible is True


def test_an_undergraduate_school_has_no_size_condition_and_the_reading_is_noted() -> None:
    """本科院校 are in the scope but 第二条 sets no size for them: read as no size condition."""
    result = run("scale_eligibility", school=school("undergraduate", 0, 1))
    assert result.eligible is True
    assert "undergraduate_no_minimum" in note_codes(result)


def test_the_typed_function_gives_the_same_result_as_evaluate() -> None:
    """Keyword names are the payload's field names."""
    typed = scale_eligibility(school=school("senior_high", 17, 950), as_of="2021-03-01")
    assert run("scale_eligibility", school=school("senior_high", 17, 950), as_of="2021-03-01") == typed


@given(strategies.schools)
def test_eligible_exactly_when_there_is_no_reason(value: dict[str, object]) -> None:
    """eligible is false exactly when some condition of 第二条 is unmet, and every reason cites 第二条."""
    result = run("scale_eligibility", school=value)
    assert (not result.reasons) == result.eligible
    assert all(r.citation.article == "第二条" for r in result.reasons)
