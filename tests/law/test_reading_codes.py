"""The codes of the law's readings and warnings form a closed set, like the error codes: a reading or
warning added or renamed is a change of the public contract, made here on purpose.

Every note a calculator of a converted document writes is either the note of an option of a
declared reading (and names that reading) or a declared warning (and names none): checked here on
every registered example under every option of every reading it depends on, and, by the fixture in
``tests/conftest.py``, on every note any test makes such a calculator write.
"""

from typing import Any

import pytest

import qinzhou_calc as qc
from qinzhou_calc._core.reading import find_reading, warning_codes
from qinzhou_calc.service import load_all

#: The documents (or single calculators) whose notes are all readings' or warnings' (their
#: interpretations converted).
CONVERTED = (
    "education",
    "roads",
    "techinno",
    "banking",
)

READING_CODES = [
    "banking.deposits.opening_bank",
    "banking.eligibility.bar_last_day",
    "banking.eligibility.removal_before_measures",
    "banking.eligibility.supervisory_subgrade",
    "banking.procedure.fewer_local_banks",
    "banking.procedure.general_minimum",
    "banking.scoring.below_benchmark",
    "banking.scoring.extra_needs_base",
    "banking.scoring.final_rank_ties",
    "banking.scoring.indicator_rank_ties",
    "banking.scoring.rate_within_band",
    "banking.scoring.ratio_rank_needs_standard",
    "banking.scoring.score_rounding",
    "banking.scoring.system_rank_needs_base",
    "education.fund.county_school",
    "education.lease.incentive_conditions",
    "education.loan.interest_before_policy",
    "education.places.base_fee",
    "education.running.years_reached",
    "education.scope.size_for_every_support",
    "education.scope.undergraduate_size",
    "education.support.for_profit_school",
    "education.validity.last_day",
    "roads.backfill.rest_day_end",
    "roads.change_application.working_days_ahead",
    "roads.fines.lighter_later_text",
    "roads.hour_limits.rest_days",
    "roads.plan_submission.due_day",
    "roads.re_inspection.start",
    "roads.repair_default.cost_beyond_fee",
    "roads.unpermitted_excavation.item_wording",
    "roads.unpermitted_excavation.several_points",
    "roads.unpermitted_excavation.shared_end_point",
    "roads.warranty.last_day",
    "roads.waste_mud.refusal_fine",
    "techinno.hte_certification.rewards_add_up",
    "techinno.hte_tax_saving.outside_plan",
    "techinno.incubator.window_end",
    "techinno.plan.start",
]

WARNING_CODES = [
    "actuals_outside_query_ignored",
    "approval_assumed",
    "art9_cumulative_term",
    "art9_funds_not_checked",
    "benchmark_given",
    "calendar_provisional",
    "calendar_provisional_settled",
    "certified_on_graduation_day",
    "city_approval_required",
    "city_commission_required",
    "committee_composition_not_checked",
    "contribution_no_positive_value",
    "day_count_360",
    "day_count_365",
    "default_period",
    "default_standards",
    "event_in_ended_document",
    "high_tech_targets_city_wide",
    "interest_after_policy_end",
    "interest_not_yet_incurred",
    "inventor_share_basis",
    "lease_years_past_policy_end",
    "limitation_period",
    "local_banks_unknown",
    "lpr_alternative",
    "lpr_for_comparison",
    "maturity_day_no_interest",
    "one_rent_all_years",
    "original_text_reconstructed",
    "partial_actuals",
    "per_student_standard_is_input",
    "qualified_teachers_only",
    "rank_beyond_last_point",
    "rate_data_unverified",
    "rate_each_day",
    "rate_given",
    "ratio_is_an_input",
    "ratio_not_set",
    "regional_calendar_missing",
    "regional_calendar_unverified",
    "road_class_ignored",
    "scale_after_works",
    "start_on_notice_date",
    "start_time_unknown",
    "targets_met_reading",
    "tax_saving_reading",
    "template_scaled",
    "template_total",
    "window_past_plan_end",
    "works_approval_required",
]


def closed_set_problem(calculator: str, code: str, reading: str | None) -> str | None:
    """Why the note ``code`` (explaining ``reading``, or none) of ``calculator`` is outside the closed
    set, or ``None`` when it is in it (or the calculator's document is not converted yet)."""
    if calculator.partition(".")[0] not in CONVERTED and calculator not in CONVERTED:
        return None
    if reading is None:
        return None if code in warning_codes() else f"{calculator} writes {code!r}, not a declared warning"
    declared = find_reading(reading)
    if declared is None or code not in [option.note_code for option in declared.options]:
        return f"{calculator} writes {code!r} for {reading}, not one of its options' notes"
    return None


def test_the_reading_codes_are_the_pinned_set() -> None:
    assert READING_CODES == [reading["code"] for reading in qc.readings()]


def test_the_warning_codes_are_the_pinned_set() -> None:
    qc.readings()  # every document loaded, each declaring its warnings
    assert WARNING_CODES == warning_codes()


def test_every_reading_has_two_options_a_default_among_them_and_its_reasoning_in_both_languages() -> None:
    for zh, en in zip(qc.readings(), qc.readings(lang="en"), strict=True):
        keys = [option["key"] for option in zh["options"]]
        assert len(keys) >= 2
        assert zh["default"] in keys
        assert zh["reasoning"]
        assert en["reasoning"]
        assert zh["reasoning"] != en["reasoning"]
        assert zh["code"].startswith(zh["document"] + ".")


def test_every_option_of_a_converted_document_writes_a_note_of_its_own() -> None:
    """An option's note says which answer was taken: no two options share a note code."""
    codes = [
        option.note_code
        for reading in qc.readings()
        if reading["document"] in CONVERTED or reading["document"] == "banking"
        for option in find_reading(reading["code"]).options  # type: ignore[union-attr]
    ]
    assert all(codes)
    assert len(codes) == len(set(codes))


def _examples() -> list[tuple[str, dict[str, Any]]]:
    return [
        (name, dict(example.payload))
        for name, calc in sorted(load_all().items())
        if name.partition(".")[0] in CONVERTED or name in CONVERTED
        for example in calc.examples
    ]


@pytest.mark.parametrize(("name", "payload"), _examples(), ids=lambda value: value if isinstance(value, str) else "")
def test_every_note_of_an_example_under_every_option_is_in_the_closed_set(name: str, payload: dict[str, Any]) -> None:
    try:
        first = qc.evaluate(name, payload)
    except qc.InputError:
        return  # an example that shows a refusal writes no note
    choices: list[dict[str, str]] = [{}]
    for used in first.readings:
        declared = find_reading(used.code)
        assert declared is not None
        choices += [{used.code: option.key} for option in declared.options if option.key != used.option]
    for chosen in choices:
        try:
            result = qc.evaluate(name, payload, readings=chosen)
        except qc.InputError:
            continue
        problems = [closed_set_problem(name, note.code, note.reading) for note in result.notes]
        assert [] == [problem for problem in problems if problem]
