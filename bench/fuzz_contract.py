"""The long fuzz of the input contract: ``.venv/bin/python -m bench.fuzz_contract [--per-calculator N]``.

For every calculator, N payloads generated from its JSON Schema and N mutations of them (the same
strategies as ``tests/test_schema_agrees.py``, which runs a few in CI), counting:

* escapes: any exception from ``evaluate`` other than ``InputError``, by type;
* disagreements: a payload the schema accepts and the library refuses while reading it, or the
  reverse (the schema without its ``if``/``then``, which the calculator checks after reading); a
  payload the schema accepts that ``evaluate`` refuses with a field-shape code where no rule the
  calculator declares (``Calculator.rules``, the rules across fields) says so, or for a rule the schema
  says by ``if``/``then``; and a payload only that ``if``/``then`` refuses that ``evaluate`` accepts or
  refuses for no declared rule;
* the worst case seen: the slowest payload, and the largest ratio of the memory traced while
  evaluating it to the size of its JSON text.

Then, for every worked example, N pairs of the same payload as plain JSON and held by lying
subclasses and mappings (``tests.strategies.hostile_payloads``), and N payloads carrying a mapping
that fails while read (``unreadable_mappings``), counting:

* hostile disagreements: a lying value whose outcome differs from its plain value's;
* unreadable escapes: anything but an ``InputError`` with a ``type`` problem;
* changes: every mutating method tried on everything reachable from one result in ten
  (``tests/core/test_deep_immutability.py``) that succeeded, and results that the law's figures
  changed (the example evaluated again after each attempt differs from its first result).

The default (2000 per calculator, both kinds) is over 10^5 payloads; the figures go in
docs/performance.md.
"""

import argparse
import collections
import json
import sys
import time
import tracemalloc
from typing import Any

import jsonschema
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from tests import strategies
from tests.core.test_deep_immutability import reachable, vandalise

import qinzhou_calc as qc
from qinzhou_calc._core.crossfield import matches, undeclared
from qinzhou_calc._core.registry import get

__all__ = ["fuzz", "main"]


def _size(payload: Any) -> int:
    return len(json.dumps(payload, ensure_ascii=False, default=str))


class Tally:
    """What the fuzz found."""

    def __init__(self) -> None:
        self.payloads = 0
        self.results = 0
        self.input_errors = 0
        self.escapes: collections.Counter[str] = collections.Counter()
        self.disagreements: list[tuple[str, Any]] = []
        self.slowest = (0.0, "", 0)
        self.memory_ratio = (0.0, "", 0)
        self.hostile = 0
        self.hostile_disagreements: list[tuple[str, Any]] = []
        self.unreadable = 0
        self.unreadable_escapes = 0
        self.objects_vandalised = 0
        self.changes: collections.Counter[str] = collections.Counter()
        self.law_changed = 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "payloads": self.payloads,
            "results": self.results,
            "input_errors": self.input_errors,
            "escapes": dict(self.escapes),
            "disagreements": len(self.disagreements),
            "disagreement_examples": [repr(d)[:300] for d in self.disagreements[:5]],
            "slowest_seconds": round(self.slowest[0], 4),
            "slowest_calculator": self.slowest[1],
            "slowest_payload_bytes": self.slowest[2],
            "worst_memory_per_payload_byte": round(self.memory_ratio[0], 1),
            "worst_memory_calculator": self.memory_ratio[1],
            "worst_memory_payload_bytes": self.memory_ratio[2],
            "hostile_payloads": self.hostile,
            "hostile_disagreements": len(self.hostile_disagreements),
            "hostile_disagreement_examples": [repr(d)[:300] for d in self.hostile_disagreements[:5]],
            "unreadable_payloads": self.unreadable,
            "unreadable_escapes": self.unreadable_escapes,
            "objects_vandalised": self.objects_vandalised,
            "changes": dict(self.changes),
            "results_changed": self.law_changed,
        }


def _evaluated_disagrees(name: str, accepted: bool, error: qc.InputError | None) -> bool:
    """Whether ``evaluate``'s outcome disagrees with the schema, for a payload the library read."""
    shapes = [rule for rule in get(name).rules if rule.shape is not None]
    others = [rule for rule in get(name).rules if rule.shape is None]
    if error is None:
        return not accepted
    by_shape = any(matches(shapes, p.code, p.field) for p in error.errors)
    if accepted:
        return by_shape or bool(undeclared(others, error.errors))
    return not by_shape and bool(undeclared(others, error.errors))


