"""附件 三、利率水平 存款利率（10分）: the deposit-rate table, scored by the float above the benchmark."""

from decimal import Decimal
from typing import Any

from .._core import ZERO, Evaluation, Example, InputError, Result, calculator, fmt_decimal, round_to
from .._core.crossfield import CrossFieldRule
from .._core.steps import positional
from ._annex_inputs import DepositRateInput, Term
from ._annex_ranks import POINT, note_rounding
from .parameters import BANKING, DEPOSIT_BENCHMARK, DEPOSIT_RATE_BANDS, DEPOSIT_RATE_POINTS

__all__ = ["DepositRateInput", "deposit_rate_score", "rate_score"]

_FOUR_PLACES = Decimal("0.0001")
_TERM_NAMES = {"demand": "活期", "3m": "三个月", "6m": "半年", "1y": "一年", "2y": "二年", "3y": "三年"}

#: The largest quotient of an offer by the benchmark given with it. No real offer comes near it; past
#: it the float, in percent to 0.0001, would have more digits than the library's 34.
MAX_RATIO = 10**15


def ratio_rule(offered: str, benchmark: str) -> CrossFieldRule:
    """The rule that an offer is at most :data:`MAX_RATIO` times the benchmark given with it."""
    return CrossFieldRule(
        "offer_within_ratio",
        "out_of_range",
        (benchmark,),
        f"给出同期基准利率时，报价 {offered} 不得超过基准利率 {benchmark} 的 10^15 倍（否则上浮幅度无法精确计算）",
        f"when a benchmark is given, the offer {offered} must be at most 10^15 times {benchmark} (beyond that the "
        "float cannot be computed exactly)",
    )


#: What the schema cannot say: the offer and the benchmark given with it.
RULES = (ratio_rule("offered_rate", "benchmark_rate"),)


#: The steps of a score, packed by hand: written once per bank of a ranking (see :func:`positional`).
_BENCHMARK = positional(
    "{who}{term}存款基准利率 {benchmark:decimal}%（人民银行，2015-10-24 起）", "who", "term", "benchmark"
)
_FLOAT = positional(
    "{who}上浮幅度 = {offered:decimal}% ÷ {benchmark:decimal}% − 1 = {float:decimal4}%{about}",
    "who",
    "offered",
    "benchmark",
    "float",
    "about",
)
_ABOVE_CEILING = positional(
    "{who}上浮 {float:decimal4}% 超出协商约定的上限 {ceiling:decimal}%：0 分", "who", "float", "ceiling"
)
_BELOW = positional("{who}报价低于同期基准利率：0 分", "who")
_AT_BENCHMARK = positional("{who}利率为同期基准利率：{score:decimal} 分", "who", "score")
_ABOVE_BANDS = positional("{who}上浮超过 {high:decimal}%：0 分", "who", "high")
_IN_BAND = positional(
    "{who}{band}得 {low_score:decimal}~{high_score:decimal} 分："
    "{low_score:decimal} + {span:decimal} × ({float:decimal4} − {low:decimal}) ÷ {width:decimal}"
    " = {score:decimal4} 分",
    "who",
    "band",
    "low_score",
    "high_score",
    "span",
    "float",
    "low",
    "width",
    "score",
)
_NOTE_BANDS = (
    "利率档次首尾相接（10%、20% 处两档得分相同），档内按上浮幅度线性插值，"
    "得分自基准利率的 4 分连续升至上浮 30% 的 10 分；"
    "“超过30%”不含 30% 本数。"
)


