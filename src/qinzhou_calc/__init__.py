"""qinzhou-calc: four 2019 regulations of Qinzhou (钦州市) as exact, cited, typed calculators.

>>> import qinzhou_calc as qc
>>> qc.evaluate("techinno.contract_registration_subsidy",
...             {"registered_amount": "1000001", "as_of": "2020-06-30"}).to_dict()["amount"]
'5000.01'
"""

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._core import Citation, InputError, Note, Problem, Reason, Result, evaluate, evaluate_many, iter_evaluate
from ._core.catalogue import documents, parameter, parameters
from ._core.fileio import evaluate_file as _run_file
from ._core.language import get_language, set_language
from ._core.registry import document_keys, get, load_all, register_document
from ._readings import compare_readings as _compare
from ._readings import readings as _listed
from ._result_schema import result_schema as _schema_of_result
from ._verify import verify as _replay
from .profiles import Report, check, profile_schema, subjects

if TYPE_CHECKING:
    import os
    from typing import IO

    from ._core.batchfile import FileReport
    from ._verify import Verification

__all__ = [
    "Citation",
    "InputError",
    "Note",
    "Problem",
    "Reason",
    "Report",
    "Result",
    "__version__",
    "calculators",
    "check",
    "compare_readings",
    "document_keys",
    "documents",
    "evaluate",
    "evaluate_file",
    "evaluate_many",
    "get_language",
    "iter_evaluate",
    "parameter",
    "parameters",
    "profile_schema",
    "readings",
    "register_document",
    "result_schema",
    "schema",
    "set_language",
    "subjects",
    "verify",
]

__version__ = "0.2.0"

# The documents this package ships, in the order every list shows them; each package declares
# itself in its ``__init__.py`` and is imported when first needed. A fifth document is one line more.
register_document("qinzhou_calc.education")
register_document("qinzhou_calc.roads")
register_document("qinzhou_calc.techinno")
register_document("qinzhou_calc.banking")


def calculators() -> list[str]:
    """Every calculator's name, sorted."""
    return sorted(load_all())


def schema(name: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of calculator ``name``'s payload."""
    return get(name).schema()


def readings(document: str | None = None, lang: str | None = None) -> list[dict[str, Any]]:
    return _listed(document, lang)


def compare_readings(
    name: str,
    payload: Mapping[str, object],
    *,
    overrides: Mapping[str, object] | None = None,
    lang: str | None = None,
    readings: Mapping[str, object] | None = None,
) -> list[dict[str, Any]]:
    return _compare(name, payload, overrides=overrides, lang=lang, readings=readings)


def result_schema() -> dict[str, Any]:
    return _schema_of_result()


def verify(stored: Mapping[str, Any]) -> "Verification":
    """Evaluate a stored ``Result.to_dict()`` again from its ``inputs`` and report any difference."""
    return _replay(stored)


def evaluate_file(
    name: str,
    source: "str | os.PathLike[str] | IO[bytes] | IO[str]",
    target: "str | os.PathLike[str] | IO[bytes] | IO[str]",
    workers: int = 1,
    lean: bool = False,
    *,
    overrides: Mapping[str, object] | None = None,
    lang: str | None = None,
    readings: Mapping[str, object] | None = None,
) -> "FileReport":
    """JSON Lines (or a JSON array) from ``source``, one JSON line per case to ``target``, in order.

    Each line is ``{"result": …}`` or ``{"error": …, "line": N}`` (``"item": N`` in a JSON array).
    ``workers=N``: N processes parse, evaluate and write the cases, chunk by chunk, and the output is
    byte for byte that of ``workers=1``; ``lean=True``: no steps, citations or notes (the same
    amounts). Returns how many cases were written and which were bad input."""
    return _run_file(
        name, source, target, workers=workers, lean=lean, overrides=overrides, lang=lang, readings=readings
    )
