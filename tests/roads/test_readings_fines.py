"""政府令第11号 第二十四条至第二十八条 (as amended by 第12号): each reading of the fines under each of
its options, with the figures worked by hand from the text."""

from decimal import Decimal
from typing import Any

import pytest

import qinzhou_calc as qc

EXCAVATION = "roads.unpermitted_excavation_fine"


def _fine(name: str, payload: dict[str, Any], **readings: str) -> dict[str, Any]:
    data: dict[str, Any] = qc.evaluate(name, payload, readings=readings).to_dict()
    return data


def _used(data: dict[str, Any]) -> dict[str, str]:
    return {row["code"]: row["option"] for row in data["readings"]}


# 2019-10-15 act, 2020-01-10 decision: 20 m² is item (一) (1,000–3,000, the lighter item at its end
# point), 100 m² item (三) (10,000–15,000): 11,000–18,000, under the chapeau's 20,000.
LATE_DECISION = {"points": [20, 100], "violation_date": "2019-10-15", "decision_date": "2020-01-10"}


def test_by_default_the_lighter_text_at_the_decision_applies() -> None:
    """从旧兼从轻: "可以处以" (2019-12-01) is lighter than the act's "并处以": the fine may be imposed."""
    data = _fine(EXCAVATION, LATE_DECISION)
    assert ("11000.00", "18000.00", False, "2020-01-10") == (
        data["minimum"],
        data["maximum"],
        data["mandatory"],
        data["as_of"],
    )
    assert "lighter_text" == _used(data)["roads.fines.lighter_later_text"]
    assert "lighter_new_law" in [note["code"] for note in data["notes"]]


def test_under_act_text_the_act_s_mandatory_text_applies() -> None:
    data = _fine(EXCAVATION, LATE_DECISION, **{"roads.fines.lighter_later_text": "act_text"})
    assert ("11000.00", "18000.00", True, "2019-10-15") == (
        data["minimum"],
        data["maximum"],
        data["mandatory"],
        data["as_of"],
    )
    note = next(note for note in data["notes"] if note["code"] == "act_text_kept")
    assert "roads.fines.lighter_later_text" == note["reading"]
    assert "2019-10-15" in note["message"]
    assert "2020-01-10" in note["message"]


def test_a_fine_decided_under_the_same_text_does_not_depend_on_the_lighter_text_reading() -> None:
    data = _fine(EXCAVATION, {"points": [35], "violation_date": "2020-05-01"})
    assert "roads.fines.lighter_later_text" not in _used(data)


@pytest.mark.parametrize(("option", "mandatory"), [("chapeau", False), ("each_item", True)])
def test_after_the_amendment_the_item_wording_decides_whether_the_fine_is_mandatory(
    option: str, mandatory: bool
) -> None:
    """35 m² in 2020: item (二), 3,000–10,000; the chapeau says "可以处以"."""
    data = _fine(
        EXCAVATION,
        {"points": [35], "violation_date": "2020-05-01"},
        **{"roads.unpermitted_excavation.item_wording": option},
    )
    assert ("3000.00", "10000.00", mandatory) == (data["minimum"], data["maximum"], data["mandatory"])
    assert option == _used(data)["roads.unpermitted_excavation.item_wording"]


@pytest.mark.parametrize("option", ["chapeau", "each_item"])
def test_before_the_amendment_the_fine_is_mandatory_under_either_item_wording(option: str) -> None:
    """2019-10-15, decided the same day: "并处以" in the chapeau."""
    data = _fine(
        EXCAVATION,
        {"points": [35], "violation_date": "2019-10-15"},
        **{"roads.unpermitted_excavation.item_wording": option},
    )
    assert data["mandatory"] is True


@pytest.mark.parametrize(
    ("area", "option", "clause", "minimum", "maximum"),
    [
        (20, "lighter_item", "（一）", "1000.00", "3000.00"),
        (20, "heavier_item", "（二）", "3000.00", "10000.00"),
        (50, "lighter_item", "（二）", "3000.00", "10000.00"),
        (50, "heavier_item", "（三）", "10000.00", "15000.00"),
        (100, "lighter_item", "（三）", "10000.00", "15000.00"),
        (100, "heavier_item", "（四）", "15000.00", "20000.00"),
    ],
)
def test_a_point_on_a_shared_end_point_takes_the_item_its_reading_chooses(
    area: int, option: str, clause: str, minimum: str, maximum: str
) -> None:
    data = _fine(
        EXCAVATION,
        {"points": [area], "violation_date": "2020-05-01"},
        **{"roads.unpermitted_excavation.shared_end_point": option},
    )
    assert [clause] == [row["clause"] for row in data["breakdown"]]
    assert (minimum, maximum) == (data["minimum"], data["maximum"])


def test_a_point_off_the_end_points_does_not_depend_on_the_end_point_reading() -> None:
    data = _fine(EXCAVATION, {"points": [35], "violation_date": "2020-05-01"})
    assert "roads.unpermitted_excavation.shared_end_point" not in _used(data)


@pytest.mark.parametrize(
    ("option", "minimum", "maximum"),
    [("capped_total", "20000.00", "20000.00"), ("uncapped_sum", "25000.00", "35000.00")],
)
def test_several_points_add_up_within_or_beyond_the_chapeau_s_ceiling(option: str, minimum: str, maximum: str) -> None:
    """60 m² is item (三), 10,000–15,000; 120 m² item (四), 15,000–20,000: 25,000–35,000 added."""
    data = _fine(
        EXCAVATION,
        {"points": [60, 120], "violation_date": "2020-05-01"},
        **{"roads.unpermitted_excavation.several_points": option},
    )
    assert (minimum, maximum) == (data["minimum"], data["maximum"])


def test_one_point_does_not_depend_on_the_several_points_reading() -> None:
    data = _fine(EXCAVATION, {"points": [120], "violation_date": "2020-05-01"})
    assert "roads.unpermitted_excavation.several_points" not in _used(data)


@pytest.mark.parametrize(("option", "mandatory"), [("mandatory", True), ("discretionary", False)])
def test_a_refusal_to_correct_waste_or_mud_is_fined_as_the_reading_says(option: str, mandatory: bool) -> None:
    """第二十六条: 200–2,000 after a refusal to correct."""
    data = _fine(
        "roads.waste_mud_fine",
        {"refused_to_correct": True, "violation_date": "2020-03-10"},
        **{"roads.waste_mud.refusal_fine": option},
    )
    assert ("200.00", "2000.00", mandatory) == (data["minimum"], data["maximum"], data["mandatory"])


@pytest.mark.parametrize(("option", "owed"), [("excavator_bears", "8000.00"), ("fee_only", "0.00")])
def test_a_repair_costing_more_than_the_fee_leaves_the_difference_owed_or_not(option: str, owed: str) -> None:
    """第二十七条: 58,000 of repair, 50,000 of fee: 50,000 deducted, nothing left, 8,000 beyond the fee."""
    data = _fine(
        "roads.repair_default_fine",
        {"violation_date": "2020-07-01", "repair_cost": "58000", "repair_fee_paid": "50000"},
        **{"roads.repair_default.cost_beyond_fee": option},
    )
    rows = {row["item"]: row["amount"] for row in data["breakdown"]}
    assert {"deducted_from_fee": "50000.00", "still_owed": owed, "fee_left": "0.00"} == rows
    assert Decimal(data["maximum"]) == Decimal(20000)
