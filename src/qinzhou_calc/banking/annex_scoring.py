"""附件 综合评分表（模板）: the 100-point table that ranks the candidate banks (第十条 综合评分法).

Each indicator is scored first on the annex's own scale; a ``template`` that changes an indicator's
points scales that score in proportion. Scores are rounded half-up to 0.01 point per indicator, and a
bank's total is exactly the sum of its rounded scores.
"""

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Literal

import attrs

from .._core import (
    ZERO,
    Amount,
    Count,
    Example,
    Explanation,
    Percent,
    PositiveAmount,
    Problems,
    Result,
    Signed,
    calculator,
    decision_date_spec,
    fmt_decimal,
    round_to,
    spec,
)
from ._demo import FOUR_BANKS
from .parameters import (
    ANNEX_TOTAL_POINTS,
    BANKING,
    CONTRIBUTION_POINTS,
    DEPOSIT_BENCHMARK,
    DEPOSIT_RATE_BANDS,
    DEPOSIT_RATE_POINTS,
    INFORMATION_SYSTEM,
    INNOVATIVE_SERVICES,
    JUDGED,
    OTHER_POINTS,
    RANK_STEP,
    RATIOS,
    STANDARDS,
)

__all__ = [
    "INDICATORS",
    "AddedIndicator",
    "AddedScore",
    "BankMetrics",
    "DepositOffer",
    "DepositRateInput",
    "InformationSystem",
    "JudgedItem",
    "Points",
    "ScoreBanksInput",
    "Standards",
    "Template",
    "deposit_rate_score",
    "score_banks",
]

Term = Literal["demand", "3m", "6m", "1y", "2y", "3y"]
TieRule = Literal["dense", "competition"]

#: Scores are shown to the hundredth of a point.
_POINT = Decimal("0.01")

#: The annex's indicators, in its order, with their Chinese names: the keys of ``ranking[].scores``.
INDICATORS: dict[str, str] = {
    "capital_adequacy_ratio": "资本充足率",
    "npl_ratio": "不良贷款率",
    "provision_coverage_ratio": "拨备覆盖率",
    "liquidity_coverage_ratio": "流动性覆盖率",
    "liquidity_ratio": "流动性比例",
    "internal_control": "内部控制",
    "information_system": "信息系统建设",
    "payment_and_reconciliation": "资金支付及对账服务",
    "sub_account_service": "分账核算服务",
    "past_performance": "以往提供服务履约情况",
    "innovative_services": "创新或特色服务",
    "deposit_rate": "存款利率",
    "loan_balance": "贷款总量",
    "loan_increase": "贷款增量",
    "loan_to_deposit_ratio": "余额存贷比",
    "sme_loans": "中小企业贷款",
    "agri_loans": "涉农贷款",
    "other": "其他",
}

_TERM_NAMES = {"demand": "活期", "3m": "三个月", "6m": "半年", "1y": "一年", "2y": "二年", "3y": "三年"}

_LOWER_IS_BETTER = frozenset({"npl_ratio"})


# --- inputs -------------------------------------------------------------------------------------


@attrs.frozen
class DepositRateInput:
    """存款利率评分的输入（利率均以百分数计，"1.65" 即 1.65%）。"""

    offered_rate: Percent = spec("银行报价存款利率（%）", examples=("1.75",))
    term: Term = spec("存期", "demand 活期、3m、6m、1y、2y、3y")
    benchmark_rate: PositiveAmount | None = spec(
        "同期基准利率（%）", "缺省为人民银行公布的该存期存款基准利率", default=None
    )
    ceiling_float: Percent | None = spec(
        "自律机制协商约定的上浮上限（%）", "如 50 表示最高上浮 50%；超出者为 0 分", default=None
    )
    as_of: dt.date | None = spec("适用日期", "评分之日；缺省为今天", default=None)
    decision_date: dt.date | None = decision_date_spec()


@attrs.frozen
class DepositOffer:
    """银行的存款利率报价。"""

    offered_rate: Percent = spec("报价存款利率（%）")
    term: Term = spec("存期", "demand 活期、3m、6m、1y、2y、3y")
    benchmark_rate: PositiveAmount | None = spec("同期基准利率（%）", "缺省为人民银行存款基准利率", default=None)
    ceiling_float: Percent | None = spec("自律机制上浮上限（%）", default=None)


@attrs.frozen
class JudgedItem:
    """评委评定的指标：是否达到描述的要求（得基础分），以及评委在基础分之上给的分。"""

    meets: bool = spec("达到评分标准所述要求", "达到即得基础分")
    extra: Amount = spec("基础分之上的评定分", "按附件原分值：内部控制等 0–1 分，以往履约情况 0–2 分", default=ZERO)


