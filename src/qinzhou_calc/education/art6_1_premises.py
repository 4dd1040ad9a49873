"""第六条（一）: the "以奖代补" for newly introduced non-profit schools, new-built or in leased premises."""

import datetime as dt
from decimal import Decimal
from typing import Any

from .._core import (
    Amount,
    Evaluation,
    Example,
    Money,
    PositiveAmount,
    Result,
    calculator,
    claim_date_spec,
    decision_date_spec,
    end_of_years,
    fen,
    fmt_decimal,
    record,
    spec,
)
from .._core.crossfield import CrossFieldRule
from ._checks import city_fund, is_non_profit, not_excluded, policy_notes
from ._validity import note_last_day
from .art2_scope import School, meets_scope
from .parameters import (
    ART6_1_LEASE,
    ART6_1_SCOPE,
    EDUCATION,
    EXCLUDED_FROM_PREMISES,
    LEASE_RATE,
    LEASE_YEARLY_CAP,
    LEASE_YEARS,
    NEW_BUILD_CAP,
    NEW_BUILD_RATE,
)
from .readings import LEASE_CONDITIONS
from .warning_notes import CITY_APPROVAL_REQUIRED, LEASE_YEARS_PAST_POLICY_END, ONE_RENT_ALL_YEARS

__all__ = ["LeaseSubsidyInput", "NewBuildSubsidyInput", "lease_subsidy", "new_build_subsidy"]

_SCHOOL_SPEC = "学校类型、班数、在校生数、是否非营利性、是否已终止办学"


def _scope(school: School, ex: Evaluation) -> bool:
    """The conditions of the "以奖代补": non-profit, 第二条, not a higher-vocational or undergraduate school."""
    fund_ok = city_fund(school, ex)
    policy_notes(school, ex, clause_names_non_profit=True)
    excluded_ok = not_excluded(school, ex, EXCLUDED_FROM_PREMISES)
    non_profit_ok = is_non_profit(school, ex, ART6_1_SCOPE)
    scale_ok = meets_scope(school, ex)
    # The city government's approval and "新引进" are facts the library cannot see.
    ex.note(
        CITY_APPROVAL_REQUIRED.code,
        "本项补助须由投资者申请、经市人民政府批准，且限于新引进的民办学校；本计算假定已获批准，只计算补助标准。",
    )
    return fund_ok and excluded_ok and non_profit_ok and scale_ok


@record
class NewBuildSubsidyInput:
    """新建民办学校一次性补助的输入。"""

    school: School = spec("学校", _SCHOOL_SPEC, en="School")
    new_teaching_area_m2: PositiveAmount = spec(
        "新建成教学建筑面积（m²）", "新建成的教学建筑面积", en="Newly built teaching floor area (m²)"
    )
    as_of: dt.date | None = spec(
        "适用日期", "适用哪一天有效的规定；缺省为今天", default=None, en="Date of the law applied"
    )
    decision_date: dt.date | None = decision_date_spec()
    claim_date: dt.date | None = claim_date_spec()


@calculator(
    "education.new_build_subsidy",
    NewBuildSubsidyInput,
    title="新建民办学校一次性补助",
    document=EDUCATION,
    event="claim_date",
    examples=[
        Example(
            "新建非营利性小学，新建成教学建筑面积 10000 m²",
            {
                "school": {"type": "primary", "classes": 12, "students": 540, "non_profit": True},
                "new_teaching_area_m2": "10000",
                "as_of": "2020-06-30",
            },
        ),
        Example(
            "新建非营利性完全中学 50000 m²：120 元 × 50000 m² = 600 万元，封顶 500 万元",
            {
                "school": {"type": "complete_middle", "classes": 30, "students": 1500, "non_profit": True},
                "new_teaching_area_m2": "50000",
                "as_of": "2021-01-15",
            },
        ),
    ],
)
def new_build_subsidy(inp: NewBuildSubsidyInput, ex: Evaluation) -> Result:
    """第六条（一）："对新引进的非营利性民办学校达到规定条件和办学规模的（不含高职高专院校和本科院校），
    由投资者申请，经市人民政府批准……对新建的民办学校按新建成教学建筑面积 120 元/m² 的标准给予一次性补助，
    单所学校补助最高不超过 500 万元。"

    Returns ``amount``: 120 元 × the new teaching area, rounded to the fen, at most 5,000,000.
    """
    eligible = _scope(inp.school, ex)
    rate = ex.use(NEW_BUILD_RATE)
    cap = ex.use(NEW_BUILD_CAP)
    area = inp.new_teaching_area_m2
    raw = fen(rate * area)
    ex.step("{rate:decimal} 元/m² × {area:decimal} m² = {raw:money} 元（四舍五入到分）", rate=rate, area=area, raw=raw)
    amount = min(raw, cap)
    if raw > cap:
        ex.step("{raw:money} 元 超过单所学校上限 {cap:money} 元，按 {cap:money} 元补助", raw=raw, cap=cap)
    return ex.result(eligible=eligible, amount=amount, maximum=cap)


