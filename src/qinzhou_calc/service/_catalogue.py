"""The calculators and documents as every face lists them, from the one registry.

A face never keeps its own list of documents or languages: the documents come from
:func:`qinzhou_calc.documents` (each document's declaration), in its order, and the languages
from :data:`~.LANGUAGES`.
"""

from typing import Any

from .._core.calculator import Calculator, Example
from .._core.registry import document_keys, get, load_all
from .._core.render import jsonable
from .._core.suggest import hint

__all__ = ["Calculator", "Example", "calculator", "document_keys", "hint", "jsonable", "load_all", "or_list"]


def calculator(name: object) -> Calculator[Any]:
    """The calculator called ``name``, loading only its document; an unknown name is
    ``InputError`` ``unknown_calculator``, with the name most likely meant."""
    return get(name)


def or_list(words: list[str], lang: str) -> str:
    """``a, b, c or d`` (``a、b、c 或 d`` in Chinese): a closed list of choices in a sentence."""
    if len(words) < 2:
        return "".join(words)
    if lang == "zh":
        return f"{'、'.join(words[:-1])} 或 {words[-1]}"
    return f"{', '.join(words[:-1])} or {words[-1]}"
