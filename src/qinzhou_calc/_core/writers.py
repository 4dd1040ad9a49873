"""The writers of a step written once per row of a table (once per bank of a ranking).

``Evaluation.step_each(template, **figures the same on every row)`` gives a function that writes the
step each time it is called with the other figures, by name: the template is compiled once, for
every evaluation, into a function generated for it that appends the pending step
``(template, figure, ...)`` (see :mod:`.steps`) in one expression, and the figures given once are
bound to it once per evaluation.
"""

import keyword
import string
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Final

from .steps import ATOMS, compile_template, field_names, snapshot

__all__ = ["TABLES", "WRITERS", "Table", "Writer", "Writers", "table", "writers"]

#: A step's writer: called with the figures that change from row to row, by name.
Writer = Callable[..., None]
#: The writers of a template with some figures given once: the names of those figures, then
#: ``bind(steps, **those figures)``, which gives the writer that appends each step to the list ``steps``,
#: and the writer that writes nothing (lean mode).
Writers = tuple[frozenset[str], Callable[..., Writer], Writer]
#: The writers of each template, as last asked for (:func:`writers`).
WRITERS: dict[str, Writers] = {}
_VARIANTS: dict[tuple[str, frozenset[str]], Writers] = {}

#: The tags that write only a number or a date: a figure shown under them is kept as it is.
_SCALAR_TAGS: Final = frozenset({"money", "score", "decimal", "decimal4", "about4", "percent", "iso", "day"})
#: How a figure is kept, from the lightest to the most careful (a figure named twice takes the later).
_KINDS: Final = ("scalar", "numbers", "checked", "joined")


def _kinds(template: str) -> dict[str, str]:
    """How each figure of ``template`` is kept: ``scalar`` (shown only under number or date tags:
    kept as it is), ``numbers`` (a sequence of them, joined: copied into a tuple), ``joined`` (any
    other sequence: each item snapshotted) or ``checked`` (anything else: snapshotted unless its type
    is immutable)."""
    kinds: dict[str, str] = {}
    for _, name, spec, _ in string.Formatter().parse(template):
        if name is None:
            continue
        tag, joined, _ = (spec or "").partition("[")
        scalar = tag in _SCALAR_TAGS
        kind = ("numbers" if scalar else "joined") if joined else "scalar" if scalar else "checked"
        kinds[name] = max(kinds.get(name, kind), kind, key=_KINDS.index)
    return kinds


def _plain_names(template: str, given: frozenset[str], what: str) -> tuple[str, ...]:
    """The fields of ``template`` (its tags checked), of which ``given`` must be some (``what`` says
    which, with ``{}`` for their names), each a plain name: a generated writer takes them as its
    parameters."""
    compile_template(template)  # the tags checked, the line's writer made
    names = field_names(template)
    if not given.issubset(names):
        raise ValueError(f"{what.format(sorted(given))} not the fields {names} of {template!r}")
    if any(keyword.iskeyword(name) or name.startswith("_") for name in names):
        raise ValueError(f"step figures must be plain names, not keywords or private names: {template!r}")
    return names


