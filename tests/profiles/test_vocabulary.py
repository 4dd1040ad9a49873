"""One vocabulary per subject: a field two calculators share has one schema and one meaning, and
the profile's JSON Schema is drawn from them."""

import itertools
import json

import jsonschema
import pytest

import qinzhou_calc as qc
from qinzhou_calc._subjects import SUBJECTS

NAMES = sorted(SUBJECTS)


def test_subjects_list_the_school_enterprise_and_excavation_with_their_calculators() -> None:
    listed = {s["key"]: s for s in qc.subjects()}
    assert {"school", "enterprise", "excavation"} <= set(listed)
    assert sorted(n for n in qc.calculators() if n.startswith("education.")) == sorted(listed["school"]["calculators"])
    assert ["roads.deadline"] == listed["excavation"]["calculators"]
    assert {
        "techinno.hte_certification_reward",
        "techinno.hte_tax_saving",
        "techinno.achievement_transfer_subsidy",
    } <= set(listed["enterprise"]["calculators"])


def test_every_calculator_a_subject_names_is_registered() -> None:
    assert set() == {n for s in qc.subjects() for n in s["calculators"]} - set(qc.calculators())


@pytest.mark.parametrize("subject", NAMES)
def test_a_field_shared_by_two_calculators_has_one_schema(subject: str) -> None:
    """Title, description and type alike, in every pair of the subject's calculators (a rule's own,
    older use of a name the vocabulary gives another meaning is left out)."""
    rules = SUBJECTS[subject].rules
    differing = []
    for first, second in itertools.combinations({r.calculator: r for r in rules}.values(), 2):
        one, other = qc.schema(first.calculator), qc.schema(second.calculator)
        for name in set(one["properties"]) & set(other["properties"]):
            if name in first.own_names or name in second.own_names:
                continue
            if one["properties"][name] != other["properties"][name]:
                differing.append((first.calculator, second.calculator, name))
        for name in set(one.get("$defs", {})) & set(other.get("$defs", {})):
            if one["$defs"][name] != other["$defs"][name]:
                differing.append((first.calculator, second.calculator, f"$defs/{name}"))
    assert [] == differing


@pytest.mark.parametrize("subject", NAMES)
def test_the_profile_schema_is_a_valid_draft_2020_12_schema_and_takes_an_empty_profile(subject: str) -> None:
    schema = qc.profile_schema(subject)
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate({})
    json.dumps(schema)


def test_the_school_profile_takes_null_for_any_fact_and_a_block_per_calculator() -> None:
    schema = qc.profile_schema("school")
    validator = jsonschema.Draft202012Validator(schema)
    validator.validate({"loan": None, "school": None, "education.quality_award": {"award": "city_demo_kindergarten"}})
    assert not validator.is_valid({"shcool": {}})
    assert "在钦州开始办学日期" == schema["properties"]["operating_since"]["title"]


def test_the_excavation_profile_names_the_projects_events() -> None:
    properties = qc.profile_schema("excavation")["properties"]
    assert {"plan_issued_on", "surveyed_on", "accepted_on", "warranty_ended_on", "road_class", "direction"} <= set(
        properties
    )
    assert "obligation" not in properties
    assert "验线合格之日" == properties["surveyed_on"]["title"]


def test_a_profile_with_a_field_outside_the_vocabulary_is_refused_with_a_suggestion() -> None:
    with pytest.raises(qc.InputError) as caught:
        qc.check("school", {"shcool": {}})
    (problem,) = caught.value.errors
    assert ("shcool", "unknown_field") == (problem.field, problem.code)
    assert "'school'" in problem.message


def test_an_unknown_subject_is_refused_with_its_own_code() -> None:
    with pytest.raises(qc.InputError) as caught:
        qc.check("schol", {})
    assert ["unknown_subject"] == [p.code for p in caught.value.errors]
    assert "'school'" in caught.value.errors[0].message


def test_a_profile_that_is_not_an_object_is_refused() -> None:
    with pytest.raises(qc.InputError) as caught:
        qc.check("school", ["school"])  # type: ignore[arg-type]
    assert [("$", "type")] == [(p.field, p.code) for p in caught.value.errors]


def test_an_unknown_reading_or_option_is_refused_before_any_rule_runs() -> None:
    with pytest.raises(qc.InputError) as caught:
        qc.check("school", {}, readings={"education.no.such_reading": "included"})
    assert ["unknown_reading"] == [p.code for p in caught.value.errors]
    with pytest.raises(qc.InputError) as caught:
        qc.check("excavation", {}, readings={"roads.backfill.rest_day_end": "civil_code"})
    assert ["invalid_reading"] == [p.code for p in caught.value.errors]


def test_a_bad_override_or_language_is_refused_before_any_rule_runs() -> None:
    with pytest.raises(qc.InputError) as caught:
        qc.check("school", {}, overrides={"education.new_build.rate": "150"})
    assert ["unknown_parameter"] == [p.code for p in caught.value.errors]
    with pytest.raises(qc.InputError) as caught:
        qc.check("school", {}, lang="fr")
    assert ["invalid_choice"] == [p.code for p in caught.value.errors]


def test_english_titles_and_messages_when_asked() -> None:
    school = {"type": "primary", "classes": 20, "non_profit": True}
    report = qc.check("school", {"school": school, "claim_date": "2020-09-01"}, lang="en")
    assert "School › Pupils enrolled" == report.items[0].missing[0].title
    report = qc.check("school", {"school": school, "claim_date": "2025-09-01"}, lang="en")
    assert (
        report.items[0]
        .reasons[0]["message"]
        .startswith("钦政办规〔2019〕11号 is in force from 2019-11-22 to 2024-11-21")
    )
