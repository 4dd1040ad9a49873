"""附件 二、服务水平（40分）, and 一、经营状况 内部控制: the items the evaluators judge, the information
system ranked by its rating, and the innovative services counted."""

from decimal import Decimal

from .._core import ZERO, Evaluation
from ._annex_context import Context
from ._annex_inputs import INDICATORS, JudgedItem
from ._annex_ranks import note_beyond_last_points, places, rank_columns, rank_points, scores_on_base
from .parameters import INFORMATION_SYSTEM, INNOVATIVE_SERVICES, JUDGED, RANK_STEP
from .readings_annex import EXTRA_NEEDS_BASE, SYSTEM_RANK_NEEDS_BASE

__all__ = ["JUDGED_INDICATORS", "score_information_system", "score_innovative", "score_judged"]

JUDGED_INDICATORS: dict[str, tuple[str, ...]] = {
    "internal_control": ("internal_control",),
    "payment_and_reconciliation": ("payment_service", "reconciliation_service"),
    "sub_account_service": ("sub_account_service",),
    "past_performance": ("past_performance",),
}


_JUDGED_ONE = "{title}：{bank} {verdict}，{part:decimal} 分"
_JUDGED_SUM = "{title}：{bank} {verdicts:[；]}，{parts:decimal[ + ]} = {total:decimal} 分"


def _score_judged_one(ctx: Context, key: str, item: str, base: Decimal, words: tuple[str, str]) -> None:
    """:func:`score_judged` for an indicator of one judged item: each bank meets the requirement or not."""
    ex = ctx.ex
    option = ex.reading(EXTRA_NEEDS_BASE)
    raw = ctx.raw
    met, unmet = words
    verdicts: list[str] = []
    parts: list[Decimal] = []
    for i, bank in enumerate(ctx.banks):
        judged: JudgedItem = getattr(bank, item)
        if judged.meets:
            part = base + judged.extra
            verdicts.append(met)
        else:
            part = _unmet_part(ex, option, judged)
            verdicts.append(unmet)
        parts.append(part)
        raw[i][key] = ZERO + part  # the sum of the one part, as sum() would write it
    ex.step_table(_JUDGED_ONE, {"bank": ctx.names, "verdict": verdicts, "part": parts}, title=INDICATORS[key])


def _unmet_part(ex: Evaluation, option: str, judged: JudgedItem) -> Decimal:
    """What a bank that does not meet the requirement scores on the item: 0, or its judged points (``independent``)."""
    if judged.extra > 0:
        ex.note_reading(EXTRA_NEEDS_BASE, option)
    return ZERO + judged.extra if option == "independent" else ZERO


def score_judged(ctx: Context, key: str, items: tuple[str, ...]) -> None:
    ex = ctx.ex
    option = ex.reading(EXTRA_NEEDS_BASE)
    scorings = [ex.use(JUDGED[item]) for item in items]
    unmet = "：未达要求，不得基础分，评定分照计" if option == "independent" else "：未达要求 0 分"
    words = [
        (JUDGED[item].description + "：达到要求，基础分 + 评定分", JUDGED[item].description + unmet) for item in items
    ]
    if len(items) == 1:
        _score_judged_one(ctx, key, items[0], scorings[0].base, words[0])
        return
    raw = ctx.raw
    judged_items = list(zip(items, scorings, words, strict=True))
    each_parts: list[list[Decimal]] = []
    each_verdicts: list[list[str]] = []
    totals: list[Decimal] = []
    for i, bank in enumerate(ctx.banks):
        parts: list[Decimal] = []
        verdicts: list[str] = []
        for item, scoring, (met, unmet) in judged_items:
            judged: JudgedItem = getattr(bank, item)
            if judged.meets:
                parts.append(scoring.base + judged.extra)
                verdicts.append(met)
            else:
                parts.append(_unmet_part(ex, option, judged))
                verdicts.append(unmet)
        total = raw[i][key] = sum(parts, ZERO)
        each_parts.append(parts)
        each_verdicts.append(verdicts)
        totals.append(total)
    ex.step_table(
        _JUDGED_SUM,
        {"bank": ctx.names, "verdicts": each_verdicts, "parts": each_parts, "total": totals},
        title=INDICATORS[key],
    )


