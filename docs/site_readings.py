"""The readings of the law, found in the code: every ``ex.note`` call in the document
subpackages (with :mod:`ast`), the notes the worked examples produce, and the page listing both."""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from site_common import ARTICLE, DOCUMENTS, SOURCE, calculator_path, example_results, md_cell

import qinzhou_calc as qc
from qinzhou_calc.service import Calculator
from qinzhou_calc.service.lawtext import readings_of

__all__ = [
    "ExampleNote",
    "Reading",
    "example_notes",
    "readings",
    "readings_page",
    "source_readings",
]

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
    if ":" in head and ARTICLE.search(before) and len(before) <= 24:  # a short heading
        return before
    found = list(dict.fromkeys(match.strip() for match in ARTICLE.findall(head)))
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


def declared_readings() -> list[Reading]:
    """The notes of the declared reading objects (``<document>/readings.py``), one per option."""
    qc.readings()  # every document loaded, so every reading declared
    return [
        Reading(
            document=declared.document,
            module="readings.py",
            line=0,
            code=option.note_code,
            message=option.note,
            comment=f"{declared.code}: {option.key}. {declared.reasoning_en}",
            article=declared.article,
            function="",
        )
        for declared in readings_of()
        for option in declared.options
        if option.note_code
    ]


def readings(source: Path = SOURCE) -> list[Reading]:
    """The source readings, one per (document, code, message): repeated calls merged."""
    seen: dict[tuple[str, str, str], Reading] = {}
    for reading in [*source_readings(source), *declared_readings()]:
        key = (reading.document, reading.code, reading.message)
        if key not in seen or (not seen[key].comment and reading.comment):
            seen[key] = reading
    return list(seen.values())


def example_notes(calculators: Mapping[str, Calculator[Any]]) -> list[ExampleNote]:
    """The notes each calculator's worked examples produce, in registry order."""
    return [
        ExampleNote(name, example.title, note.code, note.message)
        for name, example, result in example_results(calculators)
        for note in result.notes
    ]


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
            f"| {md_cell(numbers.get(reading.document, reading.document))} | {md_cell(reading.article)} "
            f"| `{reading.code}` | {md_cell(ambiguity) or '—'} | {md_cell(reading.message)} "
            f"| `{reading.document}/{reading.module}:{reading.line}` | {examples(reading.code)} |"
        )
    static_codes = {reading.code for reading in ordered}
    extra = [note for note in produced if note.code not in static_codes]
    lines += ["", f"## {words['produced']}", "", words["produced intro"], "", words["produced header"]]
    lines.append("| --- | --- | --- | --- |")
    lines += [
        f"| [`{note.calculator}`]({calculator_path(note.calculator)}) | {md_cell(note.example)} "
        f"| `{note.code}`{words['shared'] if note in extra else ''} | {md_cell(note.message)} |"
        for note in produced
    ]
    lines.append("")
    return "\n".join(lines)
