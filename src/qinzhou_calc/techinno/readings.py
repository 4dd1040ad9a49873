"""The open questions of 钦政发〔2019〕17号, each with its options and default."""

from .._core.reading import Option, Reading

__all__ = ["HTE_TAX_OUTSIDE_PLAN", "INCUBATOR_WINDOW_END", "PLAN_START", "READINGS", "REWARDS_ADD_UP"]

#: 附件4 二（四） undertakes to "进一步落实" the statute's 15% for the plan's years 2019–2021 and says
#: nothing of a tax year outside them, before or after.
HTE_TAX_OUTSIDE_PLAN = Reading(
    code="techinno.hte_tax_saving.outside_plan",
    document="techinno",
    article="附件4 二（四）",
    question="本方案期间（2019—2021 年）以外的纳税年度，高新技术企业减按 15% 的节税额是否照常计算？",
    question_en="For a tax year outside the plan's years (2019–2021), is a high-tech enterprise's saving at 15% "
    "computed?",
    options=(
        Option(
            "statute",
            "照常计算：15% 出自企业所得税法第二十八条第二款（2008 年起施行），方案期前、期后都适用，"
            "依据是该法而非本方案",
            "computed: the 15% is 企业所得税法 第二十八条第二款's (in force since 2008), before the plan as after it; "
            "the basis is the statute, not the plan",
            note_code="statute_outside_plan",
            note="本方案适用于2019—2021年（纳税年度按其12月31日判断，未给纳税年度的按适用日期），{day} 在方案期间"
            "{when}；减按15%的税率出自企业所得税法第二十八条第二款（2008年1月1日起施行），方案期前期后同样适用，"
            "故照常计算节税额，但其依据是企业所得税法而非本方案。如只在方案期间计算，可选读法 "
            "techinno.hte_tax_saving.outside_plan = refused。",
        ),
        Option(
            "refused",
            "不计算：方案期间以外的纳税年度不适用本方案，不在其期间内（not_in_force），期前期后同样处理",
            "refused: a tax year outside the plan's years is not the plan's (not_in_force), before the plan as "
            "after it",
            note_code="outside_plan_refused",
            note="按读法 techinno.hte_tax_saving.outside_plan = refused，只计算方案期间（2019—2021年）的纳税年度，"
            "期前期后的一律不予计算。",
        ),
    ),
    default="statute",
    reasoning="附件4 二（四）只是承诺“进一步落实”高新技术企业减按15%税率征收企业所得税的优惠政策；15% 出自企业所得税法"
    "第二十八条第二款，自2008年1月1日起施行，在方案期前、期后都同样适用。对期前（如2018年度）和期后（如2023年度）"
    "应当一视同仁：节税额照常计算，并说明依据是企业所得税法而非本方案。另一读法把本计算器看作本方案的计算器，"
    "方案期间（2019—2021年）以外的纳税年度一律不予计算（not_in_force）。纳税年度以该年12月31日（纳税年度终了之日）"
    "为事件日期，方案期间按整年计算，故两端的判断与年内哪一天无关。",
    reasoning_en='附件4 二（四） only undertakes to "进一步落实" (carry further) the preference by which a high-tech '
    "enterprise pays income tax at 15%; the 15% is 企业所得税法 第二十八条第二款's, in force since 2008-01-01, and "
    "applies before the plan as after it. A year before (2018) and a year after (2023) are treated alike: the "
    "saving is computed, and the note says the basis is the statute, not the plan. The other reading takes the "
    "calculator as the plan's own and refuses every tax year outside 2019–2021 (not_in_force). A tax year is "
    "dated by its 31 December, the day it ends; the plan runs in whole years, so neither end depends on the day "
    "of the year chosen.",
)

