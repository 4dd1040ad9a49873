"""What the fine articles share: which text applies (the act's, or a lighter one at decision time)."""

import datetime as dt

from .._core import Explanation, Parameter, Problems, Valued, fmt_money
from .parameters import AMENDMENT_FINES, LENIENCY, ROADS, FineRule

__all__ = ["applicable_rule", "check_dates"]


def check_dates(violation_date: dt.date, decision_date: dt.date | None, problems: Problems) -> dt.date:
    """The decision day (default: the violation day); the act must fall under the measures.

    An act before 2018-08-01 is ``not_in_force`` on ``violation_date`` even when ``as_of`` is
    later; a decision before the act is added to ``problems`` as ``out_of_range`` on
    ``decision_date`` (the caller raises them all together).
    """
    ROADS.require_in_force(violation_date, "violation_date")
    decision = violation_date if decision_date is None else decision_date
    if decision < violation_date:
        problems.add(
            "decision_date",
            "out_of_range",
            f"处罚决定日期 {decision.isoformat()} 不能早于违法行为日期 {violation_date.isoformat()}",
            en=f"the decision ({decision.isoformat()}) cannot come before the act ({violation_date.isoformat()})",
        )
    return decision


def applicable_rule(ex: Explanation, rule: Parameter[FineRule], decision: dt.date) -> Valued[FineRule]:
    """The text in force on ``ex.as_of`` (the act), or the one in force on ``decision`` if lighter.

    Cites the text applied, and, when the lighter later text is applied, the amendment and
    the 从旧兼从轻 rule, with a note.
    """
    then = ex.read(rule, cite=False)
    later = ex.read(rule, decision, "decision_date", cite=False)
    day = ex.as_of
    if later.value.lighter_than(then.value):
        # 读法（lighter_new_law）：从旧兼从轻：决定时适用的文本较行为时的文本轻的，适用新的规定
        # ("可以处以" is lighter than "并处以"; the note names both dates and both wordings).
        day = decision
        ex.use(LENIENCY, on=decision)
        ex.cite(AMENDMENT_FINES)
        ex.step(
            f"行为发生时（{ex.as_of.isoformat()}）的文本为“{then.value.wording}”，"
            f"作出决定时（{decision.isoformat()}）的文本为“{later.value.wording}”，新的规定较轻"
        )
        ex.note(
            "lighter_new_law",
            f"从旧兼从轻：违法行为发生在 {ex.as_of.isoformat()}，处罚决定作出于 {decision.isoformat()}，"
            f"决定时适用的文本（“{later.value.wording}”）较行为时的文本（“{then.value.wording}”）轻，适用新的规定",
        )
    valued = ex.read(rule, on=day)
    chosen = valued.value
    ex.step(
        f"适用 {valued.citation}（{valued.since.isoformat()} 起施行的文本）：“{chosen.wording}”罚款，"
        f"{fmt_money(chosen.minimum)} 元以上 {fmt_money(chosen.maximum)} 元以下"
        + ("，应当处罚" if chosen.mandatory else "，可以处罚")
    )
    if len(rule.versions) > 1 and valued.since == ROADS.in_force_from:
        # 读法（original_text_reconstructed）：2019-12-01 前的条文依政府令第12号第二项还原：
        # 将修改后文本中的“可以处以”还原为“并处以”
        ex.note(
            "original_text_reconstructed",
            "2019-12-01 前的条文依政府令第12号第二项还原：将修改后文本中的“可以处以”还原为“并处以”",
        )
    return valued
