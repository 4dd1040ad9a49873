"""Every citation quotes the law's own words: the shipped text, whitespace ignored.

Run over every registered calculator's examples (every citation, reason and parameter a
result reads) and over every dated parameter the document subpackages define.
"""

import importlib
import re
from collections.abc import Iterator
from typing import Any

import pytest

import qinzhou_calc as qc
from qinzhou_calc._core import REGISTRY, Citation, Parameter, text_of
from qinzhou_calc._core.law import registered_texts

#: Outside law is cited by law and article, or by the notice and its date.
_ARTICLE = re.compile(r"^第[一二三四五六七八九十百零千]+条")
_DATED = re.compile(r"\d{4}(-\d{2}-\d{2}|年\d{1,2}月\d{1,2}日)")


def _example_citations() -> Iterator[tuple[str, Citation]]:
    for name in qc.calculators():
        calc = REGISTRY[name]
        for example in calc.examples:
            result = qc.evaluate(name, example.payload)
            for citation in result.citations:
                yield f"{name}: {example.title}", citation
            for reason in result.reasons:
                yield f"{name}: {example.title} (reason)", reason.citation


def _parameter_citations() -> Iterator[tuple[str, Citation]]:
    for key in qc.document_keys():
        package = importlib.import_module(f"qinzhou_calc.{key}")
        for sub in vars(package).values():
            for value in vars(sub).values() if hasattr(sub, "__dict__") and hasattr(sub, "__file__") else ():
                yield from _citations_in(f"{sub.__name__}", value)


def _citations_in(where: str, value: Any) -> Iterator[tuple[str, Citation]]:
    if isinstance(value, Parameter):
        for version in value.versions:
            yield f"{where} {value.name} since {version.since}", version.citation
    elif isinstance(value, Citation):
        yield where, value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _citations_in(where, item)


def _all() -> list[tuple[str, Citation]]:
    seen: dict[Citation, str] = {}
    for where, citation in [*_example_citations(), *_parameter_citations()]:
        seen.setdefault(citation, where)
    return [(where, citation) for citation, where in seen.items()]


CITATIONS = _all()
ANCHORED = [(w, c) for w, c in CITATIONS if c.anchor is not None]
OUTSIDE = [(w, c) for w, c in CITATIONS if c.anchor is None]


def test_the_four_documents_and_the_amendment_are_shipped() -> None:
    numbers = {number for number, _ in registered_texts()}
    assert {
        "钦政办规〔2019〕11号",
        "政府令第11号",
        "政府令第12号",
        "钦政发〔2019〕17号",
        "钦市财规〔2019〕3号",
    } <= numbers


def test_every_document_citation_is_anchored() -> None:
    numbers = {number for number, _ in registered_texts()}
    loose = [f"{w}: {c}" for w, c in OUTSIDE if c.document.split("（")[0] in numbers]
    assert [] == loose


@pytest.mark.parametrize(("where", "citation"), ANCHORED, ids=[str(c.anchor) for _, c in ANCHORED])
def test_the_quotation_is_the_law_s_words(where: str, citation: Citation) -> None:
    anchor = citation.anchor
    assert anchor is not None
    text = text_of(anchor.document, anchor.edition)
    assert citation.text, f"{where}: {citation} quotes nothing"
    assert text.quotes(citation.text, anchor.article, anchor.clause), (
        f"{where}: {citation} does not quote {anchor}:\n{citation.text}\n---\n"
        + text.passage(anchor.article, anchor.clause)
    )


@pytest.mark.parametrize(("where", "citation"), OUTSIDE, ids=[str(c) for _, c in OUTSIDE])
def test_outside_law_is_named_by_article_or_date(where: str, citation: Citation) -> None:
    named = _ARTICLE.match(citation.article) or _DATED.search(citation.document + citation.article)
    assert named, f"{where}: {citation} names neither an article nor a dated notice"
    assert ".md" not in citation.text, f"{where}: {citation} points to a file"
    assert ".md" not in citation.document, f"{where}: {citation} points to a file"
