"""Writing and reading steps, before and after: ``.venv/bin/python -m bench.steps [--rounds 3] [--against SRC]``.

Measures, with :func:`bench.targets.measure` (CPU time, interleaved runs), what the steps of a
result cost where they are written (``evaluate`` of three flat rules, ``score_banks`` with 20 banks
and the 5-year loan by their typed ``run()``, ``evaluate_many`` with and without the explanation)
and where they are read (``evaluate`` followed by ``to_dict()`` or ``str()``). Each round runs
every side in a fresh interpreter. ``--against SRC`` adds a side with ``SRC`` (another checkout's
``src`` directory) first on ``PYTHONPATH``, alternated with this one round by round, for a
before/after comparison under the same load; the table shows the median (and fastest) of the
rounds, in µs per call (per case for the batches).
"""

import argparse
import functools
import itertools
import json
import os
import statistics
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = ["main", "one_side"]

CONTRACT = "techinno.contract_registration_subsidy"
SCHOOL = {"type": "primary", "classes": 12, "students": 540, "non_profit": True}
BATCH = 20_000


def _cycle(items: list[Any]) -> Callable[[], Any]:
    rows = itertools.cycle(items)
    return lambda: next(rows)


def one_side() -> dict[str, tuple[float, float]]:
    """Every figure, in this interpreter: ``{what: (median, fastest)}`` in µs."""
    import qinzhou_calc as qc  # noqa: PLC0415 - the side's own checkout, found on PYTHONPATH
    from qinzhou_calc._core.registry import get  # noqa: PLC0415

    from ._payloads import banks, contract_payloads, loan_payload  # noqa: PLC0415
    from .targets import measure  # noqa: PLC0415

    contract = _cycle(list(contract_payloads(1000)))
    build = _cycle(
        [
            {"school": SCHOOL, "new_teaching_area_m2": f"{10000 + i}.{i % 100:02d}", "as_of": "2020-06-30"}
            for i in range(1000)
        ]
    )
    dig = _cycle([{"points": [f"{5 + i % 150}.{i % 10}"], "violation_date": "2020-05-01"} for i in range(1000)])
    scoring, loans = get("banking.score_banks"), get("education.loan_interest_subsidy")
    twenty = _cycle([scoring.structure(banks(20, start=20 * k)) for k in range(10)])
    loan = _cycle([loans.structure(loan_payload(5, principal=6_000_000 + 1200 * i)) for i in range(50)])
    rows = [{"registered_amount": f"{1000 + i}.{i % 100:02d}", "as_of": "2020-06-30"} for i in range(BATCH)]
    figures = measure(
        {
            "contract registration `evaluate`": lambda: qc.evaluate(CONTRACT, contract()),
            "contract registration `evaluate` + `to_dict()`": lambda: qc.evaluate(CONTRACT, contract()).to_dict(),
            "contract registration `evaluate` + `str()`": lambda: str(qc.evaluate(CONTRACT, contract())),
            "new-build subsidy `evaluate`": lambda: qc.evaluate("education.new_build_subsidy", build()),
            "new-build subsidy `evaluate` + `to_dict()`": lambda: qc.evaluate(
                "education.new_build_subsidy", build()
            ).to_dict(),
            "excavation fine `evaluate`": lambda: qc.evaluate("roads.unpermitted_excavation_fine", dig()),
            "excavation fine `evaluate` + `to_dict()`": lambda: qc.evaluate(
                "roads.unpermitted_excavation_fine", dig()
            ).to_dict(),
        },
        repeat=7,
    )
    figures.update(
        measure(
            {
                "`score_banks`, 20 banks, typed `run()`": lambda: scoring.run(twenty()),
                "5-year loan subsidy, typed `run()`": lambda: loans.run(loan()),
            },
            repeat=5,
            budget=0.2,
        )
    )
    batches = measure(
        {
            "`evaluate_many`, per case, `explain=True`": functools.partial(qc.evaluate_many, CONTRACT, rows),
            "`evaluate_many`, per case, `explain=False`": functools.partial(
                qc.evaluate_many, CONTRACT, rows, explain=False
            ),
        },
        repeat=3,
        budget=0.0,
    )
    figures.update({what: (median / BATCH, fastest / BATCH) for what, (median, fastest) in batches.items()})
    return figures


def _run_side(source: str | None) -> dict[str, tuple[float, float]]:
    environment = dict(os.environ)
    root = str(Path(__file__).resolve().parent.parent)
    environment["PYTHONPATH"] = os.pathsep.join([source, root] if source else [root])
    done = subprocess.run(
        [sys.executable, "-m", "bench.steps", "--one-side"], check=True, capture_output=True, text=True, env=environment
    )
    return {what: (median, fastest) for what, (median, fastest) in json.loads(done.stdout).items()}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--against", help="another checkout's src directory, alternated as 'before'")
    parser.add_argument("--one-side", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one_side:
        json.dump(one_side(), sys.stdout)
        return
    sides: dict[str, str | None] = {"before": args.against, "this": None} if args.against else {"this": None}
    runs: dict[str, list[dict[str, tuple[float, float]]]] = {side: [] for side in sides}
    for _ in range(args.rounds):
        for side, source in sides.items():
            runs[side].append(_run_side(source))
    whats = list(runs["this"][0])

    def cell(side: str, what: str) -> tuple[float, float]:
        return statistics.median(run[what][0] for run in runs[side]), min(run[what][1] for run in runs[side])

    print("| µs | " + " | ".join(sides) + (" | change |" if args.against else ""))
    print("| --- |" + " ---: |" * (len(sides) + (1 if args.against else 0)))
    for what in whats:
        shown = [cell(side, what) for side in sides]
        row = " | ".join(f"{median:,.1f} ({fastest:,.1f})" for median, fastest in shown)
        change = f" | {100 * (shown[-1][0] - shown[0][0]) / shown[0][0]:+.0f}%" if args.against else ""
        print(f"| {what} | {row}{change} |", flush=True)


if __name__ == "__main__":
    main()
