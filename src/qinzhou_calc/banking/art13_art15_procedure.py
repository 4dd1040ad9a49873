"""第四章 评选流程: 第十三条 (collective decision: the candidate banks) and 第十五条 (competitive: the committee)."""

import datetime as dt
from typing import Literal

from .._core import Count, Evaluation, Example, Problems, Result, calculator, decision_date_spec, record, spec
from .._core.crossfield import CrossFieldRule, Requires
from .parameters import BANKING, MIN_CANDIDATE_BANKS, MIN_COMMITTEE_SIZE
from .readings import COMMITTEE_NOT_CHECKED, FEWER_LOCAL_BANKS, GENERAL_MINIMUM, LOCAL_BANKS_UNKNOWN

__all__ = ["SelectionProcedureInput", "selection_procedure"]


@record
class SelectionProcedureInput:
    """选择资金存放银行程序的输入。"""

    method: Literal["collective", "competitive"] = spec(
        "选择方式",
        "collective：集体决策方式（第十三条）；competitive：竞争性方式（第十五条）",
        en="Method of selection",
        choices={"collective": "集体决策方式（第十三条）", "competitive": "竞争性方式（第十五条）"},
    )
    candidate_banks: Count | None = spec(
        "备选（参与）银行家数", "集体决策方式必填", default=None, en="Number of candidate banks"
    )
    local_banks: Count | None = spec(
        "预算单位所在地银行家数",
        "备选银行少于 3 家时必填（第十三条（一））",
        default=None,
        en="Number of banks where the budget unit is",
    )
    committee_size: Count | None = spec(
        "评选委员会成员人数",
        "竞争性方式：给出人数，或给出内部成员和外部专家人数（二者之和）",
        default=None,
        en="Size of the selection committee",
    )
    internal_members: Count | None = spec(
        "评选委员会中预算单位内部成员人数",
        "竞争性方式；须至少 1 人",
        default=None,
        en="Committee members from the budget unit",
    )
    outside_experts: Count | None = spec(
        "评选委员会中外部专家人数", "竞争性方式；须至少 1 人", default=None, en="Outside experts on the committee"
    )
    as_of: dt.date | None = spec("适用日期", "评选之日；缺省为今天", default=None, en="Date of the law applied")
    decision_date: dt.date | None = decision_date_spec()


#: The fields each method needs (shapes, which the schema says too), and how they must agree.
RULES = (
    CrossFieldRule(
        "candidate_banks_required",
        "missing",
        ("candidate_banks",),
        "集体决策方式（method 为 collective）须给出备选银行家数 candidate_banks",
        "a collective decision (method collective) needs candidate_banks",
        shape=Requires("method", ("collective",), (("candidate_banks",),)),
    ),
    CrossFieldRule(
        "candidates_within_local_banks",
        "out_of_range",
        ("candidate_banks", "local_banks"),
        "集体决策方式下，备选银行家数 candidate_banks 不能多于所在地银行家数 local_banks（第十一条（一））",
        "in a collective decision, candidate_banks cannot exceed local_banks (第十一条（一）)",
    ),
    CrossFieldRule(
        "committee_required",
        "missing",
        ("committee_size", "internal_members", "outside_experts"),
        "竞争性方式（method 为 competitive）须给出评选委员会人数 committee_size，或内部成员 internal_members "
        "和外部专家 outside_experts 各自的人数",
        "a competitive selection (method competitive) needs committee_size, or both internal_members and "
        "outside_experts",
        shape=Requires("method", ("competitive",), (("committee_size",), ("internal_members", "outside_experts"))),
    ),
    CrossFieldRule(
        "committee_adds_up",
        "out_of_range",
        ("committee_size", "internal_members", "outside_experts"),
        "三者都给出时，committee_size 须等于 internal_members 与 outside_experts 之和",
        "when all three are given, committee_size must equal internal_members plus outside_experts",
    ),
)


@calculator(
    "banking.selection_procedure",
    SelectionProcedureInput,
    title="资金存放银行选择程序",
    document=BANKING,
    event="as_of",
    rules=RULES,
    examples=[
        Example(
            "集体决策：所在地只有 2 家银行，2 家都作为备选",
            {"method": "collective", "candidate_banks": 2, "local_banks": 2, "as_of": "2020-01-06"},
        ),
        Example(
            "竞争性方式：评选委员会 6 人（须为 5 人以上单数）",
            {"method": "competitive", "committee_size": 6, "as_of": "2020-01-06"},
        ),
        Example(
            "竞争性方式：评选委员会 5 人，全部为单位内部成员（须由内部成员和外部专家共同组成）",
            {"method": "competitive", "internal_members": 5, "outside_experts": 0, "as_of": "2020-01-06"},
        ),
    ],
)
def selection_procedure(inp: SelectionProcedureInput, ex: Evaluation) -> Result:
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
    else:
        _check_committee(inp, problems)
    problems.raise_if_any()

    if inp.candidate_banks is not None and inp.method == "collective":
        _collective(inp.candidate_banks, inp.local_banks, ex)
    else:
        _competitive(inp, ex)
    return ex.result(eligible=not ex.reasons)


