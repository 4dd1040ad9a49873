"""The writers of a step written once per row of a table (once per bank of a ranking).

``Evaluation.step_each(template, **figures the same on every row)`` gives a function that writes the
step each time it is called with the other figures, by name: the template is compiled once, for
every evaluation, into a function generated for it that appends the pending step
``(template, figure, ...)`` (see :mod:`.steps`) in one expression, and the figures given once are
bound to it once per evaluation.
"""

from collections.abc import Callable, Iterable
from typing import Any, Final

from .steps import ATOMS, compile_template, field_names, snapshot

__all__ = ["WRITERS", "Writer", "Writers", "writers"]

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
    import string  # noqa: PLC0415 - once per template, not with the library

    kinds: dict[str, str] = {}
    for _, name, spec, _ in string.Formatter().parse(template):
        if name is None:
            continue
        tag, joined, _ = (spec or "").partition("[")
        scalar = tag in _SCALAR_TAGS
        kind = ("numbers" if scalar else "joined") if joined else "scalar" if scalar else "checked"
        kinds[name] = max(kinds.get(name, kind), kind, key=_KINDS.index)
    return kinds


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
    import keyword  # noqa: PLC0415 - once per template, not with the library

    compile_template(template)  # the tags checked, the line's writer made
    names = field_names(template)
    if not given.issubset(names):
        raise ValueError(f"figures {sorted(given)} given once are not the fields {names} of {template!r}")
    same = tuple(name for name in names if name in given)
    if any(keyword.iskeyword(name) or name.startswith("_") for name in names):
        raise ValueError(f"step figures must be plain names, not keywords or private names: {template!r}")
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


def _sequence(value: object) -> object:
    """A joined figure as the step keeps it: a tuple, each item snapshotted (at once when every
    item's type is immutable)."""
    if isinstance(value, (list, tuple)):
        items = tuple(value)
        if ATOMS.issuperset(map(type, items)):
            return items
        return tuple(map(snapshot, items))
    return snapshot(value)
