"""附件5 转化60项重大科技成果三年行动工作方案, 二 工作措施: subsidies for transferring achievements."""

import datetime as dt

import attrs

from .._core import Amount, Example, Explanation, Result, calculator, fen, fmt_decimal, fmt_money, spec
from .parameters import CONTRACT_REGISTRATION_RATE, TECHINNO

__all__ = ["ContractRegistrationInput", "contract_registration_subsidy"]


@attrs.frozen
class ContractRegistrationInput:
    """技术合同认定登记补助的输入。"""

    registered_amount: Amount = spec("技术合同认定登记额（元）", "登记机构完成认定登记的技术合同成交额合计")
    as_of: dt.date | None = spec("适用日期", "适用哪一天有效的规定；缺省为今天", default=None)


@calculator(
    "techinno.contract_registration_subsidy",
    ContractRegistrationInput,
    title="技术合同认定登记补助",
    document=TECHINNO,
    examples=[
        Example(
            "登记机构完成认定登记额 1,000,001 元（恰在半分处四舍五入）",
            {"registered_amount": "1000001", "as_of": "2020-06-30"},
        )
    ],
)
def contract_registration_subsidy(inp: ContractRegistrationInput, ex: Explanation) -> Result:
    """附件5 二（四）："给予技术合同登记机构完成的技术合同认定登记额 0.5% 的补助。"

    Returns ``amount``: the registered amount × 0.5%, rounded half-up to the fen.
    """
    rate = ex.use(CONTRACT_REGISTRATION_RATE)
    amount = fen(inp.registered_amount * rate)
    ex.step(
        f"{fmt_money(inp.registered_amount)} 元 × {fmt_decimal(rate * 100)}% = {fmt_money(amount)} 元（四舍五入到分）"
    )
    return ex.result(amount=amount)
