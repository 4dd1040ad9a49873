"""Every registered example, byte for byte: no output changes by accident.

The snapshot holds, for each calculator's worked examples, the JSON of ``to_dict()`` (keys in
order) and the text of ``str(result)``. A change that alters an output on purpose regenerates it:

    QINZHOU_CALC_UPDATE_SNAPSHOTS=1 .venv/bin/python -m pytest tests/test_examples_snapshot.py

and the diff of ``tests/snapshots/examples.json`` is reviewed like code. "Today" is pinned, so
that results whose decision date defaults to today do not change from day to day.
"""

import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

import pytest

import qinzhou_calc as qc
from qinzhou_calc._core import REGISTRY, registry

SNAPSHOT = Path(__file__).parent / "snapshots" / "examples.json"
PINNED_TODAY = dt.date(2026, 11, 30)
UPDATE = os.environ.get("QINZHOU_CALC_UPDATE_SNAPSHOTS") == "1"


def _render(name: str, title: str, payload: Any) -> dict[str, Any]:
    result = qc.evaluate(name, payload)
    return {
        "calculator": name,
        "title": title,
        "payload": json.loads(json.dumps(payload, ensure_ascii=False, default=str)),
        "to_dict": json.dumps(result.to_dict(), ensure_ascii=False),
        "text": str(result),
    }


def _current() -> list[dict[str, Any]]:
    return [
        _render(name, example.title, example.payload)
        for name in qc.calculators()
        for example in REGISTRY[name].examples
    ]


@pytest.fixture
def pinned_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "today", lambda: PINNED_TODAY)


@pytest.mark.usefixtures("pinned_today")
def test_every_registered_example_gives_the_recorded_output() -> None:
    """Each example's to_dict() JSON and str() text equal the reviewed snapshot, byte for byte."""
    current = _current()
    if UPDATE:
        SNAPSHOT.write_text(json.dumps(current, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    recorded = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert [(r["calculator"], r["title"]) for r in recorded] == [(c["calculator"], c["title"]) for c in current]
    for was, now in zip(recorded, current, strict=True):
        assert was["payload"] == now["payload"], was["title"]
        assert was["to_dict"] == now["to_dict"], was["title"]
        assert was["text"] == now["text"], was["title"]


def test_the_snapshot_covers_every_calculator() -> None:
    """No calculator is left out of the snapshot."""
    recorded = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    assert {r["calculator"] for r in recorded} == set(qc.calculators())
