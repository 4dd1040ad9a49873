"""The notebooks' pages cannot ship boxes or warnings, and lead in the page's language; a
calculator's page quotes the law in Chinese.

A notebook's outputs are checked when the site is built (``docs/site_notebooks.py``): text on
stderr (matplotlib's "Glyph … missing from font(s)", drawn as a box), any warning, or a figure
drawn where the system has no CJK font is logged as a warning on mkdocs' logger, which fails the
strict build.
"""

import logging
import re
from pathlib import Path
from typing import Any

import nbformat
import pytest
from mkdocs.utils import CountHandler

from qinzhou_calc._core.registry import load_all

from ._pages import DOCS, load_docs_module, load_sitegen

site_notebooks = load_docs_module("site_notebooks")
sitegen = load_sitegen()
CALCULATORS = dict(load_all())
GLYPH = "UserWarning: Glyph 38134 (\\N{CJK UNIFIED IDEOGRAPH-9536}) missing from font(s) DejaVu Sans."
PNG = {"output_type": "display_data", "data": {"image/png": "iVBORw0KGgo=", "text/plain": "<Figure>"}, "metadata": {}}


def _cell(*outputs: dict[str, Any]) -> dict[str, Any]:
    return {"cell_type": "code", "source": "", "outputs": list(outputs)}


def _stream(name: str, text: str) -> dict[str, Any]:
    return {"output_type": "stream", "name": name, "text": text}


def _han(text: str) -> int:
    return sum("\u4e00" <= char <= "\u9fff" for char in text)


def _words(text: str) -> int:
    return len(re.findall(r"[A-Za-z]+", text))


def test_a_missing_glyph_warning_in_an_output_is_a_problem() -> None:
    cells = [{"cell_type": "markdown", "source": "# 标题"}, _cell(_stream("stderr", GLYPH + "\n  fig.canvas.draw()\n"))]
    problems = site_notebooks.output_problems("x.ipynb", cells, cjk_font=True)
    assert [f"x.ipynb, cell 2: writes to stderr: {GLYPH}"] == problems


def test_any_warning_shown_in_an_output_is_a_problem_wherever_it_is_printed() -> None:
    printed = _stream("stdout", "FutureWarning: the default of observed will change\n")
    shown = {"output_type": "execute_result", "data": {"text/plain": "DeprecationWarning('x')"}, "metadata": {}}
    problems = site_notebooks.output_problems("x.ipynb", [_cell(printed), _cell(shown)], cjk_font=True)
    assert [
        "x.ipynb, cell 1: shows a FutureWarning: FutureWarning: the default of observed will change",
        "x.ipynb, cell 2: shows a DeprecationWarning: DeprecationWarning('x')",
    ] == problems


def test_a_figure_drawn_without_a_cjk_font_is_a_problem_and_with_one_is_not() -> None:
    cells = [_cell(_stream("stdout", "6 banks\n")), _cell(PNG)]
    assert [] == site_notebooks.output_problems("x.ipynb", cells, cjk_font=True)
    assert [
        "x.ipynb: draws a figure, and the system has no Noto Sans CJK SC to draw its Chinese in "
        "(apt-get install fonts-noto-cjk)"
    ] == site_notebooks.output_problems("x.ipynb", cells, cjk_font=False)


def test_a_notebook_without_a_figure_needs_no_font() -> None:
    assert [] == site_notebooks.output_problems("x.ipynb", [_cell(_stream("stdout", "ok\n"))], cjk_font=False)


def test_a_notebook_writing_to_stderr_fails_the_strict_build(tmp_path: Path) -> None:
    """Run for the site, the notebook's warning reaches mkdocs' logger, where the strict build counts it."""
    notebook = nbformat.v4.new_notebook()  # type: ignore[no-untyped-call]
    notebook.cells = [
        nbformat.v4.new_markdown_cell("# 测试 · Test"),  # type: ignore[no-untyped-call]
        nbformat.v4.new_code_cell(f"import sys\nprint({GLYPH!r}, file=sys.stderr)"),  # type: ignore[no-untyped-call]
    ]
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path = tmp_path / "glyphs.ipynb"
    nbformat.write(notebook, path)  # type: ignore[no-untyped-call]
    counter = CountHandler()
    counter.setLevel(logging.WARNING)
    logging.getLogger("mkdocs").addHandler(counter)  # as `mkdocs build --strict` does
    try:
        executed = site_notebooks.executed_notebook(path)
    finally:
        logging.getLogger("mkdocs").removeHandler(counter)
    assert [f"glyphs.ipynb, cell 2: writes to stderr: {GLYPH}"] == list(executed.problems)
    assert [("WARNING", 1)] == counter.get_counts()


@pytest.mark.parametrize("name", sorted(path.name for path in DOCS.glob("examples/*.ipynb")))
def test_a_notebooks_page_leads_in_the_pages_language(name: str) -> None:
    """Its heading and its first paragraph: Chinese on the Chinese page, English on the English one."""
    title = site_notebooks.notebook_title(DOCS / "examples" / name)
    notebook = site_notebooks.Notebook(name, f"# {title}\n\nThe notebook's own text.\n", {})
    for lang in ["zh", "en"]:
        heading, lead = site_notebooks.notebook_page(notebook, lang).split("\n\n")[:2]
        if lang == "zh":
            assert _han(heading) > _words(heading), heading
            assert _han(lead) > _words(lead), lead
        else:
            assert 0 == _han(heading), heading
            assert _han(lead) < _words(lead), lead


@pytest.mark.parametrize("name", sorted(CALCULATORS))
def test_a_calculators_chinese_page_quotes_its_article_in_chinese_only(name: str) -> None:
    """The quote under 条文 is the law's text: no English paragraph of the docstring in it."""
    page: str = sitegen.calculator_page(CALCULATORS[name], "zh")
    quote = page.split("## 条文\n\n", 1)[1].split("\n## ", 1)[0]
    assert quote.strip()
    assert all(line.startswith(">") for line in quote.strip().splitlines())
    assert "Returns" not in quote
    assert _han(quote) > _words(quote)


def test_the_english_page_keeps_what_the_calculator_returns_below_the_quote() -> None:
    page: str = sitegen.calculator_page(CALCULATORS["techinno.contract_registration_subsidy"], "en")
    article = page.split("## The article\n\n", 1)[1].split("\n## ", 1)[0]
    assert article.startswith("> 附件5 二（四）：")
    assert "\n\nReturns ``amount``: the registered amount × 0.5%, rounded half-up to the fen." in article
