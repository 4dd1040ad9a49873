"""The readings of the law over HTTP: ``GET /readings``; ``_readings`` in a body or
``reading=CODE=OPTION`` in the query of evaluate, batch and ``POST /check/{subject}``; every bad
choice a 400 in the error shape (``unknown_reading``, ``invalid_reading``), never a 500; all of it in
``/openapi.json``."""

import html
import json
import re
from typing import Any
from urllib.parse import quote

import jsonschema
import pytest
from starlette.testclient import TestClient

import qinzhou_calc as qc
from tests.loan_case import (
    CODE,
    DEFAULT_AMOUNT,
    INCLUDED_AMOUNT,
    LOAN_CALCULATOR,
    PAYLOAD,
    PROFILE,
    PROFILE_DECIDED,
    loan_reading,
)

EVALUATE = f"/calculators/{LOAN_CALCULATOR}/evaluate"
BATCH = f"/calculators/{LOAN_CALCULATOR}/batch"
INCLUDED = f"reading={quote(CODE)}%3Dincluded"
USED_INCLUDED = [{"code": CODE, "option": "included", "default": False}]


def problems(body: dict[str, Any]) -> list[tuple[str, str]]:
    return [(row["field"], row["code"]) for row in body["error"]["errors"]]


# --- GET /readings ----------------------------------------------------------------------------------


def test_get_readings_is_qc_readings(client: TestClient) -> None:
    response = client.get("/readings")
    assert 200 == response.status_code
    assert qc.readings() == response.json()
    assert CODE in [row["code"] for row in response.json()]


def test_get_readings_of_one_document_in_english(client: TestClient) -> None:
    response = client.get("/readings?document=education&lang=en")
    assert 200 == response.status_code
    assert qc.readings(document="education", lang="en") == response.json()
    [loan] = [row for row in response.json() if row["code"] == CODE]
    assert ("excluded", "Is interest that ran before the policy took effect (2019-11-22) subsidised?") == (
        loan["default"],
        loan["question"],
    )


def test_get_readings_of_a_document_that_does_not_exist_is_400(client: TestClient) -> None:
    response = client.get("/readings?document=nowhere")
    assert 400 == response.status_code
    assert [("document", "invalid_choice")] == problems(response.json())


# --- evaluate ---------------------------------------------------------------------------------------


def test_evaluate_takes_the_default_reading(client: TestClient) -> None:
    body = client.post(EVALUATE, json=PAYLOAD).json()
    assert (DEFAULT_AMOUNT, [{"code": CODE, "option": "excluded", "default": True}]) == (
        body["amount"],
        loan_reading(body["readings"]),
    )


def test_evaluate_takes_readings_in_the_body(client: TestClient) -> None:
    response = client.post(EVALUATE, json={**PAYLOAD, "_readings": {CODE: "included"}})
    assert 200 == response.status_code
    assert (INCLUDED_AMOUNT, USED_INCLUDED) == (response.json()["amount"], loan_reading(response.json()["readings"]))


def test_evaluate_takes_readings_in_the_query(client: TestClient) -> None:
    response = client.post(f"{EVALUATE}?{INCLUDED}", json=PAYLOAD)
    assert 200 == response.status_code
    assert (INCLUDED_AMOUNT, USED_INCLUDED) == (response.json()["amount"], loan_reading(response.json()["readings"]))


def test_a_lean_result_keeps_its_readings(client: TestClient) -> None:
    body = client.post(f"{EVALUATE}?{INCLUDED}&explain=false", json=PAYLOAD).json()
    assert (INCLUDED_AMOUNT, USED_INCLUDED, []) == (body["amount"], loan_reading(body["readings"]), body["steps"])


def test_the_bodys_readings_win_over_the_querys(client: TestClient) -> None:
    body = client.post(f"{EVALUATE}?{INCLUDED}", json={**PAYLOAD, "_readings": {CODE: "excluded"}}).json()
    assert DEFAULT_AMOUNT == body["amount"]


