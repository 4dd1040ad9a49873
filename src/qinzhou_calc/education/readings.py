"""The open questions of 钦政办规〔2019〕11号, each with its options and default."""

from .._core.reading import Option, Reading

__all__ = [
    "COUNTY_SCHOOL",
    "FOR_PROFIT_SCHOOL",
    "INTEREST_BEFORE_POLICY",
    "LEASE_CONDITIONS",
    "PLACES_BASE_FEE",
    "READINGS",
    "SIZE_FOR_EVERY_SUPPORT",
    "UNDERGRADUATE_SIZE",
    "VALIDITY_LAST_DAY",
    "YEARS_REACHED",
]

#: 第六条（五） subsidises "贷款实际发生利息" for at most 5 years and names no first day; 第十二条 puts
#: the policy in force from its publication (2019-11-22) and says nothing of earlier interest.
INTEREST_BEFORE_POLICY = Reading(
    code="education.loan.interest_before_policy",
    document="education",
    article="第六条（五）、第十二条",
    question="本政策施行（2019-11-22）以前发生的贷款利息是否给予贴息？",
    question_en="Is interest that ran before the policy took effect (2019-11-22) subsidised?",
    options=(
        Option(
            "excluded",
            "不贴息：自放款日与 2019-11-22 两者中较晚的一日起计息，5 年贴息期自该日起算，以贷款期为限",
            "not subsidised: interest from the later of the drawdown and 2019-11-22; the 5 years counted from "
            "that day, within the loan's term",
            note_code="interest_before_policy",
            note="贴息期间原始于 {first}，早于本政策施行之日 {start}；本政策自公布之日起执行，未规定溯及既往，"
            "施行前发生的利息不予贴息（立法法第一百零四条所体现的不溯及既往原则），自 {start} 起计算。"
            "如按计入施行前利息计算，可选读法 education.loan.interest_before_policy = included。",
        ),
        Option(
            "included",
            "贴息：施行前发生的利息与施行后一样计入，5 年贴息期自放款日起算",
            "subsidised: interest before the policy counts like any other; the 5 years counted from the drawdown",
            note_code="interest_before_policy_included",
            note="按读法 education.loan.interest_before_policy = included，贴息期间始于 {first}，早于本政策施行之日 "
            "{start}，施行前发生的利息照常计入。",
        ),
    ),
    default="excluded",
    reasoning="第十二条：本政策自公布之日（2019-11-22）起执行；第六条（五）未规定贴息利息的起算时间，也没有溯及既往的"
    "特别规定。规范不溯及既往（立法法第一百零四条所体现的原则），审慎的经办人只对施行后发生的利息贴息，"
    "5 年贴息期自施行之日起算，以贷款期为限。",
    reasoning_en="第十二条 puts the policy in force from its publication (2019-11-22); 第六条（五） names no first "
    "day of the interest it subsidises and makes no provision for the past. Rules do not reach back without a "
    "special provision (the principle of 立法法 第一百零四条), so a careful official subsidises the interest "
    "that ran from 2019-11-22, the 5 years counted from that day within the loan's term.",
)

