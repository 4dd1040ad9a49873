"""The readings of the law as a caller sees them: the list (``qc.readings()``) and the comparison of
one case under each option of each reading it depends on (``qc.compare_readings()``)."""

from collections.abc import Mapping
from typing import Any

from ._core import InputError, Result, evaluate
from ._core.catalogue import check_document
from ._core.language import get_language, use_language
from ._core.reading import check_readings, find_reading, readings_of
from ._core.registry import load_all

__all__ = ["OUTCOME_KEYS", "compare_readings", "outcome_of", "readings"]

#: The keys of ``Result.to_dict()`` that carry the answer, as a comparison shows them.
OUTCOME_KEYS = ("eligible", "amount", "minimum", "maximum", "deadline", "score", "count")


def readings(document: str | None = None, lang: str | None = None) -> list[dict[str, Any]]:
    """Every reading of the law (of one document, by its key), sorted by code (API.md, "Readings");
    a key that names no document and no declared reading is ``InputError`` ``invalid_choice``."""
    load_all()
    found = readings_of(document)
    if not found:
        check_document(document)
    with use_language(lang):
        language = get_language()
    return [reading.to_dict(language) for reading in found]


def outcome_of(result: Result | InputError) -> dict[str, Any]:
    """The answer of one evaluation: the outcome keys of its result, or its error."""
    if isinstance(result, InputError):
        return {"error": result.to_dict()["error"]}
    data = result.to_dict()
    return {key: data[key] for key in OUTCOME_KEYS}


def compare_readings(
    name: str,
    payload: Mapping[str, object],
    *,
    overrides: Mapping[str, object] | None = None,
    lang: str | None = None,
    readings: Mapping[str, object] | None = None,
) -> list[dict[str, Any]]:
    """The outcome of one case under each option of each reading it depends on.

    The case is evaluated once as given (the defaults, or ``readings``), which says which readings
    it depends on; then once per other option of each of them, the other readings kept as given.
    An option that makes the case invalid has ``"error"`` in its outcome. Raises
    :class:`InputError` when the case itself is invalid as given.
    """
    base = check_readings(readings)
    first = evaluate(name, payload, overrides=overrides, lang=lang, readings=base)
    with use_language(lang):
        language = get_language()
    table: list[dict[str, Any]] = []
    for used in first.readings:
        reading = find_reading(used.code)
        if reading is None:  # pragma: no cover - a result names only declared readings
            continue
        options = []
        for option in reading.options:
            if option.key == used.option:
                outcome = outcome_of(first)
            else:
                try:
                    other = evaluate(
                        name, payload, overrides=overrides, lang=lang, readings={**base, used.code: option.key}
                    )
                except InputError as error:
                    outcome = outcome_of(error)
                else:
                    outcome = outcome_of(other)
            options.append(
                {
                    "key": option.key,
                    "summary": option.to_dict(language)["summary"],
                    "default": option.key == reading.default,
                    "used": option.key == used.option,
                    "outcome": outcome,
                }
            )
        question = reading.question_en if language == "en" else reading.question
        table.append({"code": reading.code, "question": question, "options": options})
    return table
