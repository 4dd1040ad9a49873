"""第十一条 (who may hold a unit's funds) and 第二十一条 (the 3-year bar after removal)."""

import datetime as dt
import typing
from typing import Literal

from .._core import (
    Evaluation,
    Example,
    Problems,
    Result,
    calculator,
    civil_code,
    decision_date_spec,
    end_of_years,
    record,
    shift_days,
    spec,
)
from .._core.crossfield import CrossFieldRule
from .parameters import BANKING, BAR_YEARS, MAX_SUPERVISORY_GRADE, MIN_PBOC_RATING
from .readings import BAR_LAST_DAY, REMOVAL_BEFORE_MEASURES, SUPERVISORY_SUBGRADE

__all__ = [
    "PBOC_RATINGS",
    "SUPERVISORY_RATINGS",
    "BankEligibilityInput",
    "BankProfile",
    "bank_eligibility",
    "supervisory_grade",
]

PbocRating = Literal["A", "B", "C", "D"]
#: 人民银行综合评价, best first.
PBOC_RATINGS: tuple[str, ...] = ("A", "B", "C", "D")

SupervisoryRating = Literal[
    "1", "1A", "1B", "1C", "2", "2A", "2B", "2C", "3", "3A", "3B", "3C",
    "4", "4A", "4B", "4C", "5", "6", 1, 2, 3, 4, 5, 6,
]  # fmt: skip
#: 银行业监管评级: grades 1 (best) to 6, some with sub-grades A–C; accepted as text or, without a sub-grade, a number.
SUPERVISORY_RATINGS: tuple[str | int, ...] = typing.get_args(SupervisoryRating)
#: The rating as a form shows it: ``"2B"`` and ``2`` are "2B 级" and "2 级".
_RATING_NAMES: dict[object, str] = {rating: f"{rating} 级" for rating in (*PBOC_RATINGS, *SUPERVISORY_RATINGS)}

_ART11 = {
    "（一）": "在预算单位所在地设有营业网点；",
    "（三）": "依法开展经营活动，近 3 年内在经营活动中无重大违法违规记录，信誉良好；",
    "（四）": "内部管理机制健全，具有较强的风险控制能力，近 3 年内未发生金融风险及重大违约事件。",
}


def supervisory_grade(rating: str | int) -> int:
    """The number of a supervisory rating: ``"2A"`` and ``"2B"`` are grade 2."""
    return int(str(rating)[0])


@record
class BankProfile:
    """参与资金存放的银行（第十一条、第二十一条所需情况）。"""

    name: str = spec("银行名称", en="Bank name")
    local_branch: bool = spec(
        "在预算单位所在地设有营业网点", "第十一条（一）", en="Has a branch where the budget unit is"
    )
    pboc_rating: PbocRating = spec(
        "人民银行上年度综合评价",
        "A、B、C、D 级",
        examples=("B",),
        en="PBoC overall rating of the previous year",
        choices=_RATING_NAMES,
    )
    supervisory_rating: SupervisoryRating = spec(
        "银监部门上年度监管评级",
        "1 级最好；2A、3B 等子级按其级数计",
        examples=("2B",),
        en="Banking regulator's rating of the previous year",
        choices=_RATING_NAMES,
    )
    major_violation_3y: bool = spec(
        "近 3 年内有重大违法违规记录", "第十一条（三）", en="Major violation in the last 3 years"
    )
    risk_event_3y: bool = spec(
        "近 3 年内发生金融风险或重大违约事件",
        "第十一条（四）",
        en="Financial risk or major default in the last 3 years",
    )
    barred_until: dt.date | None = spec(
        "取消资格至（含当日）",
        "第二十一条：已知的资格取消期最后一日；与被本单位变更之日同时给出时取较晚者",
        default=None,
        en="Barred until (inclusive)",
    )
    removed_on: dt.date | None = spec(
        "被本单位依第二十一条变更之日",
        "本办法施行（2019-09-26）后被本单位变更的，自次日起计 3 年（民法典第二百零一、二百零二条）",
        default=None,
        en="Day of removal by this unit under Article 21",
    )


