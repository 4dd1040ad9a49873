"""钦政办规〔2019〕11号: the document and every figure of it, as dated data with citations.

The policy was issued on 2019-11-22, "自公布之日起执行，有效期 5 年" (第十二条). Every
parameter lives from that day to the last day of its validity.
"""

import datetime as dt
from decimal import Decimal
from typing import Literal

import attrs

from .._core import Anchor, Citation, Document, Parameter, end_of_years, register_text

__all__ = [
    "ART2",
    "ART2_TERMINATED",
    "ART6",
    "ART6_1_LEASE",
    "ART6_1_NEW",
    "ART6_1_SCOPE",
    "ART6_2",
    "ART6_3_INCLUSIVE",
    "ART6_3_PLACES",
    "ART6_4",
    "ART6_5",
    "ART6_5_1",
    "ART6_5_2",
    "ART6_5_3",
    "ART7",
    "ART10",
    "ART12",
    "AWARDS",
    "AWARD_NAMES",
    "COMPULSORY_TYPES",
    "EDUCATION",
    "EXCLUDED_FROM_INSURANCE",
    "EXCLUDED_FROM_LOANS",
    "EXCLUDED_FROM_PREMISES",
    "INCLUSIVE_KINDERGARTEN_RATE",
    "ISSUED",
    "JURISDICTION_NAMES",
    "LAND_PRICE_SHARE",
    "LEASE_RATE",
    "LEASE_YEARLY_CAP",
    "LEASE_YEARS",
    "LOAN_MIN_YEARS",
    "LOAN_SUBSIDY_MAX_YEARS",
    "LOAN_THRESHOLDS",
    "LOAN_TOTAL_CAP",
    "NEW_BUILD_CAP",
    "NEW_BUILD_RATE",
    "PURCHASED_PLACES_SHARE",
    "SCALE_MINIMUMS",
    "SECONDED_TEACHER_SHARE",
    "SECONDED_TEACHER_YEARS",
    "TEACHER_INSURANCE_MIN_YEARS",
    "TEACHER_INSURANCE_SHARE",
    "VALIDITY_NOTE_DAYS",
    "VALIDITY_YEARS",
    "AwardKind",
    "Jurisdiction",
    "LoanThreshold",
    "ScaleMinimum",
    "SchoolType",
]

#: The school types of API.md ("Common payload fields").
#: Whose school it is: the city's own (市本级管辖) or a county's (县区).
Jurisdiction = Literal["city", "county"]
JURISDICTION_NAMES = {"city": "市本级管辖", "county": "县区管辖"}

