"""The notes of 钦政办规〔2019〕11号's calculators that warn rather than interpret: facts the library
cannot see, figures the caller gives, and how the loan's interest was counted. There is no other
option to choose; each is declared once so that the notes form a closed set."""

from .._core.reading import WarningNote

__all__ = [
    "APPROVAL_ASSUMED",
    "CITY_APPROVAL_REQUIRED",
    "CITY_COMMISSION_REQUIRED",
    "DAY_COUNT_360",
    "DAY_COUNT_365",
    "DEFAULT_PERIOD",
    "INTEREST_AFTER_POLICY_END",
    "INTEREST_NOT_YET_INCURRED",
    "LEASE_YEARS_PAST_POLICY_END",
    "LPR_ALTERNATIVE",
    "LPR_FOR_COMPARISON",
    "MATURITY_DAY_NO_INTEREST",
    "ONE_RENT_ALL_YEARS",
    "PER_STUDENT_STANDARD_IS_INPUT",
    "QUALIFIED_TEACHERS_ONLY",
    "RATE_DATA_UNVERIFIED",
    "RATE_EACH_DAY",
    "RATE_GIVEN",
    "SCALE_AFTER_WORKS",
    "START_ON_NOTICE_DATE",
    "WARNINGS",
    "WORKS_APPROVAL_REQUIRED",
]


def _warning(code: str, article: str, summary: str, summary_en: str) -> WarningNote:
    return WarningNote(code, "education", article, summary, summary_en)


