"""政府令第11号 and the decision amending it, 政府令第12号: the two documents and their shipped text.

The seed text is the measures as re-published after the 2019 amendment. The 2018 wording
of 第二十四、二十五、二十七、二十八条 is reconstructed from the amendment decision
(政府令第12号 二: "将……中的“并处以”修改为“可以处以”"): the same article with
"并处以" where the amended text says "可以处以".
"""

import datetime as dt

from ... import _core
from ..._core import Anchor, Citation, Document, register_text

__all__ = ["AMENDED_ARTICLES", "AMENDMENT", "ORIGINAL_EDITION", "ROADS"]

_PACKAGE = "qinzhou_calc.roads"
_NUMBER = "政府令第11号"
_TITLE = "钦州市中心城区城市道路挖掘修复管理办法"

_AMENDMENT_NUMBER = "政府令第12号"

ROADS = Document(
    number=_NUMBER,
    title=_TITLE,
    in_force_from=dt.date(2018, 8, 1),
    in_force_until=None,
    basis=Citation(
        _NUMBER, _TITLE, "第三十条", None, "本办法自 2018 年 8 月 1 日起施行。", Anchor(_NUMBER, "第三十条")
    ),
)

AMENDMENT = Document(
    number=_AMENDMENT_NUMBER,
    title="钦州市人民政府关于修改《钦州市中心城区城市道路挖掘修复管理办法》的决定",
    in_force_from=dt.date(2019, 12, 1),
    in_force_until=None,
    basis=Citation(
        _AMENDMENT_NUMBER,
        "钦州市人民政府关于修改《钦州市中心城区城市道路挖掘修复管理办法》的决定",
        "施行",
        None,
        "本决定自 2019 年 12 月 1 日起施行。",
        Anchor(_AMENDMENT_NUMBER, "施行"),
    ),
)

#: The articles whose "并处以" 政府令第12号 二 changed to "可以处以".
AMENDED_ARTICLES = ("第二十四条", "第二十五条", "第二十七条", "第二十八条")
#: The edition of the measures in force before the amendment (its first day), rebuilt below.
ORIGINAL_EDITION = "2018-08-01"

# ``text.md`` of the roads package holds the amendment decision (政府令第12号) and the measures
# as re-published after it, as the gazette printed them. The 2018 wording is not in the
# gazette: it is rebuilt from the decision (二: "将……中的“并处以”修改为“可以处以”"), when first read.
register_text(_NUMBER, _PACKAGE)
register_text(_AMENDMENT_NUMBER, _PACKAGE)
register_text(
    _NUMBER,
    lambda: _core.text_of(_NUMBER).with_words(AMENDED_ARTICLES, "可以处以", "并处以"),
    edition=ORIGINAL_EDITION,
)
