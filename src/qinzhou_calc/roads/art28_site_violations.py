"""第二十八条: fines for a missing notice board, missing fence or signs, or late emergency paperwork."""

import datetime as dt

import attrs

from .._core import Evaluation, Example, Result, calculator, fen, record, spec
from ._fines import applicable_rule, fine_as_of_spec, penalty_decision_date_spec
from .parameters import ROADS, SITE_FINE, SITE_VIOLATION_CLAUSES, SITE_VIOLATION_NAMES, SiteViolation

__all__ = ["SiteViolationInput", "site_violation_fine"]


@record
class SiteViolationInput:
    """施工现场违法行为罚款的输入。"""

    violation: SiteViolation = spec(
        "违法行为",
        "no_notice_board 未设施工告示牌（一）；no_fence_or_signs 未设围挡及安全警示标志（二）；"
        "emergency_paperwork_late 紧急抢修未按规定补办手续（三）",
        en="Violation",
        choices=SITE_VIOLATION_NAMES,
    )
    violation_date: dt.date = spec(
        "违法行为发生日", "违法行为的日期；决定适用哪一版本的条文", en="Day of the violation"
    )
    decision_date: dt.date | None = penalty_decision_date_spec()
    as_of: dt.date | None = fine_as_of_spec()


@calculator(
    "roads.site_violation_fine",
    SiteViolationInput,
    title="未设告示牌、围挡及警示标志或紧急抢修未补办手续的罚款",
    document=ROADS,
    event="violation_date",
    decision_default="event",
    examples=[
        Example(
            "紧急抢修后未在二十四小时内补办手续",
            {"violation": "emergency_paperwork_late", "violation_date": "2021-02-10"},
        ),
    ],
)
def site_violation_fine(inp: SiteViolationInput, ex: Evaluation) -> Result:
    """第二十八条："有下列行为之一的，由市政工程行政主管部门责令限期改正，可以处以两千元以上两万元以下的罚款；
    造成损失的，应当依法承担赔偿责任：（一）未按本办法规定在施工现场设置施工告示牌的；
    （二）未按本办法规定设置围挡及安全警示标志的；（三）紧急抢修各种管线，未按规定补办手续的。"
    （2019-12-01 前为“并处以”。）

    Returns ``minimum``, ``maximum`` and ``mandatory`` of the text that applies.
    """
    applied = applicable_rule(ex, SITE_FINE)
    rule = applied.value
    clause, words = SITE_VIOLATION_CLAUSES[inp.violation]
    cited = applied.citation
    anchor = None if cited.anchor is None else attrs.evolve(cited.anchor, clause=clause)
    ex.cite(attrs.evolve(cited, clause=clause, text=words, anchor=anchor))
    ex.step("违法行为属第二十八条{clause}：{words}", clause=clause, words=words)
    return ex.result(minimum=fen(rule.minimum), maximum=fen(rule.maximum), mandatory=rule.mandatory)
