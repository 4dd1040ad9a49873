"""政策体检 of a school (钦政办规〔2019〕11号): every rule of 第二条 and 第六条 from one profile."""

import datetime as dt
from typing import Any

import pytest

import qinzhou_calc as qc
from qinzhou_calc._core import registry

PRIMARY = {"type": "primary", "classes": 20, "students": 900, "non_profit": True}


def profile(**changes: Any) -> dict[str, Any]:
    """A non-profit primary school of the city claiming on 2020-09-01, with the facts of each rule."""
    facts: dict[str, Any] = {
        "school": PRIMARY,
        "claim_date": "2020-09-01",
        "new_teaching_area_m2": "1000",
        "leased_teaching_area_m2": None,
        "award": None,
        "enrolled_students": 200,
        "per_student_standard": "650",
        "education.inclusive_kindergarten_subsidy": None,
        "operating_since": "2017-09-01",
        "contributions": {"pension": "100000"},
        "main_urban_area": False,
        "main_urban_area_since": "2017-09-01",
        "investment": "0",
        "equipment": "0",
        "loan": {"principal": "1000000", "drawn_on": "2020-01-02", "term_months": 12, "repayments": []},
    }
    facts.update(changes)
    return facts


def statuses(report: qc.Report) -> dict[str, str]:
    return {item.calculator.partition(".")[2]: item.status for item in report.items}


def test_a_school_with_every_fact_gets_an_outcome_for_each_of_the_eight_rules() -> None:
    """第二条 and 第六条（一）至（五）: eligible, not eligible or not applicable, none invalid."""
    report = qc.check("school", profile())
    assert {
        "scale_eligibility": "eligible",
        "new_build_subsidy": "eligible",
        "lease_subsidy": "not_applicable",
        "quality_award": "not_applicable",
        "purchased_places_subsidy": "eligible",
        "inclusive_kindergarten_subsidy": "not_applicable",
        "teacher_insurance_subsidy": "eligible",
        "loan_interest_subsidy": "not_eligible",
    } == statuses(report)


def test_the_total_adds_the_eligible_amounts_only() -> None:
    """120 元 × 1000 m² + 200 × 650 元 × 50% + 100000 元 × 20% = 120000 + 65000 + 20000 元; the loan
    of a school outside the main urban area (第六条（五）1) is not added."""
    total = qc.check("school", profile()).to_dict()["total"]
    assert {"amount": "205000.00", "minimum": "205000.00", "maximum": "205000.00", "undetermined": 0} == total


def test_the_loan_refused_says_why_with_its_article() -> None:
    item = next(i for i in qc.check("school", profile()).items if i.calculator.endswith("loan_interest_subsidy"))
    assert "not_main_urban_area" in [reason["code"] for reason in item.reasons]
    assert "第六条" == next(r for r in item.reasons if r["code"] == "not_main_urban_area")["citation"]["article"]


def test_without_the_loan_the_loan_subsidy_lists_it_missing_and_the_rest_is_still_totalled() -> None:
    facts = profile()
    del facts["loan"]
    report = qc.check("school", facts)
    item = next(i for i in report.items if i.calculator == "education.loan_interest_subsidy")
    assert "undetermined" == item.status
    assert {"field": "loan", "title": "贷款", "article": "第六条（五）"} in [m.to_dict() for m in item.missing]
    assert {"amount": "205000.00", "minimum": "205000.00", "maximum": "205000.00", "undetermined": 1} == (
        report.to_dict()["total"]
    )


def test_a_missing_part_of_a_shared_fact_is_named_by_its_path_and_title() -> None:
    report = qc.check("school", profile(school={"type": "primary", "classes": 20, "non_profit": True}))
    scope = report.items[0]
    assert "undetermined" == scope.status
    assert [{"field": "school.students", "title": "学校 › 在校生数（人）", "article": "第二条"}] == [
        m.to_dict() for m in scope.missing
    ]


def test_a_bad_value_is_invalid_with_its_error_never_hidden_as_missing() -> None:
    report = qc.check("school", profile(new_teaching_area_m2="-5"))
    item = report.items[1]
    assert ("education.new_build_subsidy", "invalid") == (item.calculator, item.status)
    assert item.error is not None
    assert "negative" == item.to_dict()["error"]["errors"][0]["code"]
    assert "new_teaching_area_m2" == item.to_dict()["error"]["errors"][0]["field"]


