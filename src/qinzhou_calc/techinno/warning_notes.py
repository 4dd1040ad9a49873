"""The notes of 钦政发〔2019〕17号's calculators that warn rather than interpret: what the plan leaves to
the caller, how a figure was worked, and what a result leaves out. There is no other option to
choose; each is declared once so that the notes form a closed set."""

from .._core.reading import WarningNote

__all__ = [
    "ACTUALS_OUTSIDE_QUERY_IGNORED",
    "CERTIFIED_ON_GRADUATION_DAY",
    "HIGH_TECH_TARGETS_CITY_WIDE",
    "INVENTOR_SHARE_BASIS",
    "PARTIAL_ACTUALS",
    "RATIO_IS_AN_INPUT",
    "RATIO_NOT_SET",
    "TARGETS_MET_READING",
    "TAX_SAVING_READING",
    "WARNINGS",
    "WINDOW_PAST_PLAN_END",
]


def _warning(code: str, article: str, summary: str, summary_en: str) -> WarningNote:
    return WarningNote(code, "techinno", article, summary, summary_en)


WINDOW_PAST_PLAN_END = _warning(
    "window_past_plan_end",
    "附件4 二（三）",
    "孵化毕业1年内的期间延至方案届满（2021-12-31）之后，届满后被认定的不属本方案补助范围",
    "the year after graduation runs past the plan's end (2021-12-31); a certification after it is not the plan's",
)
CERTIFIED_ON_GRADUATION_DAY = _warning(
    "certified_on_graduation_day",
    "附件4 二（三）",
    "毕业当日被认定的，视为在孵期间被认定（按在孵或毕业1年内结论相同）",
    "a certification on the day of graduation counts as while incubated (either way it counts)",
)
TAX_SAVING_READING = _warning(
    "tax_saving_reading",
    "附件4 二（四）",
    "节税额 = 25% 与 15% 的应纳税额之差，各自四舍五入到分；应纳税所得额由调用方给出，不考虑其他优惠",
    "the saving is the tax at 25% less the tax at 15%, each to the fen; the caller gives the taxable income; "
    "other preferences are not applied",
)
TARGETS_MET_READING = _warning(
    "targets_met_reading",
    "附件4 三、附件5 附表",
    "达到目标数为完成；“超过”不含本数（民法典第一千二百五十九条）；完成比例四舍五入到0.01个百分点",
    'a target is met when reached; "超过" excludes the number (民法典 第一千二百五十九条); the share done is '
    "rounded to 0.01 points",
)
ACTUALS_OUTSIDE_QUERY_IGNORED = _warning(
    "actuals_outside_query_ignored",
    "附件5 附表",
    "所给实际数中不属于所查县区或年度的未计入",
    "actual figures of another county or year than the one asked are not counted",
)
PARTIAL_ACTUALS = _warning(
    "partial_actuals",
    "附件5 附表",
    "部分县区年度未报告实际数，合计只计已报告的部分",
    "some counties or years reported no actual figure; the total counts those reported",
)
HIGH_TECH_TARGETS_CITY_WIDE = _warning(
    "high_tech_targets_city_wide",
    "附件4 三",
    "高新技术企业目标是全市目标，不分县区；按县区查询时不列出",
    "the high-tech targets are the city's, not a county's; a county's query does not list them",
)
RATIO_IS_AN_INPUT = _warning(
    "ratio_is_an_input",
    "附件5 二（二）、三（五）2",
    "方案只规定按技术交易额“一定比例”、最高8万元，比例须由调用方给出",
    'the plan names "a certain ratio" of the transaction and a cap of 8万, no ratio: the caller gives it',
)
RATIO_NOT_SET = _warning(
    "ratio_not_set",
    "附件5 二（二）",
    "未给出补助比例：只能确定补助在 0 至 8 万元之间",
    "no ratio given: the subsidy lies between 0 and 8万",
)
INVENTOR_SHARE_BASIS = _warning(
    "inventor_share_basis",
    "附件5 二（三）",
    "“不低于 70%”的基数为转化的净收入或作价投资所得股份，由调用方给出",
    'the base of "不低于 70%" is the net proceeds or the equity, which the caller gives',
)

#: The warnings the document declares (its ``DECLARATION`` lists them).
WARNINGS = (
    WINDOW_PAST_PLAN_END,
    CERTIFIED_ON_GRADUATION_DAY,
    TAX_SAVING_READING,
    TARGETS_MET_READING,
    ACTUALS_OUTSIDE_QUERY_IGNORED,
    PARTIAL_ACTUALS,
    HIGH_TECH_TARGETS_CITY_WIDE,
    RATIO_IS_AN_INPUT,
    RATIO_NOT_SET,
    INVENTOR_SHARE_BASIS,
)
