"""Every endpoint of API.md's "Web service" table answers with the shape it names."""

import json
import re

import jsonschema
import pytest
from starlette.testclient import TestClient

import qinzhou_calc as qc
from qinzhou_calc._core.render import jsonable

from .conftest import EVALUATE, FINE, FINE_PAYLOAD


def test_calculators_lists_every_name_with_title_and_document(client: TestClient) -> None:
    """GET /calculators: [{"name", "title", "document", "document_number", "document_title"}], every
    calculator once, row for row what qinzhou-calc list --json prints."""
    response = client.get("/calculators")
    assert 200 == response.status_code
    rows = response.json()
    assert qc.calculators() == [row["name"] for row in rows]
    assert {
        "name": FINE,
        "title": "未取得挖掘许可证擅自挖掘城市道路的罚款",
        "document": "roads",
        "document_number": "政府令第11号",
        "document_title": "钦州市中心城区城市道路挖掘修复管理办法",
    } in rows
    assert {"name", "title", "document", "document_number", "document_title"} == set().union(*rows)


def test_one_calculator_gives_its_schema_and_examples(client: TestClient) -> None:
    """GET /calculators/{name}: the schema of qc.schema(name) and the registered examples."""
    response = client.get(f"/calculators/{FINE}")
    assert 200 == response.status_code
    body = response.json()
    assert ["name", "title", "document", "document_number", "document_title", "schema", "examples"] == list(body)
    assert qc.schema(FINE) == body["schema"]
    assert body["examples"]
    for example in body["examples"]:
        assert {"title", "payload"} == set(example)
        jsonschema.Draft202012Validator(body["schema"]).validate(example["payload"])


def test_evaluate_answers_result_to_dict(client: TestClient) -> None:
    """POST …/evaluate: 200 with Result.to_dict(); 第二十四条: 35 m² is 3,000 to 10,000 元."""
    response = client.post(EVALUATE, json=FINE_PAYLOAD)
    assert 200 == response.status_code
    assert "application/json" == response.headers["content-type"]
    assert qc.evaluate(FINE, FINE_PAYLOAD).to_dict() == response.json()
    assert ("3000.00", "10000.00") == (response.json()["minimum"], response.json()["maximum"])


def test_evaluate_reads_numbers_exactly(client: TestClient) -> None:
    """A JSON number is read as the decimal it spells: 1000000.99999999999 × 0.5% is 5000.00."""
    body = b'{"registered_amount": 1000000.99999999999, "as_of": "2020-06-30"}'
    response = client.post(
        "/calculators/techinno.contract_registration_subsidy/evaluate",
        content=body,
        headers={"content-type": "application/json; charset=utf-8"},
    )
    assert 200 == response.status_code
    assert "5000.00" == response.json()["amount"]


def test_every_registered_example_evaluates_as_in_python(client: TestClient) -> None:
    """The service and the library agree on every registered example."""
    for name in qc.calculators():
        for example in client.get(f"/calculators/{name}").json()["examples"]:
            response = client.post(f"/calculators/{name}/evaluate", json=example["payload"])
            assert 200 == response.status_code, (name, response.text)
            assert qc.evaluate(name, example["payload"]).to_dict() == response.json()


def test_batch_takes_a_json_array_and_answers_in_order(client: TestClient) -> None:
    """POST …/batch with a JSON array: one {"result"} or {"error"} per row, in order."""
    rows = [FINE_PAYLOAD, {"points": [-1], "violation_date": "2020-05-01"}, [], FINE_PAYLOAD]
    response = client.post(f"/calculators/{FINE}/batch", json=rows)
    assert 200 == response.status_code
    answer = response.json()
    assert ["result", "error", "error", "result"] == [next(iter(row)) for row in answer]
    assert qc.evaluate(FINE, FINE_PAYLOAD).to_dict() == answer[0]["result"]
    assert "negative" == answer[1]["error"]["errors"][0]["code"]
    assert "type" == answer[2]["error"]["errors"][0]["code"]


def test_batch_takes_json_lines_and_can_answer_in_json_lines(client: TestClient) -> None:
    """JSON Lines in (a line that is not JSON is that row's error), JSON Lines out on request."""
    body = "\n".join([json.dumps(FINE_PAYLOAD), "{not json", "", json.dumps(FINE_PAYLOAD)]) + "\n"
    response = client.post(
        f"/calculators/{FINE}/batch",
        content=body.encode(),
        headers={"content-type": "application/x-ndjson", "accept": "application/x-ndjson"},
    )
    assert 200 == response.status_code
    assert response.headers["content-type"].startswith("application/x-ndjson")
    lines = [json.loads(line) for line in response.text.splitlines()]
    assert ["result", "error", "result"] == [next(iter(row)) for row in lines]
    assert "invalid_json" == lines[1]["error"]["errors"][0]["code"]


def test_batch_streams_many_rows_in_order(client: TestClient) -> None:
    """Several chunks of rows come back complete and in order."""
    rows = [{"registered_amount": n, "as_of": "2020-06-30"} for n in range(1000, 1300)]
    response = client.post("/calculators/techinno.contract_registration_subsidy/batch", json=rows)
    assert 200 == response.status_code
    amounts = [row["result"]["amount"] for row in response.json()]
    assert [qc.evaluate("techinno.contract_registration_subsidy", r).to_dict()["amount"] for r in rows] == amounts


def test_an_empty_batch_is_an_empty_list(client: TestClient) -> None:
    """[] in, [] out; an empty JSON Lines body, no lines out."""
    assert [] == client.post(f"/calculators/{FINE}/batch", json=[]).json()
    response = client.post(
        f"/calculators/{FINE}/batch",
        content=b"",
        headers={"content-type": "application/jsonl", "accept": "application/jsonl"},
    )
    assert (200, "") == (response.status_code, response.text)


