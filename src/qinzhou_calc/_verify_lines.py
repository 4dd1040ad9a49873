"""``qinzhou-calc verify``: one stored result, or the JSON lines ``run --input`` writes, each checked.

A file holds either one stored ``Result.to_dict()`` (as ``qinzhou-calc run`` prints it, on many
lines), or one record a line: ``{"result": …}`` and ``{"error": …, "line": N}`` as ``run --input`` writes them,
or a plain ``to_dict()``. Each line is reported on its own, by its line number, as it is read: a
result is evaluated again and compared (``same`` or ``different``), an error row has no result to
compare (``stored_error``), and a line that is not JSON or not a record is ``invalid``.
"""

import json
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, TextIO

import qinzhou_calc as qc

from . import service

if TYPE_CHECKING:
    from ._verify import Verification

__all__ = ["Checked", "check_lines", "summary"]

#: The statuses a line can have, in the order the summary names them.
STATUSES = {"same": "相同", "different": "不同", "stored_error": "存档为错误", "invalid": "无法复核"}


class Checked:
    """One line's report: ``status`` and either the verification or the error."""

    def __init__(self, line: int, verification: "Verification | None" = None, error: Any = None) -> None:
        self.line, self.verification, self.error = line, verification, error
        if verification is not None:
            self.status = verification.status
        else:
            self.status = "invalid" if isinstance(error, qc.InputError) else "stored_error"

    def to_dict(self) -> dict[str, Any]:
        if self.verification is not None:
            return {"line": self.line, **self.verification.to_dict()}
        error = self.error.to_dict()["error"] if isinstance(self.error, qc.InputError) else self.error
        return {"line": self.line, "status": self.status, "error": error}

    def __str__(self) -> str:
        if self.verification is not None:
            return f"第 {self.line} 行：{self.verification}"
        if isinstance(self.error, qc.InputError):
            problems = "；".join(f"{p.message}（{p.code}）" for p in self.error.errors)
            return f"第 {self.line} 行：无法复核：{problems}"
        return f"第 {self.line} 行：存档的是一个错误，没有可复核的结果"


def _check(number: int, record: Any) -> Checked:
    # An error row of ``run --input``: ``{"error": …}``, with the case's ``line`` (or ``item``) in the batch.
    if isinstance(record, Mapping) and "error" in record and set(record) <= {"error", "line", "item"}:
        return Checked(number, error=record["error"])
    try:
        return Checked(number, qc.verify(record))
    except qc.InputError as error:
        return Checked(number, error=error)


def _parse(text: str) -> Any:
    return json.loads(text, parse_constant=service.refuse_constant)


def _line(number: int, text: str) -> Checked:
    try:
        record = _parse(text)
    except (ValueError, RecursionError) as exc:
        return Checked(number, error=service.not_json("$", exc))
    return _check(number, record)


def check_lines(handle: TextIO) -> "tuple[Verification | None, Iterator[Checked]]":
    """``(verification, ())`` for a file holding one plain stored result (checked the classic way);
    otherwise ``(None, reports)``, one report per line that is not blank, as it is read. Text that
    is not JSON at all is an ``InputError`` (``invalid_json``)."""
    numbered = ((number, text) for number, text in enumerate(handle, 1) if text.strip())
    first_number, first = next(numbered, (1, ""))
    try:
        record = _parse(first)
    except (ValueError, RecursionError):
        # Not a record on one line: the whole text is one stored result, as ``run`` prints it
        # (blank lines before it kept, so that an error names the line of the file).
        text = "\n" * (first_number - 1) + first + "".join(handle)
        try:
            stored = _parse(text)
        except (ValueError, RecursionError) as exc:
            raise service.not_json("$", exc) from None
        return qc.verify(stored), iter(())
    second = next(numbered, None)
    if second is None and isinstance(record, Mapping) and "calculator" in record:
        return qc.verify(record), iter(())

    def reports() -> Iterator[Checked]:
        yield _check(first_number, record)
        if second is not None:
            yield _line(*second)
            for number, text in numbered:
                yield _line(number, text)

    return None, reports()


def summary(counts: Mapping[str, int]) -> str:
    """``共 3 行：相同 2，不同 1``: the count of each status met."""
    total = sum(counts.values())
    parts = "，".join(f"{label} {counts[status]}" for status, label in STATUSES.items() if counts.get(status))
    return f"共 {total} 行：{parts}"
