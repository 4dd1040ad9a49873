"""The pages generated from the code cover it: a page per calculator, every reading of the law."""

import ast
import inspect
import json
import re
from pathlib import Path
from typing import Any

import pytest

import qinzhou_calc as qc
from qinzhou_calc._core.registry import load_all
from qinzhou_calc.service.lawtext import warnings_of

from ..law.test_reading_codes import CONVERTED
from ._pages import ROOT, load_docs_module, load_sitegen

sitegen = load_sitegen()
site_readings = load_docs_module("site_readings")
site_notebooks = load_docs_module("site_notebooks")
CALCULATORS = dict(load_all())


def _literal_note_codes(converted: str) -> set[str]:
    """Every ``<x>.note("code", ...)`` code written as a literal in a converted document's package (or
    a converted calculator's module), found independently of the page."""
    if "." in converted:
        paths = [Path(inspect.getsourcefile(CALCULATORS[converted].compute) or "")]
    else:
        paths = list((ROOT / "src" / "qinzhou_calc" / converted).rglob("*.py"))
    codes = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "note"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                codes.add(node.args[0].value)
    return codes


@pytest.fixture(scope="module", params=["zh", "en"])
def readings_page(request: pytest.FixtureRequest) -> str:
    """The page in Chinese, then in English: the same rows, headed in each language."""
    page: str = site_readings.readings_page(
        site_readings.readings(), site_readings.example_notes(CALCULATORS), CALCULATORS, lang=request.param
    )
    return page


def _section(page: str, heading: str) -> str:
    """The part of ``page`` from the heading line ``heading`` to the next heading of its level."""
    level = heading.split(" ", 1)[0]
    start = page.index(f"\n{heading}\n")
    end = page.find(f"\n{level} ", start + 1)
    return page[start : end if end >= 0 else None]


@pytest.mark.parametrize("converted", CONVERTED)
def test_a_converted_document_writes_no_note_code_as_a_literal(converted: str) -> None:
    """Its notes are a reading's options' (``ex.note_reading``) or a declared warning's (``W.code``)."""
    assert set() == _literal_note_codes(converted)


def test_every_declared_reading_is_on_the_page_with_its_options_default_and_reasoning(readings_page: str) -> None:
    lang = "en" if "# Readings of the law" in readings_page else "zh"
    for reading in qc.readings(lang=lang):
        assert f"#### `{reading['code']}` — {reading['article']}" in readings_page
        assert reading["reasoning"] in readings_page
        for option in reading["options"]:
            assert f"| `{option['key']}` |" in readings_page


def test_every_declared_warning_is_on_the_page(readings_page: str) -> None:
    qc.readings()
    for warning in warnings_of():
        assert f"| `{warning.code}` |" in readings_page


def test_every_note_the_worked_examples_produce_is_on_the_readings_page(readings_page: str) -> None:
    """Notes passed through from shared code (the calendar's caveats) appear in the last table."""
    produced = {note.code for note in site_readings.example_notes(CALCULATORS)}
    assert produced
    assert all(f"`{code}`" in readings_page for code in produced)


def test_a_reading_lists_its_options_with_the_default_marked_and_their_note_codes() -> None:
    """roads.waste_mud.refusal_fine (第二十六条): mandatory by default, discretionary the other option."""
    page = site_readings.readings_page(site_readings.readings(), [], CALCULATORS, "zh")
    reading = _section(page, "#### `roads.waste_mud.refusal_fine` — 第二十六条")
    assert "| `mandatory` | 是 | 应当处以罚款 | `refusal_then_fine` |" in reading
    assert "| `discretionary` |  | 可以处以罚款，与修改后的其他罚则一致 | `refusal_fine_discretionary` |" in reading
    assert "政府令第12号逐条列明改为“可以处以”的条文" in reading


