"""钦政办规〔2019〕11号 第六条（一） to （四）, 第七条 and 第十条: the figures of the support for schools.

The loan interest subsidy of 第六条（五） is in :mod:`.art6_5_loans`.
"""

from decimal import Decimal
from typing import Literal

from ..._core import Parameter
from .art12_validity import EDUCATION

__all__ = [
    "ART6",
    "ART6_1_LEASE",
    "ART6_1_NEW",
    "ART6_1_SCOPE",
    "ART6_2",
    "ART6_3_INCLUSIVE",
    "ART6_3_PLACES",
    "ART6_4",
    "ART7",
    "ART10",
    "AWARDS",
    "AWARD_NAMES",
    "COMPULSORY_TYPES",
    "EXCLUDED_FROM_INSURANCE",
    "EXCLUDED_FROM_PREMISES",
    "INCLUSIVE_KINDERGARTEN_RATE",
    "LEASE_RATE",
    "LEASE_YEARLY_CAP",
    "LEASE_YEARS",
    "NEW_BUILD_CAP",
    "NEW_BUILD_RATE",
    "PURCHASED_PLACES_SHARE",
    "SECONDED_TEACHER_SHARE",
    "SECONDED_TEACHER_YEARS",
    "TEACHER_INSURANCE_MIN_YEARS",
    "TEACHER_INSURANCE_SHARE",
    "AwardKind",
]

AwardKind = Literal[
    "regional_demo_kindergarten",
    "city_demo_kindergarten",
    "regional_demo_high_school",
    "four_star_secondary_vocational",
]
AWARD_NAMES = {
    "regional_demo_kindergarten": "自治区示范幼儿园",
    "city_demo_kindergarten": "钦州市示范幼儿园",
    "regional_demo_high_school": "自治区示范性普通高中",
    "four_star_secondary_vocational": "自治区四星级中等职业学校",
}

_SINCE = EDUCATION.in_force_from
#: The figures end with the policy, on the last day its reading gives.
_UNTIL = EDUCATION

# --- 第六条 chapeau, 第十条 -------------------------------------------------------------------

#: 第六条's chapeau: the city's fund, for the schools under the city's own jurisdiction.
ART6 = EDUCATION.cite(
    "第六条",
    None,
    "市本级财政从市本级教育发展专项资金中设立民办教育扶持经费，专项用于扶持市本级管辖的民办学校，"
    "重点扶持非营利性民办学校。",
)
#: 第十条: the counties may follow the policy's standards.
ART10 = EDUCATION.cite("第十条", None, "本政策涉及的扶持标准，各县区可参照执行。")

# --- 第六条（一） new and leased premises --------------------------------------------------

ART6_1_SCOPE = EDUCATION.cite(
    "第六条",
    "（一）",
    "对新引进的非营利性民办学校达到规定条件和办学规模的（不含高职高专院校和本科院校），由投资者申请，"
    "经市人民政府批准，可按一定标准对新引进的民办学校给予“以奖代补”补助",
)
ART6_1_NEW = EDUCATION.cite(
    "第六条",
    "（一）",
    "对新建的民办学校按新建成教学建筑面积 120 元/m² 的标准给予一次性补助，单所学校补助最高不超过 500 万元。",
)
ART6_1_LEASE = EDUCATION.cite(
    "第六条",
    "（一）",
    "对租赁校舍新办学的民办学校按租赁教学建筑面积 60 元/m²·年的标准，连续 3 年给予补助；"
    "合同租金低于 60 元/m²·年的，按实际租金给予补助，单所学校租赁校舍补助每年最高不超过 100 万元。"
    "公建民营学校租用公建校舍办学的不在补助范围内。",
)

#: Types the "以奖代补" of 第六条（一） leaves out: "（不含高职高专院校和本科院校）".
EXCLUDED_FROM_PREMISES: Parameter[frozenset[str]] = Parameter.fixed(
    "education.premises.excluded_types",
    "不享受新建、租赁校舍补助的学校类型",
    frozenset({"higher_vocational", "undergraduate"}),
    ART6_1_SCOPE,
    since=_SINCE,
    until=_UNTIL,
    unit="学校类型",
)
NEW_BUILD_RATE: Parameter[Decimal] = Parameter.fixed(
    "education.new_build.rate_per_m2",
    "新建教学建筑面积补助标准（元/m²）",
    Decimal(120),
    ART6_1_NEW,
    since=_SINCE,
    until=_UNTIL,
    unit="元/m²",
)
NEW_BUILD_CAP: Parameter[Decimal] = Parameter.fixed(
    "education.new_build.cap",
    "单所学校新建补助上限（元）",
    Decimal(5_000_000),
    ART6_1_NEW,
    since=_SINCE,
    until=_UNTIL,
    unit="元",
)
LEASE_RATE: Parameter[Decimal] = Parameter.fixed(
    "education.lease.rate_per_m2_year",
    "租赁教学建筑面积补助标准（元/m²·年）",
    Decimal(60),
    ART6_1_LEASE,
    since=_SINCE,
    until=_UNTIL,
    unit="元/m²·年",
)
LEASE_YEARS: Parameter[int] = Parameter.fixed(
    "education.lease.years", "租赁校舍补助连续年数", 3, ART6_1_LEASE, since=_SINCE, until=_UNTIL, unit="年"
)
LEASE_YEARLY_CAP: Parameter[Decimal] = Parameter.fixed(
    "education.lease.yearly_cap",
    "单所学校租赁校舍补助每年上限（元）",
    Decimal(1_000_000),
    ART6_1_LEASE,
    since=_SINCE,
    until=_UNTIL,
    unit="元",
)

