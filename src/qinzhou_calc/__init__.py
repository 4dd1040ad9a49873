"""qinzhou-calc: four 2019 regulations of Qinzhou (钦州市) as exact, cited, typed calculators.

>>> import qinzhou_calc as qc
>>> qc.evaluate("techinno.contract_registration_subsidy",
...             {"registered_amount": "1000001", "as_of": "2020-06-30"}).to_dict()["amount"]
'5000.01'
"""

from typing import Any

from ._core import Citation, InputError, Note, Problem, Reason, Result, evaluate, evaluate_many, iter_evaluate
from ._core.registry import get, load_all

__all__ = [
    "Citation",
    "InputError",
    "Note",
    "Problem",
    "Reason",
    "Result",
    "__version__",
    "calculators",
    "evaluate",
    "evaluate_many",
    "iter_evaluate",
    "schema",
]

__version__ = "0.2.0"


def calculators() -> list[str]:
    """Every calculator's name, sorted."""
    return sorted(load_all())


def schema(name: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of calculator ``name``'s payload."""
    return get(name).schema()