def test_each_document_with_readings_shows_a_worked_comparison_under_each_option() -> None:
    """The roads example depending on the most readings: 20 m² and 100 m², 2019 act, 2020 decision,
    11,000–18,000 under every option but the uncapped sum (the same) and the heavier end point
    (3,000 + 15,000 = 18,000 to 10,000 + 20,000 = 30,000, within 20,000 when capped)."""
    page = site_readings.readings_page(site_readings.readings(), [], CALCULATORS, "en")
    roads = _section(page, "## 政府令第11号《钦州市中心城区城市道路挖掘修复管理办法》")
    compared = _section(roads, "### A worked comparison")
    assert "qc.compare_readings('roads.unpermitted_excavation_fine'" in compared
    assert (
        '| `roads.fines.lighter_later_text` | `act_text` |  | `minimum` = `"11000.00"`; '
        '`maximum` = `"18000.00"` |' in compared
    )
    assert '| `roads.unpermitted_excavation.shared_end_point` | `heavier_item` |  | `minimum` = `"18000.00"`' in (
        compared
    )
    for document in ("education", "roads"):
        assert qc.readings(document=document)
    banking = _section(page, "## 钦市财规〔2019〕3号《钦州市本级预算单位资金存放管理暂行办法》")
    assert ("No worked example" in banking) == (not qc.readings(document="banking"))


HEADINGS = {
    "zh": [
        "## 条文",
        "## 调用方式",
        "## 输入",
        "## 跨字段规则",
        "## 算例",
        "## 可能给出的说明（notes）",
        "## 引用条文",
    ],
    "en": [
        "## The article",
        "## Calling it",
        "## Inputs",
        "## Cross-field rules",
        "## Worked examples",
        "## Notes it can emit",
        "## Citations",
    ],
}


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("name", sorted(CALCULATORS))
def test_every_calculator_has_a_page_with_its_article_inputs_and_examples(name: str, lang: str) -> None:
    """The page quotes the compute docstring, lists every input field, and shows each example's result."""
    calc = CALCULATORS[name]
    page: str = sitegen.calculator_page(calc, lang)
    assert page.startswith(f"# `{name}` — {calc.title}")
    assert HEADINGS[lang] == re.findall(r"^## .*$", page, flags=re.MULTILINE)
    first_line = (calc.compute.__doc__ or "").strip().splitlines()[0]
    assert f"> {first_line}" in page
    schema: dict[str, Any] = calc.schema()
    for field in schema["properties"]:
        assert f"| `{field}` |" in page
    for example in calc.examples:
        assert json.dumps(dict(example.payload), ensure_ascii=False, indent=2, default=str) in page
        result = calc.evaluate(example.payload).to_dict()
        assert f'"amount": {json.dumps(result["amount"])}' in page


def test_the_calculators_index_links_every_calculator() -> None:
    """calculators/index.md lists each registered calculator once, linking its page."""
    index: str = sitegen.calculators_index(CALCULATORS)
    for name in CALCULATORS:
        assert 1 == index.count(f"[`{name}`]({name}.md)")


def test_the_examples_page_links_only_the_notebooks_present(tmp_path: Path) -> None:
    """A notebook not yet written is not linked, so the strict build has no broken link."""
    (tmp_path / "bank_scoring.ipynb").write_text("{}", encoding="utf-8")
    page: str = site_notebooks.examples_page(tmp_path)
    assert "(examples/bank_scoring.ipynb)" in page
    assert "[bank_scoring](examples/bank_scoring.md)" in page  # a notebook without a heading: its name
    assert "education_subsidies.ipynb" not in page
    assert "No notebook" in site_notebooks.examples_page(tmp_path / "absent", "en")
    assert "没有笔记本" in site_notebooks.examples_page(tmp_path / "absent", "zh")


def test_the_reference_has_a_page_for_the_top_level_and_each_document() -> None:
    """mkdocstrings renders each page from the code; the nav in mkdocs.yml lists the same paths."""
    pages: dict[str, str] = site_notebooks.reference_pages()
    assert ["reference/index.md"] + [
        f"reference/{d}.md" for d in ("education", "roads", "techinno", "banking")
    ] == list(pages)
    assert "::: qinzhou_calc\n" in pages["reference/index.md"]
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert all(path in nav for path in pages)