# --- 第六条（二） quality awards -----------------------------------------------------------

ART6_2 = EDUCATION.cite(
    "第六条",
    "（二）",
    "经自治区教育厅评估认定的多元普惠幼儿园，创建成自治区示范幼儿园的一次性奖励 10 万元，"
    "创建成钦州市示范幼儿园的一次性奖励 5 万元；创建成自治区示范性普通高中的民办学校一次性奖励 20 万元；"
    "创建成自治区四星级中等职业学校的民办学校一次性奖励 15 万元。",
)

AWARDS: Parameter[dict[str, Decimal]] = Parameter.fixed(
    "education.quality_award.amounts",
    "创建示范（星级）学校一次性奖励（元）",
    {
        "regional_demo_kindergarten": Decimal(100_000),
        "city_demo_kindergarten": Decimal(50_000),
        "regional_demo_high_school": Decimal(200_000),
        "four_star_secondary_vocational": Decimal(150_000),
    },
    ART6_2,
    since=_SINCE,
    until=_UNTIL,
    unit="元",
)

# --- 第六条（三） purchased places and inclusive kindergartens -------------------------------

ART6_3_PLACES = EDUCATION.cite(
    "第六条",
    "（三）",
    "对因公办义务教育学校学位不足，受市人民政府委托提供义务教育学位的非营利性民办学校，"
    "根据购买学位实际招生人数按当年公办学校生均公用经费定额标准的 50% 给予补助。",
)
ART6_3_INCLUSIVE = EDUCATION.cite(
    "第六条",
    "（三）",
    "经自治区教育厅评估认定的多元普惠幼儿园，给予生均每学年 100 元的补助。",
)

#: Schools that "实施义务教育": primary and junior middle levels (a complete middle school
#: and a nine-year school include a junior middle level).
COMPULSORY_TYPES: Parameter[frozenset[str]] = Parameter.fixed(
    "education.purchased_places.compulsory_types",
    "实施义务教育的学校类型",
    frozenset({"primary", "junior_middle", "complete_middle", "nine_year"}),
    ART6_3_PLACES,
    since=_SINCE,
    until=_UNTIL,
    unit="学校类型",
)
PURCHASED_PLACES_SHARE: Parameter[Decimal] = Parameter.fixed(
    "education.purchased_places.share",
    "购买学位补助占公办学校生均公用经费定额标准的比例",
    Decimal("0.5"),
    ART6_3_PLACES,
    since=_SINCE,
    until=_UNTIL,
    unit="比例",
)
INCLUSIVE_KINDERGARTEN_RATE: Parameter[Decimal] = Parameter.fixed(
    "education.inclusive_kindergarten.rate_per_student",
    "多元普惠幼儿园生均每学年补助（元）",
    Decimal(100),
    ART6_3_INCLUSIVE,
    since=_SINCE,
    until=_UNTIL,
    unit="元/人·学年",
)

# --- 第六条（四） teachers' social insurance ------------------------------------------------

ART6_4 = EDUCATION.cite(
    "第六条",
    "（四）",
    "符合第二条规定且在钦州办学 2 年以上的非营利性民办学校（不含高职高专院校和本科院校），"
    "为具备相应教师资格的教师依法缴纳养老保险、医疗保险、失业保险、工伤保险、生育保险及住房公积金的，"
    "按学校缴纳部分费用的 20% 给予补助。",
)

EXCLUDED_FROM_INSURANCE: Parameter[frozenset[str]] = Parameter.fixed(
    "education.teacher_insurance.excluded_types",
    "不享受教师社会保险补助的学校类型",
    frozenset({"higher_vocational", "undergraduate"}),
    ART6_4,
    since=_SINCE,
    until=_UNTIL,
    unit="学校类型",
)
TEACHER_INSURANCE_MIN_YEARS: Parameter[int] = Parameter.fixed(
    "education.teacher_insurance.min_years", "在钦州办学最短年限", 2, ART6_4, since=_SINCE, until=_UNTIL, unit="年"
)
TEACHER_INSURANCE_SHARE: Parameter[Decimal] = Parameter.fixed(
    "education.teacher_insurance.share",
    "教师五险一金补助占学校缴纳部分的比例",
    Decimal("0.2"),
    ART6_4,
    since=_SINCE,
    until=_UNTIL,
    unit="比例",
)

# --- 第七条 seconded public teachers -------------------------------------------------------

ART7 = EDUCATION.cite(
    "第七条",
    None,
    "当地教育主管部门可通过挂职、支教等形式，派遣一定数量的公办学校在编教师予以支持，"
    "派遣数量严格控制在该民办学校教师总数的 10% 以内。公办学校在编教师在民办中小学校任职、"
    "任教时间原则上为 3 年。",
)
SECONDED_TEACHER_SHARE: Parameter[Decimal] = Parameter.fixed(
    "education.seconded_teachers.share",
    "派遣公办学校在编教师数占民办学校教师总数的上限（含本数）",
    Decimal("0.1"),
    ART7,
    since=_SINCE,
    until=_UNTIL,
    unit="比例",
)
SECONDED_TEACHER_YEARS: Parameter[int] = Parameter.fixed(
    "education.seconded_teachers.years",
    "派遣教师任职、任教年限（原则上）",
    3,
    ART7,
    since=_SINCE,
    until=_UNTIL,
    unit="年",
)
