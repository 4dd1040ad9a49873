"""钦市财规〔2019〕3号 第九条 to 第二十一条: the figures of the measures' articles (time deposits,
who may take part, the selection procedure, the bar after removal)."""

from ..._core import Parameter
from .art30_in_force import BANKING

__all__ = [
    "BAR_YEARS",
    "MAX_RENEWAL_MONTHS",
    "MAX_SUPERVISORY_GRADE",
    "MIN_CANDIDATE_BANKS",
    "MIN_COMMITTEE_SIZE",
    "MIN_PBOC_RATING",
]

_SINCE = BANKING.in_force_from

# --- 第九条: time deposits -------------------------------------------------------------------

MAX_RENEWAL_MONTHS: Parameter[int] = Parameter.fixed(
    "banking.deposits.max_renewal_months",
    "定期存款续存累计存期上限（月）",
    24,
    BANKING.cite(
        "第九条",
        None,
        "预算单位银行账户内的事业收入、经营收入等非财政补助收入资金，可以在开户银行办理定期存款、协定存款、"
        "通知存款等业务，暂不开展转出开户银行办理定期存款业务。到期后不需要收回使用的定期存款，"
        "可在原定期存款银行续存，累计存期不超过2年。",
    ),
    since=_SINCE,
    unit="月",
)

# --- 第十一条: who may take part ------------------------------------------------------------

_ART11_2 = BANKING.cite(
    "第十一条",
    "（二）",
    "监管评级达到以下标准：人民银行上年度综合评价 B 级以上（含 B 级），银监部门上年度监管评级 3 级以上（含 3 级）；",
)

MIN_PBOC_RATING: Parameter[str] = Parameter.fixed(
    "banking.eligibility.min_pboc_rating",
    "人民银行上年度综合评价最低等级",
    "B",
    _ART11_2,
    since=_SINCE,
    unit="等级",
    choices=("A", "B", "C", "D"),
)
MAX_SUPERVISORY_GRADE: Parameter[int] = Parameter.fixed(
    "banking.eligibility.max_supervisory_grade",
    "银监部门上年度监管评级最低等级（级数）",
    3,
    _ART11_2,
    since=_SINCE,
    unit="级",
)

# --- 第十三条, 第十五条: the procedure -------------------------------------------------------

MIN_CANDIDATE_BANKS: Parameter[int] = Parameter.fixed(
    "banking.procedure.min_candidate_banks",
    "集体决策备选银行最少家数",
    3,
    BANKING.cite(
        "第十三条",
        "（一）",
        "预算单位遵循公平、公正的原则选取备选银行，一般不得少于 3 家，预算单位所在地银行少于 3 家的，"
        "按实际数量确定备选银行；",
    ),
    since=_SINCE,
    unit="家",
)
MIN_COMMITTEE_SIZE: Parameter[int] = Parameter.fixed(
    "banking.procedure.min_committee_size",
    "评选委员会最少人数（单数）",
    5,
    BANKING.cite(
        "第十五条",
        "（二）",
        "预算单位或受其委托的中介机构组建由预算单位内部成员和外部专家共同组成的评选委员会"
        "（成员人数为 5 人以上单数），采用综合评分法对符合基本资格要求的参与银行进行评分；",
    ),
    since=_SINCE,
    unit="人",
)

# --- 第二十一条: the bar after removal ----------------------------------------------------------

BAR_YEARS: Parameter[int] = Parameter.fixed(
    "banking.eligibility.bar_years",
    "被取消资格的年限",
    3,
    BANKING.cite(
        "第二十一条",
        None,
        "一旦出现以下情形，预算单位应及时变更资金存放银行，并取消该银行在以后 3 年内参与本单位资金存放竞争的资格。",
    ),
    since=_SINCE,
    unit="年",
)