@attrs.frozen
class InformationSystem:
    """信息系统建设：达到要求得基础分 8 分，其余 2 分按评定等级排名。"""

    meets: bool = spec("达到信息系统建设要求")
    rating: Signed = spec("信息系统建设评定值", "越高越好，用于排名")


@attrs.frozen
class Standards:
    """监管标准（%）；未给出的沿用缺省值。"""

    capital_adequacy_ratio: Percent | None = spec("资本充足率下限（%）", "缺省 10.5", default=None)
    npl_ratio: Percent | None = spec("不良贷款率上限（%）", "缺省 5", default=None)
    provision_coverage_ratio: Percent | None = spec("拨备覆盖率下限（%）", "缺省 150；可逐家设定", default=None)
    liquidity_coverage_ratio: Percent | None = spec("流动性覆盖率下限（%）", "缺省 100", default=None)
    liquidity_ratio: Percent | None = spec("流动性比例下限（%）", "缺省 25", default=None)


@attrs.frozen
class AddedScore:
    """银行在模板新设指标上的得分。"""

    indicator: str = spec("新设指标代码", "与 template.added[].key 相同")
    score: Amount = spec("得分", "0 至该指标分值")


@attrs.frozen
class BankMetrics:
    """一家备选银行在综合评分表各项指标上的数据。"""

    name: str = spec("银行名称")
    capital_adequacy_ratio: Percent = spec("资本充足率（%）")
    npl_ratio: Percent = spec("不良贷款率（%）")
    provision_coverage_ratio: Percent = spec("拨备覆盖率（%）")
    liquidity_coverage_ratio: Percent = spec("流动性覆盖率（%）")
    liquidity_ratio: Percent = spec("流动性比例（%）")
    internal_control: JudgedItem = spec("内部控制", "基础分 4 分，其余 0–1 分")
    information_system: InformationSystem = spec("信息系统建设")
    payment_service: JudgedItem = spec("资金支付服务", "基础分 4 分，其余 0–1 分")
    reconciliation_service: JudgedItem = spec("对账服务", "基础分 4 分，其余 0–1 分")
    sub_account_service: JudgedItem = spec("分账核算服务", "基础分 4 分，其余 0–1 分")
    past_performance: JudgedItem = spec("以往提供服务履约情况", "基础分 8 分，其余 0–2 分")
    deposit_rate: DepositOffer = spec("存款利率报价")
    loan_balance: Amount = spec("贷款余额（元）")
    loan_increase: Signed = spec("贷款增量（元）", "可为负数")
    loan_to_deposit_ratio: Percent = spec("余额存贷比（%）")
    sme_loan_balance: Amount = spec("中小企业贷款余额（元）")
    agri_loan_balance: Amount = spec("涉农贷款余额（元）")
    innovative_services: Count = spec("创新或特色服务项数", default=0)
    other: Amount = spec("其他指标得分", "按附件原分值 0–5 分", default=ZERO)
    standards: Standards | None = spec("本行适用的监管标准", "如逐家确定的拨备覆盖率要求；优先于模板", default=None)
    added_scores: tuple[AddedScore, ...] = spec("模板新设指标的得分", default=())


@attrs.frozen
class Points:
    """模板调整后的指标分值；未给出的沿用附件分值。"""

    capital_adequacy_ratio: Amount | None = spec("资本充足率", default=None)
    npl_ratio: Amount | None = spec("不良贷款率", default=None)
    provision_coverage_ratio: Amount | None = spec("拨备覆盖率", default=None)
    liquidity_coverage_ratio: Amount | None = spec("流动性覆盖率", default=None)
    liquidity_ratio: Amount | None = spec("流动性比例", default=None)
    internal_control: Amount | None = spec("内部控制", default=None)
    information_system: Amount | None = spec("信息系统建设", default=None)
    payment_and_reconciliation: Amount | None = spec("资金支付及对账服务", default=None)
    sub_account_service: Amount | None = spec("分账核算服务", default=None)
    past_performance: Amount | None = spec("以往提供服务履约情况", default=None)
    innovative_services: Amount | None = spec("创新或特色服务", default=None)
    deposit_rate: Amount | None = spec("存款利率", default=None)
    loan_balance: Amount | None = spec("贷款总量", default=None)
    loan_increase: Amount | None = spec("贷款增量", default=None)
    loan_to_deposit_ratio: Amount | None = spec("余额存贷比", default=None)
    sme_loans: Amount | None = spec("中小企业贷款", default=None)
    agri_loans: Amount | None = spec("涉农贷款", default=None)
    other: Amount | None = spec("其他", default=None)


@attrs.frozen
class AddedIndicator:
    """预算单位新设的指标（附件注）。"""

    key: str = spec("指标代码", "不得与附件指标代码重复")
    points: Amount = spec("分值")
    title: str = spec("指标名称", default="")


