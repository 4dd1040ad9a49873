"""附件 三、利率水平 存款利率（10分）: the deposit-rate table, scored by the float above the benchmark."""

from collections.abc import Sequence
from decimal import Decimal

from .._core import ZERO, Evaluation, Example, InputError, Result, calculator, fmt_decimal, round_to
from .._core.crossfield import CrossFieldRule
from ._annex_inputs import DepositOffer, DepositRateInput
from ._annex_ranks import POINT, note_rounding
from .parameters import BANKING, DEPOSIT_BENCHMARK, DEPOSIT_RATE_BANDS, DEPOSIT_RATE_POINTS, Band
from .readings_annex import BELOW_BENCHMARK, BENCHMARK_GIVEN, RATE_WITHIN_BAND

__all__ = ["DepositRateInput", "Offer", "deposit_rate_score", "rate_scores"]

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


#: An offer scored: its rate, its term, and the benchmark and the ceiling given with it, if any.
Offer = DepositOffer | DepositRateInput


def rate_scores(
    ex: Evaluation,
    offers: Sequence[Offer],
    who: Sequence[str] = ("",),
    *,
    field: str = "benchmark_rate",
    breakdown: bool = True,
) -> tuple[list[Decimal], list[dict[str, object]]]:
    """The annex's 存款利率 score of each offer on its own 10-point scale, exact, with a breakdown row each.

    ``who`` opens each offer's steps (the bank's name, in a ranking). ``field`` is the path of the
    benchmark given, with ``{i}`` for the offer's index, for the problem of an offer beyond
    :data:`MAX_RATIO`. ``breakdown=False``: no rows, for a caller that shows none.
    """
    read_benchmark = ex.step_each("{who}{term}存款基准利率 {benchmark:decimal}%（人民银行，2015-10-24 起）")
    # Shown to four decimals, "（约）" when that is not the exact float.
    float_step = ex.step_each(
        "{who}上浮幅度 = {offered:decimal}% ÷ {benchmark:decimal}% − 1 = {float:decimal4}%{float:about4}"
    )
    in_band = ex.step_each(
        "{who}上浮{low:decimal}~{high:decimal}%得 {low_score:decimal}~{high_score:decimal} 分："
        "{low_score:decimal} + {span:decimal} × ({float:decimal4} − {low:decimal}) ÷ {width:decimal}"
        " = {score:decimal4} 分"
    )
    scores: list[Decimal] = []
    rows: list[dict[str, object]] = []
    for i, (offer, opening) in enumerate(zip(offers, who, strict=True)):
        offered, term, benchmark, ceiling = offer.offered_rate, offer.term, offer.benchmark_rate, offer.ceiling_float
        if benchmark is not None and offered > benchmark * MAX_RATIO:
            raise InputError.one(
                field.format(i=i),
                "out_of_range",
                f"报价利率 {offered}% 超过同期基准利率 {benchmark}% 的 10^15 倍，上浮幅度无法精确计算",
                en=f"the offer of {offered}% is more than 10^15 times the benchmark of {benchmark}%",
            )
        if benchmark is None:
            benchmark = ex.use(DEPOSIT_BENCHMARK)[term]
            read_benchmark(who=opening, term=_TERM_NAMES[term], benchmark=benchmark)
        else:
            ex.note(BENCHMARK_GIVEN.code, "同期基准利率按输入值计，未用人民银行公布的存款基准利率表。")
        bands = ex.use(DEPOSIT_RATE_BANDS)
        float_pct = (offered / benchmark - 1) * 100
        float_step(who=opening, offered=offered, benchmark=benchmark, float=float_pct)
        # "超过30%" excludes 30% itself (民法典 第一千二百五十九条).
        within = ex.reading(RATE_WITHIN_BAND)
        ex.note_reading(RATE_WITHIN_BAND, within)
        band: Band | None = None
        if ceiling is not None and float_pct > ceiling:
            score = ZERO
            band_name = "超出自律机制协商约定范围"
            ex.step(
                "{who}上浮 {float:decimal4}% 超出协商约定的上限 {ceiling:decimal}%：0 分",
                who=opening,
                float=float_pct,
                ceiling=ceiling,
            )
        elif float_pct < 0:
            below = ex.reading(BELOW_BENCHMARK)
            ex.note_reading(BELOW_BENCHMARK, below)
            band_name = "低于基准利率"
            if below == "by_deviation":
                first = bands[0]
                slope = (first.high_score - first.low_score) / (first.high - first.low)
                score = max(ZERO, first.low_score + slope * float_pct)
                ex.step(
                    "{who}报价低于同期基准利率：{low_score:decimal} − {span:decimal} × {below:decimal4} ÷ "
                    "{width:decimal}，不低于 0 → {score:decimal4} 分",
                    who=opening,
                    low_score=first.low_score,
                    span=first.high_score - first.low_score,
                    below=-float_pct,
                    width=first.high - first.low,
                    score=score,
                )
            else:
                score = ZERO
                ex.step("{who}报价低于同期基准利率：0 分", who=opening)
        elif float_pct == 0:
            score = bands[0].low_score
            band_name = "同期基准利率"
            ex.step("{who}利率为同期基准利率：{score:decimal} 分", who=opening, score=score)
        elif float_pct > bands[-1].high:
            score = ZERO
            band_name = "上浮超过{high}%"
            ex.step("{who}上浮超过 {high:decimal}%：0 分", who=opening, high=bands[-1].high)
        else:
            band = next(b for b in bands if b.low < float_pct <= b.high)
            band_name = "上浮{low}~{high}%"
            span = band.high_score - band.low_score
            width = band.high - band.low
            if within == "band_low":
                score = band.low_score
                ex.step(
                    "{who}上浮{low:decimal}~{high:decimal}%得 {low_score:decimal}~{high_score:decimal} 分，"
                    "按该档最低分计：{score:decimal} 分",
                    who=opening,
                    low=band.low,
                    high=band.high,
                    low_score=band.low_score,
                    high_score=band.high_score,
                    score=score,
                )
            else:
                score = band.low_score + span * (float_pct - band.low) / width
                in_band(
                    who=opening,
                    low=band.low,
                    high=band.high,
                    low_score=band.low_score,
                    high_score=band.high_score,
                    span=span,
                    float=float_pct,
                    width=width,
                    score=score,
                )
        scores.append(score)
        if breakdown:
            named = band or bands[-1]
            rows.append(
                {
                    "term": term,
                    "offered_rate": offered,
                    "benchmark_rate": benchmark,
                    "float_percent": round_to(float_pct, _FOUR_PLACES),
                    "band": band_name.format(low=fmt_decimal(named.low), high=fmt_decimal(named.high)),
                }
            )
    # Each score is on the indicator's own 10-point scale.
    ex.use(DEPOSIT_RATE_POINTS)
    return scores, rows


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
    (raw,), (row,) = rate_scores(ex, [inp])
    score = round_to(raw, POINT)
    ex.step("得分 {score:score} 分（四舍五入保留两位小数）", score=score)
    note_rounding(ex)
    return ex.result(score=score, breakdown=[{**row, "score": score}])
