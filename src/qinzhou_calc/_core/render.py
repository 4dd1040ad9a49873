"""A result written out: as JSON-safe data (``to_dict``), as Chinese text (``str``) and as HTML
(``_repr_html_``, for notebooks). :class:`~.result.Result` takes these functions as its methods;
this module knows the record only by its fields."""

import datetime as dt
import re
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .frozen import Items, Row
from .law import Citation
from .money import fmt_decimal, fmt_money
from .provenance import library, normalised, plain

if TYPE_CHECKING:
    from .result import Result

__all__ = ["compact", "fmt_score", "html_of", "jsonable", "printable", "provenance_of", "result_dict", "text_of"]

#: Keys whose values are scores (points): always two decimals ("4.00", "93.90"); a ``scores``
#: mapping holds one score per indicator.
SCORE_KEYS = frozenset({"score", "total"})
_SCORES = "scores"


def fmt_score(value: Decimal) -> str:
    """A score as the results show it: two decimals, half-up ("4" → "4.00", "93.9" → "93.90")."""
    return fmt_money(value)


def jsonable(value: object, key: str = "", money: bool = False) -> Any:
    """``value`` as JSON-safe data: money as 2-decimal strings, other decimals as plain text.

    What is money is declared, never read from a name: the money fields of the record (written by
    :func:`result_dict`), the columns a calculator declares :class:`~.money.Money` (each
    :class:`~.frozen.Row` knows its own), or ``money=True`` for a value that is money throughout."""
    kind = type(value)
    # The values results are made of, by their exact type first (every to_dict() writes its rows).
    if kind is str or kind is int or kind is bool or value is None:
        return value
    if kind is Row:
        return _row(value, key)
    if kind is Items or kind is list or kind is tuple:
        return [jsonable(v, key, money) for v in value]  # type: ignore[attr-defined]
    if isinstance(value, (int, str)):  # bool is an int
        return value
    if isinstance(value, Decimal):
        return fmt_money(value) if money else _decimal(value, key)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): jsonable(v, "score" if key == _SCORES else str(k), money) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v, key, money) for v in value]
    if hasattr(value, "to_dict"):
        return jsonable(value.to_dict(), key, money)
    raise TypeError(f"{type(value).__name__} is not JSON-safe")


def _decimal(value: Decimal, key: str) -> str:
    """A decimal that is not money: a score with two decimals, anything else as plain text."""
    return fmt_score(value) if key in SCORE_KEYS else fmt_decimal(value)


def _row(row: Any, key: str) -> dict[str, Any]:
    """A row's items as JSON (its plain values written without a call: every to_dict() writes its
    rows), the columns it holds as money with two decimals."""
    inner = "score" if key == _SCORES else None
    money: frozenset[str] = row._money
    out: dict[str, Any] = {}
    for k, v in row._data.items():
        name = k if type(k) is str else str(k)
        kind = type(v)
        if kind is str or kind is int or kind is bool or v is None:
            out[name] = v
        elif kind is Decimal:
            out[name] = fmt_money(v) if name in money else _decimal(v, inner or name)
        else:
            out[name] = jsonable(v, inner or name, name in money)
    return out


def _money_or_none(value: Decimal | None) -> str | None:
    return None if value is None else fmt_money(value)


def provenance_of(result: "Result") -> dict[str, Any]:
    """``{"library", "parameters", "calendar"}``: what produced this result."""
    return {
        "library": library(),
        "parameters": [use.to_dict() for use in result.parameters],
        "calendar": jsonable(result.calendar),
    }


def result_dict(result: "Result") -> dict[str, Any]:
    """JSON-safe, with the keys of API.md ("Result"); keys that do not apply are ``None``."""
    return {
        "calculator": result.calculator,
        "as_of": result.as_of.isoformat(),
        "event_date": None if result.event_date is None else result.event_date.isoformat(),
        "decision_date": None if result.decision_date is None else result.decision_date.isoformat(),
        "hypothetical": result.hypothetical,
        "eligible": result.eligible,
        "amount": _money_or_none(result.amount),
        "minimum": _money_or_none(result.minimum),
        "maximum": _money_or_none(result.maximum),
        "mandatory": result.mandatory,
        "deadline": None if result.deadline is None else result.deadline.isoformat(),
        "score": None if result.score is None else fmt_score(result.score),
        "count": result.count,
        "ranking": None if result.ranking is None else jsonable(result.ranking),
        "breakdown": jsonable(result.breakdown),
        "reasons": [r.to_dict() for r in result.reasons],
        "steps": list(result.steps),
        "citations": [c.to_dict() for c in result.citations],
        "notes": [n.to_dict() for n in result.notes],
        "readings": [r.to_dict() for r in result.readings],
        "inputs": None if result.inputs is None else normalised(result.inputs),
        "provenance": provenance_of(result),
    }


