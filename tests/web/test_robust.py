"""No request gets a 500 or a cut answer: text JSON cannot carry in UTF-8, deep options, huge
forms, bad headers, a batch row that fails, and the lean answer of ``/batch``."""

import copy
import json
from collections.abc import Iterable
from typing import Any

import anyio
import pytest
from starlette.requests import Request
from starlette.testclient import TestClient

import qinzhou_calc.web._api as web_api
from qinzhou_calc import InputError
from qinzhou_calc._core.errors import Problem
from qinzhou_calc._core.registry import load_all
from qinzhou_calc.web import create_app
from qinzhou_calc.web._body import read_body
from qinzhou_calc.web._calls import evaluate_rows
from qinzhou_calc.web._errors import WebError

from .conftest import EVALUATE, FINE, FINE_PAYLOAD

BATCH = f"/calculators/{FINE}/batch"
JSON = {"content-type": "application/json"}
FORM = {"content-type": "application/x-www-form-urlencoded"}


def _example(name: str) -> dict[str, Any]:
    return copy.deepcopy(dict(load_all()[name].examples[0].payload))


def test_a_lone_surrogate_as_a_key_is_echoed_as_its_json_escape(client: TestClient) -> None:
    """``{"\\ud800": 1}`` names an unknown field; the answer says so, as valid UTF-8 JSON that
    gives back the same key."""
    answer = client.post(
        EVALUATE, content=b'{"\\ud800": 1, "points": [35], "violation_date": "2020-05-01"}', headers=JSON
    )
    assert 400 == answer.status_code
    assert b"\\ud800" in answer.content
    answer.content.decode("utf-8")  # strict UTF-8
    errors = json.loads(answer.content)["error"]["errors"]
    assert [("unknown_field", '["\ud800"]')] == [(e["code"], e["field"]) for e in errors]


@pytest.mark.parametrize(
    ("name", "rows"), [("techinno.incubator_subsidy", "incubatees"), ("banking.score_banks", "banks")]
)
def test_an_incubatee_or_bank_named_by_a_lone_surrogate_gets_the_same_answer(
    client: TestClient, name: str, rows: str
) -> None:
    """The name is only carried through; the answer is the example's, byte for byte, with the
    name written as its JSON escape."""
    payload = json.loads(json.dumps(_example(name), default=str))
    original = payload[rows][0]["name"]
    expected = client.post(f"/calculators/{name}/evaluate", json=payload)
    payload[rows][0]["name"] = "\udfff"
    answer = client.post(f"/calculators/{name}/evaluate", content=json.dumps(payload).encode(), headers=JSON)
    assert 200 == expected.status_code == answer.status_code
    assert "\udfff" == json.loads(answer.content)["inputs"][rows][0]["name"]
    assert expected.content == answer.content.replace(b"\\udfff", original.encode())


def _batch(client: TestClient, rows: Iterable[bytes], query: str = "") -> list[Any]:
    answer = client.post(BATCH + query, content=b"[" + b",".join(rows) + b"]", headers=JSON)
    assert 200 == answer.status_code, answer.content[:300]
    found: list[Any] = json.loads(answer.content)  # the whole answer, not cut
    return found


GOOD = json.dumps(FINE_PAYLOAD).encode()
SURROGATE = b'{"points": [35], "violation_date": "2020-05-01", "\\udfff": 1}'


@pytest.mark.parametrize("where", [0, 63, 64, 150])
def test_a_batch_row_with_a_lone_surrogate_is_its_own_error_and_every_other_row_is_answered(
    client: TestClient, where: int
) -> None:
    rows = [GOOD] * 200
    rows[where] = SURROGATE
    found = _batch(client, rows)
    assert 200 == len(found)
    assert "unknown_field" == found[where]["error"]["errors"][0]["code"]
    assert '["\udfff"]' == found[where]["error"]["errors"][0]["field"]
    assert ["10000.00"] * 199 == [row["result"]["maximum"] for i, row in enumerate(found) if i != where]


