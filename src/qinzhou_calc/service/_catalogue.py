"""The calculators and documents as every face lists them, from the one registry.

A face never keeps its own list of documents or languages: the documents come from
:func:`qinzhou_calc.documents` (each document's declaration), in its order, and the languages
from :data:`~.LANGUAGES`.
"""

from typing import Any

from .._core.definition import Calculator
from .._core.registry import get

__all__ = ["calculator"]


def calculator(name: object) -> Calculator[Any]:
    """The calculator called ``name``, loading only its document; an unknown name is
    ``InputError`` ``unknown_calculator``, with the name most likely meant."""
    return get(name)
