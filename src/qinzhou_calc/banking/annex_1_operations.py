"""附件 一、经营状况（30分）: the five regulatory ratios, base 4 for meeting the standard, 1 point by rank."""

from decimal import Decimal

from .._core import ZERO, fmt_decimal
from ._annex_context import Context, standards
from ._annex_inputs import INDICATORS
from ._annex_ranks import note_beyond_last_points, places, rank_columns, rank_points, scores_on_base
from .parameters import RANK_STEP, RATIOS
from .readings_annex import RATIO_RANK_NEEDS_STANDARD

__all__ = ["score_ratio"]

_LOWER_IS_BETTER = frozenset({"npl_ratio"})


def score_ratio(ctx: Context, key: str) -> None:
    """一、经营状况: base 4 for meeting the standard, the last point by rank among the banks that meet it."""
    ex = ctx.ex
    scoring = ex.use(RATIOS[key])
    step = ex.use(RANK_STEP)
    lower = key in _LOWER_IS_BETTER
    title = INDICATORS[key]
    base = scoring.base
    banks = ctx.banks
    values: list[Decimal] = [getattr(bank, key) for bank in banks]
    option = ex.reading(RATIO_RANK_NEEDS_STANDARD)
    everyone = option == "all_banks"
    met_sign, met_words = ("≤" if lower else "≥"), f"达到监管标准，基础分 {fmt_decimal(base)}"
    unmet_sign, unmet_words = (">" if lower else "<"), "未达监管标准，" + ("不得基础分" if everyone else "0 分")
    required = standards(ctx, key)
    qualified: list[int] = []
    signs: list[str] = []
    verdicts: list[str] = []
    for i, value in enumerate(values):
        if value <= required[i] if lower else value >= required[i]:
            qualified.append(i)
            signs.append(met_sign)
            verdicts.append(met_words)
        else:
            signs.append(unmet_sign)
            verdicts.append(unmet_words)
    ex.step_table(
        "{title}：{bank} {value:decimal}% {sign} {required:decimal}%，{verdict}",
        {"bank": ctx.names, "value": values, "sign": signs, "required": required, "verdict": verdicts},
        title=title,
    )
    ex.note_reading(RATIO_RANK_NEEDS_STANDARD, option)
    ranked_banks = list(range(len(banks))) if everyone else qualified
    tiers = places([values[i] for i in ranked_banks], lower, ctx.tie_rule)
    raw = ctx.raw
    for bank_scores in raw:
        bank_scores[key] = ZERO
    above_base = scoring.above_base
    note_beyond_last_points(ex, tiers, above_base, step)
    # "如数值相同，按同档计分": the banks of one tier share its rank points and its score.
    points = {place: rank_points(place, above_base, step) for place in set(tiers)}
    order = "递增" if lower else "递减"
    ranked_steps = (
        "{title}：{bank} 按{order}排名第 {place} 档，"
        "{above_base:decimal} − {step:decimal} × {before} → {rank:decimal}；"
        "{base:decimal} + {rank:decimal} = {score:decimal} 分"
    )
    if not everyone:
        # Only the banks that met the standard are ranked: each adds its rank points to the base.
        scores = scores_on_base(raw, key, ranked_banks, tiers, points=points, base=base)
        ex.step_table(
            ranked_steps,
            rank_columns([banks[i].name for i in ranked_banks], tiers, points, scores),
            title=title,
            order=order,
            above_base=above_base,
            step=step,
            base=base,
        )
        return
    # Every bank is ranked: one below the standard gets its rank points without the base.
    ranked_without_base = ex.step_each(
        "{title}：{bank} 不得基础分，按{order}排名第 {place} 档，"
        "{above_base:decimal} − {step:decimal} × {before} → {rank:decimal} 分",
        title=title,
        order=order,
        above_base=above_base,
        step=step,
    )
    ranked = ex.step_each(ranked_steps, title=title, order=order, above_base=above_base, step=step, base=base)
    met = set(qualified)
    for i, place in zip(ranked_banks, tiers, strict=True):
        rank = points[place]
        if i in met:
            score = raw[i][key] = base + rank
            ranked(bank=banks[i].name, place=place, before=place - 1, rank=rank, score=score)
        else:
            raw[i][key] = ZERO + rank
            ranked_without_base(bank=banks[i].name, place=place, before=place - 1, rank=rank)
