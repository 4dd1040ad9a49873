"""附件 综合评分表（模板）: the 100-point table as a whole that ranks the candidate banks (第十条 综合评分法).

Each indicator is scored first on the annex's own scale; a ``template`` that changes an indicator's
points scales that score in proportion. Scores are rounded half-up to 0.01 point per indicator, and a
bank's total is exactly the sum of its rounded scores.
"""

from collections.abc import Sequence
from decimal import Decimal

from .._core import ZERO, Evaluation, Example, Result, calculator, fmt_decimal, round_each, round_to
from ._annex_checks import RULES, validate
from ._annex_context import Context, Indicator
from ._annex_inputs import (
    INDICATORS,
    AddedIndicator,
    AddedScore,
    BankMetrics,
    DepositOffer,
    InformationSystem,
    JudgedItem,
    Points,
    ScoreBanksInput,
    Standards,
    Template,
    TieRule,
)
from ._annex_ranks import POINT, note_rounding, places
from ._demo import FOUR_BANKS
from .annex_1_operations import score_ratio
from .annex_2_service import JUDGED_INDICATORS, score_information_system, score_innovative, score_judged
from .annex_3_deposit_rate import DepositRateInput, deposit_rate_score, rate_scores
from .annex_4_contribution import score_contribution
from .parameters import (
    ANNEX_TOTAL_POINTS,
    BANKING,
    CONTRIBUTION_POINTS,
    DEPOSIT_RATE_POINTS,
    INFORMATION_SYSTEM,
    INNOVATIVE_SERVICES,
    JUDGED,
    OTHER_POINTS,
    RATIOS,
)
from .readings_annex import (
    DEFAULT_STANDARDS,
    FINAL_RANK_TIES,
    INDICATOR_RANK_TIES,
    TEMPLATE_SCALED,
    TEMPLATE_TOTAL,
)

#: ``tie_rule`` is an alias of the reading banking.scoring.indicator_rank_ties: ``competition`` chooses
#: it; ``dense``, its default, leaves the choice to the caller's ``readings``.
_TIE_ALIAS: dict[str, str | None] = {"dense": None, "competition": "competition"}

__all__ = [
    "INDICATORS",
    "AddedIndicator",
    "AddedScore",
    "BankMetrics",
    "DepositOffer",
    "DepositRateInput",
    "InformationSystem",
    "JudgedItem",
    "Points",
    "ScoreBanksInput",
    "Standards",
    "Template",
    "deposit_rate_score",
    "score_banks",
]


def _annex_points(ex: Evaluation) -> dict[str, Decimal]:
    points: dict[str, Decimal] = {key: ex.use(RATIOS[key]).points for key in RATIOS}
    points["internal_control"] = ex.use(JUDGED["internal_control"]).points
    points["information_system"] = ex.use(INFORMATION_SYSTEM).points
    points["payment_and_reconciliation"] = (
        ex.use(JUDGED["payment_service"]).points + ex.use(JUDGED["reconciliation_service"]).points
    )
    points["sub_account_service"] = ex.use(JUDGED["sub_account_service"]).points
    points["past_performance"] = ex.use(JUDGED["past_performance"]).points
    points["innovative_services"] = ex.use(INNOVATIVE_SERVICES).points
    points["deposit_rate"] = ex.use(DEPOSIT_RATE_POINTS)
    for key, parameter in CONTRIBUTION_POINTS.items():
        points[key] = ex.use(parameter)
    points["other"] = ex.use(OTHER_POINTS)
    return {key: points[key] for key in INDICATORS}


def _score_deposit_rate(ctx: Context) -> None:
    banks = ctx.banks
    scores, _ = rate_scores(
        ctx.ex,
        [bank.deposit_rate for bank in banks],
        [f"存款利率：{bank.name} " for bank in banks],
        field="banks[{i}].deposit_rate.benchmark_rate",
        breakdown=False,  # the ranking shows each bank's score, not the offer's row
    )
    for raw, score in zip(ctx.raw, scores, strict=True):
        raw["deposit_rate"] = score


def _score_other(ctx: Context) -> None:
    scores = [bank.other for bank in ctx.banks]
    for raw, score in zip(ctx.raw, scores, strict=True):
        raw["other"] = score
    ctx.ex.step_table("其他：{name} {score:decimal} 分（预算单位自定指标）", {"name": ctx.names, "score": scores})


