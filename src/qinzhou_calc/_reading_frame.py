"""The readings of the law compared over a table of cases, for :func:`qinzhou_calc.frame.compare_readings`:
one row per case × reading × option, the outcome's figures as a frame holds them (money ``Decimal``
with two decimals, dates as dates)."""

import datetime as dt
from collections.abc import Hashable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from ._core import InputError
from ._core.fileio import options_for
from ._readings import OUTCOME_KEYS, compare_readings

__all__ = ["READING_COLUMNS", "reading_rows"]

#: The columns of :func:`qinzhou_calc.frame.compare_readings`, in order.
READING_COLUMNS = (
    "case",
    "code",
    "option",
    "default",
    "used",
    *OUTCOME_KEYS,
    "difference",
    "error",
    "error_fields",
    "error_codes",
    "error_messages",
)

#: The outcome's decimal strings, read back as ``Decimal`` (money keeps its two decimals).
_DECIMALS = frozenset({"amount", "minimum", "maximum", "score"})


def _deadline(text: str | None) -> dt.date | dt.datetime | None:
    """A deadline as ``Result.deadline`` holds it: a date, or a date and time."""
    if text is None:
        return None
    return dt.date.fromisoformat(text) if len(text) == len("YYYY-MM-DD") else dt.datetime.fromisoformat(text)


def _outcome(outcome: Mapping[str, Any]) -> dict[str, Any]:
    """An option's outcome (``qc.compare_readings``) as the frame's cells."""
    cells: dict[str, Any] = {}
    for key in OUTCOME_KEYS:
        value = outcome.get(key)
        if key in _DECIMALS and value is not None:
            value = Decimal(value)
        elif key == "deadline":
            value = _deadline(value)
        cells[key] = value
    problems = outcome["error"]["errors"] if "error" in outcome else None
    cells.update(_errors(problems))
    return cells


def _errors(problems: list[dict[str, str]] | None) -> dict[str, Any]:
    if problems is None:
        return {"error": None, "error_fields": None, "error_codes": None, "error_messages": None}
    return {
        "error": problems,
        "error_fields": [problem["field"] for problem in problems],
        "error_codes": [problem["code"] for problem in problems],
        "error_messages": [problem["message"] for problem in problems],
    }


def _case_rows(case: Hashable, table: list[dict[str, Any]]) -> list[dict[str, Any]]:
    rows = []
    for reading in table:
        options = [(option, _outcome(option["outcome"])) for option in reading["options"]]
        base = next((cells["amount"] for option, cells in options if option["default"]), None)
        for option, cells in options:
            amount = cells["amount"]
            rows.append(
                {
                    "case": case,
                    "code": reading["code"],
                    "option": option["key"],
                    "default": option["default"],
                    "used": option["used"],
                    **cells,
                    "difference": None if amount is None or base is None else amount - base,
                }
            )
    return rows


def reading_rows(
    name: str,
    cases: Sequence[tuple[Hashable, Mapping[str, object]]],
    *,
    readings: Mapping[str, object] | None,
    overrides: Mapping[str, object] | None,
    lang: str | None,
) -> list[dict[str, Any]]:
    """Every case's comparison (:func:`qinzhou_calc.compare_readings`) as rows; a case invalid as
    given is one row with its error and no reading. The calculator and the options are checked
    first: an unknown one raises :class:`InputError` before any case is read."""
    options_for(name, lean=False, overrides=overrides, lang=lang, readings=readings)
    rows: list[dict[str, Any]] = []
    for case, payload in cases:
        try:
            table = compare_readings(name, payload, readings=readings, overrides=overrides, lang=lang)
        except InputError as error:
            empty: dict[str, Any] = dict.fromkeys(READING_COLUMNS)
            rows.append({**empty, "case": case, **_errors([problem.to_dict() for problem in error.errors])})
            continue
        rows.extend(_case_rows(case, table))
    return rows
