"""Batch scaling and streaming memory: ``.venv/bin/python -m bench.scaling`` (about 2 minutes).

What a pytest-benchmark round cannot show:

* linearity: ``evaluate_many`` on 1,000 / 10,000 / 100,000 generated payloads; the time per
  case should not grow with the batch;
* memory: the peak traced by ``tracemalloc`` while consuming ``iter_evaluate`` over a
  generator of payloads (results dropped as they come) should not grow with the number of
  rows, unlike the list that ``evaluate_many`` returns.

Each timing is the median of ``--repeat`` runs (the machine is shared: see docs/performance.md).
``--quick`` stops at 10,000 rows.
"""

import argparse
import gc
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import qinzhou_calc as qc

from ._payloads import contract_payloads, kindergarten_payloads, loan_payloads

__all__ = ["linearity", "main", "peak_memory", "startup"]

Payloads = Callable[[int], Iterator[dict[str, Any]]]

#: (calculator, payload generator, largest batch timed)
BATCHES: tuple[tuple[str, Payloads, int], ...] = (
    ("techinno.contract_registration_subsidy", contract_payloads, 100_000),
    ("education.inclusive_kindergarten_subsidy", kindergarten_payloads, 100_000),
    ("education.loan_interest_subsidy", loan_payloads, 100_000),
)


def _time_batch(name: str, rows: list[dict[str, Any]]) -> float:
    gc.collect()
    start = time.perf_counter()
    results = qc.evaluate_many(name, rows)
    elapsed = time.perf_counter() - start
    if not all(isinstance(result, qc.Result) for result in results):
        raise AssertionError(f"{name}: a generated payload was refused")
    return elapsed


def linearity(sizes: Iterable[int], repeat: int) -> list[tuple[str, int, float, float]]:
    """``(calculator, n, median seconds, spread in seconds)`` for each batch size."""
    table = []
    for name, payloads, largest in BATCHES:
        for n in sizes:
            if n > largest:
                continue
            rows = list(payloads(n))
            runs = [_time_batch(name, rows) for _ in range(repeat if n < 100_000 else max(1, repeat - 1))]
            table.append((name, n, statistics.median(runs), max(runs) - min(runs)))
            del rows
    return table


def _drain(results: Iterable[object]) -> int:
    count = 0
    for _ in results:
        count += 1
    return count


def peak_memory(name: str, payloads: Payloads, n: int, form: str) -> int:
    """Peak bytes traced while evaluating ``n`` generated payloads in ``form``.

    ``stream``: ``iter_evaluate`` over the generator, each result dropped as it comes;
    ``list``: ``evaluate_many`` over the same generator, the list of results kept until it returns.
    The generator of payloads is the same in both, so the difference is the results held.
    """
    source: Iterator[Mapping[str, object]] = payloads(n)
    gc.collect()
    tracemalloc.start()
    try:
        streamed = form == "stream"
        count = _drain(qc.iter_evaluate(name, source)) if streamed else len(qc.evaluate_many(name, source))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    if count != n:
        raise AssertionError(f"{count} results for {n} payloads")
    return peak


RUN = ["run", "techinno.contract_registration_subsidy", "--json"]
RUN += ['{"registered_amount": 1000001, "as_of": "2020-06-30"}']

#: Fresh interpreters: the bare start-up is subtracted from the import.
STARTUP: dict[str, list[str]] = {
    "bare interpreter (`python -c pass`)": [sys.executable, "-c", "pass"],
    "`python -c 'import qinzhou_calc'`": [sys.executable, "-c", "import qinzhou_calc"],
    "`python -m qinzhou_calc run …`": [sys.executable, "-m", "qinzhou_calc", *RUN],
}


def startup(repeat: int) -> dict[str, tuple[list[float], list[float]]]:
    """Wall and CPU (user + system) milliseconds of each command, run in turn ``repeat`` times.

    CPU time is what the process itself spent; on a shared machine it moves much less than
    wall time, which also counts the time spent waiting for a core.
    """
    times: dict[str, tuple[list[float], list[float]]] = {label: ([], []) for label in STARTUP}
    for _ in range(repeat):
        for label, command in STARTUP.items():
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run(command, check=True, capture_output=True)
            wall = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            times[label][0].append(wall * 1000)
            times[label][1].append(cpu * 1000)
    return times


def _spread(values: list[float]) -> str:
    quartiles = statistics.quantiles(values, n=4)
    return f"{statistics.median(values):.0f} (IQR {quartiles[2] - quartiles[0]:.0f}, min {min(values):.0f})"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true", help="stop at 10,000 rows")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--startup-only", action="store_true", help="only the start-up times")
    args = parser.parse_args(argv)

    print("## start-up, fresh interpreters (ms)\n")
    print("| command | wall: median (IQR, min) | CPU: median (IQR, min) |")
    print("| --- | ---: | ---: |")
    for label, (wall, cpu) in startup(30).items():
        print(f"| {label} | {_spread(wall)} | {_spread(cpu)} |", flush=True)
    if args.startup_only:
        return
    sizes = [1_000, 10_000] if args.quick else [1_000, 10_000, 100_000]
    qc.evaluate_many("techinno.contract_registration_subsidy", list(contract_payloads(10)))  # imports, hooks

    print("\n## evaluate_many: time per case\n")
    print("| calculator | cases | total (s) | per case (µs) | cases/s | spread of runs (s) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, n, seconds, spread in linearity(sizes, args.repeat):
        print(
            f"| `{name}` | {n:,} | {seconds:.2f} | {seconds / n * 1e6:.1f} | {n / seconds:,.0f} | {spread:.2f} |",
            flush=True,
        )

    print("\n## peak memory traced (tracemalloc)\n")
    print("| calculator | cases | iter_evaluate, streamed | evaluate_many, list |")
    print("| --- | ---: | ---: | ---: |")
    name, payloads, _ = BATCHES[0]
    for n in sizes[-2:]:
        stream = peak_memory(name, payloads, n, "stream")
        kept = peak_memory(name, payloads, n, "list")
        print(f"| `{name}` | {n:,} | {stream / 1024:,.0f} KiB | {kept / 1024 / 1024:,.1f} MiB |")


if __name__ == "__main__":
    main()
