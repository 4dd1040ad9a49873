"""The 法规解读 page, and the notes the other pages show, generated from the declared objects: each
document's readings (``qc.readings()``: question, options, default, reasoning), the warnings its
notes may give, one worked ``qc.compare_readings`` per document, and the notes the worked examples
produce. Nothing here reads the source or its comments."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from site_common import DOCUMENTS, calculator_path, example_results, md_cell, md_code

import qinzhou_calc as qc
from qinzhou_calc.service import Calculator
from qinzhou_calc.service.lawtext import readings_of, warnings_of

__all__ = [
    "Comparison",
    "ExampleNote",
    "NoteEntry",
    "comparison",
    "example_notes",
    "readings",
    "readings_page",
]


@dataclass(frozen=True)
class NoteEntry:
    """A note a result may carry, as its document declares it: an option's note, or a warning."""

    document: str  #: the document's key (``""`` for a warning of the core)
    code: str
    message: str  #: the option's note (``{name}`` where a figure is filled in), or the warning's summary
    article: str
    reading: str  #: the reading's code, or ``""`` for a warning
    option: str  #: the option's key, or ``""`` for a warning


@dataclass(frozen=True)
class ExampleNote:
    """A note produced by a calculator's worked example."""

    calculator: str
    example: str
    code: str
    message: str
    reading: str | None


def readings() -> list[NoteEntry]:
    """Every note the documents declare: each option's of each reading, then each warning (its
    summary in Chinese, the language of the notes)."""
    qc.readings()  # every document loaded, each declaring its readings and warnings
    entries = [
        NoteEntry(declared.document, option.note_code, option.note, declared.article, declared.code, option.key)
        for declared in readings_of()
        for option in declared.options
        if option.note_code
    ]
    entries += [
        NoteEntry(
            warning.document,
            warning.code,
            warning.summary,
            warning.article,
            "",
            "",
        )
        for warning in warnings_of()
    ]
    return entries


def example_notes(calculators: Mapping[str, Calculator[Any]]) -> list[ExampleNote]:
    """The notes each calculator's worked examples produce, in registry order."""
    return [
        ExampleNote(name, example.title, note.code, note.message, note.reading)
        for name, example, result in example_results(calculators)
        for note in result.notes
    ]


@dataclass(frozen=True)
class Comparison:
    """One worked ``qc.compare_readings``: a registered example and its outcome under each option."""

    calculator: str
    example: str
    payload: dict[str, Any]
    rows: list[dict[str, Any]]


def comparison(document: str, calculators: Mapping[str, Calculator[Any]], lang: str = "zh") -> Comparison | None:
    """The worked example of ``document`` that depends on the most readings, compared under each
    option of each of them (the first such example in registry order); ``None`` if none depends on any."""
    best: tuple[int, str, Any] | None = None
    for name, example, result in example_results(calculators):
        if name.partition(".")[0] == document and result.readings and (best is None or len(result.readings) > best[0]):
            best = (len(result.readings), name, example)
    if best is None:
        return None
    _, name, example = best
    payload = dict(example.payload)
    return Comparison(name, example.title, payload, qc.compare_readings(name, payload, lang=lang))


