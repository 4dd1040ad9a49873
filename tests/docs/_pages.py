"""Shared by the docs tests: the markdown files, their fenced blocks, and the site generator."""

import importlib
import re
import sys
from pathlib import Path
from types import ModuleType

import attrs

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"

#: The hand-written pages (the generated ones are built from the code and not on disk), and the README.
PAGES = [*sorted(DOCS.glob("*.md")), ROOT / "README.md", ROOT / "README.en.md"]

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,})(?P<info>[^`\n]*)$")


@attrs.frozen
class Block:
    """One fenced code block of a markdown page."""

    language: str
    text: str
    line: int  #: where the block's first line of code is, 1-based
    before: str  #: the page's text above the block


def blocks(page: Path) -> list[Block]:
    """Every fenced block of ``page``, in order, its lines dedented by the fence's indentation."""
    lines = page.read_text(encoding="utf-8").splitlines()
    found: list[Block] = []
    index = 0
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        if not opening:
            index += 1
            continue
        indent, fence = opening["indent"], opening["fence"]
        body: list[str] = []
        end = index + 1
        while end < len(lines) and lines[end].strip() != fence:
            body.append(lines[end].removeprefix(indent))
            end += 1
        language = opening["info"].strip().split(" ", 1)[0]
        found.append(Block(language, "\n".join(body) + "\n", index + 2, "\n".join(lines[:index])))
        index = end + 1
    return found


def load_docs_module(name: str) -> ModuleType:
    """``docs/<name>.py``, one of the generators of the site's pages, as a module.

    The generators import each other by name (``docs/gen_pages.py`` puts ``docs/`` on the path
    when mkdocs runs it): the tests do the same.
    """
    if str(DOCS) not in sys.path:
        sys.path.insert(0, str(DOCS))
    return importlib.import_module(name)


def load_sitegen() -> ModuleType:
    """``docs/sitegen.py``, the generator of the calculator pages."""
    return load_docs_module("sitegen")
