"""A step of the arithmetic, kept as a template and its figures, and written out only when read.

A calculator writes a step as the law's arithmetic, with each figure named and tagged with how it
is shown::

    ex.step("{rate:decimal} 元/m² × {area:decimal} m² = {amount:money} 元", rate=rate, area=area, amount=amount)

The figures are kept as they are (a ``Decimal``, a date, a count, a text); the line is written
out when someone reads the steps (``Result.steps``, ``to_dict()``, ``str(result)``). A result
whose steps nobody reads (an amount-only read, a batch) never formats them.

The tags (after the colon) are a closed set, those of :data:`FORMATS`:

- ``money``: two decimals, half-up to the fen (``fmt_money``);
- ``score``: a score, two decimals (the same writing as money);
- ``decimal``: a rate, an area, a share, without exponent or trailing zeros (``fmt_decimal``);
- ``decimal4``: the same, half-up to at most four decimals (a long quotient shown short);
- ``about4``: ``（约）`` when ``decimal4`` does not write the figure exactly, else nothing
  (``{float:decimal4}%{float:about4}``);
- ``percent``: a rate as a percentage, the same way (``0.005`` is written ``0.5``, for ``… %``);
- ``iso``: a date or a date-time in ISO form (``2020-01-02``, ``2020-01-02T08:30:00``);
- ``day``: a date with its weekday, ``2019-09-29（周日）``;
- ``term``: a piece of the step written with :func:`term` (one term of a sum, say);
- no tag: the value's own ``str`` (a count, a name, a date ``2020-01-02``, a date-time
  ``2020-01-02 08:30:00``).

``{name:money[ + ]}`` writes each figure of a sequence and joins them with the text between the
brackets (``" + "`` here).

A figure is snapshotted when the step is written: it must be an immutable value (a number, a
date, a text, a frozen record: anything hashable), and a list or tuple is copied into a tuple.
Changing a caller's list afterwards does not change the step; a dict or a set is refused
(``TypeError``), as it could not be kept as it was.

A step written once per row of a table (once per bank of a ranking) is given to a writer made
once (:mod:`.writers`, through ``Evaluation.step_each``): the figures the same on every row are
given when it is made, the others by name at each call.

A step waiting to be written is a plain tuple, ``(template, figure, ...)``, the figures in the
order the template first names them: numbers, dates and texts hold no reference the garbage
collector must follow, so a batch that keeps a million results does not make every collection
walk a million more objects. It pickles as such, and is written out in any process. A table of
steps (``Evaluation.step_table``) waits as one tuple, ``(None, template, column, ...)``, a column of
figures per field of the template (a figure the same on every row repeated), and is written out as
one line per row.

Writing out happens outside the library's decimal context, so every formatter reads the figures
through :data:`~qinzhou_calc._core.money.CONTEXT` (or needs no context at all): a caller's
decimal context never changes a step's text.
"""

import datetime as dt
import string
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from itertools import chain
from typing import Any, Final

from .money import CONTEXT, fmt_decimal, fmt_money, round_to

__all__ = [
    "ATOMS",
    "COMPILED",
    "FORMATS",
    "POSITIONAL",
    "Pending",
    "compile_template",
    "field_names",
    "pending",
    "positional",
    "snapshot",
    "term",
    "texts",
    "write",
]

#: A step waiting to be written: its template, then its figures in the template's order.
Pending = tuple[Any, ...]

_WEEKDAYS = "一二三四五六日"
_FOUR_PLACES = Decimal("0.0001")


def _decimal4(value: Decimal) -> str:
    return fmt_decimal(round_to(value, _FOUR_PLACES))


def _percent(value: Decimal) -> str:
    return fmt_decimal(value.scaleb(2, CONTEXT))


def _about4(value: Decimal) -> str:
    return "" if round_to(value, _FOUR_PLACES) == value else "（约）"


def _iso(value: dt.date) -> str:
    return value.isoformat()


def _day(value: dt.date) -> str:
    return f"{value.isoformat()}（周{_WEEKDAYS[value.weekday()]}）"


def write(step: str | Pending) -> str:
    """The line of ``step``: a text as it is, a pending step written out from its template."""
    if type(step) is str:
        return step
    template = step[0]
    compiled = COMPILED.get(template)
    return (compiled or compile_template(template))[0](*step)


