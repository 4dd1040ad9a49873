"""第二十七条: fines for refusing or delaying the repair, and the substitute repair paid from the fee."""

import datetime as dt
from typing import Any

from .._core import ZERO, Amount, Evaluation, Example, Money, Result, calculator, fen, record, spec
from ._fines import applicable_rule, fine_as_of_spec, penalty_decision_date_spec
from .parameters import REPAIR_DEFAULT_FINE, REPAIR_FEE_ARTICLE, RESPONSIBILITY_ARTICLE, ROADS
from .readings import COST_BEYOND_FEE

__all__ = ["RepairDefaultInput", "repair_default_fine"]


@record
class RepairDefaultInput:
    """拒绝或拖延修复罚款及代为修复费用扣除的输入。"""

    violation_date: dt.date = spec(
        "违法行为发生日", "拒绝或拖延修复的日期；决定适用哪一版本的条文", en="Day of the violation"
    )
    repair_cost: Amount = spec(
        "代为修复费用（元）",
        "市政工程行政主管部门委托专业队伍代为修复的费用",
        en="Cost of the repair done for the party (yuan)",
    )
    repair_fee_paid: Amount = spec(
        "已缴纳的城市道路挖掘修复费（元）",
        "挖掘单位依第十一条已缴纳的修复费",
        en="Road excavation repair fee already paid (yuan)",
    )
    decision_date: dt.date | None = penalty_decision_date_spec()
    as_of: dt.date | None = fine_as_of_spec()


@calculator(
    "roads.repair_default_fine",
    RepairDefaultInput,
    title="拒绝或拖延修复的罚款及代为修复费用扣除",
    columns={
        "item": ("项目代码", "Item"),
        "label": ("项目", "Description"),
        "amount": Money("金额（元）", "Amount (yuan)"),
    },
    document=ROADS,
    event="violation_date",
    decision_default="event",
    examples=[
        Example(
            "拖延修复，代为修复花费 58,000 元，已缴修复费 50,000 元",
            {"violation_date": "2020-07-01", "repair_cost": "58000", "repair_fee_paid": "50000"},
        ),
    ],
)
def repair_default_fine(inp: RepairDefaultInput, ex: Evaluation) -> Result:
    """第二十七条："违反本办法规定，挖掘单位拒绝或拖延修复、修复质量不达标且整改不及时，由市政工程行政主管部门
    委托具有相应资质的专业队伍代为修复，修复费用从城市道路挖掘修复费直接扣除，可以处以一万元以上两万元以下的罚款。"
    （2019-12-01 前为“并处以”。）

    Returns the fine's ``minimum``, ``maximum``, ``mandatory``, and a ``breakdown`` of the repair
    cost: deducted from the fee, still owed, left of the fee (each to the fen).
    """
    rule = applicable_rule(ex, REPAIR_DEFAULT_FINE).value

    cost, fee = fen(inp.repair_cost), fen(inp.repair_fee_paid)
    ex.cite(REPAIR_FEE_ARTICLE)
    deducted = fen(min(cost, fee))
    left = fen(fee - deducted)
    ex.cite(RESPONSIBILITY_ARTICLE)
    beyond = ex.reading(COST_BEYOND_FEE)
    ex.note_reading(COST_BEYOND_FEE, beyond)
    owed = fen(cost - deducted) if beyond == "excavator_bears" else ZERO
    ex.step(
        "代为修复费用 {cost:money} 元，从已缴修复费 {fee:money} 元中直接扣除 {deducted:money} 元",
        cost=cost,
        fee=fee,
        deducted=deducted,
    )
    ex.step("修复费余额 {fee:money} − {deducted:money} = {left:money} 元", fee=fee, deducted=deducted, left=left)
    if beyond == "excavator_bears":
        ex.step(
            "仍欠修复费用 {cost:money} − {deducted:money} = {owed:money} 元", cost=cost, deducted=deducted, owed=owed
        )
    rows: list[dict[str, Any]] = [
        {"item": "deducted_from_fee", "label": "从城市道路挖掘修复费中直接扣除", "amount": deducted},
        {"item": "still_owed", "label": "修复费不足、仍由挖掘单位承担", "amount": owed},
        {"item": "fee_left", "label": "扣除后修复费余额", "amount": left},
    ]
    return ex.result(minimum=fen(rule.minimum), maximum=fen(rule.maximum), mandatory=rule.mandatory, breakdown=rows)