@attrs.frozen
class Template:
    """对附件模板的调整："预算单位可根据实际情况和管理要求调整或新设具体指标及分值"。"""

    points: Points | None = spec("调整后的分值", default=None)
    standards: Standards | None = spec("监管标准", default=None)
    added: tuple[AddedIndicator, ...] = spec("新设指标", default=())


@attrs.frozen
class ScoreBanksInput:
    """综合评分的输入。"""

    banks: list[BankMetrics] = spec("备选银行")
    template: Template | None = spec("评分表调整", "缺省为附件模板", default=None)
    tie_rule: TieRule = spec(
        "同值排名规则", "dense：下一个不同数值为下一档（缺省）；competition：并列占用名次", default="dense"
    )
    as_of: dt.date | None = spec("适用日期", "评分之日；缺省为今天", default=None)
    decision_date: dt.date | None = decision_date_spec()


# --- the deposit-rate table -----------------------------------------------------------------------


def _show(value: Decimal, places: int = 4) -> str:
    return fmt_decimal(round_to(value, Decimal(1).scaleb(-places)))


def _rate_score(
    ex: Explanation,
    *,
    offered: Decimal,
    term: Term,
    benchmark: Decimal | None,
    ceiling: Decimal | None,
    who: str = "",
) -> tuple[Decimal, dict[str, object]]:
    """The annex's 存款利率 score on its own 10-point scale, exact, with a breakdown row."""
    if benchmark is None:
        benchmark = ex.use(DEPOSIT_BENCHMARK)[term]
        ex.step(f"{who}{_TERM_NAMES[term]}存款基准利率 {fmt_decimal(benchmark)}%（人民银行，2015-10-24 起）")
    else:
        ex.note("benchmark_given", "同期基准利率按输入值计，未用人民银行公布的存款基准利率表。")
    bands = ex.use(DEPOSIT_RATE_BANDS)
    ex.use(DEPOSIT_RATE_POINTS)
    float_pct = (offered / benchmark - 1) * 100
    ex.step(
        f"{who}上浮幅度 = {fmt_decimal(offered)}% ÷ {fmt_decimal(benchmark)}% − 1 = {_show(float_pct)}%"
        + ("（约）" if _show(float_pct) != fmt_decimal(float_pct) else "")
    )
    # The bands meet ("0~10%得4~6分; 10~20%得6~8分 ..."): a float on a shared end scores the same in both,
    # so the score rises continuously from 4 at the benchmark to 10 at 30%; "超过30%" excludes 30% itself
    # (民法典 第一千二百五十九条).
    ex.note(
        "rate_bands_continuous",
        "利率档次首尾相接（10%、20% 处两档得分相同），档内按上浮幅度线性插值，"
        "得分自基准利率的 4 分连续升至上浮 30% 的 10 分；"
        "“超过30%”不含 30% 本数。",
    )
    band_name = ""
    if ceiling is not None and float_pct > ceiling:
        score = ZERO
        band_name = "超出自律机制协商约定范围"
        ex.step(f"{who}上浮 {_show(float_pct)}% 超出协商约定的上限 {fmt_decimal(ceiling)}%：0 分")
    elif float_pct < 0:
        # The table scores the benchmark (4 分) and floats above it; a rate below the benchmark is in no band,
        # so it earns nothing rather than an invented extrapolation.
        score = ZERO
        band_name = "低于基准利率"
        ex.note(
            "below_benchmark",
            "低于同期基准利率的报价不在评分标准所列档次内（标准只对基准利率及其上浮计分），得 0 分。",
        )
        ex.step(f"{who}报价低于同期基准利率：0 分")
    elif float_pct == 0:
        score = bands[0].low_score
        band_name = "同期基准利率"
        ex.step(f"{who}利率为同期基准利率：{fmt_decimal(score)} 分")
    elif float_pct > bands[-1].high:
        score = ZERO
        band_name = f"上浮超过{fmt_decimal(bands[-1].high)}%"
        ex.step(f"{who}上浮超过 {fmt_decimal(bands[-1].high)}%：0 分")
    else:
        band = next(b for b in bands if b.low < float_pct <= b.high)
        score = band.low_score + (band.high_score - band.low_score) * (float_pct - band.low) / (band.high - band.low)
        band_name = f"上浮{fmt_decimal(band.low)}~{fmt_decimal(band.high)}%"
        ex.step(
            f"{who}{band_name}得 {fmt_decimal(band.low_score)}~{fmt_decimal(band.high_score)} 分："
            f"{fmt_decimal(band.low_score)} + {fmt_decimal(band.high_score - band.low_score)} × "
            f"({_show(float_pct)} − {fmt_decimal(band.low)}) ÷ {fmt_decimal(band.high - band.low)}"
            f" = {_show(score)} 分"
        )
    row: dict[str, object] = {
        "term": term,
        "offered_rate": offered,
        "benchmark_rate": benchmark,
        "float_percent": round_to(float_pct, Decimal("0.0001")),
        "band": band_name,
    }
    return score, row


