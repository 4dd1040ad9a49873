"""No 500 and no cut answer, whatever the request: query strings, form bodies, and JSON with lone
surrogates and deep nesting, on every endpoint that reads them (property tests)."""

import json
from typing import Any
from urllib.parse import quote, urlencode

import httpx2 as httpx
from hypothesis import given, settings
from hypothesis import strategies as st
from starlette.testclient import TestClient

from .conftest import FINE, FINE_PAYLOAD

#: Text with lone UTF-16 surrogates mixed in, which UTF-8 cannot carry.
texts = st.text(st.one_of(st.characters(), st.integers(0xD800, 0xDFFF).map(chr)), max_size=12)
scalars = st.one_of(st.none(), st.booleans(), st.integers(), texts, st.decimals(allow_nan=False, places=3))
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(texts, inner, max_size=4)),
    max_leaves=12,
)
#: A fine's payload with text beside its fields, or any JSON value at all.
payloads = st.one_of(
    st.dictionaries(texts, values, max_size=3).map(lambda extra: {**FINE_PAYLOAD, **extra}),
    values,
)


@st.composite
def json_texts(draw: st.DrawFn, deepest: int = 3000) -> str:
    """A payload as JSON text (surrogates as ``\\ud800`` escapes), sometimes wrapped in arrays
    or objects up to ``deepest`` levels deep."""
    text = json.dumps(draw(payloads), default=str)
    depth = draw(st.sampled_from([0, 0, 1, 13, 65, deepest]))
    if draw(st.booleans()):
        return "[" * depth + text + "]" * depth
    return '{"a":' * depth + text + "}" * depth


OPTION_KEYS = st.sampled_from(["lang", "overrides", "explain", "at", "document", "example", "x", "lang[]", ""])
# A query option nests at most 1,000 deep: three such options stay within the 64 KiB that an
# HTTP client accepts as a URL (a deeper one cannot be sent, so cannot reach the service).
option_values = st.one_of(
    texts, json_texts(deepest=1000), st.sampled_from(["en", "zh", "false", "true", "2020-05-01", "roads"])
)


@st.composite
def query_strings(draw: st.DrawFn) -> str:
    """A query string: options encoded as a browser would, or raw text with stray ``%``, ``&``, ``=``."""
    pairs = draw(st.lists(st.tuples(OPTION_KEYS, option_values), max_size=3))
    encoded = urlencode([(k, v.encode("utf-8", "surrogatepass")) for k, v in pairs])
    raw = draw(st.text(st.sampled_from("%&=;+aZ09é\u4e2d"), max_size=12))
    return encoded + ("&" + quote(raw, safe="%&=;+") if raw else "")


def _complete(answer: httpx.Response) -> None:
    """No 500, and the whole answer readable: JSON (each line of JSON Lines) or a finished page."""
    assert answer.status_code < 500, answer.content[:300]
    kind = answer.headers.get("content-type", "")
    if kind.startswith("application/json"):
        json.loads(answer.content.decode("utf-8"))
    elif kind.startswith("application/x-ndjson"):
        for line in answer.content.decode("utf-8").splitlines():
            json.loads(line)
    else:
        assert answer.content.decode("utf-8").rstrip().endswith("</html>"), answer.content[-200:]


@settings(max_examples=40)
@given(query=query_strings(), body=json_texts())
def test_no_evaluate_request_is_a_500_or_cut(client: TestClient, query: str, body: str) -> None:
    answer = client.post(f"/calculators/{FINE}/evaluate?{query}", content=body.encode(), headers=_JSON)
    _complete(answer)


_JSON = {"content-type": "application/json"}


@settings(max_examples=30)
@given(query=query_strings(), rows=st.lists(json_texts(), max_size=5), lines=st.booleans())
def test_no_batch_request_is_a_500_or_cut(client: TestClient, query: str, rows: list[str], lines: bool) -> None:
    if lines:
        body = "\n".join(rows)
        headers = {"content-type": "application/x-ndjson", "accept": "application/x-ndjson"}
    else:
        body = "[" + ",".join(rows) + "]"
        headers = _JSON
    answer = client.post(f"/calculators/{FINE}/batch?{query}", content=body.encode(), headers=headers)
    _complete(answer)


form_fields = st.lists(
    st.tuples(st.one_of(st.sampled_from(["points[0].__row", "points[0]", "violation_date"]), texts), texts),
    max_size=6,
)


@settings(max_examples=30)
@given(query=query_strings(), fields=form_fields, raw=st.binary(max_size=40))
def test_no_form_request_is_a_500_or_cut(client: TestClient, query: str, fields: list[Any], raw: bytes) -> None:
    body = urlencode([(k.encode("utf-8", "surrogatepass"), v.encode("utf-8", "surrogatepass")) for k, v in fields])
    answer = client.post(
        f"/form/{FINE}?{query}",
        content=body.encode() + b"&" + raw,
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    _complete(answer)


@settings(max_examples=30)
@given(
    query=query_strings(),
    path=st.sampled_from(
        ["/parameters", "/calculators", f"/calculators/{FINE}", f"/form/{FINE}", "/parameters/roads.x"]
    ),
)
def test_no_get_request_is_a_500_or_cut(client: TestClient, query: str, path: str) -> None:
    _complete(client.get(f"{path}?{query}"))


def test_a_key_holding_a_line_separator_stays_on_its_json_lines_line(client: TestClient) -> None:
    """U+0085 and U+2028 are valid unescaped in JSON, but break a line for ``splitlines``: escaped."""
    body = '{"a\u0085b": 1}\n{"x\u2028": 1}'
    headers = {"content-type": "application/x-ndjson", "accept": "application/x-ndjson"}
    answer = client.post(f"/calculators/{FINE}/batch", content=body.encode(), headers=headers)
    lines = answer.content.decode("utf-8").splitlines()
    assert 2 == len(lines)
    fields = [json.loads(line)["error"]["errors"][-1]["field"] for line in lines]
    assert ['["a\u0085b"]', '["x\u2028"]'] == fields
