"""The open questions of 钦市财规〔2019〕3号 in its articles (第九条, 第十一条, 第十三条, 第二十一条) and its
annex's ranking, each with its options and default, and the notes of its calculators that only warn."""

from .._core.reading import Option, Reading, WarningNote

__all__ = [
    "BAR_LAST_DAY",
    "BELOW_BENCHMARK",
    "BENCHMARK_GIVEN",
    "COMMITTEE_NOT_CHECKED",
    "CONTRIBUTION_NO_POSITIVE_VALUE",
    "CUMULATIVE_TERM",
    "DEFAULT_STANDARDS",
    "EXTRA_NEEDS_BASE",
    "FEWER_LOCAL_BANKS",
    "FINAL_RANK_TIES",
    "FUNDS_NOT_CHECKED",
    "GENERAL_MINIMUM",
    "INDICATOR_RANK_TIES",
    "LOCAL_BANKS_UNKNOWN",
    "OPENING_BANK",
    "RANK_BEYOND_LAST_POINT",
    "RATIO_RANK_NEEDS_STANDARD",
    "READINGS",
    "REMOVAL_BEFORE_MEASURES",
    "SCORE_ROUNDING",
    "SUPERVISORY_SUBGRADE",
    "SYSTEM_RANK_NEEDS_BASE",
    "TEMPLATE_SCALED",
    "TEMPLATE_TOTAL",
    "WARNINGS",
]

#: 第九条: "可以在开户银行办理定期存款、协定存款、通知存款".
OPENING_BANK = Reading(
    code="banking.deposits.opening_bank",
    document="banking",
    article="第九条",
    question="“可以在开户银行办理定期存款、协定存款、通知存款”：这三种存款是否只能在开户银行办理？",
    question_en="可以在开户银行办理定期存款、协定存款、通知存款 (may make time, agreement and notice deposits at the "
    "opening bank): only there?",
    options=(
        Option(
            "only_opening_bank",
            "只能在开户银行办理",
            "only at the opening bank",
            note_code="art9_opening_bank",
            note="第九条“可以在开户银行办理定期存款、协定存款、通知存款”读作：三者都只能在开户银行办理。",
        ),
        Option(
            "not_limited",
            "本条只是许可，不限制在其他银行办理",
            "a permission only, not a limit to the opening bank",
            note_code="art9_opening_bank_not_limited",
            note="按读法 banking.deposits.opening_bank = not_limited：第九条许可在开户银行办理定期、协定、通知存款，"
            "不据此否定在其他银行办理。",
        ),
    ),
    default="only_opening_bank",
    reasoning="第九条是对单位资金办理定期、协定、通知存款的授权，授权的范围即“在开户银行”；财政资金存放以账户管理为基础，"
    "在开户银行以外办理，资金即离开了经批准的账户。",
    reasoning_en="第九条 grants the unit's funds these deposits, and the grant names its place, 在开户银行; public "
    "funds are managed by account, and a deposit outside the opening bank takes the money out of the approved account.",
)

#: 第十一条（二）: "银监部门上年度监管评级 3 级以上（含 3 级）", ratings with sub-grades A–C.
SUPERVISORY_SUBGRADE = Reading(
    code="banking.eligibility.supervisory_subgrade",
    document="banking",
    article="第十一条（二）",
    question="监管评级带子级（如 3B、3C）的，是否达到“3 级以上（含 3 级）”？",
    question_en="Does a rating with a sub-grade (3B, 3C) meet 3 级以上（含 3 级） (grade 3 or better)?",
    options=(
        Option(
            "by_grade",
            "子级按其级数计：3A、3B、3C 都是 3 级",
            "a sub-grade counts as its grade: 3A, 3B and 3C are grade 3",
            note_code="supervisory_subgrade",
            note="监管评级的子级（如 2A、3B）按其级数计：3B 视为 3 级，达到“3 级以上（含 3 级）”。",
        ),
        Option(
            "top_subgrade",
            "所列等级只含其最高子级：3 级只含 3A，3B、3C 未达到",
            "the grade named admits only its top sub-grade: of grade 3 only 3A",
            note_code="supervisory_subgrade_top",
            note="按读法 banking.eligibility.supervisory_subgrade = top_subgrade：“3 级以上（含 3 级）”"
            "只含 3 级的最高子级 3A，3B、3C 未达到。",
        ),
    ),
    default="by_grade",
    reasoning="监管评级分为 1 至 6 级，2 至 4 级再分 A、B、C 子级；子级是同一级内的细分，“3 级以上（含 3 级）”"
    "含 3 级的全部子级。",
    reasoning_en="The supervisory rating has grades 1 to 6, grades 2 to 4 divided into sub-grades A, B and C; a "
    "sub-grade divides its grade, so 3 级以上（含 3 级） takes in every sub-grade of grade 3.",
)

