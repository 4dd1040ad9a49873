"""A worker process of :mod:`.parallel`: chunks in on standard input, answers out on standard output.

The first message sets the worker up (the caller's ``sys.path`` and registered working-day years);
each later one is ``(task, arguments)``, answered in order by ``("ok", answer)`` or, when the chunk
cannot be done here (a payload of a class this process cannot import, an exception of the
library's own), ``("failed", why)``: the caller then does that chunk itself. A thread reads the
messages as they come, so that the caller's writes never wait on this process's answers. The
worker ends when its input closes.
"""

import contextlib
import os
import pickle
import queue
import sys
import threading
from collections.abc import Callable
from typing import IO, Any

from . import calendar_years, provisional
from .batches import evaluate_chunk_packed
from .batchfile import render_chunk
from .parallel import read_message, write_message

__all__ = ["TASKS", "main", "serve"]


#: The tasks a worker does, by name: each ``(name, chunk, options) -> answer``.
TASKS: dict[str, Callable[[str, Any, Any], Any]] = {"rows": evaluate_chunk_packed, "file": render_chunk}


def _set_up(data: bytes) -> None:
    setup = pickle.loads(data)
    sys.path[:] = setup["path"] + [entry for entry in sys.path if entry not in setup["path"]]
    years, regional = setup["calendar"]
    if years or regional:
        calendar_years.register(dict(years), dict(regional))
    if setup.get("provisional"):
        provisional.allow()


def _answer(data: bytes) -> bytes:
    try:
        task, name, chunk, options = pickle.loads(data)
        reply: tuple[str, Any] = ("ok", TASKS[task](name, chunk, options))
        return pickle.dumps(reply, pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # noqa: BLE001 - the caller does this chunk itself
        return pickle.dumps(("failed", f"{type(exc).__name__}: {exc}"[:500]), pickle.HIGHEST_PROTOCOL)


def serve(inbox: IO[bytes], outbox: IO[bytes]) -> None:
    """Answer the messages of ``inbox`` on ``outbox``, in order, until ``inbox`` ends."""
    received: queue.SimpleQueue[bytes | None] = queue.SimpleQueue()

    def read() -> None:
        try:
            while (data := read_message(inbox)) is not None:
                received.put(data)
        finally:
            received.put(None)

    threading.Thread(target=read, daemon=True).start()
    first = received.get()
    if first is None:
        return
    _set_up(first)
    while (data := received.get()) is not None:
        write_message(outbox, _answer(data))


def main() -> None:
    """The worker's entry point: answers go out on the standard output it was started with, and
    anything else written to standard output (a stray ``print``) goes to standard error instead."""
    outbox = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    # A broken pipe: the caller went away (it stopped reading), nothing more to do; nor is there
    # anything left to flush at exit.
    with contextlib.suppress(BrokenPipeError):
        serve(sys.stdin.buffer, outbox)
    with contextlib.suppress(OSError):
        outbox.close()
