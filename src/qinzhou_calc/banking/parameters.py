"""钦市财规〔2019〕3号: the document, its figures and the annex's scoring table, as dated data with citations.

Also the outside figures the annex relies on ("达到监管标准", "同期基准利率"), each with the
rule or announcement it comes from, named by article or by date.
"""

import datetime as dt
from decimal import Decimal

import attrs

from .._core import Anchor, Citation, Document, Parameter, register_text

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

_NUMBER = "钦市财规〔2019〕3号"
_TITLE = "钦州市本级预算单位资金存放管理暂行办法"

#: The measures' text, with the annex's scoring table, ships as ``text.md`` beside this module.
register_text(_NUMBER, __package__)

BANKING = Document(
    number=_NUMBER,
    title=_TITLE,
    in_force_from=dt.date(2019, 9, 26),
    in_force_until=None,
    basis=Citation(
        _NUMBER, _TITLE, "第三十条", None, "本办法自发布之日起实施，由市财政局负责解释。", Anchor(_NUMBER, "第三十条")
    ),
)

_SINCE = BANKING.in_force_from
_ANNEX = "附件 综合评分表（模板）"


def _annex(row: str, text: str) -> Citation:
    return BANKING.cite(_ANNEX, row, text)


@attrs.frozen
class Scoring:
    """An indicator of the annex: its points, and the base a bank gets for meeting its standard."""

    points: Decimal
    base: Decimal

    @property
    def above_base(self) -> Decimal:
        """The points above the base ("其余 N 分")."""
        return self.points - self.base


@attrs.frozen
class Band:
    """A band of the deposit-rate table: a float of ``low``–``high`` percent scores ``low_score``–``high_score``."""

    low: Decimal
    high: Decimal
    low_score: Decimal
    high_score: Decimal


# --- 第十一条: who may take part ------------------------------------------------------------

_ART11_2 = BANKING.cite(
    "第十一条",
    "（二）",
    "监管评级达到以下标准：人民银行上年度综合评价 B 级以上（含 B 级），银监部门上年度监管评级 3 级以上（含 3 级）；",
)

MIN_PBOC_RATING: Parameter[str] = Parameter.fixed(
    "banking.eligibility.min_pboc_rating",
    "人民银行上年度综合评价最低等级",
    "B",
    _ART11_2,
    since=_SINCE,
    unit="等级",
    choices=("A", "B", "C", "D"),
)
MAX_SUPERVISORY_GRADE: Parameter[int] = Parameter.fixed(
    "banking.eligibility.max_supervisory_grade",
    "银监部门上年度监管评级最低等级（级数）",
    3,
    _ART11_2,
    since=_SINCE,
    unit="级",
)

# --- 第二十一条: the bar after removal ----------------------------------------------------------

BAR_YEARS: Parameter[int] = Parameter.fixed(
    "banking.eligibility.bar_years",
    "被取消资格的年限",
    3,
    BANKING.cite(
        "第二十一条",
        None,
        "一旦出现以下情形，预算单位应及时变更资金存放银行，并取消该银行在以后 3 年内参与本单位资金存放竞争的资格。",
    ),
    since=_SINCE,
    unit="年",
)

# --- 第九条: time deposits -------------------------------------------------------------------

MAX_RENEWAL_MONTHS: Parameter[int] = Parameter.fixed(
    "banking.deposits.max_renewal_months",
    "定期存款续存累计存期上限（月）",
    24,
    BANKING.cite(
        "第九条",
        None,
        "预算单位银行账户内的事业收入、经营收入等非财政补助收入资金，可以在开户银行办理定期存款、协定存款、"
        "通知存款等业务，暂不开展转出开户银行办理定期存款业务。到期后不需要收回使用的定期存款，"
        "可在原定期存款银行续存，累计存期不超过2年。",
    ),
    since=_SINCE,
    unit="月",
)

# --- 第十三条, 第十五条: the procedure -------------------------------------------------------

MIN_CANDIDATE_BANKS: Parameter[int] = Parameter.fixed(
    "banking.procedure.min_candidate_banks",
    "集体决策备选银行最少家数",
    3,
    BANKING.cite(
        "第十三条",
        "（一）",
        "预算单位遵循公平、公正的原则选取备选银行，一般不得少于 3 家，预算单位所在地银行少于 3 家的，"
        "按实际数量确定备选银行；",
    ),
    since=_SINCE,
    unit="家",
)
MIN_COMMITTEE_SIZE: Parameter[int] = Parameter.fixed(
    "banking.procedure.min_committee_size",
    "评选委员会最少人数（单数）",
    5,
    BANKING.cite(
        "第十五条",
        "（二）",
        "预算单位或受其委托的中介机构组建由预算单位内部成员和外部专家共同组成的评选委员会"
        "（成员人数为 5 人以上单数），采用综合评分法对符合基本资格要求的参与银行进行评分；",
    ),
    since=_SINCE,
    unit="人",
)

