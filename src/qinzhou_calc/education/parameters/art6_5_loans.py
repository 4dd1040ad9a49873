"""钦政办规〔2019〕11号 第六条（五）: the figures of the loan interest subsidy (贴息)."""

from decimal import Decimal

from ..._core import Parameter, record
from .art12_validity import EDUCATION

__all__ = [
    "ART6_5",
    "ART6_5_1",
    "ART6_5_2",
    "ART6_5_3",
    "EXCLUDED_FROM_LOANS",
    "LOAN_MIN_YEARS",
    "LOAN_SUBSIDY_MAX_YEARS",
    "LOAN_THRESHOLDS",
    "LOAN_TOTAL_CAP",
    "LoanThreshold",
]

_SINCE = EDUCATION.in_force_from
#: The figures end with the policy, on the last day its reading gives.
_UNTIL = EDUCATION

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


@record
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
