"""The law as a public catalogue: the four documents and every figure of them, by name.

The figures are the dated parameters each document's ``parameters`` module declares (and the
PBoC tables of ``education.pboc_rates``); this module only gathers them, by walking those
modules, so that a figure added there is listed without being named a second time.
"""

import datetime as dt
import functools
from collections.abc import Iterator
from types import ModuleType
from typing import Any

from ._core import Document, InputError, Parameter
from ._core.provenance import plain
from ._core.suggest import hint
from .banking import parameters as banking
from .education import parameters as education
from .education import pboc_rates
from .roads import parameters as roads
from .techinno import parameters as techinno

__all__ = ["documents", "find", "names", "parameter", "parameters"]

#: Each document's key (its subpackage), its document, and the modules that hold its figures.
_DOCUMENTS: tuple[tuple[str, Document, tuple[ModuleType, ...]], ...] = (
    ("education", education.EDUCATION, (education, pboc_rates)),
    ("roads", roads.ROADS, (roads,)),
    ("techinno", techinno.TECHINNO, (techinno,)),
    ("banking", banking.BANKING, (banking,)),
)

#: Where each document's articles are shown (the page of the documentation site, relative to its root).
_ARTICLES_URL = "{key}/"


def _found_in(module: ModuleType) -> Iterator[Parameter[Any]]:
    for value in vars(module).values():
        if isinstance(value, Parameter):
            yield value
        elif isinstance(value, dict):
            yield from (item for item in value.values() if isinstance(item, Parameter))


@functools.cache
def _catalogue() -> dict[str, Parameter[Any]]:
    found: dict[str, Parameter[Any]] = {}
    for key, _, modules in _DOCUMENTS:
        for module in modules:
            for item in _found_in(module):
                if not item.name.startswith(f"{key}.") or item.name.count(".") != 2:
                    raise ValueError(f"parameter {item.name!r} is not named <document>.<topic>.<figure>")
                if found.setdefault(item.name, item) is not item:
                    raise ValueError(f"two parameters are named {item.name!r}")
    return dict(sorted(found.items()))


def find(name: str) -> Parameter[Any] | None:
    """The parameter called ``name``, or ``None``."""
    return _catalogue().get(name)


def names() -> list[str]:
    """The name of every parameter, sorted."""
    return list(_catalogue())


def documents() -> list[dict[str, Any]]:
    """The four documents: ``{"key", "number", "title", "in_force_from", "in_force_until", "articles_url"}``.

    ``in_force_until`` is ``None`` for a document with no end. The roads entry also names the
    amending decision (``amended_by``).
    """
    rows: list[dict[str, Any]] = []
    for key, document, _ in _DOCUMENTS:
        row: dict[str, Any] = {
            "key": key,
            "number": document.number,
            "title": document.title,
            "in_force_from": document.in_force_from.isoformat(),
            "in_force_until": None if document.in_force_until is None else document.in_force_until.isoformat(),
            "articles_url": _ARTICLES_URL.format(key=key),
        }
        if key == "roads":
            row["amended_by"] = [
                {
                    "number": roads.AMENDMENT.number,
                    "title": roads.AMENDMENT.title,
                    "in_force_from": roads.AMENDMENT.in_force_from.isoformat(),
                }
            ]
        rows.append(row)
    return rows


def _history(item: Parameter[Any], at: dt.date | None) -> list[dict[str, Any]]:
    rows = []
    for i, version in enumerate(item.versions):
        until = item.until_of(i)
        if at is not None and (version.since > at or (until is not None and until < at)):
            continue
        rows.append(
            {
                "since": version.since.isoformat(),
                "until": None if until is None else until.isoformat(),
                "value": plain(version.value),
                "citation": version.citation.to_dict(),
            }
        )
    return rows


def _entry(item: Parameter[Any], at: dt.date | None) -> dict[str, Any]:
    return {
        "name": item.name,
        "description": item.description,
        "unit": item.unit,
        "history": _history(item, at),
    }


def _read_day(at: object, field: str) -> dt.date | None:
    if at is None or (isinstance(at, dt.date) and not isinstance(at, dt.datetime)):
        return at
    if isinstance(at, str):
        try:
            return dt.date.fromisoformat(at)
        except ValueError:
            pass
    raise InputError.one(
        field, "invalid_date", f"{str(at)[:40]!r} 不是日期 YYYY-MM-DD", en=f"{str(at)[:40]!r} is not a date YYYY-MM-DD"
    )


def parameters(at: dt.date | str | None = None, document: str | None = None) -> list[dict[str, Any]]:
    """Every parameter, sorted by name: ``{"name", "description", "unit", "history": [{"since",
    "until", "value", "citation"}]}``.

    ``at`` keeps only the figures in force that day, each with the one version then in force;
    ``document`` (``"education"``, ``"roads"``, ``"techinno"``, ``"banking"``) one document's.
    """
    day = _read_day(at, "at")
    keys = [key for key, _, _ in _DOCUMENTS]
    if document is not None and document not in keys:
        raise InputError.one(
            "document",
            "invalid_choice",
            f"没有文件 {str(document)[:40]!r}；可选：{'、'.join(keys)}",
            en=f"no document {str(document)[:40]!r}; one of {', '.join(keys)}",
        )
    rows = []
    for name, item in _catalogue().items():
        if document is not None and not name.startswith(f"{document}."):
            continue
        entry = _entry(item, day)
        if entry["history"]:
            rows.append(entry)
    return rows


def parameter(name: str, at: dt.date | str | None = None) -> dict[str, Any]:
    """One parameter. With ``at``: ``{"name", "description", "unit", "value", "since", "until",
    "citation"}``, the value in force that day (``not_in_force`` if none); without it, its
    catalogue entry with the whole history. An unknown name is ``unknown_parameter``."""
    item = find(name) if isinstance(name, str) else None
    if item is None:
        zh, en = hint(name, _catalogue())
        raise InputError.one(
            "name",
            "unknown_parameter",
            f"没有名为 {str(name)[:80]!r} 的法规参数{zh}",
            en=f"no parameter named {str(name)[:80]!r}{en}",
        )
    day = _read_day(at, "at")
    if day is None:
        return _entry(item, None)
    valued = item.at(day, "at")
    return {
        "name": item.name,
        "description": item.description,
        "unit": item.unit,
        "value": plain(valued.value),
        "since": valued.since.isoformat(),
        "until": None if valued.until is None else valued.until.isoformat(),
        "citation": valued.citation.to_dict(),
    }
