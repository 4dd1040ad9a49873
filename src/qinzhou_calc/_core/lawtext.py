"""The law's own words, shipped with the package: a small reader for the documents' text files.

Each document subpackage ships its text as Markdown (``text.md``) in a fixed shape, and
registers it here under its document number. The core knows the shape, never a document:

* ``# 标题`` starts a document; the first paragraph after it is ``文号：<number>``;
* paragraphs before the first article are the preamble (the issuing notice);
* ``## <article>`` starts an article (``第六条``, ``附件4 二``, ``第一章 总则``);
* ``### <clause>`` starts a clause of it (``（一）``, ``第二款``), and ``#### <clause>`` a clause of
  that clause, its id written in full (``（五）1``);
* every other non-blank line is one paragraph of the law, as printed;
* a line ``---`` ends the law: what follows is the transcriber's notes (校勘记), not law.

A quotation is checked against the text with all whitespace removed (the gazette's spaces
around numbers, "2 年", are typesetting, not words). A quotation may leave words out with
"……"; each part must then appear, in order.
"""

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs

# The parsed text's classes are created when a text is first read, not by ``import qinzhou_calc``
# (a calculation cites by anchor and reads no text): see :mod:`.lawtext_parse`.
if TYPE_CHECKING:
    from .lawtext_parse import Article, Clause, LawText, parse

__all__ = [
    "ELISION",
    "Anchor",
    "Article",
    "Clause",
    "LawText",
    "load",
    "normalise",
    "parse",
    "register_text",
    "registered_texts",
    "text_of",
]

#: The mark of words left out of a quotation.
ELISION = "……"

_WHITESPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """``text`` without whitespace: how quotations and the shipped text are compared."""
    return _WHITESPACE.sub("", text)


@attrs.frozen
class Anchor:
    """Where a citation points in the shipped text: document number, article, clause.

    ``edition`` is ``None`` for the text as shipped; a document that changed may also have
    an earlier edition, named by the day it applied from (``"2018-08-01"``). ``clause`` may
    be a range, ``"（一）至（四）"``. ``str(anchor)`` is its stable id.
    """

    document: str
    article: str
    clause: str | None = None
    edition: str | None = None

    def __str__(self) -> str:
        edition = f"@{self.edition}" if self.edition else ""
        return f"{self.document}{edition}#{self.article}{self.clause or ''}"


@functools.cache
def load(package: str, resource: str = "text.md") -> "tuple[LawText, ...]":
    """The documents of a text file shipped in ``package`` (read and parsed once)."""
    # importlib.resources (pathlib, tempfile, shutil: some 6 ms) loads with the first text read,
    # not with ``import qinzhou_calc``: a calculation cites by anchor without reading the text.
    import importlib.resources  # noqa: PLC0415

    from .lawtext_parse import parse  # noqa: PLC0415 - the classes of the parsed text, with the first text read

    source = importlib.resources.files(package).joinpath(resource).read_text(encoding="utf-8")
    return parse(source)


_SOURCES: "dict[tuple[str, str | None], Callable[[], LawText]]" = {}


def register_text(number: str, source: "str | Callable[[], LawText]", edition: str | None = None) -> None:
    """Make a document's text (or an earlier ``edition`` of it) findable by its number.

    ``source`` is the package whose ``text.md`` holds the document, or a function that
    builds the text (an earlier edition derived from the shipped one). Nothing is read until
    the text is first asked for, so importing the library reads no file.
    """
    if isinstance(source, str):
        package = source

        def source() -> "LawText":
            for document in load(package):
                if document.number == number:
                    return document
            raise KeyError(f"{package}/text.md has no document {number!r}")

    _SOURCES[number, edition] = source


def registered_texts() -> list[tuple[str, str | None]]:
    """Every (document number, edition) registered so far."""
    return list(_SOURCES)


@functools.cache
def text_of(number: str, edition: str | None = None) -> "LawText":
    """The shipped text of document ``number`` (``KeyError`` if none is registered)."""
    return _SOURCES[number, edition]()


def __getattr__(name: str) -> Any:
    if name in ("Article", "Clause", "LawText", "parse"):
        from . import lawtext_parse  # noqa: PLC0415 - deferred on purpose

        return getattr(lawtext_parse, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
