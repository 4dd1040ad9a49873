"""The table of documents and calculators, filled from each document's one declaration.

A document's package declares itself once (:class:`~.dated.Declaration`, as ``DECLARATION`` in its
``__init__.py``) and is registered by :func:`register_document`, by module or by name: a name is
imported when first needed, so that ``import qinzhou_calc`` loads no document and a calculation
loads only its own. Its calculators register themselves, by :func:`calculator`, when their module
is imported; the registry checks that the declaration lists them all. The catalogue, the CLI, the
web service and the documentation read their lists from here.
"""

import datetime as dt
import importlib
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from .calculator import Calculator, Example
from .crossfield import CrossFieldRule
from .errors import InputError
from .evaluation import Evaluation
from .reading import declare, declare_warning, loads_documents_with
from .result import Result
from .suggest import hint
from .timing import DecisionDefault, Event, today

if TYPE_CHECKING:
    from .dated import Declaration, Document, Parameter

__all__ = [
    "REGISTRY",
    "Calculator",
    "Example",
    "calculator",
    "declarations",
    "document_keys",
    "find_parameter",
    "get",
    "load_all",
    "parameter_names",
    "register_document",
    "today",
]

In = TypeVar("In")


def _today() -> dt.date:
    # Looked up on each call, so that a test that pins this module's ``today`` pins every calculation.
    return today()


REGISTRY: dict[str, Calculator[Any]] = {}

#: A document's key: the name of its package, the first part of its calculators' and figures' names.
_KEY = re.compile(r"[a-z][a-z0-9_]*")


@attrs.define
class _Entry:
    """A registered document: its package (by name until imported) and, once imported, its declaration."""

    module: str
    declaration: "Declaration | None" = None


#: The registered documents by key, in the order registered (the order every list shows them in).
_DOCUMENTS: dict[str, _Entry] = {}
#: Every figure of the loaded documents by name, sorted; rebuilt when a document loads.
_FIGURES: "dict[str, Parameter[Any]] | None" = None


def register_document(module: "ModuleType | str") -> None:
    """Register a document's package (or its importable name, imported when first needed).

    The package's ``__init__.py`` declares the document once, as ``DECLARATION``
    (:class:`~.dated.Declaration`); its name (the last part of a dotted name) is the document's key.
    Registering the same package again changes nothing; another package under a key already taken
    is a ``ValueError``.
    """
    name = module if isinstance(module, str) else module.__name__
    key = name.rpartition(".")[2]
    if not _KEY.fullmatch(key):
        raise ValueError(f"a document's key is a lower-case name: {key!r}")
    entry = _DOCUMENTS.setdefault(key, _Entry(name))
    if entry.module != name:
        raise ValueError(f"document {key!r} is already registered by {entry.module}")
    if not isinstance(module, str):
        _declare(key, entry)


def _declare(key: str, entry: _Entry) -> "Declaration":
    """The document's declaration, its package imported and its declaration checked the first time."""
    if entry.declaration is not None:
        return entry.declaration
    global _FIGURES  # noqa: PLW0603 - rebuilt from the declarations, once per document loaded
    declared: Declaration = importlib.import_module(entry.module).DECLARATION
    prefix = f"{key}."
    names = {calc.name for calc in declared.calculators}
    for calc in declared.calculators:
        if not calc.name.startswith(prefix) or REGISTRY.get(calc.name) is not calc:
            raise ValueError(f"{entry.module} declares {calc.name!r}, not a registered calculator of {key!r}")
    missing = sorted(name for name in REGISTRY if name.startswith(prefix) and name not in names)
    if missing:
        raise ValueError(f"{entry.module} does not declare its calculators {missing}")
    for figure in declared.figures():
        if not figure.name.startswith(prefix) or figure.name.count(".") != 2:
            raise ValueError(f"parameter {figure.name!r} is not named {key}.<topic>.<figure>")
    owners = [(r.code, r.document) for r in declared.readings] + [(w.code, w.document) for w in declared.warnings]
    for code, owner in owners:
        if owner != key:
            raise ValueError(f"{entry.module} declares {code!r} of the document {owner!r}")
    declare(*declared.readings)
    declare_warning(*declared.warnings)
    entry.declaration = declared
    _FIGURES = None
    return declared


