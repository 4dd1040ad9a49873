"""The open questions of 政府令第11号 (as amended by 第12号), each with its options and default, and
the notes of its calculators that only warn.

The readings sit beside the figures they concern, after the measures' numbering: the fines
(第二十四条 to 第二十八条) and the time limits (第六条 to 第二十一条).
"""

from ..._core.reading import WarningNote
from .art6_art21_deadlines import (
    BACKFILL_REST_DAY_END,
    CHANGE_WORKING_DAYS_AHEAD,
    HOUR_LIMITS_REST_DAYS,
    PLAN_DUE_DAY,
    RE_INSPECTION_START,
    WARRANTY_LAST_DAY,
)
from .art24_art28_fines import (
    COST_BEYOND_FEE,
    ITEM_WORDING,
    LIGHTER_LATER_TEXT,
    REFUSAL_FINE,
    SEVERAL_POINTS,
    SHARED_END_POINT,
)

__all__ = [
    "BACKFILL_REST_DAY_END",
    "CHANGE_WORKING_DAYS_AHEAD",
    "COST_BEYOND_FEE",
    "HOUR_LIMITS_REST_DAYS",
    "ITEM_WORDING",
    "LIGHTER_LATER_TEXT",
    "LIMITATION_PERIOD",
    "PLAN_DUE_DAY",
    "READINGS",
    "REFUSAL_FINE",
    "RE_INSPECTION_START",
    "ROAD_CLASS_IGNORED",
    "SEVERAL_POINTS",
    "SHARED_END_POINT",
    "START_TIME_UNKNOWN",
    "TEXT_RECONSTRUCTED",
    "WARNINGS",
    "WARRANTY_LAST_DAY",
]

#: The readings the document declares (its ``DECLARATION`` lists them).
READINGS = (
    PLAN_DUE_DAY,
    CHANGE_WORKING_DAYS_AHEAD,
    HOUR_LIMITS_REST_DAYS,
    BACKFILL_REST_DAY_END,
    WARRANTY_LAST_DAY,
    RE_INSPECTION_START,
    LIGHTER_LATER_TEXT,
    ITEM_WORDING,
    SHARED_END_POINT,
    SEVERAL_POINTS,
    REFUSAL_FINE,
    COST_BEYOND_FEE,
)

#: A fine decided more than two years after the act: whether it may still be imposed turns on the
#: day the act was discovered, which the library is not given.
LIMITATION_PERIOD = WarningNote(
    "limitation_period",
    "roads",
    "行政处罚法 第三十六条（2021-07-15 前为第二十九条）",
    "处罚决定距违法行为发生已超过二年：是否仍可处罚取决于违法行为被发现的日期，本计算不掌握，请核实",
    "the penalty is decided more than two years after the act: whether it may still be imposed turns on the day "
    "the act was discovered, which the calculation is not given",
)

#: The text before 2019-12-01 is not printed in the gazette; it is rebuilt from 政府令第12号.
TEXT_RECONSTRUCTED = WarningNote(
    "original_text_reconstructed",
    "roads",
    "政府令第12号第二项",
    "2019-12-01 前的条文未见于公报，依政府令第12号第二项还原（“可以处以”还原为“并处以”）",
    "the text before 2019-12-01 is not in the gazette; it is rebuilt from 政府令第12号 item 2 "
    "(可以处以 back to 并处以)",
)

#: A limit in hours given a day without a time.
START_TIME_UNKNOWN = WarningNote(
    "start_time_unknown",
    "roads",
    "第十二条、第十四条（三）、第十八条",
    "只给出日期而没有时刻：按小时计算的期限以次日为准，给出时刻可得准确截止时间",
    "a day without a time: a limit in hours is taken to end on the next day; give the time for the exact moment",
)

#: Road class and direction given for an obligation that does not use them.
ROAD_CLASS_IGNORED = WarningNote(
    "road_class_ignored",
    "roads",
    "第十九条",
    "道路等级和挖掘方向只用于第十九条的回填时限，所给的值未使用",
    "road class and direction serve only the backfill limit of 第十九条; the values given were not used",
)

#: The notes of the measures' calculators that warn rather than interpret.
WARNINGS = (LIMITATION_PERIOD, TEXT_RECONSTRUCTED, START_TIME_UNKNOWN, ROAD_CLASS_IGNORED)
