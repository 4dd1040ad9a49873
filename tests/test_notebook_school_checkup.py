"""The example notebook 政策体检 (docs/examples/school_checkup.ipynb) runs, and its figures add up.

A hundred seeded school profiles checked with ``frame.check_many``. The checks do not trust the
notebook's table: each eligible new building's amount is recomputed here from its floor area
(第六条（一）: 120 元/m², at most 5,000,000 元), and the counts add up to a row per profile and rule.
"""

from decimal import Decimal

import pytest

from tests.test_notebooks import Executed, execute, read

NAME = "school_checkup.ipynb"


@pytest.fixture(scope="module")
def checkup() -> Executed:
    return execute(
        NAME,
        '{"profiles": len(profiles), "rows": len(table), "counts": counts.to_dict(),'
        ' "new_build": [[str(int(profiles.loc[r.profile, "new_teaching_area_m2"])), str(r.amount)]'
        " for r in table.itertuples()"
        ' if r.calculator == "education.new_build_subsidy" and r.status == "eligible"],'
        ' "after_end": sorted({r.status for r in table.itertuples()'
        ' if profiles.loc[r.profile, "claim_date"] > "2024-11-21"})}',
    )


def test_the_notebook_is_stored_clean_and_bilingual() -> None:
    notebook = read(NAME)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert [([], None)] * len(code) == [(cell.outputs, cell.execution_count) for cell in code]
    text = "".join(cell.source for cell in notebook.cells if cell.cell_type == "markdown")
    assert "政策体检" in text
    assert " the " in text


def test_the_notebook_runs_and_draws_one_figure(checkup: Executed) -> None:
    outputs = checkup.outputs()
    assert not [output for output in outputs if output.output_type == "error"]
    assert 1 == sum(1 for output in outputs if "image/png" in output.get("data", {}))


def test_a_hundred_profiles_give_a_row_per_rule(checkup: Executed) -> None:
    """Eight rules of 第二条、第六条 per profile; the counts of the five statuses add up to them."""
    assert (100, 800) == (checkup.values["profiles"], checkup.values["rows"])
    counts = checkup.values["counts"]
    assert 800 == sum(sum(column.values()) for column in counts.values())


def test_each_eligible_new_building_gets_120_yuan_a_square_metre_up_to_the_cap(checkup: Executed) -> None:
    rows = checkup.values["new_build"]
    assert rows
    for area, amount in rows:
        assert min(Decimal(area) * 120, Decimal(5_000_000)).quantize(Decimal("0.01")) == Decimal(amount)


def test_a_claim_after_the_policy_ended_is_refused_under_every_rule(checkup: Executed) -> None:
    """第十二条: five years from 2019-11-22; a claim of 2025 is not eligible, whatever its facts."""
    assert ["not_eligible"] == checkup.values["after_end"]
