"""A batch of payloads in one body, and the line each outcome gives.

A body is a JSON array of payloads, or JSON Lines (one payload a line; blank lines give nothing);
a line that is not JSON is that row's :class:`~.RequestError`, and the other rows are still computed.
Each outcome is written as one JSON value: ``{"result": Result.to_dict()}``, or the error shape.
A file read in chunks, in constant memory and across processes, is :mod:`.files`' work.
"""

from collections.abc import Callable, Sequence
from typing import Any

from .._core.errors import InputError
from .._core.result import Result
from ._errors import RequestError, input_error_body
from ._json import dumps, parse_json

__all__ = ["Row", "body_rows", "outcome_line"]

#: A row of a batch: a payload, or the :class:`~.RequestError` of its JSON line.
Row = Any


def body_rows(body: bytes, lines: bool) -> Sequence[Row]:
    """The payloads of a batch body: a JSON array (unless ``lines``, the body declared JSON
    Lines), or JSON Lines, one payload a line."""
    if not lines and body.lstrip()[:1] == b"[":
        return list(parse_json(body))
    rows: list[Row] = []
    for line in body.splitlines():
        if line.strip():
            try:
                rows.append(parse_json(line))
            except RequestError as error:
                rows.append(error)
    return rows


def outcome_line(found: Result | InputError | RequestError, lang: str, write: Callable[[Any], bytes] = dumps) -> bytes:
    """A row's outcome as one JSON value, its messages in ``lang``: ``{"result": …}`` or the error
    shape. Raises what ``write`` raises for a result it cannot write."""
    if isinstance(found, RequestError):
        return write(found.body(lang))
    if isinstance(found, InputError):
        return write(input_error_body(found, lang))
    return write({"result": found.to_dict()})
