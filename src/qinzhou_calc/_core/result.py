"""The result of a calculation, and the :class:`Explanation` a calculator builds it with."""

import datetime as dt
import html
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, TypeVar

import attrs

from .law import Citation, Parameter
from .money import fmt_decimal, fmt_money

__all__ = ["Explanation", "Note", "Reason", "Result", "jsonable"]

T = TypeVar("T")

#: Result keys whose values are money: always a string with exactly two decimals.
MONEY_KEYS = frozenset({"amount", "minimum", "maximum"})


@attrs.frozen
class Reason:
    """Why a legal condition is not met."""

    code: str
    message: str
    citation: Citation

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "citation": self.citation.to_dict()}


@attrs.frozen
class Note:
    """A reading chosen where the text is ambiguous, or a warning."""

    code: str
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


def jsonable(value: object, key: str = "") -> Any:
    """``value`` as JSON-safe data: money as 2-decimal strings, other decimals as plain text."""
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, Decimal):
        return fmt_money(value) if key in MONEY_KEYS or key.endswith("amount") else fmt_decimal(value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): jsonable(v, str(k)) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v, key) for v in value]
    if hasattr(value, "to_dict"):
        return jsonable(value.to_dict(), key)
    raise TypeError(f"{type(value).__name__} is not JSON-safe")


def _money_or_none(value: Decimal | None) -> str | None:
    return None if value is None else fmt_money(value)


