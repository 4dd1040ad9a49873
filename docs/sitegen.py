"""The generated pages of the documentation site, built from the code itself.

``docs/gen_pages.py`` (run by mkdocs-gen-files) writes what this module returns; the tests in
``tests/docs/`` import it to check that the pages cover every calculator and every reading.

* :func:`calculator_page`: one page per registered calculator (its article, inputs from the
  JSON Schema, each worked example with its evaluated result, its citations);
* :func:`source_readings`: every ``ex.note("code", "message")`` call in the document
  subpackages, found with :mod:`ast`, with the comment above it;
* :func:`example_notes`: the notes the worked examples actually produce;
* :func:`readings_page`: both in one table (document, article, ambiguity, reading chosen).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import io
import json
import re
import tokenize
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qinzhou_calc import InputError
from qinzhou_calc._core.registry import Calculator, load_all
from qinzhou_calc._core.rules import markdown_table

__all__ = [
    "DOCUMENTS",
    "LANGUAGES",
    "NOTEBOOKS",
    "SCREENSHOTS",
    "SOURCE",
    "WORDS",
    "ExampleNote",
    "Notebook",
    "Reading",
    "calculator_notes",
    "calculator_page",
    "calculator_path",
    "calculators_index",
    "example_notes",
    "examples_page",
    "executed_notebook",
    "localized",
    "notebook_page",
    "notebook_title",
    "readings",
    "readings_page",
    "reference_pages",
    "source_readings",
]

#: The package whose document subpackages are read.
SOURCE = Path(__file__).resolve().parent.parent / "src" / "qinzhou_calc"

#: The document subpackages, in the order of the README.
DOCUMENTS = ("education", "roads", "techinno", "banking")

_ARTICLE = re.compile(
    r"第[一二三四五六七八九十百零]+条(?:（[一二三四五六七八九十]+）)?|附件\d*(?: [一二三四五六七八九十]+(?=[（(]|\b))?"
)


# --- small markdown helpers ------------------------------------------------------------------


def _cell(text: object) -> str:
    """``text`` made safe for one cell of a markdown table."""
    return " ".join(str(text).split()).replace("|", "\\|")


def _code(text: object) -> str:
    """``text`` as inline code inside a table cell."""
    return f"`{_cell(text)}`"


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2, default=str)


#: The languages of the site: Chinese, the default (``foo.md``), and English (``foo.en.md``).
LANGUAGES = ("zh", "en")


def localized(path: str, lang: str) -> str:
    """The file of page ``path`` (``foo.md``) in language ``lang``: ``foo.md`` in Chinese, ``foo.en.md``."""
    return path if lang == "zh" else f"{path.removesuffix('.md')}.{lang}.md"


def calculator_path(name: str, lang: str = "zh") -> str:
    """The site path of calculator ``name``'s page, relative to the docs directory.

    Links between pages use the Chinese path: mkdocs-static-i18n points them at the page of the
    reader's language.
    """
    return localized(f"calculators/{name}.md", lang)


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
        "违反时 `InputError` 在所列字段之一给出该代码。",
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
        "code at one of the fields listed.",
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
        default = _code(json.dumps(node["default"], ensure_ascii=False)) if "default" in node else ""
        needed = words["yes"] if name in required else ""
        lines.append(f"| `{name}` | {_cell(_type(node, lang))} | {_cell(about)} | {needed} | {default} |")
    return lines


def _article(calc: Calculator[Any]) -> list[str]:
    doc = inspect.cleandoc(calc.compute.__doc__ or "")
    return [f"> {line}" if line else ">" for line in doc.splitlines()]


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
    return _code(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str))


def _example_table(result: Mapping[str, Any], payload: Mapping[str, Any], lang: str) -> list[str]:
    """One worked example as a table: each input field, then what the result says."""
    words = WORDS[lang]
    lines = [f"| | {words['field']} | |", "| --- | --- | --- |"]
    lines += [f"| {words['input']} | `{path}` | {_shown(value)} |" for path, value in _flatten(payload)]
    if "error" in result:
        problems = result["error"].get("errors", [])
        lines += [
            f"| {words['result']} | {words['refused']} | `{_cell(p['field'])}`: `{p['code']}` |" for p in problems
        ]
        return lines
    for key in _OUTCOME:
        if result.get(key) is not None:
            lines.append(f"| **{words['result']}** | `{key}` | **{_shown(result[key])}** |")
    for row in result.get("ranking") or ():
        lines.append(f"| **{words['result']}** | `ranking[{row['rank']}]` | {_cell(row['name'])}: **{row['total']}** |")
    for reason in result.get("reasons") or ():
        lines.append(f"| {words['result']} | `reasons` | `{reason['code']}` |")
    return lines


def _rendered(calc: Calculator[Any], payload: Mapping[str, Any]) -> str | None:
    try:
        return str(calc.evaluate(payload))
    except InputError:
        return None


def calculator_notes(calc: Calculator[Any], found: Iterable[Reading] | None = None) -> dict[str, str]:
    """The notes ``calc`` can emit, by code: those written in its module, and its examples' own."""
    module = Path(inspect.getsourcefile(calc.compute) or "").name
    document = calc.name.split(".", 1)[0]
    notes: dict[str, str] = {}
    for reading in readings() if found is None else found:
        if reading.document == document and reading.module == module:
            notes.setdefault(reading.code, reading.message)
    for note in example_notes({calc.name: calc}):
        notes.setdefault(note.code, note.message)
    return notes


