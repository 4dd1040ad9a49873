"""The evaluation: the context a calculator talks to while it works out one case.

A calculator reads the law's figures (:meth:`~Evaluation.use`), writes steps, cites provisions,
notes the readings it chose and the conditions unmet, and ends with :meth:`~Evaluation.result`.
The caches every document gains from (figures read once per day, citations and notes kept once)
live here, not in the law modules.
"""

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from .errors import InputError
from .frozen import Row, read_only
from .law import Citation
from .money import fen
from .overrides import Override, active
from .provenance import ParameterUse, use_of
from .reading import Reading, ReadingUse, asked, chosen
from .render import compact
from .result import MONEY_FIELDS, Note, Reason, Result, result_maker
from .steps import COMPILED, Pending, compile_template, pending, term
from .timing import Timing
from .writers import TABLES, WRITERS, Writer, table, writers

if TYPE_CHECKING:  # created with the first document loaded (see .law)
    from .dated import Parameter, Valued

__all__ = ["Evaluation"]

T = TypeVar("T")

#: A reading's use, one record per (code, option), shared by every result that used that option:
#: the same few options are asked for by case after case.
_USES: dict[tuple[str, str], ReadingUse] = {}
#: The note of an option whose words take no figure, with its (code, message) key, one per
#: (code, option), shared by every result that notes it, as its use is. The entry holds the reading
#: whose words it is: a reading built again under the same code (a test's) is not confused with it.
_NOTES: dict[tuple[str, str], tuple[tuple[str, str], Note, Reading]] = {}
#: Makes the finished result (:func:`.result.result_maker`), once the first is made.
_MAKE: "Callable[..., Result] | None" = None


def _made() -> "Callable[..., Result]":
    global _MAKE  # noqa: PLW0603 - set once, at the first result
    _MAKE = result_maker()
    return _MAKE


