"""The law as a public catalogue: documents, every figure by name, its history and citation."""

import datetime as dt

import pytest

import qinzhou_calc as qc
from qinzhou_calc._core import text_of
from qinzhou_calc._core.calls import check_overrides
from qinzhou_calc._core.registry import figures as catalogue

D = dt.date

#: The full list of names. Renaming a parameter breaks stored what-ifs and audits: change
#: this list only on purpose, and say so in CHANGELOG.md.
NAMES = (
    "banking.deposits.max_renewal_months",
    "banking.eligibility.bar_years",
    "banking.eligibility.max_supervisory_grade",
    "banking.eligibility.min_pboc_rating",
    "banking.pboc.deposit_benchmark_rates",
    "banking.procedure.min_candidate_banks",
    "banking.procedure.min_committee_size",
    "banking.scoring.agri_loans",
    "banking.scoring.capital_adequacy_ratio",
    "banking.scoring.deposit_rate",
    "banking.scoring.deposit_rate_bands",
    "banking.scoring.information_system",
    "banking.scoring.innovative_services",
    "banking.scoring.internal_control",
    "banking.scoring.liquidity_coverage_ratio",
    "banking.scoring.liquidity_ratio",
    "banking.scoring.loan_balance",
    "banking.scoring.loan_increase",
    "banking.scoring.loan_to_deposit_ratio",
    "banking.scoring.npl_ratio",
    "banking.scoring.other",
    "banking.scoring.past_performance",
    "banking.scoring.payment_service",
    "banking.scoring.provision_coverage_ratio",
    "banking.scoring.rank_step",
    "banking.scoring.reconciliation_service",
    "banking.scoring.sme_loans",
    "banking.scoring.sub_account_service",
    "banking.scoring.total_points",
    "banking.standards.capital_adequacy_ratio",
    "banking.standards.liquidity_coverage_ratio",
    "banking.standards.liquidity_ratio",
    "banking.standards.npl_ratio",
    "banking.standards.provision_coverage_ratio",
    "education.inclusive_kindergarten.rate_per_student",
    "education.land.price_share",
    "education.lease.rate_per_m2_year",
    "education.lease.yearly_cap",
    "education.lease.years",
    "education.loan_interest.excluded_types",
    "education.loan_interest.max_years",
    "education.loan_interest.min_years",
    "education.loan_interest.thresholds",
    "education.loan_interest.total_cap",
    "education.lpr.loan_prime_rates",
    "education.new_build.cap",
    "education.new_build.rate_per_m2",
    "education.pboc.lending_rates",
    "education.premises.excluded_types",
    "education.purchased_places.compulsory_types",
    "education.purchased_places.share",
    "education.quality_award.amounts",
    "education.scale.minimums",
    "education.seconded_teachers.share",
    "education.seconded_teachers.years",
    "education.teacher_insurance.excluded_types",
    "education.teacher_insurance.min_years",
    "education.teacher_insurance.share",
    "roads.acceptance.application_limit",
    "roads.acceptance.inspection_limit",
    "roads.backfill.branch_lane_longitudinal",
    "roads.backfill.branch_lane_transverse",
    "roads.backfill.main_secondary_longitudinal",
    "roads.backfill.main_secondary_transverse",
    "roads.change.application_limit",
    "roads.emergency.paperwork_limit",
    "roads.leniency.rule",
    "roads.plan.publication_limit",
    "roads.plan.submission_months",
    "roads.repair_default.fine",
    "roads.site_violation.fine",
    "roads.survey.certificate_limit",
    "roads.survey.limit",
    "roads.unapproved_change.fine",
    "roads.unpermitted_excavation.fine",
    "roads.unpermitted_excavation.tiers",
    "roads.warranty.period",
    "roads.warranty.re_inspection_limit",
    "roads.waste.clearance_limit",
    "roads.waste_mud.fine",
    "techinno.achievement_transfer.cap",
    "techinno.contract_registration.rate",
    "techinno.hte_certification.reward",
    "techinno.hte_tax.reduced_rate",
    "techinno.hte_tax.standard_rate",
    "techinno.incubator.subsidy_per_enterprise",
    "techinno.incubator.window_years",
    "techinno.inventor_reward.minimum_share",
    "techinno.research_institution.city_support",
    "techinno.research_institution.national_support",
    "techinno.research_institution.regional_support",
    "techinno.targets.high_tech",
    "techinno.targets.transformation_by_county",
    "techinno.targets.transformation_by_year",
    "techinno.targets.transformation_total",
)


def test_the_catalogue_lists_exactly_the_pinned_names() -> None:
    """Names are stable: every figure is listed, sorted, under the name it had."""
    assert list(NAMES) == [entry["name"] for entry in qc.parameters()]


def test_every_name_is_document_topic_figure() -> None:
    """``<document>.<topic>.<figure>``, the document being one of the four."""
    keys = {doc["key"] for doc in qc.documents()}
    for name in NAMES:
        document, topic, figure = name.split(".")
        assert document in keys
        assert topic
        assert figure


def test_the_four_documents_with_their_numbers_and_periods() -> None:
    """education ends 2024-11-21 (five years from 2019-11-22); techinno covers 2019–2021."""
    expected = [
        ("education", "钦政办规〔2019〕11号", "2019-11-22", "2024-11-21"),
        ("roads", "政府令第11号", "2018-08-01", None),
        ("techinno", "钦政发〔2019〕17号", "2019-01-01", "2021-12-31"),
        ("banking", "钦市财规〔2019〕3号", "2019-09-26", None),
    ]
    found = [(d["key"], d["number"], d["in_force_from"], d["in_force_until"]) for d in qc.documents()]
    assert expected == found
    assert all(d["title"] and d["articles_url"] for d in qc.documents())
    roads = next(d for d in qc.documents() if d["key"] == "roads")
    assert "政府令第12号" == roads["amended_by"][0]["number"]