#: Where the browser tests leave a screenshot of each calculator's form, ``<name>.png``
#: (``tests/docs/test_browser.py``; CI runs the tests before it builds the site). A calculator
#: page shows its form when the file is there; ``docs/gen_pages.py`` copies it into the site.
SCREENSHOTS = Path(__file__).resolve().parent.parent / "build" / "screenshots" / "forms"


def calculator_page(
    calc: Calculator[Any],
    lang: str = "zh",
    found: Iterable[Reading] | None = None,
    screenshots: Path = SCREENSHOTS,
) -> str:
    """The markdown page of one calculator, in ``lang``."""
    words = WORDS[lang]
    schema = calc.schema()
    lines = [f"# `{calc.name}` — {calc.title}", ""]
    if calc.document is not None:
        lines += [f"{calc.document.number} 《{calc.document.title}》", ""]
    lines += [f"## {words['article']}", "", *_article(calc), ""]
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
            lines += [_cell(definition["description"]), ""]
        lines += _inputs_table(definition, lang)
    lines += ["", f"## {words['rules']}", ""]
    lines += [words["rules intro"], "", *markdown_table(calc.rules, lang)] if calc.rules else markdown_table((), lang)
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
            _json(dict(example.payload)),
            "```",
            "",
            words["to_dict"].format(name=calc.name),
            "",
            "```json",
            _json(result),
            "```",
            "",
        ]
    lines += [f"## {words['notes']}", ""]
    notes = calculator_notes(calc, found)
    if notes:
        lines += [words["notes intro"], "", f"| {words['code']} | {words['message']} |", "| --- | --- |"]
        lines += [f"| `{code}` | {_cell(message)} |" for code, message in notes.items()]
    else:
        lines.append(words["no notes"])
    lines += ["", f"## {words['citations']}", ""]
    if citations:
        lines += [words["citations intro"], ""]
        lines += [f"| {words['document']} | {words['article']} | {words['text']} |", "| --- | --- | --- |"]
        lines += [
            f"| {_cell(document)} | {_cell(article + clause)} | {_cell(text)} |"
            for (document, article, clause), text in citations.items()
        ]
    elif calc.document is not None:
        basis = calc.document.basis
        lines += [f"{_cell(basis)}: {_cell(basis.text)}" if basis is not None else calc.document.number]
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
        lines += [f"| [`{name}`]({name}.md) | {_cell(calculators[name].title)} |" for name in names]
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
            f"### [`{name}`](calculators/{name}.md) — {_cell(calc.title)}",
            "",
            *markdown_table(calc.rules, lang),
            "",
        ]
    return "\n".join(lines)


def with_rules(page: str, document: str, calculators: Mapping[str, Calculator[Any]], lang: str = "zh") -> str:
    """A document's hand-written page with its rules in place of :data:`RULES_MARKER`."""
    if RULES_MARKER not in page:
        raise ValueError(f"the page of {document} ({lang}) has no {RULES_MARKER} line")
    return page.replace(RULES_MARKER, document_rules(document, calculators, lang))


# --- the readings of the law -----------------------------------------------------------------


