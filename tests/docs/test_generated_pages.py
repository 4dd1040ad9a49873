"""The pages generated from the code cover it: a page per calculator, every reading of the law."""

import ast
import json
import re
from pathlib import Path
from typing import Any

import pytest

import qinzhou_calc as qc
from qinzhou_calc._core.registry import load_all

from ._pages import ROOT, load_docs_module, load_sitegen

sitegen = load_sitegen()
site_readings = load_docs_module("site_readings")
site_notebooks = load_docs_module("site_notebooks")
CALCULATORS = dict(load_all())


def _literal_note_codes() -> set[str]:
    """Every ``<x>.note("code", ...)`` code written as a literal anywhere in src/, found independently."""
    codes = set()
    for path in (ROOT / "src" / "qinzhou_calc").rglob("*.py"):
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


def _rows(page: str) -> dict[str, list[str]]:
    """The first table's rows by their code column."""
    rows: dict[str, list[str]] = {}
    for line in re.split(r"^## ", page, flags=re.MULTILINE)[0].splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split(" | ")]
        if len(cells) == 7 and cells[2].startswith("`"):
            rows.setdefault(cells[2].strip("`"), cells)
    return rows


def test_the_source_has_readings_in_every_document() -> None:
    """Each of the four documents has readings of its text, so the extraction found something."""
    assert {"education", "roads", "techinno", "banking"} == {r.document for r in site_readings.readings()}


def test_every_note_code_written_in_the_source_is_on_the_readings_page(readings_page: str) -> None:
    """A reading the code makes but the page omits would hide an interpretation of the law."""
    codes = _literal_note_codes()
    assert len(codes) >= 50
    assert set() == codes - set(_rows(readings_page))


def test_every_note_the_worked_examples_produce_is_on_the_readings_page(readings_page: str) -> None:
    """Notes passed through from shared code (the calendar's caveats) appear in the second table."""
    produced = {note.code for note in site_readings.example_notes(CALCULATORS)}
    assert produced
    assert all(f"`{code}`" in readings_page for code in produced)


def test_a_reading_row_names_the_document_article_ambiguity_and_reading(readings_page: str) -> None:
    """roads.waste_mud.refusal_fine, option mandatory: 第二十六条用“处以”而非“可以处以”."""
    row = _rows(readings_page)["refusal_then_fine"]
    assert "政府令第11号" == row[0]
    assert "第二十六条" == row[1]
    assert "第二十六条 is not among them" in row[3]
    assert "第二十六条用“处以”而非“可以处以”：拒不改正的，应当处以罚款" == row[4]


def test_a_message_kept_in_a_constant_is_shown_with_the_reasons_above_the_constant(readings_page: str) -> None:
    """techinno: the note rewards_add_up is the constant _ADD_UP_NOTE, its reasons in the comment above it."""
    row = _rows(readings_page)["rewards_add_up"]
    assert "钦政发〔2019〕17号" == row[0]
    assert "附件4" == row[1]
    assert row[3].startswith("The two sentences of 二（三） are read as adding up")
    assert row[4].startswith("附件4 二（三）的两句话按相加理解")


def test_a_formatted_message_shows_where_values_go(readings_page: str) -> None:
    """banking: template_total is an f-string; the page shows the expressions in braces."""
    row = _rows(readings_page)["template_total"]
    expected = "调整后的评分表各项分值合计 {fmt_decimal(total_points)} 分，不等于 {fmt_decimal(annex_total)} 分。"
    assert expected == row[4]


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


def test_a_comment_a_few_lines_above_the_note_still_gives_its_reasons(readings_page: str) -> None:
    """banking/art11_eligibility.py: the bar_period comment sits above the lines computing the period."""
    row = _rows(readings_page)["bar_period"]
    assert "第十一条、第二十一条" == row[1]
    assert row[3].startswith("The bar is a period in years")
    assert row[4].startswith("“以后 3 年内”自被变更之次日起算")


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


def test_a_calculator_page_lists_the_notes_its_module_can_emit() -> None:
    """roads/art26_waste_mud.py notes refusal_then_fine; the page of roads.waste_mud_fine lists it."""
    page: str = sitegen.calculator_page(CALCULATORS["roads.waste_mud_fine"], "en")
    notes = page.split("## Notes it can emit", 1)[1].split("## Citations", 1)[0]
    assert "| `refusal_then_fine` | 第二十六条用“处以”而非“可以处以”：拒不改正的，应当处以罚款 |" in notes
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
