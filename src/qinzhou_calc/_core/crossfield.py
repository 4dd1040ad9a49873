"""Cross-field checks of a payload: declared by a calculator, checked after the payload is read.

A form that validates with a calculator's JSON Schema knows each field's shape and bounds, but not
the rules that compare fields (a repayment before the drawdown, a committee whose parts do not add
up to its size, a field required only for one kind of deposit) nor the bounds that come from a
figure of the law (which a what-if may change). Each calculator declares these as
:class:`CrossFieldRule` s, once, beside its code; the same declaration writes

* the ``description`` of the calculator's JSON Schema (``qc.schema(name)``, the CLI, the web
  service's OpenAPI document), in Chinese;
* the "跨字段规则" / "Cross-field rules" section of its docs page, in both languages;
* the tests: a schema-valid payload that breaks a rule is refused with the rule's code at one of its
  fields, and a schema-valid payload is refused with a field-shape code only where a rule says so.

One kind of rule is a shape after all: a field required when another field has a given value (a time
deposit's cumulative term). Such a rule declares its :class:`Requires`, and the same declaration also
writes it into the schema as ``if``/``then`` (:func:`conditions`); the calculator still checks it, with
the same code at the same field, and the tests hold the two to agree.
"""

import re
from collections.abc import Iterable, Mapping, Sequence

import attrs

from .errors import Problem
from .frozen import record_repr

__all__ = [
    "FIELD_SHAPE_CODES",
    "CrossFieldRule",
    "Requires",
    "conditions",
    "describe",
    "event_rule",
    "general_path",
    "markdown_table",
    "matches",
    "undeclared",
]

#: The codes of a value's own shape: what a JSON Schema says. A payload the schema accepts gets one
#: of these only where a declared rule says so (:func:`undeclared`).
FIELD_SHAPE_CODES = frozenset(
    {"type", "invalid_number", "negative", "out_of_range", "invalid_date", "invalid_choice", "missing", "unknown_field"}
)


@attrs.frozen(repr=False)
class Requires:
    """A rule that is a shape: when ``field`` (a top-level field) has one of ``values``, the payload
    gives, not null, every field of one of the ``alternatives`` (each a tuple of top-level fields)."""

    field: str
    values: tuple[str, ...]
    alternatives: tuple[tuple[str, ...], ...]

    __repr__ = record_repr


@attrs.frozen(repr=False)
class CrossFieldRule:
    """One rule across fields, with the code it is refused with and the fields it concerns.

    ``fields`` are payload paths, ``[]`` standing for any item of a list and ``[*]`` for any key of
    an object (``loan.repayments[].date``, ``calendar.years[*].source``); the problem is reported at
    one of them. ``key`` names the rule for the tests (stable, never shown to users). ``shape``, for
    a field required by another field's value, is that condition, which the schema also says.
    """

    key: str
    code: str
    fields: tuple[str, ...]
    zh: str
    en: str
    shape: Requires | None = attrs.field(default=None, kw_only=True)

    def text(self, lang: str = "zh") -> str:
        return self.en if lang == "en" else self.zh

    __repr__ = record_repr


#: What the decision date is when not given, by the calculator's ``decision_default`` (zh, en).
_DEFAULT_DECISION = {
    "today": ("缺省为 as_of，都未给出时为今天", "by default as_of, else today"),
    "event": ("缺省即为事件之日", "by default the event's own day"),
    "today_or_event": (
        "缺省为 as_of，都未给出时为今天，事件在今天之后则为事件之日",
        "by default as_of, else today, or the event's day when it is after today",
    ),
}


def event_rule(fields: Sequence[str], decision_default: str = "today") -> CrossFieldRule:
    """The rule every calculator with an event date keeps: the event is not after the decision."""
    zh_default, en_default = _DEFAULT_DECISION[decision_default]
    if list(fields) == ["as_of"]:
        zh = "适用日期 as_of 不得晚于给出的决定日期 decision_date"
        en = "as_of must not be after the decision_date given"
    else:
        zh = f"事件日期（{'、'.join(fields)}）不得晚于决定日期 decision_date（{zh_default}）"
        en = f"the event's date ({', '.join(fields)}) must not be after decision_date ({en_default})"
    return CrossFieldRule("event_after_decision", "event_after_decision", (*fields, "decision_date"), zh, en)


_ITEM = re.compile(r"\[[0-9]+\]")
_KEY = re.compile(r'\["(?:[^"\\]|\\.)*"\]')