def _date_the_years(inp: "LeaseSubsidyInput", ex: Evaluation, rows: list[dict[str, Any]]) -> None:
    """Give each subsidised year its dates, and flag the part after the policy's end (2024-11-21).

    Reading (lease_years_past_policy_end): the policy's five years end on 2024-11-21, but a
    lease subsidy granted while it was in force runs for its "连续 3 年"; the years (or the part
    of a year) after the end are still computed, flagged in the breakdown and in a note, for the
    authority to decide whether they are paid under this policy.
    """
    start = inp.first_year_from or inp.claim_date
    end = EDUCATION.in_force_until
    if start is None or end is None:
        return
    flagged: list[str] = []
    for row in rows:
        field = "first_year_from" if inp.first_year_from else "claim_date"
        first = end_of_years(start, row["year"] - 1, field)
        last = end_of_years(start, row["year"], field) - dt.timedelta(days=1)
        after = max(0, (last - max(first, end + dt.timedelta(days=1))).days + 1)
        row.update({"from": first, "to": last, "after_policy_end": after > 0, "days_after_policy_end": after})
        if after:
            flagged.append(
                f"第 {row['year']} 年（{first.isoformat()} 至 {last.isoformat()}，其中 {after} 天在届满之后）"
            )
    if flagged:
        note_last_day(ex)
        # Reading (lease_years_past_policy_end): the "连续 3 年" of a subsidy granted while the policy
        # was in force may run past 2024-11-21; those years are computed and flagged, not dropped.
        ex.note(
            LEASE_YEARS_PAST_POLICY_END.code,
            f"本政策有效期至 {end.isoformat()}；补助的" + "、".join(flagged) + "超出有效期，照常计算并在明细中标出"
            "（“超出政策有效期”一栏），是否仍依本政策给付由主管部门决定",
        )


@record
class LeaseSubsidyInput:
    """租赁校舍新办学民办学校补助的输入。"""

    school: School = spec("学校", _SCHOOL_SPEC, en="School")
    leased_teaching_area_m2: PositiveAmount = spec(
        "租赁教学建筑面积（m²）", "租赁校舍中的教学建筑面积", en="Leased teaching floor area (m²)"
    )
    contract_rent_per_m2_year: Amount = spec(
        "合同租金（元/m²·年）", "租赁合同约定的每平方米每年租金", en="Contract rent (yuan/m²·year)"
    )
    public_premises: bool = spec(
        "是否公建民营学校租用公建校舍",
        "公建民营学校租用公建校舍办学的为“是”（不在补助范围内）",
        default=False,
        en="Publicly built, privately run school in public premises",
    )
    first_year_from: dt.date | None = spec(
        "补助首年起始日",
        "连续 3 年补助的第一年从哪一天起算（可选）；缺省为申请日期；两者均无时明细不列日期",
        default=None,
        en="First day of the first subsidised year",
    )
    as_of: dt.date | None = spec(
        "适用日期", "适用哪一天有效的规定；缺省为今天", default=None, en="Date of the law applied"
    )
    decision_date: dt.date | None = decision_date_spec()
    claim_date: dt.date | None = claim_date_spec()


