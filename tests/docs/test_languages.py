"""The site is bilingual, Chinese first: every page, written or generated, exists in both languages.

mkdocs-static-i18n's suffix layout: ``docs/foo.md`` is the Chinese page (the default language),
``docs/foo.en.md`` its English translation. A page in one language only would be missing from
the other site (or, with the fallback, shown in the wrong language).
"""

import re
import runpy
from collections.abc import Iterable
from pathlib import PurePosixPath

import pytest
import yaml
from mkdocs.config import load_config
from mkdocs.structure.files import Files
from mkdocs_gen_files.editor import FilesEditor

from ._pages import DOCS, ROOT

LANGUAGES = ("zh", "en")
_SUFFIX = re.compile(r"\.(?P<lang>[a-z]{2})\.md$")


def _page_and_language(path: str) -> tuple[str, str]:
    """``foo.en.md`` → (``foo.md``, ``en``); ``foo.md`` → (``foo.md``, ``zh``)."""
    found = _SUFFIX.search(path)
    if found and found["lang"] in LANGUAGES:
        return path[: found.start()] + ".md", found["lang"]
    return path, "zh"


def _one_language_only(paths: Iterable[str]) -> dict[str, set[str]]:
    languages: dict[str, set[str]] = {}
    for path in paths:
        page, lang = _page_and_language(path)
        languages.setdefault(page, set()).add(lang)
    return {page: langs for page, langs in languages.items() if langs != set(LANGUAGES)}


def _written() -> list[str]:
    return [PurePosixPath(path.relative_to(DOCS)).as_posix() for path in DOCS.rglob("*.md")]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """The pages docs/gen_pages.py writes, run as mkdocs-gen-files runs it, into a scratch folder."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    editor = FilesEditor(Files([]), config, str(tmp_path_factory.mktemp("generated")))
    with editor:
        runpy.run_path(str(DOCS / "gen_pages.py"))
    return [file.src_uri for file in editor.files]


def test_the_pairing_rule_finds_a_page_missing_its_translation() -> None:
    """The check itself: ``a.md`` alone and ``b.en.md`` alone are caught; a pair is not."""
    assert {"a.md": {"zh"}, "b.md": {"en"}} == _one_language_only(["a.md", "b.en.md", "c.md", "c.en.md"])
    assert ("calculators/roads.deadline.md", "en") == _page_and_language("calculators/roads.deadline.en.md")


def test_every_written_page_exists_in_chinese_and_english() -> None:
    assert "index.md" in _written()
    assert {} == _one_language_only(_written())


def test_every_generated_page_exists_in_chinese_and_english(generated: list[str]) -> None:
    assert {"calculators/roads.deadline.md", "calculators/roads.deadline.en.md", "readings.en.md"} <= set(generated)
    assert {} == _one_language_only(path for path in generated if path.endswith(".md"))


def test_every_notebook_is_a_page_in_both_languages_with_its_figures(generated: list[str]) -> None:
    """docs/examples/*.ipynb, executed at build time: a page each, and the PNG figures they drew."""
    notebooks = sorted(path.stem for path in (DOCS / "examples").glob("*.ipynb"))
    assert {"bank_scoring", "education_subsidies"} <= set(notebooks)
    for stem in notebooks:
        assert {f"examples/{stem}.md", f"examples/{stem}.en.md"} <= set(generated)
    figures = [path for path in generated if path.endswith(".png")]
    assert any(path.startswith("examples/bank_scoring_files/") for path in figures)
    assert any(path.startswith("examples/education_subsidies_files/") for path in figures)


def test_the_chinese_pages_are_chinese_and_the_english_pages_english() -> None:
    """Each written Chinese page's prose is mostly Chinese; its English page has little Chinese."""
    for path in _written():
        _, lang = _page_and_language(path)
        text = re.sub(r"```.*?```|`[^`]*`", "", (DOCS / path).read_text(encoding="utf-8"), flags=re.DOTALL)
        han = sum("\u4e00" <= char <= "\u9fff" for char in text)
        latin = len(re.findall(r"[A-Za-z]+", text))
        if lang == "zh":
            assert han > latin, f"{path}: {han} Chinese characters, {latin} English words"
        else:
            assert han < latin, f"{path}: {han} Chinese characters, {latin} English words"


def test_chinese_is_the_default_language_and_both_are_built() -> None:
    """mkdocs.yml: zh is the default locale, en is built too, both under the suffix layout."""
    config = yaml.safe_load(
        re.sub(r"!!python/\S+", "", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"))  # tags need mkdocs' loader
    )
    i18n = next(plugin["i18n"] for plugin in config["plugins"] if isinstance(plugin, dict) and "i18n" in plugin)
    assert "suffix" == i18n["docs_structure"]
    languages = {language["locale"]: language for language in i18n["languages"]}
    assert ["zh", "en"] == list(languages)
    assert languages["zh"]["default"]
    assert all(language["build"] for language in languages.values())
    assert "zh" == config["theme"]["language"]


def test_every_nav_title_has_an_english_translation() -> None:
    """The nav is written in Chinese; the English site translates every title of it."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = yaml.safe_load(re.sub(r"!!python/\S+", "", text))
    titles: list[str] = []

    def walk(items: list[object]) -> None:
        for item in items:
            if isinstance(item, dict):
                for title, value in item.items():
                    titles.append(title)
                    if isinstance(value, list):
                        walk(value)

    walk(config["nav"])
    i18n = next(plugin["i18n"] for plugin in config["plugins"] if isinstance(plugin, dict) and "i18n" in plugin)
    english = next(language for language in i18n["languages"] if language["locale"] == "en")
    untranslated = [t for t in titles if t not in english["nav_translations"] and not t.startswith("qinzhou_calc")]
    assert [] == untranslated
