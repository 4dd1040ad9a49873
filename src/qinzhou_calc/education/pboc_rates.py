"""Reference data for 第六条（五）: PBoC benchmark lending rates and, for comparison, the LPR.

"按当年人民银行公布的同期利率计算" names the PBoC's published rate for the loan's term.
These are facts from outside the gazette (gathered from public sources): each table carries
its source and whether every figure in it was confirmed against a primary source. Rates
are in percent a year ("4.35" is 4.35%).
"""

import datetime as dt
from decimal import Decimal

from .._core import Citation, Parameter, Version, record

__all__ = [
    "BENCHMARK_LENDING_RATE",
    "BENCHMARK_LENDING_RATES",
    "DEFAULT_DAY_COUNT",
    "LPR",
    "LPR_RATE",
    "PBOC_RATE_RULES",
    "LprTable",
    "RateBucket",
    "RateTable",
]


@record
class RateBucket:
    """One term bucket: loans of at most ``max_months`` months (``None``: any longer term)."""

    label: str
    max_months: int | None
    rate: Decimal

    def fits(self, term_months: int) -> bool:
        return self.max_months is None or term_months <= self.max_months


@record
class RateTable:
    """The benchmark lending rates in force from ``since`` until the next table."""

    since: dt.date
    buckets: tuple[RateBucket, ...]
    source: str
    verified: bool

    def rate_for(self, term_months: int) -> RateBucket:
        """The bucket of a loan of ``term_months`` months (each bucket's top is inclusive, "含")."""
        for bucket in self.buckets:
            if bucket.fits(term_months):
                return bucket
        raise ValueError("the last bucket of a table has no upper bound")

    def citation(self) -> Citation:
        rates = "，".join(f"{b.label} {b.rate}%" for b in self.buckets)
        # Each change was announced by the PBoC the day before it took effect.
        announced = self.since - dt.timedelta(days=1)
        return Citation(
            f"中国人民银行公告（{announced.year}年{announced.month}月{announced.day}日）",
            "中国人民银行调整金融机构人民币贷款基准利率",
            f"{self.since.isoformat()} 起执行的贷款基准利率",
            None,
            f"贷款基准利率（年利率）：{rates}。来源：{self.source}{'' if self.verified else '（未全部核对一手来源）'}",
        )


def _five(since: dt.date, rates: tuple[str, str, str, str, str], source: str, verified: bool) -> RateTable:
    labels = ("六个月以内（含）", "六个月至一年（含）", "一至三年（含）", "三至五年（含）", "五年以上")
    tops = (6, 12, 36, 60, None)
    return RateTable(
        since,
        tuple(RateBucket(label, top, Decimal(rate)) for label, top, rate in zip(labels, tops, rates, strict=True)),
        source,
        verified,
    )


def _three(since: dt.date, rates: tuple[str, str, str], source: str, verified: bool) -> RateTable:
    labels = ("一年以内（含）", "一至五年（含）", "五年以上")
    tops = (12, 60, None)
    return RateTable(
        since,
        tuple(RateBucket(label, top, Decimal(rate)) for label, top, rate in zip(labels, tops, rates, strict=True)),
        source,
        verified,
    )


_TABLES = "人民银行金融机构人民币贷款基准利率调整公告，数据据公开利率表整理"

#: Five term buckets until 2014-11-21; three (简并) from 2014-11-22; unchanged after 2015-10-24.
BENCHMARK_LENDING_RATES: tuple[RateTable, ...] = (
    _five(dt.date(2008, 12, 23), ("4.86", "5.31", "5.40", "5.76", "5.94"), _TABLES, False),
    _five(dt.date(2010, 10, 20), ("5.10", "5.56", "5.60", "5.96", "6.14"), _TABLES, False),
    _five(dt.date(2010, 12, 26), ("5.35", "5.81", "5.85", "6.22", "6.40"), _TABLES, False),
    _five(dt.date(2011, 2, 9), ("5.60", "6.06", "6.10", "6.45", "6.60"), _TABLES, False),
    _five(dt.date(2011, 4, 6), ("5.85", "6.31", "6.40", "6.65", "6.80"), _TABLES, False),
    _five(dt.date(2011, 7, 7), ("6.10", "6.56", "6.65", "6.90", "7.05"), _TABLES, False),
    _five(dt.date(2012, 6, 8), ("5.85", "6.31", "6.40", "6.65", "6.80"), _TABLES, False),
    _five(dt.date(2012, 7, 6), ("5.60", "6.00", "6.15", "6.40", "6.55"), _TABLES, False),
    _three(
        dt.date(2014, 11, 22),
        ("5.60", "6.00", "6.15"),
        "一年期经国务院新闻发布确认；其余据公开利率表",
        False,
    ),
    _three(
        dt.date(2015, 3, 1),
        ("5.35", "5.75", "5.90"),
        "一年期经确认；其余据公开利率表",
        False,
    ),
    _three(
        dt.date(2015, 5, 11),
        ("5.10", "5.50", "5.65"),
        "一年期经确认；其余据公开利率表",
        False,
    ),
    _three(dt.date(2015, 6, 28), ("4.85", "5.25", "5.40"), "仅据公开利率表", False),
    _three(
        dt.date(2015, 8, 26),
        ("4.60", "5.00", "5.15"),
        "三档均经一家银行公布的利率表确认",
        True,
    ),
    _three(
        dt.date(2015, 10, 24),
        ("4.35", "4.75", "4.90"),
        "一年期经国务院新闻发布确认；其余据公开利率表",
        False,
    ),
)


