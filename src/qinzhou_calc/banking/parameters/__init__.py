"""钦市财规〔2019〕3号: the document, its figures and the annex's scoring table, as dated data with citations.

One module per part of the measures, after their own numbering: 第三十条 (the measures and the day
they take effect), 第九条 to 第二十一条 (the figures of the articles), the annex 综合评分表（模板）
(each indicator's points); and the outside figures the annex relies on ("达到监管标准", "同期基准利率"),
each with the rule or announcement it comes from.
"""

from .annex_points import (
    ANNEX_TOTAL_POINTS,
    CONTRIBUTION_POINTS,
    DEPOSIT_RATE_BANDS,
    DEPOSIT_RATE_POINTS,
    INFORMATION_SYSTEM,
    INNOVATIVE_SERVICES,
    JUDGED,
    OTHER_POINTS,
    RANK_STEP,
    RATIOS,
    Band,
    Scoring,
)
from .art9_art21_limits import (
    BAR_YEARS,
    MAX_RENEWAL_MONTHS,
    MAX_SUPERVISORY_GRADE,
    MIN_CANDIDATE_BANKS,
    MIN_COMMITTEE_SIZE,
    MIN_PBOC_RATING,
)
from .art30_in_force import BANKING
from .reference import DEPOSIT_BENCHMARK, STANDARDS

__all__ = [
    "ANNEX_TOTAL_POINTS",
    "BANKING",
    "BAR_YEARS",
    "CONTRIBUTION_POINTS",
    "DEPOSIT_BENCHMARK",
    "DEPOSIT_RATE_BANDS",
    "DEPOSIT_RATE_POINTS",
    "INFORMATION_SYSTEM",
    "INNOVATIVE_SERVICES",
    "JUDGED",
    "MAX_RENEWAL_MONTHS",
    "MAX_SUPERVISORY_GRADE",
    "MIN_CANDIDATE_BANKS",
    "MIN_COMMITTEE_SIZE",
    "MIN_PBOC_RATING",
    "OTHER_POINTS",
    "RANK_STEP",
    "RATIOS",
    "STANDARDS",
    "Band",
    "Scoring",
]