#: 第十二条 "本政策自公布之日起执行，有效期 5 年" names no last day: counted with the day of publication
#: or, as the Civil Code counts a period in years, from the next day.
VALIDITY_LAST_DAY = Reading(
    code="education.validity.last_day",
    document="education",
    article="第十二条",
    question="第十二条“本政策自公布之日起执行，有效期 5 年”：有效期的最后一日是 2024-11-21 还是 2024-11-22？",
    question_en='第十二条 "in force from publication, valid for 5 years": is the policy\'s last day 2024-11-21 or '
    "2024-11-22?",
    options=(
        Option(
            "day_before_anniversary",
            "公布当日（2019-11-22）计入五年，最后一日为五年后对应日的前一日 2024-11-21",
            "the day of publication (2019-11-22) is the first of the five years; the last is the day before the "
            "anniversary, 2024-11-21",
            note_code="policy_last_day",
            note="第十二条“本政策自公布之日起执行，有效期 5 年”：公布当日 {start} 起已执行，是五年中的第一日，"
            "有效期最后一日为 {until}（五年后对应日的前一日）。如按民法典第二百零一、二百零二条自次日起算、"
            "以对应日为最后一日，可选读法 education.validity.last_day = anniversary。",
        ),
        Option(
            "anniversary",
            "依民法典第二百零一、二百零二条，自公布次日起算，最后一日为对应日 2024-11-22",
            "by 民法典 第二百零一、二百零二条, counted from the day after publication; the last day is the "
            "anniversary, 2024-11-22",
            note_code="policy_last_day_anniversary",
            note="按读法 education.validity.last_day = anniversary，有效期依民法典第二百零一条（开始的当日不计入，"
            "自下一日开始计算）、第二百零二条（到期月的对应日为期间的最后一日）计算，自 {start} 的次日起算，"
            "最后一日为 {until}。",
        ),
    ),
    default="day_before_anniversary",
    reasoning="第十二条“本政策自公布之日起执行”：公布当日（2019-11-22）本政策已经执行，该日是五年中的第一日，"
    "五年止于五年后对应日的前一日 2024-11-21（通知常写作“有效期至 2024年11月21日”）。民法典第二百零一条"
    "“开始的当日不计入，自下一日开始计算”是为自某一事件起算的期间而设（本库据此计算保修期、办学年限、银行三年期限）；"
    "公布当日既已执行，再按该条自次日起算至对应日 2024-11-22，有效期便是五年零一日。"
    "另一读法把有效期也当作按年计算的期间，依第二百零一、二百零二条以对应日 2024-11-22 为最后一日。",
    reasoning_en="第十二条 puts the policy in force on the day of its publication (2019-11-22): that day is the "
    "first of the five years, which end on the day before the anniversary, 2024-11-21 (as notices write it, "
    '"有效期至 2024年11月21日"). 民法典 第二百零一条 ("the first day is not counted") is for a period that runs '
    "from an event (the library counts a warranty, years of running, the banks' three-year bar by it); counting "
    "it here as well, to the anniversary 2024-11-22, would make five years and a day. The other reading counts "
    "the validity as any period in years, by 第二百零一、二百零二条, to the anniversary 2024-11-22.",
)

#: 第二条 names 本科院校 in the policy's scope and gives every other kind of school a size, but none to them.
UNDERGRADUATE_SIZE = Reading(
    code="education.scope.undergraduate_size",
    document="education",
    article="第二条",
    question="第二条将本科院校列入适用范围但未规定其办学规模：本科院校是否不设规模条件？",
    question_en="第二条 lists 本科院校 (undergraduate schools) in the scope but gives them no size: is there no size "
    "condition for them?",
    options=(
        Option(
            "no_size_condition",
            "经批准设立的本科院校不设规模条件，在适用范围内",
            "an approved undergraduate school is within the scope whatever its size",
            note_code="undergraduate_no_minimum",
            note="第二条将本科院校列入适用范围但未规定其办学规模，本计算按经批准设立的本科院校不设规模条件处理；"
            "第六条（一）（四）（五）另行排除本科院校。",
        ),
        Option(
            "outside_scope",
            "第二条只对达到所列规模的学校适用；未规定规模的本科院校无从达到，不在适用范围内",
            "第二条 applies to schools of the sizes it lists; an undergraduate school, given none, cannot reach one "
            "and is outside the scope",
            note_code="undergraduate_outside_scope",
            note="按读法 education.scope.undergraduate_size = outside_scope，第二条未规定本科院校的办学规模，"
            "本科院校无从“达到以下办学规模”，不在本政策适用范围内。",
        ),
    ),
    default="no_size_condition",
    reasoning="第二条在适用范围的括号中明列本科院校，说明本政策有意涵盖本科院校；未列其规模，应理解为不设规模条件，"
    "而不是以一个无从满足的条件把明列的学校排除在外。第六条（一）（四）（五）另行排除本科院校，其余各项照常适用。"
    "另一读法严格按“达到以下办学规模”的文字，本科院校没有规模可达，不在适用范围内。",
    reasoning_en="第二条 names 本科院校 expressly in the brackets of its scope, so the policy means to cover them; "
    "giving them no size is read as setting no size condition, not as excluding a school it names by a condition "
    "none could meet. 第六条（一）（四）（五） exclude undergraduate schools on their own. The other reading keeps to "
    'the words "达到以下办学规模": with no size to reach, an undergraduate school is outside the scope.',
)

