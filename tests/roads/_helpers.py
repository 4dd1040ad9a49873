"""Small readers shared by the roads tests."""

from typing import Any

import qinzhou_calc as qc


def run(name: str, **payload: Any) -> dict[str, Any]:
    """``qc.evaluate`` on a JSON-like payload, as the JSON dict the API returns."""
    return qc.evaluate(f"roads.{name}", payload).to_dict()


def note_codes(data: dict[str, Any]) -> list[str]:
    return [note["code"] for note in data["notes"]]


def cited(data: dict[str, Any]) -> list[str]:
    """Each citation as ``document article clause``."""
    return [f"{c['document']} {c['article']}{c['clause'] or ''}" for c in data["citations"]]


def errors(exc: qc.InputError) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in exc.errors]