@attrs.frozen
class Result:
    """What a calculator found, with the provisions used and every step of the arithmetic.

    Money fields (``amount``, ``minimum``, ``maximum``) are already rounded to the fen.
    """

    calculator: str
    as_of: dt.date
    citations: tuple[Citation, ...]
    steps: tuple[str, ...] = ()
    notes: tuple[Note, ...] = ()
    reasons: tuple[Reason, ...] = ()
    eligible: bool | None = None
    amount: Decimal | None = None
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    mandatory: bool | None = None
    deadline: dt.date | dt.datetime | None = None
    score: Decimal | None = None
    count: int | None = None
    ranking: tuple[Mapping[str, Any], ...] | None = None
    breakdown: tuple[Mapping[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """JSON-safe, with the keys of API.md ("Result"); keys that do not apply are ``None``."""
        return {
            "calculator": self.calculator,
            "as_of": self.as_of.isoformat(),
            "eligible": self.eligible,
            "amount": _money_or_none(self.amount),
            "minimum": _money_or_none(self.minimum),
            "maximum": _money_or_none(self.maximum),
            "mandatory": self.mandatory,
            "deadline": None if self.deadline is None else self.deadline.isoformat(),
            "score": None if self.score is None else fmt_decimal(self.score),
            "count": self.count,
            "ranking": None if self.ranking is None else jsonable(self.ranking),
            "breakdown": jsonable(self.breakdown),
            "reasons": [r.to_dict() for r in self.reasons],
            "steps": list(self.steps),
            "citations": [c.to_dict() for c in self.citations],
            "notes": [n.to_dict() for n in self.notes],
        }

    def _headline(self) -> list[tuple[str, str]]:
        rows: list[tuple[str, str]] = []
        if self.eligible is not None:
            rows.append(("是否符合条件", "是" if self.eligible else "否"))
        if self.amount is not None:
            rows.append(("金额", f"{fmt_money(self.amount)} 元"))
        if self.minimum is not None and self.maximum is not None:
            rows.append(("幅度", f"{fmt_money(self.minimum)} 元 至 {fmt_money(self.maximum)} 元"))
        elif self.maximum is not None:
            rows.append(("上限", f"{fmt_money(self.maximum)} 元"))
        if self.mandatory is not None:
            rows.append(("处罚", "应当并处（并处以）" if self.mandatory else "可以处以（裁量）"))
        if self.deadline is not None:
            rows.append(
                (
                    "期限届满",
                    self.deadline.isoformat(sep=" ")
                    if isinstance(self.deadline, dt.datetime)
                    else self.deadline.isoformat(),
                )
            )
        if self.score is not None:
            rows.append(("得分", fmt_decimal(self.score)))
        if self.count is not None:
            rows.append(("数量", str(self.count)))
        return rows

    def __str__(self) -> str:
        lines = [f"{self.calculator}（适用 {self.as_of.isoformat()} 有效的规定）"]
        lines += [f"{label}：{value}" for label, value in self._headline()]
        if self.reasons:
            lines.append("不符合的条件：")
            lines += [f"  - {r.message}（{r.citation}）" for r in self.reasons]
        if self.ranking:
            lines.append("排名：")
            lines += [f"  {row['rank']}. {row['name']}  {jsonable(row['total'])} 分" for row in self.ranking]
        if self.steps:
            lines.append("计算过程：")
            lines += [f"  {i}. {step}" for i, step in enumerate(self.steps, 1)]
        lines.append("依据：")
        for c in self.citations:
            lines.append(f"  - {c}：“{c.text}”" if c.text else f"  - {c}")
        if self.notes:
            lines.append("说明：")
            lines += [f"  - {n.message}" for n in self.notes]
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        esc = html.escape
        rows = [("计算器", self.calculator), ("适用日期", self.as_of.isoformat()), *self._headline()]
        body = "".join(f"<tr><th>{esc(k)}</th><td>{esc(v)}</td></tr>" for k, v in rows)
        for reason in self.reasons:
            body += f"<tr><th>不符合</th><td>{esc(reason.message)}（{esc(str(reason.citation))}）</td></tr>"
        for i, step in enumerate(self.steps, 1):
            body += f"<tr><th>步骤 {i}</th><td>{esc(step)}</td></tr>"
        for c in self.citations:
            body += f"<tr><th>{esc(str(c))}</th><td>{esc(c.text)}</td></tr>"
        for n in self.notes:
            body += f"<tr><th>说明</th><td>{esc(n.message)}</td></tr>"
        return f'<table class="qinzhou-calc-result">{body}</table>'


class Explanation:
    """What a calculator writes as it goes: steps, citations, notes and unmet conditions.

    ``use(parameter)`` reads a dated parameter on the day being computed and cites it.
    """

    def __init__(self, calculator: str, as_of: dt.date) -> None:
        self.calculator = calculator
        self.as_of = as_of
        self.steps: list[str] = []
        self.citations: list[Citation] = []
        self.notes: list[Note] = []
        self.reasons: list[Reason] = []

    def cite(self, citation: Citation) -> Citation:
        if citation not in self.citations:
            self.citations.append(citation)
        return citation

    def use(self, parameter: Parameter[T], on: dt.date | None = None, field: str = "as_of") -> T:
        valued = parameter.at(self.as_of if on is None else on, field)
        self.cite(valued.citation)
        return valued.value

    def step(self, text: str) -> None:
        self.steps.append(text)

    def note(self, code: str, message: str) -> None:
        note = Note(code, message)
        if note not in self.notes:
            self.notes.append(note)

    def reason(self, code: str, message: str, citation: Citation) -> None:
        self.cite(citation)
        self.reasons.append(Reason(code, message, citation))

    def result(self, **fields: Any) -> Result:
        """The finished :class:`Result`. With unmet conditions, ``eligible`` is false and ``amount`` 0."""
        if self.reasons:
            fields.setdefault("eligible", False)
            if fields.get("eligible") is False and "amount" in fields:
                fields["amount"] = Decimal(0)
        breakdown: Sequence[Mapping[str, Any]] = fields.pop("breakdown", ())
        ranking = fields.pop("ranking", None)
        if not self.citations:
            raise RuntimeError(f"{self.calculator} produced a result without a citation")
        return Result(
            calculator=self.calculator,
            as_of=self.as_of,
            citations=tuple(self.citations),
            steps=tuple(self.steps),
            notes=tuple(self.notes),
            reasons=tuple(self.reasons),
            breakdown=tuple(breakdown),
            ranking=None if ranking is None else tuple(ranking),
            **fields,
        )
