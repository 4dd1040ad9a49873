"""Benchmarks (pytest-benchmark), not timed tests: ``.venv/bin/python -m pytest bench``.

Set up with ``.venv/bin/pip install -e '.[test,bench]'``. Each benchmark reports median and
spread (IQR); the figures and the targets they are held to are in docs/performance.md.
``python -m bench.scaling`` measures what a benchmark round cannot: linearity of
``evaluate_many`` up to 100,000 cases and the peak memory of streaming.
"""

import datetime as dt
import subprocess
import sys
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import qinzhou_calc as qc
from qinzhou_calc._core.registry import load_all
from qinzhou_calc.techinno import contract_registration_subsidy

from ._payloads import banks, contract_payloads, kindergarten_payloads, loan_payload

#: pytest-benchmark's fixture (the package ships no type information).
Bench = Any

#: One or more calculators of each document, with their first worked example, plus the two
#: large cases the targets name: 20 banks, and a 5-year loan repaid monthly (59 repayments).
CASES: dict[str, tuple[str, Mapping[str, Any]]] = {
    name: (name, load_all()[name].examples[0].payload)
    for name in (
        "techinno.contract_registration_subsidy",
        "education.new_build_subsidy",
        "education.inclusive_kindergarten_subsidy",
        "education.loan_interest_subsidy",
        "roads.unpermitted_excavation_fine",
        "roads.deadline",
        "banking.deposit_rate_score",
        "banking.score_banks",
    )
}
CASES["banking.score_banks[20 banks]"] = ("banking.score_banks", banks(20))
CASES["education.loan_interest_subsidy[5 years monthly]"] = ("education.loan_interest_subsidy", loan_payload(5))

SIMPLE = "techinno.contract_registration_subsidy"


@pytest.mark.parametrize("case", sorted(CASES))
def test_typed_call(benchmark: Bench, case: str) -> None:
    """The typed path: inputs already structured, compute only."""
    name, payload = CASES[case]
    calc = load_all()[name]
    inputs = calc.structure(payload)
    benchmark(calc.run, inputs)


@pytest.mark.parametrize("case", sorted(CASES))
def test_evaluate_json_payload(benchmark: Bench, case: str) -> None:
    """evaluate on a JSON payload: structuring plus compute."""
    name, payload = CASES[case]
    benchmark(qc.evaluate, name, payload)


def test_typed_function_with_python_values(benchmark: Bench) -> None:
    """The typed function called with Python values (``Decimal``, ``date``), as an embedding app would."""
    benchmark(contract_registration_subsidy, registered_amount=Decimal("1000001"), as_of=dt.date(2020, 6, 30))


def test_evaluate_many_1000_simple_cases(benchmark: Bench) -> None:
    """Throughput of evaluate_many on a simple calculator (per round: 1000 cases)."""
    rows = list(contract_payloads(1000))
    benchmark(qc.evaluate_many, SIMPLE, rows)


def test_evaluate_many_1000_kindergartens(benchmark: Bench) -> None:
    """Throughput of evaluate_many on a calculator with a nested object (per round: 1000 cases)."""
    rows = list(kindergarten_payloads(1000))
    benchmark(qc.evaluate_many, "education.inclusive_kindergarten_subsidy", rows)


def test_iter_evaluate_1000_simple_cases(benchmark: Bench) -> None:
    """The streaming form over a generator: the same work as evaluate_many, one row at a time."""

    def consume() -> int:
        return sum(1 for _ in qc.iter_evaluate(SIMPLE, contract_payloads(1000)))

    benchmark(consume)


def test_evaluate_many_100_five_year_loans(benchmark: Bench) -> None:
    """Throughput of evaluate_many on the heaviest calculator (per round: 100 five-year loans)."""
    rows = [loan_payload(5, principal=6_000_000 + 1200 * i) for i in range(100)]
    benchmark.pedantic(qc.evaluate_many, args=("education.loan_interest_subsidy", rows), rounds=5)


# --- start-up: fresh interpreters ---------------------------------------------------------------

RUN_ARGS = ["run", SIMPLE, "--json", '{"registered_amount": 1000001, "as_of": "2020-06-30"}']


def test_import_time(benchmark: Bench) -> None:
    """A fresh interpreter importing the library (minus the interpreter's own start-up)."""
    benchmark.pedantic(
        subprocess.run, args=([sys.executable, "-c", "import qinzhou_calc"],), kwargs={"check": True}, rounds=15
    )


def test_bare_interpreter_start(benchmark: Bench) -> None:
    """The baseline to subtract from the import time."""
    benchmark.pedantic(subprocess.run, args=([sys.executable, "-c", "pass"],), kwargs={"check": True}, rounds=15)


def test_cli_run_wall_time(benchmark: Bench) -> None:
    """python -m qinzhou_calc run, end to end."""
    args = [sys.executable, "-m", "qinzhou_calc", *RUN_ARGS]
    benchmark.pedantic(subprocess.run, args=(args,), kwargs={"check": True, "capture_output": True}, rounds=15)


def test_cli_script_run_wall_time(benchmark: Bench) -> None:
    """The installed qinzhou-calc script, end to end (no runpy)."""
    script = Path(sys.executable).with_name("qinzhou-calc")
    if not script.exists():
        pytest.skip("the qinzhou-calc script is not installed beside this interpreter")
    args = [str(script), *RUN_ARGS]
    benchmark.pedantic(subprocess.run, args=(args,), kwargs={"check": True, "capture_output": True}, rounds=15)