@dataclass(frozen=True)
class Reading:
    """One ``ex.note`` call in the source: where it is and what it says."""

    document: str  #: the subpackage, e.g. ``roads``
    module: str  #: the module's file name, e.g. ``art24_unpermitted_excavation.py``
    line: int
    code: str
    message: str  #: the reading chosen; ``{expr}`` where the code formats a value in
    comment: str  #: the comment above the call (or above the message's constant)
    article: str
    function: str  #: the enclosing top-level function


@dataclass(frozen=True)
class ExampleNote:
    """A note produced by a calculator's worked example."""

    calculator: str
    example: str
    code: str
    message: str


def _comments(source: str) -> dict[int, str]:
    """Each line's comment text (without ``#``), by line number."""
    found: dict[int, str] = {}
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            found[token.start[0]] = token.string.lstrip("#").strip()
    return found


def _comment_above(line: int, lines: list[str], comments: Mapping[int, str]) -> str:
    """The block of whole-line comments directly above ``line`` (1-based)."""
    block: list[str] = []
    number = line - 1
    while number >= 1 and lines[number - 1].strip().startswith("#"):
        if not lines[number - 1].strip().startswith("#:"):  # a Sphinx doc comment says what, not why
            block.insert(0, comments.get(number, ""))
        number -= 1
    return " ".join(part for part in block if part)


_HEADER = re.compile(
    r"^(?:读法[（(][^）)]*[）)][：:]?|Reading(?: \([^)]*\))?(?:, the note's own words)?[:：]?|Reading:)\s*"
)


_NAMED = re.compile(r"^(?:读法[（(]|Reading \()(?P<code>\w+)[）)]")

#: How far above an ``ex.note`` call its comment may be (a line or two computing what it notes).
_REACH = 6


def _comment_for(code: str, line: int, lines: list[str], comments: Mapping[int, str]) -> str:
    """The comment that gives the reasons for the note of ``code`` called on ``line``.

    The comment directly above, else the nearest one a few lines of code up in the same block,
    not crossing a blank line, the start of a block or another note, and not one naming
    another code.
    """
    indent = len(lines[line - 1]) - len(lines[line - 1].lstrip())
    number = line - 1
    code_lines = 0
    while number >= 1 and code_lines <= _REACH:
        text = lines[number - 1]
        stripped = text.strip()
        if stripped.startswith("#"):
            found = _comment_above(number + 1, lines, comments)
            named = _NAMED.match(found)
            return "" if named and named["code"] != code else found
        if not stripped or ".note(" in stripped or stripped.endswith(":") or len(text) - len(text.lstrip()) < indent:
            return ""
        code_lines += 1
        number -= 1
    return ""


def _clean_comment(comment: str) -> str:
    return _HEADER.sub("", comment).strip()


def _text(node: ast.expr, constants: Mapping[str, str], *, inner: bool = False) -> str | None:
    """The string an expression evaluates to, ``{expr}`` for the values formatted in.

    None when it cannot be known from the source (a variable passed through), unless ``inner``:
    inside an f-string or a concatenation such a part is shown as ``{expr}``.
    """
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name) and node.id in constants:
        return constants[node.id]
    if isinstance(node, ast.JoinedStr):
        parts: list[str] = []
        for value in node.values:
            if isinstance(value, ast.FormattedValue):
                parts.append("{" + ast.unparse(value.value) + "}")
            else:
                parts.append(_text(value, constants, inner=True) or "")
        return "".join(parts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left = _text(node.left, constants, inner=inner)
        right = _text(node.right, constants, inner=True)
        return None if left is None or right is None else left + right
    return "{" + ast.unparse(node) + "}" if inner else None


@dataclass
class _Module:
    path: Path
    tree: ast.Module
    lines: list[str]
    comments: dict[int, str]
    constants: dict[str, str] = field(default_factory=dict)
    constant_lines: dict[str, int] = field(default_factory=dict)


def _module_constants(module: _Module) -> None:
    for statement in module.tree.body:
        if isinstance(statement, ast.Assign | ast.AnnAssign):
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            if statement.value is None:
                continue
            value = _text(statement.value, module.constants)
            for target in targets:
                if isinstance(target, ast.Name) and value is not None:
                    module.constants[target.id] = value
                    module.constant_lines[target.id] = statement.lineno


def _imported_constants(module: _Module, siblings: Mapping[str, _Module]) -> None:
    """Add the constants ``module`` imports from its sibling modules (``from ._plan import X``)."""
    for statement in module.tree.body:
        if isinstance(statement, ast.ImportFrom) and statement.level == 1 and (statement.module or "") in siblings:
            source = siblings[statement.module or ""]
            for alias in statement.names:
                if alias.name in source.constants:
                    module.constants[alias.asname or alias.name] = source.constants[alias.name]


def _module_article(module: _Module) -> str:
    """The part of the law a module implements, from the head of its docstring."""
    doc = (ast.get_docstring(module.tree) or "").splitlines()
    head = doc[0].rstrip(".") if doc else module.path.stem
    before = head.split(":", 1)[0].strip()
    if ":" in head and _ARTICLE.search(before) and len(before) <= 24:  # a short heading
        return before
    found = list(dict.fromkeys(match.strip() for match in _ARTICLE.findall(head)))
    return "、".join(found) or f"{before} ({module.path.name})"


def _note_calls(tree: ast.Module) -> Iterator[tuple[str, ast.Call]]:
    """Every ``<x>.note(code, message)`` call, with its enclosing top-level function's name."""
    for statement in tree.body:
        owner = statement.name if isinstance(statement, ast.FunctionDef) else ""
        for node in ast.walk(statement):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "note"
                and len(node.args) == 2  # note(code, message)
            ):
                yield owner, node


