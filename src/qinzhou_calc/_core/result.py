"""The result of a calculation: the :class:`Result` record and its rows (unmet conditions,
notes). How it is written out (JSON, text, HTML) is :mod:`.render`'s; how a calculator builds it,
:mod:`.evaluation`'s."""

import datetime as dt
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

import attrs

from .frozen import record_repr
from .law import Citation
from .provenance import ParameterUse
from .reading import ReadingUse
from .render import html_of, provenance_of, result_dict, text_of
from .steps import Pending, texts

__all__ = ["MONEY_FIELDS", "Note", "Reason", "Result", "result_maker"]


@attrs.frozen(repr=False)
class Reason:
    """Why a legal condition is not met."""

    code: str
    message: str
    citation: Citation

    __repr__ = record_repr

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "citation": self.citation.to_dict()}


@attrs.frozen(repr=False)
class Note:
    """A reading chosen where the text is ambiguous, or a warning."""

    code: str
    message: str
    #: The code of the reading this note explains, if it explains one.
    reading: str | None = None

    __repr__ = record_repr

    def to_dict(self) -> dict[str, str]:
        if self.reading is None:
            return {"code": self.code, "message": self.message}
        return {"code": self.code, "message": self.message, "reading": self.reading}


#: Marks a field of the record that holds money: yuan, rounded to the fen, written with two decimals.
_MONEY = {"money": True}


def _texts_repr(steps: tuple[str | Pending, ...]) -> str:
    return repr(texts(steps))


class _WrittenSteps:
    """Where a result keeps its steps' text once written out: a slot outside its attrs fields, so
    that the text is not a value of the result (not compared, shown, pickled, copied by
    ``attrs.evolve`` or sent between processes). Unlike ``functools.cached_property`` (a
    ``__getattr__`` raising inside attrs), the first reading costs a quarter of a microsecond."""

    __slots__ = ("_written",)
    _written: tuple[str, ...]


# hash=False: a Result is unhashable (hash() is a TypeError), as its inputs may hold lists; it
# compares by value (==) all the same.
@attrs.frozen(hash=False, repr=False)
class Result(_WrittenSteps):
    """What a calculator found, with the provisions used and every step of the arithmetic.

    Money fields (``amount``, ``minimum``, ``maximum``) are already rounded to the fen. Every
    value is read-only: ``breakdown``, ``ranking`` and ``calendar`` rows are :class:`~.frozen.Row`
    mappings. ``hash(result)`` is a ``TypeError`` (results are compared with ``==``, not kept in sets).
    """

    calculator: str
    as_of: dt.date
    citations: tuple[Citation, ...]
    #: The steps as the calculator wrote them (texts, or templates with their figures, see
    #: :mod:`.steps`): read them through :attr:`steps`, which writes them out on first reading.
    #: Results compare, and show in ``repr``, by the steps' text.
    _steps: tuple[str | Pending, ...] = attrs.field(default=(), alias="steps", eq=texts, repr=_texts_repr)
    notes: tuple[Note, ...] = ()
    reasons: tuple[Reason, ...] = ()
    eligible: bool | None = None
    amount: Decimal | None = attrs.field(default=None, metadata=_MONEY)
    minimum: Decimal | None = attrs.field(default=None, metadata=_MONEY)
    maximum: Decimal | None = attrs.field(default=None, metadata=_MONEY)
    mandatory: bool | None = None
    deadline: dt.date | dt.datetime | None = None
    score: Decimal | None = None
    count: int | None = None
    ranking: tuple[Mapping[str, Any], ...] | None = None
    breakdown: tuple[Mapping[str, Any], ...] = ()
    #: The event that fixed the law, and the decision date used (API.md, "Event dates").
    event_date: dt.date | None = None
    decision_date: dt.date | None = None
    #: Every working-day calendar year the result counted on: ``{"year", "source", "supplied_by_caller", ...}``.
    calendar: tuple[Mapping[str, Any], ...] = ()
    #: True when the evaluation was given what-if ``overrides`` (API.md, "What-if").
    hypothetical: bool = False
    #: The typed inputs computed from; ``to_dict()`` gives them as a payload (``normalised``).
    inputs: object = None
    #: Every figure of the law the result read, in the order first read.
    parameters: tuple[ParameterUse, ...] = ()
    #: Every reading of the law the result depended on, in the order first used (API.md, "Readings").
    readings: tuple[ReadingUse, ...] = ()

    __repr__ = record_repr

    @property
    def steps(self) -> tuple[str, ...]:
        """The computation, in words and numbers, in order: written out when first read, then kept."""
        written: tuple[str, ...] | None = getattr(self, "_written", None)
        if written is None:
            written = texts(self._steps)
            object.__setattr__(self, "_written", written)
        return written

    # Written out by .render: JSON-safe data, the Chinese text, the notebook's HTML.
    provenance = provenance_of
    to_dict = result_dict
    __str__ = text_of
    _repr_html_ = html_of

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        """IPython's plain-text display: the Chinese explanation, not the attrs repr."""
        printer.text(f"Result({self.calculator})" if cycle else str(self))


#: The fields of :class:`Result` that hold money (``amount``, ``minimum``, ``maximum``), as declared.
MONEY_FIELDS = tuple(field.name for field in attrs.fields(Result) if field.metadata.get("money"))


#: The maker of :func:`result_maker`, once made.
_MAKER: list[Callable[..., Result]] = []


def result_maker() -> Callable[..., Result]:
    """A function that makes a :class:`Result` as ``Result(**fields)`` does (the same keywords and
    defaults, every field set), setting each field through its slot's own descriptor rather than
    through ``object.__setattr__`` looked up by name: one result per case. Made at first use, not
    with the library."""
    if _MAKER:
        return _MAKER[0]
    fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(Result)
    scope: dict[str, Any] = {"_new": object.__new__, "_Result": Result}
    parameters: list[str] = []
    for i, field in enumerate(fields):
        scope[f"_set{i}"] = Result.__dict__[field.name].__set__
        if field.default is attrs.NOTHING:
            parameters.append(f"{field.alias}")
        else:
            scope[f"_default{i}"] = field.default
            parameters.append(f"{field.alias}=_default{i}")
    source = "\n".join(
        [
            f"def make(*, {', '.join(parameters)}):",
            "    result = _new(_Result)",
            *(f"    _set{i}(result, {field.alias})" for i, field in enumerate(fields)),
            "    return result",
        ]
    )
    exec(compile(source, "<qinzhou-calc Result maker>", "exec"), scope)
    _MAKER.append(scope["make"])
    return _MAKER[0]
