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

__all__ = [
    "DOCUMENTS",
    "SOURCE",
    "ExampleNote",
    "Reading",
    "calculator_page",
    "calculator_path",
    "calculators_index",
    "example_notes",
    "readings",
    "readings_page",
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


def calculator_path(name: str) -> str:
    """The site path of calculator ``name``'s page, relative to the docs directory."""
    return f"calculators/{name}.md"


# --- the calculator pages --------------------------------------------------------------------


def _bounds(node: Mapping[str, Any]) -> list[str]:
    signs = {"minimum": "≥", "exclusiveMinimum": ">", "maximum": "≤", "exclusiveMaximum": "<"}
    found = [f"{sign} {node[key]}" for key, sign in signs.items() if key in node]
    return [", ".join(found)] if found else []


def _type(node: Mapping[str, Any]) -> str:
    """A short, readable type for one JSON Schema node."""
    if "$ref" in node:  # a nested object, described under its own heading below
        name = str(node["$ref"]).rsplit("/", 1)[-1]
        return f"[{name}](#{name.lower()})"
    if "enum" in node:
        return " | ".join(f"`{value}`" for value in node["enum"])
    if "anyOf" in node:
        options = node["anyOf"]
        kinds = [option.get("type") for option in options]
        if kinds == ["number", "string"]:  # a Decimal: a JSON number or a decimal string
            return " ".join(["decimal", *_bounds(options[0])])
        return " or ".join(dict.fromkeys(_type(option) for option in options))
    kind = node.get("type")
    if kind == "array":
        return f"list of {_type(node.get('items', {}))}"
    if kind == "string" and "format" in node:
        return str(node["format"])
    if kind in {"number", "integer"}:
        return " ".join([str(kind), *_bounds(node)])
    return str(kind) if kind else "any"


def _inputs_table(schema: Mapping[str, Any]) -> list[str]:
    required = set(schema.get("required", ()))
    lines = [
        "| field | type | title / description | required | default |",
        "| --- | --- | --- | --- | --- |",
    ]
    for name, node in schema.get("properties", {}).items():
        about = node.get("title", "")
        if node.get("description"):
            about = f"{about}：{node['description']}" if about else node["description"]
        default = _code(json.dumps(node["default"], ensure_ascii=False)) if "default" in node else ""
        lines.append(
            f"| `{name}` | {_cell(_type(node))} | {_cell(about)} | {'yes' if name in required else ''} | {default} |"
        )
    return lines


def _article(calc: Calculator[Any]) -> list[str]:
    doc = inspect.cleandoc(calc.compute.__doc__ or "")
    return [f"> {line}" if line else ">" for line in doc.splitlines()]


def _typed_name(calc: Calculator[Any]) -> str | None:
    """The name under which the calculator's subpackage exports it as a typed function."""
    package = importlib.import_module(f"qinzhou_calc.{calc.name.split('.', 1)[0]}")
    return next((name for name in getattr(package, "__all__", ()) if getattr(package, name) is calc), None)


def _calling(calc: Calculator[Any]) -> list[str]:
    package = calc.name.split(".", 1)[0]
    typed = _typed_name(calc)
    lines = [
        f'By name, with a JSON-like payload: `qc.evaluate("{calc.name}", payload)`, or '
        f"`qinzhou-calc run {calc.name} --json '{{…}}'` on the command line."
    ]
    if typed:
        lines += [
            "",
            f"As a typed function, keyword names being the payload's fields: "
            f"`from qinzhou_calc.{package} import {typed}` (see the [API reference](../reference/{package}.md)).",
        ]
    return lines


def _evaluated(calc: Calculator[Any], payload: Mapping[str, Any]) -> dict[str, Any]:
    try:
        return calc.evaluate(payload).to_dict()
    except InputError as error:  # an example may show a refusal; show it as the CLI would
        return error.to_dict()


def calculator_page(calc: Calculator[Any]) -> str:
    """The markdown page of one calculator."""
    schema = calc.schema()
    lines = [f"# `{calc.name}` — {calc.title}", ""]
    if calc.document is not None:
        lines += [f"{calc.document.number} 《{calc.document.title}》", ""]
    lines += ["## The article", "", *_article(calc), ""]
    lines += ["## Calling it", "", *_calling(calc), ""]
    lines += ["## Inputs", "", "The payload's fields, from its JSON Schema (`qc.schema(name)`).", ""]
    lines += _inputs_table(schema)
    for name, definition in schema.get("$defs", {}).items():
        lines += ["", f"### `{name}`", ""]
        if definition.get("description"):
            lines += [_cell(definition["description"]), ""]
        lines += _inputs_table(definition)
    citations: dict[tuple[str, str, str], str] = {}
    lines += ["", "## Worked examples", ""]
    if not calc.examples:
        lines += ["This calculator has no worked example yet.", ""]
    for number, example in enumerate(calc.examples, 1):
        result = _evaluated(calc, example.payload)
        for citation in result.get("citations", ()):
            key = (citation["document"], citation["article"], citation["clause"] or "")
            citations.setdefault(key, citation["text"])
        lines += [
            f"### {number}. {example.title}",
            "",
            "Payload:",
            "",
            "```json",
            _json(dict(example.payload)),
            "```",
            "",
            f'`qc.evaluate("{calc.name}", payload).to_dict()`:',
            "",
            "```json",
            _json(result),
            "```",
            "",
        ]
    lines += ["## Citations", ""]
    if citations:
        lines += ["The provisions the worked examples cite.", ""]
        lines += ["| document | article | text |", "| --- | --- | --- |"]
        lines += [
            f"| {_cell(document)} | {_cell(article + clause)} | {_cell(text)} |"
            for (document, article, clause), text in citations.items()
        ]
    elif calc.document is not None:
        basis = calc.document.basis
        lines += [f"{_cell(basis)}: {_cell(basis.text)}" if basis is not None else calc.document.number]
    lines.append("")
    return "\n".join(lines)


def calculators_index(calculators: Mapping[str, Calculator[Any]]) -> str:
    """The page listing every calculator, by document."""
    lines = [
        "# Calculators",
        "",
        "One page per registered calculator, generated from the registry when the site is built: the "
        "article it implements, its inputs (from the JSON Schema), each worked example with its "
        "evaluated result, and the provisions cited.",
        "",
    ]
    for document in DOCUMENTS:
        names = sorted(name for name in calculators if name.split(".", 1)[0] == document)
        if not names:
            continue
        number = next((c.document.number for n in names if (c := calculators[n]).document), "")
        lines += [f"## {document} — {number}", "", "| calculator | title |", "| --- | --- |"]
        lines += [f"| [`{name}`]({name}.md) | {_cell(calculators[name].title)} |" for name in names]
        lines.append("")
    return "\n".join(lines)


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


def readings_page(
    found: Iterable[Reading], produced: Iterable[ExampleNote], calculators: Mapping[str, Calculator[Any]]
) -> str:
    """The "readings of the law" page: one row per interpretation note."""
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
        "# Readings of the law",
        "",
        "Where the text of a regulation can be read more than one way, the code picks one reading, "
        "says why in a comment, and the `Result` carries a `notes` entry `{code, message}` with the "
        "reading. This page is generated from the source when the site is built: every "
        '`ex.note("code", "message")` call in `src/qinzhou_calc/<document>/`, with the comment written '
        "above it. `{…}` in a reading stands for a value filled in at run time.",
        "",
        "| document | article | code | the ambiguity | the reading chosen | source | in the examples of |",
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
    lines += [
        "",
        "## Notes produced by the worked examples",
        "",
        "Running every calculator's worked examples (as `qinzhou-calc demo` does) produces these notes. "
        "Codes not in the table above are passed through from shared code (for example the calendar's "
        "caveats about unverified regional rest days).",
        "",
        "| calculator | example | code | message |",
        "| --- | --- | --- | --- |",
    ]
    lines += [
        f"| [`{note.calculator}`]({calculator_path(note.calculator)}) | {_cell(note.example)} "
        f"| `{note.code}`{' (shared)' if note in extra else ''} | {_cell(note.message)} |"
        for note in produced
    ]
    lines.append("")
    return "\n".join(lines)


def all_calculators() -> dict[str, Calculator[Any]]:
    """The registry, every document loaded."""
    return dict(load_all())


# --- the API reference, the notebooks --------------------------------------------------------

_REFERENCE_INTRO = {
    "qinzhou_calc": "The top-level API: list the calculators, read their schemas, evaluate payloads "
    "one at a time or in bulk, and the `Result`, `InputError` and `Citation` types every caller sees.",
    "education": "钦政办规〔2019〕11号: the typed calculators of the education policy.",
    "roads": "政府令第11号 (as amended by 政府令第12号): the fines and deadlines of the roads measures.",
    "techinno": "钦政发〔2019〕17号: rewards, subsidies and targets of the technology-innovation plan.",
    "banking": "钦市财规〔2019〕3号: bank eligibility, the scoring table and the deposit rules.",
}


def reference_pages() -> dict[str, str]:
    """The API reference pages (mkdocstrings directives), by site path."""
    pages = {
        "reference/index.md": "\n".join(
            [
                "# API reference: `qinzhou_calc`",
                "",
                _REFERENCE_INTRO["qinzhou_calc"],
                "",
                "Each document's typed calculators are on their own page: "
                + ", ".join(f"[`qinzhou_calc.{d}`]({d}.md)" for d in DOCUMENTS)
                + ". A typed calculator is called with keyword arguments named as the payload's "
                "fields and returns a `Result`, exactly as `evaluate` does.",
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
                _REFERENCE_INTRO[document],
                " Each calculator has a page with its inputs and worked examples under [Calculators]"
                "(../calculators/index.md).",
                "",
                f"::: qinzhou_calc.{document}",
                "",
            ]
        )
    return pages


#: The example notebooks and what each shows; only those present are linked.
NOTEBOOKS = {
    "bank_scoring.ipynb": "Scoring a set of banks with `banking.score_banks` and plotting the indicator breakdown.",
    "education_subsidies.ipynb": "Computing the education subsidies for a table of schools with pandas.",
}


def examples_page(folder: Path) -> str:
    """The page linking to the example notebooks in ``folder`` (those present)."""
    lines = [
        "# Example notebooks",
        "",
        "Jupyter notebooks in `docs/examples/`, executed by the test suite. They need the optional "
        "extra `qinzhou-calc[notebook]` (pandas and matplotlib). Download one and open it in Jupyter.",
        "",
    ]
    present = sorted(path.name for path in folder.glob("*.ipynb")) if folder.is_dir() else []
    if not present:
        lines.append("No notebook is in this build.")
    for name in present:
        about = NOTEBOOKS.get(name, "")
        lines.append(f"- [`{name}`](examples/{name}){': ' + about if about else ''}")
    lines.append("")
    return "\n".join(lines)