#: The plan is dated 2019-10-22 and is "（2019—2021年）", its measures running "从 2019 年起".
PLAN_START = Reading(
    code="techinno.plan.start",
    document="techinno",
    article="通知、附件4 一",
    question="本方案于 2019-10-22 印发，是否适用于 2019 年印发前发生的事项（认定、登记、转化）？",
    question_en="The plan was issued on 2019-10-22: does it apply to events of 2019 before that day (a certification, "
    "a registration, a transfer)?",
    options=(
        Option(
            "from_2019",
            "适用于 2019-01-01 至 2021-12-31 发生的事项，含印发前的",
            "applies to events from 2019-01-01 to 2021-12-31, those before the issue included",
            note_code="applies_from_2019",
            note="本方案于2019年10月22日印发，但为“2019—2021年”三年行动方案，明确“从 2019 年起”实施、"
            "年度任务按2019年全年计算，故适用于2019年1月1日至2021年12月31日发生的事项"
            "（含2019年印发前发生的），2021年12月31日以后发生的不再适用。",
        ),
        Option(
            "from_issue",
            "自印发之日 2019-10-22 起适用，此前发生的事项不适用（not_in_force）",
            "applies from the issue, 2019-10-22; an event before it is outside the plan (not_in_force)",
            note_code="plan_from_issue",
            note="按读法 techinno.plan.start = from_issue，本方案自印发之日 2019-10-22 起适用，此前发生的事项"
            "（{what}）不适用本方案。",
        ),
    ),
    default="from_2019",
    reasoning="本方案是“2019—2021年”三年行动方案，附件4 一明确“从 20"
    "19 年起”实施、“到 2021 年末”完成，年度任务按 2019 年"
    "全年计算（“2019年末实现新增高新技术企业10家”）；若印发前的认定不予奖励，2019 年的目标便无从按全年考核。"
    "故审慎的经办人把 2019 年印发前发生的事项也纳入本方案，2021-12-31 以后的不再适用。另一读法按文件自印发之日起施行的"
    "通例，2019-10-22 以前发生的事项不适用本方案。",
    reasoning_en='The plan is a three-year plan "（2019—2021年）" whose measures run "从 2019 年起" to "2021 年末", '
    'and its yearly targets count the whole of 2019 ("2019年末实现新增高新技术企业10家"); refusing the certifications '
    "of 2019 before the issue would leave that year's target unmeasurable. So a careful official applies it to "
    "the events of 2019 before 2019-10-22 too, and to none after 2021-12-31. The other reading follows the usual "
    "rule that a document applies from its issue: an event before 2019-10-22 is outside the plan.",
)

#: 附件4 二（三） gives 5万 "奖励" for a certification, and "资金支持" for a certification together with a
#: research institution, and does not say whether the second replaces the first.
REWARDS_ADD_UP = Reading(
    code="techinno.hte_certification.rewards_add_up",
    document="techinno",
    article="附件4 二（三）",
    question="通过高新技术企业认定并同时获批为科研机构的，5 万元认定奖励与科研机构资金支持是否相加？",
    question_en="For an enterprise certified as high-tech and at the same time approved as a research institution, "
    "do the 5万 reward and the institution's support add up?",
    options=(
        Option(
            "add_up",
            "相加：奖励与资金支持分属两项，合计给付",
            "they add up: a reward and a support, two items, both paid",
            note_code="rewards_add_up",
            note="附件4 二（三）的两句话按相加理解：通过高新技术企业认定的5万元奖励，"
            "与同时获批为科研机构的资金支持（国家级50万元、自治区级20万元、市级5万元）"
            "分属“奖励”和“资金支持”，文中未规定二者择一，故合计给付。",
        ),
        Option(
            "larger_only",
            "择一：第二句是对同一认定的较高标准，只给两者中较高的一项",
            "one of them: the second sentence is a higher rate for the same certification; the larger is paid",
            note_code="rewards_larger_only",
            note="按读法 techinno.hte_certification.rewards_add_up = larger_only，第二句“对通过高新技术企业认定，"
            "并同时获批为……科研机构分别给予……资金支持”读作同一认定的较高标准，只给 5 万元奖励与资金支持中较高的一项。",
        ),
    ),
    default="add_up",
    reasoning="第二句“对通过高新技术企业认定，并同时获批为国家级、自治"
    "区级、市级的科研机构分别给予50万元、20万元、5万元的"
    "资金支持”另起一句，用的是“资金支持”而非“奖励”，文中没有“不重复”“择一”“就高”的字样；两项性质不同，"
    "审慎的经办人合计给付。另一读法把第二句看作同一认定在同时获批科研机构时的较高标准，只给较高的一项（市级 5 万元"
    "与认定奖励相同，只给 5 万元）。",
    reasoning_en='The second sentence stands on its own, names a "资金支持" (support), not a "奖励" (reward), and '
    'says nothing like "不重复", "择一" or "就高"; the two are of different kinds, and a careful official pays '
    "both. The other reading takes the second sentence as a higher rate for the same certification when the "
    "enterprise is also approved as a research institution, and pays only the larger (a city-level institution, "
    "5万 like the reward, then gives 5万 in all).",
)