@calculator(
    "banking.deposit_rate_score",
    DepositRateInput,
    title="存款利率评分",
    document=BANKING,
    event="as_of",
    examples=[
        Example(
            "一年期报价 1.75%，基准 1.50%：上浮 16.67%",
            {"offered_rate": "1.75", "term": "1y", "as_of": "2019-11-01"},
        ),
        Example(
            "一年期报价 1.95%（上浮 30%），但自律机制上限为上浮 20%",
            {"offered_rate": "1.95", "term": "1y", "ceiling_float": "20", "as_of": "2019-11-01"},
        ),
    ],
)
def deposit_rate_score(inp: DepositRateInput, ex: Explanation) -> Result:
    """附件 三、利率水平 存款利率（10分）："……按照利率偏离度打分, 超出协商约定范围的为0分。利率为同期基准利率得4分,
    利率上浮0~10%得4~6分; 利率上浮10~20%得6~8分; 利率上浮20~30%得8~10分; 利率上浮超过30%得0分。"

    Returns ``score`` (0–10, half-up to 0.01 point) and a ``breakdown`` row with the float and its band.
    """
    raw, row = _rate_score(
        ex, offered=inp.offered_rate, term=inp.term, benchmark=inp.benchmark_rate, ceiling=inp.ceiling_float
    )
    score = round_to(raw, _POINT)
    ex.step(f"得分 {fmt_decimal(score)} 分（四舍五入保留两位小数）")
    _note_rounding(ex)
    return ex.result(score=score, breakdown=[{**row, "score": score}])


def _note_rounding(ex: Explanation) -> None:
    # Reading (score_rounding): the annex names no precision, and its share formulas and rate
    # bands give long decimals; each indicator is rounded half-up to 0.01 and the total is their
    # sum, so that the total shown is exactly the sum of the scores shown.
    ex.note("score_rounding", "各指标得分四舍五入保留两位小数；总分为各指标得分之和。")


# --- ranking ------------------------------------------------------------------------------------


def _places(values: Sequence[Decimal], lower_is_better: bool, tie_rule: TieRule) -> list[int]:
    """Each value's place (1 = first) under "如数值相同，按同档计分".

    ``dense``: equal values share a tier and the next distinct value is the next tier (1, 1, 2).
    ``competition``: equal values share a place and the places they fill are skipped (1, 1, 3).
    """

    ordered = sorted(values, reverse=not lower_is_better)
    place: dict[Decimal, int] = {}
    for index, value in enumerate(ordered):
        if value not in place:
            place[value] = len(place) + 1 if tie_rule == "dense" else index + 1
    return [place[value] for value in values]


def _rank_points(place: int, top: Decimal, step: Decimal) -> Decimal:
    """First place gets ``top``; each place after it ``step`` less; never below 0."""
    return max(ZERO, top - step * (place - 1))


# --- the table --------------------------------------------------------------------------------------


@attrs.frozen
class _Indicator:
    key: str
    title: str
    annex_points: Decimal
    points: Decimal


@attrs.frozen
class _Context:
    ex: Explanation
    banks: Sequence[BankMetrics]
    template: Template
    tie_rule: TieRule
    #: raw (annex-scale) score of each bank on each indicator, by bank index.
    raw: list[dict[str, Decimal]]


def _annex_points(ex: Explanation) -> dict[str, Decimal]:
    points: dict[str, Decimal] = {key: ex.use(RATIOS[key]).points for key in RATIOS}
    points["internal_control"] = ex.use(JUDGED["internal_control"]).points
    points["information_system"] = ex.use(INFORMATION_SYSTEM).points
    points["payment_and_reconciliation"] = (
        ex.use(JUDGED["payment_service"]).points + ex.use(JUDGED["reconciliation_service"]).points
    )
    points["sub_account_service"] = ex.use(JUDGED["sub_account_service"]).points
    points["past_performance"] = ex.use(JUDGED["past_performance"]).points
    points["innovative_services"] = ex.use(INNOVATIVE_SERVICES).points
    points["deposit_rate"] = ex.use(DEPOSIT_RATE_POINTS)
    for key, parameter in CONTRIBUTION_POINTS.items():
        points[key] = ex.use(parameter)
    points["other"] = ex.use(OTHER_POINTS)
    return {key: points[key] for key in INDICATORS}


def _standard(ctx: _Context, bank: BankMetrics, key: str) -> Decimal:
    for source in (bank.standards, ctx.template.standards):
        value = getattr(source, key) if source is not None else None
        if isinstance(value, Decimal):
            return value
    return ctx.ex.use(STANDARDS[key])


