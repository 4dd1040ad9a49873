"""qinzhou-calc: four 2019 regulations of Qinzhou (钦州市) as exact, cited, typed calculators.

>>> import qinzhou_calc as qc
>>> qc.evaluate("techinno.contract_registration_subsidy",
...             {"registered_amount": "1000001", "as_of": "2020-06-30"}).to_dict()["amount"]
'5000.01'

Each public name lives in the module that does its work; :data:`_MODULE_OF` says which, and the
module is imported when the name is first asked for (``qc.evaluate``, or ``from qinzhou_calc import
evaluate``), so that ``import qinzhou_calc`` costs little and a script or a command loads only what
it uses. This table is the package's one place of deferral: every other import sits at the top of
the module that needs it.
"""

from typing import TYPE_CHECKING, Any

from ._core.documents import register_document
from ._core.frontdoor import answer

if TYPE_CHECKING:
    from ._core.batches import evaluate_many, iter_evaluate
    from ._core.calls import evaluate
    from ._core.catalogue import documents, parameter, parameters
    from ._core.documents import document_keys
    from ._core.errors import InputError, Problem
    from ._core.fileio import evaluate_file
    from ._core.language import get_language, set_language
    from ._core.law import Citation
    from ._core.registry import calculators, schema
    from ._core.result import Note, Reason, Result
    from ._readings import compare_readings, readings
    from ._report import Report
    from ._result_schema import result_schema
    from ._verify import verify
    from ._vocabulary import profile_schema
    from .profiles import check, subjects

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

#: The module that defines each public name (``__version__`` and ``register_document`` are here).
_MODULE_OF: dict[str, str] = {
    "Citation": "qinzhou_calc._core.law",
    "InputError": "qinzhou_calc._core.errors",
    "Note": "qinzhou_calc._core.result",
    "Problem": "qinzhou_calc._core.errors",
    "Reason": "qinzhou_calc._core.result",
    "Report": "qinzhou_calc._report",
    "Result": "qinzhou_calc._core.result",
    "calculators": "qinzhou_calc._core.registry",
    "check": "qinzhou_calc.profiles",
    "compare_readings": "qinzhou_calc._readings",
    "document_keys": "qinzhou_calc._core.documents",
    "documents": "qinzhou_calc._core.catalogue",
    "evaluate": "qinzhou_calc._core.calls",
    "evaluate_file": "qinzhou_calc._core.fileio",
    "evaluate_many": "qinzhou_calc._core.batches",
    "get_language": "qinzhou_calc._core.language",
    "iter_evaluate": "qinzhou_calc._core.batches",
    "parameter": "qinzhou_calc._core.catalogue",
    "parameters": "qinzhou_calc._core.catalogue",
    "profile_schema": "qinzhou_calc._vocabulary",
    "readings": "qinzhou_calc._readings",
    "result_schema": "qinzhou_calc._result_schema",
    "schema": "qinzhou_calc._core.registry",
    "set_language": "qinzhou_calc._core.language",
    "subjects": "qinzhou_calc.profiles",
    "verify": "qinzhou_calc._verify",
}

# The documents this package ships, in the order every list shows them; each package declares
# itself in its ``__init__.py`` and is imported when first needed. A fifth document is one line more.
register_document("qinzhou_calc.education")
register_document("qinzhou_calc.roads")
register_document("qinzhou_calc.techinno")
register_document("qinzhou_calc.banking")


def __getattr__(name: str) -> Any:
    """A public name, its module imported the first time it is asked for (PEP 562)."""
    return answer(__name__, globals(), _MODULE_OF, name)


def __dir__() -> list[str]:
    return list(__all__)
