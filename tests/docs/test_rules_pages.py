"""The cross-field rules on the docs pages come from the declaration in the code (``Calculator.rules``):
each calculator's generated page and its document's written page list every rule, in each language."""

import pytest

from qinzhou_calc._core.registry import load_all

from ._pages import DOCS, load_docs_module, load_sitegen

sitegen = load_sitegen()
site_common = load_docs_module("site_common")
CALCULATORS = dict(load_all())


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("document", ["education", "roads", "techinno", "banking"])
def test_a_document_page_lists_the_rules_of_its_calculators(document: str, lang: str) -> None:
    written = (DOCS / site_common.localized(f"{document}.md", lang)).read_text(encoding="utf-8")
    assert written.count(sitegen.RULES_MARKER) == 1
    page = sitegen.with_rules(written, document, CALCULATORS, lang)
    assert sitegen.RULES_MARKER not in page
    for name, calc in CALCULATORS.items():
        if name.startswith(f"{document}."):
            assert f"(calculators/{name}.md)" in page
            for rule in calc.rules:
                assert rule.text(lang).replace("|", "\\|") in page, (name, rule.key)
                assert f"| `{rule.code}` |" in page


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_calculator_page_lists_its_rules(lang: str) -> None:
    heading = {"zh": "## 跨字段规则", "en": "## Cross-field rules"}[lang]
    for name, calc in CALCULATORS.items():
        page = sitegen.calculator_page(calc, lang)
        assert heading in page, name
        for rule in calc.rules:
            assert rule.text(lang).replace("|", "\\|") in page, (name, rule.key)


def test_a_page_without_the_marker_is_refused() -> None:
    with pytest.raises(ValueError, match="cross-field-rules"):
        sitegen.with_rules("# banking\n", "banking", CALCULATORS, "zh")
