"""The HTML pages: the index, every calculator's form, submitting it, and no outside asset."""

import re
from html.parser import HTMLParser
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.routing import Mount
from starlette.testclient import TestClient

import qinzhou_calc as qc
from qinzhou_calc._core.registry import get
from qinzhou_calc.web import create_app

FORM = "/form/roads.unpermitted_excavation_fine"


class _Fields(HTMLParser):
    """What a browser would send for a form: inputs, ticked boxes, selected options."""

    def __init__(self) -> None:
        super().__init__()
        self.fields: list[tuple[str, str]] = []
        self.links: list[str] = []
        self._select: str | None = None
        self._template = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        self.links += [found[k] for k in ("href", "src", "action") if k in found]
        if tag == "template":
            self._template += 1
        if self._template:
            return
        if tag == "input" and "name" in found:
            if found.get("type") != "checkbox" or "checked" in found:
                self.fields.append((found["name"], found.get("value", "")))
        elif tag == "select":
            self._select = found.get("name")
        elif tag == "option" and self._select is not None and "selected" in found:
            self.fields.append((self._select, found.get("value", "")))

    def handle_endtag(self, tag: str) -> None:
        if tag == "template":
            self._template -= 1
        elif tag == "select":
            self._select = None


def _parse(page: str) -> _Fields:
    parser = _Fields()
    parser.feed(page)
    return parser


def _headline(page: str) -> dict[str, str]:
    return dict(re.findall(r'<dd data-key="(\w+)">([^<]*)</dd>', page))


def test_the_index_lists_every_calculator_under_its_document(client: TestClient) -> None:
    """GET /: a link to every form, under the four documents' numbers."""
    page = client.get("/").text
    for name in qc.calculators():
        assert f'href="/form/{name}"' in page
    headings = re.findall(r'<h2 id="doc-(\w+)">([^<]*)</h2>', page)
    assert ["education", "roads", "techinno", "banking"] == [key for key, _ in headings]
    assert headings[1][1].startswith("政府令第11号")


@pytest.mark.parametrize(
    ("name", "index"), [(name, i) for name in qc.calculators() for i in range(1, len(get(name).examples) + 1)]
)
def test_every_example_through_the_form_gives_the_librarys_answer(client: TestClient, name: str, index: int) -> None:
    """The form filled with an example, sent back as a browser would, answers as qc.evaluate does."""
    page = client.get(f"/form/{name}?example={index}")
    assert 200 == page.status_code
    fields = _parse(page.text).fields
    answer = client.post(f"/form/{name}", data=dict(fields))
    assert 200 == answer.status_code, re.findall(r'<ul class="field-errors"[^>]*>.*?</ul>', answer.text)
    expected = qc.evaluate(name, get(name).examples[index - 1].payload).to_dict()
    shown = _headline(answer.text)
    for key in ("amount", "score", "count"):
        if expected[key] is not None:
            assert str(expected[key]) in shown[key]
    if expected["minimum"] is not None and expected["maximum"] is not None:
        assert f"{expected['minimum']} 元 至 {expected['maximum']} 元" == shown["range"]
    for step in expected["steps"]:
        assert step.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") in answer.text


def test_the_result_follows_the_order_of_str_result(client: TestClient) -> None:
    """The answer, then the steps, the provisions and the notes."""
    page = client.post(FORM, data={"points[0]#row": "1", "points[0]": "25", "violation_date": "2020-05-01"}).text
    order = [page.index(marker) for marker in ('data-key="range"', "<h3>计算过程</h3>", "<h3>依据</h3>")]
    assert sorted(order) == order


def test_errors_stand_beside_the_fields_their_paths_name(client: TestClient) -> None:
    """A negative second point and no date: 400, each message under its input, all in a summary."""
    answer = client.post(FORM, data={"points[0]#row": "1", "points[0]": "35", "points[1]#row": "1", "points[1]": "-5"})
    assert 400 == answer.status_code
    page = answer.text
    assert re.search(r'<input[^>]*id="f-points-1"[^>]*aria-invalid="true"', page)
    assert 'data-field="points[1]"' in page
    assert 'data-field="violation_date"' in page
    assert 'data-field="points[0]"' not in page
    assert re.search(r'<section id="errors"[^>]*role="alert"', page)
    assert 'value="-5"' in page


