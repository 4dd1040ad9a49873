"""A fifth document is its own package and one line: ``register_document`` puts it in every list.

The made-up document of ``tests/fifth_document/harbour`` is registered only in a fresh interpreter,
so that nothing of it reaches the other tests or the snapshot of the registered examples.
"""

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: Registers the fifth document, then asks every list for it; prints what each one shows.
SCRIPT = """
import contextlib, io, json
import qinzhou_calc as qc
from qinzhou_calc.cli import main
from qinzhou_calc.service.lawtext import warnings_of

qc.register_document("tests.fifth_document.harbour")
seen = {
    "keys": qc.document_keys(),
    "calculators": qc.calculators(),
    "documents": [row["key"] for row in qc.documents()],
    "parameters": [row["name"] for row in qc.parameters(document="harbour")],
    "amount": qc.evaluate("harbour.berth_fee", {"days": 3, "as_of": "2020-01-01"}).to_dict()["amount"],
    "readings": [row["code"] for row in qc.readings(document="harbour")],
    "warnings": [w.code for w in warnings_of("harbour")],
}
listed = io.StringIO()
with contextlib.redirect_stdout(listed):
    main(["list", "--json"])
seen["cli"] = [row["name"] for row in json.loads(listed.getvalue())]
if WEB:
    from starlette.testclient import TestClient
    from qinzhou_calc.web import create_app

    with TestClient(create_app()) as client:
        seen["web"] = [row["name"] for row in client.get("/calculators").json()]
        seen["openapi"] = client.get("/openapi.json").json()
print(json.dumps(seen, ensure_ascii=False))
"""


def _seen(web: bool) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT.replace("WEB", str(web))],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    )
    seen: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return seen


def test_a_registered_document_is_in_every_list_of_the_library_and_the_cli() -> None:
    """Its key after the four, its calculator among the others, its figure in the catalogue,
    its calculator evaluated (3 日 × 100 元/日 = 300.00 元) and listed by ``qinzhou-calc list``."""
    seen = _seen(web=False)
    assert ["education", "roads", "techinno", "banking", "harbour"] == seen["keys"]
    assert ["education", "roads", "techinno", "banking", "harbour"] == seen["documents"]
    assert "harbour.berth_fee" in seen["calculators"]
    assert "techinno.contract_registration_subsidy" in seen["calculators"]
    assert ["harbour.berth_fee.rate_per_day"] == seen["parameters"]
    assert "300.00" == seen["amount"]
    assert seen["calculators"] == seen["cli"]


def test_a_registered_document_lists_the_readings_and_warnings_its_declaration_names() -> None:
    """Its one reading in ``qc.readings()``, its one warning among the declared warnings."""
    seen = _seen(web=False)
    assert ["harbour.berth.part_day"] == seen["readings"]
    assert ["berth_unchecked"] == seen["warnings"]


def test_a_registered_document_is_served_and_described_by_the_web_service() -> None:
    """``GET /calculators`` lists it, and ``/openapi.json`` has its path, its tag and its key."""
    pytest.importorskip("starlette.testclient", reason="the web extra: pip install 'qinzhou-calc[web]'")
    seen = _seen(web=True)
    assert "harbour.berth_fee" in seen["web"]
    spec = seen["openapi"]
    assert "/calculators/harbour.berth_fee/evaluate" in spec["paths"]
    assert "harbour" in [tag["name"] for tag in spec["tags"]]
    assert "harbour" in json.dumps(spec["components"]["schemas"])
