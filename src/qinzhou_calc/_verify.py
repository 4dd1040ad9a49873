"""Replay: evaluate a stored result's ``inputs`` again and say whether anything changed.

An office that stored ``Result.to_dict()`` with a decision asks, years later: would the library
decide the same today, and if not, why? :func:`verify` evaluates ``stored["inputs"]`` under the
same law (the day of the stored ``as_of``, and the stored what-ifs, if any) and compares every
field; it also reports each figure of the law the stored result read whose value has changed
since. A result counted on a provisional working-day year is checked against the calendar known
now: once the official year is there (registered, supplied, or in a newer release of the data),
the answer says for each such year whether the official schedule changes the result.
"""

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from ._core import InputError, Result
from ._core.calls import evaluate
from ._core.provenance import library, plain
from ._core.registry import find_parameter

__all__ = ["CalendarCheck", "Difference", "Verification", "verify"]

#: Payload keys a stored result fixes when the payload left them to a default (today).
_DEFAULTED_DAYS = ("as_of", "decision_date")
#: The keys of ``to_dict()`` that explain a result rather than state it.
_EXPLAINING = frozenset({"steps", "citations", "notes", "readings", "inputs", "provenance"})


@attrs.frozen
class Difference:
    """A field that differs: its path in ``to_dict()`` (``"amount"``, ``"steps[2]"``), then and now."""

    path: str
    stored: Any
    now: Any

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "stored": self.stored, "now": self.now}


@attrs.frozen
class ChangedParameter:
    """A figure the stored result read whose value on the same day is no longer the same."""

    name: str
    since: str
    stored: Any
    now: Any

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "since": self.since, "stored": self.stored, "now": self.now}


@attrs.frozen
class CalendarCheck:
    """A working-day year the stored result counted on provisionally, and what it is now.

    ``now`` is ``"official"`` (the State Council's schedule, packaged, registered or in the
    payload, named by ``source``) or ``"provisional"`` (still not known); ``changes_result`` says
    whether the result itself (the deadline, not only its steps and notes) differs now.
    """

    year: int
    now: str
    source: str
    changes_result: bool

    def to_dict(self) -> dict[str, Any]:
        return {
            "year": self.year,
            "stored": "provisional",
            "now": self.now,
            "source": self.source,
            "changes_result": self.changes_result,
        }

    def __str__(self) -> str:
        if self.now == "provisional":
            return f"  - {self.year} 年工作日历：存档时为暂定，现在仍未公布"
        effect = "结果随之改变" if self.changes_result else "结果不变"
        return f"  - {self.year} 年工作日历：存档时为暂定，现按《{self.source}》，{effect}"


@attrs.frozen
class Verification:
    """The answer of :func:`verify`: ``same``, or the differences field by field.

    ``bool(verification)`` is ``same``. ``library`` is ``{"stored", "now"}``: a new version of the
    library is not a difference by itself.
    """

    same: bool
    differences: tuple[Difference, ...]
    changed_parameters: tuple[ChangedParameter, ...]
    library: dict[str, Any]
    result: Result | None = attrs.field(default=None, repr=False, eq=False)
    #: The years the stored result counted on provisionally, each as it is now.
    calendar: tuple[CalendarCheck, ...] = ()

    @property
    def status(self) -> str:
        return "same" if self.same else "different"

    def __bool__(self) -> bool:
        return self.same

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "differences": [d.to_dict() for d in self.differences],
            "changed_parameters": [p.to_dict() for p in self.changed_parameters],
            "calendar": [c.to_dict() for c in self.calendar],
            "library": self.library,
        }

    def __str__(self) -> str:
        verdict = "结果相同" if self.same else "结果不同"
        head = f"复核：{verdict}（存档 {self.library['stored']}，现在 {self.library['now']}）"
        lines = [head]
        lines += [
            f"  - 法规参数 {p.name}（{p.since} 起）：存档 {p.stored}，现在 {p.now}" for p in self.changed_parameters
        ]
        lines += [str(check) for check in self.calendar]
        lines += [f"  - {d.path}：存档 {d.stored!r}，现在 {d.now!r}" for d in self.differences]
        return "\n".join(lines)


def _stored_overrides(stored: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """The what-ifs a stored result was computed under, each from the first day it was read."""
    overrides: dict[str, dict[str, Any]] = {}
    provenance = stored.get("provenance")
    entries = provenance.get("parameters", []) if isinstance(provenance, Mapping) else []
    for entry in entries if isinstance(entries, list) else []:
        if isinstance(entry, Mapping) and entry.get("overridden") is True:
            overrides.setdefault(str(entry.get("name")), {})[str(entry.get("since"))] = entry.get("value")
    return overrides


def _calendar_rows(data: Mapping[str, Any]) -> dict[int, Mapping[str, Any]]:
    provenance = data.get("provenance")
    rows = provenance.get("calendar", []) if isinstance(provenance, Mapping) else []
    return {
        int(row["year"]): row
        for row in (rows if isinstance(rows, list) else [])
        if isinstance(row, Mapping) and isinstance(row.get("year"), int)
    }


def _calendar_checks(
    stored: Mapping[str, Any], now: Mapping[str, Any] | None, differences: list[Difference]
) -> tuple[CalendarCheck, ...]:
    """Each year the stored result counted on provisionally, as the calendar has it now."""
    changed = any(d.path.split(".")[0].split("[")[0] not in _EXPLAINING for d in differences)
    rows = _calendar_rows(now or {})
    checks = []
    for year, row in sorted(_calendar_rows(stored).items()):
        if row.get("provisional") is not True:
            continue
        current = rows.get(year, {})
        now_kind = "provisional" if current.get("provisional") is True or not current else "official"
        checks.append(CalendarCheck(year, now_kind, str(current.get("source", "")), changed))
    return tuple(checks)


def _changed_parameters(stored: Mapping[str, Any]) -> Iterator[ChangedParameter]:
    provenance = stored.get("provenance")
    entries = provenance.get("parameters", []) if isinstance(provenance, Mapping) else []
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, Mapping) or entry.get("overridden") is True:
            continue
        name, since = str(entry.get("name")), str(entry.get("since"))
        parameter = find_parameter(name)
        if parameter is None:
            yield ChangedParameter(name, since, entry.get("value"), None)
            continue
        try:
            now = plain(parameter.at(_day(since)).value)
        except (InputError, ValueError):
            now = None
        if now != entry.get("value"):
            yield ChangedParameter(name, since, entry.get("value"), now)


