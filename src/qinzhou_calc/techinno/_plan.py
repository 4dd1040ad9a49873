"""Private helpers shared by the plan's calculators: the reading of its start (techinno.plan.start)."""

import datetime as dt

from .._core import Evaluation
from .parameters import ISSUED_ON, PLAN_FROM
from .readings import PLAN_START

__all__ = ["note_if_before_issue"]


def note_if_before_issue(ex: Evaluation, day: dt.date, what: str = "") -> None:
    """Say how the plan's start was read when ``day`` is in 2019 before its issue date (2019-10-22):
    applied from 2019-01-01 (the default), or not (``what`` names the event then refused)."""
    if PLAN_FROM <= day < ISSUED_ON:
        option = ex.reading(PLAN_START)
        ex.note_reading(PLAN_START, option, what=what)
