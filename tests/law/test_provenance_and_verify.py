"""Provenance in every result, and replay of a stored result with qc.verify."""

import copy
import json
from typing import Any

import pytest

import qinzhou_calc as qc
from qinzhou_calc._core.registry import load_all

NEW_BUILD = "education.new_build_subsidy"
PAYLOAD = {
    "school": {"type": "primary", "classes": 12, "students": 540, "non_profit": True},
    "new_teaching_area_m2": "10000",
    "as_of": "2020-01-01",
}
EXAMPLES = [(name, example.payload) for name, calc in sorted(load_all().items()) for example in calc.examples]


def stored(name: str, payload: Any, **kwargs: Any) -> dict[str, Any]:
    """A result as an application stores it: to_dict() through JSON."""
    data: dict[str, Any] = json.loads(json.dumps(qc.evaluate(name, payload, **kwargs).to_dict()))
    return data


def test_a_result_records_its_inputs_normalised() -> None:
    """Decimals as text, defaults filled in: enough to evaluate it again (a decision date left
    to its default stays null: replayed, it defaults again)."""
    expected = {
        "school": {
            "type": "primary",
            "classes": 12,
            "students": 540,
            "non_profit": True,
            "terminated": False,
            "jurisdiction": "city",
        },
        "new_teaching_area_m2": "10000",
        "as_of": "2020-01-01",
        "decision_date": None,
        "claim_date": None,
    }
    assert expected == stored(NEW_BUILD, {**PAYLOAD, "new_teaching_area_m2": 10000.0})["inputs"]


def test_a_result_records_the_library_and_every_figure_it_read() -> None:
    """The rate and the cap of 第六条（一）, with their days in force and citation."""
    provenance = stored(NEW_BUILD, PAYLOAD)["provenance"]
    assert f"qinzhou-calc {qc.__version__}" == provenance["library"]
    assert "calendar" in provenance
    used = {p["name"]: p for p in provenance["parameters"]}
    assert {
        "education.premises.excluded_types",
        "education.scale.minimums",
        "education.new_build.rate_per_m2",
        "education.new_build.cap",
    } == set(used)
    rate = used["education.new_build.rate_per_m2"]
    assert ("120", "2019-11-22", "2024-11-21", False) == (
        rate["value"],
        rate["since"],
        rate["until"],
        rate["overridden"],
    )
    assert "第六条" == rate["citation"]["article"]


def test_the_text_ends_with_a_short_provenance() -> None:
    text = str(qc.evaluate(NEW_BUILD, PAYLOAD))
    last = text.splitlines()[-2:]
    assert f"出处：qinzhou-calc {qc.__version__}" == last[0]
    assert "education.new_build.rate_per_m2 = 120" in last[1]


def test_the_html_folds_the_provenance_in_a_details_section() -> None:
    page = qc.evaluate(NEW_BUILD, PAYLOAD)._repr_html_()
    assert '<details class="qinzhou-calc-provenance"><summary>出处' in page
    assert "education.new_build.rate_per_m2" in page


@pytest.mark.parametrize(("name", "payload"), EXAMPLES)
def test_every_registered_example_verifies_as_the_same(name: str, payload: Any) -> None:
    """verify(to_dict(r)) is "same" for every worked example."""
    verification = qc.verify(stored(name, payload))
    assert "same" == verification.status, str(verification)
    assert verification


def test_a_stored_what_if_is_replayed_with_its_overrides() -> None:
    data = stored(NEW_BUILD, PAYLOAD, overrides={"education.new_build.rate_per_m2": "150"})
    assert qc.verify(data).same


def test_a_figure_changed_since_is_reported_with_the_fields_it_changed() -> None:
    """A stored result computed when the cap was (say) 1,000,000: verify names the figure and the amount."""
    data = stored(NEW_BUILD, PAYLOAD)
    old = copy.deepcopy(data)
    old["amount"] = "1000000.00"
    for entry in old["provenance"]["parameters"]:
        if entry["name"] == "education.new_build.cap":
            entry["value"] = "1000000"
    verification = qc.verify(old)
    assert "different" == verification.status
    assert [("education.new_build.cap", "1000000", "5000000")] == [
        (p.name, p.stored, p.now) for p in verification.changed_parameters
    ]
    paths = {d.path: (d.stored, d.now) for d in verification.differences}
    assert ("1000000.00", "1200000.00") == paths["amount"]
    assert "different" == verification.to_dict()["status"]


def test_a_result_without_inputs_cannot_be_verified() -> None:
    data = stored(NEW_BUILD, PAYLOAD)
    del data["inputs"]
    with pytest.raises(qc.InputError):
        qc.verify(data)


def test_a_lean_result_is_replayed_lean() -> None:
    """explain=False stores no steps or citations; verify compares it with a lean result."""
    data = stored(NEW_BUILD, PAYLOAD, explain=False)
    assert [] == data["citations"]
    assert data["provenance"]["parameters"]
    assert "same" == qc.verify(data).status
