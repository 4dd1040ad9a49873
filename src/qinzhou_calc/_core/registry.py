"""The table of documents and calculators, filled from each document's one declaration.

A document's package declares itself once (:class:`~.dated.Declaration`, as ``DECLARATION`` in its
``__init__.py``) and is registered by :func:`~.documents.register_document`, by module or by name;
its declaration is read and checked here when the document is first needed, so that a calculation
loads only its own document. Its calculators register themselves, by :func:`calculator`, when their
module is imported; the registry checks that the declaration lists them all. The catalogue, the
CLI, the web service and the documentation read their lists from here.
"""

import datetime as dt
import importlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from .crossfield import CrossFieldRule
from .definition import Calculator, Example
from .documents import registered
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
    "calculators",
    "declarations",
    "find_parameter",
    "get",
    "load_all",
    "parameter_names",
    "schema",
    "today",
]

In = TypeVar("In")


def _today() -> dt.date:
    # Looked up on each call, so that a test that pins this module's ``today`` pins every calculation.
    return today()


REGISTRY: dict[str, Calculator[Any]] = {}

#: The declaration of each document loaded, by key.
_DECLARED: "dict[str, Declaration]" = {}
#: Every figure of the loaded documents by name, sorted; rebuilt when a document loads.
_FIGURES: "dict[str, Parameter[Any]] | None" = None


def _declare(key: str) -> "Declaration":
    """The document's declaration, its package imported and its declaration checked the first time."""
    found = _DECLARED.get(key)
    if found is not None:
        return found
    global _FIGURES  # noqa: PLW0603 - rebuilt from the declarations, once per document loaded
    module = registered()[key]
    package = importlib.import_module(module) if isinstance(module, str) else module
    name = package.__name__
    declared: Declaration = package.DECLARATION
    prefix = f"{key}."
    names = {calc.name for calc in declared.calculators}
    for calc in declared.calculators:
        if not calc.name.startswith(prefix) or REGISTRY.get(calc.name) is not calc:
            raise ValueError(f"{name} declares {calc.name!r}, not a registered calculator of {key!r}")
    missing = sorted(other for other in REGISTRY if other.startswith(prefix) and other not in names)
    if missing:
        raise ValueError(f"{name} does not declare its calculators {missing}")
    for figure in declared.figures():
        if not figure.name.startswith(prefix) or figure.name.count(".") != 2:
            raise ValueError(f"parameter {figure.name!r} is not named {key}.<topic>.<figure>")
    owners = [(r.code, r.document) for r in declared.readings] + [(w.code, w.document) for w in declared.warnings]
    for code, owner in owners:
        if owner != key:
            raise ValueError(f"{name} declares {code!r} of the document {owner!r}")
    declare(*declared.readings)
    declare_warning(*declared.warnings)
    _DECLARED[key] = declared
    _FIGURES = None
    return declared


def _load_by_key(key: str) -> None:
    """Load the registered document ``key`` (nothing if there is none), for a reading it declares."""
    if key in registered():
        _declare(key)


loads_documents_with(_load_by_key)


def declarations() -> "dict[str, Declaration]":
    """Every registered document's declaration by key, in the order registered (each loaded)."""
    return {key: _declare(key) for key in list(registered())}


def load_all() -> dict[str, Calculator[Any]]:
    """Every registered calculator, every registered document loaded."""
    declarations()
    return REGISTRY


def calculators() -> list[str]:
    """Every calculator's name, sorted."""
    return sorted(load_all())


def schema(name: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of calculator ``name``'s payload."""
    return get(name).schema()


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
    found = REGISTRY.get(name) if type(name) is str else None
    if found is not None:  # once its document is loaded, as for every call but the first
        return found
    if isinstance(name, str) and name not in REGISTRY and name.partition(".")[0] in registered():
        _declare(name.partition(".")[0])
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
