"""钦政办规〔2019〕11号 第二条 and 第四条（二）: which schools the policy covers, and the land price."""

from decimal import Decimal
from typing import Literal

from ..._core import Parameter, record
from .art12_validity import EDUCATION

__all__ = [
    "ART2",
    "ART2_TERMINATED",
    "JURISDICTION_NAMES",
    "LAND_PRICE_SHARE",
    "SCALE_MINIMUMS",
    "Jurisdiction",
    "ScaleMinimum",
    "SchoolType",
]

#: The school types of API.md ("Common payload fields").
SchoolType = Literal[
    "kindergarten",
    "primary",
    "junior_middle",
    "senior_high",
    "complete_middle",
    "nine_year",
    "secondary_vocational",
    "higher_vocational",
    "undergraduate",
]

#: Whose school it is: the city's own (市本级管辖) or a county's (县区).
Jurisdiction = Literal["city", "county"]
JURISDICTION_NAMES = {"city": "市本级管辖", "county": "县区管辖"}

_SINCE = EDUCATION.in_force_from
#: The figures end with the policy, on the last day its reading gives.
_UNTIL = EDUCATION


# --- 第二条 scope ------------------------------------------------------------------------

ART2_TEXT = (
    "本政策适用于钦州市行政区域内经批准设立并达到以下办学规模的民办学校（包括幼儿园、中小学校、中职学校、"
    "高职高专院校、本科院校及相应的民办教育机构等）：幼儿园达到9个班270人（含本数，下同）以上，"
    "小学达到12个班540人以上，初中达到12个班600人以上，高中达到18个班900人以上，完全中学、"
    "九年一贯制学校、中职学校达到1200人以上，高职院校达到1800人以上。"
)
ART2 = EDUCATION.cite("第二条", None, ART2_TEXT)
ART2_TERMINATED = EDUCATION.cite("第二条", "第二款", "已终止办学的民办学校不适用本政策。")


@record
class ScaleMinimum:
    """第二条's minimum size for one school type, inclusive; ``None`` where the text sets none."""

    classes: int | None
    students: int | None


SCALE_MINIMUMS: Parameter[dict[str, ScaleMinimum]] = Parameter.fixed(
    "education.scale.minimums",
    "民办学校办学规模最低标准（含本数）",
    {
        "kindergarten": ScaleMinimum(9, 270),
        "primary": ScaleMinimum(12, 540),
        "junior_middle": ScaleMinimum(12, 600),
        "senior_high": ScaleMinimum(18, 900),
        "complete_middle": ScaleMinimum(None, 1200),
        "nine_year": ScaleMinimum(None, 1200),
        "secondary_vocational": ScaleMinimum(None, 1200),
        "higher_vocational": ScaleMinimum(None, 1800),
        # 本科院校 are named in the scope but no size is given for them (see art2_scope).
        "undergraduate": ScaleMinimum(None, None),
    },
    ART2,
    since=_SINCE,
    until=_UNTIL,
    unit="班/人",
)

# --- 第四条（二） land ---------------------------------------------------------------------

LAND_PRICE_SHARE: Parameter[Decimal] = Parameter.fixed(
    "education.land.price_share",
    "市主城区非营利性民办学校土地划拨价格占教育划拨地价的比例",
    Decimal("0.8"),
    EDUCATION.cite(
        "第四条",
        "（二）",
        "对非营利性民办学校建设用地原则上以划拨方式供应土地，其中市主城区非营利性民办学校土地划拨价格"
        "按教育划拨地价的 80% 确定。",
    ),
    since=_SINCE,
    until=_UNTIL,
    unit="比例",
)
