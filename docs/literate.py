"""The literate view of each document: its articles in order, the law's own words (the text
shipped in the package), and beside each article the calculators and parameters that implement
it, the readings (notes) that interpret it and its worked examples.

``docs/gen_pages.py`` writes it as ``law/<document>.md`` (and ``.en.md``), listed in the nav under
条文对照, so that a reviewer can check the code against the law article by article.
"""

import re
from collections.abc import Iterable, Mapping
from typing import Any

import attrs
from site_common import example_results

import qinzhou_calc as qc
from qinzhou_calc.service import Calculator
from qinzhou_calc.service.lawtext import Article, Citation, Clause, LawText, text_of

__all__ = ["LABELS", "TEXTS", "Usage", "law_page", "usages"]

#: Each document's key and the numbers of the texts it ships, amendments first and the document
#: itself last (roads ships its amendment too), from each document's declaration.
TEXTS: dict[str, tuple[str, ...]] = {
    row["key"]: (*(amendment["number"] for amendment in row.get("amended_by", ())), row["number"])
    for row in qc.documents()
}

LABELS: dict[str, dict[str, str]] = {
    "zh": {
        "title": "条文对照",
        "intro": "以下逐条列出随包发布的原文（`qinzhou_calc/{key}/text.md`，由政府公报文本整理，校勘记见文末），"
        "每条之下列出实现该条的计算器和参数、解释该条的读法（`notes` 的代码）及其算例。"
        "审阅时可逐条核对代码与条文，核对方法见“编写计算器”页的审阅清单。",
        "calculators": "计算器",
        "parameters": "参数",
        "readings": "读法",
        "examples": "算例",
        "none": "本条没有计算器直接实现。",
        "notes": "校勘记",
        "preamble": "印发通知",
    },
    "en": {
        "title": "The text, article by article",
        "intro": "Below, each article in the text shipped with the package (`qinzhou_calc/{key}/text.md`, "
        "from the gazette, with the transcriber's notes at the end), and under it the calculators and "
        "parameters that implement it, the readings (`notes` codes) that interpret it, and its worked "
        "examples. A reviewer checks the code against the law article by article; the checklist is on "
        "the page “Writing a calculator”.",
        "calculators": "Calculators",
        "parameters": "Parameters",
        "readings": "Readings",
        "examples": "Worked examples",
        "none": "No calculator implements this article directly.",
        "notes": "Transcriber's notes (校勘记)",
        "preamble": "Issuing notice",
    },
}


@attrs.frozen
class Usage:
    """What points at one article: calculators (with their examples), parameters, readings."""

    calculators: tuple[str, ...] = ()
    examples: tuple[tuple[str, str, str], ...] = ()  #: (calculator, title, headline)
    parameters: tuple[tuple[str, str], ...] = ()  #: (name, value as text)
    readings: tuple[tuple[str, str], ...] = ()  #: (code, message)


def _headline(data: Mapping[str, Any]) -> str:
    parts = []
    for key in ("eligible", "amount", "minimum", "maximum", "deadline", "score", "count"):
        value = data.get(key)
        if value is not None:
            parts.append(f"{key} = {str(value).lower() if isinstance(value, bool) else value}")
    if data.get("ranking"):
        parts.append("ranking: " + ", ".join(f"{row['rank']}. {row['name']} {row['total']}" for row in data["ranking"]))
    return "; ".join(parts)


def _cites(citation: Citation, number: str, article: str) -> bool:
    anchor = citation.anchor
    return anchor is not None and anchor.document == number and anchor.article == article


def _mentions(text: str, article: str) -> bool:
    """Whether ``text`` names ``article`` (第六条 in 第六条（三）, but not 第十六条)."""
    return re.search(rf"(?<![一二三四五六七八九十百]){re.escape(article)}", text) is not None


