"""What-if overrides: a caller's own value for a figure of the law, for one evaluation.

``evaluate(name, payload, overrides={"education.new_build.rate_per_m2": "150"})`` computes as
if the figure were 150. An override is a plain value (every day) or ``{"YYYY-MM-DD": value, …}``
(each value from its day on; before the first day the law's own value applies). The values are
checked when the evaluation starts, against the kind and range of the figure they replace
(``unknown_parameter``, ``invalid_override``), so a calculation never meets a bad one.

The overrides in force live in a :class:`contextvars.ContextVar`: each thread, and each
``asyncio`` task, sees only its own, and :func:`applying` restores the previous ones when the
evaluation ends, so they never leak from one call into another.
"""

import contextlib
import contextvars
import datetime as dt
import re
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from .errors import InputError, Invalid, Problem
from .frozen import law_value, record_repr
from .money import parse_number
from .normalise import plain_data
from .suggest import hint

if TYPE_CHECKING:  # created with the first document loaded (see .law)
    from .dated import Parameter, Valued

__all__ = ["Override", "active", "applying", "parse_overrides"]

#: Numbers in a what-if value lie in this range unless the parameter or its unit says otherwise.
_DEFAULT_BOUNDS = (Decimal(0), Decimal(10**12))
_UNIT_BOUNDS = {
    "比例": (Decimal(0), Decimal(1)),
    "%": (Decimal(0), Decimal(1000)),
    "分": (Decimal(0), Decimal(100)),
    "年": (Decimal(0), Decimal(100)),
    "月": (Decimal(0), Decimal(1200)),
}
_DATE_KEY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _bounds(parameter: "Parameter[Any]") -> tuple[Decimal, Decimal]:
    return parameter.bounds or _UNIT_BOUNDS.get(parameter.unit, _DEFAULT_BOUNDS)


def _number(value: object, low: Decimal, high: Decimal) -> Decimal:
    number = parse_number(value)
    if not low <= number <= high:
        raise Invalid(
            "invalid_override",
            f"{number} 不在允许的范围 [{low}, {high}] 内",
            en=f"{number} is outside the allowed range [{low}, {high}]",
        )
    return number


def _integer(value: object, low: Decimal, high: Decimal) -> int:
    number = _number(value, low, high)
    if number != number.to_integral_value():
        raise Invalid("invalid_override", f"应为整数，收到 {number}", en=f"expected a whole number, got {number}")
    return int(number)


def conform(new: object, current: object, bounds: tuple[Decimal, Decimal], hint: Any = None) -> object:
    """``new`` read as a value of the same kind as ``current`` (the law's value it replaces).

    A number stays a number within ``bounds``; a set of types a list of names; a table (a
    mapping, or an attrs record such as a fine range) may be given in part, the rest keeping
    the law's values; a sequence of rows keeps its length. Raises :class:`Invalid`.
    """
    low, high = bounds
    if isinstance(current, bool):
        if not isinstance(new, bool):
            raise Invalid("invalid_override", "应为 true 或 false", en="expected true or false")
        return new
    if isinstance(current, int):
        return _integer(new, low, high)
    if isinstance(current, Decimal):
        return _number(new, low, high)
    if current is None:
        if new is None:
            return None
        if hint is not None and int in typing.get_args(hint):
            return _integer(new, low, high)
        return _number(new, low, high)
    if isinstance(current, dt.date):
        if new not in (current, current.isoformat()):
            raise Invalid("invalid_override", "此项日期不能假设修改", en="this date cannot be overridden")
        return current
    if isinstance(current, str):
        return _text(new, current, hint)
    if isinstance(current, frozenset):
        if not isinstance(new, (list, tuple, set, frozenset)) or not all(isinstance(x, str) for x in new):
            raise Invalid("invalid_override", "应为名称列表", en="expected a list of names")
        return frozenset(new)
    if isinstance(current, Mapping):
        return _conform_mapping(new, current, bounds)
    if isinstance(current, tuple):
        if not isinstance(new, (list, tuple)) or len(new) != len(current):
            raise Invalid(
                "invalid_override",
                f"应为 {len(current)} 项的列表（与法规的表格行数相同）",
                en=f"expected a list of {len(current)} rows (as many as the law's table)",
            )
        return tuple(conform(n, c, bounds) for n, c in zip(new, current, strict=True))
    if attrs.has(type(current)):
        return _conform_record(new, current, bounds)
    raise Invalid("invalid_override", "此项不能假设修改", en="this figure cannot be overridden")


