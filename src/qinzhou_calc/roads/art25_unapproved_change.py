"""第二十五条: fines for digging outside the approved position, area or period."""

import datetime as dt

from .._core import Evaluation, Example, Result, calculator, fen, record, spec
from ._fines import applicable_rule, fine_as_of_spec, penalty_decision_date_spec
from .parameters import CHANGE_FINE, ROADS

__all__ = ["UnapprovedChangeInput", "unapproved_change_fine"]


@record
class UnapprovedChangeInput:
    """未按批准的位置、面积、期限挖掘或未办理变更审批罚款的输入。"""

    violation_date: dt.date = spec(
        "违法行为发生日", "违法挖掘的日期；决定适用哪一版本的条文", en="Day of the violation"
    )
    decision_date: dt.date | None = penalty_decision_date_spec()
    as_of: dt.date | None = fine_as_of_spec()


@calculator(
    "roads.unapproved_change_fine",
    UnapprovedChangeInput,
    title="未按批准的位置、面积、期限挖掘道路的罚款",
    document=ROADS,
    event="violation_date",
    decision_default="event",
    examples=[
        Example("2019 年 9 月擅自扩大挖掘面积（原文本：并处以）", {"violation_date": "2019-09-02"}),
    ],
)
def unapproved_change_fine(inp: UnapprovedChangeInput, ex: Evaluation) -> Result:
    """第二十五条："违反本办法规定，未按照批准的位置、面积、期限挖掘道路，或者需要移动位置、扩大面积、延长时间，
    未提前办理变更审批手续的，由市政工程行政主管部门责令限期改正，可以处以一千元以上两万元以下的罚款；
    造成损失的，应当依法承担赔偿责任。"（2019-12-01 前为“并处以”。）

    Returns ``minimum``, ``maximum`` and ``mandatory`` of the text that applies.
    """
    rule = applicable_rule(ex, CHANGE_FINE).value
    return ex.result(minimum=fen(rule.minimum), maximum=fen(rule.maximum), mandatory=rule.mandatory)
