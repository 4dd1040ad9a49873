"""The annex's rank rule and precision: "第一名得1分，从第二名开始依次递减0.1分，如数值相同，按同档计分"."""

from collections.abc import Iterable, MutableMapping, Sequence
from decimal import Decimal
from typing import Any

from .._core import ZERO, Evaluation, fmt_decimal
from ._annex_inputs import TieRule
from .readings_annex import RANK_BEYOND_LAST_POINT, SCORE_ROUNDING

__all__ = [
    "POINT",
    "note_beyond_last_point",
    "note_beyond_last_points",
    "note_rounding",
    "places",
    "rank_columns",
    "rank_points",
    "scores_on_base",
]

#: Scores are shown to the hundredth of a point.
POINT = Decimal("0.01")


def note_rounding(ex: Evaluation) -> str:
    """The option of banking.scoring.score_rounding in force, its note written."""
    option = ex.reading(SCORE_ROUNDING)
    ex.note_reading(SCORE_ROUNDING, option)
    return option


def places(values: Sequence[Decimal], lower_is_better: bool, tie_rule: TieRule) -> list[int]:
    """Each value's place (1 = first) under "如数值相同，按同档计分".

    ``dense``: equal values share a tier and the next distinct value is the next tier (1, 1, 2).
    ``competition``: equal values share a place and the places they fill are skipped (1, 1, 3).
    """

    ordered = sorted(values, reverse=not lower_is_better)
    place: dict[Decimal, int] = {}
    for index, value in enumerate(ordered):
        if value not in place:
            place[value] = len(place) + 1 if tie_rule == "dense" else index + 1
    return [place[value] for value in values]


def note_beyond_last_point(ex: Evaluation, place: int, top: Decimal, step: Decimal) -> None:
    """Say what a place past the last rank point gets (the 11th for 1 point, the 21st for 2)."""
    if top - step * (place - 1) <= 0 < place - 1:
        last = int(top / step)
        # "从第二名开始依次递减0.1分" runs out at the (top ÷ 0.1 + 1)th place; "其余1分" is a share of the
        # indicator's points, so that place and those after it get 0 of it, and keep the base.
        ex.note(
            RANK_BEYOND_LAST_POINT.code,
            f"“从第二名开始依次递减{fmt_decimal(step)}分”：排名分 {fmt_decimal(top)} 分递减至第 {last + 1} 档为 0，"
            f"第 {last + 1} 档及以后的银行排名分为 0（不为负数），仍得基础分。",
        )


def note_beyond_last_points(ex: Evaluation, places: Iterable[int], top: Decimal, step: Decimal) -> None:
    """:func:`note_beyond_last_point` for a whole ranking: the note once if any place is past the last point.

    The note's text depends only on ``top`` and ``step``, so noting it once for the first such place
    gives the notes that noting it for every place gives.
    """
    for place in sorted(set(places)):
        if top - step * (place - 1) <= 0 < place - 1:
            note_beyond_last_point(ex, place, top, step)
            return


def rank_points(place: int, top: Decimal, step: Decimal) -> Decimal:
    """First place gets ``top``; each place after it ``step`` less; never below 0."""
    return max(ZERO, top - step * (place - 1))


def scores_on_base(
    raw: Sequence[MutableMapping[str, Decimal]],
    key: str,
    ranked: Sequence[int],
    tiers: Sequence[int],
    *,
    points: dict[int, Decimal],
    base: Decimal,
) -> list[Decimal]:
    """The score of each bank ranked among those that met the requirement: the base plus its tier's
    rank points, recorded as its ``key`` score. "如数值相同，按同档计分": one tier, one score."""
    scored = {place: base + rank for place, rank in points.items()}
    scores = [scored[place] for place in tiers]
    for i, score in zip(ranked, scores, strict=True):
        raw[i][key] = score
    return scores


def rank_columns(
    names: list[str], tiers: list[int], points: dict[int, Decimal], scores: list[Decimal]
) -> dict[str, Sequence[Any]]:
    """The columns of a ranking's steps: each bank, its tier, the places before it, its rank points
    and its score."""
    return {
        "bank": names,
        "place": tiers,
        "before": [place - 1 for place in tiers],
        "rank": [points[place] for place in tiers],
        "score": scores,
    }
