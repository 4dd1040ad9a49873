"""Payload builders shared by the education tests."""

from typing import Any

import pytest

from qinzhou_calc import InputError, Result, evaluate

#: A day when 钦政办规〔2019〕11号 is in force.
AS_OF = "2021-06-30"


def school(
    kind: str = "primary",
    classes: int = 12,
    students: int = 540,
    *,
    non_profit: bool = True,
    terminated: bool = False,
) -> dict[str, Any]:
    return {"type": kind, "classes": classes, "students": students, "non_profit": non_profit, "terminated": terminated}


def run(name: str, **payload: Any) -> Result:
    payload.setdefault("as_of", AS_OF)
    return evaluate(f"education.{name}", payload)


def error(name: str, **payload: Any) -> list[tuple[str, str]]:
    """The (field, code) pairs of the InputError the payload raises."""
    payload.setdefault("as_of", AS_OF)
    with pytest.raises(InputError) as caught:
        evaluate(f"education.{name}", payload)
    return [(p.field, p.code) for p in caught.value.errors]


def reason_codes(result: Result) -> list[str]:
    return [r.code for r in result.reasons]


def note_codes(result: Result) -> list[str]:
    return [n.code for n in result.notes]
