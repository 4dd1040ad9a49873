"""The open questions of 钦市财规〔2019〕3号's annex (the deposit-bank scoring table), each with its
options and default, and the notes of its ranking that only warn."""

from .._core.reading import Option, Reading, WarningNote

__all__ = [
    "ANNEX_READINGS",
    "ANNEX_WARNINGS",
    "BELOW_BENCHMARK",
    "BENCHMARK_GIVEN",
    "CONTRIBUTION_NO_POSITIVE_VALUE",
    "DEFAULT_STANDARDS",
    "EXTRA_NEEDS_BASE",
    "FINAL_RANK_TIES",
    "INDICATOR_RANK_TIES",
    "RANK_BEYOND_LAST_POINT",
    "RATE_WITHIN_BAND",
    "RATIO_RANK_NEEDS_STANDARD",
    "SCORE_ROUNDING",
    "SYSTEM_RANK_NEEDS_BASE",
    "TEMPLATE_SCALED",
    "TEMPLATE_TOTAL",
]


#: 附件: "……按照……进行递减排名，第一名得1分，从第二名开始依次递减0.1分，如数值相同，按同档计分".
INDICATOR_RANK_TIES = Reading(
    code="banking.scoring.indicator_rank_ties",
    document="banking",
    article="附件 综合评分表",
    question="各指标排名“如数值相同，按同档计分”：并列之后的银行是下一档（1、1、2），还是按已排银行数顺延（1、1、3）？",
    question_en="Ranking an indicator, 如数值相同，按同档计分 (equal values share a tier): is the bank after a tie in "
    "the next tier (1, 1, 2), or placed after all before it (1, 1, 3)?",
    options=(
        Option(
            "dense",
            "下一个不同数值为下一档（1、1、2）",
            "the next distinct value is the next tier (1, 1, 2)",
            note_code="indicator_rank_ties",
            note="各指标排名“如数值相同，按同档计分”：数值相同的银行同档，下一个不同数值为下一档（如 1、1、2，"
            "tie_rule = dense，缺省）；最终名次按总分采用并列占位的排名（如 1、1、3）。",
        ),
        Option(
            "competition",
            "并列占用名次，其后按已排银行数顺延（1、1、3）",
            "a tie takes up the places: the next bank comes after all before it (1, 1, 3)",
            note_code="indicator_rank_ties_competition",
            note="各指标排名按调用方选择（tie_rule = competition）：数值相同的银行同档，其后的银行按已排银行数顺延"
            "（如 1、1、3）；最终名次同样为并列占位的排名（如 1、1、3）。",
        ),
    ),
    default="dense",
    reasoning="“按同档计分”说的是档而不是名次：数值相同的银行同一档，下一个数值是下一档，并列不使其后的银行少得分。"
    "载荷字段 tie_rule 是这一读法的别名。",
    reasoning_en="按同档计分 speaks of tiers, not places: equal values share a tier and the next value is the next "
    "tier, so a tie costs the bank after it nothing. The payload field tie_rule is an alias of this reading.",
)

#: 附件: the banks ranked by their totals, which the annex does not say how to place when equal.
FINAL_RANK_TIES = Reading(
    code="banking.scoring.final_rank_ties",
    document="banking",
    article="附件 综合评分表",
    question="总分相同的银行名次并列时，其后的银行名次是顺延（1、1、3）还是紧接（1、1、2）？",
    question_en="Banks with equal totals share a place: is the next bank placed after all of them (1, 1, 3), or "
    "next (1, 1, 2)?",
    options=(
        Option(
            "competition",
            "顺延：1、1、3",
            "after all of them: 1, 1, 3",
            note_code="final_rank_ties",
            note="总分相同的银行名次并列，其后的银行名次顺延（如 1、1、3）；并列者按名称排列。",
        ),
        Option(
            "dense",
            "紧接：1、1、2",
            "next: 1, 1, 2",
            note_code="final_rank_ties_dense",
            note="按读法 banking.scoring.final_rank_ties = dense：总分相同的银行名次并列，其后的银行名次紧接"
            "（如 1、1、2）；并列者按名称排列。",
        ),
    ),
    default="competition",
    reasoning="名次是一份名单中的位置：两家并列第一，第三家前面已有两家，排第三；这也是按名次确定存放银行时的通常数法。",
    reasoning_en="A place is a position in a list: with two banks first, the next has two before it and is third, "
    "the usual count when places decide where the funds go.",
)

#: 附件3: the benchmark rate given by the caller.
BENCHMARK_GIVEN = WarningNote(
    "benchmark_given",
    "banking",
    "附件 综合评分表 利率水平",
    "同期基准利率按输入值计，未用人民银行公布的存款基准利率表",
    "the benchmark rate is the one given, not the PBoC's published table",
)

