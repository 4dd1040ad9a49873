"""附件 二、服务水平（40分）, and 一、经营状况 内部控制: the items the evaluators judge, the information
system ranked by its rating, and the innovative services counted."""

from decimal import Decimal

from .._core import ZERO
from ._annex_context import Context
from ._annex_inputs import INDICATORS, JudgedItem
from ._annex_ranks import note_beyond_last_points, places, rank_points
from .parameters import INFORMATION_SYSTEM, INNOVATIVE_SERVICES, JUDGED, RANK_STEP

__all__ = ["JUDGED_INDICATORS", "score_information_system", "score_innovative", "score_judged"]

JUDGED_INDICATORS: dict[str, tuple[str, ...]] = {
    "internal_control": ("internal_control",),
    "payment_and_reconciliation": ("payment_service", "reconciliation_service"),
    "sub_account_service": ("sub_account_service",),
    "past_performance": ("past_performance",),
}


_NOTE_EXTRA_NEEDS_BASE = "未达到评分标准所述要求的银行不得基础分，评委在基础分之上给的分也不计。"
_JUDGED_ONE = "{title}：{bank} {verdict}，{part:decimal} 分"
_JUDGED_SUM = "{title}：{bank} {verdicts:[；]}，{parts:decimal[ + ]} = {total:decimal} 分"


def _score_judged_one(ctx: Context, key: str, item: str, base: Decimal, words: tuple[str, str]) -> None:
    """:func:`score_judged` for an indicator of one judged item: each bank meets the requirement or not."""
    ex = ctx.ex
    judged_step = ex.step_each(_JUDGED_ONE, title=INDICATORS[key])
    raw = ctx.raw
    met, unmet = words
    for i, bank in enumerate(ctx.banks):
        judged: JudgedItem = getattr(bank, item)
        if judged.meets:
            part = base + judged.extra
            verdict = met
        else:
            if judged.extra > 0:
                # The extra is "其余N分" above the base: a bank that does not earn the base earns none of it.
                ex.note("extra_needs_base", _NOTE_EXTRA_NEEDS_BASE)
            part = ZERO
            verdict = unmet
        raw[i][key] = ZERO + part  # the sum of the one part, as sum() would write it
        judged_step(bank=bank.name, verdict=verdict, part=part)


def score_judged(ctx: Context, key: str, items: tuple[str, ...]) -> None:
    ex = ctx.ex
    scorings = [ex.use(JUDGED[item]) for item in items]
    words = [
        (JUDGED[item].description + "：达到要求，基础分 + 评定分", JUDGED[item].description + "：未达要求 0 分")
        for item in items
    ]
    if len(items) == 1:
        _score_judged_one(ctx, key, items[0], scorings[0].base, words[0])
        return
    judged_step = ex.step_each(_JUDGED_SUM, title=INDICATORS[key])
    raw = ctx.raw
    for i, bank in enumerate(ctx.banks):
        parts: list[Decimal] = []
        verdicts: list[str] = []
        for item, scoring, (met, unmet) in zip(items, scorings, words, strict=True):
            judged: JudgedItem = getattr(bank, item)
            if judged.meets:
                parts.append(scoring.base + judged.extra)
                verdicts.append(met)
            else:
                if judged.extra > 0:
                    # The extra is "其余N分" above the base: a bank that does not earn the base earns none of it.
                    ex.note("extra_needs_base", _NOTE_EXTRA_NEEDS_BASE)
                parts.append(ZERO)
                verdicts.append(unmet)
        total = raw[i][key] = sum(parts, ZERO)
        judged_step(bank=bank.name, verdicts=verdicts, parts=parts, total=total)


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
    banks = ctx.banks
    raw = ctx.raw
    unmet = ex.step_each("信息系统建设：{bank} 未达要求，0 分")
    qualified: list[int] = []
    for i, bank in enumerate(banks):
        raw[i]["information_system"] = ZERO
        if bank.information_system.meets:
            qualified.append(i)
        else:
            unmet(bank=bank.name)
    ratings = [banks[i].information_system.rating for i in qualified]
    tiers = places(ratings, False, ctx.tie_rule)
    above_base = scoring.above_base
    base = scoring.base
    note_beyond_last_points(ex, tiers, above_base, step)
    # "如数值相同，按同档计分": the banks of one tier share its rank points and its score.
    points = {place: rank_points(place, above_base, step) for place in set(tiers)}
    scores_of = {place: base + rank for place, rank in points.items()}
    ranked = ex.step_each(
        "信息系统建设：{bank} 达到要求，基础分 {base:decimal}；评定值 {rating:decimal} 排名第 {place} 档，"
        "{above_base:decimal} − {step:decimal} × {before} → {rank:decimal}；合计 {score:decimal} 分",
        base=base,
        above_base=above_base,
        step=step,
    )
    for i, rating, place in zip(qualified, ratings, tiers, strict=True):
        score = raw[i]["information_system"] = scores_of[place]
        ranked(bank=banks[i].name, rating=rating, place=place, before=place - 1, rank=points[place], score=score)


def score_innovative(ctx: Context) -> None:
    ex = ctx.ex
    scoring = ex.use(INNOVATIVE_SERVICES)
    base, most = scoring.base, scoring.points
    counted = ex.step_each(
        "创新或特色服务：{bank} {count} 项 × {base:decimal} 分，最高 {points:decimal} 分 → {score:decimal} 分",
        base=base,
        points=most,
    )
    raw = ctx.raw
    for i, bank in enumerate(ctx.banks):
        count = bank.innovative_services
        score = raw[i]["innovative_services"] = min(base * count, most)
        counted(bank=bank.name, count=count, score=score)
