"""测试〔2019〕5号: the document and its one figure."""

import datetime as dt
from decimal import Decimal

from qinzhou_calc._core import Document, Parameter, register_text

__all__ = ["BERTH_FEE_RATE", "HARBOUR"]

_NUMBER = "测试〔2019〕5号"

register_text(_NUMBER, __package__)

HARBOUR = Document(_NUMBER, "钦州港泊位使用费办法", dt.date(2019, 1, 1), None)

BERTH_FEE_RATE = Parameter.fixed(
    "harbour.berth_fee.rate_per_day",
    "泊位使用费每日标准",
    Decimal("100"),
    HARBOUR.cite("第三条", text="泊位使用费按每日 100 元收取。"),
    since=HARBOUR.in_force_from,
    unit="元/日",
)
