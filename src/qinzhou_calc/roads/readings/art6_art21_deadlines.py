"""The open questions of the time limits, 第六条 to 第二十一条."""

from ..._core.reading import Option, Reading

__all__ = [
    "BACKFILL_REST_DAY_END",
    "CHANGE_WORKING_DAYS_AHEAD",
    "HOUR_LIMITS_REST_DAYS",
    "PLAN_DUE_DAY",
    "RE_INSPECTION_START",
    "WARRANTY_LAST_DAY",
]

#: 第六条: "应当在每年 6 月和 12 月前……报送".
PLAN_DUE_DAY = Reading(
    code="roads.plan_submission.due_day",
    document="roads",
    article="第六条",
    question="“6 月和 12 月前”报送挖掘计划：最后一日（5 月 31 日、11 月 30 日）是休息日的，是否顺延？",
    question_en="Plans are due 6 月和 12 月前 (before June and December): when the last day (31 May, 30 November) "
    "is a rest day, is it extended?",
    options=(
        Option(
            "fixed_date",
            "固定日期，不顺延",
            "a fixed date, not extended",
            note_code="plan_before_month",
            note="“6 月和 12 月前”读作 6 月 1 日、12 月 1 日之前，即最迟 5 月 31 日、11 月 30 日报送；"
            "该日是固定日期而非期间，遇休息日不顺延",
        ),
        Option(
            "civil_code_203",
            "按期间的最后一日，依民法典第二百零三条顺延至休假日结束的次日",
            "the last day of a period, extended past the rest days by 民法典 第二百零三条",
            note_code="plan_due_extended",
            note="按读法 roads.plan_submission.due_day = civil_code_203：5 月 31 日、11 月 30 日"
            "是法定休假日（含周末）的，依民法典第二百零三条以休假日结束的次日为最后一日",
        ),
    ),
    default="fixed_date",
    reasoning="“6 月和 12 月前”是日历上的固定日期，不是自某一事件起算的期间，民法典第二百零三条不适用；"
    "顺延会使报送落入 6 月或 12 月，与“前”字相悖。",
    reasoning_en="6 月和 12 月前 names fixed days of the calendar, not a period counted from an event, so 民法典 "
    "第二百零三条 does not apply; extending the day would put the submission in June or December, against 前.",
)

#: 第十条: "提前两个工作日" before a change of the excavation plan.
CHANGE_WORKING_DAYS_AHEAD = Reading(
    code="roads.change_application.working_days_ahead",
    document="roads",
    article="第十条",
    question="“提前两个工作日”申请变更：最迟申请日是变更开始前的第二个工作日，还是须与开始日间隔两个完整工作日？",
    question_en="Applying 提前两个工作日 (two working days ahead): is the last day the second working day before "
    "the change begins, or must two whole working days lie between?",
    options=(
        Option(
            "second_working_day",
            "开始之日往前数第二个工作日（周四开始，周二申请）",
            "the second working day before the start (Thursday's change, Tuesday)",
            note_code="two_working_days_ahead",
            note="“提前两个工作日”读作：变更开始之日（不计入）往前数第二个工作日为最迟申请日，"
            "例如周四开始的变更最迟于周二申请；不采用申请日与开始日之间须间隔两个完整工作日的读法",
        ),
        Option(
            "two_clear_days",
            "申请日与开始日之间须隔两个完整工作日（周四开始，周一申请）",
            "two whole working days between (Thursday's change, Monday)",
            note_code="two_clear_working_days",
            note="按读法 roads.change_application.working_days_ahead = two_clear_days：申请日与变更开始之日之间"
            "须间隔两个完整的工作日，最迟申请日为开始之日往前数第三个工作日",
        ),
    ),
    default="second_working_day",
    reasoning="民法典第二百零一条：开始的当日不计入；自开始之日往前数两个工作日，第二个即为“提前两个工作日”之日，"
    "与本办法其他按工作日计算的期限同一数法。",
    reasoning_en="By 民法典 第二百零一条 the day counted from is not counted; counting two working days back from the "
    "start, the second is the day two working days ahead, the same count as the measures' other working-day limits.",
)

