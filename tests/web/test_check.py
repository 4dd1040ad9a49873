"""政策体检 over HTTP: ``POST /check/{subject}`` (JSON, or iCalendar), the form at
``GET /check/{subject}``, and their place in ``/openapi.json``."""

import re

import pytest
from starlette.testclient import TestClient

import qinzhou_calc as qc

KINDERGARTEN = {
    "school": {"type": "kindergarten", "classes": 12, "students": 360, "non_profit": True},
    "claim_date": "2021-06-01",
}


def test_a_profile_posted_gives_the_report_of_the_library(client: TestClient) -> None:
    """100 元 × 360 children (第六条（三）) is the only amount determined."""
    response = client.post("/check/school", json=KINDERGARTEN)
    assert 200 == response.status_code
    assert qc.check("school", KINDERGARTEN).to_dict() == response.json()
    assert "36000.00" == response.json()["total"]["amount"]


def test_the_options_are_those_of_evaluate(client: TestClient) -> None:
    """A what-if of 200 元 per child gives 72000.00 元; messages in English; the decision date wins."""
    overrides = '{"education.inclusive_kindergarten.rate_per_student": "200"}'
    names = [p["name"] for p in qc.parameters(document="education")]
    assert "education.inclusive_kindergarten.rate_per_student" in names
    response = client.post(f"/check/school?overrides={overrides}&decision_date=2021-07-01", json=KINDERGARTEN)
    body = response.json()
    assert ("72000.00", "2021-07-01") == (body["total"]["amount"], body["decision_date"])
    assert body["provenance"]["hypothetical"] is True


def test_an_unknown_subject_is_404_with_its_code(client: TestClient) -> None:
    response = client.post("/check/schol", json={})
    assert 404 == response.status_code
    assert "unknown_subject" == response.json()["error"]["errors"][0]["code"]


def test_a_profile_outside_the_vocabulary_is_400(client: TestClient) -> None:
    response = client.post("/check/school", json={"shcool": {}})
    assert (400, "unknown_field") == (response.status_code, response.json()["error"]["errors"][0]["code"])


def test_an_excavation_project_asked_for_a_calendar_gets_an_ics_file(client: TestClient) -> None:
    """第二十一条: a year's warranty from an acceptance on 2025-05-30 ends on 2026-05-30."""
    pytest.importorskip("icalendar", reason="the extra ical: pip install 'qinzhou-calc[ical]'")
    response = client.post(
        "/check/excavation?decision_date=2025-03-01",
        json={"accepted_on": "2025-05-30"},
        headers={"accept": "text/calendar"},
    )
    assert (200, "text/calendar; charset=utf-8") == (response.status_code, response.headers["content-type"])
    assert "DTSTART;VALUE=DATE:20260530" in response.text


def test_a_calendar_is_refused_for_a_school(client: TestClient) -> None:
    response = client.post("/check/school", json=KINDERGARTEN, headers={"accept": "text/calendar"})
    assert 406 == response.status_code


def test_the_form_groups_the_facts_by_rule_with_a_box_to_say_a_rule_does_not_apply(client: TestClient) -> None:
    page = client.get("/check/school").text
    legends = re.findall(r"<legend>([^<]+)</legend>", page)
    assert "共用的事实" == legends[0]
    assert "民办学校改（扩）建贷款贴息（第六条（五））" in legends
    assert 'name="education.loan_interest_subsidy#none"' in page


def test_the_form_posted_shows_a_status_per_rule_and_the_facts_still_missing(client: TestClient) -> None:
    form = {
        "school#on": "true",
        "school.type": "kindergarten",
        "school.classes": "12",
        "school.students": "360",
        "school.non_profit": "true",
        "claim_date": "2021-06-01",
        "education.loan_interest_subsidy#none": "true",
    }
    page = client.post("/check/school", data=form).text
    statuses = re.findall(r'<tr data-status="(\w+)">', page)
    assert ["eligible", "undetermined", "undetermined", "undetermined", "undetermined", "eligible"] == statuses[:6]
    assert "not_applicable" == statuses[-1]
    assert '<a href="#f-new_teaching_area_m2">新建成教学建筑面积（m²）</a>（第六条（一））' in page


def test_openapi_lists_a_check_per_subject_with_its_profile_schema(client: TestClient) -> None:
    document = client.get("/openapi.json").json()
    for subject in qc.subjects():
        operation = document["paths"][f"/check/{subject['key']}"]["post"]
        ref = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"]
        assert f"#/components/schemas/profile.{subject['key']}" == ref
    assert "text/calendar" in document["paths"]["/check/excavation"]["post"]["responses"]["200"]["content"]
