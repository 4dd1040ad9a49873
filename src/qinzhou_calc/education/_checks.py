"""Named conditions shared by the subsidies of 第六条, each with its own citation."""

import datetime as dt

from .._core import Citation, Evaluation, InputError, Parameter, civil_code, end_of_years
from .._core.crossfield import CrossFieldRule
from ._validity import note_validity
from .art2_scope import TYPE_NAMES, School
from .parameters import ART6, ART10

__all__ = [
    "city_fund",
    "is_non_profit",
    "not_excluded",
    "note_validity",
    "policy_notes",
    "running_rule",
    "running_years",
    "type_served",
]


def running_rule(field: str = "operating_since") -> CrossFieldRule:
    """The rule of :func:`running_years`: the school began on or before the day of the law applied."""
    return CrossFieldRule(
        "began_before_law_date",
        "out_of_range",
        (field,),
        f"开始办学日期 {field} 不得晚于适用日期（as_of，缺省为申请日期 claim_date 或决定日期）",
        f"{field}, the day the school began, must not be after the day of the law applied (as_of, by default "
        "claim_date or the decision date)",
    )


def not_excluded(school: School, ex: Evaluation, excluded: Parameter[frozenset[str]]) -> bool:
    """ "（不含高职高专院校和本科院校）": false, with a reason, for an excluded school type."""
    types = ex.use(excluded)
    if school.type in types:
        ex.reason(
            "excluded_school_type",
            f"{TYPE_NAMES[school.type]}不在本项扶持范围内（不含高职高专院校和本科院校）",
            ex.citation_of(excluded),
        )
        return False
    return True


def is_non_profit(school: School, ex: Evaluation, citation: Citation) -> bool:
    """The subsidy is for 非营利性民办学校 only: false, with a reason, for a for-profit school."""
    ex.cite(citation)
    if not school.non_profit:
        ex.reason("not_non_profit", "本项扶持仅适用于非营利性民办学校", citation)
        return False
    return True


def type_served(school: School, ex: Evaluation, served: frozenset[str], what: str, citation: Citation) -> bool:
    """The provision serves only the school types ``served`` (a kindergarten subsidy, places of compulsory
    education, a title for one kind of school): false, with a reason citing it, for another type."""
    if school.type in served:
        return True
    names = "、".join(TYPE_NAMES[t] for t in sorted(served))
    ex.reason(
        "school_type_not_served",
        f"{what}只适用于{names}；{TYPE_NAMES[school.type]}不在其内",
        citation,
    )
    return False


def running_years(
    since: dt.date,
    years: int,
    ex: Evaluation,
    citation: Citation,
    *,
    field: str = "operating_since",
    where: str = "在钦州",
) -> bool:
    """Whether a school that began on ``since`` has run ``years`` years or more ("以上") on ``as_of``.

    Counted by the Civil Code (第二百零一、二百零二条): the period starts the day after
    ``since`` and ends on the matching day ``years`` years on, or that month's last day
    where there is none (2020-02-29 + 2 years ends 2022-02-28). The condition is met from
    that last day on ("以上" includes the number, 第一千二百五十九条).
    """
    if since > ex.as_of:
        raise InputError.one(
            field,
            "out_of_range",
            f"开始办学日期 {since.isoformat()} 晚于适用日期 {ex.as_of.isoformat()}",
            en=f"the school began on {since.isoformat()}, after the day of the law applied ({ex.as_of.isoformat()})",
        )
    end = end_of_years(since, years)
    ex.cite(civil_code("第二百零一条", ex.as_of))
    ex.cite(civil_code("第二百零二条", ex.as_of))
    # Reading: the N years are reached on the last day of the period counted by the Civil
    # Code (the anniversary, or the month's last day when it has none), that day included.
    ex.note(
        "years_running_counted",
        f"办学年限按民法典（2021年前为民法总则）第二百零一、二百零二条计算：自开始办学次日起算，到期月对应日（无对应日的为月末日）"
        f"为期间最后一日，适用日期在该日或之后视为已办学满 {years} 年（“以上”含本数）。",
    )
    if ex.as_of >= end:
        ex.step(
            "{since:iso} 起{where}办学，{years} 年期间最后一日为 {end:iso}，至 {as_of:iso} 已满 {years} 年",
            since=since,
            where=where,
            years=years,
            end=end,
            as_of=ex.as_of,
        )
        return True
    ex.reason(
        "not_running_long_enough",
        f"{since.isoformat()} 起{where}办学，至 {ex.as_of.isoformat()} 不满 {years} 年"
        f"（满 {years} 年之日为 {end.isoformat()}）",
        citation,
    )
    return False


def city_fund(school: School, ex: Evaluation) -> bool:
    """第六条: the support is paid from the city's fund, "专项用于扶持市本级管辖的民办学校".

    A county's school (``school.jurisdiction == "county"``) is not eligible, with a reason; 第十条
    lets the counties apply the same standards from their own funds, which the note says.
    """
    ex.cite(ART6)
    if school.jurisdiction == "city":
        return True
    ex.reason(
        "county_school",
        "第六条的扶持由市本级民办教育扶持经费支付，专项用于扶持市本级管辖的民办学校；县区管辖的学校不在其内",
        ART6,
    )
    ex.cite(ART10)
    # Reading (county_may_follow): 第十条 "本政策涉及的扶持标准，各县区可参照执行" — a county may pay its own
    # schools at these standards from its own funds; it is not a claim on the city's fund.
    ex.note(
        "county_may_follow",
        "第十条规定“本政策涉及的扶持标准，各县区可参照执行”：县区管辖的学校可由所在县区参照本政策的标准、"
        "以县区经费扶持；本计算按市本级经费判断，不给予市本级补助。",
    )
    return False


def policy_notes(school: School, ex: Evaluation) -> None:
    """The readings every 第六条 result states: the policy's period near its ends, and for a
    for-profit school, how the chapeau's "重点扶持非营利性民办学校" was read."""
    note_validity(ex)
    if not school.non_profit:
        ex.cite(ART6)
        # Reading (for_profit_school): the chapeau says "重点扶持" (supports mainly), not "只扶持"; a
        # clause that names 非营利性民办学校 is a condition, a clause that says only "民办学校" is not.
        ex.note(
            "for_profit_school",
            "第六条总述“重点扶持非营利性民办学校”；各项中限于“非营利性民办学校”的，营利性学校不予扶持，"
            "只言“民办学校”的，本计算不以非营利性为条件——“重点扶持”读作经费安排上的侧重，而非资格条件。",
        )