#: 附件4 二（三） "孵化毕业1年内": a period in years, counted from the graduation.
INCUBATOR_WINDOW_END = Reading(
    code="techinno.incubator.window_end",
    document="techinno",
    article="附件4 二（三）",
    question="“孵化毕业1年内”的最后一日：毕业日的周年对应日，还是其前一日？",
    question_en='The last day of "孵化毕业1年内" (within 1 year of graduating): the anniversary of the graduation, '
    "or the day before it?",
    options=(
        Option(
            "anniversary",
            "依民法典第二百零一、二百零二条，自毕业次日起算，至周年对应日（含）",
            "by 民法典 第二百零一、二百零二条, from the day after graduating to the anniversary, included",
            note_code="window_counting",
            note="“孵化毕业1年内”自毕业次日起按年计算，至毕业日的周年对应日止（无对应日的为该月末日，"
            "如2020-02-29毕业至2021-02-28），“以内”包括该日；"
            "认定是认定机构的行为而非孵化器应办事项的期限，故最后一日为休息日的不顺延。",
        ),
        Option(
            "day_before_anniversary",
            "毕业当日计入一年，至周年对应日的前一日",
            "the day of graduation counted as the first of the year, which ends the day before the anniversary",
            note_code="window_day_before_anniversary",
            note="按读法 techinno.incubator.window_end = day_before_anniversary，“孵化毕业1年内”以毕业当日为第一日，"
            "至周年对应日的前一日止；最后一日为休息日的不顺延。",
        ),
    ),
    default="anniversary",
    reasoning="“孵化毕业1年内”是自毕业这一事件起算的按年计算的期间："
    "民法典第二百零一条，开始的当日不计入，自下一日开始计算；"
    "第二百零二条，到期月的对应日为期间的最后一日（无对应日的为月末日）；“以内”包括本数（第一千二百五十九条）。"
    "认定是认定机构的行为而非孵化器应办事项的期限，最后一日为休息日的不顺延（不适用第二百零三条）。"
    "另一读法把毕业当日计为一年的第一日，至对应日的前一日止。",
    reasoning_en='"孵化毕业1年内" is a period in years counted from an event, the graduation: 民法典 第二百零一条 '
    "does not count the first day, 第二百零二条 ends the period on the matching day (the month's last day when "
    'there is none), and "以内" includes it (第一千二百五十九条). The certification is the authority\'s act, not '
    "a deadline for the incubator, so a last day that is a rest day is not moved (第二百零三条 does not apply). The "
    "other reading counts the day of graduation as the first of the year, which then ends the day before the "
    "anniversary.",
)

#: The readings the document declares (its ``DECLARATION`` lists them).
READINGS = (HTE_TAX_OUTSIDE_PLAN, PLAN_START, REWARDS_ADD_UP, INCUBATOR_WINDOW_END)