_WORDS = {
    "zh": {
        "title": "法规解读",
        "intro": "法规文本留有不止一种读法时，本库把这个问题声明为一个**读法**（`Reading`）对象：代码、条款、问题、"
        "各个选项、默认选项及其理由，与该文件的法规参数放在一起。计算器向求值过程询问当前选项，"
        "并以该选项自己的文字写出 `notes` 中的说明（说明带有读法代码 `reading`）；结果的 `readings` "
        "列出它所依赖的读法及所用选项。调用方可以用 `qc.evaluate(…, readings={代码: 选项})`、"
        "`qinzhou-calc run … --reading 代码=选项` 或 HTTP 的 `_readings` 改用其他选项，"
        "用 `qc.compare_readings(名称, 载荷)` 比较各个选项的结果。只作提示、不涉及解释的说明是**提示**"
        "（warning），同样由文件声明。本页在构建网站时由这些对象生成（`qc.readings()` 与各文件声明的提示），"
        "不读取源代码或注释。",
        "readings": "读法",
        "no readings": "本文件尚未声明读法。",
        "question": "问题",
        "reasoning": "默认的理由",
        "options header": "| 选项 | 默认 | 含义 | 说明代码 |",
        "default mark": "是",
        "comparison": "比较示例",
        "comparison intro": "计算器 [`{name}`]({path}) 的算例“{example}”，"
        "以 `qc.compare_readings` 在它所依赖的每个读法的每个选项下计算：",
        "comparison header": "| 读法 | 选项 | 默认 | 结果 |",
        "no comparison": "本文件的算例都不依赖读法，没有比较示例。",
        "warnings": "提示",
        "warnings intro": "以下说明只作提示（未能核实的日历、已过的时效、需调用方确认的数字），不是对条文的解释：",
        "warnings header": "| 代码 | 条款 | 内容 |",
        "no warnings": "本文件尚未声明提示。",
        "core": "共用的提示",
        "core intro": "以下提示由共用代码写出，适用于任何文件（工作日日历、已届满的文件）：",
        "produced": "算例给出的说明",
        "produced intro": "运行每个计算器的算例（与 `qinzhou-calc demo` 相同）给出下列说明。"
        "“读法”一栏是说明所解释的读法；为空的是提示，或尚未声明为对象的说明。",
        "produced header": "| 计算器 | 算例 | 代码 | 读法 | 内容 |",
        "error": "错误",
        "colon": "：",
    },
    "en": {
        "title": "Readings of the law",
        "intro": "Where the text of a regulation can be read more than one way, the library declares the question "
        "as a **reading** (`Reading`): its code, article, question, options, the default and why, beside the "
        "document's parameters. A calculator asks the evaluation for the option in force and writes the note in "
        "`notes` in that option's own words (the note names the reading under `reading`); a result's `readings` "
        "lists the readings it depended on and the options used. A caller takes another option with "
        "`qc.evaluate(…, readings={code: option})`, `qinzhou-calc run … --reading CODE=OPTION` or `_readings` "
        "over HTTP, and compares the options with `qc.compare_readings(name, payload)`. A note that only warns, "
        "interpreting nothing, is a **warning**, declared by its document too. This page is generated from those "
        "objects when the site is built (`qc.readings()` and the warnings each document declares); it reads "
        "neither the source nor its comments.",
        "readings": "Readings",
        "no readings": "The document declares no reading yet.",
        "question": "Question",
        "reasoning": "Why the default",
        "options header": "| option | default | meaning | note code |",
        "default mark": "yes",
        "comparison": "A worked comparison",
        "comparison intro": "The example “{example}” of [`{name}`]({path}), computed by `qc.compare_readings` "
        "under each option of each reading it depends on:",
        "comparison header": "| reading | option | default | outcome |",
        "no comparison": "No worked example of this document depends on a reading: no comparison.",
        "warnings": "Warnings",
        "warnings intro": "These notes only warn (a calendar not verified, a limitation period passed, a figure "
        "the caller must confirm); they interpret nothing:",
        "warnings header": "| code | article | what it says |",
        "no warnings": "The document declares no warning yet.",
        "core": "Warnings of the core",
        "core intro": "The shared code writes these for any document (the working-day calendar, a document that "
        "has ended):",
        "produced": "Notes produced by the worked examples",
        "produced intro": "Running every calculator's worked examples (as `qinzhou-calc demo` does) produces these "
        "notes. The reading column names the reading a note explains; it is empty for a warning, or for a note not "
        "yet declared as an object.",
        "produced header": "| calculator | example | code | reading | message |",
        "error": "error",
        "colon": ": ",
    },
}


def _outcome(outcome: Mapping[str, Any], words: Mapping[str, str]) -> str:
    """The answer of one option: its non-empty outcome keys, or its error's codes."""
    if "error" in outcome:
        codes = sorted({problem["code"] for problem in outcome["error"]["errors"]})
        return f"{words['error']}: " + ", ".join(f"`{code}`" for code in codes)
    shown = [
        f"`{key}` = `{json.dumps(value, ensure_ascii=False)}`" for key, value in outcome.items() if value is not None
    ]
    return "; ".join(shown) or "—"


