"""Batch files: JSON Lines (or a JSON array) in, one JSON line out per case, in order.

The input is read as bytes and cut into chunks of whole lines (about :data:`CHUNK_BYTES` each; for
a JSON array, of whole items). A chunk is parsed, evaluated and written out as JSON text by
:func:`render_chunk`, in this process or, with ``workers=N``, in a worker process (see
:mod:`.parallel`): the caller then only reads the file, sends bytes, receives bytes and writes
them, in input order. Both paths run the same function on the same chunks, so their output is
byte for byte the same.

Each case gives one line: ``{"result": Result.to_dict()}``, or ``{"error": …, "line": N}`` where
``N`` is the case's 1-based line in a JSON Lines file (``"item": N``, its 1-based place, in a JSON
array). Blank lines give nothing.
"""

import codecs
import json
import os
import pickle
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import IO, Any

import attrs

from .batches import evaluate_chunk
from .errors import InputError
from .jsontext import one_line
from .language import use_language
from .parallel import in_order
from .result import Result

__all__ = ["CHUNK_BYTES", "Chunk", "FileReport", "Source", "bad_file", "render_chunk", "write_cases"]

#: Bytes of input per chunk: some 600 flat cases, a few milliseconds of work.
CHUNK_BYTES = 1 << 16
#: How far the start of a file is read to tell one JSON object from JSON Lines.
_SNIFF = 1 << 23
#: Bad cases named by number in a report.
LISTED = 20

_SPACE = b" \t\r\n"
_BOM = codecs.BOM_UTF8

#: ``(kind, first number, data)``: ``("lines", first line, bytes of whole lines)``,
#: ``("items", first item, [the items' JSON texts])``, where ``None`` is an array that ends unclosed,
#: or ``("single", 1, [the text of the one object])``.
Chunk = tuple[str, int, Any]


@attrs.frozen
class FileReport:
    """What :func:`~qinzhou_calc.evaluate_file` did: ``cases`` written, ``errors`` of them bad input,
    numbered by ``numbering`` (``"line"`` in JSON Lines, ``"item"`` in a JSON array); ``bad``: the
    first numbers of the bad ones (at most 20)."""

    cases: int
    errors: int
    numbering: str
    bad: tuple[int, ...]


def bad_file(path: str, why_zh: str, why_en: str) -> InputError:
    """A file that cannot be read: bad input of the whole command."""
    return InputError.one(
        "--input", "type", f"无法读取输入文件 {path[:200]!r}：{why_zh}", en=f"cannot read {path[:200]!r}: {why_en}"
    )


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def _not_json(number: int, numbering: str, exc: Exception) -> InputError:
    where_zh = f"第 {number} {'行' if numbering == 'line' else '项'}"
    where_en = f"{numbering} {number}"
    if isinstance(exc, RecursionError):
        return InputError.one(
            "$", "out_of_range", f"{where_zh}的 JSON 嵌套过深", en=f"{where_en}: JSON nested too deeply"
        )
    if isinstance(exc, UnicodeDecodeError):
        return InputError.one(
            "$", "invalid_json", f"{where_zh}不是 UTF-8 编码的文本", en=f"{where_en} is not UTF-8 text"
        )
    if isinstance(exc, json.JSONDecodeError):
        return InputError.one(
            "$",
            "invalid_json",
            f"{where_zh}不是有效的 JSON（第 {exc.colno} 列有误）",
            en=f"{where_en} is not valid JSON ({exc.msg} at column {exc.colno})",
        )
    return InputError.one(
        "$",
        "invalid_json",
        f"{where_zh}不是有效的 JSON（不接受 NaN、Infinity 或过长的整数）",
        en=f"{where_en} is not valid JSON (NaN, Infinity or an over-long integer)",
    )


def _parse(text: str | bytes, number: int, numbering: str) -> object:
    try:
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        return json.loads(text, parse_float=Decimal, parse_constant=_refuse_constant)
    except (ValueError, RecursionError) as exc:
        return _not_json(number, numbering, exc)