def _load(path: Path) -> _Module:
    source = path.read_text(encoding="utf-8")
    return _Module(path, ast.parse(source), source.splitlines(), _comments(source))


def source_readings(source: Path = SOURCE) -> list[Reading]:
    """Every ``ex.note`` call with a literal (or constant) code in the document subpackages."""
    found: list[Reading] = []
    for document in DOCUMENTS:
        modules = {path.stem: _load(path) for path in sorted((source / document).glob("*.py"))}
        for module in modules.values():
            _module_constants(module)
        for module in modules.values():
            _imported_constants(module, modules)
        for module in modules.values():
            article = _module_article(module)
            for owner, call in _note_calls(module.tree):
                code = _text(call.args[0], module.constants)
                message = _text(call.args[1], module.constants)
                if code is None or message is None:
                    continue  # a code passed through (e.g. calendar caveats): seen in the examples instead
                comment = _clean_comment(_comment_for(code, call.lineno, module.lines, module.comments))
                constant = call.args[1].id if isinstance(call.args[1], ast.Name) else ""
                if constant in module.constant_lines and (not comment or _same(comment, message)):
                    # the comment above the call repeats the note: the reasons are above the constant
                    above = _comment_above(module.constant_lines[constant], module.lines, module.comments)
                    comment = _clean_comment(above) or comment
                found.append(
                    Reading(
                        document=document,
                        module=module.path.name,
                        line=call.lineno,
                        code=code,
                        message=message,
                        comment=comment,
                        article=article,
                        function=owner,
                    )
                )
    return found


def readings(source: Path = SOURCE) -> list[Reading]:
    """The source readings, one per (document, code, message): repeated calls merged."""
    seen: dict[tuple[str, str, str], Reading] = {}
    for reading in source_readings(source):
        key = (reading.document, reading.code, reading.message)
        if key not in seen or (not seen[key].comment and reading.comment):
            seen[key] = reading
    return list(seen.values())


def example_notes(calculators: Mapping[str, Calculator[Any]]) -> list[ExampleNote]:
    """The notes each calculator's worked examples produce, in registry order."""
    found: list[ExampleNote] = []
    for name in sorted(calculators):
        calc = calculators[name]
        for example in calc.examples:
            try:
                result = calc.evaluate(example.payload)
            except InputError:
                continue
            found += [ExampleNote(name, example.title, note.code, note.message) for note in result.notes]
    return found


def _same(a: str, b: str) -> bool:
    def squeeze(text: str) -> str:
        return re.sub(r"[\W_]+", "", text)

    return squeeze(a) == squeeze(b)