SchoolType = Literal[
    "kindergarten",
    "primary",
    "junior_middle",
    "senior_high",
    "complete_middle",
    "nine_year",
    "secondary_vocational",
    "higher_vocational",
    "undergraduate",
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

_NUMBER = "钦政办规〔2019〕11号"
_TITLE = "钦州市鼓励扶持民办教育发展若干政策（暂行）"

#: The day the policy was issued and published (the notice is dated 2019年11月22日).
ISSUED = dt.date(2019, 11, 22)
#: "有效期 5 年" (第十二条).
VALIDITY_YEARS = 5

#: The policy's text ships as ``text.md`` beside this module (the gazette's words, OCR slips corrected).
register_text(_NUMBER, __package__)

ART12 = Citation(
    _NUMBER, _TITLE, "第十二条", None, "本政策自公布之日起执行，有效期 5 年。", Anchor(_NUMBER, "第十二条")
)

# Reading (validity_five_years): 第十二条 "自公布之日起执行，有效期 5 年" — the policy applies from
# 2019-11-22, that day included, so that day is the first of the five years, and they end on
# the day before the matching day five years on: 2024-11-21 (as notices write it, "有效期至
# 2024年11月21日"). The Civil Code's "the start day is not counted" (民法典 第二百零一条) is for
# periods that run from an event; counting it here as well would give five years and a day.
EDUCATION = Document(
    number=_NUMBER,
    title=_TITLE,
    in_force_from=ISSUED,
    in_force_until=end_of_years(ISSUED, VALIDITY_YEARS) - dt.timedelta(days=1),
    basis=ART12,
)

_SINCE = EDUCATION.in_force_from
_UNTIL = EDUCATION.in_force_until


# --- 第二条 scope ------------------------------------------------------------------------

ART2_TEXT = (
    "本政策适用于钦州市行政区域内经批准设立并达到以下办学规模的民办学校（包括幼儿园、中小学校、中职学校、"
    "高职高专院校、本科院校及相应的民办教育机构等）：幼儿园达到9个班270人（含本数，下同）以上，"
    "小学达到12个班540人以上，初中达到12个班600人以上，高中达到18个班900人以上，完全中学、"
    "九年一贯制学校、中职学校达到1200人以上，高职院校达到1800人以上。"
)
ART2 = EDUCATION.cite("第二条", None, ART2_TEXT)
ART2_TERMINATED = EDUCATION.cite("第二条", "第二款", "已终止办学的民办学校不适用本政策。")


@attrs.frozen
class ScaleMinimum:
    """第二条's minimum size for one school type, inclusive; ``None`` where the text sets none."""

    classes: int | None
    students: int | None


SCALE_MINIMUMS: Parameter[dict[str, ScaleMinimum]] = Parameter.fixed(
    "education.scale.minimums",
    "民办学校办学规模最低标准（含本数）",
    {
        "kindergarten": ScaleMinimum(9, 270),
        "primary": ScaleMinimum(12, 540),
        "junior_middle": ScaleMinimum(12, 600),
        "senior_high": ScaleMinimum(18, 900),
        "complete_middle": ScaleMinimum(None, 1200),
        "nine_year": ScaleMinimum(None, 1200),
        "secondary_vocational": ScaleMinimum(None, 1200),
        "higher_vocational": ScaleMinimum(None, 1800),
        # 本科院校 are named in the scope but no size is given for them (see art2_scope).
        "undergraduate": ScaleMinimum(None, None),
    },
    ART2,
    since=_SINCE,
    until=_UNTIL,
    unit="班/人",
)

# --- 第四条（二） land ---------------------------------------------------------------------

LAND_PRICE_SHARE: Parameter[Decimal] = Parameter.fixed(
    "education.land.price_share",
    "市主城区非营利性民办学校土地划拨价格占教育划拨地价的比例",
    Decimal("0.8"),
    EDUCATION.cite(
        "第四条",
        "（二）",
        "对非营利性民办学校建设用地原则上以划拨方式供应土地，其中市主城区非营利性民办学校土地划拨价格"
        "按教育划拨地价的 80% 确定。",
    ),
    since=_SINCE,
    until=_UNTIL,
    unit="比例",
)

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

#: The days around each end of the five years in which the reading of "公布之日" (第十二条) is noted:
#: a notice is printed in the government gazette some weeks after it is signed, and reading the start
#: as the gazette's date would move both ends by that lag.
VALIDITY_NOTE_DAYS = 90

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

# --- 第六条（五） loan interest -----------------------------------------------------------

ART6_5 = EDUCATION.cite(
    "第六条",
    "（五）",
    "符合以下条件的民办学校（不含高职高专院校和本科院校）因改（扩）建学校资金不足需向银行贷款的，"
    "经有关部门批准建设并竣工验收，按当年人民银行公布的同期利率计算的贷款实际发生利息给予贴息，"
    "贴息期最长不超过 5 年，贴息金额累计不超过 200 万元",
)
ART6_5_1 = EDUCATION.cite("第六条", "（五）1", "经批准设立在市主城区办学 2 年以上；")
ART6_5_2 = EDUCATION.cite("第六条", "（五）2", "改（扩）建后达到本政策第二条规定的办学规模；")
ART6_5_3 = EDUCATION.cite(
    "第六条",
    "（五）3",
    "幼儿园改（扩）建投资达到 200 万元以上或教学设备采购达到 30 万元以上，中小学校、中职学校改扩（建）"
    "投资达到 300 万元以上或教学设备采购达到 50 万元以上。",
)


@attrs.frozen
class LoanThreshold:
    """第六条（五）3: the works' investment or the equipment bought must reach one of these (inclusive)."""

    investment: Decimal
    equipment: Decimal


EXCLUDED_FROM_LOANS: Parameter[frozenset[str]] = Parameter.fixed(
    "education.loan_interest.excluded_types",
    "不享受贷款贴息的学校类型",
    frozenset({"higher_vocational", "undergraduate"}),
    ART6_5,
    since=_SINCE,
    until=_UNTIL,
    unit="学校类型",
)
LOAN_MIN_YEARS: Parameter[int] = Parameter.fixed(
    "education.loan_interest.min_years", "在市主城区办学最短年限", 2, ART6_5_1, since=_SINCE, until=_UNTIL, unit="年"
)
_KINDERGARTEN_THRESHOLD = LoanThreshold(Decimal(2_000_000), Decimal(300_000))
_SCHOOL_THRESHOLD = LoanThreshold(Decimal(3_000_000), Decimal(500_000))
#: By school type; types without a row ("中小学校、中职学校" only) cannot qualify.
LOAN_THRESHOLDS: Parameter[dict[str, LoanThreshold]] = Parameter.fixed(
    "education.loan_interest.thresholds",
    "改（扩）建投资或教学设备采购最低额（元）",
    {
        "kindergarten": _KINDERGARTEN_THRESHOLD,
        "primary": _SCHOOL_THRESHOLD,
        "junior_middle": _SCHOOL_THRESHOLD,
        "senior_high": _SCHOOL_THRESHOLD,
        "complete_middle": _SCHOOL_THRESHOLD,
        "nine_year": _SCHOOL_THRESHOLD,
        "secondary_vocational": _SCHOOL_THRESHOLD,
    },
    ART6_5_3,
    since=_SINCE,
    until=_UNTIL,
    unit="元",
)
LOAN_SUBSIDY_MAX_YEARS: Parameter[int] = Parameter.fixed(
    "education.loan_interest.max_years", "贴息期最长年限", 5, ART6_5, since=_SINCE, until=_UNTIL, unit="年"
)
LOAN_TOTAL_CAP: Parameter[Decimal] = Parameter.fixed(
    "education.loan_interest.total_cap",
    "贴息金额累计上限（元）",
    Decimal(2_000_000),
    ART6_5,
    since=_SINCE,
    until=_UNTIL,
    unit="元",
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
