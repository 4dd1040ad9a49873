"""Start-up in fresh interpreters: ``.venv/bin/python -m bench.startup [--repeat 20] [--against SRC]``.

Runs, interleaved, ``python -c pass``, ``python -c "import qinzhou_calc"``, the import followed by
one ``evaluate`` (what a script pays before its first answer: a deferred import is not a saved
one), and the CLI ``run`` of one case, each ``--repeat`` times; prints the median and fastest wall
and CPU time (user + system of the child, from ``getrusage``) in ms: the import's minus the bare
interpreter's, the CLI's whole (its target is the wall time a user waits). ``--against SRC`` runs
the same commands a second time with ``SRC`` (another checkout's ``src`` directory) first on
``PYTHONPATH``, interleaved with this one, for a before/after comparison under the same load.
"""

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time

__all__ = ["main"]

EVALUATE = (
    "import qinzhou_calc as qc; "
    'qc.evaluate("techinno.contract_registration_subsidy", {"registered_amount": "1000001", "as_of": "2020-06-30"})'
)
CLI = (
    "from qinzhou_calc.cli import main; "
    "main(['run', 'techinno.contract_registration_subsidy', '--json', "
    '\'{"registered_amount": 1000001, "as_of": "2020-06-30"}\'])'
)
COMMANDS = {
    "bare": ["-c", "pass"],
    "import": ["-c", "import qinzhou_calc"],
    "import + evaluate": ["-c", EVALUATE],
    "CLI run": ["-c", CLI],
}


def _run(arguments: list[str], source: str | None) -> tuple[float, float]:
    """Wall and CPU ms of one fresh interpreter."""
    environment = dict(os.environ)
    if source is not None:
        environment["PYTHONPATH"] = source
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, *arguments], check=True, capture_output=True, env=environment)
    wall = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return wall, cpu


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--against", help="another checkout's src directory, run interleaved as 'before'")
    args = parser.parse_args(argv)
    sources: dict[str, str | None] = {"this": None}
    if args.against:
        sources = {"before": args.against, "this": None}
    runs: dict[tuple[str, str], list[tuple[float, float]]] = {
        (side, label): [] for side in sources for label in COMMANDS
    }
    for _ in range(args.repeat):
        for side, source in sources.items():
            for label, arguments in COMMANDS.items():
                runs[side, label].append(_run(arguments, source))
    print(f"load average {os.getloadavg()[0]:.1f}; ms, median (fastest) of {args.repeat} fresh interpreters\n")
    print("| code | what | wall | CPU |")
    print("| --- | --- | ---: | ---: |")
    for side in sources:
        bare = runs[side, "bare"]
        base_wall = statistics.median(w for w, _ in bare), min(w for w, _ in bare)
        base_cpu = statistics.median(c for _, c in bare), min(c for _, c in bare)
        for label in COMMANDS:
            walls = [w for w, _ in runs[side, label]]
            cpus = [c for _, c in runs[side, label]]
            wall = statistics.median(walls), min(walls)
            cpu = statistics.median(cpus), min(cpus)
            what = label
            if label not in {"bare", "CLI run"}:
                wall = wall[0] - base_wall[0], wall[1] - base_wall[1]
                cpu = cpu[0] - base_cpu[0], cpu[1] - base_cpu[1]
                what = f"{label}, minus bare"
            print(f"| {side} | {what} | {wall[0]:.1f} ({wall[1]:.1f}) | {cpu[0]:.1f} ({cpu[1]:.1f}) |", flush=True)


if __name__ == "__main__":
    main()
