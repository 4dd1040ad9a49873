"""A calculator called by name on one payload, with the caller's language, what-if figures and
readings put in place around it (many payloads: :mod:`.batches`)."""

import contextlib
from collections.abc import Mapping

from .errors import InputError
from .language import read_language, use_language
from .overrides import Override, applying, parse_overrides
from .reading import check_readings, choosing
from .registry import find_parameter, get, parameter_names
from .result import Result

__all__ = ["check_overrides", "evaluate", "language_of_call"]


def check_overrides(overrides: Mapping[str, object] | None) -> dict[str, Override]:
    """What-if ``overrides`` checked against the catalogue (``unknown_parameter``, ``invalid_override``)."""
    return parse_overrides(overrides, find_parameter, parameter_names) if overrides else {}


def language_of_call(lang: str | None) -> contextlib.AbstractContextManager[None]:
    """Messages in ``lang`` inside the block; an unknown ``lang`` is ``invalid_choice``."""
    if lang is not None:
        try:
            read_language(lang)
        except ValueError:
            raise InputError.one(
                "lang",
                "invalid_choice",
                f"语言应为 'zh' 或 'en'，收到 {str(lang)[:20]!r}",
                en="lang must be 'zh' or 'en'",
            ) from None
    return use_language(lang)


def evaluate(
    name: str,
    payload: Mapping[str, object],
    *,
    overrides: Mapping[str, object] | None = None,
    lang: str | None = None,
    explain: bool = True,
    readings: Mapping[str, object] | None = None,
) -> Result:
    """Evaluate calculator ``name`` on a JSON-like ``payload``. Raises only :class:`InputError`.

    ``overrides`` (``{parameter name: value or {"YYYY-MM-DD": value}}``) computes a what-if: the
    result is ``hypothetical`` and says which figures it replaced. ``lang`` (``"zh"`` or ``"en"``)
    is the language of the error messages for this call. ``explain=False`` is the lean mode: the
    same ``amount``, ``eligible`` and ``reasons``, without steps, citations or notes.
    ``readings`` (``{reading code: option}``) answers the law's open questions otherwise than by
    default (``qc.readings()`` lists them); the result lists every reading it depended on.
    """
    if lang is None and not overrides and not readings:
        # The plain call, the one made most often: no language, what-if or reading to put in place.
        return get(name).evaluate(payload, explain=explain)
    with language_of_call(lang):
        calc = get(name)
        checked = check_overrides(overrides)
        chosen = check_readings(readings)
        with applying(checked), choosing(chosen):
            return calc.evaluate(payload, explain=explain)
