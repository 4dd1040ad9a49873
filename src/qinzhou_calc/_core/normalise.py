"""One pass over a payload before it is read: every container plain, every value its plain value.

The reader's second reading (:mod:`.reader`) and the what-if check (:mod:`.overrides`) read what
:func:`plain_data` gives: a ``dict`` for any mapping, a ``list`` or ``tuple`` for any list, and each
value through :func:`~.plain.plain_scalar`. A mapping is asked for its items once, here, and for
nothing else later; one that fails while being read (its ``items()`` or ``__len__`` raising, a
length that is not its number of items) is the caller's ``type`` problem at its path, never an
exception of its own leaving ``evaluate``.

The pass is bounded as the payload is: it goes no deeper than :data:`~.kinds.MAX_DEPTH`, reads at
most :data:`~.kinds.MAX_ITEMS` + 1 items of a container, and stops at :data:`~.kinds.MAX_NODES`
values. What lies deeper, and a container too long, is left unread and, when asked (``shape``), listed
as a problem of size at its path (the first 20 of them).
"""

import datetime as dt
import itertools
import json
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from .errors import InputError, Problem
from .kinds import MAX_DEPTH, MAX_ITEMS, MAX_NODES
from .plain import EXACT, plain_scalar

__all__ = ["join", "plain_data"]


def plain_data(value: object, path: str = "$", shape: list[Problem] | None = None) -> Any:
    """``value`` with every container and value plain (see the module), the problems of its size and
    depth added to ``shape``; :class:`InputError` (``type`` at its path) for a mapping that cannot be
    read, (``out_of_range``, ``$``) past :data:`~.kinds.MAX_NODES` values."""
    return _plain(value, (path,), 0, [MAX_NODES], [] if shape is None else shape)


#: Where a value is: ``(path,)`` for the top, else ``(where of its container, key)``; written out as a
#: path only for a problem, so that a large payload's paths are never built.
Where = tuple[Any, ...]


def _path(where: Where) -> str:
    if len(where) == 1:
        return str(where[0])
    return join(_path(where[0]), where[1])


def _too_many() -> InputError:
    return InputError.one(
        "$",
        "out_of_range",
        f"载荷过大：超过 {MAX_NODES} 个值（共用的子列表每出现一次都计入）",
        en=f"the payload has more than {MAX_NODES} values (a shared sub-list counts each time it appears)",
    )


def _refuse(shape: list[Problem], where: Where, zh: str, en: str) -> None:
    if len(shape) < _MAX_REPORTED:
        path = _path(where)
        shape.append(Problem(path, "out_of_range", zh, f"{path}: {en}"))


#: At most this many problems of size are listed: the first ones say enough.
_MAX_REPORTED = 20


def _plain(value: object, where: Where, depth: int, budget: list[int], shape: list[Problem]) -> Any:
    # Every value reached spends one of the budget: a list shared by many fields (YAML aliases)
    # costs each time, and the pass stops early.
    budget[0] -= 1
    if budget[0] < 0:
        raise _too_many()
    if depth > MAX_DEPTH:
        _refuse(shape, where, f"嵌套超过 {MAX_DEPTH} 层", f"nested deeper than {MAX_DEPTH} levels")
        return value  # left unread
    kind = type(value)
    if kind in EXACT:
        return value
    if isinstance(value, (list, tuple)):
        # The list's own items, not what a subclass's __iter__ or __len__ would say.
        items = list.copy(value) if isinstance(value, list) else tuple.__getitem__(value, slice(None))
        if len(items) > MAX_ITEMS:
            count = len(items)
            _refuse(shape, where, f"列表超过 {MAX_ITEMS} 项（{count} 项）", f"more than {MAX_ITEMS} items ({count})")
            return items  # too long: its items unread
        if depth < MAX_DEPTH and EXACT.issuperset(map(type, items)):
            budget[0] -= len(items)
            if budget[0] < 0:
                raise _too_many()
            plain = items
        else:
            plain = [_plain(item, (where, index), depth + 1, budget, shape) for index, item in enumerate(items)]
        return list(plain) if isinstance(value, list) else tuple(plain)
    if isinstance(value, Mapping):
        return _plain_mapping(value, where, depth, budget, shape)
    return plain_scalar(value)


def _plain_mapping(
    value: Mapping[Any, Any], where: Where, depth: int, budget: list[int], shape: list[Problem]
) -> dict[Any, Any]:
    try:
        if isinstance(value, dict):
            pairs = list(itertools.islice(dict.items(value), MAX_ITEMS + 1))
        else:
            size = len(value)
            pairs = list(itertools.islice(value.items(), MAX_ITEMS + 1))
            if size != len(pairs) and len(pairs) <= MAX_ITEMS:
                raise ValueError("the length of the mapping is not its number of items")
    except Exception as exc:  # noqa: BLE001 - a caller's mapping that fails while read: its problem
        path = _path(where)
        raise InputError.one(
            path,
            "type",
            f"无法读取此对象（{type(exc).__name__}）",
            en=f"{path}: cannot read this object ({type(exc).__name__})",
        ) from None
    if len(pairs) > MAX_ITEMS:
        _refuse(shape, where, f"对象超过 {MAX_ITEMS} 个键", f"more than {MAX_ITEMS} keys")
        return dict(pairs)  # too many keys: its values unread
    plain: dict[Any, Any] = {}
    for key, item in pairs:
        name = plain_scalar(key)
        plain[name] = _plain(item, (where, name), depth + 1, budget, shape)
    return plain


#: Keys of these types are quoted by their text in a path; a key of any other type by its type's name.
_QUOTED = (str, float, bytes, bool, type(None), Decimal, dt.date)
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def join(path: str, name: object) -> str:
    """``points[2]``, ``loan.repayments[0].date``; an odd key is quoted (``["a b"]``), a key that is
    not text by its text too (``calendar.years["None"]``), one of another type by its type's name."""
    if isinstance(name, int) and not isinstance(name, bool):
        step = f"[{name}]"
    elif isinstance(name, str) and _PLAIN_KEY.fullmatch(name):
        return name if path == "$" else f"{path}.{name}"
    else:
        text = str(name) if isinstance(name, _QUOTED) else f"<{type(name).__name__}>"
        step = f"[{json.dumps(text[:40], ensure_ascii=False)}]"
    return step if path == "$" else f"{path}{step}"
