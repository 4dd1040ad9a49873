"""第二条: which private schools the policy applies to (approved, of a minimum size, not terminated)."""

import datetime as dt

from .._core import Count, Evaluation, Example, Result, calculator, claim_date_spec, decision_date_spec, record, spec
from ._validity import note_validity
from .parameters import ART2, ART2_TERMINATED, EDUCATION, JURISDICTION_NAMES, SCALE_MINIMUMS, Jurisdiction, SchoolType
from .readings import UNDERGRADUATE_SIZE
from .warning_notes import APPROVAL_ASSUMED

__all__ = ["ScaleEligibilityInput", "School", "meets_scope", "scale_eligibility"]

TYPE_NAMES = {
    "kindergarten": "幼儿园",
    "primary": "小学",
    "junior_middle": "初中",
    "senior_high": "高中",
    "complete_middle": "完全中学",
    "nine_year": "九年一贯制学校",
    "secondary_vocational": "中职学校",
    "higher_vocational": "高职高专院校",
    "undergraduate": "本科院校",
}


@record
class School:
    """民办学校：类型、班数、在校生数、是否非营利性、是否已终止办学。"""

    type: SchoolType = spec(
        "学校类型",
        "幼儿园、小学、初中、高中、完全中学、九年一贯制、中职、高职高专、本科",
        en="Type of school",
        choices=TYPE_NAMES,
    )
    classes: Count = spec("班数", "学校现有教学班数", en="Number of classes")
    students: Count = spec("在校生数（人）", "学校在校学生（幼儿）人数", en="Pupils enrolled")
    non_profit: bool = spec("是否非营利性民办学校", "登记为非营利性民办学校的为“是”", en="Non-profit private school")
    terminated: bool = spec("是否已终止办学", "已终止办学的为“是”", default=False, en="Has ceased to operate")
    jurisdiction: Jurisdiction = spec(
        "管辖",
        "city 市本级管辖（缺省）；county 县区管辖（第六条的市本级经费不扶持，第十条县区可参照执行）",
        default="city",
        en="Jurisdiction",
        choices=JURISDICTION_NAMES,
    )


def meets_scope(school: School, ex: Evaluation, *, field: str = "school", size: bool = True) -> bool:
    """Check 第二条 for ``school`` and add one reason per unmet condition; true when all are met.

    Each minimum is inclusive ("含本数"). A kindergarten, primary, junior middle or senior
    high school must reach both its number of classes and its number of pupils. ``size=False``
    checks only that the school has not ceased to operate (a support the size does not bound).
    """
    ok = True
    name = TYPE_NAMES[school.type]
    if school.terminated:
        ex.reason("terminated", "已终止办学的民办学校不适用本政策", ART2_TERMINATED)
        ok = False
    if not size:
        _approval_assumed(ex)
        return ok
    minimum = ex.use(SCALE_MINIMUMS)[school.type]
    if minimum.classes is None and minimum.students is None:
        option = ex.reading(UNDERGRADUATE_SIZE)
        ex.note_reading(UNDERGRADUATE_SIZE, option)
        if option == "outside_scope":
            ex.reason("no_size_for_type", f"第二条未规定{name}的办学规模，{name}无从达到，不在本政策适用范围内", ART2)
            ok = False
    if minimum.classes is not None:
        if school.classes >= minimum.classes:
            ex.step(
                "{name}班数 {classes} ≥ {minimum}（含本数），达到",
                name=name,
                classes=school.classes,
                minimum=minimum.classes,
            )
        else:
            ex.reason(
                "classes_below_minimum",
                f"{name}应达到 {minimum.classes} 个班（含本数）以上，现有 {school.classes} 个班",
                ART2,
            )
            ok = False
    if minimum.students is not None:
        if school.students >= minimum.students:
            ex.step(
                "{name}在校生 {students} 人 ≥ {minimum} 人（含本数），达到",
                name=name,
                students=school.students,
                minimum=minimum.students,
            )
        else:
            ex.reason(
                "students_below_minimum",
                f"{name}应达到 {minimum.students} 人（含本数）以上，现有 {school.students} 人",
                ART2,
            )
            ok = False
    _approval_assumed(ex)
    return ok


def _approval_assumed(ex: Evaluation) -> None:
    # "经批准设立" is a fact the library cannot see: the school is taken as approved.
    ex.note(APPROVAL_ASSUMED.code, "“经批准设立”由审批部门核实，本计算按已经批准设立处理。")


@record
class ScaleEligibilityInput:
    """办学规模（第二条）判断的输入。"""

    school: School = spec("学校", "学校类型、班数、在校生数、是否非营利性、是否已终止办学", en="School")
    as_of: dt.date | None = spec(
        "适用日期", "适用哪一天有效的规定；缺省为今天", default=None, en="Date of the law applied"
    )
    decision_date: dt.date | None = decision_date_spec()
    claim_date: dt.date | None = claim_date_spec()


@calculator(
    "education.scale_eligibility",
    ScaleEligibilityInput,
    title="民办学校办学规模条件",
    document=EDUCATION,
    event="claim_date",
    examples=[
        Example(
            "幼儿园 9 个班 270 人，恰好达到最低规模（含本数）",
            {
                "school": {"type": "kindergarten", "classes": 9, "students": 270, "non_profit": True},
                "as_of": "2020-09-01",
            },
        ),
        Example(
            "高中 17 个班 950 人：班数不足",
            {
                "school": {"type": "senior_high", "classes": 17, "students": 950, "non_profit": False},
                "as_of": "2021-03-01",
            },
        ),
    ],
)
def scale_eligibility(inp: ScaleEligibilityInput, ex: Evaluation) -> Result:
    """第二条："本政策适用于钦州市行政区域内经批准设立并达到以下办学规模的民办学校……：幼儿园达到9个班270人
    （含本数，下同）以上，小学达到12个班540人以上，初中达到12个班600人以上，高中达到18个班900人以上，
    完全中学、九年一贯制学校、中职学校达到1200人以上，高职院校达到1800人以上。已终止办学的民办学校不适用本政策。"

    Returns ``eligible`` and, when not, one ``reasons`` entry per unmet condition.
    """
    eligible = meets_scope(inp.school, ex)
    note_validity(ex)
    return ex.result(eligible=eligible)