#: 第二条 bounds "本政策" by the schools' size; 第六条（四） repeats "符合第二条规定", 第六条（二）（三） do not.
SIZE_FOR_EVERY_SUPPORT = Reading(
    code="education.scope.size_for_every_support",
    document="education",
    article="第二条、第六条（二）（三）",
    question="第六条（二）（三）未重复“符合第二条规定”：其奖励、补助是否同样要求第二条的办学规模？",
    question_en='第六条（二）（三） do not repeat "符合第二条规定": do their award and subsidies also need the size of '
    "第二条?",
    options=(
        Option(
            "applies",
            "第二条界定整个政策的适用范围，各项扶持均须达到规定规模",
            "第二条 bounds the whole policy: every support needs the size",
            note_code="scope_applies_to_all",
            note="第二条规定本政策只适用于达到规定办学规模且未终止办学的民办学校，本项{support}同样适用该条件。",
        ),
        Option(
            "where_stated",
            "只有重申“符合第二条规定”的条款（如第六条（四））才以规模为条件；第六条（二）（三）不要求",
            'only a clause that repeats "符合第二条规定" (as 第六条（四）) needs the size; 第六条（二）（三） do not',
            note_code="scope_where_stated",
            note="按读法 education.scope.size_for_every_suppo"
            "rt = where_stated，第六条（二）（三）未重申“符合第二条规定”，"
            "本项{support}不以第二条的办学规模为条件；已终止办学的学校仍不适用本政策。",
        ),
    ),
    default="applies",
    reasoning="第二条“本政策适用于……达到以下办学规模的民办学校”界定的是整个政策的适用范围，第六条各项扶持都在"
    "“本政策”之内；第六条（四）重申“符合第二条规定”是强调，不能反推其他各项不受第二条约束。另一读法认为起草者"
    "在需要规模条件处已明文重申，第六条（二）（三）的对象（经认定的普惠幼儿园、创建成示范学校、受委托提供学位的学校）"
    "已由认定或委托把关，不再要求规模。",
    reasoning_en='第二条 ("本政策适用于……达到以下办学规模的民办学校") bounds the whole policy, and every support of '
    '第六条 is part of it; 第六条（四） repeating "符合第二条规定" is emphasis, from which nothing follows for the '
    "other clauses. The other reading holds that the drafters restated the size where they wanted it, and that "
    "the schools of 第六条（二）（三） (a recognised inclusive kindergarten, a school that won a title, a school "
    "commissioned to provide places) are vouched for by the recognition or the commission.",
)

#: 第六条（三） grants a purchase-of-services fee "参照公办学校生均公用经费定额标准", then "在此基础上" 50% of
#: the standard for places the city commissions.
PLACES_BASE_FEE = Reading(
    code="education.places.base_fee",
    document="education",
    article="第六条（三）",
    question="第六条（三）“在此基础上”：购买学位补助的结果是否包括基础的政府购买服务费用？",
    question_en='第六条（三） "在此基础上" (on that basis): does the subsidy for purchased places include the base '
    "purchase-of-services fee?",
    options=(
        Option(
            "extra_part_only",
            "只计按标准 50% 另给的部分，不含基础的政府购买服务费用",
            "only the extra part at 50% of the standard, not the base purchase fee",
            note_code="purchased_places_extra_part",
            note="第六条（三）“在此基础上”：本项按生均公用经费定额标准 50% 给予的补助，是在参照公办学校生均公用经费"
            "定额标准给予的政府购买服务费用之外另给的部分；本计算结果只是这一额外部分，不含基础的政府购买服务费用。",
        ),
        Option(
            "with_base_fee",
            "基础费用按标准的 100% 计入，结果为标准的 150%",
            "the base fee counted at 100% of the standard: the result is 150% of it",
            note_code="purchased_places_with_base_fee",
            note="按读法 education.places.base_fee = with_base_fee，结果包括参照公办学校生均公用经费定额标准（按 100%）"
            "给予的政府购买服务费用与“在此基础上”按 50% 另给的补助，合计为标准的 150%。",
        ),
    ),
    default="extra_part_only",
    reasoning="第六条（三）先规定“可通过政府购买服务的方式参照……定额标准给予政府购买服务费用，资金来源为上级资金和"
    "同级财政资金”，再规定“在此基础上”按标准的 50% 给予补助：前者是“可”给、“参照”标准、资金另有来源的购买服务费用，"
    "后者才是本政策确定的补助金额。故计算结果只是 50% 的部分。另一读法把两者合并为受委托学校应得的总额，"
    "基础费用按标准的 100% 计。",
    reasoning_en='第六条（三） first says a purchase-of-services fee "may" be paid "with reference to" the public '
    'per-student standard, from superior and same-level funds, and then "在此基础上" (on that basis) grants 50% of '
    "the standard: the first is a fee the clause leaves open, the second the sum the policy fixes. So the result "
    "is the 50% part. The other reading gives the commissioned school's total, the base fee at 100% of the "
    "standard.",
)

