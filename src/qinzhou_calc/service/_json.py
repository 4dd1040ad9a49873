"""JSON text in and out, the same for every face: numbers read exactly, nesting bounded, and
compact UTF-8 written back.

Two readers, after what the face is refusing. :func:`parse_json` reads a request's body (or one of
its rows): malformed text is a :class:`~.RequestError` (400 ``invalid_json``) naming the parser's
reason, and nesting deeper than :data:`MAX_DEPTH` is refused before any calculator sees it.
:func:`read_payload` reads the text a person typed or a file holds: malformed text is an
:class:`~qinzhou_calc.InputError` told in the caller's language with its line and column.
"""

import json
from decimal import Decimal
from typing import Any

from .._core.jsontext import not_json, one_line, refuse_constant
from ._errors import RequestError

__all__ = ["MAX_DEPTH", "dumps", "not_json", "parse_json", "read_payload", "read_value", "refuse_constant"]

#: Nesting deeper than this is refused (the library itself refuses payloads deeper than 12
#: levels with ``out_of_range``; this bound keeps absurd depths away from any recursion).
MAX_DEPTH = 64


def dumps(data: Any) -> bytes:
    """Compact UTF-8 JSON, Chinese left readable.

    A lone UTF-16 surrogate (``"\\ud800"`` in a request's JSON, echoed in a message or a result)
    has no UTF-8 form; it is written as its JSON escape ``\\ud800``, which is what
    ``backslashreplace`` gives and which every JSON reader takes back as the same text. It can
    only stand inside a JSON string, where the escape is valid. U+0085, U+2028 and U+2029 are
    escaped too, so that a JSON Lines answer splits into its lines under any reader.
    """
    return one_line(json.dumps(data, ensure_ascii=False, separators=(",", ":"))).encode("utf-8", "backslashreplace")


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def _depth_ok(value: Any) -> bool:
    """True when ``value`` nests at most :data:`MAX_DEPTH` levels (walked without recursion)."""
    stack: list[tuple[Any, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth >= MAX_DEPTH:
            return False
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return True


def _too_deep(field: str) -> RequestError:
    return RequestError(
        400,
        "out_of_range",
        f"JSON 嵌套超过 {MAX_DEPTH} 层",
        f"the JSON is nested deeper than {MAX_DEPTH} levels",
        field=field,
        kind="input_error",
    )


def parse_json(body: bytes | str, field: str = "$") -> Any:
    """JSON text read exactly: numbers with a fraction or exponent as ``Decimal`` (never a binary
    float), NaN and Infinity refused. Malformed, non-UTF-8 or too deep: 400 ``invalid_json``."""
    try:
        value = json.loads(body, parse_float=Decimal, parse_constant=_refuse_constant)
    except RecursionError:
        raise _too_deep(field) from None
    except ValueError as exc:
        # JSONDecodeError, bad UTF-8, NaN or Infinity, an integer over Python's digit limit.
        reason = exc.msg if isinstance(exc, json.JSONDecodeError) else type(exc).__name__
        raise RequestError(
            400,
            "invalid_json",
            f"请求体不是有效的 JSON（{reason}）",
            f"the request body is not valid JSON ({reason})",
            field=field,
            kind="input_error",
        ) from None
    if not _depth_ok(value):
        raise _too_deep(field)
    return value


def read_payload(text: str, where: str = "$") -> Any:
    """JSON text read exactly (as :func:`parse_json`); text that is not JSON, or nests too deeply
    for Python's reader, is an ``InputError`` at ``where`` with the line and column of the fault."""
    try:
        return json.loads(text, parse_float=Decimal, parse_constant=refuse_constant)
    except (ValueError, RecursionError) as exc:
        raise not_json(where, exc) from None


def read_value(text: str) -> Any:
    """JSON text read exactly, or the text itself when it is not JSON (a value typed on a command
    line: ``150``, ``{"2021-01-01": 150}``, ``included``)."""
    try:
        return json.loads(text, parse_float=Decimal, parse_constant=refuse_constant)
    except (json.JSONDecodeError, ValueError):
        return text
