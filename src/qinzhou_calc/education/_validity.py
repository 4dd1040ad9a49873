"""第十二条's period as the results state it: how "自公布之日起执行" was read, near either end, and
which last day the five years were given (the reading education.validity.last_day); and the loan
interest of 第六条（五） that runs past that last day."""

import datetime as dt
from typing import Any

from .._core import ZERO, Evaluation, InterestYear, fmt_money, interest_of
from .parameters import ART12, EDUCATION, VALIDITY_NOTE_DAYS
from .readings import VALIDITY_LAST_DAY
from .warning_notes import INTEREST_AFTER_POLICY_END, START_ON_NOTICE_DATE

__all__ = ["flag_after_policy_end", "note_last_day", "note_validity"]


def note_validity(ex: Evaluation) -> None:
    """Near either end of the five years, say how "自公布之日起执行" was read (第十二条), and near the
    end, which last day the five years were given."""
    start, until = EDUCATION.period()
    near_start = ex.as_of < start + dt.timedelta(days=VALIDITY_NOTE_DAYS)
    near_end = until is not None and ex.as_of > until - dt.timedelta(days=VALIDITY_NOTE_DAYS)
    if not (near_start or near_end):
        return
    ex.cite(ART12)
    # A caution, not a reading the library can switch: "公布之日" is taken as the date the notice
    # bears, 2019-11-22 (the day the 市人民政府办公室 issued and published it); the day the government
    # gazette printed it is not known here, and would move both ends.
    ex.note(
        START_ON_NOTICE_DATE.code,
        f"第十二条“本政策自公布之日起执行，有效期 5 年”：“公布之日”读作印发通知所署日期 {start.isoformat()}，"
        f"而非政府公报刊载之日，五年至 {until.isoformat() if until else '—'} 止；适用日期 {ex.as_of.isoformat()} "
        "接近起止两端，按公报刊载日计算时结论可能不同。",
    )
    if near_end:
        note_last_day(ex)


def note_last_day(ex: Evaluation) -> None:
    """The result depended on the policy's last day: say which one, in the reading's words."""
    option = ex.reading(VALIDITY_LAST_DAY)
    until = EDUCATION.in_force_until
    ex.cite(ART12)
    ex.note_reading(
        VALIDITY_LAST_DAY,
        option,
        start=EDUCATION.in_force_from.isoformat(),
        until="—" if until is None else until.isoformat(),
    )


def flag_after_policy_end(
    ex: Evaluation, years: list[InterestYear], breakdown: list[dict[str, Any]], day_count: str
) -> None:
    """Show, per year, the interest of the days after the policy's end (2024-11-21), and say so.

    Reading (interest_after_policy_end): a 贴息期 of up to 5 years begun while the policy was in
    force may run past its end; the interest after the end is computed like the rest, shown
    per year in ``after_policy_end_interest_amount`` (each year's share rounded to the fen) and
    flagged, for the authority to decide whether it is subsidised under this policy.
    """
    end = EDUCATION.in_force_until
    total = ZERO
    for year, row in zip(years, breakdown, strict=True):
        late = [run for run in year.runs if run["after_policy_end"]]
        share = interest_of(late, day_count)
        row["after_policy_end_days"] = sum(run["days"] for run in late)
        row["after_policy_end_interest_amount"] = share
        total += share
    if end is not None and any(row["after_policy_end_days"] for row in breakdown):
        note_last_day(ex)
        # Reading (interest_after_policy_end): a 贴息期 begun under the policy may run past
        # 2024-11-21; the interest after it is computed and shown apart, not dropped.
        ex.note(
            INTEREST_AFTER_POLICY_END.code,
            f"贴息期间延至本政策有效期（至 {end.isoformat()}）之后；届满后的利息 {fmt_money(total)} 元照常计算，"
            "并在明细中逐年列出（after_policy_end_interest_amount），是否仍依本政策贴息由主管部门决定",
        )