def test_each_document_lists_its_readings_with_the_option_taken_by_default() -> None:
    """The catalogue shows the defaults: 钦政办规〔2019〕11号 第六条（五） excludes interest from before
    2019-11-22; 政府令第11号 第十九条 does not extend the backfill's last day."""
    listed = {d["key"]: d["readings"] for d in qc.documents()}
    assert {"code": "education.loan.interest_before_policy", "default": "excluded"} in listed["education"]
    assert {"code": "roads.backfill.rest_day_end", "default": "no_extension"} in listed["roads"]
    for key, readings in listed.items():
        expected = [{"code": r["code"], "default": r["default"]} for r in qc.readings(document=key)]
        assert expected == readings, key


def test_the_readings_of_a_document_that_does_not_exist_is_invalid_choice() -> None:
    with pytest.raises(qc.InputError) as caught:
        qc.readings(document="nowhere")
    assert [("document", "invalid_choice")] == [(p.field, p.code) for p in caught.value.errors]


def test_every_parameter_has_a_description_a_unit_and_a_cited_history() -> None:
    """Each version has its days in force and the provision that sets it, with the law's words."""
    for entry in qc.parameters():
        assert entry["description"]
        assert entry["unit"]
        assert entry["history"]
        for version in entry["history"]:
            assert version["since"]
            assert version["citation"]["document"]
            assert version["citation"]["text"]


def test_the_new_build_rate_is_120_yuan_per_m2_from_22_november_2019() -> None:
    """第六条（一）："按新建成教学建筑面积 120 元/m² 的标准给予一次性补助"."""
    found = qc.parameter("education.new_build.rate_per_m2", at=D(2020, 1, 1))
    assert ("120", "元/m²") == (found["value"], found["unit"])
    assert ("2019-11-22", "2024-11-21") == (found["since"], found["until"])
    assert ("第六条", "（一）") == (found["citation"]["article"], found["citation"]["clause"])
    assert "120 元/m²" in found["citation"]["text"]


def test_an_amended_fine_has_two_versions_the_first_ending_30_november_2019() -> None:
    """政府令第12号: "并处以" becomes "可以处以" from 2019-12-01."""
    history = qc.parameter("roads.unapproved_change.fine")["history"]
    assert [("2018-08-01", "2019-11-30", True), ("2019-12-01", None, False)] == [
        (v["since"], v["until"], v["value"]["mandatory"]) for v in history
    ]


def test_the_catalogue_at_a_day_keeps_the_version_then_in_force() -> None:
    """On 2019-06-01 the 2018 wording applies; education's figures are not yet in force."""
    on_day = {entry["name"]: entry for entry in qc.parameters(at="2019-06-01")}
    assert [True] == [v["value"]["mandatory"] for v in on_day["roads.unapproved_change.fine"]["history"]]
    assert "education.new_build.rate_per_m2" not in on_day
    assert "techinno.contract_registration.rate" in on_day


def test_the_catalogue_of_one_document() -> None:
    """``document="banking"``: only banking's figures, the PBoC deposit rates among them."""
    names = [entry["name"] for entry in qc.parameters(document="banking")]
    assert names == [name for name in NAMES if name.startswith("banking.")]
    assert "banking.pboc.deposit_benchmark_rates" in names


def test_the_pboc_lending_rates_are_a_dated_table() -> None:
    """2015-10-24: one year 4.35%, one to five years 4.75%, above five 4.90%."""
    found = qc.parameter("education.pboc.lending_rates", at="2020-01-01")
    assert ["4.35", "4.75", "4.9"] == [bucket["rate"] for bucket in found["value"]["buckets"]]
    assert "2015-10-24" == found["since"]


@pytest.mark.parametrize(
    ("call", "code"),
    [
        (lambda: qc.parameter("education.nope.rate"), "unknown_parameter"),
        (lambda: qc.parameter("education.new_build.rate_per_m2", at="2019-11-21"), "not_in_force"),
        (lambda: qc.parameter("education.new_build.rate_per_m2", at="2019-13-01"), "invalid_date"),
        (lambda: qc.parameters(document="schools"), "invalid_choice"),
    ],
)
def test_a_bad_question_to_the_catalogue_is_an_input_error(call: object, code: str) -> None:
    """Unknown names and documents, days outside a figure's life, non-dates."""
    with pytest.raises(qc.InputError) as caught:
        call()  # type: ignore[operator]
    assert {code} == caught.value.codes


@pytest.mark.parametrize("name", NAMES)
def test_every_figure_may_be_overridden_with_its_own_history(name: str) -> None:
    """Each version's value, as the catalogue shows it, is a valid what-if of that figure: the
    ranges of what-ifs hold the law's own figures (150% provision coverage, 1800 students)."""
    history = qc.parameter(name)["history"]
    overrides = {name: {version["since"]: version["value"] for version in history}}
    assert [name] == list(check_overrides(overrides))


def test_every_citation_of_the_catalogue_quotes_the_text_the_library_ships() -> None:
    """The catalogue's provisions of the four documents are the law's words (whitespace ignored)."""
    quoted = 0
    for item in catalogue().values():
        for version in item.versions:
            anchor = version.citation.anchor
            if anchor is None:
                continue  # outside law (PBoC, regulators' rules): named by article or date instead
            text = text_of(anchor.document, anchor.edition)
            assert text.quotes(version.citation.text, anchor.article, anchor.clause), f"{item.name} {version.since}"
            quoted += 1
    assert quoted >= len(NAMES) // 2
