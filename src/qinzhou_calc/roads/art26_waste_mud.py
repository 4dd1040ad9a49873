"""第二十六条: fines for construction waste and mud not handled as the measures require."""

import datetime as dt

from .._core import ZERO, Evaluation, Example, Result, calculator, decision_date_spec, fen, record, spec
from ._fines import fine_as_of_spec, note_limitation
from .parameters import ROADS, WASTE_MUD_FINE
from .readings import REFUSAL_FINE

__all__ = ["WasteMudInput", "waste_mud_fine"]


@record
class WasteMudInput:
    """未按规定处理施工废弃物、泥浆罚款的输入。"""

    refused_to_correct: bool = spec(
        "是否拒不改正",
        "责令限期纠正、采取补救措施后仍拒不改正的为“是”；只有拒不改正的才可罚款",
        en="Refused to correct",
    )
    violation_date: dt.date = spec("违法行为发生日", "未按规定处理施工废弃物、泥浆的日期", en="Day of the violation")
    as_of: dt.date | None = fine_as_of_spec()
    decision_date: dt.date | None = decision_date_spec("作出处罚决定的日期；缺省为违法行为发生日")


@calculator(
    "roads.waste_mud_fine",
    WasteMudInput,
    title="未按规定处理施工废弃物、泥浆的罚款",
    document=ROADS,
    event="violation_date",
    decision_default="event",
    examples=[
        Example("泥浆排入下水道，责令改正后拒不改正", {"refused_to_correct": True, "violation_date": "2020-03-10"}),
        Example("责令改正后已改正：不罚款", {"refused_to_correct": False, "violation_date": "2020-03-10"}),
    ],
)
def waste_mud_fine(inp: WasteMudInput, ex: Evaluation) -> Result:
    """第二十六条："未按本办法规定处理施工废弃物、泥浆的，责令其限期纠正违法行为，采取补救措施；
    拒不改正的，处以两百元以上两千元以下的罚款。"（未经政府令第12号修改。）

    Returns ``minimum``/``maximum`` (and ``mandatory``) after a refusal to correct; otherwise
    ``eligible`` false with a reason and a range of 0.00.
    """
    rule = ex.use(WASTE_MUD_FINE)
    citation = ex.citation_of(WASTE_MUD_FINE)
    note_limitation(ex, inp.violation_date)
    if not inp.refused_to_correct:
        ex.reason(
            "not_refused_to_correct",
            "第二十六条只对责令限期纠正后“拒不改正的”处以罚款；未拒不改正，不予罚款",
            citation,
        )
        ex.step("未拒不改正：责令限期纠正、采取补救措施，不处罚款")
        return ex.result(minimum=ZERO, maximum=ZERO, amount=ZERO)
    refusal = ex.reading(REFUSAL_FINE)
    ex.note_reading(REFUSAL_FINE, refusal)
    ex.step(
        "拒不改正：依 {citation}，{minimum:money} 元以上 {maximum:money} 元以下的罚款",
        citation=citation,
        minimum=rule.minimum,
        maximum=rule.maximum,
    )
    mandatory = rule.mandatory and refusal == "mandatory"
    return ex.result(eligible=True, minimum=fen(rule.minimum), maximum=fen(rule.maximum), mandatory=mandatory)