def render_chunk(name: str, chunk: Chunk, options: Mapping[str, Any]) -> tuple[bytes, int, list[int]]:
    """One chunk's output lines as UTF-8 bytes, the number of cases and the numbers of the bad ones.

    ``options``: ``explain``, ``lang``, ``overrides`` as for ``iter_evaluate``, and ``ascii``
    (escape every character outside ASCII, for an output that cannot write Chinese)."""
    kind, first, data = chunk
    numbering = "item" if kind == "items" else "line"
    cases: list[tuple[int, object]] = []
    with use_language(options.get("lang")):
        if kind == "lines":
            for offset, raw in enumerate(data.split(b"\n")):
                if raw.strip(_SPACE):
                    cases.append((first + offset, _parse(raw, first + offset, numbering)))
        else:
            for offset, text in enumerate(data):
                number = first + offset
                if text is None:
                    unclosed = InputError.one(
                        "$",
                        "invalid_json",
                        f"JSON 数组在第 {number} 项处没有结束",
                        en=f"the JSON array ends unclosed at item {number}",
                    )
                    cases.append((number, unclosed))
                else:
                    cases.append((number, _parse(text, number, numbering)))
    good = [case for _, case in cases if not isinstance(case, InputError)]
    outcomes = iter(evaluate_chunk(name, good, options))  # type: ignore[arg-type]
    dumps = json.JSONEncoder(ensure_ascii=bool(options.get("ascii")), separators=(",", ":")).encode
    lines: list[str] = []
    bad: list[int] = []
    for number, case in cases:
        outcome = case if isinstance(case, InputError) else next(outcomes)
        if isinstance(outcome, Result):
            lines.append(dumps({"result": outcome.to_dict()}))
        else:
            bad.append(number)
            lines.append(dumps({**outcome.to_dict(), numbering: number}))
    text = one_line("\n".join(lines) + "\n") if lines else ""
    # A lone surrogate (JSON may spell one) is written as its JSON escape.
    return text.encode("utf-8", "backslashreplace"), len(cases), bad


class Source:
    """An input opened for a batch: ``kind`` is ``"lines"``, ``"array"`` or ``"single"`` (one JSON
    object alone, the whole input); ``total`` and ``unit`` measure the progress through it
    (``"line"``: lines, ``"byte"``: bytes read; ``total`` is ``None`` when not known beforehand)."""

    def __init__(self, reader: IO[bytes], path: str, *, count: bool = False) -> None:
        self.reader, self.path = reader, path
        self.eof = False
        self.head = self._first()
        self.kind = self._kind()
        self.unit = "byte" if self.kind == "array" else "line"
        self.total = self._total() if count else None

    def _read(self, size: int = CHUNK_BYTES) -> bytes:
        if self.eof:
            return b""
        try:
            block = self.reader.read(size)
        except OSError as exc:
            why = exc.strerror or type(exc).__name__
            raise bad_file(self.path, why, why) from None
        self.eof = not block
        return block

    def _first(self) -> bytes:
        """The input up to its first character that is not white space (and a little more)."""
        head = self._read()
        while not self.eof and not head.lstrip(_SPACE):
            head += self._read()
        return head[len(_BOM) :] if head.startswith(_BOM) else head

    def _kind(self) -> str:
        start = len(self.head) - len(self.head.lstrip(_SPACE))
        first = self.head[start : start + 1]
        if first == b"[":
            return "array"
        if first != b"{":
            return "lines"
        # One object alone, on one line or on many, is the classic single case; anything more is JSON Lines.
        end = self.head.find(b"\n", start)
        while end < 0 and not self.eof and len(self.head) < _SNIFF:
            self.head += self._read()
            end = self.head.find(b"\n", start)
        line = self.head[start:] if end < 0 else self.head[start:end]
        try:
            json.loads(line)
        except (ValueError, RecursionError):
            return self._whole_object(start)
        while not self.eof and not self.head[start + len(line) :].strip(_SPACE):
            self.head += self._read()
        return "single" if not self.head[start + len(line) :].strip(_SPACE) else "lines"

    def _whole_object(self, start: int) -> str:
        """Whether the input is one object spread over lines (or broken): read up to :data:`_SNIFF`."""
        while not self.eof and len(self.head) < _SNIFF:
            self.head += self._read(_SNIFF)
        if not self.eof:
            return "lines"
        text = self.head[start:].decode("utf-8", "replace")
        try:
            _, end = json.JSONDecoder().raw_decode(text)
        except (ValueError, RecursionError):
            return "single" if "\n" not in text.strip() else "lines"
        return "single" if not text[end:].strip() else "lines"

    def _total(self) -> int | None:
        """Lines in the file, or its bytes for an array: ``None`` unless it is a regular file."""
        try:
            status = os.fstat(self.reader.fileno())
        except (OSError, AttributeError, ValueError):
            return None
        if not os.path.isfile(self.path) or self.kind == "single":
            return None
        if self.kind == "array":
            return status.st_size
        lines, last = 0, b"\n"
        with open(self.path, "rb") as again:
            while block := again.read(1 << 20):
                lines += block.count(b"\n")
                last = block[-1:]
        return lines + (last != b"\n")

    def text(self) -> str:
        """The whole input as text (a single object)."""
        data = self.head + b"".join(iter(self._read, b""))
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            raise bad_file(self.path, "不是 UTF-8 编码的文本", "it is not UTF-8 text") from None

    def chunks(self) -> Iterator[tuple[Chunk, int]]:
        """The chunks of the input, each with the progress it makes (lines, or bytes read)."""
        if self.kind == "single":
            yield ("single", 1, [self.text()]), 1
            return
        if self.kind == "array":
            yield from _ArrayReader(self).chunks()
            return
        rest, self.head, line = self.head, b"", 1
        while True:
            block = self._read()
            data = rest + block if rest else block
            if not data:
                return
            cut = data.rfind(b"\n") if block else len(data) - 1
            if cut < 0:
                rest = data
                continue
            piece, rest = data[: cut + 1], data[cut + 1 :]
            span = piece.count(b"\n") + (not piece.endswith(b"\n"))
            yield ("lines", line, piece), span
            line += span
            if not block:
                return