#: 附件: "达到监管标准" names no figures; the library's defaults used.
DEFAULT_STANDARDS = WarningNote(
    "default_standards",
    "banking",
    "附件 综合评分表 经营状况",
    "“达到监管标准”未列数值：未给出本行或模板标准的，按缺省的监管标准计，须核对各行适用的标准",
    "达到监管标准 names no figures: where no bank's or template's standard is given, the defaults are used; check "
    "each bank's own",
)

#: 附件注: a template whose points do not add up to the annex's 100.
TEMPLATE_TOTAL = WarningNote(
    "template_total",
    "banking",
    "附件 注",
    "调整后的评分表各项分值合计不等于附件的总分",
    "the adjusted table's points do not add up to the annex's total",
)

#: 附件注: points changed by the template, the annex's rule scaled to them.
TEMPLATE_SCALED = WarningNote(
    "template_scaled",
    "banking",
    "附件 注",
    "模板调整了分值的指标按附件原计分规则计分后等比例折算",
    "an indicator whose points the template changed is scored by the annex's rule, then scaled in proportion",
)

#: 附件: "3分×某行……÷各行……最大值" with no positive value among the banks.
CONTRIBUTION_NO_POSITIVE_VALUE = WarningNote(
    "contribution_no_positive_value",
    "banking",
    "附件 综合评分表 经济发展贡献度",
    "某项贡献度指标各行最大值为 0 或负数，公式无意义，各行该项得 0 分",
    "no bank has a positive value on a contribution indicator: the formula has no meaning, and each scores 0",
)

#: 附件 一、经营状况: "……达到监管标准，即可获得基础分4分；其余1分，按照……进行递减排名".
RATIO_RANK_NEEDS_STANDARD = Reading(
    code="banking.scoring.ratio_rank_needs_standard",
    document="banking",
    article="附件 综合评分表 经营状况",
    question="比率指标未达监管标准的银行，是否参加“其余1分”的排名并得排名分？",
    question_en="Does a bank below the regulatory standard on a ratio take part in the ranking for 其余1分 (the "
    "remaining point) and earn its rank points?",
    options=(
        Option(
            "qualified_only",
            "不参加：未达标的银行该项得 0 分，排名只在达标银行之间进行",
            "no: a bank below the standard scores 0 and only the banks meeting it are ranked",
            note_code="rank_among_qualified",
            note="比率指标未达监管标准的银行该项得 0 分，且不参加“其余1分”的排名；排名只在达标银行之间进行。",
        ),
        Option(
            "all_banks",
            "参加：全部银行一起排名，未达标的银行不得基础分，但得其排名分",
            "yes: every bank is ranked; a bank below the standard has no base but earns its rank points",
            note_code="rank_among_all",
            note="按读法 banking.scoring.ratio_rank_needs_standard = all_banks：比率指标的“其余1分”在全部银行之间"
            "排名，未达监管标准的银行不得基础分，但按其排名得排名分。",
        ),
    ),
    default="qualified_only",
    reasoning="“其余1分”是达标银行在基础分之外的余分：同一句先以达标为得分的条件，再把其余的分按排名分配；"
    "未达标的银行该项不得分，也不应以其数值挤占达标银行的名次。",
    reasoning_en="其余1分 is what is left above the base of a bank meeting the standard: the sentence makes meeting "
    "the standard the condition of scoring, then shares the rest by rank; a bank below it scores nothing on the "
    "indicator and should not push the banks that meet it down.",
)

#: 附件 二、服务水平 信息系统建设: "……可获得基础分8分，其余2分，按照信息系统建设情况进行递减排名".
SYSTEM_RANK_NEEDS_BASE = Reading(
    code="banking.scoring.system_rank_needs_base",
    document="banking",
    article="附件 综合评分表 服务水平 信息系统建设",
    question="信息系统建设未达要求的银行，是否参加“其余2分”的排名并得排名分？",
    question_en="Does a bank whose information system does not meet the requirement take part in the ranking for "
    "其余2分 (the remaining 2 points) and earn its rank points?",
    options=(
        Option(
            "qualified_only",
            "不参加：未达要求的银行该项得 0 分，排名只在达到要求的银行之间进行",
            "no: a bank not meeting the requirement scores 0 and only those meeting it are ranked",
            note_code="rank_among_qualified_system",
            note="信息系统建设未达要求的银行该项得 0 分，且不参加“其余2分”的排名。",
        ),
        Option(
            "all_banks",
            "参加：全部银行按评定值一起排名，未达要求的银行不得基础分，但得其排名分",
            "yes: every bank is ranked by its rating; one not meeting the requirement has no base but earns its "
            "rank points",
            note_code="rank_among_all_system",
            note="按读法 banking.scoring.system_rank_needs_base = all_banks：信息系统建设的“其余2分”在全部银行之间"
            "按评定值排名，未达要求的银行不得基础分 8 分，但按其排名得排名分。",
        ),
    ),
    default="qualified_only",
    reasoning="“可获得基础分8分，其余2分”：其余 2 分是达到要求的银行在基础分之外的余分；系统未达要求的银行"
    "该项不得分，也不参加排名。",
    reasoning_en="可获得基础分8分，其余2分: the remaining 2 points are what is left above the base of a bank "
    "meeting the requirement; a system that does not meet it scores nothing and is not ranked.",
)