def test_empty_rows_are_left_out_and_rows_renumbered(client: TestClient) -> None:
    """Rows left empty are not sent; the rest keep their order from 0."""
    data = {
        "points[0]#row": "1",
        "points[0]": "",
        "points[3]#row": "1",
        "points[3]": "35",
        "violation_date": "2020-05-01",
    }
    page = client.post(FORM, data=data).text
    assert "3000.00 元 至 10000.00 元" == _headline(page)["range"]
    assert re.search(r'<input[^>]*name="points\[0\]"[^>]*value="35"', page)
    assert 'name="points[1]"' not in page


def test_an_optional_group_is_sent_only_when_ticked(client: TestClient) -> None:
    """贴息期间 (period) is optional: its fields count only with its box ticked."""
    page = client.get("/form/education.loan_interest_subsidy?example=1").text
    fields = dict(_parse(page).fields)
    fields.pop("period#on", None)
    fields.update({"period.from": "not a date", "period.to": ""})
    assert 200 == client.post("/form/education.loan_interest_subsidy", data=fields).status_code
    fields["period#on"] = "true"
    answer = client.post("/form/education.loan_interest_subsidy", data=fields)
    assert 400 == answer.status_code
    assert 'data-field="period.from"' in answer.text


def test_pages_load_nothing_from_outside(client: TestClient) -> None:
    """Every link, script, stylesheet and form action points into the application."""
    for path in ("/", "/form/banking.score_banks?example=1", "/form/education.loan_interest_subsidy"):
        response = client.get(path)
        assert "default-src 'none'" in response.headers["content-security-policy"]
        for link in _parse(response.text).links:
            assert link.startswith(("/", "#", "?")), link
    for asset, kind in (("form.css", "text/css"), ("form.js", "text/javascript")):
        response = client.get(f"/static/{asset}")
        assert 200 == response.status_code
        assert response.headers["content-type"].startswith(kind)
        assert "http:" not in response.text
        assert "https:" not in response.text


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "code"),
    [
        ("GET", "/form/roads.nothing", {}, 404, "unknown_calculator"),
        ("POST", "/form/roads.nothing", {"data": {}}, 404, "unknown_calculator"),
        ("POST", FORM, {"json": {}}, 415, "unsupported_media_type"),
        ("GET", "/static/other.js", {}, 404, "not_found"),
        ("PUT", FORM, {}, 405, "method_not_allowed"),
    ],
)
def test_page_refusals_use_the_error_shape(  # noqa: PLR0917 - the parametrized case
    client: TestClient, method: str, path: str, kwargs: dict[str, Any], status: int, code: str
) -> None:
    """The pages refuse in the same JSON shape as the API."""
    response = client.request(method, path, **kwargs)
    assert status == response.status_code
    assert code == response.json()["error"]["errors"][0]["code"]


def test_a_mounted_app_links_under_its_prefix() -> None:
    """Mounted under /calc, its pages link to /calc/static and /calc/form."""
    outer = Starlette(routes=[Mount("/calc", app=create_app())])
    with TestClient(outer) as client:
        page = client.get("/calc/").text
        assert 'href="/calc/static/form.css"' in page
        assert 'href="/calc/form/roads.deadline"' in page
        assert 200 == client.get("/calc/static/form.js").status_code


def test_the_form_asks_for_a_provisional_calendar_and_the_answer_says_it_is_provisional(client: TestClient) -> None:
    """2026-12-28 + 5 working days into the unpublished 2027: 2027-01-05, with the calendar flagged."""
    fields = {"obligation": "acceptance_inspection", "start": "2026-12-28", "calendar#on": "true"}
    assert 400 == client.post("/form/roads.deadline", data=fields).status_code
    page = client.post("/form/roads.deadline", data={**fields, "calendar.provisional": "true"}).text
    shown = _headline(page)
    assert "2027-01-05" == shown["deadline"]
    assert "2027 年为暂定日历（国务院尚未公布安排，按法定节假日推算，见说明）" == shown["calendar"]
