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

A calculation cites by anchor and reads no text: a text is read and parsed the first time it is
asked for. Documents register where their text is shipped with :func:`.law.register_text`.
"""

import functools
import pkgutil
import re
from collections.abc import Iterator

import attrs

from .law import text_source

__all__ = ["ELISION", "Article", "Clause", "LawText", "load", "normalise", "parse", "text_of"]

#: The mark of words left out of a quotation.
ELISION = "……"

_WHITESPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """``text`` without whitespace: how quotations and the shipped text are compared."""
    return _WHITESPACE.sub("", text)


_NUMBER = re.compile(r"^文号：(.+)$")


def _paragraphs(lead: tuple[str, ...], clauses: tuple["Clause", ...]) -> Iterator[str]:
    """An article's or a clause's paragraphs in reading order: its own lead, then each clause's."""
    yield from lead
    for clause in clauses:
        yield from clause.paragraphs()


@attrs.frozen
class Clause:
    """A clause (项 or 款) of an article: its leading paragraphs, then its own clauses."""

    id: str
    lead: tuple[str, ...]
    clauses: tuple["Clause", ...] = ()

    def paragraphs(self) -> Iterator[str]:
        return _paragraphs(self.lead, self.clauses)

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs())


@attrs.frozen
class Article:
    """An article (条), a numbered part of a plan or annex, or a chapter heading (章)."""

    id: str
    lead: tuple[str, ...]
    clauses: tuple[Clause, ...] = ()

    @property
    def is_chapter(self) -> bool:
        return re.match(r"^第[一二三四五六七八九十]+章", self.id) is not None

    def paragraphs(self) -> Iterator[str]:
        return _paragraphs(self.lead, self.clauses)

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs())

    def find(self, clause_id: str) -> tuple[tuple[str, ...], Clause] | None:
        """The clause ``clause_id`` (at any depth) and the leading paragraphs above it."""

        def walk(clauses: tuple[Clause, ...], above: tuple[str, ...]) -> tuple[tuple[str, ...], Clause] | None:
            for clause in clauses:
                if clause.id == clause_id:
                    return above, clause
                found = walk(clause.clauses, above + clause.lead)
                if found is not None:
                    return found
            return None

        return walk(self.clauses, self.lead)