def _reading_lines(
    declared: Mapping[str, Any], notes: Mapping[tuple[str, str], str], words: Mapping[str, str]
) -> Iterator[str]:
    yield f"#### `{declared['code']}` — {md_cell(declared['article'])}"
    yield ""
    yield f"**{words['question']}**{words['colon']}{declared['question']}"
    yield ""
    yield words["options header"]
    yield "| --- | --- | --- | --- |"
    for option in declared["options"]:
        mark = words["default mark"] if option["key"] == declared["default"] else ""
        code = notes.get((declared["code"], option["key"]), "")
        yield f"| `{option['key']}` | {mark} | {md_cell(option['summary'])} | {md_code(code) if code else '—'} |"
    yield ""
    yield f"**{words['reasoning']}**{words['colon']}{declared['reasoning']}"
    yield ""


def _comparison_lines(found: Comparison | None, words: Mapping[str, str]) -> Iterator[str]:
    yield f"### {words['comparison']}"
    yield ""
    if found is None:
        yield words["no comparison"]
        yield ""
        return
    yield words["comparison intro"].format(
        name=found.calculator, path=calculator_path(found.calculator), example=md_cell(found.example)
    )
    yield ""
    yield "```python"
    yield f"qc.compare_readings({found.calculator!r}, {json.dumps(found.payload, ensure_ascii=False)})"
    yield "```"
    yield ""
    yield words["comparison header"]
    yield "| --- | --- | --- | --- |"
    for row in found.rows:
        for option in row["options"]:
            mark = words["default mark"] if option["default"] else ""
            yield f"| `{row['code']}` | `{option['key']}` | {mark} | {_outcome(option['outcome'], words)} |"
    yield ""


def _warning_lines(document: str, intro: str, words: Mapping[str, str], lang: str) -> Iterator[str]:
    """The warnings ``document`` declares (``""``: the core's), in ``lang``, after ``intro``."""
    declared = warnings_of(document)
    if not declared:
        yield words["no warnings"]
        yield ""
        return
    yield intro
    yield ""
    yield words["warnings header"]
    yield "| --- | --- | --- |"
    for warning in declared:
        row = warning.to_dict(lang)
        yield f"| `{row['code']}` | {md_cell(row['article']) or '—'} | {md_cell(row['summary'])} |"
    yield ""


def readings_page(
    found: Iterable[NoteEntry],
    produced: Iterable[ExampleNote],
    calculators: Mapping[str, Calculator[Any]],
    lang: str = "zh",
) -> str:
    """The 法规解读 page: per document its readings (each with its options, default and reasoning),
    one worked comparison and its warnings; the core's warnings; the notes the examples produce."""
    words = _WORDS[lang]
    found = list(found)
    notes = {(entry.reading, entry.option): entry.code for entry in found if entry.reading}
    documents = {row["key"]: row for row in qc.documents()}
    lines = [f"# {words['title']}", "", words["intro"], ""]
    for key in DOCUMENTS:
        document = documents[key]
        lines += [f"## {document['number']}《{document['title']}》", "", f"### {words['readings']}", ""]
        declared = qc.readings(document=key, lang=lang)
        if not declared:
            lines += [words["no readings"], ""]
        for reading in declared:
            lines += _reading_lines(reading, notes, words)
        lines += _comparison_lines(comparison(key, calculators, lang) if declared else None, words)
        lines += [f"### {words['warnings']}", ""]
        lines += _warning_lines(key, words["warnings intro"], words, lang)
    lines += [f"## {words['core']}", ""]
    lines += _warning_lines("", words["core intro"], words, lang)
    lines += [f"## {words['produced']}", "", words["produced intro"], "", words["produced header"]]
    lines.append("| --- | --- | --- | --- | --- |")
    lines += [
        f"| [`{note.calculator}`]({calculator_path(note.calculator)}) | {md_cell(note.example)} "
        f"| `{note.code}` | {md_code(note.reading) if note.reading else '—'} | {md_cell(note.message)} |"
        for note in produced
    ]
    lines.append("")
    return "\n".join(lines)
