"""A frame's payload columns: payloads flattened into columns (``payload.school.type``) and rows of
a frame read back as payloads, for :mod:`qinzhou_calc.frame`. Both walk without recursion."""

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

__all__ = ["FLATTEN_DEPTH", "PAYLOAD_PREFIX", "payload_columns", "payload_of", "split_column"]

#: Prefix of the payload's columns (nested objects flattened with dots: ``payload.school.type``).
#: In a key, ``\`` is written ``\\`` and ``.`` is written ``\.``, so that the key ``"a.b"``
#: (column ``payload.a\.b``) never shares a column with ``{"a": {"b": …}}`` (``payload.a.b``).
#: A payload that is not an object (``None``, a list …) is whole in the column ``payload``.
PAYLOAD_PREFIX = "payload."

#: How many levels of nested objects become columns (the payload's own level is 1). An object
#: deeper, and a value whose lists and objects nest deeper than this, is one cell of JSON text:
#: no payload, however deep, makes the frame recurse.
FLATTEN_DEPTH = 12


def _escape(key: object) -> str:
    if not isinstance(key, str):
        # ``\#`` never comes out of escaping a text key: a key that is not text has its own column.
        return "\\#" + repr(key)
    return key.replace("\\", "\\\\").replace(".", "\\.")


def split_column(column: str) -> list[str]:
    """A column name's parts: split at the dots that are not escaped, then unescaped."""
    parts, part, chars = [], [], iter(column)
    for char in chars:
        if char == "\\":
            part.append(next(chars, "\\"))
        elif char == ".":
            parts.append("".join(part))
            part = []
        else:
            part.append(char)
    parts.append("".join(part))
    return parts


def _too_deep(value: object, levels: int) -> bool:
    """Whether a list or object lies more than ``levels`` below ``value`` (walked without recursion)."""
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, Mapping):
            children: Iterable[object] = item.values()
        elif isinstance(item, list | tuple):
            children = item
        else:
            continue
        if depth > levels:
            return True
        stack.extend((child, depth + 1) for child in children)
    return False


class _Token(str):
    """A piece of JSON syntax on :func:`_json_text`'s stack, told apart from a string value."""

    __slots__ = ()


def _json_text(value: object) -> str:
    """``value`` as JSON text, written without recursion (``json.dumps`` recurses); other values as text."""
    out: list[str] = []
    stack: list[object] = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, _Token):
            out.append(item)
        elif isinstance(item, Mapping | list | tuple):
            pairs = list(item.items()) if isinstance(item, Mapping) else list(enumerate(item))
            stack.append(_Token("}" if isinstance(item, Mapping) else "]"))
            for index in range(len(pairs) - 1, -1, -1):
                key, inner = pairs[index]
                stack.append(inner)
                if isinstance(item, Mapping):
                    stack.append(_Token(json.dumps(str(key), ensure_ascii=False) + ":"))
                if index:
                    stack.append(_Token(","))
            stack.append(_Token("{" if isinstance(item, Mapping) else "["))
        else:
            out.append(json.dumps(item, ensure_ascii=False, default=str))
    return "".join(out)


def _flatten(payload: object) -> dict[str, object]:
    """A payload's columns, named ``payload.`` and the escaped keys, in the payload's order.

    Walked with a stack of iterators, not by recursion, and objects only ``FLATTEN_DEPTH`` deep.
    """
    if not isinstance(payload, Mapping):
        return {"payload": payload}
    into: dict[str, object] = {}
    stack: list[tuple[Iterator[tuple[Any, object]], str, int]] = [(iter(payload.items()), PAYLOAD_PREFIX, 1)]
    while stack:
        items, prefix, depth = stack[-1]
        entry = next(items, None)
        if entry is None:
            stack.pop()
            continue
        key, value = entry
        name = f"{prefix}{_escape(key)}"
        if isinstance(value, Mapping) and depth < FLATTEN_DEPTH:
            stack.append((iter(value.items()), f"{name}.", depth + 1))
        elif isinstance(value, Mapping) or (
            isinstance(value, list | tuple) and _too_deep(value, FLATTEN_DEPTH - depth)
        ):
            into[name] = _json_text(value)
        else:
            into[name] = value
    return into


def payload_columns(payloads: Iterable[object], count: int) -> dict[str, list[object]]:
    flat_payloads = [_flatten(payload) for payload in payloads]
    if len(flat_payloads) != count:
        raise ValueError(f"{len(flat_payloads)} payloads for {count} outcomes: they must match one to one")
    names = list(dict.fromkeys(name for flat in flat_payloads for name in flat))
    return {name: [flat.get(name) for flat in flat_payloads] for name in names}


def _cell(value: object) -> object:
    """A cell as a payload value; ``None`` for a missing one (NaN, ``NaT``, ``<NA>``)."""
    if value is None or value != value:  # noqa: PLR0124 - NaN and NaT are the values unequal to themselves
        return None
    if type(value).__name__ == "NAType":
        return None
    if hasattr(value, "to_pydatetime"):  # a pandas Timestamp
        moment = value.to_pydatetime()
        # pandas keeps a date column as timestamps at midnight: read as the date it was.
        return moment.date() if moment.time() == moment.min.time() and moment.tzinfo is None else moment
    return value


def payload_of(row: Mapping[Any, object]) -> dict[str, object]:
    payload: dict[str, object] = {}
    for column, raw in row.items():
        value = _cell(raw)
        if value is None:
            continue
        *path, last = split_column(str(column))
        node = payload
        for part in path:
            inner = node.setdefault(part, {})
            node = inner if isinstance(inner, dict) else {}
        node[last] = value
    return payload
