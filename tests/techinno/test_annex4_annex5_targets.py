"""附件5 附表 (per-county transformation targets) and 附件4 三 (high-tech enterprise targets)."""

# House style puts the expected value first (assert expected == actual); SIM300 would flip it.

import typing
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import qinzhou_calc as qc
from qinzhou_calc.techinno.annex4_annex5_targets import County
from qinzhou_calc.techinno.parameters import (
    COUNTIES,
    TRANSFORMATION_PLAN_TOTAL,
    TRANSFORMATION_TARGETS,
    TRANSFORMATION_YEAR_TOTALS,
)

from ._support import note_codes, problems

NAME = "techinno.transformation_targets"
AS_OF = "2020-12-31"


def _run(**payload: Any) -> qc.Result:
    return qc.evaluate(NAME, {"as_of": AS_OF, **payload})


def _rows(result: qc.Result, kind: str) -> list[dict[str, Any]]:
    return [dict(row) for row in result.breakdown if row["kind"] == kind]


# --- the table as data ----------------------------------------------------------------


def test_each_countys_years_add_up_to_the_total_the_table_prints() -> None:
    """附表's 合计 column: 10, 10, 11, 10, 9, 10."""
    for row in TRANSFORMATION_TARGETS.versions[0].value:
        assert row.printed_total == sum(count for _, count in row.by_year)


def test_each_years_counties_add_up_to_17_19_and_24_and_the_plan_to_60() -> None:
    """附件5 一: "2019年……17项，2020年……19项，2021年……24项"; "60项以上"."""
    table = TRANSFORMATION_TARGETS.versions[0].value
    totals = dict(TRANSFORMATION_YEAR_TOTALS.versions[0].value)
    assert {2019: 17, 2020: 19, 2021: 24} == totals
    for year, total in totals.items():
        assert total == sum(row.target(year) for row in table)
    assert 60 == TRANSFORMATION_PLAN_TOTAL.versions[0].value == sum(totals.values())


def test_the_counties_accepted_are_exactly_the_tables() -> None:
    """The payload's county choices are the Chinese names of 附表, in its order."""
    table = TRANSFORMATION_TARGETS.versions[0].value
    assert COUNTIES == tuple(row.county for row in table) == typing.get_args(County)


# --- the calculator -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("county", "year", "expected"),
    [
        ("灵山县", 2019, 3),
        ("钦南区", 2020, 4),
        ("钦州港区", 2019, 2),
        ("钦州高新区", 2021, 4),
        ("钦南区", None, 11),
        ("钦州港区", None, 9),
        (None, 2019, 17),
        (None, 2020, 19),
        (None, 2021, 24),
        (None, None, 60),
    ],
)
def test_the_target_count_for_a_county_and_year(county: str | None, year: int | None, expected: int) -> None:
    """Read from 附表 by hand: a cell, a row's 合计, a column's 合计, the grand total."""
    result = _run(county=county, year=year)
    assert expected == result.count
    assert expected == _rows(result, "transformation_total")[0]["target"]


def test_one_breakdown_row_per_county_and_year_asked() -> None:
    """钦南区 over three years: 3, 4, 4."""
    rows = _rows(_run(county="钦南区"), "transformation")
    assert [(2019, 3), (2020, 4), (2021, 4)] == [(row["year"], row["target"]) for row in rows]
    assert {"钦南区"} == {row["county"] for row in rows}


def test_the_city_wide_high_tech_targets_are_10_new_a_year_and_over_70_80_90() -> None:
    """附件4 三: "新增高新技术企业10家，全市高新技术企业超过70家" (80, 90)."""
    rows = _rows(_run(), "high_tech_enterprises")
    expected = [(2019, 10, 70), (2020, 10, 80), (2021, 10, 90)]
    assert expected == [(row["year"], row["new_target"], row["total_above"]) for row in rows]
    in_2020 = _rows(_run(year=2020), "high_tech_enterprises")
    assert [(2020, 80)] == [(row["year"], row["total_above"]) for row in in_2020]


def test_the_high_tech_targets_are_not_listed_for_a_county() -> None:
    """They are the city's targets, not a county's."""
    assert [] == _rows(_run(county="灵山县"), "high_tech_enterprises")
    result = _run(county="灵山县", actual_high_tech=[{"year": 2020, "new": 4}])
    assert "high_tech_targets_city_wide" in note_codes(result)