@calculator(
    "education.lease_subsidy",
    LeaseSubsidyInput,
    title="租赁校舍新办学补助",
    columns={
        "year": ("第几年", "Year of the subsidy"),
        "rate": ("租金（元/m²·年）", "Rent (yuan/m²·year)"),
        "area_m2": ("面积（m²）", "Area (m²)"),
        "amount": Money("补助金额（元）", "Subsidy (yuan)"),
        "from": ("起", "From"),
        "to": ("止", "To"),
        "after_policy_end": ("超出政策有效期", "Past the policy's end"),
        "days_after_policy_end": ("超出有效期的天数", "Days past the policy's end"),
    },
    rules=[
        CrossFieldRule(
            "lease_years_within_calendar",
            "out_of_range",
            ("first_year_from",),
            "自补助首年起始日 first_year_from 起算的连续 3 年须在 9999-12-31 前结束",
            "the 3 years counted from first_year_from must end by 9999-12-31",
        )
    ],
    document=EDUCATION,
    event="claim_date",
    examples=[
        Example(
            "非营利性幼儿园租赁教学用房 3000 m²，合同租金 50 元/m²·年（低于 60 元，按实际租金）",
            {
                "school": {"type": "kindergarten", "classes": 10, "students": 300, "non_profit": True},
                "leased_teaching_area_m2": "3000",
                "contract_rent_per_m2_year": "50",
                "as_of": "2020-09-01",
            },
        ),
    ],
)
def lease_subsidy(inp: LeaseSubsidyInput, ex: Evaluation) -> Result:
    """第六条（一）："对租赁校舍新办学的民办学校按租赁教学建筑面积 60 元/m²·年的标准，连续 3 年给予补助；
    合同租金低于 60 元/m²·年的，按实际租金给予补助，单所学校租赁校舍补助每年最高不超过 100 万元。
    公建民营学校租用公建校舍办学的不在补助范围内。"

    Returns ``amount`` for the 3 years and ``breakdown`` with one row per year (each rounded to the fen).
    """
    conditions = ex.reading(LEASE_CONDITIONS)
    ex.note_reading(LEASE_CONDITIONS, conditions)
    if conditions == "incentive_conditions":
        eligible = _scope(inp.school, ex)
    else:
        fund_ok = city_fund(inp.school, ex)
        profit_ok = policy_notes(inp.school, ex, clause_names_non_profit=False)
        eligible = meets_scope(inp.school, ex) and fund_ok and profit_ok
    if inp.public_premises:
        ex.reason("public_premises", "公建民营学校租用公建校舍办学的不在补助范围内", ART6_1_LEASE)
        eligible = False
    standard = ex.use(LEASE_RATE)
    years = ex.use(LEASE_YEARS)
    cap = ex.use(LEASE_YEARLY_CAP)
    rent = inp.contract_rent_per_m2_year
    area = inp.leased_teaching_area_m2
    # Reading (one_rent_all_years): "连续 3 年给予补助；合同租金低于 60 元/m²·年的，按实际租金" — the rent
    # given is taken as each year's rent; a lease whose rent changes from year to year is computed per year.
    ex.note(
        ONE_RENT_ALL_YEARS.code,
        f"连续 {years} 年均按所给的同一合同租金（{fmt_decimal(rent)} 元/m²·年）计算；"
        "合同租金逐年不同的，应按各年实际租金分年计算（每年各算一次）。",
    )
    if rent < standard:
        rate = rent
        ex.step(
            "合同租金 {rent:decimal} 元/m²·年 低于 {standard:decimal} 元/m²·年，按实际租金补助",
            rent=rent,
            standard=standard,
        )
    else:
        rate = standard
        ex.step(
            "合同租金 {rent:decimal} 元/m²·年 不低于 {standard:decimal} 元/m²·年，按标准补助",
            rent=rent,
            standard=standard,
        )
    raw = fen(rate * area)
    yearly = min(raw, cap)
    ex.step(
        "每年：{rate:decimal} 元/m²·年 × {area:decimal} m² = {raw:money} 元（四舍五入到分）",
        rate=rate,
        area=area,
        raw=raw,
    )
    if raw > cap:
        ex.step("{raw:money} 元 超过每年上限 {cap:money} 元，每年按 {cap:money} 元补助", raw=raw, cap=cap)
    breakdown: list[dict[str, Any]] = [
        {"year": n, "rate": rate, "area_m2": area, "amount": Decimal(0) if not eligible else yearly}
        for n in range(1, years + 1)
    ]
    total = yearly * years
    ex.step("连续 {years} 年：{yearly:money} 元 × {years} = {total:money} 元", years=years, yearly=yearly, total=total)
    _date_the_years(inp, ex, breakdown)
    return ex.result(eligible=eligible, amount=total, breakdown=breakdown)
