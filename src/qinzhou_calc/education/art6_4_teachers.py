"""第六条（四）: 20% of what a school pays into its qualified teachers' five insurances and housing fund."""

import datetime as dt
from decimal import Decimal
from typing import Any

from .._core import (
    Amount,
    Evaluation,
    Example,
    Money,
    Result,
    calculator,
    claim_date_spec,
    decision_date_spec,
    fen,
    record,
    spec,
)
from ._checks import city_fund, is_non_profit, not_excluded, policy_notes, running_rule, running_years
from .art2_scope import School, meets_scope
from .parameters import (
    ART6_4,
    EDUCATION,
    EXCLUDED_FROM_INSURANCE,
    TEACHER_INSURANCE_MIN_YEARS,
    TEACHER_INSURANCE_SHARE,
)
from .warning_notes import QUALIFIED_TEACHERS_ONLY

__all__ = ["Contributions", "TeacherInsuranceInput", "teacher_insurance_subsidy"]

_ITEM_NAMES = {
    "pension": "养老保险",
    "medical": "医疗保险",
    "unemployment": "失业保险",
    "work_injury": "工伤保险",
    "maternity": "生育保险",
    "housing_fund": "住房公积金",
}


@record
class Contributions:
    """学校为具备相应教师资格的教师依法缴纳的单位部分（元）。"""

    pension: Amount = spec("养老保险（单位缴纳部分）", default=Decimal(0), en="Pension insurance (employer's part)")
    medical: Amount = spec("医疗保险（单位缴纳部分）", default=Decimal(0), en="Medical insurance (employer's part)")
    unemployment: Amount = spec(
        "失业保险（单位缴纳部分）", default=Decimal(0), en="Unemployment insurance (employer's part)"
    )
    work_injury: Amount = spec(
        "工伤保险（单位缴纳部分）", default=Decimal(0), en="Work-injury insurance (employer's part)"
    )
    maternity: Amount = spec("生育保险（单位缴纳部分）", default=Decimal(0), en="Maternity insurance (employer's part)")
    housing_fund: Amount = spec(
        "住房公积金（单位缴纳部分）", default=Decimal(0), en="Housing provident fund (employer's part)"
    )


@record
class TeacherInsuranceInput:
    """教师社会保险和住房公积金补助的输入。"""

    school: School = spec("学校", "学校类型、班数、在校生数、是否非营利性、是否已终止办学", en="School")
    operating_since: dt.date = spec(
        "在钦州开始办学日期", "用于判断是否在钦州办学 2 年以上", en="Day the school began in Qinzhou"
    )
    contributions: Contributions = spec(
        "学校缴纳部分（元）", "五险一金中学校（单位）缴纳的部分", en="The school's contributions (yuan)"
    )
    as_of: dt.date | None = spec(
        "适用日期", "适用哪一天有效的规定；缺省为今天", default=None, en="Date of the law applied"
    )
    decision_date: dt.date | None = decision_date_spec()
    claim_date: dt.date | None = claim_date_spec()


@calculator(
    "education.teacher_insurance_subsidy",
    TeacherInsuranceInput,
    title="教师社会保险和住房公积金补助",
    columns={
        "item": ("险种代码", "Item"),
        "name": ("险种", "Insurance or fund"),
        "contribution_amount": Money("学校缴纳（元）", "Paid by the school (yuan)"),
    },
    rules=[running_rule()],
    document=EDUCATION,
    event="claim_date",
    examples=[
        Example(
            "2017 年起在钦州办学的非营利性初中，2020 年为教师缴纳五险一金单位部分合计 1,000,000 元",
            {
                "school": {"type": "junior_middle", "classes": 15, "students": 700, "non_profit": True},
                "operating_since": "2017-09-01",
                "contributions": {
                    "pension": "480000",
                    "medical": "250000",
                    "unemployment": "20000",
                    "work_injury": "10000",
                    "maternity": "20000",
                    "housing_fund": "220000",
                },
                "as_of": "2021-03-31",
            },
        ),
    ],
)
def teacher_insurance_subsidy(inp: TeacherInsuranceInput, ex: Evaluation) -> Result:
    """第六条（四）："符合第二条规定且在钦州办学 2 年以上的非营利性民办学校（不含高职高专院校和本科院校），
    为具备相应教师资格的教师依法缴纳养老保险、医疗保险、失业保险、工伤保险、生育保险及住房公积金的，
    按学校缴纳部分费用的 20% 给予补助。"

    Returns ``amount``: 20% of the school's contributions in total, rounded to the fen once.
    """
    years = ex.use(TEACHER_INSURANCE_MIN_YEARS)
    fund_ok = city_fund(inp.school, ex)
    policy_notes(inp.school, ex, clause_names_non_profit=True)
    excluded_ok = not_excluded(inp.school, ex, EXCLUDED_FROM_INSURANCE) and fund_ok
    non_profit_ok = is_non_profit(inp.school, ex, ART6_4)
    scale_ok = meets_scope(inp.school, ex)
    running_ok = running_years(inp.operating_since, years, ex, ART6_4)
    ex.note(
        QUALIFIED_TEACHERS_ONLY.code,
        "只计入为具备相应教师资格的教师依法缴纳的单位部分，由调用方按此口径提供金额。",
    )
    share = ex.use(TEACHER_INSURANCE_SHARE)
    rows: list[dict[str, Any]] = []
    total = Decimal(0)
    for key, name in _ITEM_NAMES.items():
        paid: Decimal = getattr(inp.contributions, key)
        total += paid
        rows.append({"item": key, "name": name, "contribution_amount": paid})
    ex.step(
        "学校缴纳部分合计：{parts:money[ + ]} = {total:money} 元",
        parts=[row["contribution_amount"] for row in rows],
        total=total,
    )
    # One legal step: 20% of the school's contributions taken together, rounded once.
    amount = fen(total * share)
    ex.step(
        "{total:money} 元 × {percent:decimal}% = {amount:money} 元（四舍五入到分）",
        total=total,
        percent=share * 100,
        amount=amount,
    )
    return ex.result(eligible=excluded_ok and non_profit_ok and scale_ok and running_ok, amount=amount, breakdown=rows)
