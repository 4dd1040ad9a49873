"""附件5 转化60项重大科技成果三年行动工作方案, 二 工作措施: subsidies for transferring achievements."""

import datetime as dt
from decimal import Decimal
from typing import Annotated

from .._core import (
    ZERO,
    Amount,
    Evaluation,
    Example,
    Ge,
    Le,
    Result,
    calculator,
    decision_date_spec,
    fen,
    record,
    spec,
)
from ._plan import note_if_before_issue
from .parameters import (
    ACHIEVEMENT_TRANSFER_CAP,
    ACHIEVEMENT_TRANSFER_RATIO_TEXT,
    CONTRACT_REGISTRATION_RATE,
    INVENTOR_SHARE_MINIMUM,
    TECHINNO,
)
from .warning_notes import INVENTOR_SHARE_BASIS, RATIO_IS_AN_INPUT, RATIO_NOT_SET

__all__ = [
    "AchievementTransferInput",
    "ContractRegistrationInput",
    "InventorRewardInput",
    "achievement_transfer_subsidy",
    "contract_registration_subsidy",
    "inventor_reward_minimum",
]

#: The day whose law applies, in the words every calculator of an enterprise's profile shares.
_AS_OF = (
    "适用哪一天有效的规定；缺省为本项的事件日期（认定日期、纳税年度末、技术合同签订日期、转化收益取得日期），"
    "未给出时为决定日期"
)

#: A percentage from 0 to 100 inclusive (a ratio over 100% is ``out_of_range``).
_PercentUpTo100 = Annotated[Decimal, Ge(Decimal(0)), Le(Decimal(100))]

# --- 二（二）: achievement transfer post-subsidy ------------------------------------------

# 附件5 二（二） caps the post-subsidy at 8万 ("最高 8 万元"); the main text 三（五）2 says the
# subsidy is "按技术交易额一定比例" but names no ratio. A careful official reads both as the same
# subsidy: the ratio is set by the 财政科技计划 when it is granted, so it is an input; without it
# the law fixes only the range 0 to 8万.
_RATIO_NOTE = "方案只规定“按技术交易额一定比例”补助、最高8万元，未规定比例；比例由财政科技计划确定，须由调用方给出。"
_NO_RATIO_NOTE = "未给出补助比例：方案未规定比例，只能确定补助在 0 至 8 万元之间，金额留空。"


@record
class AchievementTransferInput:
    """企业引进重大科技成果并转化应用的奖励性后补助的输入。"""

    transaction_amount: Amount = spec(
        "技术交易额（元）", "企业引进重大科技成果的技术合同成交额", en="Technology transaction amount (yuan)"
    )
    subsidy_ratio: _PercentUpTo100 | None = spec(
        "补助比例（%）",
        "财政科技计划确定的补助比例，百分数（如 10 表示 10%）；方案未规定，缺省为不填（只算上限）",
        default=None,
        en="Subsidy ratio (%)",
    )
    contract_signed_on: dt.date | None = spec(
        "技术合同签订日期",
        "引进科技成果的技术合同签订之日；决定适用方案的哪一天（须在2019—2021年内）",
        default=None,
        en="Date the technology contract was signed",
    )
    as_of: dt.date | None = spec("适用日期", _AS_OF, default=None, en="Date of the law applied")
    decision_date: dt.date | None = decision_date_spec()


@calculator(
    "techinno.achievement_transfer_subsidy",
    AchievementTransferInput,
    title="企业引进重大科技成果转化应用奖励性后补助",
    document=TECHINNO,
    event="contract_signed_on",
    examples=[
        Example(
            "技术交易额 100万元，补助比例 10%：10万元超过上限，补助 8万元",
            {"transaction_amount": "1000000", "subsidy_ratio": "10", "as_of": "2020-09-01"},
        ),
        Example(
            "技术交易额 50万元，未给出比例：只能确定 0 至 8 万元",
            {"transaction_amount": "500000", "as_of": "2020-09-01"},
        ),
    ],
)
def achievement_transfer_subsidy(inp: AchievementTransferInput, ex: Evaluation) -> Result:
    """附件5 二（二）："对企业引进重大科技成果并转化应用的，给予最高 8 万元的奖励性后补助。"
    三（五）2："鼓励企业购买科技成果并转化应用，由财政科技计划按技术交易额一定比例给予补助。"

    Returns ``maximum`` 8万 and, when ``subsidy_ratio`` is given, ``amount`` = min(8万, ratio × transaction).
    """
    cap = fen(ex.use(ACHIEVEMENT_TRANSFER_CAP))
    ex.cite(ACHIEVEMENT_TRANSFER_RATIO_TEXT)
    note_if_before_issue(ex, ex.event_date or ex.as_of)
    if inp.subsidy_ratio is None:
        # Reading (ratio_not_set), the note's own words:
        # 未给出补助比例：方案未规定比例，只能确定补助在 0 至 8 万元之间，金额留空。
        ex.note(RATIO_NOT_SET.code, _NO_RATIO_NOTE)
        ex.step("补助幅度：0.00 元 至 {cap:money} 元（比例未定）", cap=cap)
        return ex.result(minimum=ZERO, maximum=cap)
    # Reading (ratio_is_an_input), the note's own words:
    # 方案只规定“按技术交易额一定比例”补助、最高8万元，未规定比例；比例由财政科技计划确定，须由调用方给出。
    ex.note(RATIO_IS_AN_INPUT.code, _RATIO_NOTE)
    by_ratio = fen(inp.transaction_amount * inp.subsidy_ratio / 100)
    ex.step(
        "{amount:money} 元 × {ratio:decimal}% = {by_ratio:money} 元",
        amount=inp.transaction_amount,
        ratio=inp.subsidy_ratio,
        by_ratio=by_ratio,
    )
    # "最高 8 万元": 8万 itself may be given (最高 includes the figure).
    amount = min(by_ratio, cap)
    if by_ratio > cap:
        ex.step("{by_ratio:money} 元 超过最高 {cap:money} 元，按 {cap:money} 元", by_ratio=by_ratio, cap=cap)
    return ex.result(amount=amount, minimum=ZERO, maximum=cap)


