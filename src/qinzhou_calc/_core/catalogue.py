"""The law as a public catalogue: the registered documents and every figure of them, by name.

The documents and their figures are those the document packages declare (:mod:`.registry`); this
module only lists them, so that a document or a figure added there is listed without being named a
second time.
"""

import datetime as dt
from typing import TYPE_CHECKING, Any

from .documents import document_keys
from .errors import InputError
from .provenance import plain
from .reading import readings_of
from .registry import declarations, figures, find_parameter
from .suggest import hint

if TYPE_CHECKING:
    from .dated import Parameter

__all__ = ["check_document", "documents", "parameter", "parameters"]

#: Where each document's articles are shown (the page of the documentation site, relative to its root).
_ARTICLES_URL = "{key}/"


def documents() -> list[dict[str, Any]]:
    """The registered documents: ``{"key", "number", "title", "in_force_from", "in_force_until",
    "articles_url", "readings"}``, in the order registered.

    ``in_force_until`` is ``None`` for a document with no end. ``readings`` are the document's open
    questions with the option taken by default, ``[{"code", "default"}]`` sorted by code
    (``qc.readings(document=key)`` gives each in full). A document with amendments also names the
    amending decisions (``amended_by``).
    """
    rows: list[dict[str, Any]] = []
    for key, declared in declarations().items():
        document = declared.document
        row: dict[str, Any] = {
            "key": key,
            "number": document.number,
            "title": document.title,
            "in_force_from": document.in_force_from.isoformat(),
            "in_force_until": None if document.in_force_until is None else document.in_force_until.isoformat(),
            "articles_url": _ARTICLES_URL.format(key=key),
            "readings": [{"code": reading.code, "default": reading.default} for reading in readings_of(key)],
        }
        if declared.amendments:
            row["amended_by"] = [
                {
                    "number": amendment.number,
                    "title": amendment.title,
                    "in_force_from": amendment.in_force_from.isoformat(),
                }
                for amendment in declared.amendments
            ]
        rows.append(row)
    return rows


def _history(item: "Parameter[Any]", at: dt.date | None) -> list[dict[str, Any]]:
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


def _entry(item: "Parameter[Any]", at: dt.date | None) -> dict[str, Any]:
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


def check_document(document: object) -> None:
    """``None`` (every document) or a registered document's key; anything else is ``InputError``
    ``invalid_choice`` on ``document``, listing the keys."""
    keys = document_keys()
    if document is not None and document not in keys:
        raise InputError.one(
            "document",
            "invalid_choice",
            f"没有文件 {str(document)[:40]!r}；可选：{'、'.join(keys)}",
            en=f"no document {str(document)[:40]!r}; one of {', '.join(keys)}",
        )


def parameters(at: dt.date | str | None = None, document: str | None = None) -> list[dict[str, Any]]:
    """Every parameter, sorted by name: ``{"name", "description", "unit", "history": [{"since",
    "until", "value", "citation"}]}``.

    ``at`` keeps only the figures in force that day, each with the one version then in force;
    ``document`` (a document's key: ``"education"``, ``"roads"`` …) one document's.
    """
    day = _read_day(at, "at")
    check_document(document)
    rows = []
    for name, item in figures().items():
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
    item = find_parameter(name) if isinstance(name, str) else None
    if item is None:
        zh, en = hint(name, figures())
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