#: 附件 内部控制、资金支付及对账服务、分账核算服务、以往提供服务履约情况: "……可获基础分4分，其余1分".
EXTRA_NEEDS_BASE = Reading(
    code="banking.scoring.extra_needs_base",
    document="banking",
    article="附件 综合评分表 内部控制、服务水平",
    question="评委评定的指标，未达到评分标准所述要求（不得基础分）的银行，评委给的“其余”分是否计入？",
    question_en="On an item the evaluators judge, does a bank that does not meet the requirement (and so has no "
    "base) keep the points judged for 其余 (the rest)?",
    options=(
        Option(
            "needs_base",
            "不计入：其余分是基础分之上的分，未得基础分的不得",
            "no: the rest is above the base, and a bank without the base earns none of it",
            note_code="extra_needs_base",
            note="未达到评分标准所述要求的银行不得基础分，评委在基础分之上给的分也不计。",
        ),
        Option(
            "independent",
            "计入：其余分由评委另行评定，不以得基础分为条件",
            "yes: the rest is judged on its own, whether or not the base is earned",
            note_code="extra_without_base",
            note="按读法 banking.scoring.extra_needs_base = independent：未达到评分标准所述要求的银行不得基础分，"
            "评委给的其余分照计。",
        ),
    ),
    default="needs_base",
    reasoning="“……的，可获基础分4分，其余1分”：达到所述要求是得分的条件，其余分是在基础分之上由评委评定的余分；"
    "未达要求的银行该项不得分。",
    reasoning_en="……的，可获基础分4分，其余1分: meeting the requirement is the condition of scoring, and the rest "
    "is what the evaluators judge above the base; a bank that does not meet it scores nothing on the item.",
)

#: 附件 三、利率水平 存款利率: "利率为同期基准利率得4分，利率上浮0~10%得4~6分……" — no band below the benchmark.
BELOW_BENCHMARK = Reading(
    code="banking.scoring.below_benchmark",
    document="banking",
    article="附件 综合评分表 利率水平",
    question="报价低于同期基准利率（在自律机制协商约定范围内）的，如何计分？",
    question_en="How is an offer below the benchmark rate (within the self-regulatory range) scored?",
    options=(
        Option(
            "zero",
            "0 分：评分标准只对基准利率及其上浮计分",
            "0: the standard scores only the benchmark and floats above it",
            note_code="below_benchmark",
            note="低于同期基准利率的报价不在评分标准所列档次内（标准只对基准利率及其上浮计分），得 0 分。",
        ),
        Option(
            "by_deviation",
            "按偏离度向下延伸第一档：4 分减去同一比例，不低于 0 分",
            "by the deviation: the first band extended downward from 4 points, not below 0",
            note_code="below_benchmark_by_deviation",
            note="按读法 banking.scoring.below_benchmark = by_deviation：低于同期基准利率的报价按“利率偏离度”"
            "将第一档（上浮0~10%得4~6分）的比例向下延伸，自基准利率的 4 分递减，不低于 0 分。",
        ),
    ),
    default="zero",
    reasoning="评分标准逐档列出了基准利率和上浮 0~30% 的得分，低于基准利率的报价不在任何一档；"
    "不在档内的报价不另行推算分数，得 0 分，与“超出协商约定范围的为0分”“上浮超过30%得0分”一致。",
    reasoning_en="The standard lists the benchmark and each band of floats from 0 to 30%; an offer below the "
    "benchmark is in no band, and a score is not extrapolated for it: 0, as for an offer outside the agreed range "
    "or above 30%.",
)

