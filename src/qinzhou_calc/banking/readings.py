"""The open questions of 钦市财规〔2019〕3号 in its articles (第九条, 第十一条, 第十三条, 第二十一条), each
with its options and default, and the notes of its calculators that only warn; with the annex's
(:mod:`.readings_annex`), all the document declares."""

from .._core.reading import Option, Reading, WarningNote
from .readings_annex import ANNEX_READINGS, ANNEX_WARNINGS

__all__ = [
    "BAR_LAST_DAY",
    "COMMITTEE_NOT_CHECKED",
    "CUMULATIVE_TERM",
    "FEWER_LOCAL_BANKS",
    "FUNDS_NOT_CHECKED",
    "GENERAL_MINIMUM",
    "LOCAL_BANKS_UNKNOWN",
    "OPENING_BANK",
    "READINGS",
    "REMOVAL_BEFORE_MEASURES",
    "SUPERVISORY_SUBGRADE",
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


#: The readings the document declares (its ``DECLARATION`` lists them).
READINGS = (
    OPENING_BANK,
    SUPERVISORY_SUBGRADE,
    GENERAL_MINIMUM,
    FEWER_LOCAL_BANKS,
    REMOVAL_BEFORE_MEASURES,
    BAR_LAST_DAY,
    *ANNEX_READINGS,
)

#: The notes of the measures' calculators that warn rather than interpret.
WARNINGS = (
    FUNDS_NOT_CHECKED,
    CUMULATIVE_TERM,
    LOCAL_BANKS_UNKNOWN,
    COMMITTEE_NOT_CHECKED,
    *ANNEX_WARNINGS,
)