#: Control characters (C0, DEL, C1) in caller-supplied text would forge lines or colours in a
#: terminal: ``str()`` shows them escaped (``\n`` as ``\\n``, ESC as ``\\x1b``).
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    """``text`` with its control characters escaped, as ``repr`` would write them."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def _headline(result: "Result") -> list[tuple[str, str]]:
    rows: list[tuple[str, str]] = []
    if result.eligible is not None:
        rows.append(("是否符合条件", "是" if result.eligible else "否"))
    if result.amount is not None:
        rows.append(("金额", f"{fmt_money(result.amount)} 元"))
    if result.minimum is not None and result.maximum is not None:
        rows.append(("幅度", f"{fmt_money(result.minimum)} 元 至 {fmt_money(result.maximum)} 元"))
    elif result.maximum is not None:
        rows.append(("上限", f"{fmt_money(result.maximum)} 元"))
    if result.mandatory is not None:
        rows.append(("处罚", "应当并处（并处以）" if result.mandatory else "可以处以（裁量）"))
    if result.deadline is not None:
        deadline = result.deadline
        rows.append(
            ("期限届满", deadline.isoformat(sep=" ") if isinstance(deadline, dt.datetime) else deadline.isoformat())
        )
    provisional = [str(row["year"]) for row in result.calendar if row.get("provisional")]
    if provisional:
        years = "、".join(provisional)
        rows.append(("工作日历", f"{years} 年为暂定日历（国务院尚未公布安排，按法定节假日推算，见说明）"))
    if result.score is not None:
        rows.append(("得分", fmt_score(result.score)))
    if result.count is not None:
        rows.append(("数量", str(result.count)))
    return rows


def text_of(result: "Result") -> str:
    """The explanation in Chinese; control characters in any text (a bank's or an enterprise's
    name as the caller typed it) are shown escaped, so that no text can forge a line."""
    lines = _lines(result)
    # One search over all the text; the lines are escaped one by one only if it finds something.
    if _CONTROL.search("".join(lines)) is None:
        return "\n".join(lines)
    return "\n".join(printable(line) for line in lines)


def _lines(result: "Result") -> list[str]:
    lines = [f"{result.calculator}（适用日期 {result.as_of.isoformat()}）"]
    lines += [f"{label}：{value}" for label, value in _headline(result)]
    if result.reasons:
        lines.append("不符合的条件：")
        lines += [f"  - {r.message}（{r.citation}）" for r in result.reasons]
    if result.ranking:
        lines.append("排名：")
        lines += [f"  {row['rank']}. {row['name']}  {jsonable(row['total'], 'total')} 分" for row in result.ranking]
    if result.steps:
        lines.append("计算过程：")
        lines += [f"  {i}. {step}" for i, step in enumerate(result.steps, 1)]
    lines.append("依据：")
    lines += [f"  - {line}" for line in _cited_lines(result, quoted=True)]
    if result.notes:
        lines.append("说明：")
        lines += [f"  - {n.message}" for n in result.notes]
    lines += _provenance_lines(result)
    return lines


def _cited_lines(result: "Result", *, quoted: bool) -> list[str]:
    """Each provision once, with its text; under a what-if, the figures that replace the law's
    beside the quote: ``…第六条（一）：“…120 元/m² 的标准…”（假设值：education.new_build.rate_per_m2 = 150）``."""
    replaced: dict[Citation, dict[str, None]] = {}
    for use in result.parameters:
        if use.overridden:
            replaced.setdefault(use.citation, {})[f"{use.name} = {compact(use.value)}"] = None
    lines = []
    for c in result.citations:
        line = (f"{c}：“{c.text}”" if quoted else f"{c}：{c.text}") if c.text else str(c)
        figures = replaced.get(c)
        lines.append(f"{line}（假设值：{'；'.join(figures)}）" if figures else line)
    return lines


#: How many figures the plain-text provenance names before it says "等 N 项".
_SHORT_PARAMETERS = 6


def _provenance_lines(result: "Result") -> list[str]:
    head = f"出处：{library()}" + ("（假设分析，非现行法规结果）" if result.hypothetical else "")
    names = list(dict.fromkeys(use.short() for use in result.parameters))
    if not names:
        return [head]
    shown = "；".join(names[:_SHORT_PARAMETERS])
    more = len(names) - _SHORT_PARAMETERS
    return [head, f"  法规参数：{shown}" + (f" 等 {len(names)} 项" if more > 0 else "")]


_CELL = 'style="text-align:left;vertical-align:top"'


def html_of(result: "Result") -> str:
    """A table for Jupyter: the answer first (with the ranking or breakdown), then the
    unmet conditions, and the steps, provisions and notes folded under ``<details>``."""
    import html  # noqa: PLC0415 - for notebooks only, not loaded with the library

    esc = html.escape
    cell = _CELL
    rows = [("计算器", result.calculator), ("适用日期", result.as_of.isoformat()), *_headline(result)]
    rows += [("不符合", f"{r.message}（{r.citation}）") for r in result.reasons]
    head = "".join(f"<tr><th {cell}>{esc(k)}</th><td {cell}>{esc(v)}</td></tr>" for k, v in rows)
    parts = [f'<table class="qinzhou-calc-result">{head}</table>']
    table_rows = result.ranking if result.ranking else result.breakdown
    if table_rows:
        data = [jsonable(row) for row in table_rows]
        columns = list(dict.fromkeys(key for row in data for key in row))
        header = "".join(f"<th {cell}>{esc(c)}</th>" for c in columns)
        body = "".join(
            "<tr>" + "".join(f"<td {cell}>{esc(_plain(row.get(c)))}</td>" for c in columns) + "</tr>" for row in data
        )
        caption = "排名" if result.ranking else "明细"
        parts.append(f"<table><caption>{caption}</caption><tr>{header}</tr>{body}</table>")
    folded = [
        ("计算过程", [f"{i}. {step}" for i, step in enumerate(result.steps, 1)]),
        ("依据", _cited_lines(result, quoted=False)),
        ("说明", [n.message for n in result.notes]),
    ]
    for title, lines in folded:
        if lines:
            items = "".join(f"<li>{esc(line)}</li>" for line in lines)
            parts.append(f"<details><summary>{title}（{len(lines)}）</summary><ul>{items}</ul></details>")
    parts.append(_provenance_html(result, esc))
    return f'<div class="qinzhou-calc">{"".join(parts)}</div>'


def _provenance_html(result: "Result", esc: Any) -> str:
    cell = _CELL
    header = "".join(f"<th {cell}>{h}</th>" for h in ("参数", "取值", "施行", "依据", "假设"))
    body = "".join(
        "<tr>"
        + "".join(
            f"<td {cell}>{esc(text)}</td>"
            for text in (
                use.name,
                _plain(use.to_dict()["value"]),
                use.since.isoformat() + (f" 至 {use.until.isoformat()}" if use.until else " 起"),
                str(use.citation),
                "是" if use.overridden else "",
            )
        )
        + "</tr>"
        for use in result.parameters
    )
    flag = "，假设分析" if result.hypothetical else ""
    return (
        f'<details class="qinzhou-calc-provenance"><summary>出处（{esc(library())}{flag}，'
        f"法规参数 {len(result.parameters)} 项）</summary><table><tr>{header}</tr>{body}</table></details>"
    )


def compact(value: object) -> str:
    """A figure of the law in one short piece of text (a table as compact JSON)."""
    import json  # noqa: PLC0415 - only a what-if's step and the HTML view need it

    data = plain(value)
    return data if isinstance(data, str) else json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _plain(value: object) -> str:
    """A JSON-safe cell as text: nested rows compactly, ``None`` as empty."""
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        import json  # noqa: PLC0415 - only the HTML view needs it

        return json.dumps(value, ensure_ascii=False)
    return str(value)
