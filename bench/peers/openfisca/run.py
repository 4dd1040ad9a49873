"""Time the three rules on both engines in one run, and check each engine's answers at the fen."""

import gc
import itertools
import statistics
import time
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import numpy as np
from openfisca_core.simulation_builder import SimulationBuilder
from openfisca_core.taxbenefitsystems import TaxBenefitSystem

import qinzhou_calc as qc

from .cases import EXACT, RULES, Exact, Rule, variants
from .model import SchoolType, build_system

__all__ = ["batch_ns", "exactness", "interleaved", "openfisca_case", "single_case_us"]

PERIOD = "2020"


def openfisca_case(system: TaxBenefitSystem, rule: Rule, inputs: dict[str, Any] | None = None) -> dict[str, str]:
    """One case in OpenFisca at its lightest: a one-person simulation, inputs set, outputs calculated.

    Each output as numpy writes its ``float32`` (the shortest text that reads back as the same float32).
    """
    simulation = SimulationBuilder().build_default_simulation(system, 1)
    for name, value in (rule.inputs if inputs is None else inputs).items():
        array = _array(system, name, [value])
        simulation.set_input(name, PERIOD, array)
    return {name: str(simulation.calculate(name, PERIOD)[0]) for name in rule.outputs}


def _array(system: TaxBenefitSystem, name: str, values: list[Any]) -> Any:
    variable = system.get_variable(name)
    if variable.value_type is float:
        return np.array(values, dtype=np.float32)
    if variable.value_type is int:
        return np.array(values, dtype=np.int32)
    if variable.value_type is bool:
        return np.array(values, dtype=bool)
    return np.array([getattr(SchoolType, v).index for v in values], dtype=np.int16)


def interleaved(
    functions: dict[str, Callable[[], object]], repeat: int, budget: float = 0.05
) -> dict[str, list[float]]:
    """µs per call of each function, measured in turn ``repeat`` times (so that load hits each alike);
    each run calls a function as many times as fit in about ``budget`` seconds."""
    times: dict[str, list[float]] = {label: [] for label in functions}
    numbers: dict[str, int] = {}
    for label, function in functions.items():
        function()  # warm: imports, hooks, caches of the engines themselves
        start = time.perf_counter()
        function()
        numbers[label] = max(1, int(budget / max(time.perf_counter() - start, 1e-7)))
    for _ in range(repeat):
        for label, function in functions.items():
            number = numbers[label]
            gc.collect()
            start = time.process_time()  # CPU time: a shared machine's waits for a core are not the code's
            for _ in range(number):
                function()
            times[label].append((time.process_time() - start) / number * 1e6)
    return times


def single_case_us(system: TaxBenefitSystem, rule: Rule, repeat: int = 9) -> dict[str, list[float]]:
    """OpenFisca's single case, the library's ``evaluate`` and ``evaluate(...).to_dict()``, interleaved;
    each call on the next of 1,000 distinct cases."""
    name = rule.calculator
    cases = variants(rule, 1000)
    payloads = itertools.cycle([payload for payload, _ in cases])
    inputs = itertools.cycle([values for _, values in cases])
    return interleaved(
        {
            "openfisca": lambda: openfisca_case(system, rule, next(inputs)),
            "evaluate": lambda: qc.evaluate(name, next(payloads)),
            "evaluate+to_dict": lambda: qc.evaluate(name, next(payloads)).to_dict(),
        },
        repeat,
    )


