"""The rules across fields are declared once per calculator (``Calculator.rules``) and that
declaration is complete and true:

* every declared rule is enforced: below, for each rule of each calculator, a payload that breaks
  the rule, refused with exactly the rule's code at one of its fields (a rule declared but not
  checked fails here, as does a rule without a payload). The calculator's JSON Schema accepts the
  payload, except for a rule declared as a shape (a field required by another field's value), which
  the schema says by ``if``/``then``: the schema refuses that payload, and only for that;
* every rule is listed, in Chinese with its code, in the schema's ``description``;
* ``tests/test_schema_agrees.py`` accepts a refusal of a schema-valid payload with a field-shape code
  only where one of these rules says so.

The payloads are written by hand from the law and the worked examples, not computed by the library.
"""

import copy
import datetime as dt
import os
from collections.abc import Callable
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import qinzhou_calc as qc
from qinzhou_calc._core.crossfield import CrossFieldRule, general_path, matches, undeclared
from qinzhou_calc._core.registry import get
from tests import strategies

FORMATS = jsonschema.FormatChecker()
#: Varied worked examples per calculator (``QINZHOU_CALC_RULE_EXAMPLES``).
VARIED = int(os.environ.get("QINZHOU_CALC_RULE_EXAMPLES", "25"))


def refusal(name: str, payload: Any) -> qc.InputError | None:
    try:
        qc.evaluate(name, payload)
    except qc.InputError as error:
        return error
    return None


def example(name: str, index: int = 0) -> dict[str, Any]:
    """A deep copy of calculator ``name``'s worked example."""
    return copy.deepcopy(dict(get(name).examples[index].payload))


def changed(name: str, change: Callable[[dict[str, Any]], object], index: int = 0) -> dict[str, Any]:
    payload = example(name, index)
    change(payload)
    return payload


def event_after_decision(name: str) -> dict[str, Any]:
    """The worked example with a decision the day before its event (given where the example has none)."""
    payload = example(name)
    event = get(name).event
    assert isinstance(event, str)
    day = payload.get(event) or payload["as_of"]
    payload[event] = day
    payload["decision_date"] = (dt.date.fromisoformat(day[:10]) - dt.timedelta(days=1)).isoformat()
    return payload


def _score_banks_added() -> dict[str, Any]:
    return example("banking.score_banks", 1)