def test_a_calculator_page_shows_its_worked_example_as_a_table_and_as_str_renders_it() -> None:
    """roads.unpermitted_excavation_fine, 2020, one point of 35 m²: 第二十四条（二）, 3000 to 10000 元."""
    calc = CALCULATORS["roads.unpermitted_excavation_fine"]
    page: str = sitegen.calculator_page(calc, "zh")
    assert "| 输入 | `points[0]` | `35` |" in page
    assert "| 输入 | `violation_date` | `2020-05-01` |" in page
    assert "| **结果** | `minimum` | **`3000.00`** |" in page
    assert "| **结果** | `maximum` | **`10000.00`** |" in page
    assert "| **结果** | `mandatory` | **`false`** |" in page
    rendered = str(qc.evaluate("roads.unpermitted_excavation_fine", {"points": [35], "violation_date": "2020-05-01"}))
    assert f"```text\n{rendered}\n```" in page
    assert "幅度：3000.00 元 至 10000.00 元" in rendered


def test_a_calculator_page_lists_the_notes_of_every_option_of_the_readings_it_depends_on() -> None:
    """roads.waste_mud_fine depends on roads.waste_mud.refusal_fine: both options' notes are listed."""
    page: str = sitegen.calculator_page(CALCULATORS["roads.waste_mud_fine"], "en")
    notes = page.split("## Notes it can emit", 1)[1].split("## Citations", 1)[0]
    assert "| `refusal_then_fine` | 第二十六条用“处以”而非“可以处以”：拒不改正的，应当处以罚款 |" in notes
    assert "| `refusal_fine_discretionary` |" in notes
    assert (
        "refusal_then_fine"
        not in sitegen.calculator_page(CALCULATORS["roads.deadline"], "en").split("## Notes it can emit", 1)[1]
    )


def test_a_notebook_page_is_headed_by_the_notebooks_title_and_says_where_it_comes_from() -> None:
    """The page keeps the notebook's own first heading as its title, in the page's language, then a note
    linking the file."""
    notebook = site_notebooks.Notebook("x.ipynb", "# 标题 · Title\n\nText.\n\n![png](x_files/output_1_0.png)\n", {})
    page: str = site_notebooks.notebook_page(notebook, "zh")
    assert page.startswith("# 标题\n\n!!! note")
    assert "[`x.ipynb`](x.ipynb)" in page
    assert "![png](x_files/output_1_0.png)" in page
    english: str = site_notebooks.notebook_page(notebook, "en")
    assert english.startswith("# Title\n\n!!! note")
    assert "run from top to bottom" in english


def test_a_notebooks_title_is_its_first_heading(tmp_path: Path) -> None:
    path = tmp_path / "n.ipynb"
    cells = [
        {"cell_type": "code", "source": "# a comment"},
        {"cell_type": "markdown", "source": ["## no\n", "# 政策模拟\n"]},
    ]
    path.write_text(json.dumps({"cells": cells}), encoding="utf-8")
    assert "政策模拟" == site_notebooks.notebook_title(path)


def test_a_calculator_page_shows_the_screenshot_of_its_form_once_there_is_one(tmp_path: Path) -> None:
    """The web service's browser tests leave docs/screenshots/<name>.png; the page then shows it."""
    calc = CALCULATORS["roads.waste_mud_fine"]
    assert "../screenshots/" not in sitegen.calculator_page(calc, "zh", screenshots=tmp_path)
    (tmp_path / "roads.waste_mud_fine.png").write_bytes(b"\x89PNG")
    page: str = sitegen.calculator_page(calc, "zh", screenshots=tmp_path)
    assert "![表单](../screenshots/roads.waste_mud_fine.png)" in page
    assert "GET /form/roads.waste_mud_fine" in page
    assert "![The form](../screenshots/roads.waste_mud_fine.png)" in sitegen.calculator_page(
        calc, "en", screenshots=tmp_path
    )
