"""Worker processes never import or run the caller's script, and speak to it only over their pipes."""

import io
import os
import pickle
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from typing import Any

import pytest

import qinzhou_calc as qc
from qinzhou_calc._core import parallel, worker
from qinzhou_calc._core.transport import unpack

NAME = "techinno.contract_registration_subsidy"

#: A script with no ``if __name__ == "__main__":`` guard: everything it does runs at import.
UNGUARDED = """
import sys

import qinzhou_calc as qc
from qinzhou_calc._core import batches

with open("side-effects.log", "a", encoding="utf-8") as log:
    log.write("ran\\n")


class Row(dict):
    "A payload of a class only this script defines: a worker cannot rebuild it."


def nowhere(*args, **kwargs):
    raise SystemExit("a chunk was evaluated in the calling process")


rows = [{"registered_amount": f"{1000 + i}", "as_of": "2020-06-30"} for i in range(1500)]
if sys.argv[1] == "workers-only":
    # Every chunk must come back from a worker: this process may evaluate none.
    batches.evaluate_chunk = nowhere
    outcomes = qc.evaluate_many(NAME, rows, workers=2)
elif sys.argv[1] == "file":
    with open("cases.jsonl", "w", encoding="utf-8") as cases:
        cases.writelines(f'{{"registered_amount": "{1000 + i}", "as_of": "2020-06-30"}}\\n' for i in range(1500))
    report = qc.evaluate_file(NAME, "cases.jsonl", "results.jsonl", workers=2)
    outcomes = [None] * report.cases
else:
    outcomes = qc.evaluate_many(NAME, [Row(row) for row in rows], workers=2)
    assert [o.to_dict() for o in outcomes] == [o.to_dict() for o in qc.evaluate_many(NAME, rows)]
print(len(outcomes), "cases")
""".replace("NAME", repr(NAME))


@pytest.mark.parametrize("mode", ["workers-only", "file", "script-class"])
def test_an_unguarded_script_runs_its_side_effect_once(mode: str, tmp_path: Path) -> None:
    """A script without a __main__ guard calling workers=2 writes its log line once and prints once:
    the workers are fresh interpreters that never import it. With evaluate_chunk made to fail in
    the script, the rows can only have been evaluated by the workers; rows of a class defined in
    the script (which no worker can import) are answered here, as by the serial loop."""
    script = tmp_path / "unguarded.py"
    script.write_text(textwrap.dedent(UNGUARDED), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script), mode], cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False
    )
    assert (0, "1500 cases\n") == (done.returncode, done.stdout), done.stderr
    assert "ran\n" == (tmp_path / "side-effects.log").read_text(encoding="utf-8")


def test_the_workers_are_started_without_the_multiprocessing_machinery() -> None:
    """The command run is python -c with the worker's entry point; no multiprocessing spawn or forkserver."""
    assert "multiprocessing" not in parallel._BOOT
    assert "qinzhou_calc._core.worker import main" in parallel._BOOT


def _serve_in_a_thread() -> tuple[io.BufferedWriter, io.BufferedReader, threading.Thread]:
    """worker.serve on two pipes, in this process (so that coverage sees it)."""
    to_worker_r, to_worker_w = os.pipe()
    from_worker_r, from_worker_w = os.pipe()
    inbox, outbox = os.fdopen(to_worker_r, "rb"), os.fdopen(from_worker_w, "wb")

    def run() -> None:
        with inbox, outbox:
            worker.serve(inbox, outbox)

    thread = threading.Thread(target=run)
    thread.start()
    return os.fdopen(to_worker_w, "wb"), os.fdopen(from_worker_r, "rb"), thread


def _ask(send: io.BufferedWriter, answers: io.BufferedReader, message: object) -> tuple[str, Any]:
    parallel.write_message(send, pickle.dumps(message))
    data = parallel.read_message(answers)
    assert data is not None
    return pickle.loads(data)  # type: ignore[no-any-return]


def test_a_worker_answers_each_task_in_order_and_ends_with_its_input() -> None:
    """Set-up, a chunk of rows (compact results), a chunk of JSON lines (bytes out), a task it
    cannot do (answered "failed", the caller then does it), and the end of its input."""
    send, answers, thread = _serve_in_a_thread()
    parallel.write_message(send, pickle.dumps({"path": [], "calendar": ({}, {})}))
    options = {"explain": True, "lang": "zh", "overrides": None}
    kind, packed = _ask(
        send, answers, ("rows", NAME, [{"registered_amount": "1000001", "as_of": "2020-06-30"}], options)
    )
    assert ("ok", "5000.01") == (kind, unpack(packed)[0].to_dict()["amount"])
    lines = b'{"registered_amount": "200", "as_of": "2020-06-30"}\n\nnot json\n'
    kind, rendered = _ask(send, answers, ("file", NAME, ("lines", 7, lines), {**options, "ascii": False}))
    data, cases, bad = rendered
    assert ("ok", 2, [9]) == (kind, cases, bad)
    assert b'"amount":"1.00"' in data.splitlines()[0]
    assert b'"line":9}' in data.splitlines()[1]
    kind, why = _ask(send, answers, ("no such task", NAME, [], options))
    assert "failed" == kind
    assert "KeyError" in str(why)
    send.close()
    thread.join(timeout=10)
    answers.close()
    assert not thread.is_alive()


def test_a_worker_whose_input_closes_at_once_ends() -> None:
    """No set-up at all: the worker returns."""
    send, answers, thread = _serve_in_a_thread()
    send.close()
    thread.join(timeout=10)
    answers.close()
    assert not thread.is_alive()


#: A worker whose every task first prints a line (as a careless plug-in could).
STRAY = (
    "from qinzhou_calc._core import worker; answer = worker._answer; "
    "worker._answer = lambda data: (print('stray'), answer(data))[1]; worker.main()"
)


def test_the_worker_entry_point_keeps_its_answers_apart_from_stray_output(tmp_path: Path) -> None:
    """The worker's main(): a print while it works goes to stderr, the answers alone to stdout."""
    process = subprocess.Popen(
        [sys.executable, "-c", STRAY],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdin is not None
    assert process.stdout is not None
    parallel.write_message(process.stdin, pickle.dumps({"path": [], "calendar": ({}, {})}))
    options = {"explain": False, "lang": "en", "overrides": None}
    parallel.write_message(process.stdin, pickle.dumps(("rows", NAME, [{"registered_amount": -1}], options)))
    data = parallel.read_message(process.stdout)
    process.stdin.close()
    assert 0 == process.wait(timeout=60)
    assert data is not None
    kind, packed = pickle.loads(data)
    assert "ok" == kind
    (error,) = unpack(packed)
    assert isinstance(error, qc.InputError)
    assert "negative" in error.codes
    assert b"" == process.stdout.read()
    assert process.stderr is not None
    assert b"stray" in process.stderr.read()