@record
class BankEligibilityInput:
    """资金存放银行资格审查的输入。"""

    bank: BankProfile = spec("银行", en="Bank")
    as_of: dt.date | None = spec("适用日期", "评选之日；缺省为今天", default=None, en="Date of the law applied")
    decision_date: dt.date | None = decision_date_spec()


#: What the schema cannot say: the removal is a past event of the selection, and its bar ends on a day.
RULES = (
    CrossFieldRule(
        "removal_not_after_selection",
        "out_of_range",
        ("bank.removed_on", "as_of"),
        "取消资格日期 bank.removed_on 不得晚于评选日期 as_of（缺省为决定日期或今天）",
        "bank.removed_on must not be after the selection's day, as_of (by default the decision date or today)",
    ),
    CrossFieldRule(
        "bar_within_calendar",
        "out_of_range",
        ("bank.removed_on",),
        "自取消资格日期起算的 3 年期间须在 9999-12-31 前届满",
        "the 3 years counted from bank.removed_on must end by 9999-12-31",
    ),
)


@calculator(
    "banking.bank_eligibility",
    BankEligibilityInput,
    title="资金存放银行参与资格",
    document=BANKING,
    event="as_of",
    rules=RULES,
    examples=[
        Example(
            "评级 B、监管评级 3B、2019-10-15 被取消资格的银行，2022-10-15 评选（仍在 3 年内）",
            {
                "bank": {
                    "name": "某农村商业银行",
                    "local_branch": True,
                    "pboc_rating": "B",
                    "supervisory_rating": "3B",
                    "major_violation_3y": False,
                    "risk_event_3y": False,
                    "removed_on": "2019-10-15",
                },
                "as_of": "2022-10-15",
            },
        ),
        Example(
            "符合第十一条全部条件的银行",
            {
                "bank": {
                    "name": "某银行钦州分行",
                    "local_branch": True,
                    "pboc_rating": "A",
                    "supervisory_rating": "2A",
                    "major_violation_3y": False,
                    "risk_event_3y": False,
                },
                "as_of": "2020-03-02",
            },
        ),
    ],
)
def bank_eligibility(inp: BankEligibilityInput, ex: Evaluation) -> Result:
    """第十一条："参与预算单位资金存放的银行应符合以下条件：(一) 在预算单位所在地设有营业网点；
    (二) 监管评级达到以下标准：
    人民银行上年度综合评价 B 级以上（含 B 级），银监部门上年度监管评级 3 级以上（含 3 级）；(三) 依法开展经营活动，
    近 3 年内在经营活动中无重大违法违规记录，信誉良好；(四) ……近 3 年内未发生金融风险及重大违约事件。"
    第二十一条："……并取消该银行在以后 3 年内参与本单位资金存放竞争的资格。"

    Returns ``eligible`` and, for each condition not met, a ``reasons`` entry with its citation.
    """
    bank = inp.bank
    problems = Problems()
    if bank.removed_on is not None and bank.removed_on > ex.as_of:
        problems.add(
            "bank.removed_on",
            "out_of_range",
            "取消资格日期晚于评选日期（as_of）",
            en="the removal is after the date of the selection (as_of)",
        )
    problems.raise_if_any()

    art11 = {clause: BANKING.cite("第十一条", clause, text) for clause, text in _ART11.items()}

    # (一) a branch where the unit is.
    ex.cite(art11["（一）"])
    if bank.local_branch:
        ex.step("（一）在预算单位所在地设有营业网点：是")
    else:
        ex.reason("no_local_branch", f"{bank.name} 在预算单位所在地没有营业网点", art11["（一）"])

    # (二) ratings: "B 级以上（含 B 级）" and "3 级以上（含 3 级）" include the named grade (民法典 第一千二百五十九条).
    lowest_pboc = ex.use(MIN_PBOC_RATING)
    art11_2 = ex.citation_of(MIN_PBOC_RATING)
    if PBOC_RATINGS.index(bank.pboc_rating) <= PBOC_RATINGS.index(lowest_pboc):
        ex.step(
            "（二）人民银行上年度综合评价 {rating} 级，不低于 {lowest} 级", rating=bank.pboc_rating, lowest=lowest_pboc
        )
    else:
        ex.reason(
            "pboc_rating_below_b",
            f"人民银行上年度综合评价 {bank.pboc_rating} 级，低于 {lowest_pboc} 级",
            art11_2,
        )
    worst_grade = ex.use(MAX_SUPERVISORY_GRADE)
    grade = supervisory_grade(bank.supervisory_rating)
    meets = grade <= worst_grade
    sub_grade = str(bank.supervisory_rating)[1:]
    if sub_grade:
        option = ex.reading(SUPERVISORY_SUBGRADE)
        ex.note_reading(SUPERVISORY_SUBGRADE, option)
        # Under top_subgrade, the lowest grade admitted takes in its sub-grade A only.
        meets = grade < worst_grade or (grade == worst_grade and (option == "by_grade" or sub_grade == "A"))
    if meets:
        ex.step(
            "（二）银监部门上年度监管评级 {rating}（{grade} 级），不低于 {worst} 级",
            rating=bank.supervisory_rating,
            grade=grade,
            worst=worst_grade,
        )
    else:
        ex.reason(
            "supervisory_rating_below_3",
            f"银监部门上年度监管评级 {bank.supervisory_rating}（{grade} 级），低于 {worst_grade} 级",
            art11_2,
        )

    # (三), (四) the 3-year record.
    if bank.major_violation_3y:
        ex.reason("major_violation", f"{bank.name} 近 3 年内在经营活动中有重大违法违规记录", art11["（三）"])
    else:
        ex.cite(art11["（三）"])
        ex.step("（三）近 3 年内无重大违法违规记录")
    if bank.risk_event_3y:
        ex.reason("risk_event", f"{bank.name} 近 3 年内发生金融风险或重大违约事件", art11["（四）"])
    else:
        ex.cite(art11["（四）"])
        ex.step("（四）近 3 年内未发生金融风险及重大违约事件")

    _check_bar(bank, ex)
    return ex.result(eligible=not ex.reasons)


