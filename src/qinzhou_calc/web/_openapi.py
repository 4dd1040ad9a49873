"""The OpenAPI 3.1 document of the service, generated from the registry.

Each calculator has its own evaluate and batch operations, so that each request body is that
calculator's JSON Schema (draft 2020-12, which OpenAPI 3.1 uses as it is). The schema's
``$defs`` move to ``components/schemas`` (a definition shared word for word by several
calculators, such as ``School``, once) and its ``$ref`` follow them; nothing else changes.
Responses name two schemas: ``Result`` (``qc.result_schema()``, the schema of ``Result.to_dict()``) and
``Error`` (``InputError.to_dict()``).
"""

import json
from collections.abc import Mapping
from typing import Any

import qinzhou_calc as qc

from ..service import LANGUAGES, Calculator, document_keys, jsonable, load_all
from ._check_openapi import READING_PARAMETER, check_openapi

__all__ = ["ERROR_SCHEMA", "READING_SCHEMA", "openapi"]

_REF = "#/components/schemas/"
_DAY = {"type": "string", "format": "date"}


def _result_schemas() -> dict[str, Any]:
    """``Result`` and the definitions it names, from ``qc.result_schema()``, refs rewritten."""
    schema = qc.result_schema()
    definitions = schema.pop("$defs")
    names = {name: name for name in definitions}
    del schema["$schema"]
    return {
        "Result": _rewrite_refs(schema, names),
        **{name: _rewrite_refs(definition, names) for name, definition in definitions.items()},
    }


#: ``InputError.to_dict()``, the shape of every answer that is not a result.
ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "Every problem found, each with its field path, a stable code and a message.",
    "properties": {
        "error": {
            "type": "object",
            "properties": {
                "type": {"enum": ["input_error", "request_error", "timeout", "internal_error"]},
                "errors": {
                    "type": "array",
                    "minItems": 1,
                    "items": {
                        "type": "object",
                        "properties": {
                            "field": {"type": "string", "description": "a path such as points[2], or $"},
                            "code": {"type": "string"},
                            "message": {"type": "string"},
                        },
                        "required": ["field", "code", "message"],
                        "additionalProperties": False,
                    },
                },
            },
            "required": ["type", "errors"],
            "additionalProperties": False,
        }
    },
    "required": ["error"],
    "additionalProperties": False,
}


#: A row of ``GET /readings`` (``qc.readings()``).
READING_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "code": {"type": "string", "description": "<document>.<topic>.<question>"},
        "document": {"type": "string"},
        "article": {"type": "string"},
        "question": {"type": "string"},
        "options": {
            "type": "array",
            "minItems": 2,
            "items": {
                "type": "object",
                "properties": {"key": {"type": "string"}, "summary": {"type": "string"}},
                "required": ["key", "summary"],
            },
        },
        "default": {"type": "string"},
        "reasoning": {"type": "string"},
    },
    "required": ["code", "document", "article", "question", "options", "default", "reasoning"],
}


def _summary(documents: list[str]) -> dict[str, Any]:
    """``GET /calculators``' rows: ``Calculator.listing()``."""
    return {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "title": {"type": "string"},
            "document": {"enum": documents},
            "document_number": {"type": ["string", "null"]},
            "document_title": {"type": ["string", "null"]},
        },
        "required": ["name", "title", "document", "document_number", "document_title"],
    }


_ERRORS = {
    "400": "bad input: every problem with its field path",
    "404": "unknown calculator (code unknown_calculator)",
    "408": "the body did not arrive within the timeout",
    "413": "the body is over the limit (1 MiB by default)",
    "415": "the body is not declared JSON",
    "503": "the computation did not finish within the timeout",
}


def _json(schema: Mapping[str, Any], examples: Mapping[str, Any] | None = None) -> dict[str, Any]:
    content: dict[str, Any] = {"schema": dict(schema)}
    if examples:
        content["examples"] = dict(examples)
    return {"application/json": content}


def _error_responses(*statuses: str) -> dict[str, Any]:
    return {s: {"description": _ERRORS[s], "content": _json({"$ref": _REF + "Error"})} for s in statuses}


def _rewrite_refs(node: Any, names: Mapping[str, str]) -> Any:
    if isinstance(node, dict):
        out = {k: _rewrite_refs(v, names) for k, v in node.items()}
        ref = out.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            out["$ref"] = _REF + names[ref.removeprefix("#/$defs/")]
        return out
    if isinstance(node, list):
        return [_rewrite_refs(v, names) for v in node]
    return node


def _payload_schemas(registry: Mapping[str, Calculator[Any]]) -> dict[str, Any]:
    """Each calculator's schema under its own name, with its definitions beside it."""
    schemas = {name: calc.schema() for name, calc in registry.items()}
    versions: dict[str, set[str]] = {}
    for schema in schemas.values():
        for def_name, definition in schema.get("$defs", {}).items():
            versions.setdefault(def_name, set()).add(json.dumps(definition, sort_keys=True))
    components: dict[str, Any] = {}
    for name, schema in schemas.items():
        defs = schema.get("$defs", {})
        # A definition with one meaning across calculators keeps its name; else it is prefixed.
        names = {d: d if len(versions[d]) == 1 and d not in _FIXED else f"{name}.{d}" for d in defs}
        for def_name, definition in defs.items():
            components[names[def_name]] = _rewrite_refs(definition, names)
        body = {k: v for k, v in schema.items() if k not in ("$schema", "$id", "$defs")}
        components[name] = _rewrite_refs(body, names)
    return components


_FIXED = frozenset({"Result", "Error", "Citation", "CalculatorSummary", "BatchRow", "Reading"})


