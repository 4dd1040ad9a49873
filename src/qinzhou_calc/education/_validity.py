"""第十二条's period as the results state it: how "自公布之日起执行" was read, near either end."""

import datetime as dt

from .._core import Evaluation
from .parameters import ART12, EDUCATION, VALIDITY_NOTE_DAYS

__all__ = ["note_validity"]


def note_validity(ex: Evaluation) -> None:
    """Near either end of the five years, say how "自公布之日起执行" was read (第十二条)."""
    start, until = EDUCATION.in_force_from, EDUCATION.in_force_until
    near_start = ex.as_of < start + dt.timedelta(days=VALIDITY_NOTE_DAYS)
    near_end = until is not None and ex.as_of > until - dt.timedelta(days=VALIDITY_NOTE_DAYS)
    if not (near_start or near_end):
        return
    ex.cite(ART12)
    # Reading (start_on_notice_date): "公布之日" is the date the notice bears, 2019-11-22 (the day the
    # 市人民政府办公室 issued and published it), not the later day the government gazette printed it.
    ex.note(
        "start_on_notice_date",
        f"第十二条“本政策自公布之日起执行，有效期 5 年”：“公布之日”读作印发通知所署日期 {start.isoformat()}，"
        f"而非政府公报刊载之日，五年至 {until.isoformat() if until else '—'} 止；适用日期 {ex.as_of.isoformat()} "
        "接近起止两端，按公报刊载日计算时结论可能不同。",
    )
