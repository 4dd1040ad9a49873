"""mkdocs-gen-files script: the pages generated from the code when the site is built.

* ``calculators/``: one page per registered calculator, and an index;
* ``readings.md``: every interpretation note in the code;
* ``reference/``: the API reference (mkdocstrings), one page for the top level and one per
  document subpackage, listing the names in each ``__all__``;
* ``examples.md``: links to the example notebooks present in ``docs/examples/``;
* ``changelog.md``: ``CHANGELOG.md`` from the repository root.
"""

import sys
from pathlib import Path

import mkdocs_gen_files

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path.insert(0, str(DOCS))

import sitegen  # noqa: E402 - found through the path set just above

calculators = sitegen.all_calculators()

for name, calc in calculators.items():
    with mkdocs_gen_files.open(sitegen.calculator_path(name), "w", encoding="utf-8") as page:
        page.write(sitegen.calculator_page(calc))
with mkdocs_gen_files.open("calculators/index.md", "w", encoding="utf-8") as page:
    page.write(sitegen.calculators_index(calculators))

with mkdocs_gen_files.open("readings.md", "w", encoding="utf-8") as page:
    page.write(sitegen.readings_page(sitegen.readings(), sitegen.example_notes(calculators), calculators))

for path, text in sitegen.reference_pages().items():
    with mkdocs_gen_files.open(path, "w", encoding="utf-8") as page:
        page.write(text)

with mkdocs_gen_files.open("examples.md", "w", encoding="utf-8") as page:
    page.write(sitegen.examples_page(DOCS / "examples"))

with mkdocs_gen_files.open("changelog.md", "w", encoding="utf-8") as page:
    page.write((ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))
