"""“是否想写……？” (did you mean): the known name nearest to one that is not known.

One place for every face: an unknown calculator, an unknown payload field, a value that is not one
of the choices, an unknown parameter of the law. The library's messages, and through them HTTP's,
and the command line's own usage errors all append what :func:`hint` gives.
"""

import difflib
from collections.abc import Iterable

__all__ = ["hint", "nearest"]

#: How alike two names must be (difflib's ratio) to be offered: a slip of a letter or two in a
#: name of ordinary length, not a different word.
CUTOFF = 0.75

#: A word this long at least may stand for the one name it begins.
_SHORTEST = 4

#: Names longer than this are not compared (difflib's cost grows with the product of the lengths).
_LONGEST = 80


def nearest(word: object, known: Iterable[object]) -> str | None:
    """The one known name ``word`` most likely meant, or ``None``.

    Found, in this order: the same name in another case; a dotted name given without its prefix
    (``contract_registration_subsidy`` for ``techinno.contract_registration_subsidy``), when only
    one name ends so; the one name ``word`` begins (``education.new_build.rate`` for
    ``….rate_per_m2``); a name spelt alike. Dotted names are compared among those of the same
    prefix, by their last part, so that a long shared prefix does not make unlike names look alike.
    """
    if not isinstance(word, str) or not word or len(word) > _LONGEST:
        return None
    names = [name for name in known if isinstance(name, str) and name and name != word and len(name) <= _LONGEST]
    lowered = word.lower()
    for name in names:
        if name.lower() == lowered:
            return name
    tails: dict[str, list[str]] = {}
    for name in names:
        if "." in name:
            tails.setdefault(name.rpartition(".")[2], []).append(name)
    if len(tails.get(word, ())) == 1:
        return tails[word][0]
    prefix, dot, tail = word.rpartition(".")
    siblings = [name for name in names if name.startswith(prefix + dot)] if dot else names
    if dot and not siblings:
        siblings, prefix, dot, tail = names, "", "", word
    longer = [name for name in siblings if name.startswith(word)]
    if len(longer) == 1 and len(word) >= _SHORTEST:
        return longer[0]
    parts = {name[len(prefix + dot) :]: name for name in siblings}
    close = difflib.get_close_matches(tail, list(parts), n=1, cutoff=CUTOFF)
    if close:
        return parts[close[0]]
    if not dot:
        unique = [t for t, full in tails.items() if len(full) == 1]
        close = difflib.get_close_matches(word, unique, n=1, cutoff=CUTOFF)
        if close:
            return tails[close[0]][0]
    return None


def hint(word: object, known: Iterable[object]) -> tuple[str, str]:
    """The Chinese and the English sentence to append to a message (``""`` each when nothing is near):
    ``；是否想写 'registered_amount'？`` and ``; did you mean 'registered_amount'?``."""
    found = nearest(word, known)
    if found is None:
        return "", ""
    return f"；是否想写 {found!r}？", f"; did you mean {found!r}?"
