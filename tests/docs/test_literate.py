"""docs/literate.py: each document's page of its shipped text, article by article, with what
implements and interprets each article."""

import pytest

from qinzhou_calc._core import text_of

from ._pages import load_docs_module

LITERATE = load_docs_module("literate")
SITE_COMMON = load_docs_module("site_common")
SITE_READINGS = load_docs_module("site_readings")
CALCULATORS = SITE_COMMON.all_calculators()
READINGS = SITE_READINGS.readings()


@pytest.mark.parametrize("key", SITE_COMMON.DOCUMENTS)
@pytest.mark.parametrize("lang", SITE_COMMON.LANGUAGES)
def test_every_article_of_the_shipped_text_is_on_the_page_in_order(key: str, lang: str) -> None:
    """The articles in the text's order, each as a heading with its words quoted."""
    page = LITERATE.law_page(key, CALCULATORS, READINGS, lang)
    at = 0
    for number in LITERATE.TEXTS[key]:
        for article in text_of(number).articles:
            found = page.find(f"\n### {article.id}\n", at)
            assert found >= 0, f"{key}: {article.id} missing or out of order"
            at = found


@pytest.mark.parametrize("key", SITE_COMMON.DOCUMENTS)
def test_every_calculator_of_the_document_is_beside_an_article(key: str) -> None:
    """A calculator that implements nothing of its document's text would be a gap in the view."""
    page = LITERATE.law_page(key, CALCULATORS, READINGS, "zh")
    for name in (n for n in CALCULATORS if n.startswith(f"{key}.")):
        assert f"[`{name}`](../calculators/{name}.md)" in page, name


def test_an_article_lists_its_parameters_readings_and_examples() -> None:
    """第十九条 of the roads measures: the backfill limits, the two readings of 第二百零三条, the example."""
    text = text_of("政府令第11号")
    usage = LITERATE.usages("roads", text, CALCULATORS, READINGS)["第十九条"]
    assert "roads.deadline" in usage.calculators
    assert any(
        name.startswith("roads.backfill") or "art19" in name or "backfill" in name for name, _ in usage.parameters
    )
    assert {"backfill_calendar_days", "backfill_civil_code"} <= {code for code, _ in usage.readings}
    assert any("验线单" in title for _, title, _ in usage.examples)


def test_an_article_no_calculator_implements_says_so() -> None:
    """第一条 of the education policy states its purpose only."""
    page = LITERATE.law_page("education", CALCULATORS, READINGS, "zh")
    first = page[page.index("\n### 第一条\n") : page.index("\n### 第二条\n")]
    assert "本条没有计算器直接实现" in first
