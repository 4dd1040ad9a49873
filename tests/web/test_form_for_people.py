"""The form as a person meets it: valid HTML ids, each error once, a breakdown headed in Chinese,
every choice named in Chinese, and help and messages that name fields by their titles."""

import re
from collections import Counter
from html.parser import HTMLParser
from typing import Any

import pytest
from starlette.testclient import TestClient

import qinzhou_calc as qc
from qinzhou_calc._core.registry import get

from .test_pages import _parse

CJK = re.compile(r"[\u4e00-\u9fff]")


class _Page(HTMLParser):
    """The ids of a page, its selects' options, its help texts and its breakdown table's heads."""

    def __init__(self) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.options: dict[str, dict[str, str]] = {}
        self.helps: list[str] = []
        self.heads: list[str] = []
        self._select: str | None = None
        self._option: str | None = None
        self._text: list[str] | None = None
        self._caption = ""
        self._in_caption = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = {k: v or "" for k, v in attrs}
        if "id" in found:
            self.ids.append(found["id"])
        if tag == "select":
            self._select = found.get("name", "")
            self.options.setdefault(self._select, {})
        elif tag == "option" and self._select is not None:
            self._option, self._text = found.get("value", ""), []
        elif tag == "p" and found.get("class") == "help":
            self._text = []
        elif tag == "caption":
            self._in_caption, self._caption = True, ""
        elif tag == "th" and self._caption == "明细":
            self._text = []

    def handle_data(self, data: str) -> None:
        if self._in_caption:
            self._caption += data
        if self._text is not None:
            self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        text = "".join(self._text or ())
        if tag == "option" and self._select is not None and self._option is not None:
            self.options[self._select][self._option] = text
            self._option, self._text = None, None
        elif tag == "select":
            self._select = None
        elif tag == "p" and self._text is not None:
            self.helps.append(text)
            self._text = None
        elif tag == "caption":
            self._in_caption = False
        elif tag == "th" and self._text is not None:
            self.heads.append(text)
            self._text = None
        elif tag == "table":
            self._caption = ""


def page(html: str) -> _Page:
    parsed = _Page()
    parsed.feed(html)
    return parsed


def duplicates(html: str) -> list[str]:
    return [i for i, n in Counter(page(html).ids).items() if n > 1]


def _garbled(fields: list[tuple[str, str]]) -> dict[str, str]:
    """A form filled with an example, every text typed wrong: an error at every text input."""
    return {k: (v if k.endswith(("#row", "#on")) or v in ("true", "false") else "不是数字") for k, v in fields}


EXAMPLES = [(name, i) for name in qc.calculators() for i in range(1, len(get(name).examples) + 1)]


@pytest.mark.parametrize("name", qc.calculators())
def test_every_id_is_unique_on_an_empty_a_refused_and_a_garbled_form(client: TestClient, name: str) -> None:
    """Parsed with html.parser: no id twice, with no input, with every field missing, with every text wrong."""
    empty = client.get(f"/form/{name}")
    assert [] == duplicates(empty.text)
    refused = client.post(f"/form/{name}", data={"as_of": ""})
    assert 400 == refused.status_code
    assert [] == duplicates(refused.text)
    if get(name).examples:
        filled = client.get(f"/form/{name}?example=1").text
        garbled = client.post(f"/form/{name}", data=_garbled(_parse(filled).fields))
        assert 400 == garbled.status_code
        assert [] == duplicates(garbled.text)


@pytest.mark.parametrize(("name", "index"), EXAMPLES)
def test_every_id_is_unique_on_a_form_with_its_result(client: TestClient, name: str, index: int) -> None:
    filled = client.get(f"/form/{name}?example={index}").text
    assert [] == duplicates(filled)
    answer = client.post(f"/form/{name}", data=dict(_parse(filled).fields))
    assert 'id="result"' in answer.text
    assert [] == duplicates(answer.text)


def test_an_error_on_a_list_row_is_shown_once(client: TestClient) -> None:
    """第二十四条's points: a negative area at the second point, one message under that input."""
    data = {"points[0]#row": "1", "points[0]": "35", "points[1]#row": "1", "points[1]": "-5"}
    html = client.post("/form/roads.unpermitted_excavation_fine", data=data).text
    assert 1 == html.count('data-field="points[1]"')
    assert 1 == html.count('id="e-f-points-1"')
    assert re.search(r'<input[^>]*id="f-points-1"[^>]*aria-describedby="e-f-points-1"', html)


def test_an_error_about_a_whole_group_row_stands_once_at_the_row(client: TestClient) -> None:
    """附件5's actual projects: the same county and year twice is refused at the second row."""
    name = "techinno.transformation_targets"
    row = {"county": "灵山县", "year": "2019", "projects": "2"}
    data = {"as_of": "2019-12-31"}
    for i in (0, 1):
        data[f"actual_projects[{i}]#row"] = "1"
        data.update({f"actual_projects[{i}].{k}": v for k, v in row.items()})
    answer = client.post(f"/form/{name}", data=data)
    assert 400 == answer.status_code
    assert 1 == answer.text.count('data-field="actual_projects[1]"')
    assert [] == duplicates(answer.text)


