"""Documents with their in-force period, the figures of the law with their history, and the
declaration by which a document's package says what it holds.

Created with the first document loaded (every document module defines its own), not by
``import qinzhou_calc``.
"""

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from types import ModuleType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from .errors import InputError
from .frozen import law_value, record_repr
from .law import Anchor, Citation
from .reading import Reading, chosen

if TYPE_CHECKING:
    from .reading import WarningNote
    from .registry import Calculator

__all__ = ["Declaration", "Document", "Parameter", "Valued", "Version"]

T = TypeVar("T")


_Periods = Mapping[str, tuple[dt.date, dt.date | None]]


def _read_only_periods(periods: _Periods) -> _Periods:
    return law_value(dict(periods))


@attrs.frozen(repr=False)
class Document:
    """A legal document and the days it is in force (both ends inclusive).

    ``in_force_until`` is the last day it applies, or ``None`` while it has no end.
    ``basis`` cites the provision that sets the period.

    Where the period is itself an open question of the law, ``period_reading`` is the reading and
    ``periods`` the period (first day, last day) under each of its options; ``in_force_from`` and
    ``in_force_until`` are then those of the option in force, and the two given are the default's.
    """

    number: str
    title: str
    _in_force_from: dt.date
    _in_force_until: dt.date | None
    basis: Citation | None = None
    period_reading: Reading | None = attrs.field(default=None, kw_only=True)
    periods: _Periods = attrs.field(factory=dict, kw_only=True, converter=_read_only_periods)
    #: The period as declared (the default's, where a reading decides it), as one tuple: looked up
    #: whenever a figure that ends with the document is read.
    _period: tuple[dt.date, dt.date | None] = attrs.field(init=False, eq=False, repr=False)
    __repr__ = record_repr

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_period", (self._in_force_from, self._in_force_until))
        if self.period_reading is None:
            return
        keys = {option.key for option in self.period_reading.options}
        default = self.periods.get(self.period_reading.default)
        if set(self.periods) != keys or default != (self._in_force_from, self._in_force_until):
            raise ValueError(f"{self.number}: the periods must be given for {sorted(keys)}, the default's as declared")

    @property
    def in_force_from(self) -> dt.date:
        return self._in_force_from if self.period_reading is None else self.period()[0]

    @property
    def in_force_until(self) -> dt.date | None:
        return self._in_force_until if self.period_reading is None else self.period()[1]

    def cite(
        self, article: str, clause: str | None = None, text: str = "", *, anchor_clause: str | None = None
    ) -> Citation:
        """A citation of one of this document's provisions, anchored at (number, article, clause)
        in the shipped text; ``anchor_clause`` when the clause as shown is not a clause id."""
        anchor = Anchor(self.number, article, anchor_clause if anchor_clause is not None else clause)
        return Citation(self.number, self.title, article, clause, text, anchor)

    def period(self) -> tuple[dt.date, dt.date | None]:
        """The first and last day in force (``None``: no end), under the reading in force."""
        reading = self.period_reading
        if reading is None:
            return self._period
        option = chosen(reading)
        return self._period if option == reading.default else self.periods[option]

    def in_force_on(self, day: dt.date) -> bool:
        start, until = self.period()
        return start <= day and (until is None or day <= until)

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


@attrs.frozen(repr=False)
class Valued(Generic[T]):
    """A parameter's value on a day, with the provision that sets it."""

    value: T
    citation: Citation
    since: dt.date
    #: The last day of this value (inclusive), or ``None`` while no later value is known.
    until: dt.date | None = None
    __repr__ = record_repr


@attrs.frozen(repr=False)
class Version(Generic[T]):
    """One value of a parameter, in force from ``since`` until the next version. The value is made
    read-only (:func:`~.frozen.law_value`): a table of the law handed to a result cannot be changed
    through it."""

    since: dt.date
    value: T = attrs.field(converter=law_value)
    citation: Citation
    __repr__ = record_repr


def _sorted_versions(versions: Sequence[Version[T]]) -> tuple[Version[T], ...]:
    ordered = tuple(sorted(versions, key=lambda v: v.since))
    if not ordered:
        raise ValueError("a parameter needs at least one version")
    if len({v.since for v in ordered}) != len(ordered):
        raise ValueError("two versions of a parameter start on the same day")
    return ordered


