"""The kinds of profile (政策体检) and the rules each one runs: a table, written once.

A subject is a kind of applicant or project (a school, an enterprise, an excavation project). Each
of its rules is one calculator, or for an excavation project one obligation of ``roads.deadline``
counted from one event of the project. The article each rule (and a field that decides one of its
conditions) rests on is written here, so that a fact still missing can be named with the article
it decides.
"""

from collections.abc import Mapping

import attrs

__all__ = ["EVENTS", "SUBJECTS", "Event", "Rule", "Subject"]


@attrs.frozen
class Rule:
    """One rule a profile is checked against.

    ``owed``: the result is money the subject owes others (not added to its total). ``event``: for
    an obligation of ``roads.deadline``, the profile's field its deadline counts from. ``needs``:
    further profile fields the rule reads. ``own_names``: payload fields of the calculator that the
    subject's vocabulary does not fill, because the vocabulary gives that name another meaning.
    ``articles``: the article a field decides, where it is not the rule's own.
    """

    calculator: str
    article: str
    obligation: str | None = None
    owed: bool = False
    event: str | None = None
    needs: tuple[str, ...] = ()
    own_names: frozenset[str] = frozenset()
    articles: Mapping[str, str] = attrs.field(factory=dict)


@attrs.frozen
class Subject:
    """A kind of profile: its key, titles, and the rules it runs, in the order the law gives them."""

    key: str
    title: str
    title_en: str
    rules: tuple[Rule, ...]
    #: The fields of the vocabulary every rule shares the meaning of (the dates of the law applied).
    description: str = ""

    @property
    def calculators(self) -> list[str]:
        """The calculators the subject runs, each once, in order."""
        return list(dict.fromkeys(rule.calculator for rule in self.rules))


@attrs.frozen
class Event:
    """An event of an excavation project: its field, titles, and whether it is a time of day."""

    field: str
    title: str
    title_en: str
    timed: bool = False


_SCOPE = {"school": "第二条"}
_URBAN = {"main_urban_area": "第六条（五）1", "main_urban_area_since": "第六条（五）1"}

SCHOOL = Subject(
    "school",
    "民办学校",
    "Private school",
    (
        Rule("education.scale_eligibility", "第二条"),
        Rule("education.new_build_subsidy", "第六条（一）", articles=_SCOPE),
        Rule("education.lease_subsidy", "第六条（一）", articles=_SCOPE),
        Rule("education.quality_award", "第六条（二）", articles=_SCOPE),
        Rule("education.purchased_places_subsidy", "第六条（三）", articles=_SCOPE),
        Rule("education.inclusive_kindergarten_subsidy", "第六条（三）", articles=_SCOPE),
        Rule("education.teacher_insurance_subsidy", "第六条（四）", articles=_SCOPE),
        # In the school's vocabulary ``operating_since`` is the day it began running in 钦州 (第六条（四）);
        # the loan's own, older use of that name for the main urban area is not filled from it.
        Rule(
            "education.loan_interest_subsidy",
            "第六条（五）",
            own_names=frozenset({"operating_since"}),
            articles={**_SCOPE, **_URBAN},
        ),
    ),
    "钦政办规〔2019〕11号 第二条、第六条：一所民办学校可申请的全部扶持",
)

ENTERPRISE = Subject(
    "enterprise",
    "企业",
    "Enterprise",
    (
        Rule("techinno.hte_certification_reward", "附件4 二（三）"),
        Rule("techinno.hte_tax_saving", "附件4 二（四）"),
        Rule("techinno.achievement_transfer_subsidy", "附件5 二（二）"),
        Rule("techinno.inventor_reward_minimum", "附件5 二（三）", owed=True),
    ),
    "钦政发〔2019〕17号 附件4、附件5：企业可得的奖励、补助和节税额；应付给科技人员的奖励不计入合计",
)

INCUBATOR = Subject(
    "incubator",
    "科技企业孵化器",
    "Technology business incubator",
    (Rule("techinno.incubator_subsidy", "附件4 二（三）"),),
    "钦政发〔2019〕17号 附件4 二（三）：孵化器培育高新技术企业的补助",
)

REGISTRATION_BODY = Subject(
    "registration_body",
    "技术合同认定登记机构",
    "Technology-contract registration body",
    (Rule("techinno.contract_registration_subsidy", "附件5 二（四）"),),
    "钦政发〔2019〕17号 附件5 二（四）：技术合同认定登记补助",
)

#: The events of an excavation project, each with the obligation(s) that count from it.
EVENTS: tuple[Event, ...] = (
    Event("plan_issued_on", "挖掘计划颁布之日", "Day the excavation plan was issued"),
    Event("change_starts_on", "变更计划开始之日", "Day the change is planned to start"),
    Event("emergency_started_at", "开始紧急抢修挖掘的时刻", "Time the emergency digging started", timed=True),
    Event("waste_produced_at", "产生渣土、施工废弃物的时刻", "Time the waste was produced", timed=True),
    Event("surveyor_notified_at", "通知测绘单位验线的时刻", "Time the surveyor was notified", timed=True),
    Event("surveyed_on", "验线合格之日", "Day the survey passed"),
    Event("certificate_issued_on", "取得验线单之日", "Day the survey certificate was issued"),
    Event("repair_finished_on", "完成修复之日", "Day the repair was finished"),
    Event("application_received_on", "收到验收申请之日", "Day the application for acceptance was received"),
    Event("accepted_on", "验收合格之日", "Day the repair was accepted"),
    Event("warranty_ended_on", "质量保修期届满之日", "Day the warranty ended (computed when absent)"),
)

_ROADS = "roads.deadline"
EXCAVATION = Subject(
    "excavation",
    "道路挖掘项目",
    "Excavation project",
    (
        # The half-year plan counts from the day of the check (the decision date), not from an event.
        Rule(_ROADS, "第六条", obligation="plan_submission"),
        Rule(_ROADS, "第七条", obligation="plan_publication", event="plan_issued_on"),
        Rule(_ROADS, "第十条", obligation="change_application", event="change_starts_on"),
        Rule(_ROADS, "第十二条", obligation="emergency_paperwork", event="emergency_started_at"),
        Rule(_ROADS, "第十四条", obligation="waste_clearance", event="waste_produced_at"),
        Rule(_ROADS, "第十八条", obligation="survey", event="surveyor_notified_at"),
        Rule(_ROADS, "第十八条", obligation="survey_certificate", event="surveyed_on"),
        Rule(
            _ROADS,
            "第十九条",
            obligation="backfill",
            event="certificate_issued_on",
            needs=("road_class", "direction"),
        ),
        Rule(_ROADS, "第二十条", obligation="acceptance_application", event="repair_finished_on"),
        Rule(_ROADS, "第二十条", obligation="acceptance_inspection", event="application_received_on"),
        Rule(_ROADS, "第二十一条", obligation="warranty_end", event="accepted_on"),
        # Counted from the warranty's end: ``warranty_ended_on`` when given, else the end computed above.
        Rule(_ROADS, "第二十一条", obligation="re_inspection", event="warranty_ended_on"),
    ),
    "政府令第11号 第六条至第二十一条：一个挖掘项目的全部期限，按期限先后排列",
)

#: Every subject, by key, in the order listed.
SUBJECTS: Mapping[str, Subject] = {
    subject.key: subject for subject in (SCHOOL, ENTERPRISE, INCUBATOR, REGISTRATION_BODY, EXCAVATION)
}