def score_information_system(ctx: Context) -> None:
    ex = ctx.ex
    scoring = ex.use(INFORMATION_SYSTEM)
    step = ex.use(RANK_STEP)
    option = ex.reading(SYSTEM_RANK_NEEDS_BASE)
    ex.note_reading(SYSTEM_RANK_NEEDS_BASE, option)
    everyone = option == "all_banks"
    banks = ctx.banks
    raw = ctx.raw
    qualified: list[int] = []
    for i, bank in enumerate(banks):
        raw[i]["information_system"] = ZERO
        if bank.information_system.meets:
            qualified.append(i)
    ex.step_table(
        "信息系统建设：{bank} 未达要求，" + ("不得基础分" if everyone else "0 分"),
        {"bank": [bank.name for bank in banks if not bank.information_system.meets]},
    )
    ranked_banks = list(range(len(banks))) if everyone else qualified
    ratings = [banks[i].information_system.rating for i in ranked_banks]
    tiers = places(ratings, False, ctx.tie_rule)
    above_base = scoring.above_base
    base = scoring.base
    note_beyond_last_points(ex, tiers, above_base, step)
    # "如数值相同，按同档计分": the banks of one tier share its rank points and its score.
    points = {place: rank_points(place, above_base, step) for place in set(tiers)}
    ranked_steps = (
        "信息系统建设：{bank} 达到要求，基础分 {base:decimal}；评定值 {rating:decimal} 排名第 {place} 档，"
        "{above_base:decimal} − {step:decimal} × {before} → {rank:decimal}；合计 {score:decimal} 分"
    )
    if not everyone:
        # Only the banks that meet the requirement are ranked: each adds its rank points to the base.
        scores = scores_on_base(raw, "information_system", ranked_banks, tiers, points=points, base=base)
        ex.step_table(
            ranked_steps,
            {**rank_columns([banks[i].name for i in ranked_banks], tiers, points, scores), "rating": ratings},
            base=base,
            above_base=above_base,
            step=step,
        )
        return
    # Every bank is ranked: one that does not meet the requirement gets its rank points without the base.
    ranked_without_base = ex.step_each(
        "信息系统建设：{bank} 不得基础分；评定值 {rating:decimal} 排名第 {place} 档，"
        "{above_base:decimal} − {step:decimal} × {before} → {rank:decimal} 分",
        above_base=above_base,
        step=step,
    )
    ranked = ex.step_each(ranked_steps, base=base, above_base=above_base, step=step)
    met = set(qualified)
    for i, rating, place in zip(ranked_banks, ratings, tiers, strict=True):
        rank = points[place]
        if i in met:
            score = raw[i]["information_system"] = base + rank
            ranked(bank=banks[i].name, rating=rating, place=place, before=place - 1, rank=rank, score=score)
        else:
            raw[i]["information_system"] = ZERO + rank
            ranked_without_base(bank=banks[i].name, rating=rating, place=place, before=place - 1, rank=rank)


def score_innovative(ctx: Context) -> None:
    ex = ctx.ex
    scoring = ex.use(INNOVATIVE_SERVICES)
    base, most = scoring.base, scoring.points
    counts = [bank.innovative_services for bank in ctx.banks]
    scores = [min(base * count, most) for count in counts]
    for raw, score in zip(ctx.raw, scores, strict=True):
        raw["innovative_services"] = score
    ex.step_table(
        "创新或特色服务：{bank} {count} 项 × {base:decimal} 分，最高 {points:decimal} 分 → {score:decimal} 分",
        {"bank": ctx.names, "count": counts, "score": scores},
        base=base,
        points=most,
    )
