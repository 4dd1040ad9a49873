"""第六条（三）: purchased compulsory-education places at 50% of the per-student funding standard;
inclusive kindergartens 100 元 per pupil per school year."""

from typing import Any

import pytest

from .helpers import error, note_codes, reason_codes, run, school


def places(enrolled: int, standard: str, **school_fields: Any) -> Any:
    return run(
        "purchased_places_subsidy",
        school=school(**school_fields),
        enrolled_students=enrolled,
        per_student_standard=standard,
    )


@pytest.mark.parametrize(
    ("enrolled", "standard", "expected"),
    [
        (200, "650", "65000.00"),  # 200 × 650 × 50%
        (1, "850", "425.00"),  # one junior-middle place at 850 元
        (1, "0.03", "0.02"),  # 0.015 half-up
        (540, "600", "162000.00"),  # every pupil in a purchased place
    ],
)
def test_purchased_places_are_paid_at_half_the_per_student_standard(
    enrolled: int, standard: str, expected: str
) -> None:
    """“根据购买学位实际招生人数按当年公办学校生均公用经费定额标准的 50% 给予补助”."""
    result = places(enrolled, standard)
    assert (True, expected) == (result.eligible, result.to_dict()["amount"])
    assert "per_student_standard_is_input" in note_codes(result)


@pytest.mark.parametrize(("kind", "classes", "students"), [("nine_year", 0, 1200), ("complete_middle", 0, 1200)])
def test_schools_with_a_junior_middle_level_provide_compulsory_places(kind: str, classes: int, students: int) -> None:
    """九年一贯制学校 and 完全中学 teach compulsory grades."""
    assert places(10, "800", kind=kind, classes=classes, students=students).eligible is True


def test_a_for_profit_school_gets_nothing_for_purchased_places() -> None:
    """“受市人民政府委托提供义务教育学位的非营利性民办学校”."""
    result = places(200, "650", non_profit=False)
    assert (False, ["not_non_profit"], "0.00") == (result.eligible, reason_codes(result), result.to_dict()["amount"])


@pytest.mark.parametrize("kind", ["kindergarten", "senior_high", "secondary_vocational", "undergraduate"])
def test_a_school_without_compulsory_grades_is_not_eligible_citing_the_clause(kind: str) -> None:
    """“对实施义务教育的非营利性民办学校”: another kind of school does not qualify, a reason of the law
    citing 第六条（三）, not a bad value."""
    result = run(
        "purchased_places_subsidy", school=school(kind, 30, 2000), enrolled_students=10, per_student_standard="650"
    )
    assert (False, "0.00") == (result.eligible, result.to_dict()["amount"])
    (served,) = [r for r in result.to_dict()["reasons"] if r["code"] == "school_type_not_served"]
    assert ("第六条", "（三）") == (served["citation"]["article"], served["citation"]["clause"])


@pytest.mark.parametrize(
    ("enrolled", "standard", "expected"),
    [
        (0, "650", [("enrolled_students", "out_of_range")]),
        (-1, "650", [("enrolled_students", "negative")]),
        (541, "650", [("enrolled_students", "out_of_range")]),  # more than the school's 540 pupils
        (10, "0", [("per_student_standard", "out_of_range")]),
    ],
)
def test_bad_place_numbers_are_refused_with_their_field(
    enrolled: int, standard: str, expected: list[tuple[str, str]]
) -> None:
    """No places, more places than pupils, no standard."""
    assert expected == error(
        "purchased_places_subsidy", school=school(), enrolled_students=enrolled, per_student_standard=standard
    )


# --- inclusive kindergartens -----------------------------------------------------------------


@pytest.mark.parametrize(("students", "expected"), [(270, "27000.00"), (300, "30000.00"), (1234, "123400.00")])
def test_an_inclusive_kindergarten_gets_100_yuan_per_pupil(students: int, expected: str) -> None:
    """“给予生均每学年 100 元的补助”."""
    result = run("inclusive_kindergarten_subsidy", school=school("kindergarten", 9, students))
    assert (True, expected) == (result.eligible, result.to_dict()["amount"])


def test_a_for_profit_inclusive_kindergarten_is_not_refused() -> None:
    """The clause does not say non-profit."""
    result = run("inclusive_kindergarten_subsidy", school=school("kindergarten", 9, 270, non_profit=False))
    assert (True, "27000.00") == (result.eligible, result.to_dict()["amount"])


def test_a_kindergarten_not_recognised_as_inclusive_gets_nothing() -> None:
    """“经自治区教育厅评估认定的多元普惠幼儿园”."""
    result = run("inclusive_kindergarten_subsidy", school=school("kindergarten", 9, 270), recognised_inclusive=False)
    assert (False, ["not_inclusive_kindergarten"], "0.00") == (
        result.eligible,
        reason_codes(result),
        result.to_dict()["amount"],
    )


def test_a_kindergarten_below_the_size_of_article_2_gets_nothing() -> None:
    """Reading: 第二条 applies to the whole policy; 269 pupils is one short."""
    result = run("inclusive_kindergarten_subsidy", school=school("kindergarten", 9, 269))
    assert (False, ["students_below_minimum"]) == (result.eligible, reason_codes(result))


def test_a_kindergarten_with_no_pupils_is_refused() -> None:
    """Zero pupils where pupils are needed: out_of_range on school.students."""
    assert [("school.students", "out_of_range")] == error(
        "inclusive_kindergarten_subsidy", school=school("kindergarten", 9, 0)
    )


def test_a_school_that_is_not_a_kindergarten_is_not_eligible_citing_the_clause() -> None:
    """“经自治区教育厅评估认定的多元普惠幼儿园”: a primary school does not qualify, with the clause as
    its reason (第六条（三）), and gets 0.00."""
    result = run("inclusive_kindergarten_subsidy", school=school("primary"))
    assert (False, ["school_type_not_served"], "0.00") == (
        result.eligible,
        reason_codes(result),
        result.to_dict()["amount"],
    )
    assert "第六条" == result.reasons[0].citation.article