def test_the_breakdown_is_headed_by_the_columns_chinese_titles(client: TestClient) -> None:
    """One point of 35 m²: 第二十四条（二）, 3,000 to 10,000 元, under Chinese heads."""
    data = {"points[0]#row": "1", "points[0]": "35", "violation_date": "2020-05-01"}
    parsed = page(client.post("/form/roads.unpermitted_excavation_fine", data=data).text)
    assert ["挖掘点（处）", "面积（m²）", "所在项", "罚款下限（元）", "罚款上限（元）"] == parsed.heads


@pytest.mark.parametrize(("name", "index"), EXAMPLES)
def test_every_breakdown_head_is_chinese(client: TestClient, name: str, index: int) -> None:
    filled = client.get(f"/form/{name}?example={index}").text
    parsed = page(client.post(f"/form/{name}", data=dict(_parse(filled).fields)).text)
    for head in parsed.heads:
        assert CJK.search(head), (name, head)


def test_yes_and_no_and_nested_rows_read_in_chinese(client: TestClient) -> None:
    """The loan's breakdown: its segments and its flags past the policy's end, in words."""
    filled = client.get("/form/education.loan_interest_subsidy?example=1").text
    html = client.post("/form/education.loan_interest_subsidy", data=dict(_parse(filled).fields)).text
    table = html[html.index("<caption>明细</caption>") :]
    table = table[: table.index("</table>")]
    assert "起 2020-01-01，止 2020-12-31，天数 366" in table
    assert "超出政策有效期 否" in table
    shown = re.sub(r"<[^>]+>", " ", table)
    assert "False" not in shown
    assert "after_policy_end" not in shown


def _enum_fields(node: Any, key: str = "") -> list[tuple[str, list[Any]]]:
    """(property key, values) of every fixed choice in a schema, nested ones too."""
    found: list[tuple[str, list[Any]]] = []
    if isinstance(node, dict):
        if "enum" in node and key:
            found.append((key, node["enum"]))
        for k, v in node.get("properties", {}).items():
            found += _enum_fields(v, k)
        for k, v in node.items():
            if k in ("anyOf", "$defs"):
                inner = v.values() if isinstance(v, dict) else v
                found += [f for item in inner for f in _enum_fields(item, key if k == "anyOf" else "")]
    return found


@pytest.mark.parametrize("name", qc.calculators())
def test_every_choice_is_offered_with_a_chinese_name(client: TestClient, name: str) -> None:
    """Each value of each choice in the schema is an option whose caption is Chinese (管辖 says 市本级管辖)."""
    parsed = page(client.get(f"/form/{name}").text)
    for key, values in _enum_fields(qc.schema(name)):
        selects = [s for s in parsed.options if s == key or s.endswith("." + key)]
        assert selects, (name, key)
        for select in selects:
            for value in values:
                caption = parsed.options[select][str(value).lower() if isinstance(value, bool) else str(value)]
                assert CJK.search(caption), (name, select, value, caption)


def test_jurisdiction_and_school_type_read_alike(client: TestClient) -> None:
    parsed = page(client.get("/form/education.new_build_subsidy").text)
    assert "市本级管辖（city）" == parsed.options["school.jurisdiction"]["city"]
    assert "小学（primary）" == parsed.options["school.type"]["primary"]
    assert "2B 级" == page(client.get("/form/banking.bank_eligibility").text).options["bank.supervisory_rating"]["2B"]


def test_a_rating_given_as_text_or_number_is_offered_once(client: TestClient) -> None:
    """银监评级 "2" and 2 are one choice to a person."""
    html = client.get("/form/banking.bank_eligibility").text
    assert 1 == html.count('<option value="2">')


def _payload_keys(node: Any) -> set[str]:
    found: set[str] = set()
    if isinstance(node, dict):
        found |= set(node.get("properties", {}))
        for value in node.values():
            found |= _payload_keys(value)
    elif isinstance(node, list):
        for value in node:
            found |= _payload_keys(value)
    return found


@pytest.mark.parametrize("name", qc.calculators())
def test_no_help_text_names_a_payload_key_or_a_json_word(client: TestClient, name: str) -> None:
    """A checkbox's help says 为“是”, not 为 true; the decision date's help says 适用日期, not as_of."""
    words = _payload_keys(qc.schema(name)) | {"true", "false", "null"}
    for help_text in page(client.get(f"/form/{name}").text).helps:
        said = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", help_text)) & words
        assert not said, (name, help_text)


def test_the_date_error_names_the_dates_by_their_labels(client: TestClient) -> None:
    """附件5, in force 2019–2021, asked in 2030: give 认定登记日期 or 适用日期 — the labels on the page."""
    name = "techinno.contract_registration_subsidy"
    html = client.post(f"/form/{name}", data={"registered_amount": "1", "decision_date": "2030-01-01"}).text
    assert "请给出认定登记日期或适用日期" in html
    assert "as_of" not in html.split('<form method="post"')[0]
    assert re.search(r'<label for="f-as_of">适用日期', html)
    assert re.search(r'<label for="f-registered_on">认定登记日期', html)
