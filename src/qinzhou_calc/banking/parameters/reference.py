"""The outside figures the annex relies on ("同期基准利率", "达到监管标准"), each with the rule or
announcement it comes from, named by article or by date."""

import datetime as dt
from decimal import Decimal

from ..._core import Citation, Parameter

__all__ = ["DEPOSIT_BENCHMARK", "STANDARDS"]

# Outside figures were gathered from secondary summaries of the rules named; the
# citation says so, so that no one takes the summary for the rule's own words.
_SECONDARY = "（据公开资料摘要，未与原文逐字核对）"

_PBOC_2015 = Citation(
    "中国人民银行公告（2015年10月23日）",
    "中国人民银行决定自2015年10月24日起下调金融机构人民币贷款和存款基准利率",
    "2015-10-24 起执行的存款基准利率",
    None,
    "活期存款 0.35%；定期存款 三个月 1.10%、半年 1.30%、一年 1.50%、二年 2.10%、三年 2.75%" + _SECONDARY,
)

#: PBoC benchmark deposit rates (percent a year) by term, from 2015-10-24 (unchanged since).
DEPOSIT_BENCHMARK: Parameter[dict[str, Decimal]] = Parameter.fixed(
    "banking.pboc.deposit_benchmark_rates",
    "人民银行存款基准利率（%）",
    {
        "demand": Decimal("0.35"),
        "3m": Decimal("1.10"),
        "6m": Decimal("1.30"),
        "1y": Decimal("1.50"),
        "2y": Decimal("2.10"),
        "3y": Decimal("2.75"),
    },
    _PBOC_2015,
    since=dt.date(2015, 10, 24),
    unit="%",
)


def _rule(document: str, article: str, text: str) -> Citation:
    return Citation(document, document, article, None, text)


#: "达到监管标准", in percent: minimums, except ``npl_ratio``, a maximum. Template parameters.
STANDARDS: dict[str, Parameter[Decimal]] = {
    "capital_adequacy_ratio": Parameter.fixed(
        "banking.standards.capital_adequacy_ratio",
        "资本充足率监管标准（下限，%）",
        Decimal("10.5"),
        _rule(
            "商业银行资本管理办法（试行）（中国银行业监督管理委员会令2012年第1号）",
            "第二十三条、第二十四条",
            "资本充足率不得低于8%（第二十三条），另计提储备资本2.5%（第二十四条）：非系统重要性银行合计不低于10.5%"
            "（国内系统重要性银行另加1%，11.5%）" + _SECONDARY,
        ),
        since=dt.date(2013, 1, 1),
        unit="%",
    ),
    "npl_ratio": Parameter.fixed(
        "banking.standards.npl_ratio",
        "不良贷款率监管标准（上限，%）",
        Decimal(5),
        _rule(
            "商业银行风险监管核心指标（试行）（银监发〔2005〕89号）",
            "第九条",
            "不良贷款率即不良贷款与贷款总额之比，不得高于5%" + _SECONDARY,
        ),
        since=dt.date(2006, 1, 1),
        unit="%",
    ),
    "provision_coverage_ratio": Parameter.fixed(
        "banking.standards.provision_coverage_ratio",
        "拨备覆盖率监管标准（下限，%）",
        Decimal(150),
        _rule(
            "商业银行贷款损失准备管理办法（中国银行业监督管理委员会令2011年第4号）",
            "第七条",
            "拨备覆盖率基本标准为150%；银监发〔2018〕7号起由监管部门在120%—150%之间逐家确定" + _SECONDARY,
        ),
        since=dt.date(2012, 1, 1),
        unit="%",
    ),
    "liquidity_coverage_ratio": Parameter.fixed(
        "banking.standards.liquidity_coverage_ratio",
        "流动性覆盖率监管标准（下限，%）",
        Decimal(100),
        _rule(
            "商业银行流动性风险管理办法（中国银行保险监督管理委员会令2018年第3号，2018年5月23日公布）",
            "流动性覆盖率监管标准",
            "资产规模不小于2000亿元的商业银行，流动性覆盖率不低于100%（2018年底前达到）" + _SECONDARY,
        ),
        since=dt.date(2018, 7, 1),
        unit="%",
    ),
    "liquidity_ratio": Parameter.fixed(
        "banking.standards.liquidity_ratio",
        "流动性比例监管标准（下限，%）",
        Decimal(25),
        _rule(
            "中华人民共和国商业银行法",
            "第三十九条",
            "流动性资产余额与流动性负债余额的比例不得低于百分之二十五" + _SECONDARY,
        ),
        since=dt.date(1995, 7, 1),
        unit="%",
    ),
}
