"""What the fine articles share: which text applies (the act's, or a lighter one at decision time),
and the two dates their inputs declare for it."""

import datetime as dt
from typing import Any

from .._core import Evaluation, Parameter, Valued, end_of_years, spec
from .parameters import AMENDMENT_FINES, LENIENCY, ROADS, FineRule
from .readings import LIGHTER_LATER_TEXT, LIMITATION_PERIOD, TEXT_RECONSTRUCTED

__all__ = ["applicable_rule", "fine_as_of_spec", "note_limitation", "penalty_decision_date_spec"]


def penalty_decision_date_spec() -> Any:
    """The ``decision_date`` of a fine whose text changed from "并处以" to "可以处以" (第二十四、二十五、
    二十七、二十八条): the day of the penalty decision, against which 从旧兼从轻 is judged."""
    return spec(
        "处罚决定日",
        "作出处罚决定的日期；缺省为违法行为发生日（从旧兼从轻）",
        default=None,
        en="Day of the penalty decision",
    )


def fine_as_of_spec() -> Any:
    """The ``as_of`` of a fine: the law's date, by default the day of the violation."""
    return spec("适用日期", "适用哪一天有效的规定；缺省为违法行为发生日", default=None, en="Date of the law applied")


#: 行政处罚法 as revised in 2021, in force from this day; before it, the 2017 text.
ADMINISTRATIVE_PENALTY_LAW_2021 = dt.date(2021, 7, 15)

_LIMITATION_2021 = (
    "《中华人民共和国行政处罚法》（2021年修订）第三十六条：“违法行为在二年内未被发现的，不再给予行政处罚；"
    "涉及公民生命健康安全、金融安全且有危害后果的，上述期限延长至五年。法律另有规定的除外。"
    "前款规定的期限，从违法行为发生之日起计算；违法行为有连续或者继续状态的，从行为终了之日起计算。”"
)
_LIMITATION_2017 = (
    "《中华人民共和国行政处罚法》（2017年修正）第二十九条：“违法行为在二年内未被发现的，不再给予行政处罚。"
    "法律另有规定的除外。前款规定的期限，从违法行为发生之日起计算；违法行为有连续或者继续状态的，"
    "从行为终了之日起计算。”"
)


def note_limitation(ex: Evaluation, act: dt.date) -> None:
    """A warning when the penalty is decided more than two years after the act.

    The limitation rule in force on the decision date is quoted. What it turns on is the day the
    act was discovered, which the payload does not give: the library warns and still computes.
    """
    decision = ex.decision_date
    # Two years from an act in 9998 or 9999 end past the calendar, so after any decision date.
    if decision is None or act.year > dt.MAXYEAR - 2 or decision <= end_of_years(act, 2):
        return
    rule = _LIMITATION_2021 if decision >= ADMINISTRATIVE_PENALTY_LAW_2021 else _LIMITATION_2017
    ex.note(
        LIMITATION_PERIOD.code,
        f"处罚决定（{decision.isoformat()}）距违法行为发生（{act.isoformat()}）已超过二年。{rule}"
        "是否仍可处罚取决于违法行为被发现的日期（以及行为是否连续、继续），本计算不掌握该日期，请主管部门核实。",
    )


def applicable_rule(ex: Evaluation, rule: Parameter[FineRule]) -> Valued[FineRule]:
    """The text in force on ``ex.as_of`` (the act, or the caller's ``as_of``), or the one in force
    on the decision date if lighter (从旧兼从轻).

    Cites the text applied, and, when the lighter later text is applied, the amendment and
    the 从旧兼从轻 rule, with a note; the result then reports the decision date's law as applied. Whether
    the lighter later text applies is the reading ``roads.fines.lighter_later_text``.
    """
    decision = ex.decision_date
    then = ex.read(rule, cite=False)
    later = ex.read(rule, decision, "decision_date", cite=False)
    day = ex.as_of
    # The old text is the act's, unless the caller fixed the law's date with as_of.
    timing = ex.timing
    by_as_of = timing is not None and timing.law_field == "as_of"
    old = f"适用日期（as_of {ex.as_of.isoformat()}）" if by_as_of else f"行为发生时（{ex.as_of.isoformat()}）"
    act = ex.event_date or ex.as_of
    note_limitation(ex, act)
    if later.value.lighter_than(then.value):
        figures = {
            "act": act.isoformat(),
            "decision": decision.isoformat(),
            "later": later.value.wording,
            "old": old,
            "then": then.value.wording,
        }
        option = ex.reading(LIGHTER_LATER_TEXT)
        ex.note_reading(LIGHTER_LATER_TEXT, option, **figures)
        if option == "lighter_text":
            day = decision
            ex.applied_law_of(decision)
            ex.use(LENIENCY, on=decision)
            ex.cite(AMENDMENT_FINES)
            ex.step(
                "{old}的文本为“{then}”，作出决定时（{decision:iso}）的文本为“{later}”，新的规定较轻",
                old=old,
                then=then.value.wording,
                decision=decision,
                later=later.value.wording,
            )
    valued = ex.read(rule, on=day)
    chosen = valued.value
    ex.step(
        "适用 {citation}（{since:iso} 起施行的文本）：“{wording}”罚款，"
        "{minimum:money} 元以上 {maximum:money} 元以下，{may}处罚",
        citation=valued.citation,
        since=valued.since,
        wording=chosen.wording,
        minimum=chosen.minimum,
        maximum=chosen.maximum,
        may="应当" if chosen.mandatory else "可以",
    )
    if len(rule.versions) > 1 and valued.since == ROADS.in_force_from:
        ex.note(
            TEXT_RECONSTRUCTED.code,
            "2019-12-01 前的条文依政府令第12号第二项还原：将修改后文本中的“可以处以”还原为“并处以”",
        )
    return valued