# --- 二（三）: the inventors' share ------------------------------------------------------

# The quoted rule says "给予奖励和报酬不低于 70%" without naming of what; read with the
# 广西壮族自治区促进科技成果转化条例 the text refers to, it is the proceeds of transferring or
# licensing the achievement (转让、许可净收入, or the equity of 作价投资). The caller gives those
# proceeds; 70% is a floor ("不低于" includes 70%).
_INVENTOR_NOTE = (
    "“不低于 70%”未写明基数，按所落实的《广西壮族自治区促进科技成果转化条例》理解为科技成果转化"
    "（转让、许可）的净收入或作价投资所得股份；70%为下限，含本数。"
)


@record
class InventorRewardInput:
    """完成、转化职务科技成果人员奖励和报酬最低额的输入。"""

    proceeds: Amount = spec(
        "成果转化收益（元）",
        "转让、许可职务科技成果的净收入（或作价投资所得股份的价值）",
        en="Proceeds of the transfer (yuan)",
    )
    proceeds_received_on: dt.date | None = spec(
        "转化收益取得日期",
        "取得转让、许可收入（或作价投资股份）之日；决定适用方案的哪一天",
        default=None,
        en="Date the proceeds were received",
    )
    as_of: dt.date | None = spec("适用日期", _AS_OF, default=None, en="Date of the law applied")
    decision_date: dt.date | None = decision_date_spec()


@calculator(
    "techinno.inventor_reward_minimum",
    InventorRewardInput,
    title="完成、转化职务科技成果人员的奖励和报酬最低额",
    document=TECHINNO,
    event="proceeds_received_on",
    examples=[Example("转化净收入 300,000.05 元", {"proceeds": "300000.05", "as_of": "2021-03-15"})],
)
def inventor_reward_minimum(inp: InventorRewardInput, ex: Evaluation) -> Result:
    """附件5 二（三）："完善并实施以“完成、转化职务科技成果作出重要贡献的人员给予奖励和报酬不低于 70%”
    为核心的分配机制"

    Returns ``amount`` (and ``minimum``): 70% of the proceeds, the least the people who made it must get.
    """
    share = ex.use(INVENTOR_SHARE_MINIMUM)
    note_if_before_issue(ex, ex.event_date or ex.as_of)
    amount = fen(inp.proceeds * share)
    ex.step(
        "{proceeds:money} 元 × {share:percent}% = {amount:money} 元（不低于此数，四舍五入到分）",
        proceeds=inp.proceeds,
        share=share,
        amount=amount,
    )
    # Reading (inventor_share_basis), the note's own words:
    # “不低于 70%”未写明基数，
    # 按所落实的《广西壮族自治区促进科技成果转化条例》理解为科技成果转化（转让、许可）
    # 的净收入或作价投资所得股份；70%为下限，含本数。
    ex.note(INVENTOR_SHARE_BASIS.code, _INVENTOR_NOTE)
    return ex.result(amount=amount, minimum=amount)


# --- 二（四）: technology-contract registration -----------------------------------------


@record
class ContractRegistrationInput:
    """技术合同认定登记补助的输入。"""

    registered_amount: Amount = spec(
        "技术合同认定登记额（元）",
        "登记机构完成认定登记的技术合同成交额合计",
        en="Registered technology-contract amount (yuan)",
    )
    registered_on: dt.date | None = spec(
        "认定登记日期",
        "技术合同完成认定登记之日；决定适用方案的哪一天（须在2019—2021年内）",
        default=None,
        en="Registration date",
    )
    as_of: dt.date | None = spec(
        "适用日期", "适用哪一天有效的规定；缺省为今天", default=None, en="Date of the law applied"
    )
    decision_date: dt.date | None = decision_date_spec()


@calculator(
    "techinno.contract_registration_subsidy",
    ContractRegistrationInput,
    title="技术合同认定登记补助",
    document=TECHINNO,
    event="registered_on",
    examples=[
        Example(
            "登记机构完成认定登记额 1,000,001 元（恰在半分处四舍五入）",
            {"registered_amount": "1000001", "as_of": "2020-06-30"},
        )
    ],
)
def contract_registration_subsidy(inp: ContractRegistrationInput, ex: Evaluation) -> Result:
    """附件5 二（四）："给予技术合同登记机构完成的技术合同认定登记额 0.5% 的补助。"

    Returns ``amount``: the registered amount × 0.5%, rounded half-up to the fen.
    """
    rate = ex.use(CONTRACT_REGISTRATION_RATE)
    note_if_before_issue(ex, ex.event_date or ex.as_of)
    amount = fen(inp.registered_amount * rate)
    ex.step(
        "{registered:money} 元 × {rate:percent}% = {amount:money} 元（四舍五入到分）",
        registered=inp.registered_amount,
        rate=rate,
        amount=amount,
    )
    return ex.result(amount=amount)
