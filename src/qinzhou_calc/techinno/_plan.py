"""Private helpers shared by the plan's calculators: the reading of its period."""

import datetime as dt

from .._core import Evaluation
from .parameters import ISSUED_ON

__all__ = ["RETROACTIVE_NOTE", "note_if_before_issue"]

#: Same words as the comment above ``TECHINNO`` in ``parameters.py``.
RETROACTIVE_NOTE = (
    "本方案于2019年10月22日印发，但为“2019—2021年”三年行动方案，明确“从 2019 年起”实施、"
    "年度任务按2019年全年计算，故适用于2019年1月1日至2021年12月31日发生的事项"
    "（含2019年印发前发生的），2021年12月31日以后发生的不再适用。"
)


def note_if_before_issue(ex: Evaluation, day: dt.date) -> None:
    """Add the ``applies_from_2019`` note when ``day`` is before the plan's issue date."""
    if day < ISSUED_ON:
        # Reading (applies_from_2019), the note's own words:
        # 本方案于2019年10月22日印发，但为“2019—2021年”三年行动方案，
        # 明确“从 2019 年起”实施、年度任务按2019年全年计算，
        # 故适用于2019年1月1日至2021年12月31日发生的事项（含2019年印发前发生的），
        # 2021年12月31日以后发生的不再适用。
        ex.note("applies_from_2019", RETROACTIVE_NOTE)
