"""A profile's report for a person, in Chinese: one line per rule, then the total."""

import datetime as dt
from typing import TYPE_CHECKING

from ._core import fmt_money

if TYPE_CHECKING:
    from ._report import Item, Report

__all__ = ["STATUS_NAMES", "item_line", "text_of"]

STATUS_NAMES = {
    "eligible": "符合",
    "not_eligible": "不符合",
    "undetermined": "待补充",
    "not_applicable": "不适用",
    "invalid": "资料有误",
}


def _when(value: dt.date | dt.datetime) -> str:
    return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()


def _answer(item: "Item") -> str:
    """The figure of a determined rule: its deadline, amount or range."""
    result = item.result
    if result is None:
        return ""
    if result.deadline is not None:
        return f"期限 {_when(result.deadline)}"
    if result.amount is not None:
        return f"{fmt_money(result.amount)} 元" + ("（应付他人，不计入合计）" if item.owed else "")
    if result.maximum is not None:
        low = fmt_money(result.minimum) if result.minimum is not None else "0.00"
        return f"{low} 至 {fmt_money(result.maximum)} 元"
    if result.score is not None:
        return f"得分 {result.score}"
    return ""


def item_line(item: "Item") -> str:
    """``[符合] 新建民办学校一次性补助（第六条（一））：1200000.00 元`` and the like."""
    named = item.title if item.article in item.title else f"{item.title}（{item.article}）"
    head = f"[{STATUS_NAMES[item.status]}] {named}"
    if item.status == "eligible":
        answer = _answer(item)
        return f"{head}：{answer}" if answer else head
    if item.status in ("not_eligible", "not_applicable"):
        return f"{head}：" + "；".join(str(reason["message"]) for reason in item.reasons)
    if item.status == "undetermined":
        facts = "、".join(f"{m.title} [{m.field}]（{m.article}）" for m in item.missing)
        return f"{head}：尚缺 {facts}"
    problems = item.error.errors if item.error is not None else ()
    return f"{head}：" + "；".join(f"{p.field}：{p.message}" for p in problems)


def text_of(report: "Report") -> str:
    counts = report.counts()
    lines = [
        f"政策体检：{report.title}（决定日期 {report.decision_date.isoformat()}）",
        "，".join(f"{STATUS_NAMES[status]} {count} 项" for status, count in counts.items()),
    ]
    lines.extend(item_line(item) for item in report.items)
    total = report.total
    if total.amount is not None:
        spread = ""
        if total.maximum != total.amount or total.minimum != total.amount:
            high = "—" if total.maximum is None else fmt_money(total.maximum)
            spread = f"，幅度 {fmt_money(total.minimum or total.amount)} 至 {high} 元"
        lines.append(f"合计（已确定的各项）：{fmt_money(total.amount)} 元{spread}；待补充 {total.undetermined} 项")
    return "\n".join(lines)
