"""第二十四条: the fine for digging a city road without a permit, by the area of each point."""

import contextlib
import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import qinzhou_calc as qc
from qinzhou_calc.roads import unpermitted_excavation_fine
from qinzhou_calc.roads.parameters import EXCAVATION_FINE, EXCAVATION_TIERS
from tests import strategies
from tests.roads._helpers import cited, errors, note_codes, run

AFTER = "2020-05-01"


@pytest.mark.parametrize(
    ("area", "clause", "minimum", "maximum"),
    [
        ("0.01", "（一）", "1000.00", "3000.00"),
        ("20", "（一）", "1000.00", "3000.00"),
        ("20.01", "（二）", "3000.00", "10000.00"),
        ("50", "（二）", "3000.00", "10000.00"),
        ("50.01", "（三）", "10000.00", "15000.00"),
        ("100", "（三）", "10000.00", "15000.00"),
        ("100.01", "（四）", "15000.00", "20000.00"),
        ("5000", "（四）", "15000.00", "20000.00"),
    ],
)
def test_each_tier_on_both_sides_of_its_end_points(area: str, clause: str, minimum: str, maximum: str) -> None:
    """（一）20平方米以下 1000–3000；（二）20至50 3000–10000；（三）50至100 10000–15000；（四）100以上 15000–20000。"""
    data = run("unpermitted_excavation_fine", points=[area], violation_date=AFTER)
    assert (minimum, maximum) == (data["minimum"], data["maximum"])
    assert clause == data["breakdown"][0]["clause"]


@pytest.mark.parametrize("area", ["20", "50", "100", "20.00"])
def test_a_shared_end_point_takes_the_lighter_tier_and_says_so(area: str) -> None:
    """以上、以下包括本数：20、50、100 平方米各属两项，取较轻的一项。"""
    data = run("unpermitted_excavation_fine", points=[area], violation_date=AFTER)
    assert "shared_end_point" in note_codes(data)
    assert "中华人民共和国民法总则 第二百零五条" in cited(data)


def test_from_2021_the_end_point_rule_is_cited_from_the_civil_code() -> None:
    """民法典 第一千二百五十九条 replaced 民法总则 第二百零五条 on 2021-01-01."""
    data = run("unpermitted_excavation_fine", points=[50], violation_date="2021-01-01")
    assert "中华人民共和国民法典 第一千二百五十九条" in cited(data)


def test_an_area_just_above_an_end_point_has_no_end_point_note() -> None:
    """20.01 m² is plainly in （二）."""
    data = run("unpermitted_excavation_fine", points=["20.01"], violation_date=AFTER)
    assert "shared_end_point" not in note_codes(data)


def test_a_float_area_is_read_through_its_shortest_repr() -> None:
    """20.0 is exactly 20 (the lightest tier); 20.000000001 is above it."""
    at = unpermitted_excavation_fine(points=[20.0], violation_date=dt.date(2020, 5, 1))
    above = unpermitted_excavation_fine(points=[20.000000001], violation_date=dt.date(2020, 5, 1))
    expected = (Decimal(1000), Decimal(3000))
    assert expected == (at.minimum, at.maximum)
    expected = (Decimal(3000), Decimal(10000))
    assert expected == (above.minimum, above.maximum)


def test_several_points_add_up_within_the_chapeaus_twenty_thousand() -> None:
    """20、35、100、120 m² → 1000+3000+10000+15000 = 29000 至 48000，总述“两万元以下”：全案 20000 至 20000。"""
    data = run("unpermitted_excavation_fine", points=[20, 35, 100, 120], violation_date=AFTER)
    expected = ("20000.00", "20000.00")
    assert expected == (data["minimum"], data["maximum"])
    expected_rows = [
        {"point": 1, "area_m2": "20", "clause": "（一）", "minimum": "1000.00", "maximum": "3000.00"},
        {"point": 2, "area_m2": "35", "clause": "（二）", "minimum": "3000.00", "maximum": "10000.00"},
        {"point": 3, "area_m2": "100", "clause": "（三）", "minimum": "10000.00", "maximum": "15000.00"},
        {"point": 4, "area_m2": "120", "clause": "（四）", "minimum": "15000.00", "maximum": "20000.00"},
    ]
    assert expected_rows == data["breakdown"]
    assert "per_point_total" in note_codes(data)
    assert "不超过第二十四条总述的上限 20000.00 元：全案 20000.00 元至 20000.00 元" in data["steps"]


def test_two_small_points_add_up_below_the_ceiling() -> None:
    """10 m² 和 35 m²：1000+3000 = 4000 至 3000+10000 = 13000，未达两万元，不受总述上限影响。"""
    data = run("unpermitted_excavation_fine", points=[10, 35], violation_date=AFTER)
    expected = ("4000.00", "13000.00")
    assert expected == (data["minimum"], data["maximum"])


def test_the_ceiling_caps_the_maximum_before_the_minimum() -> None:
    """100 m² 和 120 m²：10000+15000 = 25000 至 15000+20000 = 35000 → 20000 至 20000；10 m² 和 120 m²：
    1000+15000 = 16000 至 3000+20000 = 23000 → 16000 至 20000。"""
    both = run("unpermitted_excavation_fine", points=[100, 120], violation_date=AFTER)
    one = run("unpermitted_excavation_fine", points=[10, 120], violation_date=AFTER)
    expected = (("20000.00", "20000.00"), ("16000.00", "20000.00"))
    assert expected == ((both["minimum"], both["maximum"]), (one["minimum"], one["maximum"]))


