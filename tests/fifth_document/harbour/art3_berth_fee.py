"""第三条: the berth fee, by the day."""

import datetime as dt

import attrs

from qinzhou_calc._core import Count, Evaluation, Example, Result, calculator, decision_date_spec, fen, spec

from .parameters import BERTH_FEE_RATE, HARBOUR

__all__ = ["BerthFeeInput", "berth_fee"]


@attrs.frozen
class BerthFeeInput:
    days: Count = spec("使用天数", "泊位使用的天数", en="Days")
    as_of: dt.date | None = spec("适用日期", "适用哪一天的规定", default=None, en="As of")
    decision_date: dt.date | None = decision_date_spec()


@calculator(
    "harbour.berth_fee",
    BerthFeeInput,
    title="泊位使用费",
    document=HARBOUR,
    examples=[Example("3 日", {"days": 3, "as_of": "2020-01-01"})],
)
def berth_fee(inp: BerthFeeInput, ex: Evaluation) -> Result:
    """第三条："泊位使用费按每日 100 元收取。"

    Returns ``amount``: the days × 100 元.
    """
    rate = ex.use(BERTH_FEE_RATE)
    amount = fen(rate * inp.days)
    ex.step("{rate:decimal} 元/日 × {days} 日 = {amount:money} 元", rate=rate, days=inp.days, amount=amount)
    return ex.result(amount=amount)
