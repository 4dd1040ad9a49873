"""The generated page "法规参数一览": every figure of the law, one table per document.

Each row is one version of one figure: its name, what it is, its unit, the value, the days it is
in force, and the provision that sets it with the law's words. This is what OpenFisca's
Legislation Explorer shows, with the article text beside each figure. Built from
``qinzhou_calc.parameters()`` when the site is built, so it cannot drift from the code.
"""

import json
from typing import Any

import qinzhou_calc as qc

__all__ = ["parameters_page"]

_TEXT = {
    "zh": {
        "title": "法规参数一览",
        "intro": (
            "计算器读取的每一项法规数字都是一个有名称、有日期、有出处的参数，名称为 "
            "`<文件>.<主题>.<数字>`（如 `education.new_build.rate_per_m2`）。每个文件一张表，"
            "每行是一项参数的一个版本：取值、施行期间和规定它的条文原文。"
            "同样的内容可用 `qc.parameters()` 或 `qinzhou-calc parameters` 取得；"
            "假设分析（`overrides=`）按这些名称替换数字，见[审计与假设分析](audit.md)。"
        ),
        "count": "共 {n} 项参数。",
        "header": "| 参数 | 说明 | 单位 | 取值 | 施行 | 依据 | 条文 |",
        "period": "{since} 至 {until}",
        "open": "{since} 起",
        "in_force": "施行：{start} 至 {end}",
        "no_end": "长期",
    },
    "en": {
        "title": "The law's figures (法规参数一览)",
        "intro": (
            "Every figure of the law that a calculator reads is a named, dated, cited parameter, "
            "named `<document>.<topic>.<figure>` (e.g. `education.new_build.rate_per_m2`). One table "
            "per document; each row is one version of one figure: its value, the days it is in force, "
            "and the article that sets it, in the law's words. The same is given by `qc.parameters()` "
            "and `qinzhou-calc parameters`; a what-if (`overrides=`) replaces figures by these names, "
            "see [Audit and what-if](audit.md)."
        ),
        "count": "{n} parameters in all.",
        "header": "| Parameter | Description | Unit | Value | In force | Provision | Text |",
        "period": "{since} to {until}",
        "open": "from {since}",
        "in_force": "In force: {start} to {end}",
        "no_end": "no end date",
    },
}


def _cell(text: str) -> str:
    """Markdown table cell text: no pipes or line breaks."""
    return text.replace("|", "\\|").replace("\n", " ")


def _value(value: Any) -> str:
    shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, separators=(", ", ": "))
    return f"`{_cell(shown)}`"


def parameters_page(lang: str) -> str:
    """The page in ``lang`` (``zh`` or ``en``)."""
    words = _TEXT[lang]
    listed = qc.parameters()
    lines = [f"# {words['title']}", "", words["intro"], "", words["count"].format(n=len(listed)), ""]
    for document in qc.documents():
        key = document["key"]
        lines += [f"## {key}：{document['title']}（{document['number']}）", ""]
        end = document["in_force_until"] or words["no_end"]
        lines += [words["in_force"].format(start=document["in_force_from"], end=end), ""]
        lines += [words["header"], "| --- | --- | --- | --- | --- | --- | --- |"]
        for entry in listed:
            if not entry["name"].startswith(f"{key}."):
                continue
            for version in entry["history"]:
                citation = version["citation"]
                provision = f"{citation['document']} {citation['article']}{citation['clause'] or ''}"
                period = (
                    words["period"].format(since=version["since"], until=version["until"])
                    if version["until"]
                    else words["open"].format(since=version["since"])
                )
                cells = [
                    f"`{entry['name']}`",
                    _cell(entry["description"]),
                    _cell(entry["unit"]),
                    _value(version["value"]),
                    period,
                    _cell(provision),
                    _cell(citation["text"]),
                ]
                lines.append("| " + " | ".join(cells) + " |")
        lines.append("")
    return "\n".join(lines)
