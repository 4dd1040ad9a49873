"""The generated page 法规参数一览: one table per document, every figure with its history and text."""

import importlib.util
from types import ModuleType

import pytest

import qinzhou_calc as qc

from ._pages import DOCS


def _lawpages() -> ModuleType:
    spec = importlib.util.spec_from_file_location("lawpages", DOCS / "lawpages.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module", params=["zh", "en"])
def page(request: pytest.FixtureRequest) -> str:
    text: str = _lawpages().parameters_page(request.param)
    return text


def test_the_page_has_one_table_per_document(page: str) -> None:
    headings = [line for line in page.splitlines() if line.startswith("## ")]
    assert ["education", "roads", "techinno", "banking"] == [h[3:].split("：")[0] for h in headings]


def test_every_version_of_every_figure_is_a_row(page: str) -> None:
    """A row per version: the two texts of 第二十五条 are two rows."""
    rows = [line for line in page.splitlines() if line.startswith("| `")]
    assert sum(len(entry["history"]) for entry in qc.parameters()) == len(rows)
    assert 2 == sum(1 for row in rows if row.startswith("| `roads.unapproved_change.fine` |"))


def test_a_row_shows_the_value_the_provision_and_its_words(page: str) -> None:
    row = next(line for line in page.splitlines() if line.startswith("| `education.new_build.rate_per_m2` |"))
    assert "| `120` |" in row
    assert "钦政办规〔2019〕11号 第六条（一）" in row
    assert "按新建成教学建筑面积 120 元/m² 的标准给予一次性补助" in row


def test_the_chinese_page_is_titled_as_the_nav_names_it() -> None:
    assert _lawpages().parameters_page("zh").startswith("# 法规参数一览\n")