def _one(name: str, validators: tuple[Any, Any], payload: Any, tally: Tally, trace: bool) -> None:
    tally.payloads += 1
    full, reading = validators
    # A float NaN is not JSON: no schema can refuse it (every comparison with a bound is false), as a
    # JSON parser would; counted as refused by the schema, so the library must refuse it too.
    accepted = reading.is_valid(payload) and not strategies.has_nan(payload)
    structured = False
    try:
        get(name).structure(payload)
        read = structured = True
    except qc.InputError as error:
        read = all("China time" in (p.en or "") for p in error.errors) and accepted
    except Exception as exc:  # noqa: BLE001 - counted: the point of the fuzz
        tally.escapes[f"structure:{type(exc).__name__}"] += 1
        read = False
    if accepted != read:
        tally.disagreements.append((name, payload))
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    refused: qc.InputError | None = None
    try:
        qc.evaluate(name, payload)
        tally.results += 1
    except qc.InputError as error:
        tally.input_errors += 1
        refused = error
    except Exception as exc:  # noqa: BLE001 - counted: the point of the fuzz
        tally.escapes[type(exc).__name__] += 1
    elapsed = time.perf_counter() - started
    if accepted and structured and _evaluated_disagrees(name, full.is_valid(payload), refused):
        tally.disagreements.append((name, payload))
    size = _size(payload)
    if trace:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        ratio = peak / max(size, 1)
        if ratio > tally.memory_ratio[0]:
            tally.memory_ratio = (ratio, name, size)
    if elapsed > tally.slowest[0]:
        tally.slowest = (elapsed, name, size)


def fuzz(name: str, per_calculator: int, tally: Tally, trace_every: int = 50) -> None:
    """``per_calculator`` generated payloads and as many mutations, for calculator ``name``."""
    schema = qc.schema(name)
    formats = jsonschema.FormatChecker()
    reading = {key: value for key, value in schema.items() if key != "allOf"}
    validators = (
        jsonschema.Draft202012Validator(schema, format_checker=formats),
        jsonschema.Draft202012Validator(reading, format_checker=formats),
    )
    counter = [0]

    @settings(
        max_examples=per_calculator,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategies.schema_payloads(schema), st.data())
    def run(payload: Any, data: st.DataObject) -> None:
        counter[0] += 1
        trace = counter[0] % trace_every == 0
        _one(name, validators, payload, tally, trace)
        _one(name, validators, data.draw(strategies.mutated(payload)), tally, trace)

    run()


def _outcome(name: str, payload: Any) -> Any:
    try:
        return qc.evaluate(name, payload).to_dict()
    except qc.InputError as error:
        return sorted((problem.field, problem.code) for problem in error.errors)


def hostile(name: str, per_example: int, tally: Tally) -> None:
    """``per_example`` lying copies and as many unreadable mappings, for each of ``name``'s examples;
    every mutating method tried on what one result in ten holds."""
    for example in get(name).examples:
        _hostile_example(name, dict(example.payload), per_example, tally)


def _hostile_example(name: str, payload: dict[str, Any], per_example: int, tally: Tally) -> None:
    expected = _outcome(name, payload)
    counter = [0]

    @settings(
        max_examples=per_example,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(strategies.hostile_payloads(payload), strategies.unreadable_mappings, st.sampled_from(sorted(payload)))
    def run(pair: tuple[Any, Any], mapping: Any, key: str) -> None:
        counter[0] += 1
        plain, lying = pair
        tally.hostile += 1
        try:
            if _outcome(name, lying) != _outcome(name, plain):
                tally.hostile_disagreements.append((name, plain))
        except Exception as exc:  # noqa: BLE001 - counted: the point of the fuzz
            tally.escapes[f"hostile:{type(exc).__name__}"] += 1
        tally.unreadable += 1
        try:
            qc.evaluate(name, {**payload, key: mapping})
            tally.unreadable_escapes += 1
        except qc.InputError as error:
            if "type" not in error.codes:
                tally.unreadable_escapes += 1
        except Exception:  # noqa: BLE001 - counted: the point of the fuzz
            tally.unreadable_escapes += 1
        if counter[0] % 10 == 0:
            objects = list(reachable(qc.evaluate(name, payload)))
            tally.objects_vandalised += len(objects)
            for obj in objects:
                tally.changes.update(vandalise(obj))
            if _outcome(name, payload) != expected:
                tally.law_changed += 1

    run()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-calculator", type=int, default=2000)
    parser.add_argument("--hostile-per-example", type=int, default=200)
    args = parser.parse_args(argv)
    tally = Tally()
    started = time.perf_counter()
    for name in qc.calculators():
        fuzz(name, args.per_calculator, tally)
        hostile(name, args.hostile_per_example, tally)
        sys.stderr.write(f"{name}: {tally.payloads} + {tally.hostile} hostile payloads so far\n")
    report = tally.to_dict()
    report["calculators"] = len(qc.calculators())
    report["seconds"] = round(time.perf_counter() - started, 1)
    json.dump(report, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    failed = tally.hostile_disagreements or tally.unreadable_escapes or tally.changes or tally.law_changed
    return 1 if tally.escapes or tally.disagreements or failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