def test_one_point_needs_no_note_on_totals() -> None:
    """With one point the case range is that point's range."""
    data = run("unpermitted_excavation_fine", points=[35], violation_date=AFTER)
    assert "per_point_total" not in note_codes(data)


def test_every_tier_lies_inside_the_chapeaus_range() -> None:
    """总述“一千元以上两万元以下”是四项幅度的并集：每一项都在其内。"""
    chapeau = EXCAVATION_FINE.at(dt.date(2020, 1, 1)).value
    tiers = EXCAVATION_TIERS.at(dt.date(2020, 1, 1)).value
    assert all(chapeau.minimum <= t.minimum <= t.maximum <= chapeau.maximum for t in tiers)
    assert chapeau.minimum == tiers[0].minimum
    assert chapeau.maximum == tiers[-1].maximum


def test_the_typed_function_takes_the_payload_field_names() -> None:
    """API.md: unpermitted_excavation_fine(points=[35], violation_date=date(2020, 5, 1))."""
    result = unpermitted_excavation_fine(points=[35], violation_date=dt.date(2020, 5, 1))
    expected = (Decimal("3000.00"), Decimal("10000.00"), False)
    assert expected == (result.minimum, result.maximum, result.mandatory)


@pytest.mark.parametrize(
    ("points", "expected"),
    [
        ([0], [("points[0]", "out_of_range")]),
        ([10, -5], [("points[1]", "negative")]),
        ([], [("points", "out_of_range")]),
        (["abc"], [("points[0]", "invalid_number")]),
    ],
)
def test_bad_areas_are_refused_with_their_field_path(points: list[object], expected: list[tuple[str, str]]) -> None:
    """面积须大于零，且至少有一个挖掘点。"""
    with pytest.raises(qc.InputError) as caught:
        run("unpermitted_excavation_fine", points=points, violation_date=AFTER)
    assert expected == errors(caught.value)


def test_a_decision_before_the_act_is_refused() -> None:
    """The dates decide which law applies: a decision before the act is event_after_decision on the act.
    (An empty list of points is refused as the payload is read: the schema says ``minItems`` 1.)"""
    with pytest.raises(qc.InputError) as caught:
        run("unpermitted_excavation_fine", points=[35], violation_date=AFTER, decision_date="2020-04-30")
    expected = [("violation_date", "event_after_decision")]
    assert expected == errors(caught.value)


@given(strategies.excavation_areas, strategies.excavation_areas)
def test_the_range_never_decreases_as_the_area_grows(a: Decimal, b: Decimal) -> None:
    """A larger point never falls in a lighter tier."""
    small, large = sorted((a, b))
    low = unpermitted_excavation_fine(points=[small], violation_date=dt.date(2020, 5, 1))
    high = unpermitted_excavation_fine(points=[large], violation_date=dt.date(2020, 5, 1))
    assert low.minimum is not None
    assert high.minimum is not None
    assert low.maximum is not None
    assert high.maximum is not None
    assert low.minimum <= high.minimum
    assert low.maximum <= high.maximum


@given(strategies.excavation_points, strategies.road_days)
def test_minimum_is_at_most_maximum_and_totals_are_the_sum_of_the_breakdown(
    points: list[Decimal], day: dt.date
) -> None:
    """minimum ≤ maximum ≤ 20000; each is the sum of the rows, or the chapeau's 20000 when that is less."""
    data = run("unpermitted_excavation_fine", points=[str(p) for p in points], violation_date=day.isoformat())
    ceiling = Decimal(20000)
    assert Decimal(data["minimum"]) <= Decimal(data["maximum"]) <= ceiling
    assert Decimal(data["minimum"]) == min(ceiling, sum(Decimal(row["minimum"]) for row in data["breakdown"]))
    assert Decimal(data["maximum"]) == min(ceiling, sum(Decimal(row["maximum"]) for row in data["breakdown"]))
    assert len(points) == len(data["breakdown"])


@given(
    strategies.payload_like(
        {
            "points": st.lists(strategies.excavation_areas | strategies.decimals, max_size=3),
            "violation_date": strategies.road_days.map(dt.date.isoformat) | strategies.days,
            "decision_date": strategies.road_days.map(dt.date.isoformat),
        }
    )
)
def test_evaluate_raises_only_input_error_for_any_payload(payload: dict[str, object]) -> None:
    """No other exception escapes evaluate."""
    with contextlib.suppress(qc.InputError):
        qc.evaluate("roads.unpermitted_excavation_fine", payload)


@pytest.mark.parametrize(
    ("violation_date", "mandatory"), [("2019-11-30", True), ("2019-12-01", False), ("2020-05-01", False)]
)
def test_the_chapeau_governs_the_items_bare_wording(violation_date: str, mandatory: bool) -> None:
    """The items say only "处以": whether the fine must be imposed follows the chapeau ("并处以" / "可以处以")."""
    data = qc.evaluate(
        "roads.unpermitted_excavation_fine", {"points": [35], "violation_date": violation_date}
    ).to_dict()
    assert mandatory is data["mandatory"]
    assert "chapeau_governs_tiers" in {n["code"] for n in data["notes"]}