#: 附件 利率水平: "按照利率偏离度打分……利率上浮0~10%得4~6分" gives each band a range of points, not a
#: formula for a float inside it.
RATE_WITHIN_BAND = Reading(
    code="banking.scoring.rate_within_band",
    document="banking",
    article="附件 综合评分表 利率水平",
    question="上浮幅度落在某一档内（如上浮0~10%得4~6分）时，档内得多少分？",
    question_en="How many points does a float inside a band (such as 4 to 6 points for 0 to 10%) score?",
    options=(
        Option(
            "linear",
            "档内按上浮幅度线性插值，得分自 4 分连续升至 10 分",
            "by the float, linearly within the band: the score rises continuously from 4 to 10",
            note_code="rate_bands_continuous",
            note="利率档次首尾相接（10%、20% 处两档得分相同），档内按上浮幅度线性插值，"
            "得分自基准利率的 4 分连续升至上浮 30% 的 10 分；"
            "“超过30%”不含 30% 本数。",
        ),
        Option(
            "band_low",
            "档内得该档最低分，档内加分由评审另定",
            "the band's lowest score; any more within the band is for the evaluators",
            note_code="rate_band_low",
            note="按读法 banking.scoring.rate_within_band = band_low：上浮幅度在某一档内的，得该档最低分"
            "（上浮0~10%得4分，10~20%得6分，20~30%得8分，10%、20% 本数属较低一档），档内加分由评审另定，本计算不计；"
            "“超过30%”不含 30% 本数。",
        ),
    ),
    default="linear",
    reasoning="评分标准要求“按照利率偏离度打分”，每档给出首尾相接的分数区间：按偏离度在档内线性插值，"
    "同一上浮幅度得同一分数，不留评审裁量，且两档交界处得分相同；只计最低分会使上浮 9.99% 与基准利率同分，"
    "与按偏离度打分不合。",
    reasoning_en='The standard scores "by the deviation of the rate" and gives each band a range of points that '
    "meets the next: interpolating linearly by the float gives the same float the same score, with no discretion, "
    "and the same score where two bands meet; counting only a band's lowest score would score a float of 9.99% "
    "like the benchmark, which is not scoring by the deviation.",
)

#: 附件: the scores, from share formulas and rate bands, at a precision the annex does not name.
SCORE_ROUNDING = Reading(
    code="banking.scoring.score_rounding",
    document="banking",
    article="附件 综合评分表",
    question="评分表未规定得分精度：是各指标得分先四舍五入到 0.01 分再相加，还是按精确得分相加、只对总分舍入？",
    question_en="The table names no precision: is each indicator's score rounded to 0.01 before they are added, or "
    "are the exact scores added and only the total rounded?",
    options=(
        Option(
            "each_indicator",
            "各指标得分四舍五入到 0.01 分，总分为其和",
            "each indicator rounded half-up to 0.01; the total is their sum",
            note_code="score_rounding",
            note="各指标得分四舍五入保留两位小数；总分为各指标得分之和。",
        ),
        Option(
            "total_only",
            "各指标按精确得分相加，只对总分四舍五入到 0.01 分",
            "the exact scores added, only the total rounded half-up to 0.01",
            note_code="score_rounding_total_only",
            note="按读法 banking.scoring.score_rounding = total_only：各指标按精确得分相加，总分四舍五入保留两位小数；"
            "各指标得分只在显示时保留两位小数。",
        ),
    ),
    default="each_indicator",
    reasoning="评分表逐项填写得分再合计总分：每项填的是保留两位小数的分数，总分是所填各项之和，"
    "公示的各项得分与总分能够相互核对。",
    reasoning_en="The table is filled in score by score and then totalled: each score entered is to two decimals, "
    "and the total is the sum of those entered, so that the published scores and total check against each other.",
)

#: 附件: "第一名得1分（2分），从第二名开始依次递减0.1分" runs out after 10 (20) places.
RANK_BEYOND_LAST_POINT = WarningNote(
    "rank_beyond_last_point",
    "banking",
    "附件 综合评分表",
    "“从第二名开始依次递减0.1分”至排名分为 0 的一档即止：其后各档的排名分为 0，基础分照得",
    "从第二名开始依次递减0.1分 runs out where the rank points reach 0: the places after it get 0 rank points, "
    "and keep the base",
)


#: The annex's readings, in the order the document declares them.
ANNEX_READINGS = (
    INDICATOR_RANK_TIES,
    FINAL_RANK_TIES,
    RATIO_RANK_NEEDS_STANDARD,
    SYSTEM_RANK_NEEDS_BASE,
    EXTRA_NEEDS_BASE,
    BELOW_BENCHMARK,
    RATE_WITHIN_BAND,
    SCORE_ROUNDING,
)

#: The annex's notes that warn rather than interpret.
ANNEX_WARNINGS = (
    BENCHMARK_GIVEN,
    DEFAULT_STANDARDS,
    TEMPLATE_TOTAL,
    TEMPLATE_SCALED,
    CONTRIBUTION_NO_POSITIVE_VALUE,
    RANK_BEYOND_LAST_POINT,
)
