"""mkdocs-gen-files script: the pages generated from the code when the site is built.

* ``calculators/``: one page per registered calculator, and an index;
* ``readings.md``: the readings and warnings the documents declare, with a worked comparison each;
* ``reference/``: the API reference (mkdocstrings), one page for the top level and one per
  document subpackage, listing the names in each ``__all__``;
* ``parameters.md``: "法规参数一览", every figure of the law with its history (``lawpages.py``);
* ``examples.md``: the list of the example notebooks present in ``docs/examples/``, and
  ``examples/<notebook>.md``: each notebook executed, with its outputs and figures;
* ``changelog.md``: ``CHANGELOG.md`` from the repository root;
* ``law/<document>.md``: the literate view (:mod:`literate`), each article of the shipped text
  with what implements and interprets it.

Each page is written twice: ``foo.md`` in Chinese (the site's default language) and ``foo.en.md``
in English, which mkdocs-static-i18n serves under ``/en/``.
"""

import sys
from pathlib import Path

import mkdocs_gen_files

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path.insert(0, str(DOCS))

import literate  # noqa: E402 - found through the path set just above
import site_common  # noqa: E402 - found through the path set just above
import site_notebooks  # noqa: E402 - found through the path set just above
import site_readings  # noqa: E402 - found through the path set just above
import sitegen  # noqa: E402 - found through the path set just above
from lawpages import parameters_page  # noqa: E402 - found through the path set just above

calculators = site_common.all_calculators()
found = site_readings.readings()
produced = site_readings.example_notes(calculators)
changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def write(path: str, lang: str, text: str) -> None:
    """Write page ``path`` (``foo.md``) in ``lang``: ``foo.md`` is Chinese, ``foo.en.md`` English."""
    with mkdocs_gen_files.open(site_common.localized(path, lang), "w", encoding="utf-8") as page:
        page.write(text)


# The example notebooks, run once for both languages: a page each, and the figures they drew.
notebooks = [site_notebooks.executed_notebook(path) for path in sorted((DOCS / "examples").glob("*.ipynb"))]
for notebook in notebooks:
    for figure, data in notebook.figures.items():
        with mkdocs_gen_files.open(f"examples/{figure}", "wb") as image:
            image.write(data)

# The screenshots of the forms the browser tests took, if they ran before this build (CI's order).
for name in calculators:
    shot = sitegen.SCREENSHOTS / f"{name}.png"
    if shot.is_file():
        with mkdocs_gen_files.open(f"screenshots/{name}.png", "wb") as image:
            image.write(shot.read_bytes())

for lang in site_common.LANGUAGES:
    for name, calc in calculators.items():
        write(site_common.calculator_path(name), lang, sitegen.calculator_page(calc, lang, found))
    write("calculators/index.md", lang, sitegen.calculators_index(calculators, lang))
    write("readings.md", lang, site_readings.readings_page(found, produced, calculators, lang))
    for path, text in site_notebooks.reference_pages(lang).items():
        write(path, lang, text)
    write("examples.md", lang, site_notebooks.examples_page(DOCS / "examples", lang))
    write("parameters.md", lang, parameters_page(lang))
    for notebook in notebooks:
        write(f"examples/{notebook.stem}.md", lang, site_notebooks.notebook_page(notebook, lang))
    # The changelog is kept in one file, in the words its authors wrote it.
    write("changelog.md", lang, changelog)
    # Each document's articles, one by one, and what implements and interprets each.
    for key in site_common.DOCUMENTS:
        write(f"law/{key}.md", lang, literate.law_page(key, calculators, found, lang))
        # The document's own page, hand-written, with its calculators' cross-field rules filled in.
        page = (DOCS / site_common.localized(f"{key}.md", lang)).read_text(encoding="utf-8")
        write(f"{key}.md", lang, sitegen.with_rules(page, key, calculators, lang))