def _check_committee(inp: SelectionProcedureInput, problems: Problems) -> None:
    """The committee is given by its size, by its two parts, or both (which must then agree)."""
    parts = {"internal_members": inp.internal_members, "outside_experts": inp.outside_experts}
    missing = [field for field, value in parts.items() if value is None]
    if inp.committee_size is None and missing:
        for field in ["committee_size"] if len(missing) == len(parts) else missing:
            problems.add(
                field,
                "missing",
                "竞争性方式须给出评选委员会人数，或内部成员和外部专家各自的人数",
                en="a competitive selection needs the committee's size, or its internal members and outside experts",
            )
    elif inp.committee_size is not None and not missing:
        total = sum(value or 0 for value in parts.values())
        if total != inp.committee_size:
            problems.add(
                "committee_size",
                "out_of_range",
                f"评选委员会人数 {inp.committee_size} 不等于内部成员与外部专家人数之和 {total}",
                en=f"the committee's size {inp.committee_size} is not internal members plus outside experts ({total})",
            )


def _collective(candidates: int, local_banks: int | None, ex: Evaluation) -> None:
    least = ex.use(MIN_CANDIDATE_BANKS)
    citation = ex.citation_of(MIN_CANDIDATE_BANKS)
    minimum = ex.reading(GENERAL_MINIMUM)
    ex.note_reading(GENERAL_MINIMUM, minimum)
    if local_banks is not None and local_banks < least:
        fewer = ex.reading(FEWER_LOCAL_BANKS)
        ex.note_reading(FEWER_LOCAL_BANKS, fewer)
        needed = local_banks if fewer == "all_local_banks" else min(1, local_banks)
        ex.step(
            "所在地银行 {local} 家，少于 {least} 家：备选银行应为{which} {needed} 家",
            local=local_banks,
            least=least,
            which="全部" if fewer == "all_local_banks" else "至少",
            needed=needed,
        )
    else:
        needed = least
        if local_banks is None and candidates < least:
            ex.note(
                LOCAL_BANKS_UNKNOWN.code,
                "未提供所在地银行家数：只有证明所在地银行少于 3 家时，备选银行才可少于 3 家。",
            )
        ex.step("备选银行一般不得少于 {least} 家", least=least)
        if minimum == "unit_may_justify" and 0 < candidates < least:
            # The unit gives its reasons for fewer candidates: not a failure of the procedure.
            needed = candidates
    if candidates == 0:
        # With no candidate (and so, when that is all there is, no local bank) there is no bank to
        # choose: 第十一条（一） asks for a branch where the unit is, so the procedure cannot be met.
        ex.reason("no_candidates", "没有备选银行：至少须有 1 家在所在地设有营业网点的银行参与选择", citation)
    elif candidates >= needed:
        ex.step("备选银行 {candidates} 家 ≥ {needed} 家", candidates=candidates, needed=needed)
    else:
        ex.reason("too_few_candidates", f"备选银行 {candidates} 家，少于应有的 {needed} 家", citation)


def _competitive(inp: SelectionProcedureInput, ex: Evaluation) -> None:
    size = inp.committee_size
    if size is None:
        size = (inp.internal_members or 0) + (inp.outside_experts or 0)
    least = ex.use(MIN_COMMITTEE_SIZE)
    citation = ex.citation_of(MIN_COMMITTEE_SIZE)
    # "由预算单位内部成员和外部专家共同组成": both kinds of member must sit on the committee.
    if inp.internal_members is None or inp.outside_experts is None:
        ex.note(
            COMMITTEE_NOT_CHECKED.code,
            "未给出内部成员和外部专家各自的人数：评选委员会须由预算单位内部成员和外部专家共同组成，本计算只核对了人数。",
        )
    else:
        if inp.internal_members == 0:
            ex.reason("committee_no_internal_members", "评选委员会没有预算单位内部成员", citation)
        if inp.outside_experts == 0:
            ex.reason("committee_no_outside_experts", "评选委员会没有外部专家", citation)
        ex.step(
            "评选委员会：内部成员 {internal} 人，外部专家 {outside} 人",
            internal=inp.internal_members,
            outside=inp.outside_experts,
        )
    # "5 人以上单数": 以上 includes 5 (民法典 第一千二百五十九条), and the number must be odd.
    if size < least:
        ex.reason("committee_too_small", f"评选委员会 {size} 人，少于 {least} 人", citation)
    if size % 2 == 0:
        ex.reason("committee_not_odd", f"评选委员会 {size} 人，不是单数", citation)
    if size >= least and size % 2 == 1:
        ex.step("评选委员会 {size} 人：不少于 {least} 人，且为单数", size=size, least=least)
