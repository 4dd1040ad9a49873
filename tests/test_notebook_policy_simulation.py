"""The example notebook 政策模拟 (docs/examples/policy_simulation.ipynb) runs, and its figures add up.

About 500 seeded synthetic schools under the current 第六条（一） and two reforms. The checks do not
trust the notebook's totals: each paid school's amounts are recomputed here from its floor area
(120 or 150 元/m², at most 5,000,000 元), and the totals are the sums of the rows.
"""

from decimal import Decimal
from typing import Any

import pytest

from tests.test_notebooks import Executed, execute, read

NAME = "policy_simulation.ipynb"
CAP = Decimal(5_000_000)


@pytest.fixture(scope="module")
def simulation() -> Executed:
    return execute(
        NAME,
        '{"count": len(schools), "current": current_cost, "rate": rate_cost, "scale": scale_cost,'
        ' "newly_eligible": newly_eligible, "chinese": CHINESE,'
        ' "rows": [[str(s["new_teaching_area_m2"]), str(b), str(r), bool(e)] for s, b, r, e in'
        ' zip(schools, rate_reform["baseline"], rate_reform["reform"], rate_reform["baseline_eligible"])],'
        ' "scale_rows": [[s["school"]["type"], s["school"]["classes"], bool(c)] for s, c in'
        ' zip(schools, scale_reform["eligibility_changed"])]}',
    )


def test_the_notebook_is_stored_clean_and_bilingual() -> None:
    notebook = read(NAME)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    assert [([], None)] * len(code) == [(cell.outputs, cell.execution_count) for cell in code]
    text = "".join(cell.source for cell in notebook.cells if cell.cell_type == "markdown")
    assert "政策模拟" in text
    assert " the " in text


def test_the_notebook_runs_without_errors_and_draws_two_figures(simulation: Executed) -> None:
    outputs = simulation.outputs()
    assert not [output for output in outputs if output.output_type == "error"]
    assert 2 == sum(1 for output in outputs if "image/png" in output.get("data", {}))
    assert 500 == simulation.values["count"]


def _rows(simulation: Executed) -> list[tuple[Decimal, Decimal, Decimal, bool]]:
    rows: list[Any] = simulation.values["rows"]
    return [(Decimal(area), Decimal(base), Decimal(reform), eligible) for area, base, reform, eligible in rows]


def test_each_paid_school_gets_the_rate_times_its_area_up_to_the_cap(simulation: Executed) -> None:
    """第六条（一）: 120 元/m² now, 150 元/m² under reform 1, at most 5,000,000 元; unpaid schools 0 both times."""
    rows = _rows(simulation)
    assert any(eligible for *_, eligible in rows)
    for area, base, reform, eligible in rows:
        if eligible:
            assert min(area * 120, CAP) == base
            assert min(area * 150, CAP) == reform
        else:
            assert (Decimal(0), Decimal(0)) == (base, reform)


def test_the_costs_are_the_sums_of_the_rows(simulation: Executed) -> None:
    rows = _rows(simulation)
    assert sum(base for _, base, _, _ in rows) == Decimal(simulation.values["current"])
    assert sum(reform for _, _, reform, _ in rows) == Decimal(simulation.values["rate"])
    assert Decimal(simulation.values["current"]) < Decimal(simulation.values["scale"])


def test_reform_2_changes_only_primary_and_junior_schools_of_10_or_11_classes(simulation: Executed) -> None:
    """第二条's 12 classes lowered to 10 for 小学 and 初中: no other school's eligibility moves."""
    changed = [(kind, classes) for kind, classes, moved in simulation.values["scale_rows"] if moved]
    assert changed
    assert len(changed) == simulation.values["newly_eligible"]
    assert all(kind in {"primary", "junior_middle"} and classes in {10, 11} for kind, classes in changed)