def _check_bar(bank: BankProfile, ex: Evaluation) -> None:
    """第二十一条: a bank removed for cause may not take part "在以后 3 年内" (its own check, its own citation)."""
    last_days: list[dt.date] = []
    counted = bank.removed_on is not None
    if bank.removed_on is not None and bank.removed_on < BANKING.in_force_from:
        before = ex.reading(REMOVAL_BEFORE_MEASURES)
        figures = {"removed": bank.removed_on.isoformat(), "since": BANKING.in_force_from.isoformat()}
        ex.note_reading(REMOVAL_BEFORE_MEASURES, before, **figures)
        counted = before == "reaches_back"
        if not counted:
            ex.step("第二十一条：{removed:iso} 的变更早于本办法施行，不计取消资格期", removed=bank.removed_on)
    if bank.removed_on is not None and counted:
        years = ex.use(BAR_YEARS)
        ex.cite(civil_code("第二百零一条", ex.as_of))
        ex.cite(civil_code("第二百零二条", ex.as_of))
        last_day = ex.reading(BAR_LAST_DAY)
        ex.note_reading(BAR_LAST_DAY, last_day)
        # With the removal day counted, the years run as if counted from the day before.
        start = bank.removed_on if last_day == "anniversary" else shift_days(bank.removed_on, -1, "bank.removed_on")
        end = end_of_years(start, years, "bank.removed_on")
        ex.step(
            "第二十一条：{removed:iso} 被变更，取消资格 {years} 年，至 {end:iso}（含）",
            removed=bank.removed_on,
            years=years,
            end=end,
        )
        last_days.append(end)
    if bank.barred_until is not None:
        ex.step("第二十一条：已知资格取消期至 {until:iso}（含）", until=bank.barred_until)
        last_days.append(bank.barred_until)
    if not last_days:
        return
    last = max(last_days)
    citation = ex.citation_of(BAR_YEARS)
    if ex.as_of <= last:
        ex.reason(
            "barred",
            f"{bank.name} 被取消参与资金存放竞争的资格至 {last.isoformat()}（含），"
            f"评选日 {ex.as_of.isoformat()} 仍在其内",
            citation,
        )
    else:
        ex.cite(citation)
        ex.step("评选日 {day:iso} 已在资格取消期（至 {last:iso}）之后", day=ex.as_of, last=last)