@pytest.mark.parametrize(
    ("done", "share", "met"),
    [(2, "66.67", False), (3, "100", True), (4, "133.33", True), (0, "0", False)],
)
def test_progress_is_actual_over_target_in_percent(done: int, share: str, met: bool) -> None:
    """灵山县 2020: target 3; 2 done is 66.67%, 3 meets it."""
    result = _run(county="灵山县", year=2020, actual_projects=[{"county": "灵山县", "year": 2020, "projects": done}])
    row = _rows(result, "transformation")[0]
    assert (done, Decimal(share), met) == (row["actual"], row["share_done_percent"], row["met"])
    assert "targets_met_reading" in note_codes(result)


def test_progress_over_the_plan_adds_the_reported_cells_and_says_when_some_are_missing() -> None:
    """钦南区 reports 3 and 4 done of its 3, 4, 4: 7 of 11 is 63.64%; 2021 unreported, other counties ignored."""
    actual = [
        {"county": county, "year": year, "projects": row_target}
        for county, targets in [("灵山县", (3, 3)), ("浦北县", (3, 3)), ("钦南区", (3, 4))]
        for year, row_target in zip((2019, 2020), targets, strict=True)
    ]
    result = _run(county="钦南区", actual_projects=actual)
    total = _rows(result, "transformation_total")[0]
    # 钦南区: 3 + 4 done of 11 → 63.64%
    assert (11, 7, Decimal("63.64"), False) == (
        total["target"],
        total["actual"],
        total["share_done_percent"],
        total["met"],
    )
    assert {"partial_actuals", "actuals_outside_query_ignored"} <= note_codes(result)


@pytest.mark.parametrize(
    ("new", "total", "new_met", "total_met", "share"),
    [(10, 71, True, True, "100"), (9, 70, False, False, "90"), (11, 69, True, False, "110")],
)
def test_high_tech_progress_needs_the_new_target_reached_and_the_total_exceeded(
    new: int, total: int, new_met: bool, total_met: bool, share: str
) -> None:
    """ "超过70家" excludes 70 (民法典 第一千二百五十九条); "新增10家" is met at 10."""
    result = _run(year=2019, actual_high_tech=[{"year": 2019, "new": new, "total": total}])
    row = _rows(result, "high_tech_enterprises")[0]
    assert (new_met, total_met, Decimal(share)) == (row["new_met"], row["total_met"], row["new_share_done_percent"])


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ({"county": "钦州市"}, [("county", "invalid_choice")]),
        ({"county": "Lingshan"}, [("county", "invalid_choice")]),
        ({"year": 2018}, [("year", "out_of_range")]),
        ({"year": 2022}, [("year", "out_of_range")]),
        ({"year": "2020.5"}, [("year", "type")]),
        (
            {"actual_projects": [{"county": "横县", "year": 2019, "projects": 1}]},
            [("actual_projects[0].county", "invalid_choice")],
        ),
        (
            {"actual_projects": [{"county": "灵山县", "year": 2019, "projects": -1}]},
            [("actual_projects[0].projects", "negative")],
        ),
        (
            {
                "actual_projects": [
                    {"county": "灵山县", "year": 2019, "projects": 1},
                    {"county": "灵山县", "year": 2019, "projects": 2},
                ]
            },
            [("actual_projects[1]", "out_of_range")],
        ),
        ({"actual_high_tech": [{"year": 2023, "new": 1}]}, [("actual_high_tech[0].year", "out_of_range")]),
        (
            {"actual_high_tech": [{"year": 2020, "new": 1}, {"year": 2020, "total": 85}]},
            [("actual_high_tech[1].year", "out_of_range")],
        ),
    ],
)
def test_bad_input_is_reported_with_its_field(payload: dict[str, object], expected: list[tuple[str, str]]) -> None:
    """An unknown county, a year outside 2019–2021, negative or repeated actual figures."""
    assert expected == problems(NAME, {**payload, "as_of": AS_OF})


@given(
    county=st.none() | st.sampled_from(COUNTIES),
    year=st.none() | st.sampled_from([2019, 2020, 2021]),
)
def test_the_count_is_the_sum_of_the_breakdown_and_at_most_60(county: str | None, year: int | None) -> None:
    """Filtering never invents targets."""
    result = _run(county=county, year=year)
    assert result.count is not None
    assert 0 < result.count <= 60
    assert result.count == sum(row["target"] for row in _rows(result, "transformation"))