def rate_score(
    ex: Evaluation,
    *,
    offered: Decimal,
    term: Term,
    benchmark: Decimal | None,
    ceiling: Decimal | None,
    who: str = "",
    field: str = "benchmark_rate",
    breakdown: bool = True,
    known: dict[object, Any] | None = None,
) -> tuple[Decimal, dict[str, object]]:
    """The annex's 存款利率 score on its own 10-point scale, exact, with a breakdown row.

    ``field`` is the path of the benchmark given, for the problem of an offer beyond :data:`MAX_RATIO`.
    ``breakdown=False``: the row is not built (an empty dict), for a caller that shows none.
    ``known``: what an earlier call of the same evaluation already read, cited and noted (a dict the
    caller keeps for one evaluation, once per bank of a ranking): those reads, citations and notes,
    which would change nothing the second time, are not made again.
    """
    if known is None:
        known = {}
    if benchmark is not None and offered > benchmark * MAX_RATIO:
        raise InputError.one(
            field,
            "out_of_range",
            f"报价利率 {offered}% 超过同期基准利率 {benchmark}% 的 10^15 倍，上浮幅度无法精确计算",
            en=f"the offer of {offered}% is more than 10^15 times the benchmark of {benchmark}%",
        )
    add = ex.packed_steps()
    if benchmark is None:
        table = known.get("table")
        if table is None:
            table = known["table"] = ex.use(DEPOSIT_BENCHMARK)
        benchmark = table[term]
        if add is not None:
            add((_BENCHMARK, who, _TERM_NAMES[term], benchmark))
    else:
        ex.note("benchmark_given", "同期基准利率按输入值计，未用人民银行公布的存款基准利率表。")
    bands = known.get("bands")
    if bands is None:
        bands = known["bands"] = ex.use(DEPOSIT_RATE_BANDS)
        ex.use(DEPOSIT_RATE_POINTS)
    float_pct = (offered / benchmark - 1) * 100
    if add is not None:
        # Shown to four decimals: "（约）" when that is not the exact float.
        about = "（约）" if round_to(float_pct, _FOUR_PLACES) != float_pct else ""
        add((_FLOAT, who, offered, benchmark, float_pct, about))
    # The bands meet ("0~10%得4~6分; 10~20%得6~8分 ..."): a float on a shared end scores the same in both,
    # so the score rises continuously from 4 at the benchmark to 10 at 30%; "超过30%" excludes 30% itself
    # (民法典 第一千二百五十九条).
    if "noted" not in known:
        known["noted"] = True
        ex.note("rate_bands_continuous", _NOTE_BANDS)
    band_name = ""
    if ceiling is not None and float_pct > ceiling:
        score = ZERO
        band_name = "超出自律机制协商约定范围"
        if add is not None:
            add((_ABOVE_CEILING, who, float_pct, ceiling))
    elif float_pct < 0:
        # The table scores the benchmark (4 分) and floats above it; a rate below the benchmark is in no band,
        # so it earns nothing rather than an invented extrapolation.
        score = ZERO
        band_name = "低于基准利率"
        ex.note(
            "below_benchmark",
            "低于同期基准利率的报价不在评分标准所列档次内（标准只对基准利率及其上浮计分），得 0 分。",
        )
        if add is not None:
            add((_BELOW, who))
    elif float_pct == 0:
        score = bands[0].low_score
        band_name = "同期基准利率"
        if add is not None:
            add((_AT_BENCHMARK, who, score))
    elif float_pct > bands[-1].high:
        score = ZERO
        high = bands[-1].high
        if breakdown:
            band_name = f"上浮超过{fmt_decimal(high)}%"
        if add is not None:
            add((_ABOVE_BANDS, who, high))
    else:
        band = next(b for b in bands if b.low < float_pct <= b.high)
        score = band.low_score + (band.high_score - band.low_score) * (float_pct - band.low) / (band.high - band.low)
        if breakdown or add is not None:
            name: str | None = known.get(id(band))
            if name is None:
                name = known[id(band)] = f"上浮{fmt_decimal(band.low)}~{fmt_decimal(band.high)}%"
            band_name = name
        if add is not None:
            add(
                (
                    _IN_BAND,
                    who,
                    band_name,
                    band.low_score,
                    band.high_score,
                    band.high_score - band.low_score,
                    float_pct,
                    band.low,
                    band.high - band.low,
                    score,
                )
            )
    if not breakdown:
        return score, {}
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
    columns={
        "term": ("存期", "Term"),
        "offered_rate": ("报价利率（%）", "Rate offered (%)"),
        "benchmark_rate": ("同期基准利率（%）", "Benchmark rate (%)"),
        "float_percent": ("上浮幅度（%）", "Float above the benchmark (%)"),
        "band": ("档次", "Band"),
        "score": ("得分", "Score"),
    },
    document=BANKING,
    event="as_of",
    rules=RULES,
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
def deposit_rate_score(inp: DepositRateInput, ex: Evaluation) -> Result:
    """附件 三、利率水平 存款利率（10分）："……按照利率偏离度打分, 超出协商约定范围的为0分。利率为同期基准利率得4分,
    利率上浮0~10%得4~6分; 利率上浮10~20%得6~8分; 利率上浮20~30%得8~10分; 利率上浮超过30%得0分。"

    Returns ``score`` (0–10, half-up to 0.01 point) and a ``breakdown`` row with the float and its band.
    """
    raw, row = rate_score(
        ex, offered=inp.offered_rate, term=inp.term, benchmark=inp.benchmark_rate, ceiling=inp.ceiling_float
    )
    score = round_to(raw, POINT)
    ex.step("得分 {score:score} 分（四舍五入保留两位小数）", score=score)
    note_rounding(ex)
    return ex.result(score=score, breakdown=[{**row, "score": score}])
