"""Benchmarks (pytest-benchmark), not timed tests: ``.venv/bin/python -m pytest bench``.

Set up with ``.venv/bin/pip install -e '.[test,bench]'``. Each benchmark reports median and
spread; the figures go in the closing note and docs/performance.md.
"""

import subprocess
import sys
from collections.abc import Mapping
from typing import Any

import pytest

import qinzhou_calc as qc
from qinzhou_calc._core.registry import load_all

#: pytest-benchmark's fixture (the package ships no type information).
Bench = Any

#: One calculator of each document, with its first worked example.
CASES: dict[str, Mapping[str, Any]] = {
    name: load_all()[name].examples[0].payload
    for name in (
        "techinno.contract_registration_subsidy",
        "education.new_build_subsidy",
        "education.loan_interest_subsidy",
        "roads.unpermitted_excavation_fine",
        "roads.deadline",
        "banking.deposit_rate_score",
        "banking.score_banks",
    )
    if name in load_all()
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_typed_call(benchmark: Bench, name: str) -> None:
    """The typed path: inputs already structured, compute only."""
    calc = load_all()[name]
    inputs = calc.structure(CASES[name])
    benchmark(calc.run, inputs)


@pytest.mark.parametrize("name", sorted(CASES))
def test_evaluate_json_payload(benchmark: Bench, name: str) -> None:
    """evaluate on a JSON payload: structuring plus compute."""
    benchmark(qc.evaluate, name, CASES[name])


def test_evaluate_many_1000_simple_cases(benchmark: Bench) -> None:
    """Throughput of evaluate_many on a simple calculator."""
    rows = [{"registered_amount": str(i), "as_of": "2020-06-30"} for i in range(1000)]
    benchmark(qc.evaluate_many, "techinno.contract_registration_subsidy", rows)


def test_import_time(benchmark: Bench) -> None:
    """A fresh interpreter importing the library (minus the interpreter's own start-up)."""
    benchmark.pedantic(
        subprocess.run, args=([sys.executable, "-c", "import qinzhou_calc"],), kwargs={"check": True}, rounds=15
    )


def test_bare_interpreter_start(benchmark: Bench) -> None:
    """The baseline to subtract from the import time."""
    benchmark.pedantic(subprocess.run, args=([sys.executable, "-c", "pass"],), kwargs={"check": True}, rounds=15)


def test_cli_run_wall_time(benchmark: Bench) -> None:
    """qinzhou-calc run, end to end."""
    args = [sys.executable, "-m", "qinzhou_calc", "run", "techinno.contract_registration_subsidy"]
    args += ["--json", '{"registered_amount": 1000001, "as_of": "2020-06-30"}']
    benchmark.pedantic(subprocess.run, args=(args,), kwargs={"check": True, "capture_output": True}, rounds=15)