#: 第二十一条: "取消该银行在以后 3 年内参与本单位资金存放竞争的资格", from 2019-09-26.
REMOVAL_BEFORE_MEASURES = Reading(
    code="banking.eligibility.removal_before_measures",
    document="banking",
    article="第二十一条",
    question="本办法施行（2019-09-26）以前被变更的银行，是否依第二十一条取消 3 年资格？",
    question_en="Is a bank removed before the measures took effect (2019-09-26) barred for 3 years under 第二十一条?",
    options=(
        Option(
            "not_reached_back",
            "不取消：施行前的变更不是依本办法作出的",
            "not barred: a removal before the measures was not made under them",
            note_code="removal_before_measures",
            note="{removed} 的变更早于本办法施行之日 {since}，不依第二十一条取消资格；"
            "另有依据的资格限制可以“取消资格至”（barred_until）给出。",
        ),
        Option(
            "reaches_back",
            "取消：自变更之次日起 3 年内不得参与",
            "barred: 3 years from the day after the removal",
            note_code="removal_before_measures_counted",
            note="按读法 banking.eligibility.removal_before_measures = reaches_back：{removed} 的变更虽早于"
            "本办法施行之日 {since}，仍依第二十一条计算 3 年的资格取消期。",
        ),
    ),
    default="not_reached_back",
    reasoning="第二十一条取消的是预算单位依本办法变更的银行的资格；施行前的变更不是依本办法作出的，"
    "而处罚性的规定不溯及既往（立法法第九十三条，现第一百零四条）。另有依据的限制可以 barred_until 给出。",
    reasoning_en="第二十一条 bars a bank the unit removes under these measures; a removal before they took effect was "
    "not made under them, and a sanction does not reach back (立法法 第九十三条, now 第一百零四条). A bar with "
    "another basis can still be given as barred_until.",
)

#: 第二十一条: "在以后 3 年内", a period counted from the removal.
BAR_LAST_DAY = Reading(
    code="banking.eligibility.bar_last_day",
    document="banking",
    article="第二十一条",
    question="“以后 3 年内”的资格取消期最后一日是 3 年后的对应日，还是对应日的前一日？",
    question_en="Does the bar 以后 3 年内 (for the following 3 years) end on the same date 3 years later, or the day "
    "before?",
    options=(
        Option(
            "anniversary",
            "自变更之次日起算，3 年后的对应日为最后一日",
            "counted from the day after the removal: the same date 3 years later",
            note_code="bar_period",
            note="“以后 3 年内”自被变更之次日起算，至 3 年后对应日（含）届满（民法典第二百零一、二百零二条）；"
            "资格限制期不因届满日为节假日而顺延。",
        ),
        Option(
            "day_before_anniversary",
            "变更当日计入，最后一日为 3 年后对应日的前一日",
            "the removal day counted: the day before the same date 3 years later",
            note_code="bar_period_removal_day_counted",
            note="按读法 banking.eligibility.bar_last_day = day_before_anniversary：被变更之日计入资格取消期，"
            "最后一日为 3 年后对应日的前一日；不因节假日顺延。",
        ),
    ),
    default="anniversary",
    reasoning="“以后”说的是变更之后；按年计算期间，开始的当日不计入，自下一日开始计算，到期年的对应日为最后一日"
    "（民法典第二百零一、二百零二条）。资格限制不是须在期间内作出的行为，最后一日为节假日的不顺延。",
    reasoning_en="以后 means after the removal; a period in years does not count its first day and ends on the same "
    "date in the last year (民法典 第二百零一、二百零二条). A bar is not an act to be done within the period, so a "
    "last day on a holiday is not extended.",
)

#: 第十三条（一）: "一般不得少于 3 家，预算单位所在地银行少于 3 家的，按实际数量确定备选银行".
GENERAL_MINIMUM = Reading(
    code="banking.procedure.general_minimum",
    document="banking",
    article="第十三条（一）",
    question="“一般不得少于 3 家”中的“一般”是否允许本项所列情形以外的例外？",
    question_en="Does 一般 in 一般不得少于 3 家 (as a rule, no fewer than 3) allow exceptions beyond the one the "
    "clause names?",
    options=(
        Option(
            "no_other_exception",
            "不允许：只有所在地银行少于 3 家时才可少于 3 家",
            "no: fewer than 3 only where fewer than 3 banks are local",
            note_code="general_minimum",
            note="“一般不得少于 3 家”中的“一般”读作：除本项所列“预算单位所在地银行少于 3 家”的情形外，不得少于 3 家，"
            "不另设例外。",
        ),
        Option(
            "unit_may_justify",
            "允许：预算单位说明理由的，备选银行可以少于 3 家",
            "yes: the unit may choose fewer, giving its reasons",
            note_code="general_minimum_justified",
            note="按读法 banking.procedure.general_minimum = unit_may_justify：“一般”允许预算单位说明理由后少于 3 家，"
            "备选银行少于 3 家不作为不合规，但须由预算单位说明理由。",
        ),
    ),
    default="no_other_exception",
    reasoning="同一项已写明例外（所在地银行少于 3 家的按实际数量），“一般”指的就是这一例外；另许单位自定例外，"
    "会使“不得少于 3 家”失去约束，不合“公平、公正”选取备选银行的要求。",
    reasoning_en="The clause names its exception itself (fewer than 3 local banks: as many as there are); 一般 points "
    "to it. Letting a unit make exceptions of its own would leave 不得少于 3 家 without force, against choosing the "
    "candidates 公平、公正.",
)

