"""第四章 评选流程: 第十三条 (collective decision: the candidate banks) and 第十五条 (competitive: the committee)."""

import datetime as dt
from typing import Literal

import attrs

from .._core import Count, Example, Explanation, Problems, Result, calculator, decision_date_spec, spec
from .parameters import BANKING, MIN_CANDIDATE_BANKS, MIN_COMMITTEE_SIZE

__all__ = ["SelectionProcedureInput", "selection_procedure"]


@attrs.frozen
class SelectionProcedureInput:
    """选择资金存放银行程序的输入。"""

    method: Literal["collective", "competitive"] = spec(
        "选择方式", "collective：集体决策方式（第十三条）；competitive：竞争性方式（第十五条）"
    )
    candidate_banks: Count | None = spec("备选（参与）银行家数", "集体决策方式必填", default=None)
    local_banks: Count | None = spec(
        "预算单位所在地银行家数", "备选银行少于 3 家时必填（第十三条（一））", default=None
    )
    committee_size: Count | None = spec("评选委员会成员人数", "竞争性方式必填", default=None)
    as_of: dt.date | None = spec("适用日期", "评选之日；缺省为今天", default=None)
    decision_date: dt.date | None = decision_date_spec()


@calculator(
    "banking.selection_procedure",
    SelectionProcedureInput,
    title="资金存放银行选择程序",
    document=BANKING,
    event="as_of",
    examples=[
        Example(
            "集体决策：所在地只有 2 家银行，2 家都作为备选",
            {"method": "collective", "candidate_banks": 2, "local_banks": 2, "as_of": "2020-01-06"},
        ),
        Example(
            "竞争性方式：评选委员会 6 人（须为 5 人以上单数）",
            {"method": "competitive", "committee_size": 6, "as_of": "2020-01-06"},
        ),
    ],
)
def selection_procedure(inp: SelectionProcedureInput, ex: Explanation) -> Result:
    """第十三条（一）："预算单位遵循公平、公正的原则选取备选银行，一般不得少于 3 家，预算单位所在地银行少于 3 家的，
    按实际数量确定备选银行；"
    第十五条（二）："……组建由预算单位内部成员和外部专家共同组成的评选委员会（成员人数为 5 人以上单数）……"

    Returns ``eligible``: whether the procedure's numbers meet the article, with ``reasons`` if not.
    """
    problems = Problems()
    if inp.method == "collective":
        if inp.candidate_banks is None:
            problems.add(
                "candidate_banks",
                "missing",
                "集体决策方式须给出备选银行家数",
                en="a collective decision needs the number of candidate banks",
            )
        elif inp.local_banks is not None and inp.candidate_banks > inp.local_banks:
            # Candidates must have a branch where the unit is (第十一条（一）), so they are local banks.
            problems.add(
                "candidate_banks",
                "out_of_range",
                "备选银行家数不能多于本地银行家数（第十一条（一））",
                en="there cannot be more candidate banks than local banks (第十一条（一）)",
            )
    elif inp.committee_size is None:
        problems.add(
            "committee_size",
            "missing",
            "竞争性方式须给出评选委员会人数",
            en="a competitive selection needs the committee's size",
        )
    problems.raise_if_any()

    if inp.candidate_banks is not None and inp.method == "collective":
        _collective(inp.candidate_banks, inp.local_banks, ex)
    elif inp.committee_size is not None:
        _competitive(inp.committee_size, ex)
    return ex.result(eligible=not ex.reasons)


def _collective(candidates: int, local_banks: int | None, ex: Explanation) -> None:
    least = ex.use(MIN_CANDIDATE_BANKS)
    citation = ex.citation_of(MIN_CANDIDATE_BANKS)
    if local_banks is not None and local_banks < least:
        # "所在地银行少于 3 家的，按实际数量确定备选银行": every local bank must then be a candidate.
        ex.note(
            "fewer_local_banks",
            "所在地银行少于 3 家时，“按实际数量确定备选银行”读作：所在地银行全部列为备选银行。",
        )
        needed = local_banks
        ex.step(f"所在地银行 {local_banks} 家，少于 {least} 家：备选银行应为全部 {needed} 家")
    else:
        needed = least
        if local_banks is None and candidates < least:
            ex.note(
                "local_banks_unknown",
                "未提供所在地银行家数：只有证明所在地银行少于 3 家时，备选银行才可少于 3 家。",
            )
        ex.step(f"备选银行一般不得少于 {least} 家")
    if candidates == 0:
        # With no candidate (and so, when that is all there is, no local bank) there is no bank to
        # choose: 第十一条（一） asks for a branch where the unit is, so the procedure cannot be met.
        ex.reason("no_candidates", "没有备选银行：至少须有 1 家在所在地设有营业网点的银行参与选择", citation)
    elif candidates >= needed:
        ex.step(f"备选银行 {candidates} 家 ≥ {needed} 家")
    else:
        ex.reason("too_few_candidates", f"备选银行 {candidates} 家，少于应有的 {needed} 家", citation)


def _competitive(size: int, ex: Explanation) -> None:
    least = ex.use(MIN_COMMITTEE_SIZE)
    citation = ex.citation_of(MIN_COMMITTEE_SIZE)
    # "5 人以上单数": 以上 includes 5 (民法典 第一千二百五十九条), and the number must be odd.
    if size < least:
        ex.reason("committee_too_small", f"评选委员会 {size} 人，少于 {least} 人", citation)
    if size % 2 == 0:
        ex.reason("committee_not_odd", f"评选委员会 {size} 人，不是单数", citation)
    if not ex.reasons:
        ex.step(f"评选委员会 {size} 人：不少于 {least} 人，且为单数")
