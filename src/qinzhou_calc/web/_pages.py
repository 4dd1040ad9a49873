"""The browser pages: ``GET /`` lists the calculators by document, ``/form/{name}`` is a form.

Once a case is computed, the form shows a choice for each reading of the law the result depended
on (its option in use selected), posted as ``reading:<code>``, so that the same case can be computed
again under another option.

Everything a page needs comes from this application (its stylesheet and script under
``static/``), so it works in a government network with no way out. The form works without the
script; the script adds and removes list rows and switches optional groups on and off.
"""

import functools
import html
import importlib.resources
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import anyio
import anyio.to_thread
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

import qinzhou_calc as qc

from ..service import document_keys, jsonable, load_all
from ._api import INLINE_BYTES, calculator, document_of
from ._body import parse_form, read_body, require_media
from ._config import Settings
from ._errors import WebError
from ._form import Form, dom_id

__all__ = ["Pages", "result_html"]

_FORM_TYPES = frozenset({"application/x-www-form-urlencoded"})
#: No script, style or image from anywhere but this application; forms post only to it.
_CSP = (
    "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'self'"
)
_HEADERS = {"content-security-policy": _CSP, "x-content-type-options": "nosniff", "referrer-policy": "no-referrer"}
_STATIC = {"form.css": "text/css; charset=utf-8", "form.js": "text/javascript; charset=utf-8"}
#: A form field ``reading:<code>`` chooses the option of that reading.
_READING_FIELD = "reading:"


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


def _root(request: Request) -> str:
    """The prefix the application is mounted under ('' when it is not)."""
    return str(request.scope.get("root_path", "")).rstrip("/")


def _page(request: Request, title: str, main: str, status: int = 200) -> HTMLResponse:
    root = _root(request)
    document = (
        '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_esc(title)} · qinzhou-calc</title>"
        f'<link rel="stylesheet" href="{root}/static/form.css">'
        f'<script src="{root}/static/form.js" defer></script></head><body>'
        '<a class="skip" href="#main">跳到正文</a>'
        f'<header><a href="{root}/">钦州市规范性文件计算器</a></header>'
        f'<main id="main">{main}</main>'
        f'<footer>qinzhou-calc {_esc(qc.__version__)} · <a href="{root}/openapi.json">OpenAPI</a></footer>'
        "</body></html>"
    )
    return HTMLResponse(document, status, headers=_HEADERS)


def _headline(data: Mapping[str, Any]) -> list[tuple[str, str, str]]:
    """(key, label, value) in the order ``str(result)`` gives them."""
    rows: list[tuple[str, str, str]] = []
    if data.get("eligible") is not None:
        rows.append(("eligible", "是否符合条件", "是" if data["eligible"] else "否"))
    if data.get("amount") is not None:
        rows.append(("amount", "金额", f"{data['amount']} 元"))
    if data.get("minimum") is not None and data.get("maximum") is not None:
        rows.append(("range", "幅度", f"{data['minimum']} 元 至 {data['maximum']} 元"))
    elif data.get("maximum") is not None:
        rows.append(("maximum", "上限", f"{data['maximum']} 元"))
    if data.get("mandatory") is not None:
        rows.append(("mandatory", "处罚", "应当并处（并处以）" if data["mandatory"] else "可以处以（裁量）"))
    if data.get("deadline") is not None:
        rows.append(("deadline", "期限届满", str(data["deadline"]).replace("T", " ")))
    calendar = (data.get("provenance") or {}).get("calendar") or []
    provisional = [str(row["year"]) for row in calendar if row.get("provisional")]
    if provisional:
        years = "、".join(provisional)
        rows.append(("calendar", "工作日历", f"{years} 年为暂定日历（国务院尚未公布安排，按法定节假日推算，见说明）"))
    if data.get("score") is not None:
        rows.append(("score", "得分", str(data["score"])))
    if data.get("count") is not None:
        rows.append(("count", "数量", str(data["count"])))
    return rows


def _untitled(key: str) -> str:
    return key


