"""附件 四、经济发展贡献度（15分）: 3 points × the bank's figure ÷ the largest among the banks."""

from decimal import Decimal

from .._core import ZERO
from ._annex_context import Context
from ._annex_inputs import INDICATORS
from .parameters import CONTRIBUTION_POINTS
from .readings_annex import CONTRIBUTION_NO_POSITIVE_VALUE

__all__ = ["score_contribution"]

_CONTRIBUTION_FIELDS = {
    "loan_balance": ("loan_balance", "贷款余额", "元"),
    "loan_increase": ("loan_increase", "贷款增量", "元"),
    "loan_to_deposit_ratio": ("loan_to_deposit_ratio", "余额存贷比", "%"),
    "sme_loans": ("sme_loan_balance", "中小企业贷款余额", "元"),
    "agri_loans": ("agri_loan_balance", "涉农贷款余额", "元"),
}


def score_contribution(ctx: Context, key: str) -> None:
    """四、经济发展贡献度: 3 × the bank's value ÷ the largest value among the banks."""
    ex = ctx.ex
    points = ex.use(CONTRIBUTION_POINTS[key])
    field, name, unit = _CONTRIBUTION_FIELDS[key]
    values: list[Decimal] = [getattr(bank, field) for bank in ctx.banks]
    largest = max(values)
    title = INDICATORS[key]
    if largest <= 0:
        # No bank has a positive value: "3分×某行……÷各行……最大值" has no meaning (a division by zero or by a
        # negative number), and no bank contributed, so every bank scores 0.
        ex.note(
            CONTRIBUTION_NO_POSITIVE_VALUE.code,
            "某项经济发展贡献度指标各行最大值为 0 或负数时，公式无意义，各行该项均得 0 分。",
        )
        for bank_scores in ctx.raw:
            bank_scores[key] = ZERO
        ex.step_table(
            "{title}：各行{what}最大值 {largest:decimal}{unit} 不为正数，{bank} 0 分",
            {"bank": ctx.names},
            title=title,
            what=name,
            largest=largest,
            unit=unit,
        )
        return
    share_line = (
        "{title}：{points:decimal} 分 × {value:decimal}{unit} ÷ {largest:decimal}{unit}"
        "（各行最大值） = {score:decimal4} 分（{bank}）"
    )
    # "如贷款增量为负数, 则此项分值为零": a negative figure scores 0, any other its share of the largest.
    scores = [ZERO if value < 0 else points * value / largest for value in values]
    for bank_scores, score in zip(ctx.raw, scores, strict=True):
        bank_scores[key] = score
    if min(values) >= 0:
        ex.step_table(
            share_line,
            {"value": values, "score": scores, "bank": ctx.names},
            title=title,
            points=points,
            unit=unit,
            largest=largest,
        )
        return
    negative = ex.step_each(
        "{title}：{bank} {what} {value:decimal}{unit} 为负数，0 分", title=title, what=name, unit=unit
    )
    share_step = ex.step_each(share_line, title=title, points=points, unit=unit, largest=largest)
    for bank, value, score in zip(ctx.names, values, scores, strict=True):
        if value < 0:
            negative(bank=bank, value=value)
        else:
            share_step(value=value, score=score, bank=bank)
