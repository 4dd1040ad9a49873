"""The law as data, as every calculation sees it: citations, the anchors they point at in the
shipped text, and where each document's text is shipped.

Documents and dated parameters are in :mod:`.dated`, the shipped text itself in :mod:`.lawtext`;
both load with the first document, not with ``import qinzhou_calc``.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

from .frozen import record_repr

if TYPE_CHECKING:
    from .lawtext import LawText

__all__ = ["Anchor", "Citation", "register_text", "registered_texts", "text_source"]


@attrs.frozen(repr=False)
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
    __repr__ = record_repr

    def __str__(self) -> str:
        edition = f"@{self.edition}" if self.edition else ""
        return f"{self.document}{edition}#{self.article}{self.clause or ''}"


class _JsonForm:
    """Where a citation keeps its JSON form once built: a slot outside its attrs fields (not
    compared, shown, pickled or copied by ``attrs.evolve``). A citation is a constant of the law,
    so its JSON form is too; every ``to_dict()`` hands out a fresh copy of it."""

    __slots__ = ("_json",)
    _json: dict[str, str | None]


@attrs.frozen(cache_hash=True, repr=False)  # hashed each time a calculation cites it (Evaluation.cite)
class Citation(_JsonForm):
    """A provision: document number, article, clause, and the Chinese text it says.

    ``str(citation)`` is the short form used in steps, e.g. ``钦政办规〔2019〕11号 第六条（一）``.
    ``anchor`` points into the text shipped with the package, for the four documents (and the
    amendment) it ships; it is ``None`` for outside law (法律, 通知), cited by article or by the
    notice's date. Every quotation with an anchor is checked against the shipped text by a test.
    """

    document: str
    title: str
    article: str
    clause: str | None = None
    text: str = ""
    anchor: Anchor | None = None
    __repr__ = record_repr

    def __str__(self) -> str:
        return f"{self.document} {self.article}{self.clause or ''}"

    def to_dict(self) -> dict[str, str | None]:
        """``{"document", "article", "clause", "text", "anchor"}``: a new dict on every call (a
        caller may change it), built once per citation."""
        try:
            return self._json.copy()
        except AttributeError:
            data = {
                "document": self.document,
                "article": self.article,
                "clause": self.clause,
                "text": self.text,
                "anchor": None if self.anchor is None else str(self.anchor),
            }
            object.__setattr__(self, "_json", data)
            return data.copy()


#: Where each document's text comes from, by (number, edition).
_SOURCES: "dict[tuple[str, str | None], str | Callable[[], LawText]]" = {}


def register_text(number: str, source: "str | Callable[[], LawText]", edition: str | None = None) -> None:
    """Make a document's text (or an earlier ``edition`` of it) findable by its number.

    ``source`` is the package whose ``text.md`` holds the document, or a function that
    builds the text (an earlier edition derived from the shipped one). Nothing is read until
    the text is first asked for (:func:`.lawtext.text_of`), so importing the library reads no file.
    """
    _SOURCES[number, edition] = source


def registered_texts() -> list[tuple[str, str | None]]:
    """Every (document number, edition) registered so far."""
    return list(_SOURCES)


def text_source(number: str, edition: str | None = None) -> "str | Callable[[], LawText]":
    """Where the text of document ``number`` (``edition``) comes from (``KeyError`` if none is registered)."""
    return _SOURCES[number, edition]
