"""The typed path: an input class checks each field on construction, with the same readers and
bounds that read a JSON payload and write its JSON Schema (one source for the three).

``ContractRegistrationInput(registered_amount=Decimal("-1"))`` raises :class:`InputError`
(``negative`` at ``registered_amount``), so ``run()`` never computes on an invalid input.
Values must already be of their Python type: ``Decimal`` for amounts, ``int`` for counts,
``datetime.date`` for dates; text such as ``"1000"`` is for payloads, read by ``evaluate``.
"""

import datetime as dt
import types
import typing
from decimal import Decimal
from typing import Annotated, Any, Literal, Union

import attrs

from .errors import InputError, Invalid, Problem, kind_of
from .inputs import (
    MAX_ITEMS,
    DateOrDateTime,
    check_bounds,
    check_length,
    payload_name,
    read_bool,
    read_int,
    read_str,
)
from .money import echo, parse_number

__all__ = ["validate_field"]

_Found = list[tuple[str, Invalid]]


def _wrong_kind(expected_zh: str, expected_en: str, value: object) -> Invalid:
    return Invalid(
        "type",
        f"应为{expected_zh}，收到{kind_of(value)}",
        en=f"expected {expected_en}, got {type(value).__name__}",
    )


def _join(path: str, index: int) -> str:
    return f"{path}[{index}]"


def _check(value: object, tp: Any, path: str, found: _Found) -> None:
    """Append ``(path, problem)`` for every problem of ``value`` as a ``tp``."""
    origin = typing.get_origin(tp)
    try:
        if origin is Annotated:
            base, *constraints = typing.get_args(tp)
            bounds = tuple(constraints)
            check_length(value, bounds)
            before = len(found)
            _check(value, base, path, found)
            if len(found) == before:
                check_bounds(value, bounds)
        elif tp == DateOrDateTime:
            if not isinstance(value, dt.date):
                raise _wrong_kind("日期或日期时间", "a date or a datetime", value)
        elif origin in (Union, types.UnionType):
            args = typing.get_args(tp)
            if value is None and type(None) in args:
                return
            attempts: list[_Found] = []
            for arg in (a for a in args if a is not type(None)):
                attempt: _Found = []
                _check(value, arg, path, attempt)
                if not attempt:
                    return
                attempts.append(attempt)
            found.extend(attempts[0])
        elif origin is Literal:
            choices = typing.get_args(tp)
            if isinstance(value, bool) or value not in choices:
                listed = ", ".join(repr(c) for c in choices)
                raise Invalid(
                    "invalid_choice",
                    f"{echo(value)} 不是可选值之一：{listed}",
                    en=f"{echo(value)} is not one of {listed}",
                )
        elif origin in (list, tuple):
            if not isinstance(value, (list, tuple)):
                raise _wrong_kind("列表或元组", "a list or a tuple", value)
            if len(value) > MAX_ITEMS:
                raise Invalid("out_of_range", f"超过 {MAX_ITEMS} 项", en=f"more than {MAX_ITEMS} items")
            item = typing.get_args(tp)[0]
            for index, element in enumerate(value):
                _check(element, item, _join(path, index), found)
        elif tp is Decimal:
            if not isinstance(value, Decimal):
                raise _wrong_kind(" Decimal", "a Decimal", value)
            parse_number(value)
        elif tp is int:
            if not isinstance(value, int) or isinstance(value, bool):
                raise _wrong_kind("整数", "an int", value)
            read_int(value)
        elif tp is bool:
            read_bool(value)
        elif tp is str:
            read_str(value)
        elif tp is dt.datetime:
            if not isinstance(value, dt.datetime):
                raise _wrong_kind(" datetime", "a datetime", value)
        elif tp is dt.date:
            if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
                raise _wrong_kind("日期（datetime.date）", "a date", value)
        elif isinstance(tp, type) and attrs.has(tp) and not isinstance(value, tp):
            # A nested input class validated itself when it was built.
            raise _wrong_kind(f" {tp.__name__}", f"a {tp.__name__}", value)
    except Invalid as problem:
        found.append((path, problem))


def validate_field(instance: object, attribute: "attrs.Attribute[Any]", value: object) -> None:
    """The attrs validator of every :func:`~.inputs.spec` field: :class:`InputError` with the field's
    path and Chinese title for a value of the wrong type, out of its bounds, or unreadable."""
    name = payload_name(attribute)
    found: _Found = []
    _check(value, attribute.type, name, found)
    if found:
        title = str(attribute.metadata.get("title") or name)
        raise InputError(
            Problem(path, problem.code, f"{title} {problem.message}", f"{path}: {problem.en or problem.message}")
            for path, problem in found
        )