def writers(template: str, same: Iterable[str] = ()) -> Writers:
    """``template`` compiled, once, into the writers of a step written once per row of a table,
    kept in :data:`WRITERS` under the template.

    ``same`` names the figures given once for every row, when the writer is made: ``bind(steps,
    **their values)``; the writer takes the others as named parameters (a figure left out, misnamed
    or added is a ``TypeError`` at the call), and appends ``(template, figure, ...)`` to ``steps`` in the
    template's order, as :func:`pending` packs it: a figure shown only under a number or date tag is
    kept as it is, a joined sequence is copied into a tuple, any other figure is snapshotted unless
    its type is immutable.
    """
    given = frozenset(same)
    key = (template, given)
    known = _VARIANTS.get(key)
    if known is not None:
        WRITERS[template] = known
        return known
    names = _plain_names(template, given, "figures {} given once are")
    same = tuple(name for name in names if name in given)
    kinds = _kinds(template)
    each = [name for name in names if name not in same]
    checked = [name for name in each if kinds[name] == "checked"]
    joined = [name for name in each if kinds[name] == "joined"]
    kept = {"scalar": "{n}", "numbers": "_tuple({n})", "joined": "{n}", "checked": "{n}"}
    snapped = {**kept, "joined": "_sequence({n})", "checked": "_snapshot({n})"}
    fast = ", ".join(["_T", *(n if n in same else kept[kinds[n]].format(n=n) for n in names)])
    slow = ", ".join(["_T", *(n if n in same else snapped[kinds[n]].format(n=n) for n in names)])
    signature = f"*, {', '.join(each)}" if each else ""
    source = [
        "def make(_T, _A, _snapshot, _sequence, _tuple):",
        f"    def bind({', '.join(['_steps', '*', *same]) if same else '_steps'}):",
        # The figures given once are kept as every row's are, once.
        *(
            f"        {n} = {snapped[kinds[n]].format(n=n)}"
            if kinds[n] != "checked"
            else f"        {n} = {n} if type({n}) in _A else _snapshot({n})"
            for n in same
            if kinds[n] != "scalar"
        ),
        f"        def write({signature}):",
        *(f"            {n} = _tuple({n})" for n in joined),
    ]
    tests = [*(f"type({n}) in _A" for n in checked), *(f"_A.issuperset(map(type, {n}))" for n in joined)]
    if tests:
        source += [
            f"            if {' and '.join(tests)}:",
            f"                _steps.append(({fast},))",
            "            else:",
            f"                _steps.append(({slow},))",
        ]
    else:
        source.append(f"            _steps.append(({fast},))")
    source += [
        "        return write",
        f"    def ignore({signature}):",
        "        return None",
        "    return bind, ignore",
    ]
    scope: dict[str, Any] = {}
    exec(compile("\n".join(source), f"<step writer {template!r}>", "exec"), scope)
    made: Writers = (given, *scope["make"](template, ATOMS, snapshot, _sequence, tuple))
    _VARIANTS[key] = WRITERS[template] = made
    return made


#: A table's writer: ``write(steps, columns, same)`` appends the pending table of ``columns`` (a mapping
#: of sequences, one item per row) to the list ``steps``, with the figures ``same`` (a mapping) on
#: every row: one line per row when the steps are read.
Table = Callable[[list[Any], Mapping[str, Sequence[Any]], Mapping[str, Any]], None]
#: The writer of each template's table, as last asked for (:func:`table`).
TABLES: dict[str, Table] = {}
_TABLE_VARIANTS: dict[tuple[str, frozenset[str]], Table] = {}