#: How each tag writes a figure.
FORMATS: Final[Mapping[str, Callable[[Any], str]]] = {
    "": str,
    "money": fmt_money,
    "score": fmt_money,
    "decimal": fmt_decimal,
    "decimal4": _decimal4,
    "about4": _about4,
    "percent": _percent,
    "iso": _iso,
    "day": _day,
    "term": write,
}

#: The text of a figure under a tag whose text depends only on the number (1.5 and 1.50 are written
#: alike), kept once written: the figures a ranking repeats thousands of times (a base of 4, a step
#: of 0.1, the same scores) are formatted once. Zero is never kept (0 and -0 are equal but may be
#: written differently), nor anything but a finite Decimal; each table holds at most
#: :data:`_TEXTS_MAX` figures.
_TEXTS: Final[dict[str, dict[Decimal, str]]] = {}
_TEXTS_MAX = 4096


def _kept(tag: str) -> tuple[dict[Decimal, str], Callable[[Any], str]]:
    """The table of texts of ``tag`` and the formatter that fills it (see :data:`_TEXTS`)."""
    formatter = FORMATS[tag]
    texts = _TEXTS.setdefault(tag, {})

    def written(value: Any) -> str:
        text = texts.get(value)
        if text is None:
            text = formatter(value)
            if type(value) is Decimal and value and value.is_finite() and len(texts) < _TEXTS_MAX:
                texts[value] = text
        return text

    return texts, written


#: The tags whose text is kept (see :data:`_TEXTS`).
_KEPT_TAGS: Final = frozenset({"money", "score", "decimal", "decimal4", "percent"})


#: A template compiled: a function that writes the line from a pending step (the template, then
#: the figures), and one that packs a step's figures into a pending step.
Render = Callable[..., str]
Pack = Callable[[Mapping[str, Any]], Pending]
COMPILED: dict[str, tuple[Render, Pack]] = {}


def compile_template(template: str) -> tuple[Render, Pack]:
    """``template`` read once into two functions, generated for it: one that writes its line (as
    fast as the f-string it replaces) and one that packs the figures named in a call into a
    pending step (as fast as writing the tuple by hand). A field's tag must be one of
    :data:`FORMATS` (``ValueError`` otherwise: a programming error, found when the step is first
    written)."""
    known = COMPILED.get(template)
    if known is not None:
        return known
    # The generated source holds only generated identifiers (L0, F1, a2...) and the figures' names
    # (checked to be identifiers, quoted with repr); the literal text, the formatters and the
    # template are passed in as values, never as source.
    values: dict[str, object] = {"T": template, "A": ATOMS, "snapshot": snapshot, "mismatch": _mismatch}
    pieces: list[str] = []
    names: list[str] = []
    for i, (literal, name, spec, conversion) in enumerate(string.Formatter().parse(template)):
        if literal:
            values[f"L{i}"] = literal
            pieces.append(f"{{L{i}}}")
        if name is None:
            continue
        if not name.isidentifier() or conversion is not None:
            raise ValueError(f"step field {{{name}}} must be a plain name with a tag: {template!r}")
        tag, joiner = spec or "", None
        if tag.endswith("]") and "[" in tag:
            tag, _, rest = tag.partition("[")
            joiner = rest[:-1]
        formatter = FORMATS.get(tag)
        if formatter is None:
            raise ValueError(f"unknown step tag {tag!r} in {template!r} (known: {', '.join(sorted(FORMATS))})")
        if name not in names:
            names.append(name)
        figure = f"a{names.index(name)}"
        values[f"F{i}"] = formatter
        if tag in _KEPT_TAGS:
            values[f"C{i}"], values[f"F{i}"] = _kept(tag)
        if joiner is None:
            pieces.append(f"{{C{i}.get({figure}) or F{i}({figure})}}" if tag in _KEPT_TAGS else f"{{F{i}({figure})}}")
        else:
            values[f"J{i}"] = joiner
            if tag in _KEPT_TAGS:
                pieces.append(f"{{J{i}.join([C{i}.get(x) or F{i}(x) for x in {figure}])}}")
            else:
                pieces.append(f"{{J{i}.join(map(F{i}, {figure}))}}")
    declared = POSITIONAL.get(template)
    if declared is not None and declared != tuple(names):
        raise ValueError(f"step packed by hand as {declared} but its template names {tuple(names)}: {template!r}")
    figures = [f"a{k}" for k in range(len(names))]
    atoms = " and ".join(f"type({a}) in A" for a in figures) or "True"
    source = [
        f"def make({', '.join(values)}):",
        f"    def render({', '.join(['_template', *figures])}):",
        f'        return f"{"".join(pieces)}"',
        "    def pack(f):",
        f"        if len(f) != {len(names)}:",
        "            mismatch(T, f)",
        "        try:",
        *(f"            {a} = f[{name!r}]" for a, name in zip(figures, names, strict=True)),
        "        except KeyError:",
        "            mismatch(T, f)",
        f"        if {atoms}:",
        f"            return ({', '.join(['T', *figures])},)",
        f"        return ({', '.join(['T', *(f'snapshot({a})' for a in figures)])},)",
        "    return render, pack",
    ]
    scope: dict[str, Any] = {}
    exec(compile("\n".join(source), f"<step {template!r}>", "exec"), scope)
    made: tuple[Render, Pack] = scope["make"](**values)
    COMPILED[template] = made
    return made


