"""The three rules' cases: one payload each for the timings, and cases at the fen for exactness.

Every expected figure is worked out by hand from the text, not by either engine.
"""

from decimal import Decimal
from typing import Any

import attrs

__all__ = ["EXACT", "RULES", "Exact", "Rule"]

_SCHOOL = {"type": "primary", "classes": 12, "students": 540, "non_profit": True}


@attrs.frozen
class Rule:
    """One rule on both sides: the library's calculator and payload, OpenFisca's inputs and outputs."""

    label: str
    calculator: str
    payload: dict[str, Any]
    #: OpenFisca input variables (one value each for a single case).
    inputs: dict[str, Any]
    #: OpenFisca output variables, and the library's result keys they answer.
    outputs: dict[str, str]


@attrs.frozen
class Exact:
    """A case whose answer turns on the last fen (or on an end point a float cannot hold)."""

    rule: Rule
    what: str
    payload: dict[str, Any]
    inputs: dict[str, Any]
    #: Result key → the figure the law gives, in 元 to the fen.
    expected: dict[str, Decimal]


RULES = (
    Rule(
        "new-build subsidy (11号 第六条（一）)",
        "education.new_build_subsidy",
        {"school": _SCHOOL, "new_teaching_area_m2": "10000", "as_of": "2020-06-30"},
        {
            "school_type": "primary",
            "school_classes": 12,
            "school_students": 540,
            "school_non_profit": True,
            "new_teaching_area_m2": 10000,
        },
        {"new_build_subsidy": "amount"},
    ),
    Rule(
        "contract-registration subsidy (17号 附件5 二（四）)",
        "techinno.contract_registration_subsidy",
        {"registered_amount": "1000001", "as_of": "2020-06-30"},
        {"registered_amount": 1000001},
        {"contract_registration_subsidy": "amount"},
    ),
    Rule(
        "excavation fine (11号令 第二十四条)",
        "roads.unpermitted_excavation_fine",
        {"points": [35], "violation_date": "2020-05-01"},
        {"excavation_area_m2": 35},
        {"excavation_fine_minimum": "minimum", "excavation_fine_maximum": "maximum"},
    ),
)


def _school(area: str) -> dict[str, Any]:
    return {"school": _SCHOOL, "new_teaching_area_m2": area, "as_of": "2020-06-30"}


def _school_inputs(area: float) -> dict[str, Any]:
    return {**RULES[0].inputs, "new_teaching_area_m2": area}


EXACT = (
    # 120 × 12345.6789 = 1481481.468 → 1481481.47
    Exact(
        RULES[0],
        "120 元 × 12345.6789 m²",
        _school("12345.6789"),
        _school_inputs(12345.6789),
        {"amount": Decimal("1481481.47")},
    ),
    # 120 × 10000.004 = 1200000.48
    Exact(
        RULES[0],
        "120 元 × 10000.004 m²",
        _school("10000.004"),
        _school_inputs(10000.004),
        {"amount": Decimal("1200000.48")},
    ),
    # 120 × 33333.3337 = 4000000.044 → 4000000.04
    Exact(
        RULES[0],
        "120 元 × 33333.3337 m²",
        _school("33333.3337"),
        _school_inputs(33333.3337),
        {"amount": Decimal("4000000.04")},
    ),
    # 0.5% × 1000001 = 5000.005 → 5000.01 (half a fen rounds up)
    Exact(
        RULES[1],
        "0.5% × 1,000,001 元",
        {"registered_amount": "1000001", "as_of": "2020-06-30"},
        {"registered_amount": 1000001},
        {"amount": Decimal("5000.01")},
    ),
    # 0.5% × 12345678.90 = 61728.3945 → 61728.39
    Exact(
        RULES[1],
        "0.5% × 12,345,678.90 元",
        {"registered_amount": "12345678.90", "as_of": "2020-06-30"},
        {"registered_amount": 12345678.90},
        {"amount": Decimal("61728.39")},
    ),
    # 0.5% × 3 = 0.015 → 0.02
    Exact(
        RULES[1],
        "0.5% × 3 元",
        {"registered_amount": "3", "as_of": "2020-06-30"},
        {"registered_amount": 3},
        {"amount": Decimal("0.02")},
    ),
    # 20.0000001 m² is above 20: item (二), 3000 to 10000
    Exact(
        RULES[2],
        "one point of 20.0000001 m²",
        {"points": ["20.0000001"], "violation_date": "2020-05-01"},
        {"excavation_area_m2": 20.0000001},
        {"minimum": Decimal("3000.00"), "maximum": Decimal("10000.00")},
    ),
    # 50.000001 m² is above 50: item (三), 10000 to 15000
    Exact(
        RULES[2],
        "one point of 50.000001 m²",
        {"points": ["50.000001"], "violation_date": "2020-05-01"},
        {"excavation_area_m2": 50.000001},
        {"minimum": Decimal("10000.00"), "maximum": Decimal("15000.00")},
    ),
    # 100.000001 m² is above 100: item (四), 15000 to 20000
    Exact(
        RULES[2],
        "one point of 100.000001 m²",
        {"points": ["100.000001"], "violation_date": "2020-05-01"},
        {"excavation_area_m2": 100.000001},
        {"minimum": Decimal("15000.00"), "maximum": Decimal("20000.00")},
    ),
)


def variants(rule: Rule, count: int) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """``count`` distinct cases of ``rule`` (payload, OpenFisca inputs): the measured figure varies
    from call to call, so that no cache of either engine answers a repeated question."""
    cases = []
    for i in range(count):
        payload, inputs = dict(rule.payload), dict(rule.inputs)
        if rule is RULES[0]:
            area = Decimal(10000) + Decimal(i) / 100
            payload["new_teaching_area_m2"], inputs["new_teaching_area_m2"] = str(area), float(area)
        elif rule is RULES[1]:
            payload["registered_amount"], inputs["registered_amount"] = str(1000001 + i), 1000001 + i
        else:
            area = Decimal(35) + Decimal(i) / 1000
            payload["points"], inputs["excavation_area_m2"] = [str(area)], float(area)
        cases.append((payload, inputs))
    return cases