START_ON_NOTICE_DATE = _warning(
    "start_on_notice_date",
    "第十二条",
    "“公布之日”读作印发通知所署日期 2019-11-22；政府公报刊载之日本库不掌握，接近起止两端时结论可能不同",
    "\"公布之日\" is taken as the notice's date, 2019-11-22; the gazette's date is not known here and may change "
    "a result near either end",
)
APPROVAL_ASSUMED = _warning(
    "approval_assumed",
    "第二条",
    "“经批准设立”由审批部门核实，本计算按已经批准设立处理",
    '"经批准设立" (approved) is for the approving authority to check; the school is taken as approved',
)
CITY_APPROVAL_REQUIRED = _warning(
    "city_approval_required",
    "第六条（一）",
    "投资者申请、市人民政府批准和“新引进”本库看不到，本计算假定已获批准",
    "the investor's application, the city's approval and \"新引进\" cannot be seen here; taken as given",
)
ONE_RENT_ALL_YEARS = _warning(
    "one_rent_all_years",
    "第六条（一）",
    "三年均按所给的同一合同租金计算；租金逐年不同的应分年计算",
    "the one rent given is applied to all three years; a rent that changes is computed year by year",
)
LEASE_YEARS_PAST_POLICY_END = _warning(
    "lease_years_past_policy_end",
    "第六条（一）、第十二条",
    "补助年度超出政策有效期的部分照常计算并标出，是否仍依本政策给付由主管部门决定",
    "the years past the policy's end are computed and flagged; whether they are paid is the authority's call",
)
CITY_COMMISSION_REQUIRED = _warning(
    "city_commission_required",
    "第六条（三）",
    "受市人民政府委托提供义务教育学位的事实由主管部门核实",
    "the city's commission to provide places is for the authority to check",
)
PER_STUDENT_STANDARD_IS_INPUT = _warning(
    "per_student_standard_is_input",
    "第六条（三）",
    "“当年公办学校生均公用经费定额标准”未在本政策中规定，由调用方提供",
    "the year's public per-student standard is not in the policy; the caller gives it",
)
QUALIFIED_TEACHERS_ONLY = _warning(
    "qualified_teachers_only",
    "第六条（四）",
    "只计入为具备相应教师资格的教师缴纳的单位部分，由调用方按此口径提供金额",
    "only the school's part for qualified teachers counts; the caller gives the amounts on that basis",
)
SCALE_AFTER_WORKS = _warning(
    "scale_after_works",
    "第六条（五）",
    "以输入的班数、在校生数为改（扩）建后的规模",
    "the classes and pupils given are taken as the size after the works",
)
WORKS_APPROVAL_REQUIRED = _warning(
    "works_approval_required",
    "第六条（五）",
    "“经有关部门批准建设并竣工验收”及“资金不足”由主管部门核实，本计算假定已满足",
    "the approval, acceptance of the works and the shortage of funds are for the authority to check",
)
RATE_EACH_DAY = _warning(
    "rate_each_day",
    "第六条（五）",
    "“当年人民银行公布的同期利率”按贷款合同期限所属档次、每日当日有效的贷款基准利率计算",
    'the PBoC rate "for the same term" is the benchmark for the loan\'s term bucket, in force on each day',
)
MATURITY_DAY_NO_INTEREST = _warning(
    "maturity_day_no_interest",
    "第六条（五）",
    "贷款到期日当天不计息（算头不算尾），还款当日起按还款后余额计息",
    "no interest on the maturity day (the banks' convention); a repayment day bears the new balance",
)
INTEREST_AFTER_POLICY_END = _warning(
    "interest_after_policy_end",
    "第六条（五）、第十二条",
    "贴息期间超出政策有效期的利息照常计算并逐年列出，是否仍依本政策贴息由主管部门决定",
    "interest after the policy's end is computed and shown per year; whether it is subsidised is the authority's call",
)
DAY_COUNT_360 = _warning(
    "day_count_360",
    "第六条（五）",
    "按实际天数 × 年利率 ÷ 360 计息（人民银行《人民币利率管理规定》）",
    "interest by actual days × annual rate ÷ 360 (the PBoC's interest rate rules)",
)
DAY_COUNT_365 = _warning(
    "day_count_365",
    "第六条（五）",
    "按调用方选择 ÷ 365 计息（人民银行规定为 ÷ 360）",
    "interest ÷ 365 as the caller chose (the PBoC's rule is ÷ 360)",
)
RATE_GIVEN = _warning(
    "rate_given",
    "第六条（五）",
    "调用方指定的年利率代替利率表",
    "the annual rate the caller gives replaces the rate table",
)
DEFAULT_PERIOD = _warning(
    "default_period",
    "第六条（五）",
    "未给出贴息期间：按自放款日起的贷款期计算，最长 5 年",
    "no period given: the loan's term from the drawdown, at most 5 years",
)
INTEREST_NOT_YET_INCURRED = _warning(
    "interest_not_yet_incurred",
    "第六条（五）",
    "贴息期间延至决定日期之后，所计为预计利息，应按实际发生利息核定",
    "the period runs past the decision date: the interest is forecast and must be settled on what accrued",
)
RATE_DATA_UNVERIFIED = _warning(
    "rate_data_unverified",
    "第六条（五）",
    "所用利率中有数据未经一手来源核对",
    "some rates used are not checked against a primary source",
)
LPR_ALTERNATIVE = _warning(
    "lpr_alternative",
    "第六条（五）",
    "同一期间按贷款市场报价利率（LPR）计算的利息与差额，供比较（利率来源由载荷的 rate_source 选择）",
    "the interest of the same period at the LPR and the gap, for comparison (the payload's rate_source chooses)",
)
LPR_FOR_COMPARISON = _warning(
    "lpr_for_comparison",
    "第六条（五）",
    "按 LPR 计算，仅供比较；本政策所指为人民银行公布的贷款基准利率",
    "computed at the LPR for comparison only; the policy means the PBoC benchmark rate",
)

#: The warnings the document declares (its ``DECLARATION`` lists them).
WARNINGS = (
    START_ON_NOTICE_DATE,
    APPROVAL_ASSUMED,
    CITY_APPROVAL_REQUIRED,
    ONE_RENT_ALL_YEARS,
    LEASE_YEARS_PAST_POLICY_END,
    CITY_COMMISSION_REQUIRED,
    PER_STUDENT_STANDARD_IS_INPUT,
    QUALIFIED_TEACHERS_ONLY,
    SCALE_AFTER_WORKS,
    WORKS_APPROVAL_REQUIRED,
    RATE_EACH_DAY,
    MATURITY_DAY_NO_INTEREST,
    INTEREST_AFTER_POLICY_END,
    DAY_COUNT_360,
    DAY_COUNT_365,
    RATE_GIVEN,
    DEFAULT_PERIOD,
    INTEREST_NOT_YET_INCURRED,
    RATE_DATA_UNVERIFIED,
    LPR_ALTERNATIVE,
    LPR_FOR_COMPARISON,
)
