"""钦市财规〔2019〕3号 附件 综合评分表（模板）: each indicator's points, the base for meeting its
standard, the rank step, the deposit-rate bands and the contribution formulas' points."""

from decimal import Decimal

from ..._core import Citation, Parameter, record
from .art30_in_force import BANKING

__all__ = [
    "ANNEX_TOTAL_POINTS",
    "CONTRIBUTION_POINTS",
    "DEPOSIT_RATE_BANDS",
    "DEPOSIT_RATE_POINTS",
    "INFORMATION_SYSTEM",
    "INNOVATIVE_SERVICES",
    "JUDGED",
    "OTHER_POINTS",
    "RANK_STEP",
    "RATIOS",
    "Band",
    "Scoring",
]

_SINCE = BANKING.in_force_from
_ANNEX = "附件 综合评分表（模板）"


def _annex(row: str, text: str) -> Citation:
    return BANKING.cite(_ANNEX, row, text)


@record
class Scoring:
    """An indicator of the annex: its points, and the base a bank gets for meeting its standard."""

    points: Decimal
    base: Decimal

    @property
    def above_base(self) -> Decimal:
        """The points above the base ("其余 N 分")."""
        return self.points - self.base


@record
class Band:
    """A band of the deposit-rate table: a float of ``low``–``high`` percent scores ``low_score``–``high_score``."""

    low: Decimal
    high: Decimal
    low_score: Decimal
    high_score: Decimal


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