#: 第十二、十四、十八条 count in hours (24 小时).
HOUR_LIMITS_REST_DAYS = Reading(
    code="roads.hour_limits.rest_days",
    document="roads",
    article="第十二条、第十四条（三）、第十八条",
    question="按小时计算的期限届满于休息日的，是否顺延？",
    question_en="When a limit counted in hours ends on a rest day, is it extended?",
    options=(
        Option(
            "continuous",
            "连续计算，休息日照算，不顺延",
            "counted straight through rest days, not extended",
            note_code="hours_run_continuously",
            note="按小时计算的期限自事件发生的时刻起连续计算，休息日照算，不适用最后一日顺延的规则",
        ),
        Option(
            "civil_code_203",
            "届满之日是法定休假日的，依民法典第二百零三条顺延至休假日结束的次日",
            "ending on a rest day, extended to the day after the rest days by 民法典 第二百零三条",
            note_code="hours_end_extended",
            note="按读法 roads.hour_limits.rest_days = civil_code_203：按小时计算的期限届满之日"
            "是法定休假日（含周末）的，依民法典第二百零三条以休假日结束的次日为最后一日（截止于该日）",
        ),
    ),
    default="continuous",
    reasoning="民法典第二百零三条顺延的是期间的最后一日；按小时计算的期限没有“最后一日”，所涉义务（紧急抢修后补办手续、"
    "清运渣土、验线）是施工中的即时义务，休息日同样发生，故连续计算。",
    reasoning_en="民法典 第二百零三条 extends the last day of a period; a limit in hours has no last day, and the "
    "duties it times (paperwork after emergency digging, clearing waste, the survey) arise on rest days as on others: "
    "the hours run straight through.",
)

#: 第二十一条: "质量保修期届满，……应当在十五个工作日内组织……再验收".
RE_INSPECTION_START = Reading(
    code="roads.re_inspection.start",
    document="roads",
    article="第二十一条第二款",
    question="再验收的十五个工作日自何时起算：保修期最后一日的次日，还是“届满”之日（最后一日的次日）的次日？",
    question_en="From when do the re-inspection's 15 working days run: the day after the warranty's last day, or "
    "the day after its 届满 (itself the day after the last day)?",
    options=(
        Option(
            "after_last_day",
            "保修期最后一日不计入，自其次日起算",
            "from the day after the warranty's last day",
            note_code="re_inspection_after_warranty",
            note="再验收的十五个工作日自保修期届满之日的次日起算",
        ),
        Option(
            "after_expiry_day",
            "以最后一日的次日为届满之日，自届满之日的次日起算",
            "届满 as the day after the last day, counting from the day after that",
            note_code="re_inspection_after_expiry",
            note="按读法 roads.re_inspection.start = after_expiry_day：保修期最后一日的次日为届满之日，"
            "再验收的十五个工作日自届满之日的次日起算",
        ),
    ),
    default="after_last_day",
    reasoning="保修期在其最后一日届满（民法典第二百零三条第二款：期间的最后一日的截止时间为二十四时）；"
    "依第二百零一条，届满之日不计入，自次日起算十五个工作日。",
    reasoning_en="The warranty runs out on its last day (民法典 第二百零三条 second paragraph: a period's last day "
    "ends at midnight); by 第二百零一条 that day is not counted, and the 15 working days run from the next.",
)

