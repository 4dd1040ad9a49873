"""``evaluate_many(..., workers=2)`` against one process, with the CPU time split between the
caller and the workers: ``.venv/bin/python -m bench.transport [--count 1000000]``.

On a shared machine the wall time of a run across processes says more about the neighbours than
about the code, so the run also records the CPU time of the caller (every thread of it: the
its threads too) and of the worker processes (their ``RUSAGE_CHILDREN`` once they have ended),
and gives the speed-up those times allow
on an idle 2-core machine: the serial CPU time over the larger of the caller's CPU time and half
the CPU time of all three processes (the caller and two workers share two cores).

``--end-to-end-only`` skips the first table, so that the end-to-end run can measure an older
checkout too (``PYTHONPATH=<its src>``); ``--plain`` sends the results back pickled one by one, as
before the compact form, with the same code otherwise. Each run does the whole job a caller does: it generates
the payloads, evaluates them and sums the amounts of the results (a result built lazily could not
hide its cost). The first table gives the
cost of each side of the transport, per case, in µs of CPU on chunks of 500 distinct cases: the
results pickled one by one as before, and the compact form of ``_core/transport.py``.
"""

import argparse
import functools
import gc
import os
import pickle
import platform
import resource
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import qinzhou_calc as qc

from .targets import measure

__all__ = ["main"]

NAME = "techinno.contract_registration_subsidy"
CHUNK = 500


def _payloads(count: int) -> Iterator[dict[str, Any]]:
    for i in range(count):
        yield {"registered_amount": f"{1000 + i % 100_000}.{i % 100:02d}", "as_of": "2020-06-30"}


def _pack_and_dump(outcomes: list[qc.Result | qc.InputError]) -> bytes:
    from qinzhou_calc._core.transport import pack  # noqa: PLC0415 - the end-to-end run also measures older code

    return pickle.dumps(pack(outcomes), pickle.HIGHEST_PROTOCOL)


def _load_and_unpack(data: bytes) -> list[Any]:
    from qinzhou_calc._core.transport import unpack  # noqa: PLC0415

    return unpack(pickle.loads(data))


def _total(outcomes: list[qc.Result | qc.InputError]) -> Decimal:
    """What a caller reads of every result: the sum of the amounts."""
    return sum((r.amount for r in outcomes if isinstance(r, qc.Result) and r.amount is not None), Decimal(0))


def sides() -> None:
    """µs of CPU per case for each side of the way back from a worker."""
    print("\n## The way back from a worker, µs of CPU per case (chunks of 500; median (fastest))\n")
    print("| explain | compute | pickle (before) | unpickle (before) | pack + pickle | unpickle + unpack |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    rows = list(_payloads(CHUNK))
    for explain in (False, True):
        results = qc.evaluate_many(NAME, rows, explain=explain)
        plain = pickle.dumps(results, pickle.HIGHEST_PROTOCOL)
        compact = _pack_and_dump(results)
        assert _load_and_unpack(compact) == results
        t = measure(
            {
                "compute": functools.partial(qc.evaluate_many, NAME, rows, explain=explain),
                "dump": functools.partial(pickle.dumps, results, pickle.HIGHEST_PROTOCOL),
                "load": functools.partial(pickle.loads, plain),
                "pack": functools.partial(_pack_and_dump, results),
                "unpack": functools.partial(_load_and_unpack, compact),
            },
            repeat=7,
            budget=0.05,
        )
        cells = " | ".join(f"{t[k][0] / CHUNK:.2f} ({t[k][1] / CHUNK:.2f})" for k in t)
        print(f"| {explain} | {cells} |", flush=True)


def _children_cpu() -> float:
    """CPU seconds (user + system) of the child processes that have ended: the workers, once stopped."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _plain_transport() -> None:
    """Results sent back pickled one by one, as before the compact form (same code otherwise)."""
    from qinzhou_calc._core import batches, transport  # noqa: PLC0415

    setattr(batches, "evaluate_chunk_packed", batches.evaluate_chunk)  # noqa: B010 - a benchmark's switch
    setattr(transport, "unpack", lambda outcomes: outcomes)  # noqa: B010


def end_to_end(count: int, *, plain: bool = False) -> None:
    """Serial against ``workers=2`` on ``count`` cases, payloads generated and amounts summed."""
    if plain:
        _plain_transport()
    way = "results pickled one by one" if plain else "compact transport"
    print(f"\n## {count:,} flat cases, generated, evaluated and summed (`{NAME}`, {way})\n")
    print(
        "| explain | serial wall (s) | serial CPU (s) | `workers=2` wall (s) | caller CPU (s) | workers CPU (s) "
        "| wall speed-up | idle 2-core speed-up from CPU |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for explain in (False, True):
        gc.collect()
        wall, cpu = time.perf_counter(), time.process_time()
        results = qc.evaluate_many(NAME, _payloads(count), explain=explain)
        total = _total(results)
        serial_wall, serial_cpu = time.perf_counter() - wall, time.process_time() - cpu
        del results
        gc.collect()
        before = _children_cpu()
        wall, cpu = time.perf_counter(), time.process_time()
        results = qc.evaluate_many(NAME, _payloads(count), explain=explain, workers=2)
        again = _total(results)
        both_wall, caller = time.perf_counter() - wall, time.process_time() - cpu
        assert again == total
        workers = _children_cpu() - before
        idle = serial_cpu / max(caller, (caller + workers) / 2)
        print(
            f"| {explain} | {serial_wall:.1f} | {serial_cpu:.1f} | {both_wall:.1f} | {caller:.1f} | {workers:.1f} "
            f"| {serial_wall / both_wall:.2f}× | {idle:.2f}× |",
            flush=True,
        )
        del results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000, help="cases of the end-to-end run (default 10⁶)")
    parser.add_argument("--plain", action="store_true", help="results pickled one by one, as before the compact form")
    parser.add_argument(
        "--end-to-end-only", action="store_true", help="skip the per-side table (older code has no compact form)"
    )
    args = parser.parse_args()
    print(f"Python {platform.python_version()}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}; {qc.__file__}")
    if not args.end_to_end_only:
        sides()
    end_to_end(args.count, plain=args.plain)


if __name__ == "__main__":
    main()
