"""The calculator pages of the documentation site, built from the code itself.

``docs/gen_pages.py`` (run by mkdocs-gen-files) writes what this module returns; the tests in
``tests/docs/`` import it to check that the pages cover every calculator.

* :func:`calculator_page`: one page per registered calculator (its article, inputs from the
  JSON Schema, its cross-field rules, each worked example with its evaluated result, the notes it
  can emit, its citations);
* :func:`calculators_index`: the list of them;
* :func:`with_rules`: a document's page with its calculators' cross-field rules in place of the
  marker line.

The readings of the law are in :mod:`site_readings`, the API reference and the notebooks in
:mod:`site_notebooks`, what all share in :mod:`site_common`.
"""

from __future__ import annotations

import importlib
import inspect
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from site_common import DOCUMENTS, md_cell, md_code, md_json
from site_readings import NoteEntry, example_notes, readings

from qinzhou_calc import InputError
from qinzhou_calc.service import Calculator
from qinzhou_calc.service.lawtext import rules_table

__all__ = [
    "RULES_MARKER",
    "SCREENSHOTS",
    "WORDS",
    "calculator_notes",
    "calculator_page",
    "calculators_index",
    "document_rules",
    "with_rules",
]

#: The words of the generated pages, by language; code, names and the law's text stay as they are.
WORDS: dict[str, dict[str, str]] = {
    "zh": {
        "yes": "是",
        "no": "否",
        "field": "字段",
        "type": "类型",
        "about": "标题 / 说明",
        "required": "必填",
        "default": "默认值",
        "decimal": "十进制数",
        "list of": "列表，元素为",
        "or": " 或 ",
        "any": "任意",
        "article": "条文",
        "calling": "调用方式",
        "by name": '按名称，传入类似 JSON 的输入：`qc.evaluate("{name}", payload)`，或在命令行中 '
        "`qinzhou-calc run {name} --json '{{…}}'`。",
        "typed": "作为有类型的函数调用，关键字参数名即输入字段名：`from qinzhou_calc.{package} import {typed}`"
        "（见 [API 参考](../reference/{package}.md)）。",
        "inputs": "输入",
        "rules": "跨字段规则",
        "rules intro": "JSON Schema 无法表达、读取载荷后由计算器检查的规则（也列在 schema 的 `description` 中）；"
        "违反时 `InputError` 在所列字段之一给出该代码。注明以 `if`/`then` 表达的（某字段取某值时须给出另一些字段），"
        "JSON Schema 也会拒绝。",
        "inputs intro": "输入的各字段，取自其 JSON Schema（`qc.schema(name)`）。",
        "form title": "表单",
        "form": "Web 服务根据这一 schema 生成的表单（`GET /form/{name}?example=1`，已填入第一个算例），"
        "由浏览器测试截图。",
        "examples": "算例",
        "no example": "此计算器尚无算例。",
        "example table": "输入与结果：",
        "input": "输入",
        "result": "结果",
        "str": "`str(result)` 的输出：",
        "payload": "输入（payload）：",
        "to_dict": '`qc.evaluate("{name}", payload).to_dict()`：',
        "refused": "拒绝（`InputError`）",
        "notes": "可能给出的说明（notes）",
        "notes intro": "此计算器在法规文本有歧义处所作的解读，以及它可能给出的提示；"
        "完整的表格见[法规解读](../readings.md)。",
        "no notes": "此计算器不给出说明。",
        "code": "代码",
        "message": "内容",
        "citations": "引用条文",
        "citations intro": "各算例引用的条文。",
        "document": "文件",
        "text": "原文",
        "index title": "计算器",
        "index intro": "每个已注册的计算器一页，在构建网站时由注册表生成：所实现的条文、输入（取自 JSON Schema）、"
        "每个算例及其计算结果、可能给出的说明，以及引用的条文。",
        "calculator": "计算器",
        "title": "名称",
    },
    "en": {
        "yes": "yes",
        "no": "no",
        "field": "field",
        "type": "type",
        "about": "title / description",
        "required": "required",
        "default": "default",
        "decimal": "decimal",
        "list of": "list of",
        "or": " or ",
        "any": "any",
        "article": "The article",
        "calling": "Calling it",
        "by name": 'By name, with a JSON-like payload: `qc.evaluate("{name}", payload)`, or '
        "`qinzhou-calc run {name} --json '{{…}}'` on the command line.",
        "typed": "As a typed function, keyword names being the payload's fields: "
        "`from qinzhou_calc.{package} import {typed}` (see the [API reference](../reference/{package}.md)).",
        "inputs": "Inputs",
        "rules": "Cross-field rules",
        "rules intro": "The rules JSON Schema cannot express, checked by the calculator once the payload is read "
        "(the schema's `description` lists them too); a payload that breaks one gets an `InputError` with its "
        "code at one of the fields listed. Those marked `if`/`then` (fields required when another field has a "
        "given value) the JSON Schema refuses too.",
        "inputs intro": "The payload's fields, from its JSON Schema (`qc.schema(name)`).",
        "form title": "The form",
        "form": "The form the web service generates from this schema (`GET /form/{name}?example=1`, filled "
        "with the first worked example), as the browser tests photograph it.",
        "examples": "Worked examples",
        "no example": "This calculator has no worked example yet.",
        "example table": "Inputs and result:",
        "input": "input",
        "result": "result",
        "str": "As `str(result)` renders it:",
        "payload": "Payload:",
        "to_dict": '`qc.evaluate("{name}", payload).to_dict()`:',
        "refused": "refused (`InputError`)",
        "notes": "Notes it can emit",
        "notes intro": "The readings this calculator makes where the text is ambiguous, and the warnings it "
        "may give; the whole table is under [Readings of the law](../readings.md).",
        "no notes": "This calculator emits no notes.",
        "code": "code",
        "message": "message",
        "citations": "Citations",
        "citations intro": "The provisions the worked examples cite.",
        "document": "document",
        "text": "text",
        "index title": "Calculators",
        "index intro": "One page per registered calculator, generated from the registry when the site is built: "
        "the article it implements, its inputs (from the JSON Schema), each worked example with its "
        "evaluated result, the notes it can emit, and the provisions cited.",
        "calculator": "calculator",
        "title": "title",
    },
}


