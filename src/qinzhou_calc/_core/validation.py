"""The typed path: an input class checks each field on construction, with the same readers and
bounds that read a JSON payload and write its JSON Schema (one source for the three).

``ContractRegistrationInput(registered_amount=Decimal("-1"))`` raises :class:`InputError`
(``negative`` at ``registered_amount``), so ``run()`` never computes on an invalid input.
Values must already be of their Python type: ``Decimal`` for amounts, ``int`` for counts,
``datetime.date`` for dates; text such as ``"1000"`` is for payloads, read by ``evaluate``. A subclass
of one of those types is refused (``type``): ``evaluate`` reads it as its plain value, but a validator
cannot put the plain value in its place.
"""

import datetime as dt
import types
import typing
from collections.abc import Callable
from decimal import Decimal
from typing import Annotated, Any, Literal, Union

import attrs

from .errors import InputError, Invalid, Problem, english_message, kind_of
from .frozen import Items
from .inputs import (
    MAX_ITEMS,
    MAX_TEXT,
    MAX_WHOLE,
    DateOrDateTime,
    Ge,
    Gt,
    Le,
    MaxLen,
    check_bounds,
    check_length,
    payload_name,
    read_bool,
    read_int,
    read_str,
)
from .money import MAX_ABS, echo, parse_number
from .plain import EXACT, plain_scalar
from .suggest import hint

__all__ = ["fast_check", "validate_field"]

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
        if type(value) not in EXACT and plain_scalar(value) is not value:
            # A subclass of a plain type: its methods could say another value than it holds, and a
            # validator cannot replace it by its plain value, so the typed path asks for the plain type.
            raise Invalid(
                "type",
                f"应为原类型的值，收到其子类 {type(value).__name__}",
                en=f"expected a value of the plain type, got its subclass {type(value).__name__}",
            )
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
                zh, en = hint(value, choices)
                raise Invalid(
                    "invalid_choice",
                    f"{echo(value)} 不是可选值之一：{listed}{zh}",
                    en=f"{echo(value)} is not one of {listed}{en}",
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
        english = str(attribute.metadata.get("title_en") or "")
        raise InputError(
            Problem(
                path,
                problem.code,
                f"{title} {problem.message}",
                english_message(path, english, problem.en or problem.message),
            )
            for path, problem in found
        )


# --- the common case, checked in a few comparisons -------------------------------------------------

#: ``check(value) -> True`` only when :func:`_check` would find no problem; ``False`` says nothing
#: (the full check then runs and reports). Each is the full check's own conditions, narrowed to the
#: exact Python types (a subclass of ``Decimal`` or ``int`` takes the full check).
Check = Callable[[object], bool]

_MAX_ADJUSTED = MAX_ABS.adjusted()  # parse_number: a magnitude below 10^15
_MIN_EXPONENT = -400  # parse_number: no finer than 1E-400


def _decimal(value: object) -> bool:
    # parse_number on a Decimal: finite; zero; else below 10^15 and no finer than 1E-400.
    return (
        type(value) is Decimal
        and value.is_finite()
        and (not value or (value.adjusted() < _MAX_ADJUSTED and value.as_tuple().exponent >= _MIN_EXPONENT))  # type: ignore[operator]
    )


def _int(value: object) -> bool:
    # An int and not a bool (type() is exact), read_int's magnitude: below 10^15.
    return type(value) is int and -MAX_WHOLE < value < MAX_WHOLE


_BASES: dict[Any, Check] = {
    Decimal: _decimal,
    int: _int,
    bool: lambda value: type(value) is bool,
    str: lambda value: type(value) is str and len(value) <= MAX_TEXT,
    dt.date: lambda value: type(value) is dt.date,
    dt.datetime: lambda value: type(value) is dt.datetime,
}


def _comparison(bound: Ge | Gt | Le) -> Check:
    """check_bounds' comparison for one bound (on a number: the caller has checked its type)."""
    limit = bound.bound
    if isinstance(bound, Ge):
        return lambda value: bool(value >= limit)  # type: ignore[operator]
    if isinstance(bound, Gt):
        return lambda value: bool(value > limit)  # type: ignore[operator]
    return lambda value: bool(value <= limit)  # type: ignore[operator]


def _at_most_long(limit: int) -> Check:
    return lambda value: len(value) <= limit  # type: ignore[arg-type]


def _bounded(base: Check, numeric: bool, bounds: tuple[object, ...]) -> Check | None:
    """``base`` and each bound as one comparison: check_bounds compares numbers (``numeric``: the base
    admits only an exact ``Decimal`` or ``int``), check_length measures texts, lists and tuples."""
    tests: list[Check] = []
    for bound in bounds:
        if isinstance(bound, (Ge, Gt, Le)) and not numeric:
            return None
        if isinstance(bound, (Ge, Gt, Le)):
            tests.append(_comparison(bound))
        elif isinstance(bound, MaxLen):
            if numeric:
                continue  # check_length looks only at texts, lists and tuples
            tests.append(_at_most_long(bound.limit))
        else:
            return None
    if not tests:
        return base
    if len(tests) == 1:
        (only,) = tests
        return lambda value: base(value) and only(value)
    return lambda value: base(value) and all(test(value) for test in tests)


def fast_check(tp: Any) -> Check | None:
    """A quick test that ``value`` is a valid ``tp`` (see :data:`Check`), or ``None`` for no quick test.

    Only the types whose full check is a few comparisons have one; numbers are compared with their
    bounds only once their own type is exact, as check_bounds does after the base check.
    """
    base = _BASES.get(tp)
    if base is not None:
        return base
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp == DateOrDateTime:
        return lambda value: type(value) is dt.date or type(value) is dt.datetime
    if origin is Annotated:
        inner = _BASES.get(args[0])
        if inner is None and typing.get_origin(args[0]) in (list, tuple):
            inner = fast_check(args[0])
        return None if inner is None else _bounded(inner, args[0] in (Decimal, int), tuple(args[1:]))
    if origin in (Union, types.UnionType):
        inner_checks = [fast_check(a) for a in args if a is not type(None)]
        if any(check is None for check in inner_checks):
            return None
        optional = type(None) in args
        if optional and len(inner_checks) == 1:
            (only,) = inner_checks
            return lambda value: value is None or only(value)  # type: ignore[misc]
        return lambda value: (optional and value is None) or any(check(value) for check in inner_checks)  # type: ignore[misc]
    if origin is Literal:
        choices = frozenset(args)
        return lambda value: (type(value) is str or type(value) is int) and value in choices
    if origin in (list, tuple) and args and (origin is list or (len(args) == 2 and args[1] is Ellipsis)):
        item = fast_check(args[0])
        if item is None:
            return None
        return lambda value: (
            (type(value) is Items or type(value) is list or type(value) is tuple)
            and len(value) <= MAX_ITEMS
            and all(item(element) for element in value)
        )
    if isinstance(tp, type) and attrs.has(tp):
        # A nested input class validated itself when it was built.
        return lambda value: isinstance(value, tp)
    return None
