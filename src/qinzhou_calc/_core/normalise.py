"""One pass over a payload before it is read: every container plain, every value its plain value.

The full walk (:mod:`._structuring`) and the what-if check (:mod:`.overrides`) read what
:func:`plain_data` gives: a ``dict`` for any mapping, a ``list`` or ``tuple`` for any list, and each
value through :func:`~.plain.plain_scalar`. A mapping is asked for its items once, here, and for
nothing else later; one that fails while being read (its ``items()`` or ``__len__`` raising, a
length that is not its number of items) is the caller's ``type`` problem at its path, never an
exception of its own leaving ``evaluate``.

The pass is bounded as the payload is: it goes no deeper than :data:`~.inputs.MAX_DEPTH` (what lies
below is left as it is, and the size check refuses it without looking inside), reads at most
:data:`~.inputs.MAX_ITEMS` + 1 items of a container, and stops at :data:`~.inputs.MAX_NODES` values.
"""

import datetime as dt
import itertools
import json
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from .errors import InputError
from .inputs import MAX_DEPTH, MAX_ITEMS, MAX_NODES
from .plain import EXACT, plain_scalar

__all__ = ["join", "plain_data"]


def plain_data(value: object, path: str = "$") -> Any:
    """``value`` with every container and value plain (see the module); :class:`InputError`
    (``type`` at its path) for a mapping that cannot be read, (``out_of_range``, ``$``) past
    :data:`~.inputs.MAX_NODES` values."""
    return _plain(value, (path,), 0, [MAX_NODES])


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


def _plain(value: object, where: Where, depth: int, budget: list[int]) -> Any:
    # Every value reached spends one of the budget, as in the size check: a list shared by many
    # fields (YAML aliases) costs each time, and the pass stops early.
    budget[0] -= 1
    if budget[0] < 0:
        raise _too_many()
    kind = type(value)
    if kind in EXACT:
        return value
    if depth > MAX_DEPTH:
        return value  # the size check refuses it, without reading it
    if isinstance(value, (list, tuple)):
        # The list's own items, not what a subclass's __iter__ or __len__ would say.
        items = list.copy(value) if isinstance(value, list) else tuple.__getitem__(value, slice(None))
        if len(items) > MAX_ITEMS:
            return items  # too long: refused by the size check, its items unread
        if EXACT.issuperset(map(type, items)):
            budget[0] -= len(items)
            if budget[0] < 0:
                raise _too_many()
            plain = items
        else:
            plain = [_plain(item, (where, index), depth + 1, budget) for index, item in enumerate(items)]
        return list(plain) if isinstance(value, list) else tuple(plain)
    if isinstance(value, Mapping):
        return _plain_mapping(value, where, depth, budget)
    return plain_scalar(value)


def _plain_mapping(value: Mapping[Any, Any], where: Where, depth: int, budget: list[int]) -> dict[Any, Any]:
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
        return dict(pairs)  # too many keys: refused by the size check, its values unread
    plain: dict[Any, Any] = {}
    for key, item in pairs:
        name = plain_scalar(key)
        plain[name] = _plain(item, (where, name), depth + 1, budget)
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
