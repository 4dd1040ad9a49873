"""政策体检 of an excavation project (政府令第11号 第六条至第二十一条): its deadlines in date order,
and the same dates as an iCalendar file."""

import datetime as dt

import pytest

import qinzhou_calc as qc

PROJECT = {
    "road_class": "main",
    "direction": "transverse",
    "plan_issued_on": "2025-03-03",
    "surveyor_notified_at": "2025-05-06T10:00:00",
    "surveyed_on": "2025-05-07",
    "certificate_issued_on": "2025-05-08",
    "repair_finished_on": "2025-05-20",
    "application_received_on": "2025-05-22",
    "accepted_on": "2025-05-30",
    "emergency_started_at": None,
}

#: Worked by hand on the 2025 and 2026 calendars (端午 2025-05-31 to 06-02, 2026-06-19).
SCHEDULE = [
    ("plan_publication", "2025-03-06"),  # 第七条: Mon 03-03, three working days: Tue, Wed, Thu
    ("survey", "2025-05-07T10:00:00"),  # 第十八条: 24 hours
    ("backfill", "2025-05-08"),  # 第十九条: a main road cut across is backfilled the same day
    ("survey_certificate", "2025-05-09"),  # 第十八条: Wed 05-07, two working days: Thu, Fri
    ("acceptance_application", "2025-05-23"),  # 第二十条: Tue 05-20, three working days
    ("acceptance_inspection", "2025-05-29"),  # 第二十条: Thu 05-22, five: 23, 26, 27, 28, 29
    ("plan_submission", "2025-05-31"),  # 第六条: the plan due before June, decided on 2025-03-01
    ("warranty_end", "2026-05-30"),  # 第二十一条: one year from the acceptance
    ("re_inspection", "2026-06-22"),  # 第二十一条: Sat 05-30, fifteen working days, 端午 06-19 off
]


def test_an_excavation_project_gets_its_deadlines_in_date_order() -> None:
    report = qc.check("excavation", PROJECT, decision_date="2025-03-01")
    dated = [(item.obligation, item.to_dict()["result"]["deadline"]) for item in report.items if item.result]
    assert SCHEDULE == dated


def test_the_obligations_without_their_event_come_after_the_schedule() -> None:
    """The change (第十条) and the waste (第十四条) have no event: undetermined; the emergency (第十二条)
    is null: not applicable."""
    report = qc.check("excavation", PROJECT, decision_date="2025-03-01")
    rest = [(item.obligation, item.status) for item in report.items if item.result is None]
    assert [
        ("change_application", "undetermined"),
        ("emergency_paperwork", "not_applicable"),
        ("waste_clearance", "undetermined"),
    ] == rest
    assert [{"field": "change_starts_on", "title": "变更计划开始之日", "article": "第十条"}] == (
        report.to_dict()["items"][9]["missing"]
    )
    assert {"amount": None, "minimum": None, "maximum": None, "undetermined": 2} == report.to_dict()["total"]


def test_the_backfill_without_the_road_class_lists_it_missing() -> None:
    project = {"certificate_issued_on": "2025-05-08", "direction": "transverse"}
    report = qc.check("excavation", project, decision_date="2025-03-01")
    backfill = next(item for item in report.items if item.obligation == "backfill")
    assert [("road_class", "第十九条")] == [(m.field, m.article) for m in backfill.missing]


def test_the_warranty_end_given_wins_over_the_one_computed() -> None:
    """15 working days from Mon 2026-06-01 (not counted): June 2–5, 8–12, 15–18, 22 and 23; 端午 on
    Fri 06-19 off."""
    report = qc.check("excavation", {"warranty_ended_on": "2026-06-01"}, decision_date="2025-03-01")
    item = next(item for item in report.items if item.obligation == "re_inspection")
    assert item.result is not None
    assert dt.date(2026, 6, 23) == item.result.deadline


def test_a_bad_event_is_invalid_under_the_profiles_name_for_it() -> None:
    report = qc.check("excavation", {"surveyed_on": "2025-02-30"}, decision_date="2025-03-01")
    item = next(item for item in report.items if item.obligation == "survey_certificate")
    assert "invalid" == item.status
    assert ["surveyed_on"] == [p["field"] for p in item.to_dict()["error"]["errors"]]


def test_only_an_excavation_report_is_a_calendar() -> None:
    with pytest.raises(ValueError, match="excavation"):
        qc.check("enterprise", {}).to_ical()


def test_the_ics_file_reads_back_with_the_same_dates_and_quotes_each_article() -> None:
    icalendar = pytest.importorskip("icalendar", reason="the extra ical: pip install 'qinzhou-calc[ical]'")
    text = qc.check("excavation", PROJECT, decision_date="2025-03-01").to_ical()
    events = icalendar.Calendar.from_ical(text).walk("VEVENT")
    china = dt.timezone(dt.timedelta(hours=8))
    read = []
    for event in events:
        start = event.decoded("dtstart")
        read.append(
            start.astimezone(china).replace(tzinfo=None).isoformat()
            if isinstance(start, dt.datetime)
            else start.isoformat()
        )
    assert [deadline for _, deadline in SCHEDULE] == read
    survey = events[1]
    assert "政府令第11号 第十八条：挖掘单位应当在沟槽回填前通知" in str(survey.get("description"))
    assert len({str(event.get("uid")) for event in events}) == len(events)
