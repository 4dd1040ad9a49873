"""The page of a profile's check: the form grouped as the law groups the facts, and the report.

The facts two or more rules read come first; then each rule's own facts under its title and
article, with a box "本项不适用" that sends the rule's ``null`` (the calculator's block for a
calculator, the event for an obligation of an excavation project).
"""

import html
from collections.abc import Mapping
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse

import qinzhou_calc as qc
from qinzhou_calc.profiles import rules_of

from ._form import Form, dom_id
from ._pages import _page as page
from ._pages import _root as root_of

__all__ = ["ProfileForm", "report_html", "subject_page"]

_STATUS = {
    "eligible": "符合",
    "not_eligible": "不符合",
    "undetermined": "待补充",
    "not_applicable": "不适用",
    "invalid": "资料有误",
}
_NONE = "#none"


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


class ProfileForm:
    """The form of one subject's profile: its groups of fields, rendered and read back."""

    def __init__(self, subject: str) -> None:
        schema = qc.profile_schema(subject)
        self.subject = subject
        self.defs = schema.get("$defs", {})
        properties: Mapping[str, Any] = schema["properties"]
        rules = rules_of(subject)
        readers: dict[str, int] = {}
        for rule in rules:
            for name in rule["fields"]:
                readers[name] = readers.get(name, 0) + 1
        shared = [name for name in properties if readers.get(name, 0) > 1 or name not in readers]
        shared = [name for name in shared if name not in {rule["calculator"] for rule in rules}]
        self.groups: list[tuple[str, str | None, list[str]]] = [("共用的事实", None, shared)]
        shown = set(shared)
        for rule in rules:
            own = [name for name in rule["fields"] if name not in shown and name in properties]
            shown.update(own)
            self.groups.append((f"{rule['title']}（{rule['article']}）", rule["none"], own))
        self.forms = [self._form({name: properties[name] for name in names}) for _, _, names in self.groups]

    def _form(self, properties: Mapping[str, Any]) -> Form:
        return Form({"type": "object", "properties": dict(properties), "$defs": self.defs})

    def render(self, values: Mapping[str, Any]) -> str:
        parts = []
        for (legend, none, _), form in zip(self.groups, self.forms, strict=True):
            box = ""
            if none is not None:
                checked = " checked" if none in values and values[none] is None else ""
                box = (
                    f'<label class="not-applicable"><input type="checkbox" name="{_esc(none + _NONE)}" value="true"'
                    f"{checked}> 本项不适用</label>"
                )
            parts.append(f"<fieldset><legend>{_esc(legend)}</legend>{box}{form.render(values, {})}</fieldset>")
        return "".join(parts)

    def read(self, fields: Mapping[str, str]) -> dict[str, Any]:
        """The profile the submitted ``fields`` spell: what is left empty is unknown."""
        profile: dict[str, Any] = {}
        for form in self.forms:
            profile.update(form.read(fields))
        for _, none, _ in self.groups:
            if none is not None and fields.get(none + _NONE) == "true":
                profile[none] = None
        return profile


def _answer(item: Mapping[str, Any]) -> str:
    result = item["result"] or {}
    if result.get("deadline"):
        return str(result["deadline"]).replace("T", " ")
    if result.get("amount") is not None:
        return f"{result['amount']} 元"
    if result.get("maximum") is not None:
        return f"{result.get('minimum') or '0.00'} 至 {result['maximum']} 元"
    return ""


def _explained(item: Mapping[str, Any]) -> str:
    if item["missing"]:
        return "尚缺：" + "、".join(_esc(m["title"]) for m in item["missing"])
    if item["error"]:
        return "；".join(_esc(e["message"]) for e in item["error"]["errors"])
    return "；".join(_esc(r["message"]) for r in item["reasons"])


def report_html(report: qc.Report) -> str:
    """The report as a table (a status per rule), the total, and the facts still missing."""
    data = report.to_dict()
    rows = "".join(
        f'<tr data-status="{_esc(item["status"])}"><td>{_esc(item["title"])}</td><td>{_esc(item["article"])}</td>'
        f'<td class="status">{_STATUS[item["status"]]}</td><td>{_esc(_answer(item))}</td>'
        f"<td>{_explained(item)}</td></tr>"
        for item in data["items"]
    )
    table = (
        '<div class="scroll"><table id="report-table"><caption>各项规则</caption>'
        '<tr><th scope="col">规则</th><th scope="col">条款</th><th scope="col">结论</th>'
        f'<th scope="col">金额或期限</th><th scope="col">说明</th></tr>{rows}</table></div>'
    )
    total = data["total"]
    summary = ""
    if total["amount"] is not None:
        summary = f'<p class="total">已确定的合计：<strong>{_esc(total["amount"])} 元</strong>'
        if total["maximum"] != total["amount"]:
            summary += f"（幅度 {_esc(total['minimum'])} 至 {_esc(total['maximum'] or '—')} 元）"
        summary += f"；待补充 {total['undetermined']} 项</p>"
    missing = {m["field"]: m for item in data["items"] for m in item["missing"]}
    listed = "".join(
        f'<li><a href="#{dom_id(field)}">{_esc(m["title"])}</a>（{_esc(m["article"])}）</li>'
        for field, m in missing.items()
    )
    todo = f'<h3>还需补充的事实</h3><ul id="missing">{listed}</ul>' if listed else ""
    return (
        '<section id="result" tabindex="-1"><h2>体检结果</h2>'
        f'<p class="meta">决定日期 {_esc(data["decision_date"])}</p>{table}{summary}{todo}</section>'
    )


def subject_page(
    request: Request, subject: str, values: Mapping[str, Any], report: str, status: int = 200
) -> HTMLResponse:
    """The page of ``subject``'s check: the report (if any) above the form filled with ``values``."""
    listed = next(s for s in qc.subjects() if s["key"] == subject)
    form = ProfileForm(subject)
    root = root_of(request)
    main = (
        f'<h1>政策体检：{_esc(listed["title"])}</h1><p class="meta">{_esc(listed["description"])}</p>'
        "<p>填写已知的事实；不知道的留空（视为待补充），不适用的勾选“本项不适用”。</p>"
        f"{report}"
        f'<form method="post" action="{root}/check/{_esc(subject)}" novalidate accept-charset="utf-8">'
        f'{form.render(values)}<div class="actions"><button type="submit" class="submit">体检</button></div></form>'
    )
    return page(request, f"政策体检：{listed['title']}", main, status)