# --- the calculator pages --------------------------------------------------------------------


def _bounds(node: Mapping[str, Any]) -> list[str]:
    signs = {"minimum": "≥", "exclusiveMinimum": ">", "maximum": "≤", "exclusiveMaximum": "<"}
    found = [f"{sign} {node[key]}" for key, sign in signs.items() if key in node]
    return [", ".join(found)] if found else []


def _type(node: Mapping[str, Any], lang: str = "zh") -> str:
    """A short, readable type for one JSON Schema node."""
    words = WORDS[lang]
    if "$ref" in node:  # a nested object, described under its own heading below
        name = str(node["$ref"]).rsplit("/", 1)[-1]
        return f"[{name}](#{name.lower()})"
    if "enum" in node:
        return " | ".join(f"`{value}`" for value in node["enum"])
    if "anyOf" in node:
        options = node["anyOf"]
        kinds = [option.get("type") for option in options]
        if kinds == ["number", "string"]:  # a Decimal: a JSON number or a decimal string
            return " ".join([words["decimal"], *_bounds(options[0])])
        return words["or"].join(dict.fromkeys(_type(option, lang) for option in options))
    kind = node.get("type")
    if kind == "array":
        return f"{words['list of']} {_type(node.get('items', {}), lang)}"
    if kind == "string" and "format" in node:
        return str(node["format"])
    if kind in {"number", "integer"}:
        return " ".join([str(kind), *_bounds(node)])
    return str(kind) if kind else words["any"]


def _inputs_table(schema: Mapping[str, Any], lang: str = "zh") -> list[str]:
    words = WORDS[lang]
    required = set(schema.get("required", ()))
    lines = [
        f"| {words['field']} | {words['type']} | {words['about']} | {words['required']} | {words['default']} |",
        "| --- | --- | --- | --- | --- |",
    ]
    for name, node in schema.get("properties", {}).items():
        about = node.get("title", "")
        if lang == "en" and node.get("x-title-en"):
            about = f"{node['x-title-en']} ({about})" if about else node["x-title-en"]
        if node.get("description"):
            about = f"{about}：{node['description']}" if about else node["description"]
        default = md_code(json.dumps(node["default"], ensure_ascii=False)) if "default" in node else ""
        needed = words["yes"] if name in required else ""
        lines.append(f"| `{name}` | {md_cell(_type(node, lang))} | {md_cell(about)} | {needed} | {default} |")
    return lines


def _is_chinese(text: str) -> bool:
    """More Chinese characters than English words: the law's words, not a developer's note."""
    return sum("\u4e00" <= char <= "\u9fff" for char in text) > len(re.findall(r"[A-Za-z]+", text))


def _article(calc: Calculator[Any], lang: str = "zh") -> list[str]:
    """The article the calculator implements, quoted from the head of its docstring in the law's own
    words. The docstring's English paragraphs (what it returns, for the API reference) follow the
    quote on the English page only."""
    paragraphs = inspect.cleandoc(calc.compute.__doc__ or "").split("\n\n")
    quoted = "\n\n".join(paragraph for paragraph in paragraphs if _is_chinese(paragraph))
    lines = [f"> {line}" if line else ">" for line in quoted.splitlines()]
    if lang == "en":
        for paragraph in paragraphs:
            if not _is_chinese(paragraph):
                lines += ["", " ".join(paragraph.split())]
    return lines


