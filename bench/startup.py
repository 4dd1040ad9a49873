"""Start-up in fresh interpreters: ``.venv/bin/python -m bench.startup [--repeat 20] [--against SRC]``.

Runs, interleaved, ``python -c pass``, ``python -c "import attrs"`` (the floor: every class of the
library is an attrs class), ``python -c "import qinzhou_calc"``, the import followed by one
``evaluate`` (what a script pays before its first answer: a deferred import is not a saved one),
and the CLI ``run`` of one case, each ``--repeat`` times; prints the median and fastest wall and
CPU time (user + system of the child, from ``getrusage``) in ms: the imports' minus the bare
interpreter's, the CLI's whole (its target is the wall time a user waits).

Each command runs in two states of the bytecode cache:

* ``compiled``: every module has its ``.pyc``, as after ``pip install`` (which compiles the
  package) — written once, before the timed runs, under a private ``PYTHONPYCACHEPREFIX`` so that
  no checkout is touched;
* ``as is``: the environment unchanged. With ``PYTHONDONTWRITEBYTECODE=1`` (as on the machine of
  these figures) an editable install's own modules have no ``.pyc`` and are compiled from source at
  every start, some 15–20 ms for the core alone.

``--against SRC`` runs the same commands a second time with ``SRC`` (another checkout's ``src``
directory) first on ``PYTHONPATH``, interleaved with this one, for a before/after comparison under
the same load.
"""

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
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
    "import attrs": ["-c", "import attrs"],
    "import": ["-c", "import qinzhou_calc"],
    "import + evaluate": ["-c", EVALUATE],
    "CLI run": ["-c", CLI],
}


def _environment(source: str | None, cache: str | None) -> dict[str, str]:
    environment = dict(os.environ)
    if cache is not None:
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        environment["PYTHONPYCACHEPREFIX"] = cache
    if source is not None:
        environment["PYTHONPATH"] = source
    return environment


def _run(arguments: list[str], environment: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU ms of one fresh interpreter."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, *arguments], check=True, capture_output=True, env=environment)
    wall = (time.perf_counter() - start) * 1000
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1000
    return wall, cpu


def _print(label: str, runs: dict[str, list[tuple[float, float]]]) -> None:
    bare = runs["bare"]
    base_wall = statistics.median(w for w, _ in bare), min(w for w, _ in bare)
    base_cpu = statistics.median(c for _, c in bare), min(c for _, c in bare)
    for command, values in runs.items():
        walls, cpus = [w for w, _ in values], [c for _, c in values]
        wall = statistics.median(walls), min(walls)
        cpu = statistics.median(cpus), min(cpus)
        what = command
        if command not in {"bare", "CLI run"}:
            wall = wall[0] - base_wall[0], wall[1] - base_wall[1]
            cpu = cpu[0] - base_cpu[0], cpu[1] - base_cpu[1]
            what = f"{command}, minus bare"
        print(f"| {label} | {what} | {wall[0]:.1f} ({wall[1]:.1f}) | {cpu[0]:.1f} ({cpu[1]:.1f}) |", flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--against", help="another checkout's src directory, run interleaved as 'before'")
    args = parser.parse_args(argv)
    sources: dict[str, str | None] = {"this": None}
    if args.against:
        sources = {"before": args.against, "this": None}
    with tempfile.TemporaryDirectory() as before_cache, tempfile.TemporaryDirectory() as this_cache:
        caches = {"before": before_cache, "this": this_cache}
        sides = {
            (side, state): _environment(source, caches[side] if state == "compiled" else None)
            for side, source in sources.items()
            for state in ("compiled", "as is")
        }
        for (_, state), environment in sides.items():
            if state == "compiled":  # the .pyc files written once, as an installer would
                for arguments in COMMANDS.values():
                    _run(arguments, environment)
        runs: dict[tuple[str, str], dict[str, list[tuple[float, float]]]] = {
            key: {command: [] for command in COMMANDS} for key in sides
        }
        for _ in range(args.repeat):
            for key, environment in sides.items():
                for command, arguments in COMMANDS.items():
                    runs[key][command].append(_run(arguments, environment))
    print(f"load average {os.getloadavg()[0]:.1f}; ms, median (fastest) of {args.repeat} fresh interpreters\n")
    print("| code, bytecode | what | wall | CPU |")
    print("| --- | --- | ---: | ---: |")
    for (side, state), commands in runs.items():
        _print(f"{side}, {state}", commands)


if __name__ == "__main__":
    main()
