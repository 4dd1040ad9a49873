"""A subject's vocabulary: the profile's JSON Schema, drawn from its calculators' schemas, and the
title of any field of it by path.

A profile's keys are the payload fields of the subject's calculators; a field two calculators share
has one schema (a test holds them to it), so the profile takes it once. A fact for one calculator
only may also be given under that calculator's name. Absent is unknown, ``null`` "does not apply".
An excavation project's profile names its events instead of ``roads.deadline``'s ``obligation``
and ``start``: each event has the schema of ``start``.
"""

import copy
import functools
import re
from collections.abc import Mapping
from typing import Any

from ._core.registry import get
from ._subjects import EVENTS, SUBJECTS, Subject

__all__ = ["calculator_schema", "nullable", "profile_schema", "title_of", "vocabulary", "vocabulary_keys"]

_DRAFT = "https://json-schema.org/draft/2020-12/schema"
#: The fields of ``roads.deadline`` an excavation profile holds under their own names (its
#: ``obligation`` and ``start`` come from the subject's rules and the project's events).
_PROJECT_FIELDS = (
    "road_class",
    "direction",
    "rest_day_rule",
    "extra_rest_days",
    "extra_working_days",
    "calendar",
    "as_of",
    "decision_date",
)


@functools.cache
def calculator_schema(name: str) -> Mapping[str, Any]:
    """The calculator's payload schema, built once (callers only read it)."""
    return get(name).schema()


def nullable(schema: Mapping[str, Any]) -> dict[str, Any]:
    """``schema`` that also takes ``null`` ("does not apply to us"), with its titles kept outside."""
    if any(option.get("type") == "null" for option in schema.get("anyOf", ())):
        return dict(schema)
    outer = {key: schema[key] for key in ("title", "x-title-en", "description") if key in schema}
    return {**outer, "anyOf": [dict(schema), {"type": "null"}]}


def vocabulary(subject: Subject) -> dict[str, Mapping[str, Any]]:
    """Every shared field of ``subject``'s profile and its schema (before ``null`` is allowed)."""
    if subject.key == "excavation":
        properties = calculator_schema("roads.deadline")["properties"]
        start = properties["start"]
        fields: dict[str, Mapping[str, Any]] = {}
        for event in EVENTS:
            fields[event.field] = {**start, "title": event.title, "x-title-en": event.title_en}
        for name in _PROJECT_FIELDS:
            fields[name] = properties[name]
        return fields
    shared: dict[str, Mapping[str, Any]] = {}
    for rule in subject.rules:
        for name, schema in calculator_schema(rule.calculator)["properties"].items():
            if name not in rule.own_names:
                shared.setdefault(name, schema)
    return shared


@functools.cache
def _profile_schema(key: str) -> dict[str, Any]:
    subject = SUBJECTS[key]
    properties: dict[str, Any] = {name: nullable(schema) for name, schema in vocabulary(subject).items()}
    definitions: dict[str, Any] = {}
    for name in subject.calculators:
        schema = calculator_schema(name)
        definitions.update(schema.get("$defs", {}))
        if subject.key != "excavation":
            properties[name] = nullable(
                {
                    "type": "object",
                    "title": schema["title"],
                    "description": "只给本项的事实（与共用字段同名时以此为准）",
                    "properties": dict(schema["properties"]),
                    "additionalProperties": False,
                }
            )
    built: dict[str, Any] = {
        "$schema": _DRAFT,
        "$id": f"urn:qinzhou-calc:profile:{subject.key}",
        "title": subject.title,
        "x-title-en": subject.title_en,
        "description": subject.description,
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
    }
    if definitions:
        built["$defs"] = definitions
    return built


@functools.cache
def vocabulary_keys(key: str) -> frozenset[str]:
    """The keys a profile of subject ``key`` may have."""
    return frozenset(_profile_schema(key)["properties"])


def profile_schema(key: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a profile of subject ``key`` (a fresh copy)."""
    return copy.deepcopy(_profile_schema(key))


_INDEX = re.compile(r"\[\d+\]")


def _resolve(schema: Mapping[str, Any], root: Mapping[str, Any]) -> Mapping[str, Any]:
    """``schema`` with its ``$ref`` followed and, for a nullable field, the non-null choice."""
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/$defs/"):
        return {**root["$defs"][ref.rpartition("/")[2]], **{k: v for k, v in schema.items() if k != "$ref"}}
    for option in schema.get("anyOf", ()):
        if option.get("type") != "null" and ("$ref" in option or "properties" in option or "items" in option):
            return {**_resolve(option, root), **{k: v for k, v in schema.items() if k != "anyOf"}}
    return schema


def title_of(root: Mapping[str, Any], path: str, lang: str = "zh") -> str:
    """The title of the field at ``path`` (``school.students``, ``loan.repayments[0].date``) in
    ``root``, its parents' titles before it joined by " › "; the path itself where none is known."""
    titles: list[str] = []
    node: Mapping[str, Any] = root
    for part in path.split("."):
        name = _INDEX.sub("", part)
        properties = _resolve(node, root).get("properties", {})
        if name not in properties:
            return path
        node = properties[name]
        title = node.get("x-title-en" if lang == "en" else "title") or node.get("title")
        titles.append(str(title) if title else name)
        if _INDEX.search(part):
            node = _resolve(node, root).get("items", {})
    return " › ".join(titles)