# --- the annex: 综合评分表（模板） ---------------------------------------------------------------

#: The total of the template's points (一、30 + 二、40 + 三、10 + 四、15 + 五、5).
ANNEX_TOTAL_POINTS: Parameter[Decimal] = Parameter.fixed(
    "banking.scoring.total_points",
    "综合评分表总分",
    Decimal(100),
    BANKING.cite(
        _ANNEX,
        None,
        "一、经营状况（30分）……二、服务水平（40分）……三、利率水平（10分）……四、经济发展贡献度（15分）……"
        "五、其他（预算单位认为需考察的其他指标，5分）",
    ),
    since=_SINCE,
    unit="分",
)

_RATIO_TEXT = (
    "{name}达到监管标准，即可获得基础分4分；其余1分，按照{name}进行{order}排名，第一名得1分，"
    "从第二名开始依次递减0.1分，如数值相同，按同档计分。"
)

_RATIO_NAMES = {
    "capital_adequacy_ratio": ("资本充足率", "递减"),
    "npl_ratio": ("不良贷款率", "递增"),
    "provision_coverage_ratio": ("拨备覆盖率", "递减"),
    "liquidity_coverage_ratio": ("流动性覆盖率", "递减"),
    "liquidity_ratio": ("流动性比例", "递减"),
}

#: 一、经营状况: the five ratios, 5 points each, base 4 for meeting the regulatory standard.
RATIOS: dict[str, Parameter[Scoring]] = {
    key: Parameter.fixed(
        f"banking.scoring.{key}",
        f"{name}（5分）",
        Scoring(Decimal(5), Decimal(4)),
        _annex(f"一、经营状况 {name}（5分）", _RATIO_TEXT.format(name=name, order=order)),
        since=_SINCE,
        unit="分",
    )
    for key, (name, order) in _RATIO_NAMES.items()
}

#: "从第二名开始依次递减0.1分": the step between one rank's points and the next.
RANK_STEP: Parameter[Decimal] = Parameter.fixed(
    "banking.scoring.rank_step",
    "排名每后一名递减的分值",
    Decimal("0.1"),
    _annex("一、经营状况 资本充足率（5分）", _RATIO_TEXT.format(name="资本充足率", order="递减")),
    since=_SINCE,
    unit="分",
)

#: The judged items: base points when the bank meets the description, the rest left to the evaluators.
JUDGED: dict[str, Parameter[Scoring]] = {
    "internal_control": Parameter.fixed(
        "banking.scoring.internal_control",
        "内部控制（5分）",
        Scoring(Decimal(5), Decimal(4)),
        _annex(
            "一、经营状况 内部控制（5分）",
            "机构人员配置合理，内控制度健全，能掌握和运用相关政策制度的，可获基础分4分，其余1分。",
        ),
        since=_SINCE,
        unit="分",
    ),
    "payment_service": Parameter.fixed(
        "banking.scoring.payment_service",
        "资金支付服务（资金支付及对账服务10分之半）",
        Scoring(Decimal(5), Decimal(4)),
        _annex(
            "二、服务水平 资金支付及对账服务（10分）",
            "能按规定及时、准确的办理资金支付业务，业务流程简洁、规范，能按照加急业务办理程序办理特别紧急支出事项的，"
            "可获基础分4分，其余1分；",
        ),
        since=_SINCE,
        unit="分",
    ),
    "reconciliation_service": Parameter.fixed(
        "banking.scoring.reconciliation_service",
        "对账服务（资金支付及对账服务10分之半）",
        Scoring(Decimal(5), Decimal(4)),
        _annex(
            "二、服务水平 资金支付及对账服务（10分）",
            "能够在规定时间与单位进行对账，并提供格式规范的对账单的，可获基础分4分，其余1分。",
        ),
        since=_SINCE,
        unit="分",
    ),
    "sub_account_service": Parameter.fixed(
        "banking.scoring.sub_account_service",
        "分账核算服务（5分）",
        Scoring(Decimal(5), Decimal(4)),
        _annex(
            "二、服务水平 分账核算服务（5分）",
            "能提供分账核算服务，子账户管理规范，操作便捷的，可获基础分4分，其余1分。",
        ),
        since=_SINCE,
        unit="分",
    ),
    "past_performance": Parameter.fixed(
        "banking.scoring.past_performance",
        "以往提供服务履约情况（10分）",
        Scoring(Decimal(10), Decimal(8)),
        _annex(
            "二、服务水平 以往提供服务履约情况（10分）",
            "依法开展经营活动，近3年内在经营活动中无重大违法违规记录，信誉良好，及时计付存款人利息，"
            "资金支付无压单等情况，可获基础分8分，其余2分。",
        ),
        since=_SINCE,
        unit="分",
    ),
}