@calculator(
    "banking.score_banks",
    ScoreBanksInput,
    title="资金存放备选银行综合评分",
    columns={
        "indicator": ("指标代码", "Indicator key"),
        "title": ("指标", "Indicator"),
        "points": ("分值", "Points"),
        "annex_points": ("附件原分值", "Points in the annex"),
    },
    document=BANKING,
    event="as_of",
    rules=RULES,
    examples=[
        Example(
            "四家备选银行（丙行拨备覆盖率要求逐家确定为 130%，丁行资本充足率未达标）",
            {"banks": FOUR_BANKS, "as_of": "2019-12-02"},
        ),
        Example(
            "同一组银行，模板把存款利率调为 15 分、其他调为 0 分，新设“绿色金融” 5 分（合计 105 分）",
            {
                "banks": [
                    {**bank, "added_scores": [{"indicator": "green_finance", "score": score}]}
                    for bank, score in zip(FOUR_BANKS, ("5", "3", "4", "2"), strict=True)
                ],
                "template": {
                    "points": {"deposit_rate": "15", "other": "0"},
                    "added": [{"key": "green_finance", "title": "绿色金融", "points": "5"}],
                },
                "tie_rule": "competition",
                "as_of": "2019-12-02",
            },
        ),
    ],
)
def score_banks(inp: ScoreBanksInput, ex: Evaluation) -> Result:
    """附件 综合评分表（模板）：经营状况（30分）、服务水平（40分）、利率水平（10分）、经济发展贡献度（15分）、
    其他（5分）。
    比率指标："……达到监管标准，即可获得基础分4分；其余1分，按照……进行递减排名，第一名得1分，从第二名开始依次递减0.1分，
    如数值相同，按同档计分。" 贡献度："贷款总量分=3分×某行贷款余额÷各行贷款余额最大值"……
    注："预算单位可根据实际情况和管理要求调整或新设具体指标及分值。"

    Returns ``ranking``: every bank, best first, with its rank, total and the score on each indicator.
    """
    annex = _annex_points(ex)
    added = validate(inp, ex, annex)
    template = inp.template or Template()
    indicators = [
        Indicator(key, title, annex[key], _template_points(template, key, annex[key]))
        for key, title in INDICATORS.items()
    ]
    tie_rule: TieRule = ex.reading(INDICATOR_RANK_TIES, alias=("tie_rule", _TIE_ALIAS[inp.tie_rule]))  # type: ignore[assignment]
    ctx = Context(ex, inp.banks, template, tie_rule, [{} for _ in inp.banks], [bank.name for bank in inp.banks])

    for key in RATIOS:
        score_ratio(ctx, key)
    score_judged(ctx, "internal_control", JUDGED_INDICATORS["internal_control"])
    score_information_system(ctx)
    for key in ("payment_and_reconciliation", "sub_account_service", "past_performance"):
        score_judged(ctx, key, JUDGED_INDICATORS[key])
    score_innovative(ctx)
    _score_deposit_rate(ctx)
    for key in CONTRIBUTION_POINTS:
        score_contribution(ctx, key)
    _score_other(ctx)

    final: TieRule = ex.reading(FINAL_RANK_TIES)  # type: ignore[assignment]
    ex.note_reading(FINAL_RANK_TIES, final)
    ex.note_reading(INDICATOR_RANK_TIES, tie_rule)
    _note_standards(ctx)
    exact = note_rounding(ex) == "total_only"
    scaled = _scale(ctx, indicators, exact)
    rows = _ranking(ctx, scaled, added, final, exact)
    total_points = sum((i.points for i in indicators), ZERO) + sum((a.points for a in added.values()), ZERO)
    annex_total = ex.use(ANNEX_TOTAL_POINTS)
    if total_points != annex_total:
        ex.note(
            TEMPLATE_TOTAL.code,
            f"调整后的评分表各项分值合计 {fmt_decimal(total_points)} 分，不等于 {fmt_decimal(annex_total)} 分。",
        )
    breakdown: list[dict[str, object]] = [
        {"indicator": i.key, "title": i.title, "points": i.points, "annex_points": i.annex_points} for i in indicators
    ]
    breakdown += [
        {"indicator": a.key, "title": a.title, "points": a.points, "annex_points": None} for a in added.values()
    ]
    return ex.result(ranking=rows, breakdown=breakdown)


def _note_standards(ctx: Context) -> None:
    """Say which default regulatory standards were applied, and how they may be set otherwise."""
    names = {
        "capital_adequacy_ratio": ("资本充足率", "≥"),
        "npl_ratio": ("不良贷款率", "≤"),
        "provision_coverage_ratio": ("拨备覆盖率", "≥"),
        "liquidity_coverage_ratio": ("流动性覆盖率", "≥"),
        "liquidity_ratio": ("流动性比例", "≥"),
    }
    applied = "，".join(f"{names[key][0]} {names[key][1]} {fmt_decimal(value)}%" for key, value in ctx.defaults.items())
    # Reading (default_standards): "达到监管标准" — the 办法 names no figures; the defaults are the
    # national minimums of 2019. Two are not one figure for every bank: the provision-coverage
    # requirement is set bank by bank within 120%–150% (银监发〔2018〕7号), and the LCR binds only banks
    # with assets of 2000亿元 or more. A bank's own ``standards`` (or the template's) take precedence.
    ex = ctx.ex
    used = f"未给出本行或模板监管标准的，按缺省值：{applied}。" if applied else "各银行均按本行或模板给出的监管标准。"
    ex.note(
        DEFAULT_STANDARDS.code,
        f"{used}拨备覆盖率要求由监管部门在 120%—150% 之间逐家确定（银监发〔2018〕7号），"
        "流动性覆盖率只适用于资产规模不小于 2000 亿元的银行；银行对象可用 standards 给出本行适用的标准"
        "（优先于模板），模板可用 template.standards 改变缺省值。",
    )


