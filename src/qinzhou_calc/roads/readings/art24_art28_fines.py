"""The open questions of the fines, 第二十四条 to 第二十八条 (as amended by 政府令第12号)."""

from ..._core.reading import Option, Reading

__all__ = [
    "COST_BEYOND_FEE",
    "ITEM_WORDING",
    "LIGHTER_LATER_TEXT",
    "REFUSAL_FINE",
    "SEVERAL_POINTS",
    "SHARED_END_POINT",
]

#: 政府令第12号 changed "并处以" into "可以处以" in 第二十四、二十五、二十七、二十八条 from 2019-12-01.
LIGHTER_LATER_TEXT = Reading(
    code="roads.fines.lighter_later_text",
    document="roads",
    article="第二十四条、第二十五条、第二十七条、第二十八条；政府令第12号第二项",
    question="违法行为发生后条文修改、作出处罚决定时的文本较轻（“可以处以”代替“并处以”）的，适用新的文本吗？",
    question_en="When the text in force at the decision is lighter than the act's (可以处以 for 并处以), "
    "does the later text apply?",
    options=(
        Option(
            "lighter_text",
            "从旧兼从轻：决定时的文本较轻的，适用决定时的文本",
            "the lighter text in force at the decision applies (从旧兼从轻)",
            note_code="lighter_new_law",
            note="从旧兼从轻：违法行为发生在 {act}，处罚决定作出于 {decision}，"
            "决定时适用的文本（“{later}”）较{old}的文本（“{then}”）轻，适用新的规定",
        ),
        Option(
            "act_text",
            "只适用行为时的文本，新的规定不溯及既往",
            "the act's text only: the later text does not reach back",
            note_code="act_text_kept",
            note="按读法 roads.fines.lighter_later_text = act_text：违法行为发生在 {act}，处罚决定作出于 {decision}，"
            "决定时的文本（“{later}”）虽较轻，仍适用{old}的文本（“{then}”）",
        ),
    ),
    default="lighter_text",
    reasoning="行政处罚法（2021年修订）第三十七条明定：作出处罚决定时规定已被修改且新的规定处罚较轻的，适用新的规定；"
    "此前立法法第九十三条（现第一百零四条）亦许可为更好保护当事人权利的溯及。“可以处以”不强制处罚，"
    "幅度相同，较“并处以”轻，故适用新的文本。",
    reasoning_en="行政处罚法 (2021) 第三十七条 says so: when the rule changed before the decision and the new one "
    "punishes more lightly, the new one applies; before it, 立法法 第九十三条 (now 第一百零四条) already allowed a "
    "rule to reach back in the party's favour. 可以处以 makes the fine discretionary within the same range, "
    "lighter than 并处以, so the later text applies.",
)

#: 第二十四条's chapeau ("可以处以" from 2019-12-01) heads four items that each say only "处以".
ITEM_WORDING = Reading(
    code="roads.unpermitted_excavation.item_wording",
    document="roads",
    article="第二十四条",
    question="第二十四条总述为“可以处以”而各项只言“处以”：各项罚款是可以处罚还是必须处罚？",
    question_en="第二十四条's chapeau says 可以处以 (may fine) and its items say only 处以: "
    "may each item's fine be imposed, or must it be?",
    options=(
        Option(
            "chapeau",
            "总述统领各项：是否必须处罚随总述",
            "the chapeau governs the items: whether a fine must be imposed follows it",
            note_code="chapeau_governs_tiers",
            note="第二十四条总述统领其下四项：各项只言“处以”，只确定每个挖掘点（处）的罚款幅度；是否必须处罚随总述——"
            "2019-12-01 起总述为“可以处以”，各项罚款均可以处罚而非必须处罚，此前总述为“并处以”，各项均应当处罚。",
        ),
        Option(
            "each_item",
            "各项的“处以”各自成立：罚款必须处以",
            "each item's 处以 stands on its own: the fine must be imposed",
            note_code="items_mandatory",
            note="按读法 roads.unpermitted_excavation.item_wording = each_item：第二十四条各项的“处以”各自成立，"
            "按面积所在项的罚款应当处以，总述的“可以处以”不改变各项。",
        ),
    ),
    default="chapeau",
    reasoning="政府令第12号只改总述的“并处以”为“可以处以”，意在使罚款可以裁量；各项是总述一千元至两万元幅度的细分，"
    "只定每个点的幅度，不另设必须处罚的规定。",
    reasoning_en="政府令第12号 changed only the chapeau's 并处以 into 可以处以, to make the fine discretionary; the "
    "items divide the chapeau's range of 1,000 to 20,000 yuan by area and set no mandatory fine of their own.",
)

#: 20, 50 and 100 m² end one item and begin the next ("以下", "至", "以上" all include the number).
SHARED_END_POINT = Reading(
    code="roads.unpermitted_excavation.shared_end_point",
    document="roads",
    article="第二十四条（一）至（四）",
    question="挖掘点面积恰为 20、50 或 100 平方米（相邻两项的共同端点）时，适用哪一项？",
    question_en="A point of exactly 20, 50 or 100 m² is the end of two neighbouring items: which applies?",
    options=(
        Option(
            "lighter_item",
            "适用较轻的一项",
            "the lighter item",
            note_code="shared_end_point",
            note="20、50、100 平方米同时是相邻两项的端点（“以上”“以下”“至”均包括本数），恰在端点时适用较轻的一项",
        ),
        Option(
            "heavier_item",
            "适用较重的一项",
            "the heavier item",
            note_code="shared_end_point_heavier",
            note="按读法 roads.unpermitted_excavation.shared_end_point = heavier_item：20、50、100 平方米"
            "恰在相邻两项的共同端点时，适用较重的一项",
        ),
    ),
    default="lighter_item",
    reasoning="民法典第一千二百五十九条：“以上”“以下”“以内”包括本数，两项都包括端点；文本两可时，采对当事人较有利的读法，"
    "适用较轻的一项。",
    reasoning_en="By 民法典 第一千二百五十九条 以上 and 以下 include the number, so both items hold the end point; "
    "where the text allows both, the reading more favourable to the party is taken: the lighter item.",
)