_READINGS = {
    "zh": {
        "title": "法规解读",
        "intro": "法规文本可以有不止一种读法时，代码选定一种读法，在注释中说明理由，`Result` 的 `notes` "
        "中带有一条 `{code, message}` 说明所选读法。本页在构建网站时由源代码生成：`src/qinzhou_calc/<document>/` "
        '中每一处 `ex.note("code", "message")` 调用，以及写在它上方的注释（英文，即代码中的原文）。'
        "读法中的 `{…}` 表示运行时填入的值。",
        "header": "| 文件 | 条款 | 代码 | 歧义所在 | 所选读法 | 源代码 | 出现于以下计算器的算例 |",
        "produced": "算例给出的说明",
        "produced intro": "运行每个计算器的算例（与 `qinzhou-calc demo` 相同）会给出下列说明。"
        "不在上表中的代码来自共用代码（例如日历关于未经核实的地方休息日的提示）。",
        "produced header": "| 计算器 | 算例 | 代码 | 内容 |",
        "shared": "（共用）",
    },
    "en": {
        "title": "Readings of the law",
        "intro": "Where the text of a regulation can be read more than one way, the code picks one reading, "
        "says why in a comment, and the `Result` carries a `notes` entry `{code, message}` with the "
        "reading. This page is generated from the source when the site is built: every "
        '`ex.note("code", "message")` call in `src/qinzhou_calc/<document>/`, with the comment written '
        "above it. `{…}` in a reading stands for a value filled in at run time.",
        "header": "| document | article | code | the ambiguity | the reading chosen | source | in the examples of |",
        "produced": "Notes produced by the worked examples",
        "produced intro": "Running every calculator's worked examples (as `qinzhou-calc demo` does) produces these "
        "notes. Codes not in the table above are passed through from shared code (for example the calendar's "
        "caveats about unverified regional rest days).",
        "produced header": "| calculator | example | code | message |",
        "shared": " (shared)",
    },
}