def test_healthz(client: TestClient) -> None:
    """GET /healthz: {"status": "ok", "version": …}."""
    response = client.get("/healthz")
    assert (200, {"status": "ok", "version": qc.__version__}) == (response.status_code, response.json())


def test_parameters_list_the_catalogue(client: TestClient) -> None:
    """GET /parameters and /parameters/{name}: qc.parameters() and qc.parameter(), as JSON."""
    assert jsonable(qc.parameters()) == client.get("/parameters").json()
    roads = client.get("/parameters", params={"document": "roads"}).json()
    assert roads
    assert all(row["name"].startswith("roads.") for row in roads)
    one = client.get("/parameters/education.new_build.rate_per_m2", params={"at": "2020-01-01"})
    assert (200, "120") == (one.status_code, one.json()["value"])


@pytest.mark.parametrize(
    ("path", "status", "code"),
    [
        ("/parameters/no.such.figure", 404, "unknown_parameter"),
        ("/parameters?at=2020-13-01", 400, "invalid_date"),
        ("/parameters?document=nope", 400, "invalid_choice"),
        ("/parameters/education.new_build.rate_per_m2?at=yesterday", 400, "invalid_date"),
    ],
)
def test_parameter_lookups_that_fail(client: TestClient, path: str, status: int, code: str) -> None:
    """An unknown figure is 404, a bad date 400, in the error shape."""
    response = client.get(path)
    assert status == response.status_code
    assert code == response.json()["error"]["errors"][0]["code"]


NEW_BUILD = {
    "school": {"type": "primary", "classes": 12, "students": 540, "non_profit": True},
    "new_teaching_area_m2": "10000",
    "as_of": "2020-06-30",
}


def test_overrides_arrive_as_a_query_parameter_or_a_top_level_key(client: TestClient) -> None:
    """What-if: 150 元/m² instead of 第六条（一）'s 120 on 10,000 m² is 1,500,000.00, hypothetical."""
    path = "/calculators/education.new_build_subsidy/evaluate"
    query = client.post(path, params={"overrides": '{"education.new_build.rate_per_m2": "150"}'}, json=NEW_BUILD)
    key = client.post(path, json={**NEW_BUILD, "_overrides": {"education.new_build.rate_per_m2": "150"}})
    plain = client.post(path, json=NEW_BUILD)
    for response in (query, key):
        assert 200 == response.status_code, response.text
        assert ("1500000.00", True) == (response.json()["amount"], response.json()["hypothetical"])
    assert ("1200000.00", False) == (plain.json()["amount"], plain.json()["hypothetical"])


def test_an_unknown_override_is_a_400(client: TestClient) -> None:
    """An override naming no parameter is the library's unknown_parameter, on evaluate and batch."""
    path = "/calculators/education.new_build_subsidy"
    body = {**NEW_BUILD, "_overrides": {"education.no_such_figure": "1"}}
    response = client.post(f"{path}/evaluate", json=body)
    assert 400 == response.status_code
    assert "unknown_parameter" in {row["code"] for row in response.json()["error"]["errors"]}
    batch = client.post(f"{path}/batch", params={"overrides": '{"education.no_such_figure": "1"}'}, json=[NEW_BUILD])
    assert batch.status_code in (200, 400)
    assert "unknown_parameter" in batch.text


@pytest.mark.parametrize("how", ["query", "key"])
def test_the_library_speaks_english_when_asked(client: TestClient, how: str) -> None:
    """?lang=en or "_lang": "en": the library's own messages in English, the codes unchanged."""
    payload: dict[str, object] = {"points": [-5], "violation_date": "2020-05-01"}
    params = {"lang": "en"} if how == "query" else {}
    if how == "key":
        payload["_lang"] = "en"
    english = client.post(EVALUATE, params=params, json=payload).json()["error"]["errors"]
    chinese = client.post(EVALUATE, json={"points": [-5], "violation_date": "2020-05-01"}).json()["error"]["errors"]
    assert [e["code"] for e in chinese] == [e["code"] for e in english]
    # English names the field by its English title ("Area of each excavation point (m²)"): no Chinese in it.
    assert not any(re.search(r"[\u4e00-\u9fff]", message["message"]) for message in english)
    assert all(re.search(r"[\u4e00-\u9fff]", message["message"]) for message in chinese)


def test_an_unknown_calculator_over_http_says_which_was_meant(client: TestClient) -> None:
    """404 unknown_calculator, with the name likely meant, in Chinese and with lang=en in English."""
    response = client.post("/calculators/contract_registration_subsidy/evaluate", json={})
    assert 404 == response.status_code
    [problem] = response.json()["error"]["errors"]
    assert "unknown_calculator" == problem["code"]
    assert problem["message"].endswith("；是否想写 'techinno.contract_registration_subsidy'？")
    english = client.post("/calculators/contract_registration_subsidy/evaluate?lang=en", json={}).json()
    assert english["error"]["errors"][0]["message"].endswith("; did you mean 'techinno.contract_registration_subsidy'?")


def test_an_unknown_field_over_http_says_which_was_meant(client: TestClient) -> None:
    payload = {"registered_amout": "1000000", "as_of": "2020-06-30"}
    response = client.post("/calculators/techinno.contract_registration_subsidy/evaluate", json=payload)
    assert 400 == response.status_code
    messages = {p["field"]: p["message"] for p in response.json()["error"]["errors"]}
    assert "'registered_amout' 不是此计算器的字段；是否想写 'registered_amount'？" == messages["registered_amout"]
