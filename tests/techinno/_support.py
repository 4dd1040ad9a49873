"""Helpers shared by the techinno tests."""

from collections.abc import Mapping

import pytest

import qinzhou_calc as qc


def problems(name: str, payload: Mapping[str, object]) -> list[tuple[str, str]]:
    """The ``(field, code)`` pairs of the InputError that ``payload`` must raise."""
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate(name, payload)
    return [(p.field, p.code) for p in caught.value.errors]


def note_codes(result: qc.Result) -> set[str]:
    return {note.code for note in result.notes}