#: 第二十一条: "实行一年质量保修制度。时间从……验收合格之日起计算".
WARRANTY_LAST_DAY = Reading(
    code="roads.warranty.last_day",
    document="roads",
    article="第二十一条第一款",
    question="一年保修期“从验收合格之日起计算”：最后一日是一年后的对应日，还是对应日的前一日？",
    question_en="The one-year warranty counts 从验收合格之日起 (from the day of acceptance): is its last day the "
    "same date a year later, or the day before?",
    options=(
        Option(
            "anniversary",
            "依民法典第二百零一、二百零二条，验收当日不计入，到期年的对应日为最后一日",
            "the acceptance day not counted (民法典 第二百零一、二百零二条): the same date a year later",
            note_code="warranty_period",
            note="保修期自验收合格次日起算，到期年的对应日为最后一日，没有对应日的以月末日为最后一日；"
            "保修期是责任期间而非作出行为的期限，最后一日为休息日的不顺延",
        ),
        Option(
            "day_before_anniversary",
            "验收合格之日计入保修期，最后一日为对应日的前一日",
            "the acceptance day is the warranty's first day: the day before the same date a year later",
            note_code="warranty_acceptance_day_counted",
            note="按读法 roads.warranty.last_day = day_before_anniversary：“从验收合格之日起计算”读作验收当日计入，"
            "保修期的最后一日为一年后对应日的前一日；最后一日为休息日的不顺延",
        ),
    ),
    default="anniversary",
    reasoning="民法典第二百零一条：按年计算期间的，开始的当日不计入，自下一日开始计算；规章的“从……之日起计算”"
    "不排除该条，故最后一日为一年后的对应日（第二百零二条，没有对应日的为月末日）。保修是责任期间，不顺延。",
    reasoning_en="民法典 第二百零一条: a period in years does not count its first day and runs from the next; a "
    "rule's 从……之日起计算 does not set that aside, so the last day is the same date a year later (第二百零二条; "
    "the month's end where there is none). A warranty is a liability period, not extended.",
)

#: 第十九条 counts the backfill in days ("当日" to "7日内") and says nothing of a last day that
#: falls on a rest day.
BACKFILL_REST_DAY_END = Reading(
    code="roads.backfill.rest_day_end",
    document="roads",
    article="第十九条",
    question="沟槽回填期限的最后一日是法定休假日（含周末）的，是否顺延？",
    question_en="When the last day to backfill a trench is a statutory rest day (or a weekend), is it extended?",
    options=(
        Option(
            "no_extension",
            "按自然日计算，最后一日为休息日的不顺延",
            "calendar days, not extended when the last day is a rest day",
            note_code="backfill_calendar_days",
            note="第十九条的回填时限按自然日计算（本办法其他条款明言“工作日”，此处只言“日”），"
            "是挖掘单位对敞开沟槽的施工时限，最后一日为休息日的不顺延；这一读法不适用民法典第二百零三条"
            "（最后一日是法定休假日的顺延至休假日结束的次日）：该条为届满之日无法办事的情形而设，回填是挖掘单位"
            "自己的施工，敞开的沟槽每天都是道路上的危险。如按第二百零三条顺延，可选读法 "
            "roads.backfill.rest_day_end = civil_code_203。",
        ),
        Option(
            "civil_code_203",
            "最后一日是法定休假日的，依民法典第二百零三条顺延至休假日结束的次日",
            "extended to the day after the rest days, by 民法典 第二百零三条",
            note_code="backfill_civil_code",
            note="按读法 roads.backfill.rest_day_end = civil_code_203，第十九条回填期限的最后一日是法定休假日"
            "（含周末）的，依民法典第二百零三条以休假日结束的次日为最后一日；“当日回填”不是自次日起算的期间，不顺延。",
        ),
    ),
    default="no_extension",
    reasoning="本办法其他条款明言“工作日”，第十九条只言“日”，是挖掘单位对敞开沟槽的施工时限；民法典第二百零三条"
    "为届满之日无法办事的情形而设，回填是挖掘单位自己的施工，敞开的沟槽每天都是道路上的危险，故不顺延。",
    reasoning_en="Other articles of the measures say 工作日 (working days) where they mean them; 第十九条 says only "
    "日. It is the excavator's own time limit for an open trench, a danger on the road every day, whereas "
    "民法典 第二百零三条 serves a person who cannot act on a last day that is a rest day: so no extension.",
)