def _score_ratio(ctx: _Context, key: str) -> None:
    """一、经营状况: base 4 for meeting the standard, the last point by rank among the banks that meet it."""
    ex = ctx.ex
    scoring = ex.use(RATIOS[key])
    step = ex.use(RANK_STEP)
    lower = key in _LOWER_IS_BETTER
    title = INDICATORS[key]
    meets: list[bool] = []
    for bank in ctx.banks:
        standard = _standard(ctx, bank, key)
        value: Decimal = getattr(bank, key)
        ok = value <= standard if lower else value >= standard
        meets.append(ok)
        sign = ("≤" if ok else ">") if lower else ("≥" if ok else "<")
        verdict = f"达到监管标准，基础分 {fmt_decimal(scoring.base)}" if ok else "未达监管标准，0 分"
        ex.step(f"{title}：{bank.name} {fmt_decimal(value)}% {sign} {fmt_decimal(standard)}%，{verdict}")
    # A bank below the standard earns nothing on the indicator ("达到监管标准，即可获得基础分4分；其余1分，
    # 按照……排名"): the rank point is the rest of the points of a bank that met the standard, so only those
    # banks are ranked, and a bank below the standard does not push the others down.
    ex.note(
        "rank_among_qualified",
        "比率指标未达监管标准的银行该项得 0 分，且不参加“其余1分”的排名；排名只在达标银行之间进行。",
    )
    qualified = [i for i, ok in enumerate(meets) if ok]
    values = [getattr(ctx.banks[i], key) for i in qualified]
    places = _places(values, lower, ctx.tie_rule)
    for i in range(len(ctx.banks)):
        ctx.raw[i][key] = ZERO
    order = "递增" if lower else "递减"
    for i, place in zip(qualified, places, strict=True):
        rank = _rank_points(place, scoring.above_base, step)
        ctx.raw[i][key] = scoring.base + rank
        ex.step(
            f"{title}：{ctx.banks[i].name} 按{order}排名第 {place} 档，"
            f"{fmt_decimal(scoring.above_base)} − {fmt_decimal(step)} × {place - 1} → {fmt_decimal(rank)}；"
            f"{fmt_decimal(scoring.base)} + {fmt_decimal(rank)} = {fmt_decimal(scoring.base + rank)} 分"
        )


def _judged(ctx: _Context, item: str, bank_index: int) -> Decimal:
    ex = ctx.ex
    scoring = ex.use(JUDGED[item])
    bank = ctx.banks[bank_index]
    judged: JudgedItem = getattr(bank, item)
    if not judged.meets:
        if judged.extra > 0:
            # The extra is "其余N分" above the base: a bank that does not earn the base earns none of it.
            ex.note(
                "extra_needs_base",
                "未达到评分标准所述要求的银行不得基础分，评委在基础分之上给的分也不计。",
            )
        return ZERO
    return scoring.base + judged.extra


def _score_judged(ctx: _Context, key: str, items: tuple[str, ...]) -> None:
    for i, bank in enumerate(ctx.banks):
        parts = [_judged(ctx, item, i) for item in items]
        ctx.raw[i][key] = sum(parts, ZERO)
        shown = " + ".join(fmt_decimal(p) for p in parts)
        total = f" = {fmt_decimal(ctx.raw[i][key])}" if len(parts) > 1 else ""
        ex_text = "；".join(
            JUDGED[item].description
            + ("：达到要求，基础分 + 评定分" if getattr(bank, item).meets else "：未达要求 0 分")
            for item in items
        )
        ctx.ex.step(f"{INDICATORS[key]}：{bank.name} {ex_text}，{shown}{total} 分")


def _score_information_system(ctx: _Context) -> None:
    ex = ctx.ex
    scoring = ex.use(INFORMATION_SYSTEM)
    step = ex.use(RANK_STEP)
    # Reading (rank_among_qualified_system): "……可获得基础分8分,其余2分,按照信息系统建设情况进行递减排名"
    # — the 2 rank points go only to banks whose system meets the requirement and so earns the
    # base 8; the others score 0 on the item and are not ranked.
    ex.note(
        "rank_among_qualified_system",
        "信息系统建设未达要求的银行该项得 0 分，且不参加“其余2分”的排名。",
    )
    qualified = [i for i, bank in enumerate(ctx.banks) if bank.information_system.meets]
    met = set(qualified)
    places = _places([ctx.banks[i].information_system.rating for i in qualified], False, ctx.tie_rule)
    for i, bank in enumerate(ctx.banks):
        ctx.raw[i]["information_system"] = ZERO
        if i not in met:
            ex.step(f"信息系统建设：{bank.name} 未达要求，0 分")
    for i, place in zip(qualified, places, strict=True):
        rank = _rank_points(place, scoring.above_base, step)
        ctx.raw[i]["information_system"] = scoring.base + rank
        ex.step(
            f"信息系统建设：{ctx.banks[i].name} 达到要求，基础分 {fmt_decimal(scoring.base)}；"
            f"评定值 {fmt_decimal(ctx.banks[i].information_system.rating)} 排名第 {place} 档，"
            f"{fmt_decimal(scoring.above_base)} − {fmt_decimal(step)} × {place - 1} → {fmt_decimal(rank)}；"
            f"合计 {fmt_decimal(scoring.base + rank)} 分"
        )