def _typed_name(calc: Calculator[Any]) -> str | None:
    """The name under which the calculator's subpackage exports it as a typed function."""
    package = importlib.import_module(f"qinzhou_calc.{calc.name.split('.', 1)[0]}")
    return next((name for name in getattr(package, "__all__", ()) if getattr(package, name) is calc), None)


def _calling(calc: Calculator[Any], lang: str = "zh") -> list[str]:
    package = calc.name.split(".", 1)[0]
    typed = _typed_name(calc)
    lines = [WORDS[lang]["by name"].format(name=calc.name)]
    if typed:
        lines += ["", WORDS[lang]["typed"].format(package=package, typed=typed)]
    return lines


def _evaluated(calc: Calculator[Any], payload: Mapping[str, Any]) -> dict[str, Any]:
    try:
        return calc.evaluate(payload).to_dict()
    except InputError as error:  # an example may show a refusal; show it as the CLI would
        return error.to_dict()


def _flatten(value: object, path: str = "") -> Iterator[tuple[str, object]]:
    """``(field path, value)`` for every leaf of a payload: ``school.type``, ``points[0]``."""
    if isinstance(value, Mapping):
        for key, item in value.items():
            yield from _flatten(item, f"{path}.{key}" if path else str(key))
    elif isinstance(value, list | tuple) and value:
        for index, item in enumerate(value):
            yield from _flatten(item, f"{path}[{index}]")
    else:
        yield path, value


#: The keys of ``Result.to_dict()`` that say what came out, in the order the table shows them.
_OUTCOME = ("eligible", "amount", "minimum", "maximum", "mandatory", "deadline", "score", "count")


def _shown(value: object) -> str:
    """A value of a payload or result as inline code: text as it is, anything else as JSON."""
    return md_code(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str))


def _example_table(result: Mapping[str, Any], payload: Mapping[str, Any], lang: str) -> list[str]:
    """One worked example as a table: each input field, then what the result says."""
    words = WORDS[lang]
    lines = [f"| | {words['field']} | |", "| --- | --- | --- |"]
    lines += [f"| {words['input']} | `{path}` | {_shown(value)} |" for path, value in _flatten(payload)]
    if "error" in result:
        problems = result["error"].get("errors", [])
        lines += [
            f"| {words['result']} | {words['refused']} | `{md_cell(p['field'])}`: `{p['code']}` |" for p in problems
        ]
        return lines
    for key in _OUTCOME:
        if result.get(key) is not None:
            lines.append(f"| **{words['result']}** | `{key}` | **{_shown(result[key])}** |")
    for row in result.get("ranking") or ():
        lines.append(
            f"| **{words['result']}** | `ranking[{row['rank']}]` | {md_cell(row['name'])}: **{row['total']}** |"
        )
    for reason in result.get("reasons") or ():
        lines.append(f"| {words['result']} | `reasons` | `{reason['code']}` |")
    return lines


def _rendered(calc: Calculator[Any], payload: Mapping[str, Any]) -> str | None:
    try:
        return str(calc.evaluate(payload))
    except InputError:
        return None


def calculator_notes(calc: Calculator[Any], found: Iterable[NoteEntry] | None = None) -> dict[str, str]:
    """The notes ``calc`` can emit, by code: each option's of every reading its worked examples
    depend on, and the notes its examples produce (warnings among them)."""
    produced = example_notes({calc.name: calc})
    depended = {note.reading for note in produced if note.reading}
    notes: dict[str, str] = {}
    for entry in readings() if found is None else found:
        if entry.reading in depended:
            notes.setdefault(entry.code, entry.message)
    for note in produced:
        notes.setdefault(note.code, note.message)
    return notes


#: Where the browser tests leave a screenshot of each calculator's form, ``<name>.png``
#: (``tests/docs/test_browser.py``; CI runs the tests before it builds the site). A calculator
#: page shows its form when the file is there; ``docs/gen_pages.py`` copies it into the site.
SCREENSHOTS = Path(__file__).resolve().parent.parent / "build" / "screenshots" / "forms"


