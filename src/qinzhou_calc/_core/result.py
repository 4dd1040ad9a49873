"""The result of a calculation, and the :class:`Explanation` a calculator builds it with."""

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from .errors import InputError
from .law import Citation
from .money import fen, fmt_decimal, fmt_money
from .overrides import Override, active
from .provenance import ParameterUse, library, normalised, plain, use_of
from .reading import Reading, ReadingUse, asked, chosen
from .readonly import Items, Row, frozen
from .steps import COMPILED, Pending, compile_template, pending, term, texts
from .timing import Timing

if TYPE_CHECKING:  # created with the first document loaded (see .law)
    from .dated import Parameter, Valued

__all__ = ["Explanation", "Items", "Note", "Reason", "Result", "Row", "fmt_score", "frozen", "jsonable", "printable"]

T = TypeVar("T")

#: Result keys whose values are money: always a string with exactly two decimals.
MONEY_KEYS = frozenset({"amount", "minimum", "maximum"})
#: Keys whose values are scores (points): also always two decimals ("4.00", "93.90"); a ``scores``
#: mapping holds one score per indicator.
SCORE_KEYS = frozenset({"score", "total"})
_SCORES = "scores"


def fmt_score(value: Decimal) -> str:
    """A score as the results show it: two decimals, half-up ("4" → "4.00", "93.9" → "93.90")."""
    return fmt_money(value)


@attrs.frozen
class Reason:
    """Why a legal condition is not met."""

    code: str
    message: str
    citation: Citation

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "citation": self.citation.to_dict()}


@attrs.frozen
class Note:
    """A reading chosen where the text is ambiguous, or a warning."""

    code: str
    message: str
    #: The code of the reading this note explains, if it explains one.
    reading: str | None = None

    def to_dict(self) -> dict[str, str]:
        if self.reading is None:
            return {"code": self.code, "message": self.message}
        return {"code": self.code, "message": self.message, "reading": self.reading}


def jsonable(value: object, key: str = "") -> Any:
    """``value`` as JSON-safe data: money as 2-decimal strings, other decimals as plain text."""
    kind = type(value)
    # The values results are made of, by their exact type first (every to_dict() writes its rows).
    if kind is str or kind is int or kind is bool or value is None:
        return value
    if kind is Row:
        return _row(value._data, key)  # type: ignore[attr-defined]
    if kind is Items or kind is list or kind is tuple:
        return [jsonable(v, key) for v in value]  # type: ignore[attr-defined]
    if isinstance(value, (int, str)):  # bool is an int
        return value
    if isinstance(value, Decimal):
        return _decimal(value, key)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): jsonable(v, "score" if key == _SCORES else str(k)) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v, key) for v in value]
    if hasattr(value, "to_dict"):
        return jsonable(value.to_dict(), key)
    raise TypeError(f"{type(value).__name__} is not JSON-safe")


def _decimal(value: Decimal, key: str) -> str:
    """A decimal under ``key``: money and scores with two decimals, anything else as plain text."""
    if key in MONEY_KEYS or key.endswith("amount"):
        return fmt_money(value)
    return fmt_score(value) if key in SCORE_KEYS else fmt_decimal(value)


def _row(data: dict[Any, Any], key: str) -> dict[str, Any]:
    """A row's items as JSON (its plain values written without a call: every to_dict() writes its rows)."""
    inner = "score" if key == _SCORES else None
    row: dict[str, Any] = {}
    for k, v in data.items():
        name = k if type(k) is str else str(k)
        kind = type(v)
        if kind is str or kind is int or kind is bool or v is None:
            row[name] = v
        elif kind is Decimal:
            row[name] = _decimal(v, inner or name)
        else:
            row[name] = jsonable(v, inner or name)
    return row


def _money_or_none(value: Decimal | None) -> str | None:
    return None if value is None else fmt_money(value)


