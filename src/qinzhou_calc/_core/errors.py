"""The one error ``evaluate`` raises: :class:`InputError`, listing every problem."""

from collections.abc import Iterable, Sequence
from typing import Any

import attrs

__all__ = ["CODES", "InputError", "Invalid", "Problem", "Problems"]

#: Every error code the library reports (API.md, "Errors").
CODES = frozenset(
    {
        "unknown_calculator",
        "missing",
        "unknown_field",
        "type",
        "invalid_number",
        "negative",
        "out_of_range",
        "invalid_date",
        "invalid_choice",
        "not_in_force",
        "calendar_out_of_range",
        "unknown_parameter",
        "invalid_override",
    }
)


@attrs.frozen
class Problem:
    """One thing wrong with the input: where (``field`` path), what (``code``) and why.

    ``message`` is the Chinese text; ``en`` the English one, where it has been written.
    """

    field: str
    code: str
    message: str
    en: str | None = attrs.field(default=None, eq=False)

    def to_dict(self) -> dict[str, str]:
        return {"field": self.field, "code": self.code, "message": self.message}


class Invalid(ValueError):  # noqa: N818 - internal, always re-raised as an InputError
    """A single problem found while reading one value; its field path is added later."""

    def __init__(self, code: str, message: str, en: str | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.en = en


class InputError(ValueError):
    """Bad input. ``errors`` lists **all** the problems found, each with its field path."""

    def __init__(self, errors: Iterable[Problem]) -> None:
        self.errors: tuple[Problem, ...] = tuple(errors)
        super().__init__("; ".join(f"{p.field}: {p.message} ({p.code})" for p in self.errors))

    @classmethod
    def one(cls, field: str, code: str, message: str, en: str | None = None) -> "InputError":
        return cls([Problem(field, code, message, en)])

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(p.code for p in self.errors)

    def to_dict(self) -> dict[str, Any]:
        return {"error": {"type": "input_error", "errors": [p.to_dict() for p in self.errors]}}

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.errors,))


class Problems:
    """Collects cross-field problems so a calculator can report them all at once."""

    def __init__(self) -> None:
        self._items: list[Problem] = []

    def add(self, field: str, code: str, message: str, en: str | None = None) -> None:
        self._items.append(Problem(field, code, message, en))

    def extend(self, problems: Sequence[Problem]) -> None:
        self._items.extend(problems)

    def __bool__(self) -> bool:
        return bool(self._items)

    def raise_if_any(self) -> None:
        if self._items:
            raise InputError(self._items)
