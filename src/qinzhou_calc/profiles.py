"""政策体检: one profile of a school, an enterprise or an excavation project, checked against every
rule of its subject at once.

>>> import qinzhou_calc as qc
>>> report = qc.check("school", {"school": {"type": "primary", "classes": 12, "students": 600,
...                                         "non_profit": True}, "claim_date": "2020-09-01"})
>>> [(item.calculator, item.status) for item in report.items][:2]
[('education.scale_eligibility', 'eligible'), ('education.new_build_subsidy', 'undetermined')]

Each rule ends in one of five statuses: ``eligible`` (a result, and the law's conditions met),
``not_eligible`` (a condition not met, or the document not in force that day), ``undetermined``
(facts missing: each by path, title and the article it decides), ``not_applicable`` (the profile
says ``null``: the fact does not apply) or ``invalid`` (a bad value: the error, never hidden as
missing). The report totals what is determined.
"""

import datetime as dt
from collections.abc import Mapping
from typing import Any

from ._core import InputError
from ._core.calls import check_overrides
from ._core.language import read_language, use_language
from ._core.reading import check_readings
from ._core.suggest import hint
from ._excavation import schedule
from ._report import Item, Missing, Report
from ._runner import Checking, calculator_item, day_of
from ._subjects import SUBJECTS, Subject
from ._vocabulary import calculator_schema, profile_schema, vocabulary_keys

__all__ = [
    "Item",
    "Missing",
    "Report",
    "check",
    "decision_day",
    "find_subject",
    "profile_schema",
    "rules_of",
    "subjects",
]


def subjects() -> list[dict[str, Any]]:
    """Every kind of profile: ``{"key", "title", "title_en", "description", "calculators"}``."""
    return [
        {
            "key": s.key,
            "title": s.title,
            "title_en": s.title_en,
            "description": s.description,
            "calculators": s.calculators,
        }
        for s in SUBJECTS.values()
    ]


def rules_of(key: str) -> list[dict[str, Any]]:
    """The rules of subject ``key`` for a form: ``{"calculator", "obligation", "title", "article",
    "fields" (the profile's fields it reads), "none" (the key whose ``null`` says it does not apply)}``."""
    subject = find_subject(key)
    rules = []
    for rule in subject.rules:
        schema = calculator_schema(rule.calculator)
        none: str | None
        if rule.obligation is None:
            fields = [name for name in schema["properties"] if name not in rule.own_names]
            title, none = str(schema["title"]), rule.calculator
        else:
            titles = schema["properties"]["obligation"]
            title = str(dict(zip(titles["enum"], titles["x-enum-titles"], strict=True))[rule.obligation])
            fields = [name for name in (rule.event, *rule.needs) if name]
            none = rule.event
        rules.append(
            {
                "calculator": rule.calculator,
                "obligation": rule.obligation,
                "title": title,
                "article": rule.article,
                "fields": fields,
                "none": none,
            }
        )
    return rules


def find_subject(key: object) -> Subject:
    """The subject called ``key``, or ``unknown_subject``."""
    if isinstance(key, str) and key in SUBJECTS:
        return SUBJECTS[key]
    shown = key[:40] if isinstance(key, str) else type(key).__name__
    zh, en = hint(key, SUBJECTS)
    raise InputError.one(
        "subject",
        "unknown_subject",
        f"没有名为 {shown!r} 的体检对象（可选：{'、'.join(SUBJECTS)}）{zh}",
        en=f"no subject named {shown!r} (one of: {', '.join(SUBJECTS)}){en}",
    )


def _read_profile(subject: Subject, profile: object) -> Mapping[str, object]:
    """The profile as a mapping whose keys are all of the subject's vocabulary, or ``InputError``."""
    if not isinstance(profile, Mapping):
        raise InputError.one("$", "type", "体检资料应为 JSON 对象", en="a profile must be a JSON object")
    known = profile_schema_keys(subject)
    blocks = frozenset(subject.calculators)
    problems = []
    for key, value in profile.items():
        if key not in known:
            zh, en = hint(key, known)
            problems.append(
                InputError.one(
                    str(key)[:80],
                    "unknown_field",
                    f"{subject.title}的体检资料没有字段 {str(key)[:80]!r}{zh}",
                    en=f"a profile of subject {subject.key!r} has no field {str(key)[:80]!r}{en}",
                ).errors[0]
            )
        elif key in blocks and value is not None and not isinstance(value, Mapping):
            problems.append(
                InputError.one(key, "type", f"{key} 应为 JSON 对象（只给本项的事实）", en="should be an object").errors[
                    0
                ]
            )
    if problems:
        raise InputError(problems)
    return profile


def profile_schema_keys(subject: Subject) -> frozenset[str]:
    """The keys a profile of ``subject`` may have."""
    return vocabulary_keys(subject.key)


def check(
    subject: str,
    profile: Mapping[str, object],
    *,
    decision_date: dt.date | str | None = None,
    readings: Mapping[str, object] | None = None,
    overrides: Mapping[str, object] | None = None,
    lang: str | None = None,
) -> Report:
    """Check ``profile`` against every rule of ``subject`` (``qc.subjects()`` lists them).

    ``decision_date`` wins over one in the profile. ``overrides`` and ``lang`` are passed to each
    evaluation as :func:`qinzhou_calc.evaluate` takes them, and so are ``readings`` (``{code: option}``,
    checked once: ``unknown_reading``, ``invalid_reading``). Raises :class:`InputError` for
    an unknown subject, a profile that is not an object or has a field outside the subject's
    vocabulary, and bad options; a bad value of a fact is that rule's ``invalid`` item.
    """
    if lang is not None:
        try:
            read_language(lang)
        except ValueError:
            raise InputError.one(
                "lang", "invalid_choice", "语言应为 'zh' 或 'en'", en="lang must be 'zh' or 'en'"
            ) from None
    with use_language(lang):
        chosen = find_subject(subject)
        checked_readings = check_readings(readings)
        check_overrides(overrides)
        decided = decision_day(decision_date)
        run = Checking(chosen, _read_profile(chosen, profile), decided, overrides, lang, readings=checked_readings)
        if chosen.key == "excavation":
            items = schedule(run)
        else:
            items = tuple(calculator_item(run, rule) for rule in chosen.rules)
        return Report(chosen.key, run.decision, items, hypothetical=bool(overrides), title=chosen.title)


def decision_day(value: object) -> dt.date | None:
    """A decision date given as a date or ``YYYY-MM-DD`` text, or ``invalid_date``."""
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    day = day_of(value) if isinstance(value, str) and len(value) == 10 else None
    if day is None:
        raise InputError.one(
            "decision_date",
            "invalid_date",
            f"决定日期 {str(value)[:40]!r} 不是 'YYYY-MM-DD' 格式的日期",
            en=f"decision_date {str(value)[:40]!r} is not a date as 'YYYY-MM-DD'",
        )
    return day
