"""What every generated page of the site shares: the documents, the languages, the page paths
and the small markdown helpers."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from qinzhou_calc import InputError, Result
from qinzhou_calc.service import LANGUAGES, Calculator, Example, document_keys, load_all

__all__ = [
    "ARTICLE",
    "DOCUMENTS",
    "LANGUAGES",
    "SOURCE",
    "all_calculators",
    "calculator_path",
    "example_results",
    "localized",
    "md_cell",
    "md_code",
    "md_json",
]

#: The package whose document subpackages are read.
SOURCE = Path(__file__).resolve().parent.parent / "src" / "qinzhou_calc"

#: The document subpackages, in the order they are declared (that of the README).
DOCUMENTS = tuple(document_keys())

#: An article, clause or annex as citations name it (第六条（一）, 附件5 二).
ARTICLE = re.compile(
    r"第[一二三四五六七八九十百零]+条(?:（[一二三四五六七八九十]+）)?|附件\d*(?: [一二三四五六七八九十]+(?=[（(]|\b))?"
)


# --- small markdown helpers ------------------------------------------------------------------


def md_cell(text: object) -> str:
    """``text`` made safe for one cell of a markdown table."""
    return " ".join(str(text).split()).replace("|", "\\|")


def md_code(text: object) -> str:
    """``text`` as inline code inside a table cell."""
    return f"`{md_cell(text)}`"


def md_json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=str)


# The languages of the site (LANGUAGES) are the library's: Chinese, the default (``foo.md``), and
# English (``foo.en.md``).


def localized(path: str, lang: str) -> str:
    """The file of page ``path`` (``foo.md``) in language ``lang``: ``foo.md`` in Chinese, ``foo.en.md``."""
    return path if lang == "zh" else f"{path.removesuffix('.md')}.{lang}.md"


def calculator_path(name: str, lang: str = "zh") -> str:
    """The site path of calculator ``name``'s page, relative to the docs directory.

    Links between pages use the Chinese path: mkdocs-static-i18n points them at the page of the
    reader's language.
    """
    return localized(f"calculators/{name}.md", lang)


def all_calculators() -> dict[str, Calculator[Any]]:
    """The registry, every document loaded."""
    return dict(load_all())


def example_results(calculators: Mapping[str, Calculator[Any]]) -> Iterator[tuple[str, Example, Result]]:
    """``(name, example, result)`` for each worked example its calculator accepts, calculators in name
    order; an example that shows a refusal (an ``InputError``) has no result and is passed over."""
    for name in sorted(calculators):
        calc = calculators[name]
        for example in calc.examples:
            try:
                result = calc.evaluate(example.payload)
            except InputError:
                continue
            yield name, example, result
