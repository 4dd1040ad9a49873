"""钦市财规〔2019〕3号 第三十条: the measures themselves, in force from the day they were issued.

"本办法自发布之日起实施，由市财政局负责解释。" (第三十条): every figure of the measures lives from
that day, 2019-09-26.
"""

import datetime as dt

from ..._core import Anchor, Citation, Document, register_text

__all__ = ["BANKING"]

_NUMBER = "钦市财规〔2019〕3号"
_TITLE = "钦州市本级预算单位资金存放管理暂行办法"

#: The measures' text, with the annex's scoring table, ships as ``banking/text.md``.
register_text(_NUMBER, "qinzhou_calc.banking")

BANKING = Document(
    number=_NUMBER,
    title=_TITLE,
    in_force_from=dt.date(2019, 9, 26),
    in_force_until=None,
    basis=Citation(
        _NUMBER, _TITLE, "第三十条", None, "本办法自发布之日起实施，由市财政局负责解释。", Anchor(_NUMBER, "第三十条")
    ),
)
