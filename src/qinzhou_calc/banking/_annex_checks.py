"""附件 综合评分表（模板）: what the ranking's payload must meet beyond its schema — the bounds set by the
annex's figures (which a what-if may change), names that must differ, the scores of the indicators a
template adds — checked together, so that every problem is listed at once."""

from decimal import Decimal

from .._core import Evaluation, Problems, fmt_decimal
from .._core.crossfield import CrossFieldRule
from ._annex_inputs import INDICATORS, AddedIndicator, ScoreBanksInput, Template
from .annex_3_deposit_rate import ratio_rule
from .parameters import JUDGED

__all__ = ["RULES", "validate"]


def validate(inp: ScoreBanksInput, ex: Evaluation, annex: dict[str, Decimal]) -> dict[str, AddedIndicator]:
    problems = Problems()
    first_seen: dict[str, int] = {}
    bounds = {item: ex.use(parameter).above_base for item, parameter in JUDGED.items()}
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
        for item, bound in bounds.items():
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


#: What the schema cannot say: bounds set by the annex's figures (which a what-if may change), names that
#: must differ, and the scores of the indicators a template adds.
RULES = (
    CrossFieldRule(
        "bank_names_differ",
        "invalid_choice",
        ("banks[].name",),
        "各银行的名称 banks[].name 互不相同",
        "the banks' names (banks[].name) must differ",
    ),
    CrossFieldRule(
        "judged_extra_within_points",
        "out_of_range",
        tuple(f"banks[].{item}.extra" for item in JUDGED),
        "评委在基础分之上给出的分值 extra 不超过附件所定（内部控制、资金支付、对账、分账核算各 1 分，"
        "以往履约情况 2 分；以参数 banking.scoring.* 为准）",
        "the evaluators' share above the base (extra) is at most the annex's (1 point for internal control, payment, "
        "reconciliation and sub-accounts, 2 for past performance; as the parameters banking.scoring.* say)",
    ),
    CrossFieldRule(
        "other_within_points",
        "out_of_range",
        ("banks[].other",),
        "其他指标得分 banks[].other 不超过附件的 5 分（参数 banking.scoring.other）",
        "the other indicators' score (banks[].other) is at most the annex's 5 points (banking.scoring.other)",
    ),
    ratio_rule("banks[].deposit_rate.offered_rate", "banks[].deposit_rate.benchmark_rate"),
    CrossFieldRule(
        "added_keys_new",
        "invalid_choice",
        ("template.added[].key",),
        "新设指标的代码 template.added[].key 不为空，且不与附件指标或另一新设指标重名",
        "an added indicator's key (template.added[].key) is not empty and names no annex or other added indicator",
    ),
    CrossFieldRule(
        "added_scores_known",
        "invalid_choice",
        ("banks[].added_scores[].indicator",),
        "banks[].added_scores[].indicator 须为模板新设的指标（template.added[].key），每家银行每项只评一次",
        "banks[].added_scores[].indicator must be an indicator the template adds (template.added[].key), scored "
        "once per bank",
    ),
    CrossFieldRule(
        "added_score_within_points",
        "out_of_range",
        ("banks[].added_scores[].score",),
        "新设指标的得分不超过该指标的分值 template.added[].points",
        "an added indicator's score is at most its points (template.added[].points)",
    ),
    CrossFieldRule(
        "added_scores_complete",
        "missing",
        ("banks[].added_scores",),
        "每家银行须有每一项新设指标的得分",
        "every bank needs a score for every added indicator",
    ),
)
