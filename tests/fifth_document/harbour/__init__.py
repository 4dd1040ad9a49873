"""测试〔2019〕5号 钦州港泊位使用费办法 (made up): one figure, one calculator, one reading, one
warning, one declaration."""

from qinzhou_calc._core import Declaration

from . import parameters
from .art3_berth_fee import BerthFeeInput, berth_fee
from .parameters import HARBOUR
from .readings import READINGS, WARNINGS

__all__ = ["DECLARATION", "HARBOUR", "BerthFeeInput", "berth_fee"]

DECLARATION = Declaration(
    HARBOUR, calculators=(berth_fee,), parameters=(parameters,), readings=READINGS, warnings=WARNINGS
)
