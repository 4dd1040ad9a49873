"""qinzhou_calc.frame.compare_reform: the same cases under the current law and a reform."""

from decimal import Decimal
from typing import Any

import pandas as pd
import pytest

import qinzhou_calc as qc
from qinzhou_calc.frame import REFORM_COLUMNS, compare_reform

NEW_BUILD = "education.new_build_subsidy"


def school(kind: str = "primary", classes: int = 12, students: int = 540) -> dict[str, Any]:
    return {"type": kind, "classes": classes, "students": students, "non_profit": True}


CASES: list[dict[str, Any]] = [
    {"school": school(), "new_teaching_area_m2": "10000", "as_of": "2020-01-01"},
    {"school": school(), "new_teaching_area_m2": "40000", "as_of": "2020-01-01"},  # 480万, under the cap
    {"school": school(classes=11), "new_teaching_area_m2": "10000", "as_of": "2020-01-01"},  # too small
    {"school": school(), "new_teaching_area_m2": "-1", "as_of": "2020-01-01"},  # an error row
]


def test_baseline_reform_and_difference_per_case() -> None:
    """150 instead of 120 元/m²: 10000 m² gains 300,000; 40000 m² hits the 500万 cap (+200,000)."""
    frame = compare_reform(NEW_BUILD, CASES, {"education.new_build.rate_per_m2": "150"})
    assert list(REFORM_COLUMNS) == list(frame.columns[: len(REFORM_COLUMNS)])
    assert [Decimal("1200000.00"), Decimal("4800000.00"), Decimal("0.00"), None] == list(frame["baseline"])
    assert [Decimal("1500000.00"), Decimal("5000000.00"), Decimal("0.00"), None] == list(frame["reform"])
    assert [Decimal("300000.00"), Decimal("200000.00"), Decimal("0.00"), None] == list(frame["difference"])
    errors: list[dict[str, str]] = list(frame["error"])[3]
    assert "negative" == errors[0]["code"]
    assert "payload.school.classes" in frame.columns


def test_a_reform_of_a_threshold_changes_eligibility() -> None:
    """第二条 with primary schools needing 11 classes: the 11-class school becomes eligible."""
    minimums = {"education.scale.minimums": {"primary": {"classes": 11}}}
    frame = compare_reform(NEW_BUILD, CASES, minimums)
    assert [False, False, True] == [bool(x) for x in frame["eligibility_changed"][:3]]
    assert list(frame["eligibility_changed"])[3] is pd.NA
    assert (False, True) == (bool(frame.loc[2, "baseline_eligible"]), bool(frame.loc[2, "reform_eligible"]))
    assert str(frame["eligibility_changed"].dtype) == "boolean"


def test_another_field_and_another_baseline() -> None:
    """Fines compare their maximum; the baseline may itself be a what-if."""
    cases = [{"violation_date": "2020-05-01"}]
    frame = compare_reform(
        "roads.unapproved_change_fine",
        cases,
        {"roads.unapproved_change.fine": {"maximum": "30000"}},
        baseline={"roads.unapproved_change.fine": {"maximum": "25000"}},
        field="maximum",
    )
    assert [Decimal("5000.00")] == list(frame["difference"])


def test_a_bad_reform_is_an_input_error() -> None:
    with pytest.raises(qc.InputError):
        compare_reform(NEW_BUILD, CASES, {"education.new_build.nope": 1})