#: 第二十四条 sets its ranges "每挖掘一个点（处）", under a chapeau of 一千元以上两万元以下.
SEVERAL_POINTS = Reading(
    code="roads.unpermitted_excavation.several_points",
    document="roads",
    article="第二十四条",
    question="一次擅自挖掘多个点（处）的，各点幅度相加后是否受总述两万元的上限限制？",
    question_en="With several points dug in one violation, is the sum of the points' ranges held within "
    "the chapeau's 20,000 yuan?",
    options=(
        Option(
            "capped_total",
            "各点相加，一个处罚决定合计不超过两万元",
            "the points' ranges added, one decision no more than 20,000 yuan",
            note_code="per_point_total",
            note="各挖掘点（处）按所在项分别确定幅度后相加；第二十四条总述“可以处以一千元以上两万元以下的罚款”"
            "是对该违法行为的罚款幅度（四项幅度均在其内），一个处罚决定的合计不超过两万元",
        ),
        Option(
            "uncapped_sum",
            "各点各自处罚，相加不设上限",
            "each point fined on its own, the sum not capped",
            note_code="per_point_uncapped",
            note="按读法 roads.unpermitted_excavation.several_points = uncapped_sum：每个挖掘点（处）各自按所在项处罚，"
            "各点的幅度相加，总述的两万元只限于每一点",
        ),
    ),
    default="capped_total",
    reasoning="总述“一千元以上两万元以下”是对该违法行为的罚款幅度，四项幅度都在其内；一个处罚决定不能超出本条自己的上限，"
    "也不能超出上位法城市道路管理条例的两万元，地方规章只能在其幅度内细化。各自成立的违法行为另作决定。",
    reasoning_en="The chapeau's 1,000 to 20,000 yuan is the range for the violation, and the four items lie within "
    "it; one decision under 第二十四条 cannot exceed the article's own ceiling, nor the 20,000 yuan of the national "
    "城市道路管理条例 that a municipal rule may only make specific. Digs that are separate violations are "
    "separate decisions.",
)

#: 第二十六条 was not amended in 2019: "拒不改正的，处以两百元以上两千元以下的罚款".
REFUSAL_FINE = Reading(
    code="roads.waste_mud.refusal_fine",
    document="roads",
    article="第二十六条",
    question="第二十六条（2019 年未修改）只言“处以”：拒不改正的，罚款是必须处以还是可以处以？",
    question_en="第二十六条 (not amended in 2019) says only 处以: after a refusal to correct, must the fine be "
    "imposed, or may it be?",
    options=(
        Option(
            "mandatory",
            "应当处以罚款",
            "the fine must be imposed",
            note_code="refusal_then_fine",
            note="第二十六条用“处以”而非“可以处以”：拒不改正的，应当处以罚款",
        ),
        Option(
            "discretionary",
            "可以处以罚款，与修改后的其他罚则一致",
            "the fine may be imposed, as in the amended articles",
            note_code="refusal_fine_discretionary",
            note="按读法 roads.waste_mud.refusal_fine = discretionary：第二十六条的“处以”与修改后第二十四、二十五、"
            "二十七、二十八条的“可以处以”同样读作可以处罚",
        ),
    ),
    default="mandatory",
    reasoning="政府令第12号逐条列明改为“可以处以”的条文，第二十六条不在其列；本条以责令改正在先，拒不改正才处罚，"
    "“处以”按其文义是应当处罚。",
    reasoning_en="政府令第12号 lists the articles it changed to 可以处以, and 第二十六条 is not among them; the fine "
    "comes only after an order to correct is refused, and 处以 says as written that it is imposed.",
)

#: 第二十七条 deducts the cost of the substitute repair from the repair fee and says nothing more.
COST_BEYOND_FEE = Reading(
    code="roads.repair_default.cost_beyond_fee",
    document="roads",
    article="第二十七条、第三条",
    question="代为修复的费用超过已缴修复费的，差额由谁承担？",
    question_en="When the substitute repair costs more than the repair fee paid, who bears the difference?",
    options=(
        Option(
            "excavator_bears",
            "依第三条由挖掘单位承担，扣除后的余额仍属挖掘单位",
            "the excavator, by 第三条; what is left of the fee remains the excavator's",
            note_code="repair_cost_beyond_fee",
            note="第二十七条只规定修复费用从城市道路挖掘修复费直接扣除；修复费不足以支付的差额，"
            "依第三条“谁挖掘、谁负责修复”仍由挖掘单位承担，扣除后的余额仍属挖掘单位",
        ),
        Option(
            "fee_only",
            "只从修复费中扣除，本条不追缴差额",
            "only the fee is drawn on; this article claims no difference",
            note_code="repair_cost_fee_only",
            note="按读法 roads.repair_default.cost_beyond_fee = fee_only：第二十七条只规定从修复费中直接扣除，"
            "修复费不足的差额不依本条追缴（仍欠一栏为 0）",
        ),
    ),
    default="excavator_bears",
    reasoning="第三条：城市道路的挖掘修复实行谁挖掘、谁负责修复的原则；第二十七条的扣除是收取修复费用的方式，"
    "不是其上限，故差额仍由挖掘单位承担。",
    reasoning_en="第三条: whoever digs repairs. 第二十七条's deduction is how the cost is collected, not a ceiling on "
    "it, so the difference is still the excavator's.",
)
