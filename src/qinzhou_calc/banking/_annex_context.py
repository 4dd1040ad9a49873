"""What scoring one indicator of the annex for every bank needs: the banks, the template, the raw scores."""

from collections.abc import Sequence
from decimal import Decimal

import attrs

from .._core import Evaluation, record
from ._annex_inputs import BankMetrics, Template, TieRule
from .parameters import STANDARDS

__all__ = ["Context", "Indicator", "standard", "standards"]


@record
class Indicator:
    key: str
    title: str
    annex_points: Decimal
    points: Decimal


@record
class Context:
    ex: Evaluation
    banks: Sequence[BankMetrics]
    template: Template
    tie_rule: TieRule
    #: raw (annex-scale) score of each bank on each indicator, by bank index.
    raw: list[dict[str, Decimal]]
    #: the banks' names, in order (the column that opens each bank's step).
    names: list[str] = attrs.field(factory=list)
    #: the default regulatory standards applied (neither the bank nor the template gave one), by indicator.
    defaults: dict[str, Decimal] = attrs.field(factory=dict)


def standard(ctx: Context, bank: BankMetrics, key: str) -> Decimal:
    """The standard ``bank`` is held to on ``key`` ("达到监管标准"): its own, else the template's, else
    the default, recorded in ``ctx.defaults`` for the note that says which defaults applied."""
    for source in (bank.standards, ctx.template.standards):
        value = getattr(source, key) if source is not None else None
        if isinstance(value, Decimal):
            return value
    value = ctx.defaults[key] = ctx.ex.use(STANDARDS[key])
    return value


def standards(ctx: Context, key: str) -> list[Decimal]:
    """:func:`standard` for every bank, in order: a bank that gives no standard of its own is held to
    the one standard that then applies, the template's or the default."""
    otherwise: Decimal | None = None
    found: list[Decimal] = []
    for bank in ctx.banks:
        own = getattr(bank.standards, key) if bank.standards is not None else None
        if isinstance(own, Decimal):
            found.append(own)
        else:
            if otherwise is None:
                otherwise = standard(ctx, bank, key)
            found.append(otherwise)
    return found