def _score_innovative(ctx: _Context) -> None:
    scoring = ctx.ex.use(INNOVATIVE_SERVICES)
    for i, bank in enumerate(ctx.banks):
        score = min(scoring.base * bank.innovative_services, scoring.points)
        ctx.raw[i]["innovative_services"] = score
        ctx.ex.step(
            f"创新或特色服务：{bank.name} {bank.innovative_services} 项 × {fmt_decimal(scoring.base)} 分，"
            f"最高 {fmt_decimal(scoring.points)} 分 → {fmt_decimal(score)} 分"
        )


def _score_deposit_rate(ctx: _Context) -> None:
    for i, bank in enumerate(ctx.banks):
        offer = bank.deposit_rate
        score, _ = _rate_score(
            ctx.ex,
            offered=offer.offered_rate,
            term=offer.term,
            benchmark=offer.benchmark_rate,
            ceiling=offer.ceiling_float,
            who=f"存款利率：{bank.name} ",
        )
        ctx.raw[i]["deposit_rate"] = score


_CONTRIBUTION_FIELDS = {
    "loan_balance": ("loan_balance", "贷款余额", "元"),
    "loan_increase": ("loan_increase", "贷款增量", "元"),
    "loan_to_deposit_ratio": ("loan_to_deposit_ratio", "余额存贷比", "%"),
    "sme_loans": ("sme_loan_balance", "中小企业贷款余额", "元"),
    "agri_loans": ("agri_loan_balance", "涉农贷款余额", "元"),
}


def _score_contribution(ctx: _Context, key: str) -> None:
    """四、经济发展贡献度: 3 × the bank's value ÷ the largest value among the banks."""
    ex = ctx.ex
    points = ex.use(CONTRIBUTION_POINTS[key])
    field, name, unit = _CONTRIBUTION_FIELDS[key]
    values: list[Decimal] = [getattr(bank, field) for bank in ctx.banks]
    largest = max(values)
    title = INDICATORS[key]
    if largest <= 0:
        # No bank has a positive value: "3分×某行……÷各行……最大值" has no meaning (a division by zero or by a
        # negative number), and no bank contributed, so every bank scores 0.
        ex.note(
            "contribution_no_positive_value",
            "某项经济发展贡献度指标各行最大值为 0 或负数时，公式无意义，各行该项均得 0 分。",
        )
        for i, bank in enumerate(ctx.banks):
            ctx.raw[i][key] = ZERO
            ex.step(f"{title}：各行{name}最大值 {fmt_decimal(largest)}{unit} 不为正数，{bank.name} 0 分")
        return
    for i, bank in enumerate(ctx.banks):
        value = values[i]
        if value < 0:
            # "如贷款增量为负数, 则此项分值为零"
            ctx.raw[i][key] = ZERO
            ex.step(f"{title}：{bank.name} {name} {fmt_decimal(value)}{unit} 为负数，0 分")
            continue
        score = points * value / largest
        ctx.raw[i][key] = score
        ex.step(
            f"{title}：{fmt_decimal(points)} 分 × {fmt_decimal(value)}{unit} ÷ {fmt_decimal(largest)}{unit}"
            f"（各行最大值） = {_show(score)} 分（{bank.name}）"
        )


def _score_other(ctx: _Context) -> None:
    for i, bank in enumerate(ctx.banks):
        ctx.raw[i]["other"] = bank.other
        ctx.ex.step(f"其他：{bank.name} {fmt_decimal(bank.other)} 分（预算单位自定指标）")


_JUDGED_INDICATORS: dict[str, tuple[str, ...]] = {
    "internal_control": ("internal_control",),
    "payment_and_reconciliation": ("payment_service", "reconciliation_service"),
    "sub_account_service": ("sub_account_service",),
    "past_performance": ("past_performance",),
}