#: 第六条 总述 "重点扶持非营利性民办学校": supports mainly, not only, non-profit schools.
FOR_PROFIT_SCHOOL = Reading(
    code="education.support.for_profit_school",
    document="education",
    article="第六条",
    question="第六条总述“重点扶持非营利性民办学校”：只言“民办学校”的各项，营利性学校能否得到扶持？",
    question_en='第六条 "重点扶持非营利性民办学校" (supports mainly non-profit schools): may a for-profit school have '
    'the supports that say only "民办学校"?',
    options=(
        Option(
            "emphasis",
            "“重点扶持”是经费安排上的侧重；只言“民办学校”的各项不以非营利性为条件",
            '"重点扶持" is an emphasis in spending; a clause that says only "民办学校" does not require non-profit',
            note_code="for_profit_school",
            note="第六条总述“重点扶持非营利性民办学校”；各项中限于“非营利性民办学校”的，营利性学校不予扶持，"
            "只言“民办学校”的，本计算不以非营利性为条件——“重点扶持”读作经费安排上的侧重，而非资格条件。",
        ),
        Option(
            "condition",
            "第六条的扶持只给非营利性民办学校，营利性学校一律不予扶持",
            "the supports of 第六条 are for non-profit schools only; a for-profit school has none",
            note_code="for_profit_school_refused",
            note="按读法 education.support.for_profit_school = condition，第六条总述“重点扶持非营利性民办学校”"
            "读作资格条件，营利性民办学校不予扶持。",
        ),
    ),
    default="emphasis",
    reasoning="总述说“重点扶持”，不说“只扶持”；而第六条（一）（三）（四）明文限于“非营利性民办学校”，（二）（五）只言"
    "“民办学校”。起草者在需要非营利性的条款中已写明，其余条款不写，营利性学校不应被排除。另一读法把总述读作"
    "第六条全部扶持的资格条件。",
    reasoning_en='The chapeau says "重点扶持" (supports mainly)'
    ', not "只扶持" (supports only); 第六条（一）（三）（四） '
    "name 非营利性民办学校 expressly, （二）（五） say only 民办学校. Where the drafters wanted non-profit they said "
    "so, and a for-profit school is not shut out of the others. The other reading makes the chapeau a condition "
    "of every support of 第六条.",
)

#: 第六条 pays from the city's fund "专项用于扶持市本级管辖的民办学校"; 第十条 "本政策涉及的扶持标准，各县区可参照执行".
COUNTY_SCHOOL = Reading(
    code="education.fund.county_school",
    document="education",
    article="第六条、第十条",
    question="县区管辖的民办学校：按市本级经费判断不予补助，还是按第十条由县区参照本政策标准计算？",
    question_en="A school under a county: not supported from the city's fund, or computed at the policy's standards "
    "as its county may pay them (第十条)?",
    options=(
        Option(
            "city_fund_only",
            "按市本级经费判断：县区管辖的学校不予市本级补助",
            "judged for the city's fund: a county's school has no city support",
            note_code="county_may_follow",
            note="第十条规定“本政策涉及的扶持标准，各县区可参照执行”：县区管辖的学校可由所在县区参照本政策的标准、"
            "以县区经费扶持；本计算按市本级经费判断，不给予市本级补助。",
        ),
        Option(
            "county_follows",
            "按第十条，由县区参照本政策标准以县区经费扶持，照标准计算",
            "computed at the policy's standards, as the county may pay them from its own funds (第十条)",
            note_code="county_follows_standards",
            note="按读法 education.fund.county_school = county_follows，县区管辖的学校按第十条“各县区可参照执行”，"
            "照本政策标准计算，由所在县区以县区经费给付，而非市本级经费。",
        ),
    ),
    default="city_fund_only",
    reasoning="第六条的扶持由市本级民办教育扶持经费支付，“专项用于扶持市本级管辖的民办学校”；第十条只是允许县区"
    "“参照执行”，是县区自己的决定和经费，不是对市本级经费的请"
    "求权。故缺省按市本级经费判断。县区经办人按第十条参照执行时，"
    "可选另一读法，照本政策标准计算。",
    reasoning_en="第六条's supports are paid from the city's fu"
    'nd, "专项用于扶持市本级管辖的民办学校"; 第十条 only lets a '
    'county "参照执行" (follow the standards), its own decision from its own funds, not a claim on the city\'s fund. '
    "So by default the city's fund decides. A county official following 第十条 takes the other option and computes "
    "at the policy's standards.",
)