def batch_ns(system: TaxBenefitSystem, rule: Rule, size: int, repeat: int = 3) -> dict[str, float]:
    """ns per case of a batch of ``size``: OpenFisca vectorised over persons; the library's
    ``evaluate_many`` with and without the explanation, on ``size`` distinct cases."""
    figures: dict[str, list[float]] = {"openfisca": [], "evaluate_many": [], "evaluate_many(explain=False)": []}
    cases = variants(rule, size)
    payloads = [payload for payload, _ in cases]
    for _ in range(repeat):
        gc.collect()
        start = time.process_time()
        simulation = SimulationBuilder().build_default_simulation(system, size)
        for name in rule.inputs:
            simulation.set_input(name, PERIOD, _array(system, name, [values[name] for _, values in cases]))
        for name in rule.outputs:
            simulation.calculate(name, PERIOD)
        figures["openfisca"].append((time.process_time() - start) / size * 1e9)
        for label, explain in (("evaluate_many", True), ("evaluate_many(explain=False)", False)):
            gc.collect()
            start = time.process_time()
            qc.evaluate_many(rule.calculator, payloads, explain=explain)
            figures[label].append((time.process_time() - start) / size * 1e9)
    return {label: statistics.median(values) for label, values in figures.items()}


def exactness(system: TaxBenefitSystem, case: Exact) -> tuple[bool, bool, str, str]:
    """Whether each engine gives the law's figures to the fen; and what each gave."""
    result = qc.evaluate(case.rule.calculator, case.payload)
    ours = {key: getattr(result, key) for key in case.expected}
    theirs = openfisca_case(system, case.rule, case.inputs)
    peer = {case.rule.outputs[name]: value for name, value in theirs.items()}
    peer_exact = all(Decimal(peer[key]) == value for key, value in case.expected.items())
    shown = ", ".join(f"{key} {value}" for key, value in ours.items())
    peer_shown = ", ".join(f"{key} {peer[key]}" for key in case.expected)
    return ours == case.expected, peer_exact, shown, peer_shown


def main() -> None:
    """Print the comparison as Markdown tables."""
    system = build_system()
    print("## single case (µs of CPU per case; median of 9 interleaved runs of ~50 ms each, fastest run)\n")
    print("| rule | OpenFisca | `evaluate` | ratio | `evaluate` + `to_dict()` | ratio |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for rule in RULES:
        t = single_case_us(system, rule)
        peer, ours, both = (statistics.median(t[k]) for k in ("openfisca", "evaluate", "evaluate+to_dict"))
        print(
            f"| {rule.label} | {peer:.1f} ({min(t['openfisca']):.1f}) | {ours:.1f} ({min(t['evaluate']):.1f}) "
            f"| {peer / ours:.1f}× | {both:.1f} ({min(t['evaluate+to_dict']):.1f}) | {peer / both:.1f}× |",
            flush=True,
        )
    size = 5_000
    print(f"\n## batch of {size:,} cases (ns of CPU per case, median of 3)\n")
    print("| rule | OpenFisca, vectorised | `evaluate_many` | `evaluate_many(explain=False)` |")
    print("| --- | ---: | ---: | ---: |")
    for rule in RULES:
        figures = batch_ns(system, rule, size)
        print(
            f"| {rule.label} | {figures['openfisca']:,.0f} | {figures['evaluate_many']:,.0f} "
            f"| {figures['evaluate_many(explain=False)']:,.0f} |",
            flush=True,
        )
    print("\n## exactness at the fen (the law's figure, worked by hand)\n")
    print("| rule | case | expected | qinzhou-calc | OpenFisca (float32) |")
    print("| --- | --- | --- | --- | --- |")
    tally = [0, 0]
    for case in EXACT:
        ours_ok, peer_ok, ours_text, peer_text = exactness(system, case)
        tally[0] += ours_ok
        tally[1] += peer_ok
        expected = ", ".join(f"{k} {v}" for k, v in case.expected.items())
        print(
            f"| {case.rule.label} | {case.what} | {expected} | {'✓' if ours_ok else '✗'} {ours_text} "
            f"| {'✓' if peer_ok else '✗'} {peer_text} |"
        )
    print(f"\nexact: qinzhou-calc {tally[0]} of {len(EXACT)}, OpenFisca {tally[1]} of {len(EXACT)}")