@pytest.mark.parametrize(
    ("query", "readings", "expected"),
    [
        (f"reading={quote(CODE)}%3Dsometimes", None, [(f"readings[{CODE!r}]", "invalid_reading")]),
        ("reading=roads.no.such%3Dx", None, [("readings['roads.no.such']", "unknown_reading")]),
        ("", {CODE: "sometimes"}, [(f"readings[{CODE!r}]", "invalid_reading")]),
        ("", {"roads.no.such": "x"}, [("readings['roads.no.such']", "unknown_reading")]),
        ("", {CODE: 1}, [(f"readings[{CODE!r}]", "invalid_reading")]),
        ("", [CODE], [("_readings", "invalid_reading")]),
        ("", None, None),
        (f"reading={quote(CODE)}", None, [("reading", "invalid_reading")]),
        ("reading=", None, [("reading", "invalid_reading")]),
        ("reading=%3Dincluded", None, [("reading", "invalid_reading")]),
        (f"{INCLUDED}&reading={quote(CODE)}%3Dexcluded", None, [("reading", "invalid_reading")]),
    ],
)
def test_every_bad_reading_is_a_400_in_the_error_shape(
    client: TestClient, query: str, readings: object, expected: list[tuple[str, str]] | None
) -> None:
    payload = dict(PAYLOAD) if readings is None else {**PAYLOAD, "_readings": readings}
    response = client.post(f"{EVALUATE}?{query}", json=payload)
    if expected is None:
        assert 200 == response.status_code
        return
    assert 400 == response.status_code
    assert "input_error" == response.json()["error"]["type"]
    assert expected == problems(response.json())


def test_a_bad_reading_is_said_in_the_language_asked_for(client: TestClient) -> None:
    response = client.post(f"{EVALUATE}?lang=en&reading=no-equals-sign", json=PAYLOAD)
    assert 400 == response.status_code
    assert "a reading is written CODE=OPTION, got 'no-equals-sign'" == response.json()["error"]["errors"][0]["message"]


def test_the_same_reading_twice_with_the_same_option_is_one_choice(client: TestClient) -> None:
    response = client.post(f"{EVALUATE}?{INCLUDED}&{INCLUDED}", json=PAYLOAD)
    assert (200, INCLUDED_AMOUNT) == (response.status_code, response.json()["amount"])


# --- batch ------------------------------------------------------------------------------------------


def test_a_batch_array_takes_readings_in_the_query(client: TestClient) -> None:
    response = client.post(f"{BATCH}?{INCLUDED}", json=[PAYLOAD, PAYLOAD])
    assert 200 == response.status_code
    assert [INCLUDED_AMOUNT, INCLUDED_AMOUNT] == [row["result"]["amount"] for row in response.json()]
    assert [USED_INCLUDED, USED_INCLUDED] == [loan_reading(row["result"]["readings"]) for row in response.json()]


def test_a_batch_of_json_lines_takes_readings_in_the_query(client: TestClient) -> None:
    lines = "".join(json.dumps(PAYLOAD) + "\n" for _ in range(2))
    response = client.post(
        f"{BATCH}?{INCLUDED}",
        content=lines.encode(),
        headers={"content-type": "application/x-ndjson", "accept": "application/x-ndjson"},
    )
    assert 200 == response.status_code
    assert [INCLUDED_AMOUNT] * 2 == [json.loads(line)["result"]["amount"] for line in response.text.splitlines()]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (f"reading={quote(CODE)}%3Dsometimes", (f"readings[{CODE!r}]", "invalid_reading")),
        ("reading=roads.no.such%3Dx", ("readings['roads.no.such']", "unknown_reading")),
        ("reading=no-equals-sign", ("reading", "invalid_reading")),
    ],
)
def test_a_batch_with_a_bad_reading_is_one_400(client: TestClient, query: str, expected: tuple[str, str]) -> None:
    response = client.post(f"{BATCH}?{query}", json=[PAYLOAD, PAYLOAD])
    assert 400 == response.status_code
    assert [expected] == problems(response.json())


# --- POST /check/{subject} --------------------------------------------------------------------------


def loan_item(report: dict[str, Any]) -> dict[str, Any]:
    [item] = [item for item in report["items"] if item["calculator"] == LOAN_CALCULATOR]
    found: dict[str, Any] = item
    return found


@pytest.mark.parametrize(
    ("query", "profile"),
    [(INCLUDED, PROFILE), ("", {**PROFILE, "_readings": {CODE: "included"}})],
)
def test_a_profile_check_takes_the_reading_in_the_query_or_the_body(
    client: TestClient, query: str, profile: dict[str, Any]
) -> None:
    response = client.post(f"/check/school?decision_date={PROFILE_DECIDED}&{query}", json=profile)
    assert 200 == response.status_code
    item = loan_item(response.json())
    assert (INCLUDED_AMOUNT, USED_INCLUDED) == (item["result"]["amount"], loan_reading(item["result"]["readings"]))


