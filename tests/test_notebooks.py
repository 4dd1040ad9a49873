"""The example notebooks of docs/examples run from top to bottom, and their figures are right.

Each notebook is executed once (about 3 s) in the ``python3`` kernel, which jupyter_client
starts with this very interpreter; a probe cell appended to the copy in memory prints the
values the tests check. The stored notebooks are never written to.
"""

import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbclient import NotebookClient

from .docs._pages import load_docs_module
from .system_packages import needs_cjk_font

EXAMPLES = Path(__file__).resolve().parent.parent / "docs" / "examples"
#: Every notebook of docs/examples, including any added later (the site shows each as a page).
NOTEBOOKS = sorted(path.name for path in EXAMPLES.glob("*.ipynb"))
#: The two whose figures are checked one by one below.
CHECKED = ["bank_scoring.ipynb", "education_subsidies.ipynb"]

#: Printed by the last cell of each run: what the kernel ran on, the font its plots use for
#: Chinese, and the notebook's own figures.
PROBE = """
import json as _json, sys as _sys
import matplotlib as _mpl
from matplotlib import font_manager as _fm
_font = _fm.findfont(_fm.FontProperties(family=_mpl.rcParams["font.family"]), fallback_to_default=False)
print(_json.dumps({"prefix": _sys.prefix, "font": _font, "sans": _mpl.rcParams["font.sans-serif"], "values": %s},
                  ensure_ascii=False, default=str))
"""


class Executed:
    """A notebook after its run: its cells (with outputs) and the probe's values."""

    def __init__(self, notebook: Any, probe: dict[str, Any]) -> None:
        self.notebook = notebook
        self.prefix: str = probe["prefix"]
        self.font: str = probe["font"]
        self.sans: list[str] = probe["sans"]
        self.values: dict[str, Any] = probe["values"]

    def outputs(self) -> list[Any]:
        return [output for cell in self.notebook.cells if cell.cell_type == "code" for output in cell.outputs]


def read(name: str) -> Any:
    """The stored notebook ``name`` (nbformat's functions carry no types)."""
    return nbformat.read(EXAMPLES / name, as_version=4)  # type: ignore[no-untyped-call]


def execute(name: str, values: str) -> Executed:
    """Run ``name`` in docs/examples, then print ``values`` (a Python dict expression) as JSON."""
    load_docs_module("site_notebooks").cjk_font()  # matplotlib's list of fonts up to date for the kernel
    notebook = read(name)
    notebook.cells.append(nbformat.v4.new_code_cell(PROBE % values))  # type: ignore[no-untyped-call]
    client = NotebookClient(
        notebook,
        timeout=120,
        kernel_name="python3",
        resources={"metadata": {"path": str(EXAMPLES)}},
    )
    client.execute()
    printed = "".join(output.get("text", "") for output in notebook.cells[-1].outputs if output.output_type == "stream")
    return Executed(notebook, json.loads(printed))


@pytest.fixture(scope="module")
def banks() -> Executed:
    return execute(
        "bank_scoring.ipynb",
        '{"names": [row["name"] for row in result.ranking],'
        ' "deposit_rate": {row["name"]: row["scores"]["deposit_rate"] for row in result.ranking},'
        ' "capital": {row["name"]: row["scores"]["capital_adequacy_ratio"] for row in result.ranking}}',
    )


@pytest.fixture(scope="module")
def schools() -> Executed:
    return execute(
        "education_subsidies.ipynb",
        '{"total_new_build": total_new_build, "total_inclusive": total_inclusive,'
        ' "amounts": list(subsidies["amount"]), "bad_rows": list(bad.index),'
        ' "bad_error": bad["error"].iloc[0], "amount_types": sorted({type(v).__name__ for v in subsidies["amount"]})}',
    )


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_the_notebooks_are_stored_without_outputs(name: str) -> None:
    """Clean notebooks: no outputs, no execution counts, so diffs show only what was written."""
    notebook = read(name)
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]

    assert code
    assert [([], None)] * len(code) == [(cell.outputs, cell.execution_count) for cell in code]
    assert "python3" == notebook.metadata.kernelspec.name


@pytest.mark.parametrize("name", NOTEBOOKS)
def test_the_notebooks_explain_themselves_in_chinese_and_english(name: str) -> None:
    """Every notebook has markdown cells with both Chinese and English text."""
    notebook = read(name)
    text = "".join(cell.source for cell in notebook.cells if cell.cell_type == "markdown")

    assert any("\u4e00" <= char <= "\u9fff" for char in text)
    assert " the " in text


