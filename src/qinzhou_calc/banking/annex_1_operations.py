"""附件 一、经营状况（30分）: the five regulatory ratios, base 4 for meeting the standard, 1 point by rank."""

from decimal import Decimal

from .._core import ZERO
from ._annex_context import Context, standard
from ._annex_inputs import INDICATORS
from ._annex_ranks import note_beyond_last_points, places, rank_points
from .parameters import RANK_STEP, RATIOS

__all__ = ["score_ratio"]

_LOWER_IS_BETTER = frozenset({"npl_ratio"})


def score_ratio(ctx: Context, key: str) -> None:
    """一、经营状况: base 4 for meeting the standard, the last point by rank among the banks that meet it."""
    ex = ctx.ex
    scoring = ex.use(RATIOS[key])
    step = ex.use(RANK_STEP)
    lower = key in _LOWER_IS_BETTER
    title = INDICATORS[key]
    meets: list[bool] = []
    for bank in ctx.banks:
        required = standard(ctx, bank, key)
        value: Decimal = getattr(bank, key)
        ok = value <= required if lower else value >= required
        meets.append(ok)
        sign = ("≤" if ok else ">") if lower else ("≥" if ok else "<")
        if ok:
            ex.step(
                "{title}：{bank} {value:decimal}% {sign} {required:decimal}%，达到监管标准，基础分 {base:decimal}",
                title=title,
                bank=bank.name,
                value=value,
                sign=sign,
                required=required,
                base=scoring.base,
            )
        else:
            ex.step(
                "{title}：{bank} {value:decimal}% {sign} {required:decimal}%，未达监管标准，0 分",
                title=title,
                bank=bank.name,
                value=value,
                sign=sign,
                required=required,
            )
    # A bank below the standard earns nothing on the indicator ("达到监管标准，即可获得基础分4分；其余1分，
    # 按照……排名"): the rank point is the rest of the points of a bank that met the standard, so only those
    # banks are ranked, and a bank below the standard does not push the others down.
    ex.note(
        "rank_among_qualified",
        "比率指标未达监管标准的银行该项得 0 分，且不参加“其余1分”的排名；排名只在达标银行之间进行。",
    )
    qualified = [i for i, ok in enumerate(meets) if ok]
    values = [getattr(ctx.banks[i], key) for i in qualified]
    tiers = places(values, lower, ctx.tie_rule)
    for i in range(len(ctx.banks)):
        ctx.raw[i][key] = ZERO
    order = "递增" if lower else "递减"
    above_base = scoring.above_base
    note_beyond_last_points(ex, tiers, above_base, step)
    # Each tier's rank points once: many banks share a tier.
    points = {place: rank_points(place, above_base, step) for place in set(tiers)}
    for i, place in zip(qualified, tiers, strict=True):
        rank = points[place]
        ctx.raw[i][key] = scoring.base + rank
        ex.step(
            "{title}：{bank} 按{order}排名第 {place} 档，"
            "{above_base:decimal} − {step:decimal} × {before} → {rank:decimal}；"
            "{base:decimal} + {rank:decimal} = {score:decimal} 分",
            title=title,
            bank=ctx.banks[i].name,
            order=order,
            place=place,
            above_base=scoring.above_base,
            step=step,
            before=place - 1,
            rank=rank,
            base=scoring.base,
            score=scoring.base + rank,
        )
