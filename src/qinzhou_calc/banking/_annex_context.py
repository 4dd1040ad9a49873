"""What scoring one indicator of the annex for every bank needs: the banks, the template, the raw scores."""

from collections.abc import Sequence
from decimal import Decimal

import attrs

from .._core import Explanation
from ._annex_inputs import BankMetrics, Template, TieRule
from .parameters import STANDARDS

__all__ = ["Context", "Indicator", "standard"]


@attrs.frozen
class Indicator:
    key: str
    title: str
    annex_points: Decimal
    points: Decimal


@attrs.frozen
class Context:
    ex: Explanation
    banks: Sequence[BankMetrics]
    template: Template
    tie_rule: TieRule
    #: raw (annex-scale) score of each bank on each indicator, by bank index.
    raw: list[dict[str, Decimal]]
    #: the default regulatory standards applied (neither the bank nor the template gave one), by indicator.
    defaults: dict[str, Decimal] = attrs.field(factory=dict)


def standard(ctx: Context, bank: BankMetrics, key: str) -> Decimal:
    for source in (bank.standards, ctx.template.standards):
        value = getattr(source, key) if source is not None else None
        if isinstance(value, Decimal):
            return value
    # The default is read (and cited) once per indicator, not once per bank.
    value = ctx.defaults.get(key)
    if value is None:
        value = ctx.defaults[key] = ctx.ex.use(STANDARDS[key])
    return value