#: 第十三条（一）: "所在地银行少于 3 家的，按实际数量确定备选银行".
FEWER_LOCAL_BANKS = Reading(
    code="banking.procedure.fewer_local_banks",
    document="banking",
    article="第十三条（一）",
    question="所在地银行少于 3 家、“按实际数量确定备选银行”时，是否须把所在地银行全部列为备选？",
    question_en="With fewer than 3 local banks, 按实际数量确定备选银行 (as many as there are): must every local bank "
    "be a candidate?",
    options=(
        Option(
            "all_local_banks",
            "须全部列为备选银行",
            "every local bank must be a candidate",
            note_code="fewer_local_banks",
            note="所在地银行少于 3 家时，“按实际数量确定备选银行”读作：所在地银行全部列为备选银行。",
        ),
        Option(
            "at_least_one",
            "在实际数量以内确定，至少 1 家",
            "any number up to the local banks, at least one",
            note_code="fewer_local_banks_any",
            note="按读法 banking.procedure.fewer_local_banks = at_least_one：所在地银行少于 3 家时，"
            "备选银行在所在地银行家数以内确定，至少 1 家。",
        ),
    ),
    default="all_local_banks",
    reasoning="“按实际数量”说的是备选银行的数量就是所在地银行的实际数量；少于 3 家本已是例外，再少选会减少竞争，"
    "不合“公平、公正”选取的要求。",
    reasoning_en="按实际数量 says the number of candidates is the actual number of local banks; fewer than 3 is "
    "already the exception, and choosing fewer still would lessen the competition the clause asks to be fair.",
)

#: The funds 第九条 names are not in the payload.
FUNDS_NOT_CHECKED = WarningNote(
    "art9_funds_not_checked",
    "banking",
    "第九条",
    "第九条只允许事业收入、经营收入等非财政补助收入办理定期、协定、通知存款；资金来源未核对",
    "第九条 allows these deposits for non-grant income only (事业收入、经营收入); the source of the funds is "
    "not checked",
)

#: What the cumulative term of a time deposit is, as the payload gives it.
CUMULATIVE_TERM = WarningNote(
    "art9_cumulative_term",
    "banking",
    "第九条",
    "累计存期应含原存期与续存期；“不超过2年”含 24 个月本数",
    "the cumulative term must include the original term and the renewals; 不超过2年 includes 24 months",
)

#: 第十三条（一）: the number of local banks not given.
LOCAL_BANKS_UNKNOWN = WarningNote(
    "local_banks_unknown",
    "banking",
    "第十三条（一）",
    "未提供所在地银行家数：只有所在地银行少于 3 家时，备选银行才可少于 3 家",
    "the number of local banks is not given: fewer than 3 candidates only where fewer than 3 banks are local",
)

#: 第十五条（二）: the committee's members by kind not given.
COMMITTEE_NOT_CHECKED = WarningNote(
    "committee_composition_not_checked",
    "banking",
    "第十五条（二）",
    "未给出内部成员和外部专家各自的人数，只核对了评选委员会的人数",
    "the internal members and outside experts are not given apart: only the committee's size is checked",
)

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

#: The readings the document declares (its ``DECLARATION`` lists them).
READINGS = (
    OPENING_BANK,
    SUPERVISORY_SUBGRADE,
    GENERAL_MINIMUM,
    FEWER_LOCAL_BANKS,
    REMOVAL_BEFORE_MEASURES,
    BAR_LAST_DAY,
    INDICATOR_RANK_TIES,
    FINAL_RANK_TIES,
    RATIO_RANK_NEEDS_STANDARD,
    SYSTEM_RANK_NEEDS_BASE,
    EXTRA_NEEDS_BASE,
    BELOW_BENCHMARK,
    RATE_WITHIN_BAND,
    SCORE_ROUNDING,
)

#: The notes of the measures' calculators that warn rather than interpret.
WARNINGS = (
    FUNDS_NOT_CHECKED,
    CUMULATIVE_TERM,
    LOCAL_BANKS_UNKNOWN,
    COMMITTEE_NOT_CHECKED,
    BENCHMARK_GIVEN,
    DEFAULT_STANDARDS,
    TEMPLATE_TOTAL,
    TEMPLATE_SCALED,
    CONTRIBUTION_NO_POSITIVE_VALUE,
    RANK_BEYOND_LAST_POINT,
)
