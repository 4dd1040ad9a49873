"""第六条（二）: one-off awards for schools recognised as model (示范) or four-star schools."""

import datetime as dt

from .._core import Evaluation, Example, Result, calculator, claim_date_spec, decision_date_spec, record, spec
from ._checks import city_fund, policy_notes, type_served
from .art2_scope import School, meets_scope
from .parameters import ART6_2, AWARD_NAMES, AWARDS, EDUCATION, AwardKind
from .readings import SIZE_FOR_EVERY_SUPPORT

__all__ = ["QualityAwardInput", "quality_award"]

_AWARD_NAMES = {
    "regional_demo_kindergarten": "自治区示范幼儿园",
    "city_demo_kindergarten": "钦州市示范幼儿园",
    "regional_demo_high_school": "自治区示范性普通高中",
    "four_star_secondary_vocational": "自治区四星级中等职业学校",
}

# The school types each award speaks of. A complete middle school has a senior high
# section, so it may become a 示范性普通高中.
_AWARD_TYPES = {
    "regional_demo_kindergarten": frozenset({"kindergarten"}),
    "city_demo_kindergarten": frozenset({"kindergarten"}),
    "regional_demo_high_school": frozenset({"senior_high", "complete_middle"}),
    "four_star_secondary_vocational": frozenset({"secondary_vocational"}),
}
_KINDERGARTEN_AWARDS = frozenset({"regional_demo_kindergarten", "city_demo_kindergarten"})


@record
class QualityAwardInput:
    """创建示范（星级）学校一次性奖励的输入。"""

    school: School = spec("学校", "学校类型、班数、在校生数、是否非营利性、是否已终止办学", en="School")
    award: AwardKind = spec(
        "创建成的称号",
        "regional_demo_kindergarten 自治区示范幼儿园；city_demo_kindergarten 钦州市示范幼儿园；"
        "regional_demo_high_school 自治区示范性普通高中；four_star_secondary_vocational 自治区四星级中等职业学校",
        en="Title won",
        choices=AWARD_NAMES,
    )
    inclusive_kindergarten: bool = spec(
        "是否经自治区教育厅评估认定的多元普惠幼儿园",
        "幼儿园类奖励的前提",
        default=False,
        en="Recognised inclusive kindergarten (regional education department)",
    )
    as_of: dt.date | None = spec(
        "适用日期", "适用哪一天有效的规定；缺省为今天", default=None, en="Date of the law applied"
    )
    decision_date: dt.date | None = decision_date_spec()
    claim_date: dt.date | None = claim_date_spec()


@calculator(
    "education.quality_award",
    QualityAwardInput,
    title="创建示范（星级）学校一次性奖励",
    document=EDUCATION,
    event="claim_date",
    examples=[
        Example(
            "经认定的多元普惠幼儿园创建成自治区示范幼儿园",
            {
                "school": {"type": "kindergarten", "classes": 12, "students": 360, "non_profit": True},
                "award": "regional_demo_kindergarten",
                "inclusive_kindergarten": True,
                "as_of": "2021-06-01",
            },
        ),
    ],
)
def quality_award(inp: QualityAwardInput, ex: Evaluation) -> Result:
    """第六条（二）："经自治区教育厅评估认定的多元普惠幼儿园，创建成自治区示范幼儿园的一次性奖励 10 万元，
    创建成钦州市示范幼儿园的一次性奖励 5 万元；创建成自治区示范性普通高中的民办学校一次性奖励 20 万元；
    创建成自治区四星级中等职业学校的民办学校一次性奖励 15 万元。"

    Returns ``amount``: the one-off award for the title won.
    """
    # The titles are for one kind of school each: another kind is not refused as a bad value but
    # does not qualify, with the clause as its reason.
    type_ok = type_served(inp.school, ex, _AWARD_TYPES[inp.award], _AWARD_NAMES[inp.award] + "奖励", ART6_2)
    size = ex.reading(SIZE_FOR_EVERY_SUPPORT)
    ex.note_reading(SIZE_FOR_EVERY_SUPPORT, size, support="奖励")
    fund_ok = city_fund(inp.school, ex)
    profit_ok = policy_notes(inp.school, ex, clause_names_non_profit=False)
    eligible = meets_scope(inp.school, ex, size=size == "applies") and fund_ok and type_ok and profit_ok
    amount = ex.use(AWARDS)[inp.award]
    if inp.award in _KINDERGARTEN_AWARDS and not inp.inclusive_kindergarten:
        ex.reason("not_inclusive_kindergarten", "幼儿园类奖励仅给予经自治区教育厅评估认定的多元普惠幼儿园", ART6_2)
        eligible = False
    ex.step("创建成{award}，一次性奖励 {amount:money} 元", award=_AWARD_NAMES[inp.award], amount=amount)
    return ex.result(eligible=eligible, amount=amount)
