"""Batches across processes: ``evaluate_many(..., workers=N)``, in order and streamed.

The payloads are read in chunks; each chunk is evaluated by one of N worker processes and the
outcomes come back chunk by chunk in the order of the payloads, in the compact form of
:mod:`.transport` (a result costs less to send and to build again than to pickle). At most :data:`AHEAD` chunks per
worker are in flight, so an endless stream is evaluated in bounded memory, as by ``iter_evaluate``.

Worker processes are started with ``forkserver`` where the platform has it (``spawn`` elsewhere):
never by forking the caller, whose threads (a web server's, a notebook's) a fork would copy in
whatever state they are. A chunk that cannot be sent to a worker, or whose worker dies, is
evaluated in the calling process instead, so the outcomes are always those of the serial loop; when
the workers cannot start at all (a script run without ``if __name__ == "__main__":`` around its
entry point, which ``spawn`` and ``forkserver`` workers import again), every chunk is.
"""

from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["AHEAD", "CHUNK", "check_workers", "evaluate_in_processes"]

Outcome = TypeVar("Outcome")
Sent = TypeVar("Sent")

#: Payloads per chunk: large enough that sending a chunk costs little beside evaluating it
#: (a flat case takes ~20 µs, so a chunk is ~10 ms of work), small enough to spread a batch evenly.
CHUNK = 500
#: Chunks in flight per worker: one being evaluated, one waiting, so a worker never idles.
AHEAD = 2

#: Evaluates one chunk: ``(name, payloads, options) -> outcomes``. The one run in a worker is a
#: module-level function, so that it is sent to the worker by reference.
ChunkFunction = Callable[[str, Sequence[Mapping[str, object]], Mapping[str, Any]], Outcome]


def check_workers(workers: object) -> int:
    """``workers`` as a number of processes: a whole number, at least 1."""
    if isinstance(workers, bool) or not isinstance(workers, int):
        raise TypeError(f"workers must be a whole number of processes, got {type(workers).__name__}")
    if workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    return workers


def _pool(workers: int) -> Any:
    # multiprocessing and concurrent.futures (some 20 ms to import) load with the first batch
    # across processes, not with ``import qinzhou_calc``.
    import multiprocessing  # noqa: PLC0415 - once per batch, not per case
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=context)


def evaluate_in_processes(
    evaluate_chunk: ChunkFunction[list[Outcome]],
    name: str,
    payloads: Iterable[Mapping[str, object]],
    workers: int,
    options: Mapping[str, Any],
    *,
    remote: ChunkFunction[Sent],
    receive: Callable[[Sent], list[Outcome]],
) -> Iterator[Outcome]:
    """The outcomes of ``evaluate_chunk`` over ``payloads`` in chunks, by ``workers`` processes, in order.

    A worker runs ``remote`` on a chunk, whose answer ``receive`` turns into the outcomes of
    ``evaluate_chunk``; a chunk evaluated here (see above) runs ``evaluate_chunk`` itself."""
    rows = iter(payloads)
    chunk = CHUNK
    pool = _pool(workers)
    pending: deque[tuple[list[Mapping[str, object]], Future[Sent] | None]] = deque()
    try:
        while True:
            while len(pending) < AHEAD * workers:
                part = list(islice(rows, chunk))
                if not part:
                    break
                future = None
                if pool is not None:
                    try:
                        future = pool.submit(remote, name, part, options)
                    except Exception:  # noqa: BLE001 - a broken pool (a worker could not start): go on here
                        pool.shutdown(wait=False, cancel_futures=True)
                        pool = None
                pending.append((part, future))
            if not pending:
                return
            part, future = pending.popleft()
            outcomes: list[Outcome] | None = None
            if future is not None:
                try:
                    outcomes = receive(future.result())
                except Exception:  # noqa: BLE001 - a chunk that could not be sent or whose worker died
                    outcomes = None
            if outcomes is None:
                # Evaluated here instead: the same outcomes, or the same exception, as the serial loop.
                outcomes = evaluate_chunk(name, part, options)
            yield from outcomes
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
