"""``evaluate_file``: a batch file read from a path or a stream and written to another."""

import io
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import IO, Any

from .batchfile import FileReport, Source, bad_file, write_cases
from .calls import check_overrides, language_of_call
from .language import get_language
from .parallel import check_workers
from .reading import check_readings
from .registry import get

__all__ = ["evaluate_file", "open_input", "options_for", "writer"]

#: What ``evaluate_file`` reads: a path, or a file object open for reading (bytes or text).
Readable = str | os.PathLike[str] | IO[bytes] | IO[str]
#: What it writes to: a path, or a file object open for writing (bytes or text).
Writable = str | os.PathLike[str] | IO[bytes] | IO[str]


class _Encoded:
    """A text stream read as UTF-8 bytes (standard input replaced by a text buffer)."""

    def __init__(self, text: IO[str]) -> None:
        self.text = text

    def read(self, size: int = -1) -> bytes:
        return self.text.read(size).encode("utf-8", "surrogateescape")


@contextmanager
def open_input(source: Readable) -> Iterator[tuple[IO[bytes], str]]:
    """``source`` open as bytes, with the name to give in messages; ``"-"`` is standard input.
    A missing file, a directory or no permission is bad input."""
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        if path == "-":
            if sys.stdin is None:
                raise bad_file(path, "标准输入已关闭", "standard input is closed")
            yield _binary(sys.stdin), "-"
            return
        try:
            handle = open(path, "rb")  # noqa: SIM115 - closed below, after the batch
        except FileNotFoundError:
            raise bad_file(path, "文件不存在", "no such file") from None
        except IsADirectoryError:
            raise bad_file(path, "这是一个目录", "it is a directory") from None
        except OSError as exc:
            why = exc.strerror or type(exc).__name__
            raise bad_file(path, why, why) from None
        with handle:
            yield handle, path
        return
    yield _binary(source), str(getattr(source, "name", "<input>"))


def _binary(stream: Any) -> IO[bytes]:
    if isinstance(stream, io.TextIOBase) or hasattr(stream, "encoding"):
        buffer = getattr(stream, "buffer", None)
        return buffer if buffer is not None else _Encoded(stream)  # type: ignore[return-value]
    return stream  # type: ignore[no-any-return]


@contextmanager
def writer(target: Writable) -> Iterator[Callable[[bytes], object]]:
    """A function that writes bytes to ``target`` (a path is created or replaced)."""
    if isinstance(target, (str, os.PathLike)):
        with open(target, "wb") as handle:
            yield handle.write
        return
    if isinstance(target, io.TextIOBase) or hasattr(target, "encoding"):
        target.flush()
        buffer = getattr(target, "buffer", None)
        if buffer is None:
            yield lambda data: target.write(data.decode("utf-8"))  # type: ignore[call-overload]
            return
        yield buffer.write
        buffer.flush()
        return
    yield target.write  # type: ignore[misc]
    target.flush()


def options_for(
    name: str,
    *,
    lean: bool,
    overrides: Mapping[str, object] | None,
    lang: str | None,
    ascii_only: bool = False,
    readings: Mapping[str, object] | None = None,
) -> dict[str, Any]:
    """What every chunk is done with, checked before any case is read: an unknown calculator, bad
    what-ifs or language raise :class:`~.errors.InputError` at once."""
    with language_of_call(lang):
        get(name)
        check_overrides(overrides)
        chosen = check_readings(readings)
        language = get_language()
    return {"explain": not lean, "lang": language, "overrides": overrides, "ascii": ascii_only, "readings": chosen}


def evaluate_file(
    name: str,
    source: Readable,
    target: Writable,
    workers: int = 1,
    lean: bool = False,
    *,
    overrides: Mapping[str, object] | None = None,
    lang: str | None = None,
    readings: Mapping[str, object] | None = None,
) -> FileReport:
    """JSON Lines (or a JSON array) from ``source``, one JSON line per case to ``target``, in order.

    ``source`` holds JSON Lines (one payload per line; blank lines are skipped), a JSON array of
    payloads, or one JSON object. Each line is ``{"result": …}`` or ``{"error": …, "line": N}``
    (``"item": N`` in a JSON array), ``N`` counted from 1. ``workers=N``: N processes parse, evaluate
    and write the cases, chunk by chunk, and the output is byte for byte that of ``workers=1``;
    ``lean=True``: no steps, citations or notes (the same amounts). Returns how many cases were
    written and which were bad input."""
    count = check_workers(workers)
    options = options_for(name, lean=lean, overrides=overrides, lang=lang, readings=readings)
    with open_input(source) as (reader, path), writer(target) as write:
        return write_cases(name, Source(reader, path), write, options, workers=count)