#: Templates a calculator packs by hand, with the names of their figures in the packed order.
POSITIONAL: dict[str, tuple[str, ...]] = {}


def positional(template: str, /, *names: str) -> str:
    """``template``, declared to be packed by hand: a step written thousands of times a case (once
    per bank of a ranking) is appended as the pending tuple itself, ``(template, figure, ...)``,
    without the call that names each figure. ``names`` are its figures in the packed order, which
    must be the order the template first names them: :func:`compile_template` checks it when the
    template is first written (``ValueError``), and a test checks every declaration. The figures
    packed by hand must already be immutable (numbers, dates, texts, tuples of them): they are
    kept as they are, not snapshotted."""
    POSITIONAL[template] = names
    return template


def field_names(template: str) -> tuple[str, ...]:
    """The figures ``template`` names, in the order it first names them (the order of a pending step)."""
    names: list[str] = []
    for _, name, _, _ in string.Formatter().parse(template):
        if name is not None and name not in names:
            names.append(name)
    return tuple(names)


def _mismatch(template: str, figures: Mapping[str, Any]) -> None:
    fields = sorted({name for _, name, _, _ in string.Formatter().parse(template) if name})
    raise ValueError(f"step figures {sorted(figures)} do not match the fields {fields} of {template!r}")


#: Values kept as they are without a look: immutable by their type.
ATOMS: Final = frozenset({str, int, bool, Decimal, dt.date, dt.datetime, type(None)})
_TUPLE: Final = frozenset({tuple})


def snapshot(value: object) -> object:
    """``value`` as the step keeps it: itself if immutable, a list or tuple as a tuple of
    snapshots; a mutable value that cannot be copied (a dict, a set) is a ``TypeError``."""
    if type(value) in ATOMS:
        return value
    if type(value) is tuple and (
        ATOMS.issuperset(map(type, value))
        or (_TUPLE.issuperset(map(type, value)) and ATOMS.issuperset(map(type, chain.from_iterable(value))))
    ):
        # A tuple of immutable values, or of pending steps (the terms of a sum), is kept as it is.
        return value
    if isinstance(value, (list, tuple)):
        return tuple(snapshot(item) for item in value)
    try:
        hash(value)
    except TypeError:
        raise TypeError(f"a step's figure must be an immutable value, not {type(value).__name__}") from None
    return value


def pending(template: str, figures: Mapping[str, Any]) -> Pending:
    """The step ``template`` with ``figures``, waiting to be written: every field's figure given
    and no other (``ValueError`` otherwise), each snapshotted."""
    compiled = COMPILED.get(template)
    return (compiled or compile_template(template))[1](figures)


def term(template: str, /, **figures: Any) -> Pending:
    """A piece of a step (one term of a sum, say), written out with the step that names it
    under the tag ``term``: ``ex.step("({terms:term[ + ]}) ÷ 360", terms=[term("{amount:money} 元 × {days} 天",
    amount=..., days=...), ...])``."""
    return pending(template, figures)


def texts(steps: Iterable[str | Pending]) -> tuple[str, ...]:
    """The lines of ``steps``, each written out (as :func:`write` writes it)."""
    lines: list[str] = []
    add = lines.append
    known = COMPILED.get
    for step in steps:
        if type(step) is str:
            add(step)
        elif step[0] is None:
            # A table: one line per row, the row's figures taken from each column in turn.
            template = step[1]
            line = (known(template) or compile_template(template))[0]
            lines += [line(template, *row) for row in zip(*step[2:], strict=True)]
        else:
            add((known(step[0]) or compile_template(step[0]))[0](*step))
    return tuple(lines)