def _day(text: str) -> Any:
    return dt.date.fromisoformat(text)


def _compare(path: str, stored: Any, now: Any) -> Iterator[Difference]:
    if isinstance(stored, Mapping) and isinstance(now, Mapping):
        for key in dict.fromkeys([*stored, *now]):
            sub = f"{path}.{key}" if path else str(key)
            yield from _compare(sub, stored.get(key), now.get(key))
    elif isinstance(stored, list) and isinstance(now, list) and len(stored) == len(now):
        for i, (a, b) in enumerate(zip(stored, now, strict=True)):
            yield from _compare(f"{path}[{i}]", a, b)
    elif stored != now:
        yield Difference(path or "$", stored, now)


def _bad(message: str, en: str) -> InputError:
    return InputError.one("stored", "type", message, en=en)


def _stored_readings(stored: Mapping[str, Any]) -> dict[str, object]:
    """The option of every reading the stored result used (``readings``), default or not: a
    default that has changed since is replayed as it was."""
    return {
        str(entry.get("code")): entry.get("option")
        for entry in stored.get("readings") or ()
        if isinstance(entry, Mapping)
    }


def verify(stored: Mapping[str, Any]) -> Verification:
    """Re-evaluate ``stored["inputs"]`` (a stored ``Result.to_dict()``) and compare, field by field.

    The stored result's what-ifs are applied again (read from ``provenance.parameters``), and so are
    the options of the readings it used (read from ``readings``). When the
    payload left ``as_of`` (or ``decision_date``) to its default, today, the stored day is used.
    ``stored`` may also be a line ``qinzhou-calc run --input`` writes, ``{"result": …}``.
    Raises :class:`InputError` when ``stored`` is not a stored result.
    """
    if isinstance(stored, Mapping) and len(stored) == 1 and isinstance(stored.get("result"), Mapping):
        stored = stored["result"]
    if not isinstance(stored, Mapping) or not isinstance(stored.get("calculator"), str):
        raise _bad("存档的结果应为 Result.to_dict() 的对象，含 calculator", "expected a stored Result.to_dict()")
    inputs = stored.get("inputs")
    if not isinstance(inputs, Mapping):
        raise _bad("存档的结果没有 inputs，无法重新计算", "the stored result has no inputs to evaluate again")
    overrides = _stored_overrides(stored)
    readings = _stored_readings(stored)
    payload = dict(inputs)
    # A full result always cites a provision; one without citations was computed lean
    # (``explain=False``), and is compared with a lean result.
    explain = bool(stored.get("citations"))
    try:
        result = evaluate(
            stored["calculator"], payload, overrides=overrides or None, explain=explain, readings=readings or None
        )
        now = result.to_dict()
        refill = {
            key: stored[key]
            for key in _DEFAULTED_DAYS
            if payload.get(key) is None and stored.get(key) is not None and now.get(key) != stored.get(key)
        }
        if refill:
            result = evaluate(
                stored["calculator"],
                {**payload, **refill},
                overrides=overrides or None,
                explain=explain,
                readings=readings or None,
            )
            now = result.to_dict()
    except InputError as error:
        failed = (Difference("$", "result", error.to_dict()),)
        return Verification(
            same=False,
            differences=failed,
            changed_parameters=tuple(_changed_parameters(stored)),
            library={"stored": _stored_library(stored), "now": library()},
            calendar=_calendar_checks(stored, None, list(failed)),
        )
    stored_rest = {k: v for k, v in stored.items() if k != "provenance"}
    now_rest = {k: v for k, v in now.items() if k != "provenance"}
    differences = list(_compare("", stored_rest, now_rest))
    stored_provenance = stored.get("provenance") if isinstance(stored.get("provenance"), Mapping) else {}
    assert isinstance(stored_provenance, Mapping)
    for key in ("parameters", "calendar"):
        differences += _compare(f"provenance.{key}", stored_provenance.get(key), now["provenance"].get(key))
    changed = tuple(_changed_parameters(stored))
    return Verification(
        same=not differences and not changed,
        differences=tuple(differences),
        changed_parameters=changed,
        library={"stored": _stored_library(stored), "now": library()},
        result=result,
        calendar=_calendar_checks(stored, now, differences),
    )


def _stored_library(stored: Mapping[str, Any]) -> Any:
    provenance = stored.get("provenance")
    return provenance.get("library") if isinstance(provenance, Mapping) else None