def _validate(inp: ScoreBanksInput, ex: Explanation, annex: dict[str, Decimal]) -> dict[str, AddedIndicator]:
    problems = Problems()
    if not inp.banks:
        problems.add("banks", "out_of_range", "评分至少需要一家银行", en="at least one bank is needed to score")
    first_seen: dict[str, int] = {}
    for i, bank in enumerate(inp.banks):
        if bank.name in first_seen:
            problems.add(
                f"banks[{i}].name",
                "invalid_choice",
                f"银行名称 {bank.name[:40]!r} 已由 banks[{first_seen[bank.name]}] 使用",
                en=f"bank name {bank.name[:40]!r} is already used by banks[{first_seen[bank.name]}]",
            )
        else:
            first_seen[bank.name] = i
        for item, parameter in JUDGED.items():
            bound = ex.use(parameter).above_base
            extra = getattr(bank, item).extra
            if extra > bound:
                problems.add(
                    f"banks[{i}].{item}.extra",
                    "out_of_range",
                    f"评委在基础分之上给出的分值最多 {fmt_decimal(bound)} 分，收到 {extra}",
                    en=f"the evaluators' share above the base is at most {fmt_decimal(bound)} points, got {extra}",
                )
        if bank.other > annex["other"]:
            problems.add(
                f"banks[{i}].other",
                "out_of_range",
                f"其他指标最多 {fmt_decimal(annex['other'])} 分，收到 {bank.other}",
                en=f"the other indicators score at most {fmt_decimal(annex['other'])} points, got {bank.other}",
            )
    template = inp.template or Template()
    added: dict[str, AddedIndicator] = {}
    for j, indicator in enumerate(template.added):
        if indicator.key in INDICATORS or indicator.key in added or not indicator.key:
            problems.add(
                f"template.added[{j}].key",
                "invalid_choice",
                f"{indicator.key[:40]!r} 为空或与已有指标重名",
                en=f"{indicator.key[:40]!r} is empty or already names an indicator",
            )
        else:
            added[indicator.key] = indicator
    for i, bank in enumerate(inp.banks):
        seen: set[str] = set()
        for k, entry in enumerate(bank.added_scores):
            path = f"banks[{i}].added_scores[{k}]"
            if entry.indicator not in added or entry.indicator in seen:
                problems.add(
                    f"{path}.indicator",
                    "invalid_choice",
                    f"{entry.indicator[:40]!r} 不是模板新设的指标，或重复评分",
                    en=f"{entry.indicator[:40]!r} is not an indicator added by the template, or is scored twice",
                )
                continue
            seen.add(entry.indicator)
            if entry.score > added[entry.indicator].points:
                problems.add(
                    f"{path}.score",
                    "out_of_range",
                    f"{entry.indicator[:40]} 最多 {fmt_decimal(added[entry.indicator].points)} 分",
                    en=f"{entry.indicator[:40]} is worth at most {fmt_decimal(added[entry.indicator].points)} points",
                )
        for key in added:
            if key not in seen:
                problems.add(
                    f"banks[{i}].added_scores",
                    "missing",
                    f"缺少新设指标 {key[:40]!r} 的得分",
                    en=f"no score for the added indicator {key[:40]!r}",
                )
    problems.raise_if_any()
    return added


@calculator(
    "banking.score_banks",
    ScoreBanksInput,
    title="资金存放备选银行综合评分",
    document=BANKING,
    event="as_of",
    examples=[
        Example(
            "四家备选银行（丙行拨备覆盖率要求逐家确定为 130%，丁行资本充足率未达标）",
            {"banks": FOUR_BANKS, "as_of": "2019-12-02"},
        ),
        Example(
            "同一组银行，模板把存款利率调为 15 分、其他调为 0 分，新设“绿色金融” 5 分（合计 105 分）",
            {
                "banks": [
                    {**bank, "added_scores": [{"indicator": "green_finance", "score": score}]}
                    for bank, score in zip(FOUR_BANKS, ("5", "3", "4", "2"), strict=True)
                ],
                "template": {
                    "points": {"deposit_rate": "15", "other": "0"},
                    "added": [{"key": "green_finance", "title": "绿色金融", "points": "5"}],
                },
                "tie_rule": "competition",
                "as_of": "2019-12-02",
            },
        ),
    ],
)
def score_banks(inp: ScoreBanksInput, ex: Explanation) -> Result:
    """附件 综合评分表（模板）：经营状况（30分）、服务水平（40分）、利率水平（10分）、经济发展贡献度（15分）、
    其他（5分）。
    比率指标："……达到监管标准，即可获得基础分4分；其余1分，按照……进行递减排名，第一名得1分，从第二名开始依次递减0.1分，
    如数值相同，按同档计分。" 贡献度："贷款总量分=3分×某行贷款余额÷各行贷款余额最大值"……
    注："预算单位可根据实际情况和管理要求调整或新设具体指标及分值。"

    Returns ``ranking``: every bank, best first, with its rank, total and the score on each indicator.
    """
    annex = _annex_points(ex)
    added = _validate(inp, ex, annex)
    template = inp.template or Template()
    indicators = [
        _Indicator(key, title, annex[key], _template_points(template, key, annex[key]))
        for key, title in INDICATORS.items()
    ]
    ctx = _Context(ex, inp.banks, template, inp.tie_rule, [{} for _ in inp.banks])

    for key in RATIOS:
        _score_ratio(ctx, key)
    _score_judged(ctx, "internal_control", _JUDGED_INDICATORS["internal_control"])
    _score_information_system(ctx)
    for key in ("payment_and_reconciliation", "sub_account_service", "past_performance"):
        _score_judged(ctx, key, _JUDGED_INDICATORS[key])
    _score_innovative(ctx)
    _score_deposit_rate(ctx)
    for key in CONTRIBUTION_POINTS:
        _score_contribution(ctx, key)
    _score_other(ctx)

    # Final places: "ties share a rank" and the next bank takes the place after all of them (1, 1, 3).
    ex.note("final_rank_ties", "总分相同的银行名次并列，其后的银行名次顺延（如 1、1、3）；并列者按名称排列。")
    _note_rounding(ex)
    scaled = _scale(ctx, indicators)
    rows = _ranking(ctx, scaled, added)
    total_points = sum((i.points for i in indicators), ZERO) + sum((a.points for a in added.values()), ZERO)
    annex_total = ex.use(ANNEX_TOTAL_POINTS)
    if total_points != annex_total:
        ex.note(
            "template_total",
            f"调整后的评分表各项分值合计 {fmt_decimal(total_points)} 分，不等于 {fmt_decimal(annex_total)} 分。",
        )
    breakdown: list[dict[str, object]] = [
        {"indicator": i.key, "title": i.title, "points": i.points, "annex_points": i.annex_points} for i in indicators
    ]
    breakdown += [
        {"indicator": a.key, "title": a.title, "points": a.points, "annex_points": None} for a in added.values()
    ]
    return ex.result(ranking=rows, breakdown=breakdown)


