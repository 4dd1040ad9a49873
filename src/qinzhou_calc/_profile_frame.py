"""Profiles checked in a table (:func:`qinzhou_calc.frame.check_many`): one row per profile × rule.

pandas is the optional extra ``notebook``: it is imported when a table is asked for.
"""

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ._core import InputError
from .profiles import check

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["CHECK_COLUMNS", "profile_rows"]

#: The columns of :func:`qinzhou_calc.frame.check_many`, in order.
CHECK_COLUMNS = (
    "profile",
    "calculator",
    "obligation",
    "title",
    "status",
    "amount",
    "minimum",
    "maximum",
    "deadline",
    "owed",
    "missing",
    "reasons",
    "error",
)


def _rows(
    subject: str, profile: Mapping[str, object], position: object, options: Mapping[str, Any]
) -> list[dict[str, Any]]:
    try:
        report = check(subject, profile, **options)
    except InputError as error:
        row = dict.fromkeys(CHECK_COLUMNS)
        row.update(profile=position, status="invalid", error=[p.to_dict() for p in error.errors])
        return [row]
    rows = []
    for item in report.items:
        result = item.result
        rows.append(
            {
                "profile": position,
                "calculator": item.calculator,
                "obligation": item.obligation,
                "title": item.title,
                "status": item.status,
                "amount": None if result is None else result.amount,
                "minimum": None if result is None else result.minimum,
                "maximum": None if result is None else result.maximum,
                "deadline": None if result is None else result.deadline,
                "owed": item.owed,
                "missing": [m.field for m in item.missing],
                "reasons": [str(reason["code"]) for reason in item.reasons],
                "error": None if item.error is None else [p.to_dict() for p in item.error.errors],
            }
        )
    return rows


def profile_rows(
    subject: str, profiles: Sequence[Mapping[str, object]], positions: Sequence[object], **options: Any
) -> "pd.DataFrame":
    """The table of ``profiles`` checked against ``subject``'s rules, ``positions`` naming each profile."""
    import pandas as pd  # noqa: PLC0415 - pandas is the optional extra notebook

    rows = [
        row
        for profile, position in zip(profiles, positions, strict=True)
        for row in _rows(subject, profile, position, options)
    ]
    table: pd.DataFrame = pd.DataFrame(rows, columns=list(CHECK_COLUMNS), dtype=object)
    return table