def _cell(value: object, title: Callable[[str], str]) -> str:
    """A value as a table cell reads it: 是/否 for true/false, a row nested in a row by its titles."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dict):
        return "，".join(f"{title(k)} {_cell(v, title)}" for k, v in value.items())
    if isinstance(value, list):
        return "；".join(_cell(v, title) for v in value)
    return str(value)


#: A cell longer than this wraps in a wide column; a shorter one (a date, an amount) stays on one line.
_LONG_CELL = 20


def _td(text: str) -> str:
    return f'<td class="long">{_esc(text)}</td>' if len(text) > _LONG_CELL else f"<td>{_esc(text)}</td>"


def _table(caption: str, rows: Sequence[Mapping[str, Any]], title: Callable[[str], str] = _untitled) -> str:
    """A table of ``rows``, each column headed by ``title`` of its key (the calculator's titles)."""
    columns = list(dict.fromkeys(key for row in rows for key in row))
    head = "".join(f'<th scope="col" data-key="{_esc(c)}">{_esc(title(c))}</th>' for c in columns)
    body = "".join("<tr>" + "".join(_td(_cell(row.get(c), title)) for c in columns) + "</tr>" for row in rows)
    return f'<div class="scroll"><table><caption>{_esc(caption)}</caption><tr>{head}</tr>{body}</table></div>'


def _citation(row: Mapping[str, Any]) -> str:
    return f"{row['document']} {row['article']}{row.get('clause') or ''}"


def result_html(result: qc.Result, title: str, columns: Callable[[str], str] = _untitled) -> str:
    """The result as a person reads it: the answer, then the unmet conditions, ranking and
    breakdown (its columns headed by ``columns`` of their keys), the steps, the provisions and
    the notes, in the order of ``str(result)``."""
    data = result.to_dict()
    parts = [
        '<section id="result" tabindex="-1" aria-labelledby="result-title">',
        f'<h2 id="result-title">计算结果</h2><p class="meta">{_esc(title)}（适用日期 {_esc(data["as_of"])}）</p>',
    ]
    if data.get("hypothetical"):
        parts.append('<p class="notice">假设分析：本结果使用了调整后的法规参数，不是现行规定的结果。</p>')
    headline = _headline(data)
    if headline:
        rows = "".join(
            f'<dt>{_esc(label)}</dt><dd data-key="{key}">{_esc(value)}</dd>' for key, label, value in headline
        )
        parts.append(f'<dl class="headline">{rows}</dl>')
    if data["reasons"]:
        items = "".join(f"<li>{_esc(r['message'])}（{_esc(_citation(r['citation']))}）</li>" for r in data["reasons"])
        parts.append(f'<h3>不符合的条件</h3><ul class="reasons">{items}</ul>')
    if data.get("ranking"):
        parts.append(
            _table("排名", [{"名次": r["rank"], "银行": r["name"], "总分": r["total"]} for r in data["ranking"]])
        )
    if data.get("breakdown"):
        parts.append(_table("明细", data["breakdown"], columns))
    if data["steps"]:
        steps = "".join(f"<li>{_esc(step)}</li>" for step in data["steps"])
        parts.append(f'<h3>计算过程</h3><ol class="steps">{steps}</ol>')
    cites = "".join(
        f"<li><strong>{_esc(_citation(c))}</strong>"
        + (f"<blockquote>{_esc(c['text'])}</blockquote>" if c["text"] else "")
        + "</li>"
        for c in data["citations"]
    )
    parts.append(f'<h3>依据</h3><ul class="citations">{cites}</ul>')
    if data["notes"]:
        notes = "".join(f"<li>{_esc(n['message'])}</li>" for n in data["notes"])
        parts.append(f'<h3>说明</h3><ul class="notes">{notes}</ul>')
    parts.append("</section>")
    return "".join(parts)


def _error_summary(errors: Mapping[str, Sequence[str]], unshown: set[str], titles: Mapping[str, str]) -> str:
    items = []
    for field, messages in errors.items():
        for message in messages:
            if field in unshown:
                items.append(f"<li>{_esc(titles.get(field, field))}：{_esc(message)}</li>")
            else:
                items.append(f'<li><a href="#{dom_id(field)}">{_esc(message)}</a></li>')
    count = sum(len(m) for m in errors.values())
    return (
        f'<section id="errors" class="errors" role="alert" tabindex="-1"><h2>有 {count} 处需要修改</h2>'
        f"<ul>{''.join(items)}</ul></section>"
    )


def _chosen_readings(fields: Mapping[str, str]) -> dict[str, str]:
    """The readings a submitted form chooses (``reading:<code>`` → option)."""
    return {
        key.removeprefix(_READING_FIELD): value
        for key, value in fields.items()
        if key.startswith(_READING_FIELD) and value
    }


def _reading_fields(used: Mapping[str, str]) -> str:
    """A choice per reading of the law the case depended on, the option in use selected."""
    listed = {row["code"]: row for row in qc.readings(lang="zh")}
    parts = []
    for code, option in used.items():
        row = listed.get(code)
        if row is None:
            continue
        ident = dom_id(_READING_FIELD + code)
        choices = "".join(
            f'<option value="{_esc(o["key"])}"{" selected" if o["key"] == option else ""}>'
            f"{_esc(o['summary'])}{'（默认）' if o['key'] == row['default'] else ''}</option>"
            for o in row["options"]
        )
        parts.append(
            f'<div class="field"><label for="{ident}">{_esc(row["question"])}</label>'
            f'<p class="help" id="h-{ident}"><code>{_esc(code)}</code>（{_esc(row["article"])}）</p>'
            f'<select id="{ident}" name="{_esc(_READING_FIELD + code)}" aria-describedby="h-{ident}">'
            f"{choices}</select></div>"
        )
    if not parts:
        return ""
    return (
        '<fieldset class="readings"><legend>法规解读</legend>'
        '<p class="help">本案的计算依据以下读法；可改选后重新计算。</p>' + "".join(parts) + "</fieldset>"
    )


class Pages:
    """The HTML pages and their static files, for one application's :class:`Settings`."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        folder = importlib.resources.files(__package__).joinpath("static")
        self._static = {name: folder.joinpath(name).read_bytes() for name in _STATIC}

    async def static(self, request: Request) -> Response:
        name = request.path_params["file"]
        if name not in self._static:
            raise WebError(404, "not_found", "没有这个路径", "no such path")
        return Response(
            self._static[name], media_type=_STATIC[name], headers={"cache-control": "public, max-age=3600", **_HEADERS}
        )

    async def index(self, request: Request) -> Response:
        """``GET /``: every calculator, under its document."""
        registry = load_all()
        root = _root(request)
        sections = []
        for key in document_keys():
            names = sorted(n for n in registry if document_of(n) == key)
            if not names:
                continue
            doc = registry[names[0]].document
            heading = f"{doc.number}　{doc.title}" if doc else key
            links = "".join(
                f'<li><a href="{root}/form/{_esc(n)}">{_esc(registry[n].title)}</a> <code>{_esc(n)}</code></li>'
                for n in names
            )
            sections.append(
                f'<section><h2 id="doc-{key}">{_esc(heading)}</h2><ul class="calculators">{links}</ul></section>'
            )
        main = (
            "<h1>钦州市规范性文件计算器</h1><p>选择一项计算，填写表格，即可看到结果、计算过程和法规依据。</p>"
            + "".join(sections)
        )
        return _page(request, "计算器一览", main)

    async def form(self, request: Request) -> Response:
        """``GET /form/{name}``: the empty form, or filled with example ``?example=N``."""
        name = request.path_params["name"]
        calc = calculator(name)
        values: Any = {}
        number = request.query_params.get("example", "")
        if number.isdigit() and 1 <= int(number) <= len(calc.examples):
            values = jsonable(calc.examples[int(number) - 1].payload)
        return self._form_page(request, name, values, errors={}, result="")

    async def submit(self, request: Request) -> Response:
        """``POST /form/{name}``: the result above the form, or each error beside its field."""
        name = request.path_params["name"]
        calc = calculator(name)
        require_media(request, _FORM_TYPES)
        body = await read_body(request, self.settings.max_body, self.settings.timeout)
        fields = parse_form(body)
        form = Form(calc.schema())
        payload = form.read(fields)
        chosen = _chosen_readings(fields)
        work = functools.partial(qc.evaluate, name, payload, readings=chosen or None)
        try:
            if len(body) <= INLINE_BYTES:
                result = work()
            else:
                with anyio.fail_after(self.settings.timeout):
                    result = await anyio.to_thread.run_sync(work, abandon_on_cancel=True)
        except qc.InputError as error:
            errors: dict[str, list[str]] = {}
            for problem in error.errors:
                errors.setdefault(problem.field, []).append(problem.message)
            return self._form_page(request, name, payload, errors=errors, result="", status=400, readings=chosen)
        except TimeoutError:
            raise WebError(503, "timeout", "计算超时", "the computation timed out", kind="timeout") from None
        used = {use.code: use.option for use in result.readings}
        return self._form_page(
            request,
            name,
            payload,
            errors={},
            result=result_html(result, calc.title, calc.column_title),
            readings=used,
        )

    def _form_page(
        self,
        request: Request,
        name: str,
        values: Any,
        *,
        errors: Mapping[str, Sequence[str]],
        result: str,
        status: int = 200,
        readings: Mapping[str, str] | None = None,
    ) -> Response:
        calc = calculator(name)
        root = _root(request)
        form = Form(calc.schema())
        fields = form.render(values, errors) + _reading_fields(readings or {})
        summary = _error_summary(errors, form.unshown(), {}) if errors else ""
        doc = calc.document
        source = f'<p class="meta">{_esc(doc.number)}　{_esc(doc.title)}</p>' if doc else ""
        examples = "".join(
            f'<li><a href="{root}/form/{_esc(name)}?example={i}">{_esc(e.title)}</a></li>'
            for i, e in enumerate(calc.examples, 1)
        )
        example_list = (
            f'<details class="examples"><summary>填入示例</summary><ul>{examples}</ul></details>' if examples else ""
        )
        main = (
            f'<h1>{_esc(calc.title)}</h1>{source}<p class="meta"><code>{_esc(name)}</code></p>'
            f"{summary}{result}{example_list}"
            f'<form method="post" action="{root}/form/{_esc(name)}" novalidate accept-charset="utf-8">'
            f'{fields}<div class="actions"><button type="submit" class="submit">计算</button></div></form>'
        )
        return _page(request, calc.title, main, status)
