"""钦政办规〔2019〕11号 第十二条: the document itself, issued 2019-11-22 and in force for five years.

The policy was issued on 2019-11-22, "自公布之日起执行，有效期 5 年" (第十二条). Every
parameter of the document lives from that day to the last day of its validity.
"""

import datetime as dt

from ..._core import Anchor, Citation, Document, end_of_years, register_text
from ..readings import VALIDITY_LAST_DAY

__all__ = [
    "ART12",
    "EDUCATION",
    "ISSUED",
    "VALIDITY_NOTE_DAYS",
    "VALIDITY_YEARS",
]

_NUMBER = "钦政办规〔2019〕11号"
_TITLE = "钦州市鼓励扶持民办教育发展若干政策（暂行）"

#: The day the policy was issued and published (the notice is dated 2019年11月22日).
ISSUED = dt.date(2019, 11, 22)
#: "有效期 5 年" (第十二条).
VALIDITY_YEARS = 5

#: The policy's text ships as ``education/text.md`` (the gazette's words, OCR slips corrected).
register_text(_NUMBER, "qinzhou_calc.education")

ART12 = Citation(
    _NUMBER, _TITLE, "第十二条", None, "本政策自公布之日起执行，有效期 5 年。", Anchor(_NUMBER, "第十二条")
)

#: The five years end on a day 第十二条 leaves open (the reading education.validity.last_day): by
#: default the day before the anniversary, 2024-11-21; the Civil Code's counting gives 2024-11-22.
_ANNIVERSARY = end_of_years(ISSUED, VALIDITY_YEARS)
EDUCATION = Document(
    number=_NUMBER,
    title=_TITLE,
    in_force_from=ISSUED,
    in_force_until=_ANNIVERSARY - dt.timedelta(days=1),
    basis=ART12,
    period_reading=VALIDITY_LAST_DAY,
    periods={
        "day_before_anniversary": (ISSUED, _ANNIVERSARY - dt.timedelta(days=1)),
        "anniversary": (ISSUED, _ANNIVERSARY),
    },
)


#: The days around each end of the five years in which the reading of "公布之日" (第十二条) is noted:
#: a notice is printed in the government gazette some weeks after it is signed, and reading the start
#: as the gazette's date would move both ends by that lag.
VALIDITY_NOTE_DAYS = 90
