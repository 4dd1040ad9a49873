"""Calculators called by name on many payloads: a list, a stream, a chunk of a batch in a worker
process, each with the caller's language and what-if figures put in place around it (one payload:
:mod:`.calls`)."""

import functools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from .calls import check_overrides, language_of_call
from .definition import Calculator
from .errors import InputError
from .language import get_language, use_language
from .overrides import Override, applying
from .parallel import check_workers, evaluate_in_processes
from .reading import check_readings, choosing
from .registry import get
from .result import Result
from .transport import Packed, pack

__all__ = ["evaluate_chunk", "evaluate_chunk_packed", "evaluate_many", "iter_evaluate"]


def _light(error: InputError) -> InputError:
    """The error without its traceback and chained exceptions, so a long batch of bad rows keeps
    only the problems alive, not the frames that found them."""
    error.__traceback__ = None
    error.__context__ = None
    error.__cause__ = None
    return error


def iter_evaluate(
    name: str,
    payloads: Iterable[Mapping[str, object]],
    *,
    overrides: Mapping[str, object] | None = None,
    lang: str | None = None,
    explain: bool = True,
    workers: int | None = None,
    readings: Mapping[str, object] | None = None,
) -> Iterator[Result | InputError]:
    """Like :func:`evaluate_many`, one row at a time, for streams too large for a list.

    Bad ``overrides`` or ``lang`` raise :class:`InputError` at once (they concern every row). They
    apply around each row only, never while the caller holds the iterator between rows. A row that
    cannot be read (a mapping whose own methods raise, say) is that row's :class:`InputError`, and
    the rows after it are evaluated.

    With ``workers=N`` (N > 1) the rows are evaluated by N processes, in chunks, and come back
    in the order of ``payloads``; at most a few chunks per process are read ahead, so memory
    stays bounded whatever the length of the stream. The workers get the call's ``overrides``,
    ``explain`` and language (``lang``, else the caller's current one).
    """
    with language_of_call(lang):
        calc = get(name)
        checked = check_overrides(overrides)
        chosen = check_readings(readings)
        language = get_language()
    if workers is not None and check_workers(workers) > 1:
        options = {"overrides": overrides, "lang": language, "explain": explain, "readings": chosen}
        here = functools.partial(evaluate_chunk, name, options=options)
        return evaluate_in_processes(name, payloads, workers, options, here)
    return _rows(calc, payloads, checked, lang, explain, chosen)


def _rows(  # noqa: PLR0917 - the call's options, as iter_evaluate has them
    calc: Calculator[Any],
    payloads: Iterable[Mapping[str, object]],
    checked: Mapping[str, Override],
    lang: str | None,
    explain: bool,
    chosen: Mapping[str, str] | None = None,
) -> Iterator[Result | InputError]:
    if lang is None and not checked and not chosen:
        # No language or what-if to put in place around each row.
        evaluate_row = calc.evaluate
        for payload in payloads:
            try:
                outcome: Result | InputError = evaluate_row(payload, explain=explain)
            except InputError as error:
                outcome = _light(error)
            yield outcome
        return
    for payload in payloads:
        with use_language(lang):
            try:
                with applying(checked), choosing(chosen):
                    outcome = calc.evaluate(payload, explain=explain)
            except InputError as error:
                outcome = _light(error)
        yield outcome


def evaluate_chunk(
    name: str, payloads: Sequence[Mapping[str, object]], options: Mapping[str, Any]
) -> list[Result | InputError]:
    """One chunk of a batch, in a worker process: ``iter_evaluate`` with the caller's options.

    The language and the what-ifs are put in place once around the whole chunk rather than
    around each row (as ``iter_evaluate`` must, since its caller runs between rows): no code of
    the caller's runs while a chunk is evaluated."""
    with language_of_call(options.get("lang")):
        calc = get(name)
        checked = check_overrides(options.get("overrides"))
        chosen = check_readings(options.get("readings"))
        with applying(checked), choosing(chosen):
            return list(_rows(calc, payloads, {}, None, options.get("explain", True)))


def evaluate_chunk_packed(name: str, payloads: Sequence[Mapping[str, object]], options: Mapping[str, Any]) -> Packed:
    """:func:`evaluate_chunk` in the compact form a worker sends back (:mod:`.transport`)."""
    return pack(evaluate_chunk(name, payloads, options))


def evaluate_many(
    name: str,
    payloads: Iterable[Mapping[str, object]],
    *,
    overrides: Mapping[str, object] | None = None,
    lang: str | None = None,
    explain: bool = True,
    workers: int | None = None,
    readings: Mapping[str, object] | None = None,
) -> list[Result | InputError]:
    """One :class:`Result` or :class:`InputError` per payload, in order; never raises for one bad row.

    ``explain=False``: lean results (no steps, citations or notes; the same amounts).
    ``workers=N``: N processes share the work (see :func:`iter_evaluate`); the order is kept.
    ``readings``: as for :func:`evaluate`, for every row.
    """
    return list(
        iter_evaluate(
            name, payloads, overrides=overrides, lang=lang, explain=explain, workers=workers, readings=readings
        )
    )
