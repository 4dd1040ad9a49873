"""钦政发〔2019〕17号: the document and its figures, as dated data with citations."""

import datetime as dt
from decimal import Decimal

from .._core import Document, Parameter

__all__ = ["CONTRACT_REGISTRATION_RATE", "TECHINNO"]

TECHINNO = Document(
    number="钦政发〔2019〕17号",
    title="钦州市科技创新支撑产业高质量发展三年行动实施方案（2019—2021年）",
    in_force_from=dt.date(2019, 10, 22),
    in_force_until=dt.date(2021, 12, 31),
)

CONTRACT_REGISTRATION_RATE: Parameter[Decimal] = Parameter.fixed(
    "techinno.contract_registration_rate",
    "技术合同认定登记额补助比例",
    Decimal("0.005"),
    TECHINNO.cite(
        "附件5 二",
        "（四）",
        "给予技术合同登记机构完成的技术合同认定登记额 0.5% 的补助。",
    ),
    since=TECHINNO.in_force_from,
    until=TECHINNO.in_force_until,
)