def test_a_profile_check_takes_the_default_reading(client: TestClient) -> None:
    response = client.post(f"/check/school?decision_date={PROFILE_DECIDED}", json=PROFILE)
    assert DEFAULT_AMOUNT == loan_item(response.json())["result"]["amount"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (f"reading={quote(CODE)}%3Dsometimes", "invalid_reading"),
        ("reading=roads.no.such%3Dx", "unknown_reading"),
        ("reading=no-equals-sign", "invalid_reading"),
    ],
)
def test_a_profile_check_with_a_bad_reading_is_a_400(client: TestClient, query: str, expected: str) -> None:
    response = client.post(f"/check/school?{query}", json=PROFILE)
    assert 400 == response.status_code
    assert [expected] == [row["code"] for row in response.json()["error"]["errors"]]


# --- /openapi.json ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def document(client: TestClient) -> dict[str, Any]:
    found: dict[str, Any] = client.get("/openapi.json").json()
    return found


def test_openapi_lists_get_readings_and_its_rows_fit_the_schema(client: TestClient, document: dict[str, Any]) -> None:
    operation = document["paths"]["/readings"]["get"]
    assert {"document", "lang"} == {parameter["name"] for parameter in operation["parameters"]}
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    validator = jsonschema.Draft202012Validator({**schema, "components": document["components"]})
    validator.validate(client.get("/readings").json())


def test_openapi_names_the_reading_parameter_on_evaluate_batch_and_check(document: dict[str, Any]) -> None:
    operations = [
        document["paths"][f"/calculators/{LOAN_CALCULATOR}/evaluate"]["post"],
        document["paths"][f"/calculators/{LOAN_CALCULATOR}/batch"]["post"],
        document["paths"]["/check/school"]["post"],
    ]
    for operation in operations:
        [reading] = [parameter for parameter in operation["parameters"] if parameter["name"] == "reading"]
        assert ("query", True, "array") == (reading["in"], reading["explode"], reading["schema"]["type"])


# --- the HTML form ----------------------------------------------------------------------------------

#: 政府令第11号 第十九条: a secondary road's longitudinal trench, certificate 2020-01-23: backfilled within
#: 2 days, by 2020-01-25; extended past the Spring Festival rest days by 民法典 第二百零三条, 2020-02-03.
BACKFILL_FORM = {
    "obligation": "backfill",
    "start": "2020-01-23",
    "road_class": "secondary",
    "direction": "longitudinal",
}
BACKFILL = "roads.backfill.rest_day_end"
READING_FIELD = f"reading:{BACKFILL}"


def selected(page: str, name: str) -> list[str]:
    """The options of the select ``name`` marked selected."""
    select = page.split(f'name="{name}"', 1)[1].split("</select>", 1)[0]
    return [value for value, flag in re.findall(r'<option value="([^"]*)"( selected)?>', select) if flag]


def deadline(page: str) -> str:
    [found] = re.findall(r'<dd data-key="deadline">([^<]*)</dd>', page)
    return str(found)


def test_the_form_offers_a_choice_for_each_reading_the_result_depended_on(client: TestClient) -> None:
    page = client.post("/form/roads.deadline", data=BACKFILL_FORM).text
    assert "2020-01-25" == deadline(page)
    assert ["no_extension"] == selected(page, READING_FIELD)
    assert "（默认）" in page.split(f'name="{READING_FIELD}"', 1)[1].split("</select>", 1)[0]


def test_the_form_computes_again_under_the_option_chosen(client: TestClient) -> None:
    page = client.post("/form/roads.deadline", data={**BACKFILL_FORM, READING_FIELD: "civil_code_203"}).text
    assert "2020-02-03" == deadline(page)
    assert ["civil_code_203"] == selected(page, READING_FIELD)


def test_a_form_without_a_reading_to_depend_on_offers_no_choice(client: TestClient) -> None:
    """附件5 二（四）: 0.5% of 1,000,001 is 5,000.01, a figure no reading touches."""
    payload = {"registered_amount": "1000001", "as_of": "2020-06-30"}
    assert () == qc.evaluate("techinno.contract_registration_subsidy", payload).readings
    answer = client.post("/form/techinno.contract_registration_subsidy", data=payload)
    assert 200 == answer.status_code
    assert "5000.01 元" in answer.text
    assert "reading:" not in answer.text


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [(READING_FIELD, "sometimes", "invalid_reading"), ("reading:roads.no.such", "x", "unknown_reading")],
)
def test_a_bad_choice_on_the_form_is_a_400_page_that_says_so(
    client: TestClient, field: str, value: str, code: str
) -> None:
    answer = client.post("/form/roads.deadline", data={**BACKFILL_FORM, field: value})
    assert 400 == answer.status_code
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate("roads.deadline", BACKFILL_FORM, readings={field.removeprefix("reading:"): value})
    assert {code} == caught.value.codes
    assert html.escape(caught.value.errors[0].message) in answer.text
