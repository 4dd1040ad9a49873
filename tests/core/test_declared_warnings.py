"""Readings and warnings are declared by a document's ``Declaration``: the registry registers them as
the document loads, a reading's code loads its document, and a warning is a closed-set note code of
its own, never an option's."""

import json
import subprocess
import sys
import types
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

from qinzhou_calc._core import reading as reading_module
from qinzhou_calc._core.reading import Option, Reading, WarningNote, declare, declare_warning, find_warning

ROOT = Path(__file__).resolve().parents[2]

UNCHECKED = WarningNote("demo_unchecked", "demo", "第一条", "未核实", "not checked")
SHARED_CODE = Reading(
    code="demo.rounding.shared",
    document="demo",
    article="第一条",
    question="？",
    question_en="?",
    options=(Option("a", "甲", "a", note_code="demo_unchecked"), Option("b", "乙", "b")),
    default="a",
    reasoning="理由",
    reasoning_en="reason",
)


@pytest.fixture
def declared_warning() -> Iterator[WarningNote]:
    declare_warning(UNCHECKED)
    try:
        yield UNCHECKED
    finally:
        del reading_module._WARNINGS[UNCHECKED.code]


def test_a_declared_warning_is_found_by_its_code_and_listed_in_both_languages(declared_warning: WarningNote) -> None:
    assert declared_warning is find_warning("demo_unchecked")
    assert {"code": "demo_unchecked", "document": "demo", "article": "第一条", "summary": "not checked"} == (
        declared_warning.to_dict("en")
    )
    assert "未核实" == declared_warning.to_dict()["summary"]


def test_a_warning_code_is_a_lower_case_name() -> None:
    with pytest.raises(ValueError, match="lower-case"):
        WarningNote("Demo-Unchecked", "demo", "第一条", "未核实", "not checked")


def test_a_warning_declared_twice_differently_is_refused(declared_warning: WarningNote) -> None:
    declare_warning(declared_warning)  # the same again changes nothing
    with pytest.raises(ValueError, match="twice"):
        declare_warning(WarningNote("demo_unchecked", "demo", "第二条", "未核实", "not checked"))


def test_an_option_cannot_write_a_warning_s_code(declared_warning: WarningNote) -> None:
    with pytest.raises(ValueError, match="warning's code"):
        declare(SHARED_CODE)


def test_a_warning_cannot_take_an_option_s_note_code() -> None:
    declare(SHARED_CODE)
    try:
        with pytest.raises(ValueError, match="option's note code"):
            declare_warning(UNCHECKED)
    finally:
        del reading_module._READINGS[SHARED_CODE.code]


#: A fresh interpreter: nothing loaded until the first call.
SCRIPT = """
import json
import qinzhou_calc as qc
from qinzhou_calc._core import registry

loaded = lambda: list(registry._DECLARED)
payload = {"registered_amount": "1000001", "as_of": "2020-06-30"}
result = qc.evaluate(
    "techinno.contract_registration_subsidy", payload, readings={"roads.backfill.rest_day_end": "civil_code_203"}
)
print(json.dumps({"amount": result.to_dict()["amount"], "loaded": loaded()}))
"""


def test_a_reading_of_a_document_not_yet_loaded_is_known_by_its_code() -> None:
    """A roads reading given to a techinno calculator loads roads to check it; the result does not
    depend on it, so it lists no reading."""
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, check=True, capture_output=True, text=True, encoding="utf-8"
    )
    seen = json.loads(done.stdout.splitlines()[-1])
    assert "5000.01" == seen["amount"]
    assert ["roads", "techinno"] == sorted(seen["loaded"])


def test_a_declaration_naming_another_document_s_reading_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """A document ``demo`` of no calculator and no figure, whose declaration lists a reading of ``other``."""
    from qinzhou_calc._core import Declaration, documents, registry  # noqa: PLC0415 - the registry's private table, patched here

    package = types.ModuleType("demo")
    document = registry.declarations()["roads"].document
    other = attrs.evolve(SHARED_CODE, code="other.rounding.shared", document="other")
    package.DECLARATION = Declaration(document, calculators=(), parameters=(), readings=(other,))  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "demo", package)
    monkeypatch.setitem(documents._DOCUMENTS, "demo", "demo")
    with pytest.raises(ValueError, match="of the document 'other'"):
        registry.declarations()