@attrs.frozen
class LawText:
    """One document's text: number, title, the issuing notice, its articles in order, and the
    transcriber's notes on where the text departs from the source and why."""

    number: str
    title: str
    preamble: tuple[str, ...]
    articles: tuple[Article, ...]
    notes: str = ""

    def with_words(self, articles: tuple[str, ...], old: str, new: str) -> "LawText":
        """The same text with ``old`` put back as ``new`` in ``articles``: an earlier edition
        rebuilt from an amendment that changed those words (each article must contain them)."""

        def swap(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(p.replace(old, new) for p in paragraphs)

        def clause(c: Clause) -> Clause:
            return Clause(c.id, swap(c.lead), tuple(clause(s) for s in c.clauses))

        rebuilt = []
        for article in self.articles:
            if article.id not in articles:
                rebuilt.append(article)
                continue
            if old not in article.text:
                raise ValueError(f"{self.number} {article.id} does not say {old!r}")
            rebuilt.append(Article(article.id, swap(article.lead), tuple(clause(c) for c in article.clauses)))
        return attrs.evolve(self, articles=tuple(rebuilt))

    def article(self, article_id: str) -> Article:
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(f"{self.number} has no article {article_id!r}")

    def passage(self, article_id: str, clause_id: str | None = None) -> str:
        """The words an anchor points at: the whole article, or one clause (or a range
        ``（一）至（四）``) with the leading words of the article and clauses above it."""
        article = self.article(article_id)
        if clause_id is None:
            return article.text
        if "至" in clause_id:
            first, _, last = clause_id.partition("至")
            ids = [clause.id for clause in article.clauses]
            if first not in ids or last not in ids or ids.index(first) > ids.index(last):
                raise KeyError(f"{self.number} {article_id} has no clauses {clause_id!r}")
            run = article.clauses[ids.index(first) : ids.index(last) + 1]
            return "\n".join((*article.lead, *(p for clause in run for p in clause.paragraphs())))
        found = article.find(clause_id)
        if found is None:
            raise KeyError(f"{self.number} {article_id} has no clause {clause_id!r}")
        above, clause = found
        return "\n".join((*above, *clause.paragraphs()))

    def quotes(self, quotation: str, article_id: str, clause_id: str | None = None) -> bool:
        """Whether ``quotation`` is the law's words at that place (whitespace ignored, "……" elides)."""
        haystack = normalise(self.passage(article_id, clause_id))
        at = 0
        for part in (normalise(p) for p in quotation.split(ELISION)):
            if not part:
                continue
            found = haystack.find(part, at)
            if found < 0:
                return False
            at = found + len(part)
        return True


def parse(source: str) -> tuple[LawText, ...]:
    """The documents in one text file (a file may hold a document and its amendment)."""
    body, _, notes = source.partition("\n---\n")
    documents: list[LawText] = []
    title: str | None = None
    number = ""
    preamble: list[str] = []
    articles: list[Article] = []
    # The article being read: id, lead, and its clauses as [id, lead, sub-clauses].
    article: tuple[str, list[str], list[tuple[str, list[str], list[tuple[str, list[str]]]]]] | None = None

    def close_article() -> None:
        nonlocal article
        if article is not None:
            art_id, lead, clauses = article
            built = tuple(
                Clause(cid, tuple(clead), tuple(Clause(sid, tuple(slead)) for sid, slead in subs))
                for cid, clead, subs in clauses
            )
            articles.append(Article(art_id, tuple(lead), built))
        article = None

    def close_document() -> None:
        nonlocal title, number, preamble, articles
        close_article()
        if title is not None:
            if not number:
                raise ValueError(f"{title}: the paragraph after the title must be 文号：<number>")
            documents.append(LawText(number, title, tuple(preamble), tuple(articles), notes.strip()))
        title, number, preamble, articles = None, "", [], []

    for raw in body.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.startswith("# "):
            close_document()
            title = line[2:].strip()
        elif title is None:
            raise ValueError(f"text before the first title: {line[:30]!r}")
        elif line.startswith("## "):
            close_article()
            article = (line[3:].strip(), [], [])
        elif line.startswith("### "):
            if article is None:
                raise ValueError(f"clause outside an article: {line!r}")
            article[2].append((line[4:].strip(), [], []))
        elif line.startswith("#### "):
            if article is None or not article[2]:
                raise ValueError(f"sub-clause outside a clause: {line!r}")
            article[2][-1][2].append((line[5:].strip(), []))
        elif article is None:
            match = _NUMBER.match(line)
            if match and not number:
                number = match.group(1).strip()
            else:
                preamble.append(line)
        elif article[2] and article[2][-1][2]:
            article[2][-1][2][-1][1].append(line)
        elif article[2]:
            article[2][-1][1].append(line)
        else:
            article[1].append(line)
    close_document()
    return tuple(documents)


@functools.cache
def load(package: str, resource: str = "text.md") -> tuple[LawText, ...]:
    """The documents of a text file shipped in ``package`` (read and parsed once)."""
    data = pkgutil.get_data(package, resource)
    if data is None:
        raise FileNotFoundError(f"{package} ships no {resource}")
    return parse(data.decode("utf-8"))


@functools.cache
def text_of(number: str, edition: str | None = None) -> LawText:
    """The shipped text of document ``number`` (``KeyError`` if none is registered)."""
    source = text_source(number, edition)
    if not isinstance(source, str):
        return source()
    for document in load(source):
        if document.number == number:
            return document
    raise KeyError(f"{source}/text.md has no document {number!r}")