def readings_page(
    found: Iterable[Reading],
    produced: Iterable[ExampleNote],
    calculators: Mapping[str, Calculator[Any]],
    lang: str = "zh",
) -> str:
    """The "readings of the law" page: one row per interpretation note."""
    words = _READINGS[lang]
    numbers: dict[str, str] = {}
    for name, calc in calculators.items():
        if calc.document is not None:
            numbers.setdefault(name.split(".", 1)[0], calc.document.number)
    produced = list(produced)
    by_code: dict[str, list[str]] = {}
    for note in produced:
        by_code.setdefault(note.code, [])
        if note.calculator not in by_code[note.code]:
            by_code[note.code].append(note.calculator)

    def examples(code: str) -> str:
        return ", ".join(f"[`{name}`]({calculator_path(name)})" for name in by_code.get(code, ()))

    lines = [
        f"# {words['title']}",
        "",
        words["intro"],
        "",
        words["header"],
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    ordered = sorted(found, key=lambda r: (DOCUMENTS.index(r.document), r.module, r.line))
    for reading in ordered:
        ambiguity = "" if _same(reading.comment, reading.message) else reading.comment
        lines.append(
            f"| {_cell(numbers.get(reading.document, reading.document))} | {_cell(reading.article)} "
            f"| `{reading.code}` | {_cell(ambiguity) or '—'} | {_cell(reading.message)} "
            f"| `{reading.document}/{reading.module}:{reading.line}` | {examples(reading.code)} |"
        )
    static_codes = {reading.code for reading in ordered}
    extra = [note for note in produced if note.code not in static_codes]
    lines += ["", f"## {words['produced']}", "", words["produced intro"], "", words["produced header"]]
    lines.append("| --- | --- | --- | --- |")
    lines += [
        f"| [`{note.calculator}`]({calculator_path(note.calculator)}) | {_cell(note.example)} "
        f"| `{note.code}`{words['shared'] if note in extra else ''} | {_cell(note.message)} |"
        for note in produced
    ]
    lines.append("")
    return "\n".join(lines)


def all_calculators() -> dict[str, Calculator[Any]]:
    """The registry, every document loaded."""
    return dict(load_all())


# --- the API reference, the notebooks --------------------------------------------------------

_REFERENCE_INTRO = {
    "zh": {
        "qinzhou_calc": "顶层 API：列出计算器、读取其 JSON Schema、逐个或批量计算输入，以及每个调用者都会用到的 "
        "`Result`、`InputError` 和 `Citation` 类型。（下面的说明文字取自代码的文档字符串，为英文。）",
        "education": "钦政办规〔2019〕11号：民办教育扶持政策的有类型计算器。",
        "roads": "政府令第11号（政府令第12号修改）：道路挖掘修复管理办法的罚款与期限。",
        "techinno": "钦政发〔2019〕17号：科技创新三年行动实施方案的奖励、补助与目标。",
        "banking": "钦市财规〔2019〕3号：银行参与资格、评分表与资金存放规则。",
        "title": "API 参考",
        "each": "各文件的有类型计算器各有一页：",
        "typed": "有类型的计算器以关键字参数调用，参数名即输入字段名，返回 `Result`，与 `evaluate` 完全相同。",
        "pages": "每个计算器的输入与算例见[计算器](../calculators/index.md)。",
    },
    "en": {
        "qinzhou_calc": "The top-level API: list the calculators, read their schemas, evaluate payloads "
        "one at a time or in bulk, and the `Result`, `InputError` and `Citation` types every caller sees.",
        "education": "钦政办规〔2019〕11号: the typed calculators of the education policy.",
        "roads": "政府令第11号 (as amended by 政府令第12号): the fines and deadlines of the roads measures.",
        "techinno": "钦政发〔2019〕17号: rewards, subsidies and targets of the technology-innovation plan.",
        "banking": "钦市财规〔2019〕3号: bank eligibility, the scoring table and the deposit rules.",
        "title": "API reference",
        "each": "Each document's typed calculators are on their own page: ",
        "typed": "A typed calculator is called with keyword arguments named as the payload's fields and "
        "returns a `Result`, exactly as `evaluate` does.",
        "pages": "Each calculator has a page with its inputs and worked examples under "
        "[Calculators](../calculators/index.md).",
    },
}


def reference_pages(lang: str = "zh") -> dict[str, str]:
    """The API reference pages (mkdocstrings directives), by site path (without the language suffix)."""
    words = _REFERENCE_INTRO[lang]
    separator = "、" if lang == "zh" else ", "
    pages = {
        "reference/index.md": "\n".join(
            [
                f"# {words['title']}: `qinzhou_calc`",
                "",
                words["qinzhou_calc"],
                "",
                words["each"]
                + separator.join(f"[`qinzhou_calc.{d}`]({d}.md)" for d in DOCUMENTS)
                + ("。" if lang == "zh" else ". ")
                + words["typed"],
                "",
                "::: qinzhou_calc",
                "",
            ]
        ),
    }
    for document in DOCUMENTS:
        pages[f"reference/{document}.md"] = "\n".join(
            [
                f"# `qinzhou_calc.{document}`",
                "",
                f"{words[document]} {words['pages']}",
                "",
                f"::: qinzhou_calc.{document}",
                "",
            ]
        )
    return pages


#: The example notebooks and what each shows; only those present are linked.
NOTEBOOKS = {
    "bank_scoring.ipynb": {
        "zh": "用 `banking.score_banks` 为一组银行评分，并画出各项指标得分。",
        "en": "Scoring a set of banks with `banking.score_banks` and plotting the indicator breakdown.",
    },
    "education_subsidies.ipynb": {
        "zh": "用 pandas 为一张学校表计算民办教育补助。",
        "en": "Computing the education subsidies for a table of schools with pandas.",
    },
    "policy_simulation.ipynb": {
        "zh": "政策模拟：约 500 所虚构学校，现行新建补助与两个改革方案的成本和逐校变化。",
        "en": "Policy simulation: about 500 synthetic schools, the cost of the new-build subsidy now and under "
        "two reforms.",
    },
}

_EXAMPLES = {
    "zh": {
        "title": "示例笔记本",
        "intro": "`docs/examples/` 中的 Jupyter 笔记本。每一本在构建网站时从头到尾执行，连同输出、表格和图表成为"
        "一页；测试套件也执行它们。下载后可在 Jupyter 中打开，需要可选依赖 `qinzhou-calc[notebook]`"
        "（pandas 和 matplotlib）。",
        "none": "本次构建中没有笔记本。",
        "download": "下载",
        "separator": "：",
    },
    "en": {
        "title": "Example notebooks",
        "intro": "Jupyter notebooks in `docs/examples/`. Each is run from top to bottom when the site is built and "
        "becomes a page with its outputs, tables and figures; the test suite runs them too. Download one to open "
        "it in Jupyter; it needs the optional extra `qinzhou-calc[notebook]` (pandas and matplotlib).",
        "none": "No notebook is in this build.",
        "download": "download",
        "separator": ": ",
    },
}


def examples_page(folder: Path, lang: str = "zh") -> str:
    """The page listing the example notebooks in ``folder`` (those present): each one's page and file."""
    words = _EXAMPLES[lang]
    lines = [f"# {words['title']}", "", words["intro"], ""]
    present = sorted(folder.glob("*.ipynb")) if folder.is_dir() else []
    if not present:
        lines.append(words["none"])
    for path in present:
        about = NOTEBOOKS.get(path.name, {}).get(lang, "")
        download = f"（{words['download']} [`{path.name}`](examples/{path.name})）"
        lines.append(
            f"- [{notebook_title(path)}](examples/{path.stem}.md){download}"
            + (words["separator"] + about if about else "")
        )
    lines.append("")
    return "\n".join(lines)


# --- the notebooks as pages ------------------------------------------------------------------


@dataclass(frozen=True)
class Notebook:
    """An example notebook executed for the site: its page and the figures it drew."""

    name: str  #: the file's name, e.g. ``bank_scoring.ipynb``
    body: str  #: the notebook as markdown (nbconvert), its figures linked as ``<stem>_files/…``
    figures: dict[str, bytes]  #: the figures, by path relative to the notebook's folder

    @property
    def stem(self) -> str:
        return self.name.removesuffix(".ipynb")


#: Each notebook is executed once per build process (mkdocs builds both languages in one).
_EXECUTED: dict[tuple[str, int], Notebook] = {}


def notebook_title(path: Path) -> str:
    """The first heading of the notebook's markdown cells (read, not executed)."""
    try:
        cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
    except (OSError, ValueError):
        cells = []
    for cell in cells:
        if cell.get("cell_type") == "markdown":
            source = "".join(cell.get("source", ""))
            for line in source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return path.stem


def executed_notebook(path: Path) -> Notebook:
    """Run ``path`` from top to bottom in its own folder and convert it, outputs and figures, to markdown.

    The kernel is ``python3`` (this interpreter, with the library installed) started in the
    notebook's folder, so it reads its data files and ``matplotlibrc`` (the CJK font) there, as
    the test suite runs it.
    """
    key = (str(path), path.stat().st_mtime_ns)
    if key not in _EXECUTED:
        import nbformat  # noqa: PLC0415 - only the site build needs Jupyter
        from nbclient import NotebookClient  # noqa: PLC0415
        from nbconvert import MarkdownExporter  # noqa: PLC0415

        notebook = nbformat.read(path, as_version=4)  # type: ignore[no-untyped-call]
        client = NotebookClient(
            notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
        )
        client.execute()
        body, resources = MarkdownExporter().from_notebook_node(  # type: ignore[no-untyped-call]
            notebook, resources={"output_files_dir": f"{path.stem}_files"}
        )
        _EXECUTED[key] = Notebook(path.name, body, dict(resources.get("outputs", {})))
    return _EXECUTED[key]


_NOTEBOOK_PAGE = {
    "zh": {
        "about": "本页是笔记本 [`{name}`]({name}) 在构建网站时从头到尾执行的结果，含全部输出、表格和图表；"
        "笔记本中的说明为中英双语。下载后可在 Jupyter 中打开（需要 `qinzhou-calc[notebook]`）。",
        "title": "笔记本",
    },
    "en": {
        "about": "This page is the notebook [`{name}`]({name}) run from top to bottom when the site was built, "
        "with all its outputs, tables and figures; the notebook explains itself in Chinese and English. "
        "Download it to open it in Jupyter (it needs `qinzhou-calc[notebook]`).",
        "title": "Notebook",
    },
}


def notebook_page(notebook: Notebook, lang: str = "zh") -> str:
    """The page of an executed notebook: its own first heading, a note on where it comes from, the rest."""
    words = _NOTEBOOK_PAGE[lang]
    body = notebook.body.lstrip()
    heading, rest = [*body.split("\n", 1), ""][:2] if body.startswith("# ") else [f"# {notebook.stem}", body]
    about = words["about"].format(name=notebook.name)
    return "\n".join([heading, "", f'!!! note "{words["title"]}"', "", f"    {about}", "", rest.lstrip("\n"), ""])
