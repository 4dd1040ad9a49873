"""第二十四条: fines for digging up a city road without an excavation permit."""

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

import attrs

from .._core import (
    Evaluation,
    Example,
    Money,
    PositiveAmount,
    Result,
    calculator,
    civil_code,
    fen,
    spec,
)
from .._core.kinds import MinLen
from ._fines import applicable_rule, fine_as_of_spec, penalty_decision_date_spec
from .parameters import EXCAVATION_FINE, EXCAVATION_TIERS, ROADS, AreaTier

__all__ = ["UnpermittedExcavationInput", "unpermitted_excavation_fine"]


@attrs.frozen
class UnpermittedExcavationInput:
    """未取得挖掘许可证擅自挖掘城市道路罚款的输入。"""

    # At least one point: a fine for an excavation of no point at all is no case of 第二十四条.
    points: Annotated[list[PositiveAmount], MinLen(1)] = spec(
        "各挖掘点（处）面积（m²）",
        "每个擅自挖掘的点（处）一个面积，单位平方米，须大于零；至少一处",
        examples=([35],),
        en="Area of each excavation point (m²)",
    )
    violation_date: dt.date = spec(
        "违法行为发生日", "擅自挖掘的日期；决定适用哪一版本的条文", en="Day of the violation"
    )
    decision_date: dt.date | None = penalty_decision_date_spec()
    as_of: dt.date | None = fine_as_of_spec()


def _tier(tiers: tuple[AreaTier, ...], area: Decimal) -> AreaTier:
    for tier in tiers:
        if tier.holds(area):
            return tier
    raise AssertionError(f"no tier of 第二十四条 holds {area} m²")  # the tiers cover every area above 0


@calculator(
    "roads.unpermitted_excavation_fine",
    UnpermittedExcavationInput,
    title="未取得挖掘许可证擅自挖掘城市道路的罚款",
    columns={
        "point": ("挖掘点（处）", "Point"),
        "area_m2": ("面积（m²）", "Area (m²)"),
        "clause": ("所在项", "Clause"),
        "minimum": Money("罚款下限（元）", "Minimum fine (yuan)"),
        "maximum": Money("罚款上限（元）", "Maximum fine (yuan)"),
    },
    document=ROADS,
    event="violation_date",
    decision_default="event",
    examples=[
        Example(
            "2020 年擅自挖掘一处 35 m²（修改后文本：可以处以）",
            {"points": [35], "violation_date": "2020-05-01"},
        ),
        Example(
            "2019 年 10 月擅自挖掘 20 m² 和 100 m² 两处，2020 年 1 月作出决定（从旧兼从轻）",
            {"points": [20, 100], "violation_date": "2019-10-15", "decision_date": "2020-01-10"},
        ),
    ],
)
def unpermitted_excavation_fine(inp: UnpermittedExcavationInput, ex: Evaluation) -> Result:
    """第二十四条："违反本办法规定，未取得挖掘许可证擅自挖掘城市道路的，由市政工程行政主管部门责令停止违法行为，
    限期改正，恢复原状，可以处以一千元以上两万元以下的罚款；造成损失的，应当依法承担赔偿责任：
    （一）擅自挖掘，每挖掘一个点（处）20平方米以下的，处以一千元以上三千元以下罚款；
    （二）擅自挖掘 20 平方米至 50 平方米的，处以三千元以上一万元以下的罚款；
    （三）擅自挖掘 50 平方米至 100 平方米的，处以一万元以上一万五千元以下的罚款；
    （四）擅自挖掘 100 平方米以上的，处以一万五千元以上两万元以下的罚款。"
    （2019-12-01 前为“并处以”。）

    Returns ``minimum``/``maximum`` for the case (sums of the per-point ranges, to the fen, within
    the chapeau's 20,000),
    ``mandatory``, and one ``breakdown`` row per point.
    """
    rule = applicable_rule(ex, EXCAVATION_FINE).value
    # 读法（chapeau_governs_tiers）：第二十四条总述（2019-12-01 起“可以处以”，此前“并处以”）统领其下四项；
    # 各项只言“处以”，只定各点的幅度，是否必须处罚随总述 (the items are the chapeau's range made
    # specific, not fines of their own: after the amendment a bare "处以" in an item is not mandatory).
    ex.note(
        "chapeau_governs_tiers",
        "第二十四条总述统领其下四项：各项只言“处以”，只确定每个挖掘点（处）的罚款幅度；是否必须处罚随总述——"
        "2019-12-01 起总述为“可以处以”，各项罚款均可以处罚而非必须处罚，此前总述为“并处以”，各项均应当处罚。",
    )
    tiers = ex.use(EXCAVATION_TIERS)
    upper_ends = {tier.up_to for tier in tiers if tier.up_to is not None}
    rows: list[dict[str, Any]] = []
    for number, area in enumerate(inp.points, 1):
        tier = _tier(tiers, area)
        if area in upper_ends:
            # 读法（shared_end_point）：20、50、100 平方米同时是相邻两项的端点（“以上”“以下”“至”均包括本数），
            # 恰在端点时适用较轻的一项 (the reading most favourable to the party where the text allows both).
            ex.cite(civil_code("第一千二百五十九条", inp.violation_date))
            ex.note(
                "shared_end_point",
                "20、50、100 平方米同时是相邻两项的端点（“以上”“以下”“至”均包括本数），恰在端点时适用较轻的一项",
            )
        rows.append(
            {
                "point": number,
                "area_m2": area,
                "clause": tier.clause,
                "minimum": fen(tier.minimum),
                "maximum": fen(tier.maximum),
            }
        )
        ex.step(
            "第 {number} 点（处）{area:decimal} m²：第二十四条{clause}，{minimum:money} 元至 {maximum:money} 元",
            number=number,
            area=area,
            clause=tier.clause,
            minimum=tier.minimum,
            maximum=tier.maximum,
        )
    low = fen(sum((row["minimum"] for row in rows), Decimal(0)))
    high = fen(sum((row["maximum"] for row in rows), Decimal(0)))
    minimum, maximum = min(low, rule.maximum), min(high, rule.maximum)
    if len(rows) > 1:
        # 读法（per_point_total）：各挖掘点（处）按所在项分别确定幅度后相加；第二十四条总述“可以处以一千元以上
        # 两万元以下的罚款”是对该违法行为的罚款幅度（四项幅度均在其内），一个处罚决定的合计不超过两万元。
        # (A single decision under 第二十四条 cannot exceed the article's own ceiling, nor the 2万元 of the
        # national 城市道路管理条例 that a municipal rule may only make specific; digs that are separate
        # offences are separate decisions.)
        ex.note(
            "per_point_total",
            "各挖掘点（处）按所在项分别确定幅度后相加；第二十四条总述“可以处以一千元以上两万元以下的罚款”"
            "是对该违法行为的罚款幅度（四项幅度均在其内），一个处罚决定的合计不超过两万元",
        )
        ex.step(
            "各点合计：{minimums:money[ + ]} = {low:money} 元至 {maximums:money[ + ]} = {high:money} 元",
            minimums=[row["minimum"] for row in rows],
            low=low,
            maximums=[row["maximum"] for row in rows],
            high=high,
        )
        if high > rule.maximum:
            ex.step(
                "不超过第二十四条总述的上限 {cap:money} 元：全案 {minimum:money} 元至 {maximum:money} 元",
                cap=rule.maximum,
                minimum=minimum,
                maximum=maximum,
            )
    return ex.result(minimum=minimum, maximum=maximum, mandatory=rule.mandatory, breakdown=rows)
