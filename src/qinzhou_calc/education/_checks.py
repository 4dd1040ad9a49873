"""Named conditions shared by the subsidies of 第六条, each with its own citation."""

import datetime as dt

from .._core import Citation, Evaluation, InputError, Parameter, civil_code, end_of_years
from .._core.crossfield import CrossFieldRule
from ._validity import note_validity
from .art2_scope import TYPE_NAMES, School
from .parameters import ART6, ART10
from .readings import COUNTY_SCHOOL, FOR_PROFIT_SCHOOL, YEARS_REACHED

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
    option = ex.reading(YEARS_REACHED)
    ex.note_reading(YEARS_REACHED, option, years=years)
    reached = end if option == "on_last_day" else end + dt.timedelta(days=1)
    if ex.as_of >= reached:
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
        f"（满 {years} 年之日为 {reached.isoformat()}）",
        citation,
    )
    return False


def city_fund(school: School, ex: Evaluation) -> bool:
    """第六条: the support is paid from the city's fund, "专项用于扶持市本级管辖的民办学校".

    A county's school (``school.jurisdiction == "county"``) is, by the reading
    education.fund.county_school, not eligible, with a reason, or computed at the standards its
    county may follow (第十条); the note says which.
    """
    ex.cite(ART6)
    if school.jurisdiction == "city":
        return True
    ex.cite(ART10)
    option = ex.reading(COUNTY_SCHOOL)
    ex.note_reading(COUNTY_SCHOOL, option)
    if option == "county_follows":
        return True
    ex.reason(
        "county_school",
        "第六条的扶持由市本级民办教育扶持经费支付，专项用于扶持市本级管辖的民办学校；县区管辖的学校不在其内",
        ART6,
    )
    return False


def policy_notes(school: School, ex: Evaluation, *, clause_names_non_profit: bool) -> bool:
    """The readings every 第六条 result states: the policy's period near its ends, and for a
    for-profit school, how the chapeau's "重点扶持非营利性民办学校" was read (education.support.for_profit_school).

    False, with a reason, for a for-profit school when the chapeau is read as a condition and the
    clause itself does not already ask for a non-profit school (which gives its own reason).
    """
    note_validity(ex)
    if school.non_profit:
        return True
    ex.cite(ART6)
    option = ex.reading(FOR_PROFIT_SCHOOL)
    ex.note_reading(FOR_PROFIT_SCHOOL, option)
    if option == "emphasis" or clause_names_non_profit:
        return True
    ex.reason("not_non_profit", "第六条总述“重点扶持非营利性民办学校”，按所选读法营利性民办学校不予扶持", ART6)
    return False