def table(template: str, columns: Iterable[str]) -> Table:
    """``template`` compiled, once, into the writer of a whole table of its steps, one per row, kept
    in :data:`TABLES` under the template.

    ``columns`` names the figures that change from row to row; the writer, ``write(steps, columns,
    same)``, takes them as a mapping of sequences of one length (one item per row) and the others in
    the mapping ``same``, and appends the table as one pending step, ``(None, template, column, ...)``
    (see :mod:`.steps`), each figure kept as :func:`writers` keeps it. Columns or figures given that
    are not the template's (or a column of another length) are a ``ValueError``; columns other than
    those it was made for are handed to the writer for those columns.
    """
    given = frozenset(columns)
    key = (template, given)
    known = _TABLE_VARIANTS.get(key)
    if known is not None:
        TABLES[template] = known
        return known
    names = _plain_names(template, given, "columns {} are")
    kinds = _kinds(template)
    each = [name for name in names if name in given]
    same = [name for name in names if name not in given]
    if not each:
        raise ValueError(f"a table of {template!r} needs at least one column")
    keep = {"scalar": "{n}", "numbers": "_tuple({n})", "joined": "_sequence({n})"}
    source = [
        "def make(_T, _A, _snapshot, _sequence, _tuple, _map, _hash, _other):",
        "    def write(_steps, _columns, _same):",
        f"        if len(_columns) != {len(each)} or len(_same) != {len(same)}:",
        "            return _other(_steps, _columns, _same)",
        "        try:",
        *(f"            _c{k} = _columns[{n!r}]" for k, n in enumerate(each)),
        *(f"            {n} = _same[{n!r}]" for n in same),
        "        except KeyError:",
        "            return _other(_steps, _columns, _same)",
        *(
            [
                f"        if not {' == '.join(f'len(_c{k})' for k in range(len(each)))}:",
                "            return _other(_steps, _columns, _same, True)",
            ]
            if len(each) > 1
            else []
        ),
        # The figures given once are kept as every row's are, once.
        *(
            f"        {n} = {n} if type({n}) in _A else _snapshot({n})"
            if kinds[n] == "checked"
            else f"        {n} = {keep[kinds[n]].format(n=n)}"
            for n in same
            if kinds[n] != "scalar"
        ),
    ]
    # A column whose every item is hashable (immutable, as a step's figure must be) is kept as it is: a
    # snapshot keeps each such item as it is, or an equal tuple; any other column is snapshotted item by
    # item (a list copied into a tuple, a dict refused). A joined figure is a tuple first.
    tested = [k for k, n in enumerate(each) if kinds[n] in ("checked", "joined")]
    # Each column is copied into a tuple once (the caller's list may change afterwards), a joined
    # figure's items each a tuple too; the copies are what the hash tests and the table keeps.
    for k, n in enumerate(each):
        copied = "_tuple(_map(_tuple, _c{k}))" if kinds[n] in ("numbers", "joined") else "_tuple(_c{k})"
        source.append(f"        _c{k} = {copied.format(k=k)}")
    if tested:
        items = ", ".join(f"_c{k}" for k in tested)
        source += ["        try:", f"            _hash({items if len(tested) == 1 else f'({items})'})"]
        source += ["        except TypeError:"]
        snap = {"checked": "_snapshot", "joined": "_sequence"}
        source += [f"            _c{k} = _tuple(_map({snap[kinds[each[k]]]}, _c{k}))" for k in tested]
    # The table waits to be written as one pending step (see :mod:`.steps`): ``None``, the template, then
    # a column per figure in the template's order, a figure given once repeated on every row.
    figures = [f"_c{each.index(n)}" if n in given else f"({n},) * _n" for n in names]
    source += [
        "        _n = len(_c0)",
        "        if _n:",
        f"            _steps.append((None, _T, {', '.join(figures)}))",
        "    return write",
    ]

    def other(
        steps: list[Any], found: Mapping[str, Sequence[Any]], figures: Mapping[str, Any], uneven: bool = False
    ) -> None:
        """The writer of the columns ``found``, if they are not this one's; else what is wrong."""
        if uneven:
            raise ValueError(f"the columns {sorted(found)} of a table of {template!r} differ in length")
        if found.keys() != given:
            table(template, found)(steps, found, figures)
            return
        raise ValueError(
            f"figures {sorted(figures)} given once are not the fields {sorted(same)} of {template!r} "
            f"beside its columns {sorted(given)}"
        )

    scope: dict[str, Any] = {}
    exec(compile("\n".join(source), f"<step table {template!r}>", "exec"), scope)
    made: Table = scope["make"](template, ATOMS, snapshot, _sequence, tuple, map, hash, other)
    _TABLE_VARIANTS[key] = TABLES[template] = made
    return made


def _sequence(value: object) -> object:
    """A joined figure as the step keeps it: a tuple, each item snapshotted (at once when every
    item's type is immutable)."""
    if isinstance(value, (list, tuple)):
        items = tuple(value)
        if ATOMS.issuperset(map(type, items)):
            return items
        return tuple(map(snapshot, items))
    return snapshot(value)
