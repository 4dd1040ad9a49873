"""A calculator's form, generated from its JSON Schema, and the payload read back from it.

Each input is named by the field path the library uses in its errors (``school.type``,
``points[2]``, ``loan.repayments[0].date``), so an error is shown beside the input its path
names. The schema decides the widget: a select for an enum, a date input for a date, a
checkbox for a boolean, repeatable rows for a list, a fieldset for an object. Labels and help
are the fields' Chinese ``title`` and ``description``.

Reading the form back does no validation of its own: it only turns text into the JSON kinds the
schema names (an integer field's digits into an int, an empty optional field into nothing) and
leaves every judgement to the library, so the form and the JSON API refuse the same inputs.
"""

import html
import re
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["Form", "dom_id"]

_NULL = {"type": "null"}
_PRESENT = "#on"
_ROW = "#row"


def dom_id(path: str) -> str:
    """An HTML id for the input of ``path``: ``school.type`` → ``f-school-type``."""
    return "f-" + re.sub(r"[^A-Za-z0-9_]+", "-", path).strip("-")


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _is_null(schema: Mapping[str, Any]) -> bool:
    return dict(schema) == _NULL


class Form:
    """The form of one calculator's schema; ``errors`` maps field paths to their messages."""

    def __init__(self, schema: Mapping[str, Any]) -> None:
        self.schema = schema
        self.defs: Mapping[str, Any] = schema.get("$defs", {})

    # --- the schema's shapes ----------------------------------------------------------------

    def resolve(self, node: Mapping[str, Any]) -> dict[str, Any]:
        """``node`` with a ``$ref`` replaced by its definition (its own title kept)."""
        ref = node.get("$ref")
        if isinstance(ref, str):
            target = dict(self.defs[ref.removeprefix("#/$defs/")])
            target.update({k: v for k, v in node.items() if k != "$ref"})
            return target
        return dict(node)

    def unwrap(self, node: Mapping[str, Any]) -> tuple[dict[str, Any], bool]:
        """The non-null alternative of ``anyOf [X, null]``, and whether null was allowed."""
        options = node.get("anyOf")
        if isinstance(options, list) and any(_is_null(o) for o in options):
            rest = [o for o in options if not _is_null(o)]
            inner = dict(rest[0]) if len(rest) == 1 else {"anyOf": rest}
            inner.update({k: v for k, v in node.items() if k != "anyOf"})
            return self.resolve(inner), True
        return self.resolve(node), False

    @staticmethod
    def kind(node: Mapping[str, Any]) -> str:
        """object, array, enum, boolean, integer, date, moment (date or date-time), number or text."""
        if node.get("type") == "object" or "properties" in node:
            return "object"
        if node.get("type") == "array":
            return "array"
        if "enum" in node:
            return "enum"
        if node.get("type") in ("boolean", "integer"):
            return str(node["type"])
        if node.get("format") == "date":
            return "date"
        options = node.get("anyOf", [])
        if any(o.get("format") == "date" for o in options):
            return "moment"
        if node.get("type") == "string" and "pattern" in node and "T" in node["pattern"]:
            return "moment"
        if any(o.get("type") == "number" for o in options):
            return "number"
        return "text"

    # --- rendering --------------------------------------------------------------------------

    def render(self, values: Mapping[str, Any], errors: Mapping[str, Sequence[str]]) -> str:
        """The form's fields (without the ``<form>`` element), filled with ``values``."""
        self._errors = errors
        self._shown: set[str] = set()
        return self._object_fields(self.resolve(self.schema), "", values, depth=0)

    def unshown(self) -> set[str]:
        """The error paths that no field of the last :meth:`render` showed."""
        return set(self._errors) - self._shown

    def _errors_of(self, path: str) -> str:
        messages = self._errors.get(path, ())
        if not messages:
            return ""
        self._shown.add(path)
        items = "".join(f"<li>{_esc(m)}</li>" for m in messages)
        return f'<ul class="field-errors" id="e-{dom_id(path)}" data-field="{_esc(path)}">{items}</ul>'

    def _help(self, node: Mapping[str, Any], path: str) -> str:
        text = node.get("description")
        return f'<p class="help" id="h-{dom_id(path)}">{_esc(text)}</p>' if text else ""

    def _object_fields(self, node: Mapping[str, Any], prefix: str, values: Any, depth: int) -> str:
        props: Mapping[str, Any] = node.get("properties", {})
        required = set(node.get("required", ()))
        current = values if isinstance(values, Mapping) else {}
        return "".join(
            self._field(f"{prefix}{key}", spec, key in required, current.get(key), depth) for key, spec in props.items()
        )

    def _field(self, path: str, spec: Mapping[str, Any], required: bool, value: Any, depth: int) -> str:
        node, nullable = self.unwrap(self.resolve(spec))
        kind = self.kind(node)
        if kind == "object":
            if "properties" not in node:
                # An object keyed by the caller's own names (the calendar's years) has no fixed
                # fields to show: it is given in JSON, not in a form.
                return ""
            return self._fieldset(path, node, required and not nullable, value, depth)
        if kind == "array":
            return self._list(path, node, value, depth)
        return self._scalar(path, node, kind, required=required, nullable=nullable, value=value)

    def _label(self, node: Mapping[str, Any], path: str, required: bool) -> str:
        title = node.get("title") or path.rsplit(".", 1)[-1]
        mark = '<span class="req" aria-hidden="true">*</span>' if required else ""
        return f"{_esc(title)}{mark}"

    def _scalar(
        self, path: str, node: Mapping[str, Any], kind: str, *, required: bool, nullable: bool, value: Any
    ) -> str:
        ident = dom_id(path)
        if value is None and "default" in node and node["default"] is not None:
            value = node["default"]
        described = " ".join(
            x
            for x in (f"h-{ident}" if node.get("description") else "", f"e-{ident}" if path in self._errors else "")
            if x
        )
        attrs = f'id="{ident}" name="{_esc(path)}"'
        if described:
            attrs += f' aria-describedby="{described}"'
        if path in self._errors:
            attrs += ' aria-invalid="true"'
        if required and kind != "boolean":
            attrs += ' aria-required="true"'
        label = self._label(node, path, required and kind != "boolean")
        help_text = self._help(node, path)
        errors = self._errors_of(path)
        if kind == "boolean" and not nullable:
            checked = " checked" if value is True or value == "true" else ""
            return (
                f'<div class="field check"><input type="checkbox" {attrs} value="true"{checked}>'
                f'<label for="{ident}">{label}</label>{help_text}{errors}</div>'
            )
        if kind in ("enum", "boolean"):
            shown = "" if value is None else (str(value).lower() if isinstance(value, bool) else str(value))
            options = "" if required and not nullable and shown else '<option value="">（不填）</option>'
            for text, caption in _choices(node).items():
                selected = " selected" if text == shown else ""
                options += f'<option value="{_esc(text)}"{selected}>{_esc(caption)}</option>'
            control = f"<select {attrs}>{options}</select>"
        else:
            text = "" if value is None else str(value)
            extra = {
                "date": 'type="date"',
                "moment": 'type="text" placeholder="YYYY-MM-DD 或 YYYY-MM-DDTHH:MM" autocomplete="off"',
                "integer": 'type="text" inputmode="numeric" autocomplete="off"',
                "number": 'type="text" inputmode="decimal" autocomplete="off"',
            }.get(kind, f'type="text" maxlength="{int(node.get("maxLength", 500))}"')
            control = f'<input {extra} {attrs} value="{_esc(text)}">'
        return f'<div class="field"><label for="{ident}">{label}</label>{help_text}{control}{errors}</div>'

    def _fieldset(self, path: str, node: Mapping[str, Any], required: bool, value: Any, depth: int) -> str:
        ident = dom_id(path)
        legend = self._label(node, path, required)
        inner = self._object_fields(node, f"{path}.", value, depth)
        if not inner and not required:
            return ""
        toggle = ""
        disabled = ""
        if not required:
            # An optional object is sent only when its box is ticked (the script also disables
            # its inputs while it is not, so that the browser leaves them out).
            on = value is not None and value != {}
            toggle = (
                f'<div class="field check"><input type="checkbox" id="{ident}-on" name="{_esc(path + _PRESENT)}" '
                f'value="true" data-toggle="{ident}"{" checked" if on else ""}>'
                f'<label for="{ident}-on">填写此项</label></div>'
            )
            disabled = "" if on else " data-off"
        return (
            f'<fieldset id="{ident}"{disabled}><legend>{legend}</legend>{self._help(node, path)}'
            f'{self._errors_of(path)}{toggle}<div class="inner">{inner}</div></fieldset>'
        )

    def _row(self, path: str, index: str, item: Mapping[str, Any], value: Any, depth: int) -> str:
        row_path = f"{path}[{index}]"
        kind = self.kind(item)
        if kind == "object":
            # A row that is a group has no input of its own: an error about the whole row stands
            # at the row. A row that is one input (or a list) shows its errors there, once.
            body = self._object_fields(item, f"{row_path}.", value, depth + 1) + self._errors_of(row_path)
        elif kind == "array":
            body = self._list(row_path, item, value, depth + 1)
        else:
            number = str(int(index) + 1) if index.isdigit() else f"__n{depth}__"
            titled = {**item, "title": f"第 {number} 项"}
            body = self._scalar(row_path, titled, kind, required=True, nullable=False, value=value)
        marker = f'<input type="hidden" name="{_esc(row_path + _ROW)}" value="1">'
        remove = '<button type="button" class="remove" data-remove>删除此行</button>'
        return f'<div class="row" data-row>{marker}{body}{remove}</div>'

    def _list(self, path: str, node: Mapping[str, Any], value: Any, depth: int) -> str:
        ident = dom_id(path)
        item = self.unwrap(self.resolve(node.get("items", {})))[0]
        rows = value if isinstance(value, list) else [None]
        body = "".join(self._row(path, str(i), item, row, depth) for i, row in enumerate(rows))
        placeholder = f"__i{depth}__"
        saved = self._errors, self._shown
        self._errors, self._shown = {}, set()
        template = self._row(path, placeholder, item, None, depth)
        self._errors, self._shown = saved
        return (
            f'<fieldset id="{ident}" class="list"><legend>{self._label(node, path, False)}</legend>'
            f"{self._help(node, path)}{self._errors_of(path)}"
            f'<div class="rows" data-rows data-next="{len(rows)}" data-placeholder="{placeholder}"'
            f' data-number="__n{depth}__">{body}</div>'
            f'<template data-template="{ident}">{template}</template>'
            f'<button type="button" class="add" data-add="{ident}">添加一行</button></fieldset>'
        )

    # --- reading back -----------------------------------------------------------------------

    def read(self, form: Mapping[str, str]) -> dict[str, Any]:
        """The payload a submitted form spells (``form``: field path → text)."""
        self._form = form
        return self._read_object(self.resolve(self.schema), "")

    def _read_object(self, node: Mapping[str, Any], prefix: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        required = set(node.get("required", ()))
        for key, spec in node.get("properties", {}).items():
            found = self._read(f"{prefix}{key}", spec, key in required)
            if found is not _ABSENT:
                out[key] = found
        return out

    def _read(self, path: str, spec: Mapping[str, Any], required: bool) -> Any:
        node, nullable = self.unwrap(self.resolve(spec))
        kind = self.kind(node)
        if kind == "object":
            if (not required or nullable) and self._form.get(path + _PRESENT) != "true":
                return _ABSENT
            return self._read_object(node, f"{path}.")
        if kind == "array":
            return self._read_list(path, node)
        text = self._form.get(path)
        if kind == "boolean" and not nullable:
            return text == "true"
        if text is None or not text.strip():
            return _ABSENT
        text = text.strip()
        if kind == "integer":
            return int(text) if re.fullmatch(r"[+-]?\d{1,18}", text) else text
        if kind in ("enum", "boolean"):
            for option in node.get("enum", [True, False]):
                if (str(option).lower() if isinstance(option, bool) else str(option)) == text:
                    return option
        return text

    def _read_list(self, path: str, node: Mapping[str, Any]) -> list[Any]:
        item = node.get("items", {})
        pattern = re.compile(re.escape(path) + r"\[(\d+)\]" + re.escape(_ROW))
        indexes = sorted(int(m.group(1)) for key in self._form if (m := pattern.fullmatch(key)))
        rows = []
        for index in indexes:
            found = self._read(f"{path}[{index}]", item, True)
            if found is not _ABSENT and not _empty(found):
                rows.append(found)
        return rows


def _choices(node: Mapping[str, Any]) -> dict[str, str]:
    """The options of a choice, text sent → caption shown: a value's Chinese name (the schema's
    ``x-enum-titles``) with the value itself beside it unless the name already holds it
    (``小学（primary）``, ``2B 级``); 是 and 否 for true and false. A value that two kinds of the
    same thing spell alike (the rating ``"2"`` and ``2``) is offered once."""
    values = node.get("enum", [True, False])
    names = node.get("x-enum-titles") or [""] * len(values)
    out: dict[str, str] = {}
    for value, name in zip(values, names, strict=True):
        text = str(value).lower() if isinstance(value, bool) else str(value)
        if isinstance(value, bool):
            caption = "是" if value else "否"
        elif not name or name == text:
            caption = text
        else:
            caption = name if text in name else f"{name}（{text}）"
        out.setdefault(text, caption)
    return out


class _Absent:
    """A field left empty: not sent, so that the library applies its default or says it is missing."""


_ABSENT: Any = _Absent()


def _empty(value: Any) -> bool:
    """A row with nothing filled in (checkboxes left unticked count as nothing)."""
    if isinstance(value, dict):
        return all(_empty(v) or v is False for v in value.values())
    if isinstance(value, list):
        return all(_empty(v) for v in value)
    return False