class Evaluation:
    """What a calculator writes as it goes: steps, citations, notes and unmet conditions.

    ``use(parameter)`` reads a dated parameter on the day being computed and cites it.

    With ``explain=False`` (the lean mode of ``evaluate(..., explain=False)``) the evaluation
    keeps only what decides the answer: steps, citations and notes are not recorded, while the
    unmet conditions (``reasons``) still are, so ``eligible`` and the amount are those of the full
    mode. A calculator may test :attr:`explaining` to skip building the text of a step.
    """

    def __init__(
        self,
        calculator: str,
        as_of: dt.date,
        *,
        timing: Timing | None = None,
        explain: bool = True,
        money: frozenset[str] = frozenset(),
    ) -> None:
        self.calculator = calculator
        #: The keys of the breakdown's rows that hold money, as the calculator declared its columns.
        self.money = money
        #: The day whose law is read by default (``use`` without ``on``).
        self.as_of = as_of
        #: The day whose law the result reports as applied (see :meth:`applied_law_of`).
        self.applied_on = as_of
        self.timing = timing
        self.event_date = None if timing is None else timing.event_date
        self.decision_date = as_of if timing is None else timing.decision_date
        self.calendar: dict[int, Mapping[str, Any]] = {}
        #: Whether steps, citations and notes are recorded (``explain=False``: lean mode).
        self.explaining = explain
        self.steps: list[str | Pending] = []
        self.citations: list[Citation] = []
        self.notes: list[Note] = []
        self.reasons: list[Reason] = []
        # Sets beside the lists, so that citing or noting again is a hash lookup, not a scan
        # comparing field by field (a 20-bank scoring cites the same few dozen provisions some 400 times).
        self._cited: set[Citation] = set()
        self._cited_objects: dict[int, Citation] = {}
        self._noted: set[tuple[str, str]] = set()  # (code, message): a Note's own equality
        # Each figure read, found by its name (and the day), the parameter known by identity: read on a
        # given day, read on the day being computed, and used (read and cited) on that day.
        self._used: dict[tuple[str, dt.date], tuple[Parameter[Any], Valued[Any]]] = {}
        self._on_as_of: dict[str, tuple[Parameter[Any], Valued[Any], dt.date]] = {}
        self._uses: dict[str, tuple[Parameter[Any], Any, dt.date]] = {}
        #: The what-ifs of this evaluation (read once: they cannot change while it runs).
        self.overrides: Mapping[str, Override] = active() or {}
        #: The payload's typed inputs, recorded in the result (set by the registry).
        self.inputs: object = None
        self._read: dict[tuple[str, dt.date, bool], ParameterUse] = {}
        self._law_values: dict[tuple[str, dt.date], object] = {}
        self._readings: dict[str, ReadingUse] = {}
        # The option of each reading asked without an alias, and the option each noted reading was noted
        # with: the same few readings are asked and noted again for every indicator or offer.
        self._options: dict[str, tuple[Reading, str]] = {}
        self._noted_readings: dict[str, tuple[Reading, str]] = {}

    def cite(self, citation: Citation) -> Citation:
        if self.explaining:
            # The same few citation objects come back many times (once per bank): they are known by
            # identity first, before a Citation is hashed field by field. The entry holds the object,
            # so that its id cannot be reused while the entry lives.
            key = id(citation)
            if self._cited_objects.get(key) is not citation:
                self._cited_objects[key] = citation
                if citation not in self._cited:
                    self._cited.add(citation)
                    self.citations.append(citation)
        return citation

    def use(self, parameter: "Parameter[T]", on: dt.date | None = None, field: str = "as_of") -> T:
        """The value of ``parameter`` on ``on`` (default: ``as_of``), cited and recorded."""
        if on is not None:
            return self.read(parameter, on, field).value
        known = self._uses.get(parameter.name)
        if known is not None and known[0] is parameter and known[2] is self.as_of:
            return known[1]  # type: ignore[no-any-return]
        value = self.read(parameter, None, field).value
        self._uses[parameter.name] = (parameter, value, self.as_of)
        return value

    def read(
        self, parameter: "Parameter[T]", on: dt.date | None = None, field: str = "as_of", *, cite: bool = True
    ) -> "Valued[T]":
        """Like :meth:`use`, with the citation and the days in force: a what-if's value where one
        applies, cited by the provision that sets the law's figure. ``cite=False`` consults a figure
        without citing it (a text compared with another, not applied)."""
        if on is None:
            # The usual read, on the day being computed (again once per bank).
            known = self._on_as_of.get(parameter.name)
            if known is not None and known[0] is parameter and known[2] is self.as_of:
                valued = known[1]
            else:
                valued = self._first_read(parameter, self.as_of, field)
                self._on_as_of[parameter.name] = (parameter, valued, self.as_of)
        else:
            # Another day (once per day of a loan).
            key = (parameter.name, on)
            found = self._used.get(key)
            if found is not None and found[0] is parameter:
                valued = found[1]
            else:
                valued = self._first_read(parameter, on, field)
                self._used[key] = (parameter, valued)
        if cite and self.explaining:  # lean: not cited, and not asked to be
            self.cite(valued.citation)
        return valued

    def _first_read(self, parameter: "Parameter[T]", day: dt.date, field: str) -> "Valued[T]":
        """The value of ``parameter`` on ``day``, a what-if's where one applies, recorded for the
        result's ``parameters``."""
        valued = parameter.at(day, field)
        overridden = False
        if self.overrides:
            override = self.overrides.get(parameter.name)
            if override is not None and override.parameter is parameter:
                replaced = override.read(valued, day)
                if replaced is not None:
                    self._law_values[parameter.name, replaced.since] = valued.value
                    # The provision is quoted as the law says it; the figure that replaces the
                    # law's is shown beside the quote (see ``.render``), never inside it.
                    valued = attrs.evolve(replaced, citation=valued.citation)
                    overridden = True
        use_key = (parameter.name, valued.since, overridden)
        if use_key not in self._read:
            self._read[use_key] = use_of(parameter.name, valued, overridden)
        return valued

    def citation_of(self, parameter: "Parameter[Any]", on: dt.date | None = None) -> Citation:
        """The citation of ``parameter`` as read on ``on`` (the provision's own, under a what-if too)."""
        return self.read(parameter, on).citation

    def applied_law_of(self, day: dt.date) -> None:
        """Report ``day`` as the date whose law was applied (e.g. a lighter later text, 从旧兼从轻)."""
        self.applied_on = day

    def counted_on(self, years: Iterable[Mapping[str, Any]]) -> None:
        """Record the working-day calendar years counted on, for ``provenance.calendar``."""
        for entry in years:
            self.calendar.setdefault(int(entry["year"]), entry)

    def step(self, template: str, /, **figures: Any) -> None:
        """Write a step: ``template`` with its named, tagged figures (``"{amount:money} 元"``,
        ``amount=...``), written out only when read (see :mod:`.steps`); without figures, ``template``
        is the step's plain text."""
        if self.explaining:
            if figures:
                # pending(template, figures), without the call: a step is written many times a case.
                compiled = COMPILED.get(template)
                self.steps.append((compiled or compile_template(template))[1](figures))
            else:
                self.steps.append(template)

    def step_each(self, template: str, /, **same: Any) -> Writer:
        """A step written once per row of a table (once per bank of a ranking): ``template``, tagged
        as for :meth:`step`, with the figures that are the same on every row; the function returned
        writes the step each time it is called with the other figures, by name, and writes nothing
        in lean mode. The template is compiled once for every evaluation (see :mod:`.writers`)."""
        made = WRITERS.get(template)
        if made is None:
            made = writers(template, same)
        if not self.explaining:
            return (made if made[0] == same.keys() else writers(template, same))[2]
        try:
            return made[1](self.steps, **same)
        except TypeError:
            # Figures given once that are not those of the template's last writer (or a figure
            # refused): the writer for these figures, which says what is wrong if anything is.
            return writers(template, same)[1](self.steps, **same)

    def step_table(self, template: str, columns: Mapping[str, Sequence[Any]], /, **same: Any) -> None:
        """A step written once per row of a table, every row at once: ``template``, tagged as for
        :meth:`step`; ``columns``, the figures that change from row to row, each a sequence with one
        item per row (``{"bank": names, "score": scores}``); ``same``, by name, the figures the same on
        every row. The rows are written in order, as :meth:`step_each`'s writer called once per row
        would write them; nothing is written in lean mode. The template is compiled once for every
        evaluation (see :mod:`.writers`)."""
        made = TABLES.get(template)
        if made is None:
            made = table(template, columns)  # the template checked in lean mode too
        if self.explaining:
            made(self.steps, columns, same)

    def reading(self, reading: Reading, *, alias: tuple[str, str | None] | None = None) -> str:
        """The option of ``reading`` in force for this evaluation (the caller's or the default),
        recorded in the result, lean or not, so that it can be replayed.

        ``alias`` is ``(field, option)`` when a payload field also chooses the option (``None``:
        the field leaves it to the reading); a field and ``readings`` choosing differently is
        ``invalid_reading`` on the field.
        """
        code = reading.code
        if alias is None:
            # Asked again: the caller's choices cannot change while the evaluation runs, so the reading
            # gives the option it gave (found by its code, the reading known by identity).
            known = self._options.get(code)
            if known is not None and known[0] is reading:
                return known[1]
            option = chosen(reading)
            self._options[code] = (reading, option)
        else:
            option = chosen(reading)
            field, named = alias
            if named is not None:
                caller = asked(reading)
                if caller is not None and caller != named:
                    raise InputError.one(
                        field,
                        "invalid_reading",
                        f"{field} 选择了读法 {code} 的选项 {named}，与 readings 中的 {caller} 不一致",
                        en=f"{field} chooses {named} for the reading {code}, but readings chooses {caller}",
                    )
                option = named
        if code not in self._readings:
            use = _USES.get((code, option))
            if use is None:
                use = _USES[code, option] = ReadingUse(code, option, option == reading.default)
            self._readings[code] = use
        return option

    def note_reading(self, reading: Reading, option: str, **figures: Any) -> None:
        """The note that explains the option used, in the reading's own words, naming the reading."""
        if not self.explaining:
            return
        if figures:
            chosen_option = reading.option(option)
            self.note(chosen_option.note_code, chosen_option.note.format(**figures), reading)
            return
        noted = self._noted_readings.get(reading.code)
        if noted is not None and noted[0] is reading and noted[1] == option:
            return  # noted with this option already
        known = _NOTES.get((reading.code, option))
        if known is None or known[2] is not reading:
            chosen_option = reading.option(option)
            note = Note(chosen_option.note_code, chosen_option.note, reading.code)
            known = _NOTES[reading.code, option] = ((note.code, note.message), note, reading)
        if known[0] not in self._noted:
            self._noted.add(known[0])
            self.notes.append(known[1])
        self._noted_readings[reading.code] = (reading, option)

    def note(self, code: str, message: str, reading: Reading | None = None) -> None:
        """A note: a warning, or, with ``reading``, the words explaining the option used."""
        if not self.explaining:
            return
        # Many calls repeat a note (once per bank): the pair is looked up before any Note is built.
        key = (code, message)
        if key not in self._noted:
            self._noted.add(key)
            self.notes.append(Note(code, message, None if reading is None else reading.code))

    def reason(self, code: str, message: str, citation: Citation) -> None:
        # A reason keeps its own citation in lean mode too: it is part of the answer.
        self.cite(citation)
        self.reasons.append(Reason(code, message, citation))

    def result(self, **fields: Any) -> Result:
        """The finished :class:`Result`. With unmet conditions, ``eligible`` is false and ``amount`` 0."""
        if self.reasons:
            fields.setdefault("eligible", False)
            if fields.get("eligible") is False and "amount" in fields:
                fields["amount"] = Decimal(0)
        for key in MONEY_FIELDS:
            # Money is held as it is shown: to the fen (a capped 5000000 is 5000000.00).
            value = fields.get(key)
            if isinstance(value, Decimal):
                fields[key] = fen(value)
        breakdown: Sequence[Mapping[str, Any]] = fields.pop("breakdown", ())
        ranking = fields.pop("ranking", None)
        if self.explaining and not self.citations:
            raise RuntimeError(f"{self.calculator} produced a result without a citation")
        steps = self.steps
        money = self.money
        if self.overrides and self.explaining:
            steps = [self._hypothetical_step(), *steps]
        return (_MAKE or _made())(
            calculator=self.calculator,
            as_of=self.applied_on,
            event_date=self.event_date,
            decision_date=self.decision_date,
            calendar=tuple(read_only(self.calendar[year]) for year in sorted(self.calendar)) if self.calendar else (),
            citations=tuple(self.citations),
            steps=tuple(steps),
            notes=tuple(self.notes),
            reasons=tuple(self.reasons),
            breakdown=tuple([Row(row, money) if type(row) is dict else read_only(row, money) for row in breakdown])
            if breakdown
            else (),
            ranking=None if ranking is None else tuple(read_only(row) for row in ranking),
            hypothetical=bool(self.overrides),
            inputs=self.inputs,
            parameters=tuple(self._read.values()),
            readings=tuple(self._readings.values()),
            **fields,
        )

    def _hypothetical_step(self) -> Pending:
        replaced = [use for use in self._read.values() if use.overridden]
        if not replaced:
            return pending(
                "假设分析：给出了假设参数 {names:[、]}，本计算未用到其中任何一项", {"names": sorted(self.overrides)}
            )
        # Each figure once, in the order first read (a figure read on several days is one line).
        figures = dict.fromkeys(
            (use.name, compact(use.value), compact(self._law_values.get((use.name, use.since)))) for use in replaced
        )
        return pending(
            "假设分析：以下法规参数为假设值：{figures:term[；]}",
            {"figures": [term("{name} = {value}（法规值 {law}）", name=n, value=v, law=w) for n, v, w in figures]},
        )