def general_path(path: str) -> str:
    """A problem's field path with its list indices and object keys made general:
    ``loan.repayments[3].date`` → ``loan.repayments[].date``, ``calendar.years["2027"]`` →
    ``calendar.years[*]``."""
    return _ITEM.sub("[]", _KEY.sub("[*]", path))


def matches(rules: Iterable[CrossFieldRule], code: str, path: str) -> CrossFieldRule | None:
    """The rule among ``rules`` that a problem with ``code`` at ``path`` reports, or ``None``."""
    general = general_path(path)
    for rule in rules:
        if rule.code == code and general in rule.fields:
            return rule
    return None


def undeclared(rules: Iterable[CrossFieldRule], problems: Iterable[Problem]) -> list[Problem]:
    """The problems with a field-shape code that no rule among ``rules`` declares: for a payload its
    JSON Schema accepts, each is a disagreement between the schema and the library."""
    listed = tuple(rules)
    return [p for p in problems if p.code in FIELD_SHAPE_CODES and matches(listed, p.code, p.field) is None]


#: The heading of the list in a schema's ``description``.
SCHEMA_HEADING = "跨字段规则（JSON Schema 无法表达，读取载荷后由计算器检查；括号内为错误代码）："
#: The heading of the shapes in a schema's ``description``: said by its ``allOf`` too.
SHAPE_HEADING = "条件必填字段（本 JSON Schema 以 allOf 中的 if/then 表达，计算器读取载荷后也检查；括号内为错误代码）："


def _then(alternatives: tuple[tuple[str, ...], ...]) -> dict[str, object]:
    """Every field of one alternative given, and not null (a null is read as left out)."""
    clauses: list[dict[str, object]] = [
        {"required": list(fields), "properties": {field: {"not": {"type": "null"}} for field in fields}}
        for fields in alternatives
    ]
    return clauses[0] if len(clauses) == 1 else {"anyOf": clauses}


_NO_DEFAULT = object()


def conditions(rules: Iterable[CrossFieldRule], defaults: Mapping[str, object]) -> list[dict[str, object]]:
    """The shapes among ``rules`` as JSON Schema ``if``/``then`` (draft 2020-12), for the top-level
    ``allOf``. ``defaults`` holds the top-level fields' defaults: a condition on a value that is its
    field's default holds when the field is left out, so its ``if`` does not require the field."""
    out: list[dict[str, object]] = []
    for rule in rules:
        if rule.shape is None:
            continue
        shape = rule.shape
        values = list(shape.values)
        test: dict[str, object] = {
            "properties": {shape.field: {"const": values[0]} if len(values) == 1 else {"enum": values}}
        }
        if defaults.get(shape.field, _NO_DEFAULT) not in values:
            test["required"] = [shape.field]
        out.append({"if": test, "then": _then(shape.alternatives)})
    return out


def describe(rules: Sequence[CrossFieldRule]) -> str:
    """The rules as the schema's ``description`` lists them, in Chinese, one line each: the shapes
    (said by the schema's ``if``/``then`` too) apart."""
    lines: list[str] = []
    for heading, group in (
        (SCHEMA_HEADING, [rule for rule in rules if rule.shape is None]),
        (SHAPE_HEADING, [rule for rule in rules if rule.shape is not None]),
    ):
        if group:
            lines += ["", heading] if lines else [heading]
            lines += [f"- {rule.zh}（{rule.code}；{'、'.join(rule.fields)}）" for rule in group]
    return "\n".join(lines)


_TABLE = {
    "zh": ("| 代码 | 字段 | 规则 |", "此计算器没有跨字段规则：JSON Schema 所说的就是它读取时检查的全部。"),
    "en": ("| code | fields | rule |", "This calculator has no cross-field rule: its JSON Schema says all it checks."),
}
#: After a shape's text in a table: the schema says it too.
_SHAPE_NOTE = {"zh": "（JSON Schema 以 `if`/`then` 表达）", "en": " (the JSON Schema says it too, by `if`/`then`)"}


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown_table(rules: Sequence[CrossFieldRule], lang: str = "zh") -> list[str]:
    """The rules as a markdown table in ``lang`` (``zh`` or ``en``), for the docs pages."""
    header, none = _TABLE["en" if lang == "en" else "zh"]
    if not rules:
        return [none]
    lines = [header, "| --- | --- | --- |"]
    for rule in rules:
        fields = ", ".join(f"`{field}`" for field in rule.fields)
        note = "" if rule.shape is None else _SHAPE_NOTE["en" if lang == "en" else "zh"]
        lines.append(f"| `{rule.code}` | {fields} | {_cell(rule.text(lang))}{note} |")
    return lines