def _template_points(template: Template, key: str, annex_points: Decimal) -> Decimal:
    value = getattr(template.points, key) if template.points is not None else None
    return value if isinstance(value, Decimal) else annex_points


def _scale(ctx: _Context, indicators: Sequence[_Indicator]) -> list[dict[str, Decimal]]:
    """Each bank's scores on the template's points, rounded half-up to 0.01 point."""
    changed = [i for i in indicators if i.points != i.annex_points]
    if changed:
        # A changed indicator keeps the annex's rule, scaled in proportion: score × new points ÷ annex points.
        ctx.ex.note(
            "template_scaled",
            "模板调整了分值的指标，仍按附件原计分规则计分，再按“新分值 ÷ 原分值”等比例折算；"
            "评委评定分和其他指标得分按附件原分值填报。",
        )
    scaled: list[dict[str, Decimal]] = []
    for i, bank in enumerate(ctx.banks):
        row: dict[str, Decimal] = {}
        for indicator in indicators:
            raw = ctx.raw[i][indicator.key]
            value = raw * indicator.points / indicator.annex_points if indicator in changed else raw
            row[indicator.key] = round_to(value, _POINT)
            if indicator in changed:
                ctx.ex.step(
                    f"{indicator.title}：{bank.name} {_show(raw)} 分 × {fmt_decimal(indicator.points)} ÷ "
                    f"{fmt_decimal(indicator.annex_points)} = {fmt_decimal(row[indicator.key])} 分（按调整后分值折算）"
                )
        scaled.append(row)
    return scaled


def _order(entry: tuple[str, Decimal, dict[str, Decimal]]) -> tuple[Decimal, str]:
    """Best total first; equal totals by name, so the order never depends on the input's order."""
    return (-entry[1], entry[0])


def _ranking(
    ctx: _Context, scaled: list[dict[str, Decimal]], added: dict[str, AddedIndicator]
) -> list[dict[str, object]]:
    entries: list[tuple[str, Decimal, dict[str, Decimal]]] = []
    for i, bank in enumerate(ctx.banks):
        scores = dict(scaled[i])
        given = {entry.indicator: entry.score for entry in bank.added_scores}
        for key, indicator in added.items():
            scores[key] = round_to(given[key], _POINT)
            ctx.ex.step(f"{indicator.title or key}：{bank.name} {fmt_decimal(scores[key])} 分（模板新设指标）")
        total = sum(scores.values(), ZERO)
        ctx.ex.step(
            f"{bank.name} 总分 = " + " + ".join(fmt_decimal(v) for v in scores.values()) + f" = {fmt_decimal(total)}"
        )
        entries.append((bank.name, total, scores))
    entries.sort(key=_order)
    totals = [total for _, total, _ in entries]
    places = _places(totals, False, "competition")
    return [
        {"name": name, "rank": place, "total": total, "scores": scores}
        for (name, total, scores), place in zip(entries, places, strict=True)
    ]