@attrs.frozen(repr=False)
class Parameter(Generic[T]):
    """A figure of the law with its history: ``.at(day)`` gives the value then in force.

    Before the first version there is no such figure: ``not_in_force``. ``until`` (inclusive)
    closes the last version, for figures of a document that expires; given as the
    :class:`Document`, it is that document's last day, which a reading may decide.

    ``name`` is ``<document>.<topic>.<figure>`` (``education.new_build.rate_per_m2``), the
    name the catalogue lists and a what-if override names. ``unit`` says what the figure
    counts (``元/m²``, ``比例``, ``%``, ``日`` …). ``bounds`` is the range every number in a
    what-if value must lie in (by default from the unit: a ``比例`` lies in [0, 1]);
    ``choices`` the values a text figure may take (empty: a text figure cannot be overridden).
    """

    name: str
    description: str
    versions: tuple[Version[T], ...] = attrs.field(converter=_sorted_versions)
    until: dt.date | Document | None = None
    unit: str = attrs.field(default="", kw_only=True)
    bounds: tuple[Decimal, Decimal] | None = attrs.field(default=None, kw_only=True)
    choices: tuple[str, ...] = attrs.field(default=(), kw_only=True)
    #: Each version as :meth:`at` gives it, built once: a calculation reads every figure it uses.
    _valued: "tuple[Valued[T], ...]" = attrs.field(init=False, eq=False, repr=False)
    #: The first day of each version, in order, where :meth:`at` looks a day up.
    _starts: tuple[dt.date, ...] = attrs.field(init=False, eq=False, repr=False)
    __repr__ = record_repr

    def __attrs_post_init__(self) -> None:
        valued = tuple(
            Valued(version.value, version.citation, version.since, self.until_of(index))
            for index, version in enumerate(self.versions)
        )
        object.__setattr__(self, "_valued", valued)
        object.__setattr__(self, "_starts", tuple(version.since for version in self.versions))

    @classmethod
    def fixed(
        cls,
        name: str,
        description: str,
        value: T,
        citation: Citation,
        *,
        since: dt.date,
        until: dt.date | Document | None = None,
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
        return self.last_day()

    def last_day(self) -> dt.date | None:
        """The last day of the figure's life (``until``, or its document's last day), ``None`` if open."""
        until = self.until
        return until.in_force_until if isinstance(until, Document) else until

    def at(self, day: dt.date, field: str = "as_of") -> Valued[T]:
        """The value in force on ``day``; ``not_in_force`` outside the parameter's life."""
        # The last version begun by ``day`` (-1: none yet).
        index = bisect_right(self._starts, day) - 1
        until = self.until
        if isinstance(until, Document):
            # The figure ends with its document, on the last day the reading in force gives.
            until = until.period()[1]
            if index < 0 or (until is not None and day > until):
                raise self._no_value(day, field)
            valued = self._valued[index]
            if valued.until != until and index + 1 == len(self._valued):
                # The caller chose a last day other than the default's, which the figure was built with.
                return attrs.evolve(valued, until=until)
            return valued
        if index < 0 or (until is not None and day > until):
            raise self._no_value(day, field)
        return self._valued[index]

    def _no_value(self, day: dt.date, field: str) -> InputError:
        return InputError.one(
            field,
            "not_in_force",
            f"{self.description}（{self.name}）在 {day.isoformat()} 没有取值",
            en=f"{self.description} ({self.name}) has no value on {day.isoformat()}",
        )


class Declaration:
    """What a document's package declares about itself, once, as ``DECLARATION`` in its
    ``__init__.py``: the document, the documents amending it, the modules that hold its figures, its
    calculators, its readings (the law's open questions) and the warnings its notes may give.
    :func:`~.registry.register_document` reads it and registers the readings and warnings; the
    package's name is the document's key, the first part of its calculators' and figures' names
    (``education``).

    A plain class rather than an attrs one: it is made once per document, as the document loads,
    and nothing compares, hashes or copies it.
    """

    __slots__ = ("amendments", "calculators", "document", "parameters", "readings", "warnings")

    def __init__(
        self,
        document: Document,
        *,
        calculators: "tuple[Calculator[Any], ...]",
        parameters: tuple[ModuleType, ...],
        amendments: tuple[Document, ...] = (),
        readings: "tuple[Reading, ...]" = (),
        warnings: "tuple[WarningNote, ...]" = (),
    ) -> None:
        self.document = document
        self.calculators = calculators
        self.parameters = parameters
        self.amendments = amendments
        self.readings = readings
        self.warnings = warnings

    def __repr__(self) -> str:
        return f"Declaration({self.document.number!r}, {len(self.calculators)} calculators)"

    def figures(self) -> Iterator[Parameter[Any]]:
        """Every :class:`Parameter` its parameter modules hold, at the top or in a dict."""
        for module in self.parameters:
            for value in vars(module).values():
                if isinstance(value, Parameter):
                    yield value
                elif isinstance(value, dict):
                    yield from (item for item in value.values() if isinstance(item, Parameter))
