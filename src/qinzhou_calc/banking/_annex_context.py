"""What scoring one indicator of the annex for every bank needs: the banks, the template, the raw scores."""

from collections.abc import Sequence
from decimal import Decimal

import attrs

from .._core import Evaluation
from ._annex_inputs import BankMetrics, Template, TieRule
from .parameters import STANDARDS

__all__ = ["Context", "Indicator", "standard", "standards"]


@attrs.frozen
class Indicator:
    key: str
    title: str
    annex_points: Decimal
    points: Decimal


@attrs.frozen
class Context:
    ex: Evaluation
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


def standards(ctx: Context, key: str) -> list[Decimal]:
    """:func:`standard` for every bank, in order: the template's value looked up once, the default
    read (and cited) when the first bank that needs it is reached, as :func:`standard` would."""
    source = ctx.template.standards
    given = getattr(source, key) if source is not None else None
    shared = given if isinstance(given, Decimal) else None
    found: list[Decimal] = []
    for bank in ctx.banks:
        own = bank.standards
        value = getattr(own, key) if own is not None else None
        if not isinstance(value, Decimal):
            value = shared
            if value is None:
                value = shared = standard(ctx, bank, key)
        found.append(value)
    return found