#: The longest label a what-if may give a text field of a record (a fine's wording, a table's source).
_LABEL_LENGTH = 40


def _text(new: object, current: str, hint: Any) -> str:
    """A text: one of its ``Literal`` choices; a free label of a record (``hint`` is ``str``); else unchanged."""
    if new == current:
        return current
    if typing.get_origin(hint) is typing.Literal:
        if new in typing.get_args(hint):
            return str(new)
        choices = "、".join(str(a) for a in typing.get_args(hint))
        raise Invalid("invalid_override", f"应为以下之一：{choices}", en=f"expected one of {choices}")
    if hint is str and isinstance(new, str) and 0 < len(new) <= _LABEL_LENGTH and new.isprintable():
        return new
    raise Invalid("invalid_override", "此项文字不能假设修改", en="this text cannot be overridden")


def _conform_mapping(new: object, current: Mapping[Any, Any], bounds: tuple[Decimal, Decimal]) -> object:
    if not isinstance(new, Mapping):
        raise Invalid(
            "invalid_override", "应为对象（键与法规的表格相同）", en="expected an object keyed as the law's table"
        )
    unknown = sorted(str(k) for k in new if k not in current)
    if unknown:
        raise Invalid(
            "invalid_override", f"表格中没有这些键：{', '.join(unknown)}", en=f"no such keys: {', '.join(unknown)}"
        )
    merged = dict(current)
    for key, value in new.items():
        merged[key] = conform(value, current[key], bounds)
    return merged


def _conform_record(new: object, current: Any, bounds: tuple[Decimal, Decimal]) -> object:
    if not isinstance(new, Mapping):
        raise Invalid("invalid_override", "应为对象", en="expected an object")
    fields = attrs.fields_dict(type(current))
    unknown = sorted(str(k) for k in new if k not in fields)
    if unknown:
        raise Invalid(
            "invalid_override", f"没有这些项：{', '.join(unknown)}", en=f"no such fields: {', '.join(unknown)}"
        )
    hints = typing.get_type_hints(type(current))
    changes = {
        str(key): conform(value, getattr(current, str(key)), bounds, hints.get(str(key))) for key, value in new.items()
    }
    record = attrs.evolve(current, **changes)
    low, high = getattr(record, "minimum", None), getattr(record, "maximum", None)
    if isinstance(low, Decimal) and isinstance(high, Decimal) and low > high:
        raise Invalid("invalid_override", "下限不能高于上限", en="the minimum cannot exceed the maximum")
    return record


@attrs.frozen(repr=False)
class Override:
    """A checked what-if for one parameter: values from each day on (``None``: from the start)."""

    parameter: "Parameter[Any]"
    values: tuple[tuple[dt.date | None, object], ...]
    __repr__ = record_repr

    def read(self, valued: "Valued[Any]", day: dt.date) -> "Valued[Any] | None":
        """The overridden value on ``day`` (the law's ``valued`` that day), or ``None`` if none applies."""
        chosen: tuple[dt.date | None, object] | None = None
        following: dt.date | None = None
        for since, value in self.values:
            if since is None or since <= day:
                chosen = (since, value)
            else:
                following = since
                break
        if chosen is None:
            return None
        since = valued.since if chosen[0] is None or chosen[0] < valued.since else chosen[0]
        until = valued.until
        if following is not None:
            last = following - dt.timedelta(days=1)
            until = last if until is None or last < until else until
        value = law_value(conform(chosen[1], valued.value, _bounds(self.parameter)))
        return type(valued)(value, valued.citation, since, until)


def _read_day(key: object) -> dt.date:
    if isinstance(key, dt.date) and not isinstance(key, dt.datetime):
        return key
    if isinstance(key, str) and _DATE_KEY.fullmatch(key):
        try:
            return dt.date.fromisoformat(key)
        except ValueError:
            pass
    raise Invalid("invalid_override", f"{str(key)[:40]!r} 不是日期 YYYY-MM-DD", en=f"{str(key)[:40]!r} is not a date")


