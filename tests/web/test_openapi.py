"""GET /openapi.json: OpenAPI 3.1 generated from the registry, checked by openapi-spec-validator."""

from typing import Any

import jsonschema
import pytest
from openapi_spec_validator import validate
from starlette.testclient import TestClient

import qinzhou_calc as qc
from qinzhou_calc._core.registry import get

from .conftest import EVALUATE, FINE_PAYLOAD


@pytest.fixture(scope="module")
def document(client: TestClient) -> dict[str, Any]:
    response = client.get("/openapi.json")
    assert 200 == response.status_code
    found: dict[str, Any] = response.json()
    return found


def _inline(node: Any, lookup: dict[str, Any], prefix: str) -> Any:
    """``node`` with every ``$ref`` under ``prefix`` replaced by what it names."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(prefix):
            rest = {k: v for k, v in node.items() if k != "$ref"}
            return {**_inline(lookup[ref.removeprefix(prefix)], lookup, prefix), **_inline(rest, lookup, prefix)}
        return {k: _inline(v, lookup, prefix) for k, v in node.items()}
    if isinstance(node, list):
        return [_inline(v, lookup, prefix) for v in node]
    return node


def _validator(document: dict[str, Any], name: str) -> jsonschema.Draft202012Validator:
    root = {"$ref": f"#/components/schemas/{name}", "components": document["components"]}
    return jsonschema.Draft202012Validator(root, format_checker=jsonschema.FormatChecker())


def test_the_document_is_valid_openapi_3_1(document: dict[str, Any]) -> None:
    """openapi-spec-validator finds nothing wrong."""
    assert "3.1.0" == document["openapi"]
    assert qc.__version__ == document["info"]["version"]
    validate(document)


def test_each_evaluate_body_is_that_calculators_json_schema(document: dict[str, Any]) -> None:
    """The request body of …/{name}/evaluate is qc.schema(name), its definitions moved to components."""
    components = document["components"]["schemas"]
    for name in qc.calculators():
        operation = document["paths"][f"/calculators/{name}/evaluate"]["post"]
        body = operation["requestBody"]["content"]["application/json"]["schema"]
        published = _inline(body, components, "#/components/schemas/")
        original = qc.schema(name)
        expected = _inline(original, original.get("$defs", {}), "#/$defs/")
        for key in ("$schema", "$id", "$defs"):
            expected.pop(key, None)
        assert expected == published, name


def test_each_evaluate_operation_names_result_and_error(document: dict[str, Any]) -> None:
    """200 is Result; 400, 404, 413 and 415 are Error."""
    for name in qc.calculators():
        responses = document["paths"][f"/calculators/{name}/evaluate"]["post"]["responses"]
        assert {"$ref": "#/components/schemas/Result"} == responses["200"]["content"]["application/json"]["schema"]
        for status in ("400", "404", "413", "415"):
            assert {"$ref": "#/components/schemas/Error"} == responses[status]["content"]["application/json"]["schema"]


def test_examples_are_the_registered_examples(document: dict[str, Any]) -> None:
    """Each operation's examples are its calculator's, and each fits the request schema."""
    for name in qc.calculators():
        content = document["paths"][f"/calculators/{name}/evaluate"]["post"]["requestBody"]["content"]
        examples = content["application/json"]["examples"]
        assert [e.title for e in get(name).examples] == [e["summary"] for e in examples.values()]
        validator = _validator(document, name)
        for example in examples.values():
            validator.validate(example["value"])


def test_every_example_result_fits_the_result_schema(document: dict[str, Any], client: TestClient) -> None:
    """The answers the service gives fit the schemas it publishes."""
    result = _validator(document, "Result")
    for name in qc.calculators():
        for example in get(name).examples:
            result.validate(qc.evaluate(name, example.payload).to_dict())


def test_error_answers_fit_the_error_schema(document: dict[str, Any], client: TestClient) -> None:
    """400, 404, 405, 413 and 415 answers fit Error."""
    error = _validator(document, "Error")
    answers = [
        client.post(EVALUATE, json={"points": [-1]}),
        client.post("/calculators/nope/evaluate", json=FINE_PAYLOAD),
        client.get(EVALUATE),
        client.post(EVALUATE, content=b"{}", headers={"content-type": "text/plain"}),
        client.post(EVALUATE, content=b"{", headers={"content-type": "application/json"}),
    ]
    for answer in answers:
        assert answer.status_code >= 400
        error.validate(answer.json())


def test_batch_rows_fit_the_batch_row_schema(document: dict[str, Any], client: TestClient) -> None:
    """A batch answer is an array of BatchRow."""
    rows = client.post(f"{EVALUATE.removesuffix('/evaluate')}/batch", json=[FINE_PAYLOAD, {}]).json()
    validator = _validator(document, "BatchRow")
    for row in rows:
        validator.validate(row)


def test_each_calculators_schema_lists_its_cross_field_rules(document: dict[str, Any]) -> None:
    """The rules the schema cannot express reach a form builder reading the OpenAPI document, and the
    English title of each field beside its Chinese one."""
    schemas = document["components"]["schemas"]
    rules = get("banking.selection_procedure").rules
    description = schemas["banking.selection_procedure"]["description"]
    assert all(rule.zh in description for rule in rules)
    assert "x-title-en" in schemas["banking.selection_procedure"]["properties"]["committee_size"]
