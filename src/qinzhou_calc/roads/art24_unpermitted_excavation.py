"""第二十四条: fines for digging up a city road without an excavation permit."""

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from .._core import (
    Evaluation,
    Example,
    Money,
    PositiveAmount,
    Result,
    calculator,
    civil_code,
    fen,
    record,
    spec,
)
from .._core.kinds import MinLen
from ._fines import applicable_rule, fine_as_of_spec, penalty_decision_date_spec
from .parameters import EXCAVATION_FINE, EXCAVATION_TIERS, ROADS, AreaTier
from .readings import ITEM_WORDING, SEVERAL_POINTS, SHARED_END_POINT

__all__ = ["UnpermittedExcavationInput", "unpermitted_excavation_fine"]


@record
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


def _tier(tiers: tuple[AreaTier, ...], area: Decimal, *, heavier: bool = False) -> AreaTier:
    """The item whose range holds ``area``; at a shared end point, the lighter item, or with
    ``heavier`` the one that begins there."""
    for tier in tiers:
        if (tier.above == area) if heavier else tier.holds(area):
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
    wording = ex.reading(ITEM_WORDING)
    ex.note_reading(ITEM_WORDING, wording)
    mandatory = rule.mandatory or wording == "each_item"
    tiers = ex.use(EXCAVATION_TIERS)
    upper_ends = {tier.up_to for tier in tiers if tier.up_to is not None}
    rows: list[dict[str, Any]] = []
    for number, area in enumerate(inp.points, 1):
        heavier = False
        if area in upper_ends:
            ex.cite(civil_code("第一千二百五十九条", inp.violation_date))
            end_point = ex.reading(SHARED_END_POINT)
            ex.note_reading(SHARED_END_POINT, end_point)
            heavier = end_point == "heavier_item"
        tier = _tier(tiers, area, heavier=heavier)
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
    capped = True
    if len(rows) > 1:
        several = ex.reading(SEVERAL_POINTS)
        ex.note_reading(SEVERAL_POINTS, several)
        capped = several == "capped_total"
        ex.step(
            "各点合计：{minimums:money[ + ]} = {low:money} 元至 {maximums:money[ + ]} = {high:money} 元",
            minimums=[row["minimum"] for row in rows],
            low=low,
            maximums=[row["maximum"] for row in rows],
            high=high,
        )
    minimum, maximum = (min(low, rule.maximum), min(high, rule.maximum)) if capped else (low, high)
    if len(rows) > 1 and capped and high > rule.maximum:
        ex.step(
            "不超过第二十四条总述的上限 {cap:money} 元：全案 {minimum:money} 元至 {maximum:money} 元",
            cap=rule.maximum,
            minimum=minimum,
            maximum=maximum,
        )
    return ex.result(minimum=minimum, maximum=maximum, mandatory=mandatory, breakdown=rows)