#: The same tables as a dated parameter: ``BENCHMARK_LENDING_RATE.at(day)`` is the table in force.
BENCHMARK_LENDING_RATE: Parameter[RateTable] = Parameter(
    "education.pboc.lending_rates",
    "人民银行金融机构人民币贷款基准利率",
    tuple(Version(table.since, table, table.citation()) for table in BENCHMARK_LENDING_RATES),
    unit="%",
)


#: Loans up to 5 years (含) are compared with the 1-year LPR, longer ones with the 5-year LPR
#: (the three-bucket benchmark's own split at 5 years).
_LPR_SPLIT_MONTHS = 60


@record
class LprTable:
    """The loan prime rate published on ``since`` (in force from that day until the next change)."""

    since: dt.date
    one_year: Decimal
    five_year: Decimal
    source: str
    verified: bool

    def rate_for(self, term_months: int) -> RateBucket:
        """The 1-year LPR for loans of up to 5 years (含), the 5-year LPR above that."""
        if term_months <= _LPR_SPLIT_MONTHS:
            return RateBucket("1年期LPR（五年以内（含）贷款）", _LPR_SPLIT_MONTHS, self.one_year)
        return RateBucket("5年期以上LPR", None, self.five_year)

    def citation(self) -> Citation:
        return Citation(
            f"全国银行间同业拆借中心公布（{self.since.year}年{self.since.month}月{self.since.day}日）",
            "贷款市场报价利率（LPR）",
            f"{self.since.isoformat()} 公布的贷款市场报价利率",
            None,
            f"1年期LPR {self.one_year}%，5年期以上LPR {self.five_year}%。来源：{self.source}（未核对一手来源）",
        )


_LPR_SOURCE = (
    "中国人民银行授权全国银行间同业拆借中心公布的贷款市场报价利率（中国人民银行公告〔2019〕第15号起按新机制报价）"
)


def _lpr(since: dt.date, one_year: str, five_year: str) -> LprTable:
    return LprTable(since, Decimal(one_year), Decimal(five_year), _LPR_SOURCE, False)


#: Change points only; months between are unchanged. Not the rate the policy names.
LPR: tuple[LprTable, ...] = (
    _lpr(dt.date(2019, 8, 20), "4.25", "4.85"),
    _lpr(dt.date(2019, 9, 20), "4.20", "4.85"),
    _lpr(dt.date(2019, 11, 20), "4.15", "4.80"),
    _lpr(dt.date(2020, 2, 20), "4.05", "4.75"),
    _lpr(dt.date(2020, 4, 20), "3.85", "4.65"),
    _lpr(dt.date(2021, 12, 20), "3.80", "4.65"),
    _lpr(dt.date(2022, 1, 20), "3.70", "4.60"),
    _lpr(dt.date(2022, 5, 20), "3.70", "4.45"),
    _lpr(dt.date(2022, 8, 22), "3.65", "4.30"),
    _lpr(dt.date(2023, 6, 20), "3.55", "4.20"),
    _lpr(dt.date(2023, 8, 21), "3.45", "4.20"),
    _lpr(dt.date(2024, 2, 20), "3.45", "3.95"),
    _lpr(dt.date(2024, 7, 22), "3.35", "3.85"),
    _lpr(dt.date(2024, 10, 21), "3.10", "3.60"),
    _lpr(dt.date(2025, 5, 20), "3.00", "3.50"),
)


#: The LPR as a dated parameter. Not the rate the policy names; for comparison only.
LPR_RATE: Parameter[LprTable] = Parameter(
    "education.lpr.loan_prime_rates",
    "贷款市场报价利率（LPR）",
    tuple(Version(table.since, table, table.citation()) for table in LPR),
    unit="%",
)


#: 人民银行《人民币利率管理规定》: 日利率 = 年利率 ÷ 360.
DEFAULT_DAY_COUNT = "actual/360"
PBOC_RATE_RULES = "人民银行《人民币利率管理规定》：日利率＝年利率÷360，月利率＝年利率÷12。"