#: "办学 2 年以上": the years counted by the Civil Code end on the anniversary.
YEARS_REACHED = Reading(
    code="education.running.years_reached",
    document="education",
    article="第六条（四）、（五）",
    question="“办学 N 年以上”：按民法典计算的期间最后一日（周年对应日）当天是否已满 N 年？",
    question_en='"办学 N 年以上" (running N years or more): are the N years reached on the last day of the period '
    "counted by the Civil Code (the anniversary)?",
    options=(
        Option(
            "on_last_day",
            "期间最后一日（对应日，无对应日的为月末日）当天已满",
            "reached on the period's last day (the anniversary, or the month's last day)",
            note_code="years_running_counted",
            note="办学年限按民法典（2021年前为民法总则）第二百零一、二百零二条计算：自开始办学次日起算，"
            "到期月对应日（无对应日的为月末日）为期间最后一日，适用日期在"
            "该日或之后视为已办学满 {years} 年（“以上”含本数）。",
        ),
        Option(
            "after_last_day",
            "期间届满（最后一日结束）后，即次日起才算已满",
            "reached only once the period has run out, from the day after its last day",
            note_code="years_running_after_last_day",
            note="按读法 education.running.years_reached = after_last_day，办学年限按民法典第二百零一、二百零二条计算，"
            "期间最后一日（对应日，无对应日的为月末日）届满之后、即其次日起，才视为已办学满 {years} 年。",
        ),
    ),
    default="on_last_day",
    reasoning="民法典第二百零一条：按年计算期间的，开始的当日不计入，自下一日开始计算；第二百零二条：到期月的对应日为"
    "期间的最后一日。最后一日当天，N 年的期间已经走完（2017-09-01 开始办学，2019-09-01 已满 2 年），“以上”包括本数"
    "（第一千二百五十九条）。另一读法要求期间届满之后（最后一日的次日）才算已满。",
    reasoning_en="民法典 第二百零一条: a period in years starts the day"
    " after; 第二百零二条: it ends on the matching day. "
    'On that last day the N years have run (a school begun 2017-09-01 has run 2 years on 2019-09-01), and "以上" '
    "includes the number (第一千二百五十九条). The other reading counts them reached only from the day after.",
)

#: 第六条（一） opens with the "以奖代补" for newly introduced non-profit schools and its conditions; the
#: lease subsidy follows in the same clause without repeating them.
LEASE_CONDITIONS = Reading(
    code="education.lease.incentive_conditions",
    document="education",
    article="第六条（一）",
    question="租赁校舍补助是否同样须具备第六条（一）“以奖代补”的条件（非营利性、达到规模、不含高职高专和本科院校）？",
    question_en='Does the lease subsidy need the conditions of the "以奖代补" that opens 第六条（一） (non-profit, the '
    "size, no higher-vocational or undergraduate school)?",
    options=(
        Option(
            "incentive_conditions",
            "租赁补助属“以奖代补”，同样须具备其条件",
            'the lease subsidy is part of the "以奖代补" and needs its conditions',
            note_code="lease_is_part_of_incentive",
            note="租赁校舍补助属第六条（一）对新引进非营利性民办学校的“以奖代补”，同样须为非营利性、达到第二条规模，"
            "且不含高职高专院校和本科院校。",
        ),
        Option(
            "own_conditions",
            "租赁补助只适用其本句的条件（公建民营学校租用公建校舍的除外）及第二条",
            "the lease subsidy needs only its own sentence's condition (not public premises) and 第二条",
            note_code="lease_own_conditions",
            note="按读法 education.lease.incentive_conditions = own_conditions，租赁校舍补助只适用其本句的条件"
            "（公建民营学校租用公建校舍办学的不在补助范围内）和第"
            "二条，不要求非营利性，也不排除高职高专院校和本科院校。",
        ),
    ),
    default="incentive_conditions",
    reasoning="第六条（一）先规定对新引进的非营利性民办学校（不含高职高专院校和本科院校）可给予“以奖代补”补助，"
    "随后分号之后的新建补助与租赁补助是其“一定标准”的具体化，同属一项，条件共用。另一读法把租赁补助读作独立的一句，"
    "只受其本句的条件和第二条约束。",
    reasoning_en='第六条（一） first grants the "以奖代补" to newly introd'
    "uced non-profit schools (no higher-vocational "
    'or undergraduate schools); the new-build and lease subsidies after the semicolon spell out its "一定标准" and '
    "share its conditions. The other reading takes the lease sentence as standing alone, bound only by its own "
    "condition and 第二条.",
)

#: The readings the document declares (its ``DECLARATION`` lists them).
READINGS = (
    INTEREST_BEFORE_POLICY,
    VALIDITY_LAST_DAY,
    UNDERGRADUATE_SIZE,
    SIZE_FOR_EVERY_SUPPORT,
    PLACES_BASE_FEE,
    FOR_PROFIT_SCHOOL,
    COUNTY_SCHOOL,
    YEARS_REACHED,
    LEASE_CONDITIONS,
)
