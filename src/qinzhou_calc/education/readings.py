"""The open questions of 钦政办规〔2019〕11号, each with its options and default."""

from .._core.reading import Option, Reading

__all__ = ["INTEREST_BEFORE_POLICY", "READINGS"]

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
            note_code="interest_before_policy",
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

#: The readings the document declares (its ``DECLARATION`` lists them).
READINGS = (INTEREST_BEFORE_POLICY,)