def usages(
    key: str,
    text: LawText,
    calculators: Mapping[str, Calculator[Any]],
    readings: Iterable[Any],
) -> dict[str, Usage]:
    """For each article of ``text``, what in the library points at it."""
    found: dict[str, dict[str, dict[Any, None]]] = {
        a.id: {"calculators": {}, "examples": {}, "parameters": {}, "readings": {}} for a in text.articles
    }
    for name, example, result in example_results(calculators):
        cited = [*result.citations, *(reason.citation for reason in result.reasons)]
        for article in found:
            if any(_cites(c, text.number, article) for c in cited):
                found[article]["calculators"][name] = None
                found[article]["examples"][(name, example.title, _headline(result.to_dict()))] = None
    for parameter in qc.parameters(document=key):
        for version in parameter["history"]:
            citation = version["citation"]
            anchor = citation.get("anchor") or ""
            if not anchor.startswith(text.number):
                continue
            article = citation["article"]
            if article in found:
                value = version["value"]
                shown = str(value) if isinstance(value, (str, int)) else "…"
                found[article]["parameters"][(parameter["name"], f"{shown}（{version['since']} 起）")] = None
    for reading in readings:
        if reading.document != key:
            continue
        for article in found:
            if _mentions(reading.article, article) or _mentions(reading.message, article):
                found[article]["readings"][(reading.code, reading.message)] = None
    return {
        article: Usage(
            tuple(parts["calculators"]),
            tuple(parts["examples"]),
            tuple(parts["parameters"]),
            tuple(parts["readings"]),
        )
        for article, parts in found.items()
    }


def _quote(paragraphs: Iterable[str]) -> list[str]:
    lines: list[str] = []
    for paragraph in paragraphs:
        lines += [f"> {paragraph}", ">"]
    return [*lines[:-1], ""] if lines else []


def _clause(clause: Clause, depth: int) -> list[str]:
    lines = [f"{'#' * depth} {clause.id}", "", *_quote(clause.lead)]
    for sub in clause.clauses:
        lines += _clause(sub, depth + 1)
    return lines


def _usage(usage: Usage, lang: str, link: str) -> list[str]:
    words = LABELS[lang]
    if not (usage.calculators or usage.parameters or usage.readings):
        return [f"*{words['none']}*", ""]
    lines: list[str] = []
    if usage.calculators:
        shown = "、".join(f"[`{name}`]({link}calculators/{name}.md)" for name in usage.calculators)
        lines += [f"**{words['calculators']}**：{shown}", ""]
    if usage.parameters:
        lines += [f"**{words['parameters']}**：", ""]
        lines += [f"- `{name}` = {value}" for name, value in usage.parameters]
        lines.append("")
    if usage.readings:
        lines += [f"**{words['readings']}**：", ""]
        lines += [f"- `{code}`：{message}" for code, message in usage.readings]
        lines.append("")
    if usage.examples:
        lines += [f"**{words['examples']}**：", ""]
        lines += [f"- `{name}` {title} → {headline}" for name, title, headline in usage.examples]
        lines.append("")
    return lines


def _article(article: Article, usage: Usage, lang: str, link: str) -> list[str]:
    lines = [f"### {article.id}", "", *_quote(article.lead)]
    for clause in article.clauses:
        lines += _clause(clause, 4)
    if article.is_chapter:
        return lines
    return lines + _usage(usage, lang, link)


def law_page(
    key: str,
    calculators: Mapping[str, Calculator[Any]],
    readings: Iterable[Any],
    lang: str = "zh",
    link: str = "../",
) -> str:
    """The literate page of document ``key``: every article of its shipped text, in order."""
    words = LABELS[lang]
    readings = list(readings)
    first = text_of(TEXTS[key][-1])
    lines = [f"# {words['title']}：{first.title}", "", words["intro"].format(key=key), ""]
    notes = ""
    for number in TEXTS[key]:
        text = text_of(number)
        lines += [f"## {text.number}《{text.title}》", ""]
        if text.preamble:
            lines += [f"**{words['preamble']}**", "", *_quote(text.preamble)]
        found = usages(key, text, calculators, readings)
        for article in text.articles:
            lines += _article(article, found[article.id], lang, link)
        notes = text.notes
    if notes:
        body = re.sub(r"^## 校勘记\s*", "", notes)
        lines += [f"## {words['notes']}", "", body, ""]
    return "\n".join(lines) + "\n"