def _template_points(template: Template, key: str, annex_points: Decimal) -> Decimal:
    value = getattr(template.points, key) if template.points is not None else None
    return value if isinstance(value, Decimal) else annex_points


def _scale(ctx: Context, indicators: Sequence[Indicator], exact: bool) -> list[dict[str, Decimal]]:
    """Each bank's scores on the template's points, rounded half-up to 0.01 point (``exact``: not rounded)."""
    changed = [i for i in indicators if i.points != i.annex_points]
    keys = [i.key for i in indicators]
    if changed:
        # A changed indicator keeps the annex's rule, scaled in proportion: score × new points ÷ annex points.
        ctx.ex.note(
            TEMPLATE_SCALED.code,
            "模板调整了分值的指标，仍按附件原计分规则计分，再按“新分值 ÷ 原分值”等比例折算；"
            "评委评定分和其他指标得分按附件原分值填报。",
        )
    scaled_steps = [
        (
            indicator,
            ctx.ex.step_each(
                "{title}：{name} {raw:decimal4} 分 × {points:decimal} ÷ {annex_points:decimal} = {score:decimal} 分"
                "（按调整后分值折算）",
                title=indicator.title,
                points=indicator.points,
                annex_points=indicator.annex_points,
            ),
        )
        for indicator in changed
    ]
    scaled: list[dict[str, Decimal]] = []
    for i, bank in enumerate(ctx.banks):
        raw_scores = ctx.raw[i]
        # Every indicator in the annex's order; a changed one is then scaled (its place in the row kept).
        row = {key: raw_scores[key] for key in keys} if exact else round_each(raw_scores, POINT, keys)
        for indicator, scaled_step in scaled_steps:
            raw = raw_scores[indicator.key]
            score = raw * indicator.points / indicator.annex_points
            score = row[indicator.key] = score if exact else round_to(score, POINT)
            scaled_step(name=bank.name, raw=raw, score=score)
        scaled.append(row)
    return scaled


def _total(scores: dict[str, Decimal], exact: bool) -> Decimal:
    """A bank's total: the sum of its scores, rounded to the point when they were summed unrounded."""
    total = sum(scores.values(), ZERO)
    return round_to(total, POINT) if exact else total


def _order(entry: tuple[str, Decimal, dict[str, Decimal]]) -> tuple[Decimal, str]:
    """Best total first; equal totals by name, so the order never depends on the input's order."""
    return (-entry[1], entry[0])


def _ranking(
    ctx: Context, scaled: list[dict[str, Decimal]], added: dict[str, AddedIndicator], final: TieRule, exact: bool
) -> list[dict[str, object]]:
    ex = ctx.ex
    added_steps = {
        key: ex.step_each("{title}：{name} {score:decimal} 分（模板新设指标）", title=indicator.title or key)
        for key, indicator in added.items()
    }
    total_line = (
        "{name} 总分 = {scores:decimal4[ + ]} → {total:score}（精确得分相加，四舍五入）"
        if exact
        else "{name} 总分 = {scores:score[ + ]} = {total:score}"
    )
    entries: list[tuple[str, Decimal, dict[str, Decimal]]] = []
    if added:
        # Each bank's scores on the indicators the template adds, then its total.
        total_step = ex.step_each(total_line)
        for i, bank in enumerate(ctx.banks):
            scores = scaled[i]  # each bank's own row, built for it by _scale
            given = {entry.indicator: entry.score for entry in bank.added_scores}
            for key, added_step in added_steps.items():
                score = scores[key] = round_to(given[key], POINT)
                added_step(name=bank.name, score=score)
            total = _total(scores, exact)
            total_step(name=bank.name, scores=scores.values(), total=total)
            entries.append((bank.name, total, scores))
    else:
        entries = [(name, _total(scores, exact), scores) for name, scores in zip(ctx.names, scaled, strict=True)]
        ex.step_table(
            total_line,
            {
                "name": ctx.names,
                "scores": [scores.values() for scores in scaled],
                "total": [total for _, total, _ in entries],
            },
        )
    entries.sort(key=_order)
    totals = [total for _, total, _ in entries]
    tiers = places(totals, False, final)
    return [
        {"name": name, "rank": place, "total": total, "scores": scores}
        for (name, total, scores), place in zip(entries, tiers, strict=True)
    ]
