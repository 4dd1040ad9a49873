"""第六条（三）: compulsory-education places bought from private schools; inclusive kindergartens."""

import datetime as dt

from .._core import (
    Evaluation,
    Example,
    InputError,
    PositiveAmount,
    PositiveCount,
    Problems,
    Result,
    calculator,
    claim_date_spec,
    decision_date_spec,
    fen,
    record,
    spec,
)
from .._core.crossfield import CrossFieldRule
from ._checks import city_fund, is_non_profit, policy_notes, type_served
from .art2_scope import School, meets_scope
from .parameters import (
    ART6_3_INCLUSIVE,
    ART6_3_PLACES,
    COMPULSORY_TYPES,
    EDUCATION,
    INCLUSIVE_KINDERGARTEN_RATE,
    PURCHASED_PLACES_SHARE,
)
from .readings import PLACES_BASE_FEE, SIZE_FOR_EVERY_SUPPORT
from .warning_notes import CITY_COMMISSION_REQUIRED, PER_STUDENT_STANDARD_IS_INPUT

__all__ = [
    "InclusiveKindergartenInput",
    "PurchasedPlacesInput",
    "inclusive_kindergarten_subsidy",
    "purchased_places_subsidy",
]

_SCHOOL_SPEC = "学校类型、班数、在校生数、是否非营利性、是否已终止办学"


@record
class PurchasedPlacesInput:
    """政府购买义务教育学位补助的输入。"""

    school: School = spec("学校", _SCHOOL_SPEC, en="School")
    enrolled_students: PositiveCount = spec(
        "购买学位实际招生人数",
        "受市人民政府委托提供的义务教育学位实际招生人数",
        en="Pupils enrolled in the places bought",
    )
    per_student_standard: PositiveAmount = spec(
        "当年公办学校生均公用经费定额标准（元/生·年）",
        "由财政、教育部门按当年标准提供（国发〔2015〕67号基准定额仅供参考）",
        en="Public schools' standard running cost per pupil that year (yuan/pupil·year)",
    )
    as_of: dt.date | None = spec(
        "适用日期", "适用哪一天有效的规定；缺省为今天", default=None, en="Date of the law applied"
    )
    decision_date: dt.date | None = decision_date_spec()
    claim_date: dt.date | None = claim_date_spec()


@calculator(
    "education.purchased_places_subsidy",
    PurchasedPlacesInput,
    title="政府购买义务教育学位补助",
    rules=[
        CrossFieldRule(
            "places_within_pupils",
            "out_of_range",
            ("enrolled_students", "school.students"),
            "购买学位实际招生人数 enrolled_students 不得多于学校在校生数 school.students",
            "enrolled_students, the places bought, cannot exceed the school's pupils (school.students)",
        ),
    ],
    document=EDUCATION,
    event="claim_date",
    examples=[
        Example(
            "非营利性小学受委托提供学位，实际招生 200 人，生均公用经费定额 650 元",
            {
                "school": {"type": "primary", "classes": 12, "students": 600, "non_profit": True},
                "enrolled_students": 200,
                "per_student_standard": "650",
                "as_of": "2020-09-01",
            },
        ),
    ],
)
def purchased_places_subsidy(inp: PurchasedPlacesInput, ex: Evaluation) -> Result:
    """第六条（三）："对因公办义务教育学校学位不足，受市人民政府委托提供义务教育学位的非营利性民办学校，
    根据购买学位实际招生人数按当年公办学校生均公用经费定额标准的 50% 给予补助。"

    Returns ``amount``: enrolled pupils × the per-student standard × 50%, rounded to the fen.
    """
    # Places of compulsory education are bought from schools that teach it: another kind of school
    # does not qualify, with the clause as its reason (not a bad value).
    type_ok = type_served(
        inp.school, ex, ex.use(COMPULSORY_TYPES), "购买义务教育学位补助", ex.citation_of(COMPULSORY_TYPES)
    )
    problems = Problems()
    if inp.enrolled_students > inp.school.students:
        problems.add(
            "enrolled_students",
            "out_of_range",
            f"购买学位实际招生人数 {inp.enrolled_students} 多于学校在校生数 {inp.school.students}",
            en=f"{inp.enrolled_students} places bought exceed the school's {inp.school.students} pupils",
        )
    problems.raise_if_any()
    ex.note(
        CITY_COMMISSION_REQUIRED.code,
        "本项补助限于因公办学位不足、受市人民政府委托提供义务教育学位的学校，委托事实由主管部门核实。",
    )
    ex.note(
        PER_STUDENT_STANDARD_IS_INPUT.code,
        "“当年公办学校生均公用经费定额标准”未在本政策中规定，由调用方按当年标准提供。",
    )
    size = ex.reading(SIZE_FOR_EVERY_SUPPORT)
    ex.note_reading(SIZE_FOR_EVERY_SUPPORT, size, support="补助")
    base_fee = ex.reading(PLACES_BASE_FEE)
    ex.note_reading(PLACES_BASE_FEE, base_fee)
    fund_ok = city_fund(inp.school, ex)
    policy_notes(inp.school, ex, clause_names_non_profit=True)
    non_profit_ok = is_non_profit(inp.school, ex, ART6_3_PLACES) and fund_ok
    scale_ok = meets_scope(inp.school, ex, size=size == "applies")
    share = ex.use(PURCHASED_PLACES_SHARE)
    amount = fen(inp.enrolled_students * inp.per_student_standard * share)
    ex.step(
        "{students} 人 × {standard:money} 元 × {percent:decimal}% = {amount:money} 元（四舍五入到分）",
        students=inp.enrolled_students,
        standard=inp.per_student_standard,
        percent=share * 100,
        amount=amount,
    )
    if base_fee == "with_base_fee":
        base = fen(inp.enrolled_students * inp.per_student_standard)
        ex.step(
            "基础的政府购买服务费用：{students} 人 × {standard:money} 元 = {base:money} 元；合计 {total:money} 元",
            students=inp.enrolled_students,
            standard=inp.per_student_standard,
            base=base,
            total=base + amount,
        )
        amount = base + amount
    return ex.result(eligible=non_profit_ok and scale_ok and type_ok, amount=amount)