def _is_dated(value: object) -> bool:
    return (
        isinstance(value, Mapping)
        and bool(value)
        and all(
            (isinstance(k, dt.date) and not isinstance(k, dt.datetime))
            or (isinstance(k, str) and _DATE_KEY.fullmatch(k) is not None)
            for k in value
        )
    )


def _check(parameter: "Parameter[Any]", raw: object) -> tuple[tuple[dt.date | None, object], ...]:
    """The override's values by day, each checked against every version of the law it may meet."""
    pairs: list[tuple[dt.date | None, object]]
    if isinstance(raw, Mapping) and _is_dated(raw):
        dated = sorted(((_read_day(k), v) for k, v in raw.items()), key=lambda pair: pair[0])
        pairs = [(day, value) for day, value in dated]
    else:
        pairs = [(None, raw)]
    bounds = _bounds(parameter)
    if isinstance(parameter.versions[0].value, str) and parameter.choices:
        for _, value in pairs:
            if value not in parameter.choices:
                raise Invalid(
                    "invalid_override",
                    f"应为以下之一：{'、'.join(parameter.choices)}",
                    en=f"expected one of {', '.join(parameter.choices)}",
                )
        return tuple(pairs)
    # Each value is checked against every version of the law it may meet: those in force on
    # some day from its own day to the day before the next value's.
    for i, (since, value) in enumerate(pairs):
        following = pairs[i + 1][0] if i + 1 < len(pairs) else None
        for index, version in enumerate(parameter.versions):
            until = parameter.until_of(index)
            if since is not None and until is not None and until < since:
                continue
            if following is not None and version.since >= following:
                continue
            conform(value, version.value, bounds)
    return tuple(pairs)


def parse_overrides(
    raw: Mapping[str, object] | None,
    lookup: "Callable[[str], Parameter[Any] | None]",
    known: Callable[[], Iterable[str]] = tuple,
) -> dict[str, Override]:
    """Check a caller's ``overrides``; ``lookup`` finds a parameter by name, ``known`` lists every
    name (read only to suggest one for a name not found). Raises :class:`InputError` listing every
    unknown name (``unknown_parameter``) and bad value (``invalid_override``)."""
    if raw is None:
        return {}
    if not isinstance(raw, Mapping):
        raise InputError.one(
            "overrides", "type", "假设值应为对象：{参数名: 值}", en="overrides must be an object {name: value}"
        )
    # Read as plain values first, as a payload is: a subclass of a number cannot lie about its range.
    raw = plain_data(raw, "overrides")
    checked: dict[str, Override] = {}
    problems: list[Problem] = []
    for name, value in raw.items():
        field = f"overrides[{str(name)[:80]!r}]"
        parameter = lookup(name) if isinstance(name, str) else None
        if parameter is None:
            zh, en = hint(name, known())
            problems.append(
                Problem(
                    field,
                    "unknown_parameter",
                    f"没有名为 {str(name)[:80]!r} 的法规参数（qinzhou-calc parameters 列出全部参数）{zh}",
                    en=f"no parameter named {str(name)[:80]!r} (qinzhou-calc parameters lists them){en}",
                )
            )
            continue
        try:
            checked[name] = Override(parameter, _check(parameter, value))
        except Invalid as bad:
            code = "invalid_override"
            message = f"{parameter.description}（{name}）的假设值无效：{bad.message}"
            en = f"invalid override of {name}: {bad.en or bad.message}"
            problems.append(Problem(field, code, message, en=en))
    if problems:
        raise InputError(problems)
    return checked


_ACTIVE: contextvars.ContextVar[Mapping[str, Override] | None] = contextvars.ContextVar(
    "qinzhou_calc_overrides", default=None
)


def active() -> Mapping[str, Override] | None:
    """The overrides of the evaluation running in this context, or ``None``."""
    return _ACTIVE.get()


@contextlib.contextmanager
def applying(overrides: Mapping[str, Override] | None) -> Iterator[None]:
    """Evaluate under ``overrides`` (``None`` or empty: the law as it is) in this context only."""
    token = _ACTIVE.set(overrides or None)
    try:
        yield
    finally:
        _ACTIVE.reset(token)
