"""Batches across processes: ``evaluate_many(..., workers=N)`` and ``evaluate_file``, in order and streamed.

The work is cut into chunks; each chunk is done by one of N worker processes and the answers come
back chunk by chunk in the order of the input. At most :data:`AHEAD` chunks per worker are in
flight, so an endless stream is handled in bounded memory, as by ``iter_evaluate``.

A worker is a fresh interpreter running :mod:`.worker` (``python -c``), started with
:mod:`subprocess` and spoken to over its standard input and output, one pickled message per chunk.
It never imports the caller's ``__main__``: ``multiprocessing``'s ``spawn`` and ``forkserver``
import the caller's script again in each worker (and so run again whatever the script does outside
``if __name__ == "__main__":``), and ``fork`` copies the caller's threads (a web server's, a
notebook's) in whatever state they are. What the worker needs from the caller travels with the
messages: the caller's ``sys.path`` and the working-day years it registered, once, then each
chunk's calculator, language and what-ifs.

A chunk that cannot be sent (a payload that cannot be pickled), that a worker cannot take (a
payload of a class only the caller's script defines) or whose worker died is done in the calling
process instead, so the answers are always those of the serial loop; when no worker can start
(an interpreter that cannot be run again), every chunk is.
"""

import contextlib
import os
import pickle
import struct
import subprocess
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import islice
from typing import IO, Any, TypeVar

from . import calendar_years, provisional, transport

__all__ = ["AHEAD", "CHUNK", "Worker", "check_workers", "evaluate_in_processes", "in_order", "start_workers"]

Item = TypeVar("Item")
Answer = TypeVar("Answer")

#: Payloads per chunk of ``evaluate_many``: large enough that sending a chunk costs little beside
#: evaluating it (a flat case takes ~10 µs, so a chunk is ~5 ms of work), small enough to spread a
#: batch evenly.
CHUNK = 500
#: Chunks in flight per worker: one being done, one waiting, so a worker never idles.
AHEAD = 2

#: A message's length, before the message.
_HEADER = struct.Struct("<Q")

#: What a worker runs: the package is found where the caller found it, whatever the worker's
#: current directory holds.
_BOOT = "import sys; sys.path.insert(0, {root!r}); from qinzhou_calc._core.worker import main; main()"


def check_workers(workers: object) -> int:
    """``workers`` as a number of processes: a whole number, at least 1."""
    if isinstance(workers, bool) or not isinstance(workers, int):
        raise TypeError(f"workers must be a whole number of processes, got {type(workers).__name__}")
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    return workers


def write_message(stream: IO[bytes], data: bytes) -> None:
    """One message: its length, then its bytes."""
    stream.write(_HEADER.pack(len(data)))
    stream.write(data)
    stream.flush()


def read_message(stream: IO[bytes]) -> bytes | None:
    """The next message, or ``None`` when the stream ends (the other side closed or died)."""
    header = stream.read(_HEADER.size)
    if len(header) < _HEADER.size:
        return None
    (size,) = _HEADER.unpack(header)
    data = stream.read(size)
    return data if len(data) == size else None


class Worker:
    """One worker process: messages go in on its standard input, answers come out in order."""

    def __init__(self, process: "subprocess.Popen[bytes]") -> None:
        self.process = process
        self.alive = True
        #: Chunks sent and not yet answered.
        self.pending = 0

    def send(self, data: bytes) -> bool:
        """Send one chunk; ``False`` if the worker is gone."""
        if self.alive:
            try:
                write_message(self.process.stdin, data)  # type: ignore[arg-type]
                self.pending += 1
                return True
            except (OSError, ValueError):
                self.alive = False
        return False

    def receive(self) -> Any:
        """The answer to the oldest chunk sent: ``("ok", …)`` or ``("failed", why)``; ``None`` if the worker died."""
        self.pending -= 1
        if self.alive:
            try:
                data = read_message(self.process.stdout)  # type: ignore[arg-type]
                if data is not None:
                    return pickle.loads(data)
            except Exception:  # noqa: BLE001 - a broken answer: the worker is given up
                pass
            self.alive = False
        return None

    def stop(self) -> None:
        """Close its input (the worker then exits) and wait for it; kill it if it does not end soon."""
        for stream in (self.process.stdin, self.process.stdout):
            with contextlib.suppress(OSError):  # a pipe already broken
                stream.close()  # type: ignore[union-attr]
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _setup() -> bytes:
    """What every worker is told once: the caller's import path, registered working-day years, and
    whether it counts provisional years."""
    setup = {"path": list(sys.path), "calendar": calendar_years.registered(), "provisional": provisional.allowed()}
    return pickle.dumps(setup, pickle.HIGHEST_PROTOCOL)