def _examples(calc: Calculator[Any]) -> dict[str, Any]:
    return {f"example{i}": {"summary": e.title, "value": jsonable(e.payload)} for i, e in enumerate(calc.examples, 1)}


_QUERY = [
    {
        "name": "lang",
        "in": "query",
        "required": False,
        "description": "language of messages (also the payload's top-level _lang)",
        "schema": {"enum": list(LANGUAGES)},
    },
    {
        "name": "overrides",
        "in": "query",
        "required": False,
        "description": "what-if: {parameter name: value} (also the payload's top-level _overrides)",
        "content": {"application/json": {"schema": {"type": "object"}}},
    },
    {
        "name": "explain",
        "in": "query",
        "required": False,
        "description": "false: lean results, the same amounts without steps, citations and notes",
        "schema": {"enum": ["true", "false", "1", "0"], "default": "true"},
    },
    READING_PARAMETER,
]


def _operations(name: str, calc: Calculator[Any]) -> dict[str, Any]:
    slug = name.replace(".", "_")
    evaluate = {
        "post": {
            "operationId": f"evaluate_{slug}",
            "summary": calc.title,
            "tags": [name.partition(".")[0]],
            "parameters": _QUERY,
            "requestBody": {"required": True, "content": _json({"$ref": _REF + name}, _examples(calc))},
            "responses": {
                "200": {"description": "Result.to_dict()", "content": _json({"$ref": _REF + "Result"})},
                **_error_responses("400", "404", "408", "413", "415", "503"),
            },
        }
    }
    batch = {
        "post": {
            "operationId": f"batch_{slug}",
            "summary": f"{calc.title}（批量）",
            "tags": [name.partition(".")[0]],
            "parameters": _QUERY,
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"type": "array", "items": {"$ref": _REF + name}}},
                    "application/x-ndjson": {"schema": {"type": "string", "description": "one payload per line"}},
                },
            },
            "responses": {
                "200": {
                    "description": "one row per payload, in order, streamed",
                    "content": {
                        **_json({"type": "array", "items": {"$ref": _REF + "BatchRow"}}),
                        "application/x-ndjson": {"schema": {"type": "string"}},
                    },
                },
                **_error_responses("400", "404", "408", "413", "415"),
            },
        }
    }
    return {f"/calculators/{name}/evaluate": evaluate, f"/calculators/{name}/batch": batch}


def _get(summary: str, content: dict[str, Any], *errors: str, parameters: list[Any] | None = None) -> dict[str, Any]:
    operation: dict[str, Any] = {"summary": summary, "responses": {"200": {"description": summary, "content": content}}}
    operation["responses"].update(_error_responses(*errors))
    if parameters:
        operation["parameters"] = parameters
    return {"get": operation}


def openapi() -> dict[str, Any]:
    """The OpenAPI 3.1 document of every registered calculator."""
    registry = load_all()
    names = sorted(registry)
    documents = document_keys()
    name_param = {"name": "name", "in": "path", "required": True, "schema": {"enum": names}}
    at_param = {"name": "at", "in": "query", "required": False, "schema": _DAY}
    html = {"text/html": {"schema": {"type": "string"}}}
    paths: dict[str, Any] = {
        "/calculators": _get(
            "every calculator", _json({"type": "array", "items": {"$ref": _REF + "CalculatorSummary"}})
        ),
        "/calculators/{name}": _get(
            "one calculator: its JSON Schema and worked examples",
            _json({"type": "object"}),
            "404",
            parameters=[name_param],
        ),
    }
    for name in names:
        paths.update(_operations(name, registry[name]))
    paths["/parameters"] = _get(
        "the law's figures",
        _json({"type": "array", "items": {"type": "object"}}),
        "400",
        parameters=[at_param, {"name": "document", "in": "query", "required": False, "schema": {"type": "string"}}],
    )
    paths["/parameters/{name}"] = _get(
        "one figure of the law, as in force on a day",
        _json({"type": "object"}),
        "400",
        "404",
        parameters=[{"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}, at_param],
    )
    paths["/readings"] = _get(
        "the law's open questions: each reading, its options and default",
        _json({"type": "array", "items": {"$ref": _REF + "Reading"}}),
        "400",
        parameters=[
            {"name": "document", "in": "query", "required": False, "schema": {"enum": documents}},
            _QUERY[0],
        ],
    )
    paths["/healthz"] = _get(
        "for orchestrators",
        _json({"type": "object", "properties": {"status": {"const": "ok"}, "version": {"type": "string"}}}),
    )
    paths["/openapi.json"] = _get("this document", _json({"type": "object"}))
    paths["/"] = _get("the calculators by document, as an HTML page", html)
    paths["/form/{name}"] = _get("a calculator's form, as an HTML page", html, "404", parameters=[name_param])
    check_paths, check_schemas = check_openapi()
    paths.update(check_paths)
    schemas: dict[str, Any] = {
        **_result_schemas(),
        "Error": ERROR_SCHEMA,
        "CalculatorSummary": _summary(documents),
        "Reading": READING_SCHEMA,
        "BatchRow": {
            "oneOf": [
                {"type": "object", "properties": {"result": {"$ref": _REF + "Result"}}, "required": ["result"]},
                {"$ref": _REF + "Error"},
            ]
        },
        **_payload_schemas(registry),
        **check_schemas,
    }
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "qinzhou-calc",
            "version": qc.__version__,
            "description": (
                "钦州市2019年四份规范性文件的计算器：每个计算器的 JSON Schema、计算结果（步骤、依据、说明）和错误。"
            ),
            "license": {"name": "MIT", "identifier": "MIT"},
        },
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "tags": [{"name": d} for d in (*documents, "check")],
        "paths": paths,
        "components": {"schemas": schemas},
    }