def _stderr(executed: Executed) -> str:
    return "".join(o.get("text", "") for o in executed.outputs() if o.output_type == "stream" and o.name == "stderr")


@needs_cjk_font()
@pytest.mark.parametrize("which", ["banks", "schools"])
def test_the_plots_draw_chinese_in_noto_sans_cjk(which: str, request: pytest.FixtureRequest) -> None:
    """docs/examples/matplotlibrc names Noto Sans CJK (fonts-noto-cjk): no glyph falls back to a box.

    The kernel runs in docs/examples, where matplotlib reads that file; the font it resolves for
    the plots' family is the system's NotoSansCJK file, and matplotlib warns of no missing glyph.
    """
    executed: Executed = request.getfixturevalue(which)
    assert "Noto Sans CJK SC" == executed.sans[0]
    assert "NotoSansCJK" in Path(executed.font).name
    assert "missing from" not in _stderr(executed)
    assert any("image/png" in output.get("data", {}) for output in executed.outputs())


@pytest.mark.parametrize("name", [n for n in NOTEBOOKS if n not in CHECKED])
def test_every_other_notebook_runs_without_an_error(name: str) -> None:
    """A notebook added to docs/examples (the 政策模拟 one, say) runs, so the site can show it."""
    executed = execute(name, "{}")
    assert not [output for output in executed.outputs() if output.output_type == "error"]
    assert "missing from" not in _stderr(executed)


def test_the_kernel_is_this_environments_python(banks: Executed) -> None:
    """The notebooks must run against the library installed here, not another Python's."""
    assert sys.prefix == banks.prefix


def test_the_bank_notebook_scores_six_banks_and_shows_the_result_and_the_chart(banks: Executed) -> None:
    """Six banks ranked; the Result as an HTML table; the chart as a PNG."""
    outputs = banks.outputs()

    assert 6 == len(banks.values["names"])
    assert "甲银行钦州分行" == banks.values["names"][0]
    assert not [output for output in outputs if output.output_type == "error"]
    assert any('class="qinzhou-calc-result"' in output.get("data", {}).get("text/html", "") for output in outputs)
    assert any("image/png" in output.get("data", {}) for output in outputs)


def test_the_bank_notebook_scores_the_deposit_rate_and_capital_by_the_annex(banks: Executed) -> None:
    """存款利率: +30% → 10, +10% → 6, at the benchmark → 4; 资本充足率: top (tied) 5, below 10.5% → 0."""
    rate = banks.values["deposit_rate"]
    capital = banks.values["capital"]

    assert [Decimal(10), Decimal(6), Decimal(4)] == [
        Decimal(rate[name]) for name in ["甲银行钦州分行", "钦州丙农村商业银行", "丁银行钦州分行"]
    ]
    assert [Decimal(5), Decimal(5), Decimal(0)] == [
        Decimal(capital[name]) for name in ["甲银行钦州分行", "乙银行钦州分行", "丁银行钦州分行"]
    ]


def test_the_school_notebook_totals_the_new_build_subsidies_exactly(schools: Executed) -> None:
    """120 元/m²: 1,200,000 + 5,000,000 (capped) + 360,060 + 1,481,480.40 = 8,041,540.40; 100 × 270 = 27,000."""
    assert "8041540.40" == schools.values["total_new_build"]
    assert "27000.00" == schools.values["total_inclusive"]
    assert ["1200000.00", "5000000.00", "360060.00", "0.00", "0.00", "1481480.40", "0.00", "None"] == [
        str(amount) for amount in schools.values["amounts"]
    ]
    assert ["Decimal", "NoneType"] == schools.values["amount_types"]


def test_the_school_notebook_draws_the_subsidy_of_each_school(schools: Executed) -> None:
    """The chart of 第六条（一） per school is a PNG among the outputs, with no error before it."""
    outputs = schools.outputs()
    assert not [output for output in outputs if output.output_type == "error"]
    assert 1 == sum("image/png" in output.get("data", {}) for output in outputs)


def test_the_school_notebook_shows_the_bad_row_in_the_error_column(schools: Executed) -> None:
    """Row 7 was typed "6OO" pupils: invalid_number on school.students; the other rows are computed."""
    assert [7] == schools.values["bad_rows"]
    assert [("school.students", "invalid_number")] == [(p["field"], p["code"]) for p in schools.values["bad_error"]]
