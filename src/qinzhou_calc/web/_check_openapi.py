"""The OpenAPI paths of the profile checks (``/check/{subject}``, one per subject) and the schemas
of their bodies: each subject's profile schema, its definitions under ``profile.<subject>.``."""

from typing import Any

import qinzhou_calc as qc

__all__ = ["READING_PARAMETER", "check_openapi"]

_REF = "#/components/schemas/"
_CALENDAR = "text/calendar"

#: ``reading=CODE=OPTION``, repeatable: a reading of the law other than its default (GET /readings).
READING_PARAMETER: dict[str, Any] = {
    "name": "reading",
    "in": "query",
    "required": False,
    "description": (
        "a reading of the law other than its default, CODE=OPTION (GET /readings lists them); repeatable; "
        "also the payload's top-level _readings: {code: option}"
    ),
    "style": "form",
    "explode": True,
    "schema": {"type": "array", "items": {"type": "string", "pattern": "^[^=]+=.*$"}},
}


def _rewrite(node: Any, prefix: str) -> Any:
    """``node`` with its ``#/$defs/X`` references pointing at ``components/schemas/<prefix>X``."""
    if isinstance(node, dict):
        out = {key: _rewrite(value, prefix) for key, value in node.items()}
        ref = out.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            out["$ref"] = _REF + prefix + ref.removeprefix("#/$defs/")
        return out
    if isinstance(node, list):
        return [_rewrite(value, prefix) for value in node]
    return node


def check_openapi() -> tuple[dict[str, Any], dict[str, Any]]:
    """The paths of the profile checks, one per subject, and the schemas their bodies use."""
    paths: dict[str, Any] = {}
    schemas: dict[str, Any] = {}
    report = {"application/json": {"schema": {"$ref": _REF + "ProfileReport"}}}
    error = {"application/json": {"schema": {"$ref": _REF + "Error"}}}
    for listed in qc.subjects():
        key = listed["key"]
        prefix = f"profile.{key}."
        schema = qc.profile_schema(key)
        for name, definition in schema.pop("$defs", {}).items():
            schemas[prefix + name] = _rewrite(definition, prefix)
        for name in ("$schema", "$id"):
            schema.pop(name, None)
        schemas[f"profile.{key}"] = _rewrite(schema, prefix)
        answers: dict[str, Any] = {"description": "the report", "content": dict(report)}
        if key == "excavation":
            answers["content"][_CALENDAR] = {"schema": {"type": "string"}}
        paths[f"/check/{key}"] = {
            "post": {
                "summary": f"政策体检：{listed['title']}",
                "operationId": f"check_{key}",
                "tags": ["check"],
                "parameters": [READING_PARAMETER],
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": _REF + f"profile.{key}"}}},
                },
                "responses": {
                    "200": answers,
                    "400": {"description": "bad input", "content": error},
                    "413": {"description": "body over the limit", "content": error},
                    "415": {"description": "not JSON", "content": error},
                },
            },
            "get": {
                "summary": f"政策体检表格：{listed['title']}",
                "operationId": f"check_form_{key}",
                "tags": ["check"],
                "responses": {
                    "200": {"description": "an HTML page", "content": {"text/html": {"schema": {"type": "string"}}}}
                },
            },
        }
    schemas["ProfileReport"] = {
        "type": "object",
        "required": ["subject", "decision_date", "items", "total", "provenance"],
        "properties": {
            "subject": {"type": "string"},
            "decision_date": {"type": "string", "format": "date"},
            "items": {"type": "array", "items": {"type": "object"}},
            "total": {"type": "object"},
            "counts": {"type": "object"},
            "provenance": {"type": "object"},
        },
    }
    return paths, schemas
