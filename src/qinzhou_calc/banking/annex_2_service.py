"""附件 二、服务水平（40分）, and 一、经营状况 内部控制: the items the evaluators judge, the information
system ranked by its rating, and the innovative services counted."""

from decimal import Decimal

from .._core import ZERO
from ._annex_context import Context
from ._annex_inputs import INDICATORS, JudgedItem
from ._annex_ranks import note_beyond_last_points, places, rank_points
from .parameters import INFORMATION_SYSTEM, INNOVATIVE_SERVICES, JUDGED, RANK_STEP, Scoring

__all__ = ["JUDGED_INDICATORS", "score_information_system", "score_innovative", "score_judged"]

JUDGED_INDICATORS: dict[str, tuple[str, ...]] = {
    "internal_control": ("internal_control",),
    "payment_and_reconciliation": ("payment_service", "reconciliation_service"),
    "sub_account_service": ("sub_account_service",),
    "past_performance": ("past_performance",),
}


def _judged(ctx: Context, item: str, bank_index: int, scoring: Scoring) -> Decimal:
    ex = ctx.ex
    bank = ctx.banks[bank_index]
    judged: JudgedItem = getattr(bank, item)
    if not judged.meets:
        if judged.extra > 0:
            # The extra is "其余N分" above the base: a bank that does not earn the base earns none of it.
            ex.note(
                "extra_needs_base",
                "未达到评分标准所述要求的银行不得基础分，评委在基础分之上给的分也不计。",
            )
        return ZERO
    return scoring.base + judged.extra


def score_judged(ctx: Context, key: str, items: tuple[str, ...]) -> None:
    # Each item's figures read once for all the banks.
    scorings = [ctx.ex.use(JUDGED[item]) for item in items]
    for i, bank in enumerate(ctx.banks):
        parts = [_judged(ctx, item, i, scoring) for item, scoring in zip(items, scorings, strict=True)]
        ctx.raw[i][key] = sum(parts, ZERO)
        if not ctx.ex.explaining:
            continue  # lean mode: no step, so no words for it
        verdicts = tuple(
            JUDGED[item].description
            + ("：达到要求，基础分 + 评定分" if getattr(bank, item).meets else "：未达要求 0 分")
            for item in items
        )
        if len(parts) > 1:
            ctx.ex.step(
                "{title}：{bank} {verdicts:[；]}，{parts:decimal[ + ]} = {total:decimal} 分",
                title=INDICATORS[key],
                bank=bank.name,
                verdicts=verdicts,
                parts=parts,
                total=ctx.raw[i][key],
            )
        else:
            ctx.ex.step(
                "{title}：{bank} {verdicts:[；]}，{parts:decimal[ + ]} 分",
                title=INDICATORS[key],
                bank=bank.name,
                verdicts=verdicts,
                parts=parts,
            )


def score_information_system(ctx: Context) -> None:
    ex = ctx.ex
    scoring = ex.use(INFORMATION_SYSTEM)
    step = ex.use(RANK_STEP)
    # Reading (rank_among_qualified_system): "……可获得基础分8分,其余2分,按照信息系统建设情况进行递减排名"
    # — the 2 rank points go only to banks whose system meets the requirement and so earns the
    # base 8; the others score 0 on the item and are not ranked.
    ex.note(
        "rank_among_qualified_system",
        "信息系统建设未达要求的银行该项得 0 分，且不参加“其余2分”的排名。",
    )
    qualified = [i for i, bank in enumerate(ctx.banks) if bank.information_system.meets]
    met = set(qualified)
    tiers = places([ctx.banks[i].information_system.rating for i in qualified], False, ctx.tie_rule)
    for i, bank in enumerate(ctx.banks):
        ctx.raw[i]["information_system"] = ZERO
        if i not in met:
            ex.step("信息系统建设：{bank} 未达要求，0 分", bank=bank.name)
    above_base = scoring.above_base
    note_beyond_last_points(ex, tiers, above_base, step)
    points = {place: rank_points(place, above_base, step) for place in set(tiers)}
    for i, place in zip(qualified, tiers, strict=True):
        rank = points[place]
        ctx.raw[i]["information_system"] = scoring.base + rank
        ex.step(
            "信息系统建设：{bank} 达到要求，基础分 {base:decimal}；评定值 {rating:decimal} 排名第 {place} 档，"
            "{above_base:decimal} − {step:decimal} × {before} → {rank:decimal}；合计 {score:decimal} 分",
            bank=ctx.banks[i].name,
            base=scoring.base,
            rating=ctx.banks[i].information_system.rating,
            place=place,
            above_base=scoring.above_base,
            step=step,
            before=place - 1,
            rank=rank,
            score=scoring.base + rank,
        )


def score_innovative(ctx: Context) -> None:
    scoring = ctx.ex.use(INNOVATIVE_SERVICES)
    for i, bank in enumerate(ctx.banks):
        score = min(scoring.base * bank.innovative_services, scoring.points)
        ctx.raw[i]["innovative_services"] = score
        ctx.ex.step(
            "创新或特色服务：{bank} {count} 项 × {base:decimal} 分，最高 {points:decimal} 分 → {score:decimal} 分",
            bank=bank.name,
            count=bank.innovative_services,
            base=scoring.base,
            points=scoring.points,
            score=score,
        )
