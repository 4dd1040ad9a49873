"""``qinzhou-calc run NAME --input cases.jsonl`` serially against ``--workers 2``:
``.venv/bin/python -m bench.file_scaling [--count 1000000] [--full]``.

The same command both times, on the same JSON Lines file of ``count`` distinct 技术合同认定登记
cases (``--lean`` unless ``--full``), its output written to a file; the two outputs are checked
byte for byte. Each run reports its wall time and the CPU time of the command and its workers
(``RUSAGE_CHILDREN`` once they have ended). On a machine other work keeps busy the wall time says
more about the neighbours than about the code, so the run with workers is made once more inside
this process, through ``qc.evaluate_file``, to split its CPU time between the caller (reading,
sending, receiving, writing) and the workers; from these the speed-up an idle 2-core machine allows
is the serial CPU time over the larger of the caller's CPU time and half the CPU time of all three
processes.
"""

import argparse
import hashlib
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import qinzhou_calc as qc

__all__ = ["main"]

NAME = "techinno.contract_registration_subsidy"


def _cases(path: Path, count: int) -> None:
    with path.open("w", encoding="utf-8") as cases:
        for i in range(count):
            amount = f"{1000 + i % 100_000}.{i % 100:02d}"
            cases.write(json.dumps({"registered_amount": amount, "as_of": "2020-06-30"}) + "\n")


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _self_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_SELF)
    return used.ru_utime + used.ru_stime


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as data:
        while block := data.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _command(source: Path, target: Path, workers: int, lean: bool) -> tuple[float, float]:
    """Wall and CPU seconds of the command (with its workers)."""
    command = [sys.executable, "-m", "qinzhou_calc", "run", NAME, "--input", str(source), "--workers", str(workers)]
    before = _children_cpu()
    wall = time.perf_counter()
    with target.open("wb") as out:
        subprocess.run([*command, *(["--lean"] if lean else [])], stdout=out, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - wall, _children_cpu() - before


def _split(source: Path, target: Path, lean: bool) -> tuple[float, float]:
    """CPU seconds of the caller and of the two workers, ``evaluate_file`` with ``workers=2`` in this process."""
    before_self, before_children = _self_cpu(), _children_cpu()
    qc.evaluate_file(NAME, source, target, workers=2, lean=lean)
    return _self_cpu() - before_self, _children_cpu() - before_children


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000, help="cases in the file (default 10⁶)")
    parser.add_argument("--full", action="store_true", help="full results (steps, citations, notes), not --lean")
    args = parser.parse_args()
    lean = not args.full
    print(f"Python {platform.python_version()}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}; {qc.__file__}")
    with tempfile.TemporaryDirectory() as folder:
        source, one, two = Path(folder, "cases.jsonl"), Path(folder, "one.jsonl"), Path(folder, "two.jsonl")
        _cases(source, args.count)
        serial_wall, serial_cpu = _command(source, one, 1, lean)
        both_wall, both_cpu = _command(source, two, 2, lean)
        assert _digest(one) == _digest(two), "the outputs differ"
        size = one.stat().st_size
        one.unlink()
        caller, workers = _split(source, two, lean)
    idle = serial_cpu / max(caller, (caller + workers) / 2)
    mode = "--lean" if lean else "full"
    print(f"\n## {args.count:,} cases, `run {NAME} --input cases.jsonl` ({mode}; {size / 1e6:.0f} MB out)\n")
    print(
        "| serial wall (s) | serial CPU (s) | `--workers 2` wall (s) | CPU, all (s) | caller CPU (s) "
        "| workers CPU (s) | wall speed-up | idle 2-core speed-up from CPU |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    print(
        f"| {serial_wall:.1f} | {serial_cpu:.1f} | {both_wall:.1f} | {both_cpu:.1f} | {caller:.1f} | {workers:.1f} "
        f"| {serial_wall / both_wall:.2f}× | {idle:.2f}× |"
    )
    print(f"\nload average at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
