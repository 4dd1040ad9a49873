"""Running one rule of a profile: its payload from the profile, the evaluation, and the status."""

import datetime as dt
import functools
import re
from collections.abc import Mapping
from typing import Any

from ._core import InputError, evaluate, registry
from ._core.language import get_language
from ._core.registry import get
from ._report import Item, Missing, reason_dict
from ._subjects import Rule, Subject
from ._vocabulary import calculator_schema, profile_schema, title_of

__all__ = ["Checking", "calculator_item", "day_of"]

_ABSENT = object()


def day_of(value: object) -> dt.date | None:
    """A date given as a date, a date-time or ISO text, or ``None`` when it is none of these."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


class Checking:
    """One profile being checked: the options of the call, and the items found so far."""

    def __init__(
        self,
        subject: Subject,
        profile: Mapping[str, object],
        decision: dt.date | None,
        overrides: Mapping[str, object] | None,
        lang: str | None,
        *,
        readings: Mapping[str, str] | None = None,
    ) -> None:
        self.subject = subject
        self.profile = profile
        self.given = decision if decision is not None else day_of(profile.get("decision_date"))
        self.decision = self.given if self.given is not None else registry.today()
        self.overrides = overrides or None
        self.lang = lang
        self.readings = readings or None
        self.language = get_language()

    def title(self, rule: Rule) -> str:
        schema = calculator_schema(rule.calculator)
        if rule.obligation is None:
            return str(schema["title"])
        names = schema["properties"]["obligation"]
        return str(dict(zip(names["enum"], names["x-enum-titles"], strict=True))[rule.obligation])

    def item(self, rule: Rule, status: str, **fields: Any) -> Item:
        return Item(
            rule.calculator,
            self.title(rule),
            rule.article,
            status,  # type: ignore[arg-type]
            obligation=rule.obligation,
            owed=rule.owed,
            **fields,
        )

    def not_applicable(self, rule: Rule, field: str) -> Item:
        zh = f"体检资料中 {field} 为 null：本项不适用"
        en = f"the profile gives {field} as null: this rule does not apply"
        reason = {"code": "not_applicable", "message": en if self.language == "en" else zh, "citation": None}
        return self.item(rule, "not_applicable", reasons=(reason,))

    def missing(self, rule: Rule, path: str, schema: Mapping[str, Any]) -> Missing:
        top = re.split(r"[.\[]", path, maxsplit=1)[0]
        return Missing(path, title_of(schema, path, self.language), rule.articles.get(top, rule.article))

    def outcome(self, rule: Rule, payload: dict[str, object], renamed: Mapping[str, str] | None = None) -> Item:
        """Evaluate one rule's payload and sort the answer into one of the five statuses."""
        try:
            result = evaluate(
                rule.calculator, payload, overrides=self.overrides, lang=self.lang, readings=self.readings
            )
        except InputError as error:
            return self.refused(rule, payload, error, renamed or {})
        if result.eligible is False:
            return self.item(rule, "not_eligible", result=result, reasons=tuple(r.to_dict() for r in result.reasons))
        return self.item(rule, "eligible", result=result)

    def refused(self, rule: Rule, payload: Mapping[str, object], error: InputError, renamed: Mapping[str, str]) -> Item:
        document = get(rule.calculator).document
        if error.codes == {"not_in_force"} and document is not None:
            return self.item(rule, "not_eligible", reasons=(reason_dict(document, error.errors[0].message),))
        if error.codes != {"missing"}:
            return self.item(rule, "invalid", error=_renamed(error, renamed))
        day = self.lawday_of(rule, payload)
        if document is not None and not document.in_force_on(day):
            return self.item(rule, "not_eligible", reasons=(reason_dict(document, _ended(document, day)),))
        schema = self.schema_of(rule)
        found = tuple(self.missing(rule, renamed.get(p.field, p.field), schema) for p in error.errors)
        return self.item(rule, "undetermined", missing=found)

    def schema_of(self, rule: Rule) -> Mapping[str, Any]:
        return profile_schema(self.subject.key) if rule.obligation else calculator_schema(rule.calculator)

    def lawday_of(self, rule: Rule, payload: Mapping[str, object]) -> dt.date:
        """The day whose law applies, as far as the facts given tell: ``as_of``, else the rule's
        event, else the decision date."""
        event = get(rule.calculator).event
        for name in ("as_of", event if isinstance(event, str) else None):
            day = day_of(payload.get(name)) if name else None
            if day is not None:
                return day
        return self.decision


def _ended(document: Any, day: dt.date) -> str:
    until = document.in_force_until.isoformat() if document.in_force_until else "—"
    if get_language() == "en":
        return (
            f"{document.number} is in force from {document.in_force_from.isoformat()} to {until}; "
            f"{day.isoformat()}, the day of the law applied, is outside that period"
        )
    return (
        f"{document.number}《{document.title}》的有效期为 {document.in_force_from.isoformat()} 至 {until}；"
        f"适用日期 {day.isoformat()} 不在其内"
    )


def _renamed(error: InputError, renamed: Mapping[str, str]) -> InputError:
    """``error`` with the paths of the calculator's fields named as the profile names them."""
    if not renamed:
        return error
    problems = [
        p if p.field not in renamed else type(p)(renamed[p.field], p.code, p.message, p.en) for p in error.errors
    ]
    return InputError(problems)


def _takes_null(schema: Mapping[str, Any]) -> bool:
    return any(option.get("type") == "null" for option in schema.get("anyOf", ()))


@functools.cache
def _fields(name: str) -> tuple[tuple[str, bool, bool], ...]:
    """Each payload field of calculator ``name``: its name, whether it takes ``null``, whether it is required."""
    schema = calculator_schema(name)
    required = frozenset(schema.get("required", ()))
    return tuple((key, _takes_null(field), key in required) for key, field in schema["properties"].items())


def calculator_item(run: Checking, rule: Rule) -> Item:
    """A calculator's rule: its payload drawn from the shared fields and its own block."""
    fields = _fields(rule.calculator)
    profile = run.profile
    own = profile.get(rule.calculator, _ABSENT)
    if own is None:
        return run.not_applicable(rule, rule.calculator)
    block: Mapping[str, object] = own if isinstance(own, Mapping) else {}
    payload: dict[str, object] = {}
    if block:
        known = {name for name, _, _ in fields}
        payload.update((key, value) for key, value in block.items() if key not in known)
    shared = profile if not rule.own_names else {k: v for k, v in profile.items() if k not in rule.own_names}
    for name, takes_null, required in fields:
        if name in block:
            value = block[name]
        elif name in shared:
            value = shared[name]
        else:
            continue
        if value is None and not takes_null:
            if required:
                return run.not_applicable(rule, name)
            continue
        payload[name] = value
    if run.given is not None and any(name == "decision_date" for name, _, _ in fields):
        payload["decision_date"] = run.given.isoformat()
    return run.outcome(rule, payload)