INFORMATION_SYSTEM: Parameter[Scoring] = Parameter.fixed(
    "banking.scoring.information_system",
    "信息系统建设（10分）",
    Scoring(Decimal(10), Decimal(8)),
    _annex(
        "二、服务水平 信息系统建设（10分）",
        "网络连接可靠，系统服务运行高效稳定，业务响应及时，对系统故障能及时处理，能及时发现及改进系统潜在隐患，"
        "确保账户及资金安全，可获得基础分8分，其余2分，按照信息系统建设情况进行递减排名，第一名得2分，"
        "从第二名开始依次递减0.1分，如数值相同，按同档计分。",
    ),
    since=_SINCE,
    unit="分",
)

#: 创新或特色服务: ``base`` is the point per service, ``points`` the cap.
INNOVATIVE_SERVICES: Parameter[Scoring] = Parameter.fixed(
    "banking.scoring.innovative_services",
    "创新或特色服务（每项1分，最高5分）",
    Scoring(Decimal(5), Decimal(1)),
    _annex(
        "二、服务水平 创新或特色服务（5分）",
        "能制定符合单位具体业务需要的创新或特色服务的，每项1分，最高5分。",
    ),
    since=_SINCE,
    unit="分",
)

_RATE_TEXT = (
    "遵守国家利率政策规定及广西市场利率定价自律机制的协商约定范围，结合成本和风险等因素合理确定存款利率水平，"
    "按照利率偏离度打分，超出协商约定范围的为0分。利率为同期基准利率得4分，利率上浮0~10%得4~6分；"
    "利率上浮10~20%得6~8分；利率上浮20~30%得8~10分；利率上浮超过30%得0分。"
)

DEPOSIT_RATE_POINTS: Parameter[Decimal] = Parameter.fixed(
    "banking.scoring.deposit_rate",
    "存款利率（10分）",
    Decimal(10),
    _annex("三、利率水平 存款利率（10分）", _RATE_TEXT),
    since=_SINCE,
    unit="分",
)

#: 利率上浮 bands (percent of the benchmark) and their scores; the first band starts at the benchmark (4 分).
DEPOSIT_RATE_BANDS: Parameter[tuple[Band, ...]] = Parameter.fixed(
    "banking.scoring.deposit_rate_bands",
    "存款利率上浮幅度及得分",
    (
        Band(Decimal(0), Decimal(10), Decimal(4), Decimal(6)),
        Band(Decimal(10), Decimal(20), Decimal(6), Decimal(8)),
        Band(Decimal(20), Decimal(30), Decimal(8), Decimal(10)),
    ),
    _annex("三、利率水平 存款利率（10分）", _RATE_TEXT),
    since=_SINCE,
    unit="%/分",
)

_CONTRIBUTION_TEXT = {
    "loan_balance": ("贷款总量", "贷款总量分=3分×某行贷款余额÷各行贷款余额最大值"),
    "loan_increase": (
        "贷款增量",
        "贷款增量分=3分×某行贷款增量÷各行贷款增量最大值（如贷款增量为负数，则此项分值为零）",
    ),
    "loan_to_deposit_ratio": ("余额存贷比", "余额存贷比分=3分×某行余额存贷比÷各行余额存贷比最大值"),
    "sme_loans": ("中小企业贷款", "中小企业贷款分=3分×某行中小企业贷款余额÷各行中小企业贷款余额最大值"),
    "agri_loans": ("涉农贷款", "涉农贷款分=3分×某行涉农贷款余额÷各行涉农贷款余额最大值"),
}

#: 四、经济发展贡献度: 3 points each, × the bank's value ÷ the largest value among the banks.
CONTRIBUTION_POINTS: dict[str, Parameter[Decimal]] = {
    key: Parameter.fixed(
        f"banking.scoring.{key}",
        f"{name}（3分）",
        Decimal(3),
        _annex(f"四、经济发展贡献度 {name}（3分）", text),
        since=_SINCE,
        unit="分",
    )
    for key, (name, text) in _CONTRIBUTION_TEXT.items()
}

OTHER_POINTS: Parameter[Decimal] = Parameter.fixed(
    "banking.scoring.other",
    "其他（5分）",
    Decimal(5),
    _annex("五、其他", "五、其他（预算单位认为需考察的其他指标，5分）"),
    since=_SINCE,
    unit="分",
)

# --- outside figures: the PBoC deposit benchmark and the regulatory standards -------------------

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