def test_a_school_checked_today_learns_the_policy_ended_on_2024_11_21(monkeypatch: pytest.MonkeyPatch) -> None:
    """第十二条: five years from 2019-11-22; a profile without a claim date is judged on today's law."""
    monkeypatch.setattr(registry, "today", lambda: dt.date(2026, 12, 7))
    facts = profile()
    del facts["claim_date"]
    report = qc.check("school", facts)
    refused = [item for item in report.items if item.status != "not_applicable"]
    assert {"not_eligible"} == {item.status for item in refused}
    for item in refused:
        (reason,) = item.reasons
        assert ("not_in_force", "2024-11-21", "第十二条") == (
            reason["code"],
            reason["in_force_until"],
            reason["citation"]["article"],
        )
        assert "2024-11-21" in reason["message"]
    assert "2026-12-07" == report.to_dict()["decision_date"]


def test_a_rule_whose_facts_are_missing_is_still_refused_when_the_policy_had_ended() -> None:
    """The document's period decides before the facts do: nothing the school adds would help."""
    report = qc.check("school", {"school": PRIMARY, "claim_date": "2025-01-10"})
    new_build = report.items[1]
    assert "not_eligible" == new_build.status
    assert "2025-01-10" in new_build.reasons[0]["message"]


def test_null_says_a_fact_does_not_apply() -> None:
    report = qc.check("school", profile(loan=None))
    item = report.items[-1]
    assert ("not_applicable", "not_applicable") == (item.status, item.reasons[0]["code"])


def test_a_fact_given_under_a_calculators_name_wins_for_that_calculator_only() -> None:
    """The teacher subsidy reads 200000 元 from its own block: 20% is 40000.00 元."""
    own = {"education.teacher_insurance_subsidy": {"contributions": {"pension": 200000}}}
    report = qc.check("school", profile(**own))
    teachers = next(i for i in report.items if i.calculator == "education.teacher_insurance_subsidy")
    assert teachers.result is not None
    assert "40000.00" == teachers.result.to_dict()["amount"]
    assert "225000.00" == report.to_dict()["total"]["amount"]


def test_the_decision_date_given_to_check_wins_over_the_profiles() -> None:
    report = qc.check("school", profile(decision_date="2020-12-01"), decision_date="2021-01-04")
    assert "2021-01-04" == report.to_dict()["decision_date"]
    assert report.items[0].result is not None
    assert "2021-01-04" == report.items[0].result.to_dict()["decision_date"]


def test_every_result_keeps_its_provenance_and_overrides_make_the_report_hypothetical() -> None:
    """What-if: 150 元/m² instead of 120 gives 150000.00 元 for 1000 m²."""
    report = qc.check("school", profile(), overrides={"education.new_build.rate_per_m2": "150"})
    new_build = report.items[1]
    assert new_build.result is not None
    assert "150000.00" == new_build.result.to_dict()["amount"]
    assert new_build.result.to_dict()["provenance"]["parameters"]
    assert report.to_dict()["provenance"]["hypothetical"] is True


def test_every_fact_given_for_every_rule_gives_no_invalid_rule() -> None:
    """A primary school claiming a high-school title and the kindergarten subsidy: both not eligible
    (第六条（二）、（三） serve other kinds of school), with the clause as the reason."""
    facts = profile(
        award="regional_demo_high_school",
        leased_teaching_area_m2="800",
        contract_rent_per_m2_year="100",
        **{"education.inclusive_kindergarten_subsidy": {"recognised_inclusive": True}},
    )
    report = qc.check("school", facts)
    found = statuses(report)
    assert "invalid" not in found.values()
    assert ("not_eligible", "not_eligible") == (found["quality_award"], found["inclusive_kindergarten_subsidy"])
    for item in report.items:
        if item.calculator in ("education.quality_award", "education.inclusive_kindergarten_subsidy"):
            assert "school_type_not_served" in [reason["code"] for reason in item.reasons]