#: Control characters (C0, DEL, C1) in caller-supplied text would forge lines or colours in a
#: terminal: ``str()`` shows them escaped (``\n`` as ``\\n``, ESC as ``\\x1b``).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    """``text`` with its control characters escaped, as ``repr`` would write them."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


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
@attrs.frozen(hash=False)
class Result(_WrittenSteps):
    """What a calculator found, with the provisions used and every step of the arithmetic.

    Money fields (``amount``, ``minimum``, ``maximum``) are already rounded to the fen. Every
    value is read-only: ``breakdown``, ``ranking`` and ``calendar`` rows are :class:`Row` mappings.
    ``hash(result)`` is a ``TypeError`` (results are compared with ``==``, not kept in sets).
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
    amount: Decimal | None = None
    minimum: Decimal | None = None
    maximum: Decimal | None = None
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

    @property
    def steps(self) -> tuple[str, ...]:
        """The computation, in words and numbers, in order: written out when first read, then kept."""
        written: tuple[str, ...] | None = getattr(self, "_written", None)
        if written is None:
            written = texts(self._steps)
            object.__setattr__(self, "_written", written)
        return written

    def provenance(self) -> dict[str, Any]:
        """``{"library", "parameters", "calendar"}``: what produced this result."""
        return {
            "library": library(),
            "parameters": [use.to_dict() for use in self.parameters],
            "calendar": jsonable(self.calendar),
        }

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe, with the keys of API.md ("Result"); keys that do not apply are ``None``."""
        return {
            "calculator": self.calculator,
            "as_of": self.as_of.isoformat(),
            "event_date": None if self.event_date is None else self.event_date.isoformat(),
            "decision_date": None if self.decision_date is None else self.decision_date.isoformat(),
            "hypothetical": self.hypothetical,
            "eligible": self.eligible,
            "amount": _money_or_none(self.amount),
            "minimum": _money_or_none(self.minimum),
            "maximum": _money_or_none(self.maximum),
            "mandatory": self.mandatory,
            "deadline": None if self.deadline is None else self.deadline.isoformat(),
            "score": None if self.score is None else fmt_score(self.score),
            "count": self.count,
            "ranking": None if self.ranking is None else jsonable(self.ranking),
            "breakdown": jsonable(self.breakdown),
            "reasons": [r.to_dict() for r in self.reasons],
            "steps": list(self.steps),
            "citations": [c.to_dict() for c in self.citations],
            "notes": [n.to_dict() for n in self.notes],
            "readings": [r.to_dict() for r in self.readings],
            "inputs": None if self.inputs is None else normalised(self.inputs),
            "provenance": self.provenance(),
        }

    def _headline(self) -> list[tuple[str, str]]:
        rows: list[tuple[str, str]] = []
        if self.eligible is not None:
            rows.append(("是否符合条件", "是" if self.eligible else "否"))
        if self.amount is not None:
            rows.append(("金额", f"{fmt_money(self.amount)} 元"))
        if self.minimum is not None and self.maximum is not None:
            rows.append(("幅度", f"{fmt_money(self.minimum)} 元 至 {fmt_money(self.maximum)} 元"))
        elif self.maximum is not None:
            rows.append(("上限", f"{fmt_money(self.maximum)} 元"))
        if self.mandatory is not None:
            rows.append(("处罚", "应当并处（并处以）" if self.mandatory else "可以处以（裁量）"))
        if self.deadline is not None:
            rows.append(
                (
                    "期限届满",
                    self.deadline.isoformat(sep=" ")
                    if isinstance(self.deadline, dt.datetime)
                    else self.deadline.isoformat(),
                )
            )
        provisional = [str(row["year"]) for row in self.calendar if row.get("provisional")]
        if provisional:
            years = "、".join(provisional)
            rows.append(("工作日历", f"{years} 年为暂定日历（国务院尚未公布安排，按法定节假日推算，见说明）"))
        if self.score is not None:
            rows.append(("得分", fmt_score(self.score)))
        if self.count is not None:
            rows.append(("数量", str(self.count)))
        return rows

    def __str__(self) -> str:
        """The explanation in Chinese; control characters in any text (a bank's or an enterprise's
        name as the caller typed it) are shown escaped, so that no text can forge a line."""
        lines = self._lines()
        # One search over all the text; the lines are escaped one by one only if it finds something.
        if _CONTROL.search("".join(lines)) is None:
            return "\n".join(lines)
        return "\n".join(printable(line) for line in lines)

    def _lines(self) -> list[str]:
        lines = [f"{self.calculator}（适用日期 {self.as_of.isoformat()}）"]
        lines += [f"{label}：{value}" for label, value in self._headline()]
        if self.reasons:
            lines.append("不符合的条件：")
            lines += [f"  - {r.message}（{r.citation}）" for r in self.reasons]
        if self.ranking:
            lines.append("排名：")
            lines += [f"  {row['rank']}. {row['name']}  {jsonable(row['total'], 'total')} 分" for row in self.ranking]
        if self.steps:
            lines.append("计算过程：")
            lines += [f"  {i}. {step}" for i, step in enumerate(self.steps, 1)]
        lines.append("依据：")
        lines += [f"  - {line}" for line in self._cited_lines(quoted=True)]
        if self.notes:
            lines.append("说明：")
            lines += [f"  - {n.message}" for n in self.notes]
        lines += self._provenance_lines()
        return lines

    def _cited_lines(self, *, quoted: bool) -> list[str]:
        """Each provision once, with its text; under a what-if, the figures that replace the law's
        beside the quote: ``…第六条（一）：“…120 元/m² 的标准…”（假设值：education.new_build.rate_per_m2 = 150）``."""
        replaced: dict[Citation, dict[str, None]] = {}
        for use in self.parameters:
            if use.overridden:
                replaced.setdefault(use.citation, {})[f"{use.name} = {_compact(use.value)}"] = None
        lines = []
        for c in self.citations:
            line = (f"{c}：“{c.text}”" if quoted else f"{c}：{c.text}") if c.text else str(c)
            figures = replaced.get(c)
            lines.append(f"{line}（假设值：{'；'.join(figures)}）" if figures else line)
        return lines

    #: How many figures the plain-text provenance names before it says "等 N 项".
    _SHORT_PARAMETERS = 6

    def _provenance_lines(self) -> list[str]:
        head = f"出处：{library()}" + ("（假设分析，非现行法规结果）" if self.hypothetical else "")
        names = list(dict.fromkeys(use.short() for use in self.parameters))
        if not names:
            return [head]
        shown = "；".join(names[: self._SHORT_PARAMETERS])
        more = len(names) - self._SHORT_PARAMETERS
        return [head, f"  法规参数：{shown}" + (f" 等 {len(names)} 项" if more > 0 else "")]

    def _repr_html_(self) -> str:
        """A table for Jupyter: the answer first (with the ranking or breakdown), then the
        unmet conditions, and the steps, provisions and notes folded under ``<details>``."""
        import html  # noqa: PLC0415 - for notebooks only, not loaded with the library

        esc = html.escape
        cell = 'style="text-align:left;vertical-align:top"'
        rows = [("计算器", self.calculator), ("适用日期", self.as_of.isoformat()), *self._headline()]
        rows += [("不符合", f"{r.message}（{r.citation}）") for r in self.reasons]
        head = "".join(f"<tr><th {cell}>{esc(k)}</th><td {cell}>{esc(v)}</td></tr>" for k, v in rows)
        parts = [f'<table class="qinzhou-calc-result">{head}</table>']
        table_rows = self.ranking if self.ranking else self.breakdown
        if table_rows:
            data = [jsonable(row) for row in table_rows]
            columns = list(dict.fromkeys(key for row in data for key in row))
            header = "".join(f"<th {cell}>{esc(c)}</th>" for c in columns)
            body = "".join(
                "<tr>" + "".join(f"<td {cell}>{esc(_plain(row.get(c)))}</td>" for c in columns) + "</tr>"
                for row in data
            )
            caption = "排名" if self.ranking else "明细"
            parts.append(f"<table><caption>{caption}</caption><tr>{header}</tr>{body}</table>")
        folded = [
            ("计算过程", [f"{i}. {step}" for i, step in enumerate(self.steps, 1)]),
            ("依据", self._cited_lines(quoted=False)),
            ("说明", [n.message for n in self.notes]),
        ]
        for title, lines in folded:
            if lines:
                items = "".join(f"<li>{esc(line)}</li>" for line in lines)
                parts.append(f"<details><summary>{title}（{len(lines)}）</summary><ul>{items}</ul></details>")
        parts.append(self._provenance_html())
        return f'<div class="qinzhou-calc">{"".join(parts)}</div>'

    def _provenance_html(self) -> str:
        import html  # noqa: PLC0415 - for notebooks only, not loaded with the library

        esc = html.escape
        cell = 'style="text-align:left;vertical-align:top"'
        header = "".join(f"<th {cell}>{h}</th>" for h in ("参数", "取值", "施行", "依据", "假设"))
        body = "".join(
            "<tr>"
            + "".join(
                f"<td {cell}>{esc(text)}</td>"
                for text in (
                    use.name,
                    _plain(use.to_dict()["value"]),
                    use.since.isoformat() + (f" 至 {use.until.isoformat()}" if use.until else " 起"),
                    str(use.citation),
                    "是" if use.overridden else "",
                )
            )
            + "</tr>"
            for use in self.parameters
        )
        flag = "，假设分析" if self.hypothetical else ""
        return (
            f'<details class="qinzhou-calc-provenance"><summary>出处（{esc(library())}{flag}，'
            f"法规参数 {len(self.parameters)} 项）</summary><table><tr>{header}</tr>{body}</table></details>"
        )

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        """IPython's plain-text display: the Chinese explanation, not the attrs repr."""
        printer.text(f"Result({self.calculator})" if cycle else str(self))