def _two_banks(change: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
    payload = _score_banks_added()
    change(payload)
    return payload


#: For each calculator, a schema-valid payload breaking each of its rules, by the rule's key.
BREAKING: dict[str, dict[str, Callable[[], dict[str, Any]]]] = {
    "banking.bank_eligibility": {
        "removal_not_after_selection": lambda: changed(
            "banking.bank_eligibility", lambda p: p["bank"].update(removed_on="2022-10-16")
        ),
        "bar_within_calendar": lambda: changed(
            "banking.bank_eligibility",
            lambda p: (p["bank"].update(removed_on="9998-06-01"), p.update(as_of="9999-01-01")),
        ),
    },
    "banking.deposit_compliance": {
        "at_opening_bank_required": lambda: changed(
            "banking.deposit_compliance", lambda p: (p.pop("at_opening_bank"), p.update(product="notice"))
        ),
        "cumulative_months_required": lambda: changed(
            "banking.deposit_compliance", lambda p: p.pop("cumulative_months")
        ),
    },
    "banking.deposit_rate_score": {
        "offer_within_ratio": lambda: changed(
            "banking.deposit_rate_score", lambda p: p.update(offered_rate="100", benchmark_rate="0.00000000000001")
        ),
    },
    "banking.score_banks": {
        "bank_names_differ": lambda: changed(
            "banking.score_banks", lambda p: p["banks"][1].update(name=p["banks"][0]["name"])
        ),
        "judged_extra_within_points": lambda: changed(
            "banking.score_banks", lambda p: p["banks"][0]["internal_control"].update(extra="1.5")
        ),
        "other_within_points": lambda: changed("banking.score_banks", lambda p: p["banks"][2].update(other="5.01")),
        "offer_within_ratio": lambda: changed(
            "banking.score_banks",
            lambda p: p["banks"][3]["deposit_rate"].update(offered_rate="2", benchmark_rate="0.000000000000001"),
        ),
        "added_keys_new": lambda: _two_banks(lambda p: p["template"]["added"][0].update(key="deposit_rate")),
        "added_scores_known": lambda: _two_banks(
            lambda p: p["banks"][0]["added_scores"].append({"indicator": "green_finance", "score": "1"})
        ),
        "added_score_within_points": lambda: _two_banks(lambda p: p["banks"][1]["added_scores"][0].update(score="5.5")),
        "added_scores_complete": lambda: _two_banks(lambda p: p["banks"][2].update(added_scores=[])),
    },
    "banking.selection_procedure": {
        "candidate_banks_required": lambda: changed("banking.selection_procedure", lambda p: p.pop("candidate_banks")),
        "candidates_within_local_banks": lambda: changed(
            "banking.selection_procedure", lambda p: p.update(candidate_banks=3)
        ),
        "committee_required": lambda: {"method": "competitive", "internal_members": 3, "as_of": "2020-01-06"},
        "committee_adds_up": lambda: {
            "method": "competitive",
            "committee_size": 7,
            "internal_members": 3,
            "outside_experts": 3,
            "as_of": "2020-01-06",
        },
    },
    "education.inclusive_kindergarten_subsidy": {
        "kindergarten_has_children": lambda: changed(
            "education.inclusive_kindergarten_subsidy", lambda p: p["school"].update(students=0)
        ),
    },
    "education.lease_subsidy": {
        "lease_years_within_calendar": lambda: changed(
            "education.lease_subsidy", lambda p: p.update(first_year_from="9997-06-01")
        ),
    },
    "education.loan_interest_subsidy": {
        "repayment_after_drawdown": lambda: changed(
            "education.loan_interest_subsidy", lambda p: p["loan"]["repayments"][0].update(date="2019-12-31")
        ),
        "repaid_within_principal": lambda: changed(
            "education.loan_interest_subsidy",
            lambda p: p["loan"]["repayments"].append({"date": "2021-10-01", "amount": "600000.01"}),
        ),
        "period_ordered": lambda: changed(
            "education.loan_interest_subsidy", lambda p: p["period"].update({"from": "2021-01-01", "to": "2020-12-31"})
        ),
        "period_after_drawdown": lambda: changed(
            "education.loan_interest_subsidy", lambda p: p["period"].update({"from": "2019-12-31"})
        ),
        "period_within_term": lambda: changed(
            "education.loan_interest_subsidy", lambda p: p["period"].update(to="2023-01-02")
        ),
        "period_at_most_five_years": lambda: changed(
            "education.loan_interest_subsidy",
            lambda p: (p["loan"].update(term_months=120), p["period"].update(to="2025-01-01")),
        ),
        "rate_table_covers_period": lambda: changed(
            "education.loan_interest_subsidy",
            lambda p: (
                p["loan"].update(drawn_on="1900-01-01", repayments=[]),
                p.update(period={"from": "1900-01-01", "to": "1900-12-31"}),
            ),
        ),
        "term_within_calendar": lambda: changed(
            "education.loan_interest_subsidy",
            lambda p: (
                p["loan"].update(drawn_on="9990-01-01", term_months=600, repayments=[]),
                p.pop("period"),
            ),
        ),
        "began_before_law_date": lambda: changed(
            "education.loan_interest_subsidy", lambda p: p.update(main_urban_area_since="2022-03-02")
        ),
        "urban_start_given": lambda: changed(
            "education.loan_interest_subsidy", lambda p: p.pop("main_urban_area_since")
        ),
    },
    "education.purchased_places_subsidy": {
        "places_within_pupils": lambda: changed(
            "education.purchased_places_subsidy", lambda p: p.update(enrolled_students=601)
        ),
    },
    "education.teacher_insurance_subsidy": {
        "began_before_law_date": lambda: changed(
            "education.teacher_insurance_subsidy", lambda p: p.update(operating_since="2021-04-01")
        ),
    },
    "roads.deadline": {
        "backfill_needs_road": lambda: {"obligation": "backfill", "start": "2020-05-06T10:00:00"},
        "extra_day_rest_or_working": lambda: changed(
            "roads.deadline",
            lambda p: p.update(extra_rest_days=["2019-09-30"], extra_working_days=["2019-09-29", "2019-09-30"]),
        ),
        "calendar_days_in_year": lambda: changed(
            "roads.deadline",
            lambda p: p.update(
                calendar={"years": {"2027": {"rest_days": ["2026-12-31"], "working_days": [], "source": "通知"}}}
            ),
        ),
        "calendar_rest_or_working": lambda: changed(
            "roads.deadline",
            lambda p: p.update(
                calendar={
                    "years": {"2027": {"rest_days": ["2027-02-07"], "working_days": ["2027-02-07"], "source": "通知"}}
                }
            ),
        ),
        "calendar_source": lambda: changed(
            "roads.deadline",
            lambda p: p.update(calendar={"years": {"2027": {"rest_days": [], "working_days": [], "source": "  "}}}),
        ),
        "deadline_within_calendar": lambda: {"obligation": "warranty_end", "start": "9999-12-31"},
    },
    "techinno.incubator_subsidy": {
        "incubatee_named": lambda: changed("techinno.incubator_subsidy", lambda p: p["incubatees"][0].update(name=" ")),
        "incubatees_differ": lambda: changed(
            "techinno.incubator_subsidy", lambda p: p["incubatees"][2].update(name=" 乙公司")
        ),
        "graduated_after_entering": lambda: changed(
            "techinno.incubator_subsidy", lambda p: p["incubatees"][1].update(incubated_from="2020-03-01")
        ),
        "window_within_calendar": lambda: changed(
            "techinno.incubator_subsidy", lambda p: p["incubatees"][1].update(graduated_on="9999-06-01")
        ),
        "event_after_decision": lambda: changed(
            "techinno.incubator_subsidy", lambda p: p.update(decision_date="2021-02-27")
        ),
    },
    "techinno.transformation_targets": {
        "county_year_once": lambda: {
            "actual_projects": [
                {"county": "钦南区", "year": 2019, "projects": 1},
                {"county": "钦南区", "year": 2019, "projects": 2},
            ],
            "as_of": "2019-12-31",
        },
        "high_tech_year_once": lambda: {
            "actual_high_tech": [
                {"year": 2020, "new": 3, "total": 40},
                {"year": 2020, "new": 4, "total": 41},
            ],
            "as_of": "2020-12-31",
        },
    },
}

#: The event rule's payload, for calculators whose event is a field of the payload.
SPECIAL_EVENT: dict[str, Callable[[], dict[str, Any]]] = {
    "techinno.hte_tax_saving": lambda: changed(
        "techinno.hte_tax_saving", lambda p: p.update(tax_year=2020, decision_date="2020-12-30")
    ),
}


def breaking(name: str, rule: CrossFieldRule) -> dict[str, Any]:
    own = BREAKING.get(name, {})
    if rule.key in own:
        return own[rule.key]()
    if rule.key == "event_after_decision":
        return SPECIAL_EVENT[name]() if name in SPECIAL_EVENT else event_after_decision(name)
    raise AssertionError(f"{name}: no payload breaking the declared rule {rule.key!r}; add one to BREAKING")


CASES = [(name, rule) for name in qc.calculators() for rule in get(name).rules]


@pytest.mark.parametrize(("name", "rule"), CASES, ids=[f"{name}:{rule.key}" for name, rule in CASES])
def test_a_declared_rule_is_enforced(name: str, rule: CrossFieldRule) -> None:
    """A payload that breaks the rule is refused with the rule's code, at one of its fields; the schema
    accepts it, unless the rule is a shape, which the schema's ``if``/``then`` refuses too."""
    payload = breaking(name, rule)
    schema = qc.schema(name)
    validator = jsonschema.Draft202012Validator(schema, format_checker=FORMATS)
    if rule.shape is None:
        assert validator.is_valid(payload), [e.message for e in validator.iter_errors(payload)]
    else:
        errors = list(validator.iter_errors(payload))
        assert errors, payload
        # Refused by the allOf's if/then alone: without it, the schema accepts the payload.
        assert all(list(e.schema_path)[:1] == ["allOf"] for e in errors), [e.message for e in errors]
        plain = {key: value for key, value in schema.items() if key != "allOf"}
        assert jsonschema.Draft202012Validator(plain, format_checker=FORMATS).is_valid(payload)
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate(name, payload)
    problems = caught.value.errors
    assert {p.code for p in problems} == {rule.code}, caught.value.to_dict()
    assert any(general_path(p.field) in rule.fields for p in problems), caught.value.to_dict()
    assert all(matches(get(name).rules, p.code, p.field) for p in problems), caught.value.to_dict()


def test_every_payload_here_breaks_a_declared_rule() -> None:
    """No payload above is left for a rule that is no longer declared."""
    for name, payloads in BREAKING.items():
        keys = {rule.key for rule in get(name).rules}
        assert set(payloads) <= keys, (name, set(payloads) - keys)


@pytest.mark.parametrize("name", qc.calculators())
def test_the_schema_description_lists_every_rule(name: str) -> None:
    """In Chinese, with its code: what a form builder reads beside the schema."""
    description = qc.schema(name).get("description", "")
    for rule in get(name).rules:
        assert rule.zh in description
        assert f"（{rule.code}；" in description


def test_the_shapes_are_in_the_schema_as_if_then() -> None:
    """The conditions as the tables of 第九条, 第十三、十五条 and 第十九条 read them, one if/then each."""
    shapes = {
        name: [(rule.key, rule.shape) for rule in get(name).rules if rule.shape is not None]
        for name in qc.calculators()
    }
    assert {name: [key for key, _ in found] for name, found in shapes.items() if found} == {
        "banking.deposit_compliance": ["at_opening_bank_required", "cumulative_months_required"],
        "banking.selection_procedure": ["candidate_banks_required", "committee_required"],
        "roads.deadline": ["backfill_needs_road"],
    }
    assert qc.schema("banking.deposit_compliance")["allOf"][1] == {
        "if": {"properties": {"product": {"const": "time"}}, "required": ["product"]},
        "then": {"required": ["cumulative_months"], "properties": {"cumulative_months": {"not": {"type": "null"}}}},
    }
    committee = qc.schema("banking.selection_procedure")["allOf"][1]["then"]
    assert [clause["required"] for clause in committee["anyOf"]] == [
        ["committee_size"],
        ["internal_members", "outside_experts"],
    ]
    for name in qc.calculators():
        assert ("allOf" in qc.schema(name)) == bool(shapes[name]), name


def test_rule_keys_differ_within_a_calculator() -> None:
    for name in qc.calculators():
        keys = [rule.key for rule in get(name).rules]
        assert len(keys) == len(set(keys)), name


def test_paths_are_made_general() -> None:
    assert general_path("loan.repayments[12].date") == "loan.repayments[].date"
    assert general_path('calendar.years["2027"].rest_days[0]') == "calendar.years[*].rest_days[]"
    assert general_path("$") == "$"


@pytest.mark.parametrize("name", qc.calculators())
def test_varied_worked_examples_are_refused_only_by_declared_rules(name: str) -> None:
    """Payloads near the worked examples (in force, so the rules are reached): when the schema accepts
    one, any field-shape refusal comes from a declared rule, at one of its fields."""
    calc = get(name)
    validator = jsonschema.Draft202012Validator(qc.schema(name), format_checker=FORMATS)
    examples = [dict(example.payload) for example in calc.examples]

    @settings(max_examples=VARIED, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(st.sampled_from(examples).flatmap(strategies.mutated_payloads))
    def refused_only_by_rules(payload: dict[str, Any]) -> None:
        if not validator.is_valid(payload) or strategies.has_nan(payload):
            return
        error = refusal(name, payload)
        assert error is None or not undeclared(calc.rules, error.errors), (payload, error.to_dict())

    refused_only_by_rules()