def _load_by_key(key: str) -> None:
    """Load the registered document ``key`` (nothing if there is none), for a reading it declares."""
    entry = _DOCUMENTS.get(key)
    if entry is not None:
        _declare(key, entry)


loads_documents_with(_load_by_key)


def document_keys() -> list[str]:
    """The key of every registered document, in the order registered, without loading any."""
    return list(_DOCUMENTS)


def declarations() -> "dict[str, Declaration]":
    """Every registered document's declaration by key, in the order registered (each loaded)."""
    return {key: _declare(key, entry) for key, entry in list(_DOCUMENTS.items())}


def load_all() -> dict[str, Calculator[Any]]:
    """Every registered calculator, every registered document loaded."""
    declarations()
    return REGISTRY


def figures() -> "dict[str, Parameter[Any]]":
    """Every figure of the registered documents by name, sorted (``ValueError`` for a name given twice)."""
    global _FIGURES  # noqa: PLW0603 - built once, and again when a document is registered
    found = _FIGURES
    if found is None:
        found = {}
        for declared in declarations().values():
            for figure in declared.figures():
                if found.setdefault(figure.name, figure) is not figure:
                    raise ValueError(f"two parameters are named {figure.name!r}")
        found = _FIGURES = dict(sorted(found.items()))
    return found


def find_parameter(name: str) -> "Parameter[Any] | None":
    """The parameter of the law called ``name``, or ``None``."""
    return figures().get(name)


def parameter_names() -> list[str]:
    """The name of every parameter of the law, sorted."""
    return list(figures())


def calculator(
    name: str,
    inputs: type[In],
    *,
    title: str,
    document: "Document | None" = None,
    event: str | Callable[[In], Sequence[Event]] | None = None,
    examples: Iterable[Example] = (),
    decision_default: DecisionDefault = "today",
    rules: Iterable[CrossFieldRule] = (),
    columns: Mapping[str, tuple[str, str]] | None = None,
) -> Callable[[Callable[[In, Evaluation], Result]], Calculator[In]]:
    """Register ``compute`` as calculator ``name`` with typed ``inputs``.

    ``inputs`` must be an attrs class with optional ``as_of`` and ``decision_date`` fields;
    ``event`` names the date field whose day fixes the law (API.md, "Event dates"), or is a
    function giving a payload's events; ``decision_default`` is what the decision date is
    when not given (``event`` for fines); ``rules`` lists what the calculator checks across
    fields after reading (:mod:`~.crossfield`): a calculator whose events come from a function declares
    its :func:`~.crossfield.event_rule` there too; ``columns`` titles the keys of its ``breakdown`` rows.
    """
    fields = attrs.fields_dict(inputs)  # type: ignore[arg-type]
    for required in ("as_of", "decision_date"):
        if required not in fields:
            raise TypeError(f"{inputs.__name__} must have the field {required}")
    if isinstance(event, str) and event not in fields:
        raise TypeError(f"{inputs.__name__} has no event field {event!r}")

    def register(compute: Callable[[In, Evaluation], Result]) -> Calculator[In]:
        if name in REGISTRY:
            raise ValueError(f"calculator {name!r} is registered twice")
        calc = Calculator(
            name,
            title,
            inputs,
            compute,
            document,
            event,
            tuple(examples),
            decision_default,
            tuple(rules),
            dict(columns or {}),
            _today,
        )
        REGISTRY[name] = calc
        return calc

    return register


def get(name: object) -> Calculator[Any]:
    """The calculator called ``name``, or ``unknown_calculator``.

    A calculator named ``<document>.<name>`` is looked for in that document first: ``qinzhou-calc
    run`` on a techinno calculator need not load the other documents."""
    if isinstance(name, str) and name not in REGISTRY:
        entry = _DOCUMENTS.get(name.partition(".")[0])
        if entry is not None:
            _declare(name.partition(".")[0], entry)
    registry = REGISTRY if isinstance(name, str) and name in REGISTRY else load_all()
    if not isinstance(name, str) or name not in registry:
        shown = name[:80] if isinstance(name, str) else type(name).__name__
        zh, en = hint(name, registry)
        raise InputError.one(
            "$",
            "unknown_calculator",
            f"没有名为 {shown!r} 的计算器（qinzhou-calc list 列出全部）{zh}",
            en=f"no calculator named {shown!r}{en}",
        )
    return registry[name]
