"""The law as dated data: citations, documents with their in-force period, dated parameters."""

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Generic, TypeVar

import attrs

from .errors import InputError
from .lawtext import Anchor

__all__ = ["Anchor", "Citation", "Document", "Parameter", "Valued", "Version"]

T = TypeVar("T")


class _JsonForm:
    """Where a citation keeps its JSON form once built: a slot outside its attrs fields (not
    compared, shown, pickled or copied by ``attrs.evolve``). A citation is a constant of the law,
    so its JSON form is too; every ``to_dict()`` hands out a fresh copy of it."""

    __slots__ = ("_json",)
    _json: dict[str, str | None]


@attrs.frozen(cache_hash=True)  # hashed each time a calculation cites it (Explanation.cite)
class Citation(_JsonForm):
    """A provision: document number, article, clause, and the Chinese text it says.

    ``str(citation)`` is the short form used in steps, e.g. ``钦政办规〔2019〕11号 第六条（一）``.
    ``anchor`` points into the text shipped with the package, for the four documents (and the
    amendment) it ships; it is ``None`` for outside law (法律, 通知), cited by article or by the
    notice's date. Every quotation with an anchor is checked against the shipped text by a test.
    """

    document: str
    title: str
    article: str
    clause: str | None = None
    text: str = ""
    anchor: Anchor | None = None

    def __str__(self) -> str:
        return f"{self.document} {self.article}{self.clause or ''}"

    def to_dict(self) -> dict[str, str | None]:
        """``{"document", "article", "clause", "text", "anchor"}``: a new dict on every call (a
        caller may change it), built once per citation."""
        try:
            return self._json.copy()
        except AttributeError:
            data = {
                "document": self.document,
                "article": self.article,
                "clause": self.clause,
                "text": self.text,
                "anchor": None if self.anchor is None else str(self.anchor),
            }
            object.__setattr__(self, "_json", data)
            return data.copy()


@attrs.frozen
class Document:
    """A legal document and the days it is in force (both ends inclusive).

    ``in_force_until`` is the last day it applies, or ``None`` while it has no end.
    ``basis`` cites the provision that sets the period.
    """

    number: str
    title: str
    in_force_from: dt.date
    in_force_until: dt.date | None
    basis: Citation | None = None

    def cite(
        self, article: str, clause: str | None = None, text: str = "", *, anchor_clause: str | None = None
    ) -> Citation:
        """A citation of one of this document's provisions, anchored at (number, article, clause)
        in the shipped text; ``anchor_clause`` when the clause as shown is not a clause id."""
        anchor = Anchor(self.number, article, anchor_clause if anchor_clause is not None else clause)
        return Citation(self.number, self.title, article, clause, text, anchor)

    def in_force_on(self, day: dt.date) -> bool:
        if day < self.in_force_from:
            return False
        return self.in_force_until is None or day <= self.in_force_until

    def require_in_force(self, day: dt.date, field: str = "as_of") -> None:
        """Raise ``not_in_force`` unless the document applies on ``day``."""
        if not self.in_force_on(day):
            until = self.in_force_until.isoformat() if self.in_force_until else "—"
            raise InputError.one(
                field,
                "not_in_force",
                f"{self.number}的施行期间为 {self.in_force_from.isoformat()} 至 {until}；"
                f"{day.isoformat()} 不在此期间内",
                en=f"{self.number} is in force from {self.in_force_from.isoformat()} "
                f"to {until}; {day.isoformat()} is outside that period",
            )


@attrs.frozen
class Valued(Generic[T]):
    """A parameter's value on a day, with the provision that sets it."""

    value: T
    citation: Citation
    since: dt.date
    #: The last day of this value (inclusive), or ``None`` while no later value is known.
    until: dt.date | None = None


@attrs.frozen
class Version(Generic[T]):
    """One value of a parameter, in force from ``since`` until the next version."""

    since: dt.date
    value: T
    citation: Citation


def _sorted_versions(versions: Sequence[Version[T]]) -> tuple[Version[T], ...]:
    ordered = tuple(sorted(versions, key=lambda v: v.since))
    if not ordered:
        raise ValueError("a parameter needs at least one version")
    if len({v.since for v in ordered}) != len(ordered):
        raise ValueError("two versions of a parameter start on the same day")
    return ordered


@attrs.frozen
class Parameter(Generic[T]):
    """A figure of the law with its history: ``.at(day)`` gives the value then in force.

    Before the first version there is no such figure: ``not_in_force``. ``until`` (inclusive)
    closes the last version, for figures of a document that expires.

    ``name`` is ``<document>.<topic>.<figure>`` (``education.new_build.rate_per_m2``), the
    name the catalogue lists and a what-if override names. ``unit`` says what the figure
    counts (``元/m²``, ``比例``, ``%``, ``日`` …). ``bounds`` is the range every number in a
    what-if value must lie in (by default from the unit: a ``比例`` lies in [0, 1]);
    ``choices`` the values a text figure may take (empty: a text figure cannot be overridden).
    """

    name: str
    description: str
    versions: tuple[Version[T], ...] = attrs.field(converter=_sorted_versions)
    until: dt.date | None = None
    unit: str = attrs.field(default="", kw_only=True)
    bounds: tuple[Decimal, Decimal] | None = attrs.field(default=None, kw_only=True)
    choices: tuple[str, ...] = attrs.field(default=(), kw_only=True)
    #: Each version as :meth:`at` gives it, built once: a calculation reads every figure it uses.
    _valued: "tuple[Valued[T], ...]" = attrs.field(init=False, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        valued = tuple(
            Valued(version.value, version.citation, version.since, self.until_of(index))
            for index, version in enumerate(self.versions)
        )
        object.__setattr__(self, "_valued", valued)

    @classmethod
    def fixed(
        cls,
        name: str,
        description: str,
        value: T,
        citation: Citation,
        *,
        since: dt.date,
        until: dt.date | None = None,
        unit: str = "",
        bounds: tuple[Decimal, Decimal] | None = None,
        choices: tuple[str, ...] = (),
    ) -> "Parameter[T]":
        """A figure that never changed while its document was in force."""
        return cls(
            name, description, (Version(since, value, citation),), until, unit=unit, bounds=bounds, choices=choices
        )

    def until_of(self, index: int) -> dt.date | None:
        """The last day (inclusive) of version ``index``: the day before the next, or ``until``."""
        if index + 1 < len(self.versions):
            return self.versions[index + 1].since - dt.timedelta(days=1)
        return self.until

    def at(self, day: dt.date, field: str = "as_of") -> Valued[T]:
        """The value in force on ``day``; ``not_in_force`` outside the parameter's life."""
        found: Version[T] | None = None
        index = -1
        for i, version in enumerate(self.versions):
            if version.since <= day:
                found, index = version, i
            else:
                break
        if found is None or (self.until is not None and day > self.until):
            raise InputError.one(
                field,
                "not_in_force",
                f"{self.description}（{self.name}）在 {day.isoformat()} 没有取值",
                en=f"{self.description} ({self.name}) has no value on {day.isoformat()}",
            )
        return self._valued[index]
