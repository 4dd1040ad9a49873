"""政策体检 over HTTP: ``POST /check/{subject}`` (JSON, or an excavation project's iCalendar file
for ``Accept: text/calendar``), and a form at ``GET /check/{subject}``.

The form groups the profile's fields as the law does: the facts every rule reads first, then one
group per rule under its article, each with a box to say the rule does not apply (``null``). It
posts to its own address; the report comes back as a table with a status per rule, and the facts
still missing as a list that links to their inputs.
"""

import datetime as dt
import html
from typing import Any

import anyio
import anyio.to_thread
from starlette.requests import Request
from starlette.responses import Response

import qinzhou_calc as qc
from qinzhou_calc.profiles import decision_day, find_subject

from ..service import InputError
from ._api import INLINE_BYTES, json_response
from ._body import JSON_TYPES, media_type, parse_form, parse_json, read_body, require_media
from ._calls import options
from ._check_page import ProfileForm, report_html, subject_page
from ._config import Settings
from ._errors import WebError, input_error_body

__all__ = ["CheckRoutes"]

_FORM_TYPES = frozenset({"application/x-www-form-urlencoded"})
_CALENDAR = "text/calendar"


def _subject(request: Request) -> str:
    key = request.path_params["subject"]
    try:
        return find_subject(key).key
    except InputError as error:
        problem = error.errors[0]
        raise WebError(
            404, problem.code, problem.message, problem.en or problem.message, field="subject", kind="input_error"
        ) from None


def _decision(request: Request) -> dt.date | None:
    try:
        return decision_day(request.query_params.get("decision_date"))
    except InputError as error:
        problem = error.errors[0]
        raise WebError(
            400, problem.code, problem.message, problem.en or problem.message, field="decision_date"
        ) from None


class CheckRoutes:
    """The routes of a profile's check, for one application's :class:`Settings`."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    async def _run(self, work: Any, size: int) -> qc.Report:
        if size <= INLINE_BYTES:
            report: qc.Report = work()
            return report
        try:
            with anyio.fail_after(self.settings.timeout):
                return await anyio.to_thread.run_sync(work, abandon_on_cancel=True)
        except TimeoutError:
            raise WebError(503, "timeout", "计算超时", "the computation timed out", kind="timeout") from None

    async def check(self, request: Request) -> Response:
        """``POST /check/{subject}``: the report as JSON; the calendar for ``Accept: text/calendar``;
        a form's body gives the page."""
        subject = _subject(request)
        if media_type(request) in _FORM_TYPES:
            return await self.submit(request, subject)
        require_media(request, JSON_TYPES)
        body = await read_body(request, self.settings.max_body, self.settings.timeout)
        profile = parse_json(body)
        opts = options(request, self.settings.lang, profile)
        decided = _decision(request)
        calendar = _CALENDAR in request.headers.get("accept", "")
        if calendar and subject != "excavation":
            raise WebError(
                406,
                "invalid_choice",
                "只有挖掘项目（excavation）的体检结果可以写成日历",
                "only an excavation project's report is a calendar",
                field="accept",
                kind="input_error",
            )
        try:
            report = await self._run(
                lambda: qc.check(
                    subject,
                    profile,
                    decision_date=decided,
                    overrides=opts.overrides,
                    lang=opts.lang,
                    readings=opts.readings,
                ),
                len(body),
            )
        except InputError as error:
            return json_response(input_error_body(error, opts.language), 400)
        if calendar:
            return Response(report.to_ical(), media_type="text/calendar; charset=utf-8")
        return json_response(report.to_dict())

    async def form(self, request: Request) -> Response:
        """``GET /check/{subject}``: the empty form of the subject's profile."""
        subject = _subject(request)
        return subject_page(request, subject, {}, report="")

    async def submit(self, request: Request, subject: str) -> Response:
        body = await read_body(request, self.settings.max_body, self.settings.timeout)
        fields = parse_form(body)
        profile = ProfileForm(subject).read(fields)
        try:
            report = await self._run(lambda: qc.check(subject, profile), len(body))
        except InputError as error:
            messages = "".join(f"<li>{html.escape(p.field)}：{html.escape(p.message)}</li>" for p in error.errors)
            problems = f'<section id="errors" class="errors" role="alert"><ul>{messages}</ul></section>'
            return subject_page(request, subject, profile, report=problems, status=400)
        return subject_page(request, subject, profile, report=report_html(report))