def start_workers(count: int) -> list[Worker]:
    """``count`` worker processes (fewer, or none, if they cannot start)."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    command = [sys.executable, "-c", _BOOT.format(root=root)]
    setup = _setup()
    workers = []
    for _ in range(count):
        try:
            process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        except (OSError, ValueError):
            break
        worker = Worker(process)
        if not worker.send(setup):
            worker.stop()
            continue
        worker.pending = 0  # the set-up is not answered
        workers.append(worker)
    return workers


def in_order(
    items: Iterable[Item],
    workers: int,
    *,
    message: Callable[[Item], bytes],
    answer: Callable[[Item, Any], Answer],
    here: Callable[[Item], Answer],
) -> Iterator[Answer]:
    """The answers for ``items``, in order: each item is sent to a worker as ``message(item)``
    and its ``("ok", data)`` read as ``answer(item, data)``; an item that cannot be sent, or whose
    worker failed or died, is answered ``here(item)`` in this process."""
    pool = start_workers(workers)
    pending: deque[tuple[Item, Worker | None]] = deque()
    source = iter(items)
    try:
        while True:
            while len(pending) < AHEAD * max(1, len(pool)):
                item = next(source, None)
                if item is None:
                    break
                pending.append((item, _send(pool, item, message)))
            if not pending:
                return
            item, worker = pending.popleft()
            reply = worker.receive() if worker is not None else None
            if reply is not None and reply[0] == "ok":
                yield answer(item, reply[1])
            else:
                # Done here instead: the same answer, or the same exception, as the serial loop.
                yield here(item)
    finally:
        for worker in pool:
            worker.stop()


def _send(pool: list[Worker], item: Any, message: Callable[[Any], bytes]) -> Worker | None:
    """The worker with the fewest chunks waiting, once ``item`` is sent to it; ``None`` if it cannot be."""
    alive = [worker for worker in pool if worker.alive]
    if not alive:
        return None
    try:
        data = message(item)
    except Exception:  # noqa: BLE001 - a payload that cannot be pickled: done here
        return None
    worker = min(alive, key=lambda candidate: candidate.pending)
    return worker if worker.send(data) else None


def evaluate_in_processes(
    name: str,
    payloads: Iterable[Mapping[str, object]],
    workers: int,
    options: Mapping[str, Any],
    here: Callable[[list[Mapping[str, object]]], list[Any]],
) -> Iterator[Any]:
    """``iter_evaluate``'s outcomes over ``payloads`` by ``workers`` processes, in chunks, in order;
    a chunk no worker could answer is ``here(chunk)``, evaluated in this process.

    A worker sends a chunk's results back in the compact form of :mod:`.transport` (a result costs
    less to send and to build again that way than pickled)."""
    rows = iter(payloads)
    options = dict(options)

    def chunks() -> Iterator[list[Mapping[str, object]]]:
        while part := list(islice(rows, CHUNK)):
            yield part

    def message(part: list[Mapping[str, object]]) -> bytes:
        return pickle.dumps(("rows", name, part, options), pickle.HIGHEST_PROTOCOL)

    for outcomes in in_order(
        chunks(),
        workers,
        message=message,
        answer=lambda part, packed: transport.unpack(packed),
        here=here,
    ):
        yield from outcomes
