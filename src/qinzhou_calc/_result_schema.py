"""The JSON Schema (draft 2020-12) of ``Result.to_dict()``: the keys of API.md, section "Result".

Every key is always present; a key that does not apply is ``null`` (or an empty list). Money is a
string with exactly two decimals; a score a decimal string; dates ``YYYY-MM-DD``.
"""

import copy
from typing import Any

__all__ = ["result_schema"]

_MONEY = {"type": "string", "pattern": r"^-?\d+\.\d{2}$", "description": "元, two decimals, half-up to the fen"}
_DECIMAL = {"type": "string", "pattern": r"^-?\d+(\.\d+)?$"}
_DAY = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
_NULLABLE_DAY = {"anyOf": [_DAY, {"type": "null"}]}

_CITATION = {
    "type": "object",
    "description": "A provision: document number, article, clause and its Chinese text.",
    "properties": {
        "document": {"type": "string"},
        "article": {"type": "string"},
        "clause": {"type": ["string", "null"]},
        "text": {"type": "string"},
        "anchor": {"type": ["string", "null"], "description": "where the provision is in the shipped text"},
    },
    "required": ["document", "article", "clause", "text"],
    "additionalProperties": False,
}

_PARAMETER_USE = {
    "type": "object",
    "description": "A figure of the law the result read, with the dates of the value and its citation.",
    "properties": {
        "name": {"type": "string"},
        "value": {},
        "since": _NULLABLE_DAY,
        "until": _NULLABLE_DAY,
        "citation": {"$ref": "#/$defs/Citation"},
        "overridden": {"type": "boolean"},
    },
    "required": ["name", "value", "since", "until", "citation", "overridden"],
    "additionalProperties": False,
}

_CALENDAR_YEAR = {
    "type": "object",
    "description": "A working-day calendar year the result counted on, with its source.",
    "properties": {
        "year": {"type": "integer"},
        "source": {"type": "string"},
        "supplied_by_caller": {"type": "boolean"},
        "provisional": {"type": "boolean"},
    },
    "required": ["year", "source", "supplied_by_caller"],
}

_SCHEMA: dict[str, Any] = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "title": "Result",
    "description": "Result.to_dict(): what a calculator found, with its steps, citations, notes and readings.",
    "type": "object",
    "properties": {
        "calculator": {"type": "string"},
        "as_of": _DAY,
        "event_date": _NULLABLE_DAY,
        "decision_date": _NULLABLE_DAY,
        "hypothetical": {"type": "boolean", "description": "true when overrides changed a figure of the law"},
        "eligible": {"type": ["boolean", "null"]},
        "amount": {"anyOf": [_MONEY, {"type": "null"}]},
        "minimum": {"anyOf": [_MONEY, {"type": "null"}]},
        "maximum": {"anyOf": [_MONEY, {"type": "null"}]},
        "mandatory": {"type": ["boolean", "null"]},
        "deadline": {"type": ["string", "null"], "description": "YYYY-MM-DD or an ISO date-time"},
        "score": {"anyOf": [_DECIMAL, {"type": "null"}]},
        "count": {"type": ["integer", "null"]},
        "ranking": {
            "type": ["array", "null"],
            "items": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "rank": {"type": "integer"},
                    "total": _DECIMAL,
                    "scores": {"type": "object", "additionalProperties": _DECIMAL},
                },
                "required": ["name", "rank", "total", "scores"],
            },
        },
        "breakdown": {"type": "array", "items": {"type": "object"}},
        "reasons": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "code": {"type": "string"},
                    "message": {"type": "string"},
                    "citation": {"$ref": "#/$defs/Citation"},
                },
                "required": ["code", "message", "citation"],
                "additionalProperties": False,
            },
        },
        "steps": {"type": "array", "items": {"type": "string"}},
        "citations": {"type": "array", "items": {"$ref": "#/$defs/Citation"}},
        "notes": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "code": {"type": "string"},
                    "message": {"type": "string"},
                    "reading": {"type": "string", "description": "the code of the reading this note explains"},
                },
                "required": ["code", "message"],
                "additionalProperties": False,
            },
        },
        "readings": {
            "type": "array",
            "description": "every reading of the law the result depended on, in the order first used",
            "items": {
                "type": "object",
                "properties": {
                    "code": {"type": "string", "pattern": r"^[a-z]+\.[a-z0-9_]+\.[a-z0-9_]+$"},
                    "option": {"type": "string"},
                    "default": {"type": "boolean"},
                },
                "required": ["code", "option", "default"],
                "additionalProperties": False,
            },
        },
        "inputs": {"type": ["object", "null"], "description": "the payload as the library read it"},
        "provenance": {
            "type": "object",
            "properties": {
                "library": {"type": "string"},
                "parameters": {"type": "array", "items": {"$ref": "#/$defs/ParameterUse"}},
                "calendar": {"type": "array", "items": {"$ref": "#/$defs/CalendarYear"}},
            },
            "required": ["library", "parameters", "calendar"],
            "additionalProperties": False,
        },
    },
    "required": [
        "calculator",
        "as_of",
        "event_date",
        "decision_date",
        "hypothetical",
        "eligible",
        "amount",
        "minimum",
        "maximum",
        "mandatory",
        "deadline",
        "score",
        "count",
        "ranking",
        "breakdown",
        "reasons",
        "steps",
        "citations",
        "notes",
        "readings",
        "inputs",
        "provenance",
    ],
    "additionalProperties": False,
    "$defs": {"Citation": _CITATION, "ParameterUse": _PARAMETER_USE, "CalendarYear": _CALENDAR_YEAR},
}


def result_schema() -> dict[str, Any]:
    """A fresh copy of the JSON Schema of ``Result.to_dict()`` (the caller may change it)."""
    return copy.deepcopy(_SCHEMA)
