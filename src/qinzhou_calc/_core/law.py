"""The law as dated data: citations, documents with their in-force period, dated parameters.

Citations are here; documents and dated parameters (:mod:`.dated`) are created with the first
document loaded, not by ``import qinzhou_calc``: every name is still importable from this module.
"""

from typing import TYPE_CHECKING, Any

import attrs

from .lawtext import Anchor

if TYPE_CHECKING:
    from .dated import Document, Parameter, Valued, Version

__all__ = ["Anchor", "Citation", "Document", "Parameter", "Valued", "Version"]


class _JsonForm:
    """Where a citation keeps its JSON form once built: a slot outside its attrs fields (not
    compared, shown, pickled or copied by ``attrs.evolve``). A citation is a constant of the law,
    so its JSON form is too; every ``to_dict()`` hands out a fresh copy of it."""

    __slots__ = ("_json",)
    _json: dict[str, str | None]


@attrs.frozen(cache_hash=True)  # hashed each time a calculation cites it (Explanation.cite)
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


def __getattr__(name: str) -> Any:
    if name in ("Document", "Parameter", "Valued", "Version"):
        from . import dated  # noqa: PLC0415 - deferred on purpose

        return getattr(dated, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