def calculator_page(
    calc: Calculator[Any],
    lang: str = "zh",
    found: Iterable[NoteEntry] | None = None,
    screenshots: Path = SCREENSHOTS,
) -> str:
    """The markdown page of one calculator, in ``lang``."""
    words = WORDS[lang]
    schema = calc.schema()
    lines = [f"# `{calc.name}` — {calc.title}", ""]
    if calc.document is not None:
        lines += [f"{calc.document.number} 《{calc.document.title}》", ""]
    lines += [f"## {words['article']}", "", *_article(calc, lang), ""]
    lines += [f"## {words['calling']}", "", *_calling(calc, lang), ""]
    lines += [f"## {words['inputs']}", "", words["inputs intro"], ""]
    lines += _inputs_table(schema, lang)
    if (screenshots / f"{calc.name}.png").is_file():
        form = words["form"].format(name=calc.name)
        lines += [
            "",
            f"### {words['form title']}",
            "",
            form,
            "",
            f"![{words['form title']}](../screenshots/{calc.name}.png)",
        ]
    for name, definition in schema.get("$defs", {}).items():
        lines += ["", f"### `{name}`", ""]
        if definition.get("description"):
            lines += [md_cell(definition["description"]), ""]
        lines += _inputs_table(definition, lang)
    lines += ["", f"## {words['rules']}", ""]
    lines += [words["rules intro"], "", *rules_table(calc.rules, lang)] if calc.rules else rules_table((), lang)
    citations: dict[tuple[str, str, str], str] = {}
    lines += ["", f"## {words['examples']}", ""]
    if not calc.examples:
        lines += [words["no example"], ""]
    for number, example in enumerate(calc.examples, 1):
        result = _evaluated(calc, example.payload)
        for citation in result.get("citations", ()):
            key = (citation["document"], citation["article"], citation["clause"] or "")
            citations.setdefault(key, citation["text"])
        lines += [f"### {number}. {example.title}", "", words["example table"], ""]
        lines += [*_example_table(result, example.payload, lang), ""]
        rendered = _rendered(calc, example.payload)
        if rendered is not None:
            lines += [words["str"], "", "```text", rendered, "```", ""]
        lines += [
            words["payload"],
            "",
            "```json",
            md_json(dict(example.payload)),
            "```",
            "",
            words["to_dict"].format(name=calc.name),
            "",
            "```json",
            md_json(result),
            "```",
            "",
        ]
    lines += [f"## {words['notes']}", ""]
    notes = calculator_notes(calc, found)
    if notes:
        lines += [words["notes intro"], "", f"| {words['code']} | {words['message']} |", "| --- | --- |"]
        lines += [f"| `{code}` | {md_cell(message)} |" for code, message in notes.items()]
    else:
        lines.append(words["no notes"])
    lines += ["", f"## {words['citations']}", ""]
    if citations:
        lines += [words["citations intro"], ""]
        lines += [f"| {words['document']} | {words['article']} | {words['text']} |", "| --- | --- | --- |"]
        lines += [
            f"| {md_cell(document)} | {md_cell(article + clause)} | {md_cell(text)} |"
            for (document, article, clause), text in citations.items()
        ]
    elif calc.document is not None:
        basis = calc.document.basis
        lines += [f"{md_cell(basis)}: {md_cell(basis.text)}" if basis is not None else calc.document.number]
    lines.append("")
    return "\n".join(lines)


def calculators_index(calculators: Mapping[str, Calculator[Any]], lang: str = "zh") -> str:
    """The page listing every calculator, by document."""
    words = WORDS[lang]
    lines = [f"# {words['index title']}", "", words["index intro"], ""]
    for document in DOCUMENTS:
        names = sorted(name for name in calculators if name.split(".", 1)[0] == document)
        if not names:
            continue
        number = next((c.document.number for n in names if (c := calculators[n]).document), "")
        lines += [
            f"## {document} — {number}",
            "",
            f"| {words['calculator']} | {words['title']} |",
            "| --- | --- |",
        ]
        lines += [f"| [`{name}`]({name}.md) | {md_cell(calculators[name].title)} |" for name in names]
        lines.append("")
    return "\n".join(lines)


#: Where a document's page (``docs/<document>.md``, both languages) shows its calculators' cross-field
#: rules: the build replaces this line with one table per calculator (:func:`with_rules`).
RULES_MARKER = "<!-- cross-field-rules -->"


def document_rules(document: str, calculators: Mapping[str, Calculator[Any]], lang: str = "zh") -> str:
    """The cross-field rules of every calculator of ``document``, a table each, from ``Calculator.rules``."""
    lines: list[str] = []
    for name in sorted(n for n in calculators if n.split(".", 1)[0] == document):
        calc = calculators[name]
        lines += [
            f"### [`{name}`](calculators/{name}.md) — {md_cell(calc.title)}",
            "",
            *rules_table(calc.rules, lang),
            "",
        ]
    return "\n".join(lines)


def with_rules(page: str, document: str, calculators: Mapping[str, Calculator[Any]], lang: str = "zh") -> str:
    """A document's hand-written page with its rules in place of :data:`RULES_MARKER`."""
    if RULES_MARKER not in page:
        raise ValueError(f"the page of {document} ({lang}) has no {RULES_MARKER} line")
    return page.replace(RULES_MARKER, document_rules(document, calculators, lang))