def _compact(value: object) -> str:
    """A figure of the law in one short piece of text (a table as compact JSON)."""
    import json  # noqa: PLC0415 - only a what-if's step and the HTML view need it

    data = plain(value)
    return data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _plain(value: object) -> str:
    """A JSON-safe cell as text: nested rows compactly, ``None`` as empty."""
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        import json  # noqa: PLC0415 - only the HTML view needs it

        return json.dumps(value, ensure_ascii=False)
    return str(value)


class Explanation:
    """What a calculator writes as it goes: steps, citations, notes and unmet conditions.

    ``use(parameter)`` reads a dated parameter on the day being computed and cites it.

    With ``explain=False`` (the lean mode of ``evaluate(..., explain=False)``) the explanation
    keeps only what decides the answer: steps, citations and notes are not recorded, while the
    unmet conditions (``reasons``) still are, so ``eligible`` and the amount are those of the full
    mode. A calculator may test :attr:`explaining` to skip building the text of a step.
    """

    def __init__(self, calculator: str, as_of: dt.date, *, timing: Timing | None = None, explain: bool = True) -> None:
        self.calculator = calculator
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
        self._used: dict[tuple[int, dt.date], tuple[Parameter[Any], Valued[Any]]] = {}
        self._on_as_of: dict[int, tuple[Parameter[Any], Valued[Any], dt.date]] = {}
        #: The what-ifs of this evaluation (read once: they cannot change while it runs).
        self.overrides: Mapping[str, Override] = active() or {}
        #: The payload's typed inputs, recorded in the result (set by the registry).
        self.inputs: object = None
        self._read: dict[tuple[str, dt.date, bool], ParameterUse] = {}
        self._law_values: dict[tuple[str, dt.date], object] = {}
        self._readings: dict[str, ReadingUse] = {}

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
        return self.read(parameter, on, field).value

    def read(
        self, parameter: "Parameter[T]", on: dt.date | None = None, field: str = "as_of", *, cite: bool = True
    ) -> "Valued[T]":
        """Like :meth:`use`, with the citation and the days in force: a what-if's value where one
        applies, cited by the provision that sets the law's figure. ``cite=False`` consults a figure
        without citing it (a text compared with another, not applied)."""
        if on is None:
            # The usual read, on the day being computed, again (once per bank): known by the
            # parameter's identity alone, without building the (parameter, day) key.
            known = self._on_as_of.get(id(parameter))
            if known is not None and known[0] is parameter and known[2] is self.as_of:
                if cite:
                    self.cite(known[1].citation)
                return known[1]
        day = self.as_of if on is None else on
        # A calculation reads the same parameter on the same day many times (once per bank, per
        # day of a loan): the value found is remembered. The entry holds the parameter itself, so
        # its id cannot be reused while the entry lives.
        key = (id(parameter), day)
        found = self._used.get(key)
        if found is None or found[0] is not parameter:
            valued = parameter.at(day, field)
            overridden = False
            override = self.overrides.get(parameter.name) if self.overrides else None
            if override is not None and override.parameter is parameter:
                replaced = override.read(valued, day)
                if replaced is not None:
                    self._law_values[parameter.name, replaced.since] = valued.value
                    # The provision is quoted as the law says it; the figure that replaces the
                    # law's is shown beside the quote (``Result._cited_lines``), never inside it.
                    valued = attrs.evolve(replaced, citation=valued.citation)
                    overridden = True
            found = (parameter, valued)
            self._used[key] = found
            use_key = (parameter.name, valued.since, overridden)
            if use_key not in self._read:
                self._read[use_key] = use_of(parameter.name, valued, overridden)
        result: Valued[T] = found[1]
        if on is None:
            self._on_as_of[id(parameter)] = (parameter, result, day)
        if cite:
            self.cite(result.citation)
        return result

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

    def packed_steps(self) -> Callable[[Pending], None] | None:
        """Where a calculator appends the steps it packs by hand (see :func:`.steps.positional`):
        ``None`` in lean mode, where no step is recorded."""
        return self.steps.append if self.explaining else None

    def reading(self, reading: Reading, *, alias: tuple[str, str | None] | None = None) -> str:
        """The option of ``reading`` in force for this evaluation (the caller's or the default),
        recorded in the result, lean or not, so that it can be replayed.

        ``alias`` is ``(field, option)`` when a payload field also chooses the option (``None``:
        the field leaves it to the reading); a field and ``readings`` choosing differently is
        ``invalid_reading`` on the field.
        """
        option = chosen(reading)
        field, named = alias if alias is not None else ("", None)
        if named is not None:
            caller = asked(reading)
            if caller is not None and caller != named:
                raise InputError.one(
                    field,
                    "invalid_reading",
                    f"{field} 选择了读法 {reading.code} 的选项 {named}，与 readings 中的 {caller} 不一致",
                    en=f"{field} chooses {named} for the reading {reading.code}, but readings chooses {caller}",
                )
            option = named
        if reading.code not in self._readings:
            self._readings[reading.code] = ReadingUse(reading.code, option, option == reading.default)
        return option

    def note_reading(self, reading: Reading, option: str, **figures: Any) -> None:
        """The note that explains the option used, in the reading's own words, naming the reading."""
        chosen_option = reading.option(option)
        message = chosen_option.note.format(**figures) if figures else chosen_option.note
        self.note(chosen_option.note_code, message, reading)

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
        for key in MONEY_KEYS:
            # Money is held as it is shown: to the fen (a capped 5000000 is 5000000.00).
            if isinstance(fields.get(key), Decimal):
                fields[key] = fen(fields[key])
        breakdown: Sequence[Mapping[str, Any]] = fields.pop("breakdown", ())
        ranking = fields.pop("ranking", None)
        if self.explaining and not self.citations:
            raise RuntimeError(f"{self.calculator} produced a result without a citation")
        steps = self.steps
        if self.overrides and self.explaining:
            steps = [self._hypothetical_step(), *steps]
        return Result(
            calculator=self.calculator,
            as_of=self.applied_on,
            event_date=self.event_date,
            decision_date=self.decision_date,
            calendar=tuple(frozen(self.calendar[year]) for year in sorted(self.calendar)) if self.calendar else (),
            citations=tuple(self.citations),
            steps=tuple(steps),
            notes=tuple(self.notes),
            reasons=tuple(self.reasons),
            breakdown=tuple(frozen(row) for row in breakdown) if breakdown else (),
            ranking=None if ranking is None else tuple(frozen(row) for row in ranking),
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
            (use.name, _compact(use.value), _compact(self._law_values.get((use.name, use.since)))) for use in replaced
        )
        return pending(
            "假设分析：以下法规参数为假设值：{figures:term[；]}",
            {"figures": [term("{name} = {value}（法规值 {law}）", name=n, value=v, law=w) for n, v, w in figures]},
        )