@record
class InclusiveKindergartenInput:
    """多元普惠幼儿园生均补助的输入。"""

    school: School = spec("学校", _SCHOOL_SPEC, en="School")
    recognised_inclusive: bool = spec(
        "是否经自治区教育厅评估认定的多元普惠幼儿园",
        "",
        default=True,
        en="Recognised inclusive kindergarten (regional education department)",
    )
    as_of: dt.date | None = spec(
        "适用日期", "适用哪一天有效的规定；缺省为今天", default=None, en="Date of the law applied"
    )
    decision_date: dt.date | None = decision_date_spec()
    claim_date: dt.date | None = claim_date_spec()


@calculator(
    "education.inclusive_kindergarten_subsidy",
    InclusiveKindergartenInput,
    title="多元普惠幼儿园生均补助",
    rules=[
        CrossFieldRule(
            "kindergarten_has_children",
            "out_of_range",
            ("school.students",),
            "按在园幼儿人数补助，school.students 必须大于 0",
            "the subsidy is per enrolled child: school.students must be more than 0",
        ),
    ],
    document=EDUCATION,
    event="claim_date",
    examples=[
        Example(
            "经认定的多元普惠幼儿园，在园幼儿 300 人，一个学年",
            {
                "school": {"type": "kindergarten", "classes": 10, "students": 300, "non_profit": True},
                "as_of": "2020-09-01",
            },
        ),
    ],
)
def inclusive_kindergarten_subsidy(inp: InclusiveKindergartenInput, ex: Evaluation) -> Result:
    """第六条（三）："经自治区教育厅评估认定的多元普惠幼儿园，给予生均每学年 100 元的补助。"

    Returns ``amount``: 100 元 × the pupils (``school.students``) for one school year.
    """
    type_ok = type_served(inp.school, ex, frozenset({"kindergarten"}), "多元普惠幼儿园补助", ART6_3_INCLUSIVE)
    if inp.school.students == 0:
        raise InputError.one(
            "school.students",
            "out_of_range",
            "按在园幼儿人数补助，在园幼儿人数必须大于 0",
            en="the subsidy is per enrolled child: there must be more than 0",
        )
    size = ex.reading(SIZE_FOR_EVERY_SUPPORT)
    ex.note_reading(SIZE_FOR_EVERY_SUPPORT, size, support="补助")
    # The clause does not say non-profit: a for-profit inclusive kindergarten is refused only if the
    # chapeau is read as a condition.
    fund_ok = city_fund(inp.school, ex)
    profit_ok = policy_notes(inp.school, ex, clause_names_non_profit=False)
    eligible = meets_scope(inp.school, ex, size=size == "applies") and fund_ok and type_ok and profit_ok
    if not inp.recognised_inclusive:
        ex.reason(
            "not_inclusive_kindergarten", "本项补助仅给予经自治区教育厅评估认定的多元普惠幼儿园", ART6_3_INCLUSIVE
        )
        eligible = False
    rate = ex.use(INCLUSIVE_KINDERGARTEN_RATE)
    amount = fen(rate * inp.school.students)
    ex.step(
        "{rate:money} 元/生·学年 × {students} 人 = {amount:money} 元",
        rate=rate,
        students=inp.school.students,
        amount=amount,
    )
    return ex.result(eligible=eligible, amount=amount)