class _ArrayReader:
    """The items of a JSON array, as their texts, a chunk at a time (each item decoded once here to
    find where it ends, and again where it is evaluated)."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.decode = json.JSONDecoder(parse_constant=_refuse_constant).raw_decode
        self.buffer = self._text(source.head)
        self.position = self.buffer.index("[") + 1
        self.read = len(source.head)

    def _text(self, data: bytes) -> str:
        try:
            return self.decoder.decode(data, final=not data)
        except UnicodeDecodeError:
            raise bad_file(self.source.path, "不是 UTF-8 编码的文本", "it is not UTF-8 text") from None

    def _more(self) -> bool:
        block = self.source._read()
        self.read += len(block)
        self.buffer = self.buffer[self.position :] + self._text(block)
        self.position = 0
        return bool(block)

    def _next(self) -> str:
        """The next character that is not white space, or ``""`` at the end."""
        while True:
            while self.position < len(self.buffer) and self.buffer[self.position] in " \t\r\n":
                self.position += 1
            if self.position < len(self.buffer):
                return self.buffer[self.position]
            if not self._more():
                return ""

    def _item(self) -> str:
        """The next item's text; a syntax error raises once the input has no more to give."""
        while True:
            try:
                _, end = self.decode(self.buffer, self.position)
            except json.JSONDecodeError:
                if not self._more():
                    raise
                continue
            text, self.position = self.buffer[self.position : end], end
            return text

    def chunks(self) -> Iterator[tuple[Chunk, int]]:
        number, size, done = 1, 0, 0
        items: list[str | None] = []
        while True:
            head = self._next()
            if head == ",":
                self.position += 1
                continue
            ended = head in ("]", "")
            if head == "":
                items.append(None)
            elif head != "]":
                try:
                    text = self._item()
                except (ValueError, RecursionError):
                    text, ended = self.buffer[self.position : self.position + 200], True
                items.append(text)
                size += len(text)
            if items and (ended or size >= CHUNK_BYTES):
                yield ("items", number, items), self.read - done
                number, items, size, done = number + len(items), [], 0, self.read
            if ended:
                return


def write_cases(
    name: str,
    source: Source,
    write: Callable[[bytes], object],
    options: Mapping[str, Any],
    *,
    workers: int = 1,
    progress: Callable[[int, int], object] | None = None,
) -> FileReport:
    """Every case of ``source`` evaluated, its line given to ``write`` in order; ``progress(span,
    cases)`` after each chunk. With ``workers`` > 1 the chunks are done by worker processes."""
    chunks = source.chunks()
    spans: list[int] = []

    def counted() -> Iterator[Chunk]:
        for chunk, span in chunks:
            spans.append(span)
            yield chunk

    if workers > 1:

        def message(chunk: Chunk) -> bytes:
            return pickle.dumps(("file", name, chunk, options), pickle.HIGHEST_PROTOCOL)

        answers: Iterator[tuple[bytes, int, list[int]]] = in_order(
            counted(),
            workers,
            message=message,
            answer=lambda chunk, answer: answer,
            here=lambda chunk: render_chunk(name, chunk, options),
        )
    else:
        answers = (render_chunk(name, chunk, options) for chunk in counted())
    cases, errors = 0, 0
    bad: list[int] = []
    for data, count, numbers in answers:
        write(data)
        cases += count
        errors += len(numbers)
        bad.extend(numbers[: LISTED - len(bad)])
        if progress is not None:
            progress(spans.pop(0), count)
    return FileReport(cases, errors, "item" if source.kind == "array" else "line", tuple(bad))