def test_a_row_the_library_fails_on_is_that_rows_internal_error(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever escapes the library for one row (here a RuntimeError) costs that row only, in the
    first chunk and after the answer has started."""
    real = evaluate_rows

    def failing(name: str, payloads: Any, opts: Any) -> Any:
        payloads = list(payloads)
        if any(p.get("points") == [13] for p in payloads):
            raise RuntimeError("a row the library could not read")
        if [[14]] == [p.get("points") for p in payloads]:
            raise InputError([Problem("points", "type", "不可读", "unreadable")])
        return real(name, payloads, opts)

    monkeypatch.setattr("qinzhou_calc.web._api.evaluate_rows", failing)
    bad = json.dumps({**FINE_PAYLOAD, "points": [13]}).encode()
    unreadable = json.dumps({**FINE_PAYLOAD, "points": [14]}).encode()
    rows = [GOOD] * 130
    rows[1] = rows[100] = bad
    rows[2] = unreadable
    found = _batch(client, rows)
    assert [1, 2, 100] == [i for i, row in enumerate(found) if "error" in row]
    assert ["internal_error", "type", "internal_error"] == [found[i]["error"]["errors"][0]["code"] for i in (1, 2, 100)]
    assert 127 == sum(row["result"]["maximum"] == "10000.00" for row in found if "result" in row)


def test_a_row_whose_result_cannot_be_written_is_that_rows_internal_error(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = web_api.dumps

    def dumps(data: Any) -> bytes:
        if "result" in data and data["result"]["inputs"]["points"] == ["13"]:
            raise TypeError("not JSON")
        return real(data)

    monkeypatch.setattr(web_api, "dumps", dumps)
    found = _batch(client, [GOOD, json.dumps({**FINE_PAYLOAD, "points": [13]}).encode(), GOOD])
    assert ["result", "error", "result"] == [next(iter(row)) for row in found]
    assert "internal_error" == found[1]["error"]["errors"][0]["code"]


def test_an_option_refused_for_every_row_after_the_first_chunk_is_written_on_each_row(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = 0
    real = evaluate_rows

    def refusing(name: str, payloads: Any, opts: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls > 1:
            raise InputError([Problem("overrides", "invalid_override", "不接受", "refused")])
        return real(name, payloads, opts)

    monkeypatch.setattr("qinzhou_calc.web._api.evaluate_rows", refusing)
    found = _batch(client, [GOOD] * 70)
    assert 70 == len(found)
    assert ["invalid_override"] * 6 == [row["error"]["errors"][0]["code"] for row in found[64:]]


def test_explain_false_on_batch_gives_the_same_amounts_without_the_explanation(client: TestClient) -> None:
    """The lean rows equal the full rows but for steps, citations and notes, which are empty;
    35 m² at one point is 3,000 to 10,000 元 either way (政府令第11号 第二十四条)."""
    payloads = [FINE_PAYLOAD, {"points": [35, 80], "violation_date": "2020-05-01"}, {"points": [-1]}]
    rows = [json.dumps(p).encode() for p in payloads]
    full, lean = _batch(client, rows), _batch(client, rows, "?explain=false")
    assert "10000.00" == lean[0]["result"]["maximum"]
    assert full[2] == lean[2]  # the same error
    for whole, short in zip(full[:2], lean[:2], strict=True):
        assert whole["result"]["steps"]
        assert [] == short["result"]["steps"]
        explained = ("steps", "citations", "notes")
        assert {k: v for k, v in whole["result"].items() if k not in explained} == {
            k: v for k, v in short["result"].items() if k not in explained
        }


def test_explain_false_on_evaluate_and_a_bad_explain_value(client: TestClient) -> None:
    lean = client.post(EVALUATE + "?explain=false", json=FINE_PAYLOAD).json()
    assert ("10000.00", []) == (lean["maximum"], lean["steps"])
    assert client.post(EVALUATE + "?explain=1", json=FINE_PAYLOAD).json()["steps"]
    answer = client.post(EVALUATE + "?explain=maybe", json=FINE_PAYLOAD)
    assert 400 == answer.status_code
    assert [("explain", "invalid_choice")] == [(e["field"], e["code"]) for e in answer.json()["error"]["errors"]]


def test_overrides_nested_a_thousand_deep_are_refused_at_their_place(client: TestClient) -> None:
    deep = "[" * 1000 + "]" * 1000
    answer = client.post(EVALUATE, params={"overrides": deep}, json=FINE_PAYLOAD)
    assert 400 == answer.status_code
    assert [("overrides", "out_of_range")] == [(e["field"], e["code"]) for e in answer.json()["error"]["errors"]]
    answer = client.post(BATCH, params={"overrides": "{" * 5000}, json=[FINE_PAYLOAD])
    assert 400 == answer.status_code
    assert "invalid_override" == answer.json()["error"]["errors"][0]["code"]


def test_a_form_of_more_than_twenty_thousand_fields_is_a_413(client: TestClient) -> None:
    body = "&".join(f"f{i}=1" for i in range(20_001))
    answer = client.post(f"/form/{FINE}", content=body, headers=FORM)
    assert 413 == answer.status_code
    assert "body_too_large" == answer.json()["error"]["errors"][0]["code"]
    under = client.post(f"/form/{FINE}", content="&".join(f"f{i}=1" for i in range(20_000)), headers=FORM)
    assert 400 == under.status_code  # the form, with the missing fields marked


@pytest.mark.parametrize("length", ["²", "9" * 5000, "12345678901234567890"])
def test_a_content_length_that_is_not_a_small_number_is_no_500(client: TestClient, length: str) -> None:
    answer = client.post(
        EVALUATE,
        content=GOOD,
        headers={b"content-type": b"application/json", b"content-length": length.encode("latin-1")},
    )
    assert answer.status_code in (200, 413)
    answer.json()


def test_an_oversize_chunked_body_past_the_drain_bound_is_answered_and_the_connection_closed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("qinzhou_calc.web._body.DRAIN_BYTES", 1000)
    with TestClient(create_app(max_body=100), raise_server_exceptions=False) as small:
        answer = small.post(EVALUATE, content=iter([b"x" * 600] * 5), headers=JSON)
        kept = small.post(EVALUATE, content=iter([b"x" * 300] * 3), headers=JSON)
    assert (413, "close") == (answer.status_code, answer.headers["connection"])
    assert (413, None) == (kept.status_code, kept.headers.get("connection"))  # read to its end


def test_an_oversize_body_that_stops_arriving_is_a_413_and_the_connection_closed() -> None:
    """Over the limit and then silent: the answer is the 413 (the size is known), not a 408."""
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            await anyio.sleep(10)
        sent = True
        return {"type": "http.request", "body": b"x" * 200, "more_body": True}

    async def read() -> WebError:
        request = Request({"type": "http", "method": "POST", "headers": []}, receive)
        with pytest.raises(WebError) as caught:
            await read_body(request, 100, 0.1)
        return caught.value

    error = anyio.run(read)
    assert (413, {"Connection": "close"}) == (error.status, error.headers)
