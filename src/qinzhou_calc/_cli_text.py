"""The command line's own words in Chinese (by default) or English (``--lang en``, anywhere on the line).

argparse writes its usage, help and usage errors through ``gettext`` (its module-level ``_``): while
the command line builds its parser and reads the arguments, :func:`argparse_in` puts a translation of
those message templates in its place (Python 3.10 to 3.13's templates; one not listed stays English),
and the help of each option, written in English in :mod:`._cli_parser`, goes through the same table. An
invalid choice (a command, a format) says which choice was likely meant.
"""

import argparse
import contextlib
import os
import sys
import threading
from collections.abc import Iterator, Sequence
from typing import Any

import qinzhou_calc as qc

from . import service
from ._cli_check import HELP_ZH

__all__ = ["DOCUMENTS_HELP", "ZH", "Formatter", "Parser", "argparse_in", "error_text", "language_of", "translate"]

#: The help of ``--document``: ``{documents}`` stands for the documents' keys, listed when the help
#: is shown (listing them loads every document, which no other use of the line needs).
DOCUMENTS_HELP = "one document: {documents}"

#: argparse's templates and the command line's help, in Chinese.
ZH: dict[str, str] = {
    # argparse (3.10 to 3.13)
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "optional arguments": "选项",
    "show this help message and exit": "显示此帮助并退出",
    "show program's version number and exit": "显示版本号并退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "%(prog)s: warning: %(message)s\n": "%(prog)s：警告：%(message)s\n",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "one of the arguments %s is required": "须给出以下参数之一：%s",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选择：%(value)r（可选：%(choices)s）",
    "invalid %(type)s value: %(value)r": "不是有效的 %(type)s 值：%(value)r",
    "not allowed with argument %s": "不能与参数 %s 同时给出",
    "ignored explicit argument %r": "此选项不接受值，却给了 %r",
    "expected one argument": "需要一个值",
    "expected at most one argument": "至多需要一个值",
    "expected at least one argument": "至少需要一个值",
    "expected %s argument": "需要 %s 个值",
    "expected %s arguments": "需要 %s 个值",
    "ambiguous option: %(option)s could match %(matches)s": "有歧义的选项：%(option)s 可指 %(matches)s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "没有子命令 %(parser_name)r（可选：%(choices)s）",
    "unexpected option string: %s": "意外的选项：%s",
    "can't open '%(filename)s': %(error)s": "无法打开 '%(filename)s'：%(error)s",
    # the command line's own help
    "COMMAND": "命令",
    "calculators of four 2019 normative documents of Qinzhou": "钦州市2019年四份规范性文件的计算器",
    "language of messages: zh (default) or en": "消息的语言：zh（默认）或 en",
    "every calculator: name, Chinese title, document": "列出全部计算器：名称、中文标题、所属文件",
    "as a JSON array": "以 JSON 数组输出",
    "a calculator's JSON Schema": "计算器的 JSON Schema",
    "the calculator's name (qinzhou-calc list)": "计算器名称（qinzhou-calc list 列出全部）",
    "evaluate a calculator on a JSON payload": "用 JSON 载荷运行一个计算器",
    "the payload as JSON text": "载荷的 JSON 文本",
    "a JSON object, a JSON array or JSON Lines, from a file or - for standard input": (
        "一个 JSON 对象、JSON 数组或 JSON Lines：文件路径，或以 - 表示标准输入"
    ),
    "json (default) or text: the result explained for a person, errors as text": (
        "json（默认）或 text：给人读的解释，错误也以文字给出"
    ),
    "what-if: a figure of the law replaced (repeatable); VALUE is JSON or plain text": (
        "假设分析：替换一项法规数字（可重复）；值为 JSON 或普通文本"
    ),
    'working-day years as JSON, shaped like the payload\'s calendar: {"years": {"2027": {...}}}': (
        '工作日历年份的 JSON 文件，形式同载荷的 calendar：{"years": {"2027": {...}}}'
    ),
    "count a year with no official schedule on its statutory holidays, flagged as provisional": (
        "国务院尚未公布安排的年份按暂定日历（法定节假日及补假，无调休）计算，结果标明暂定"
    ),
    "the figures of the law, by name": "按名称列出法规数字",
    "only the figures in force that day (YYYY-MM-DD)": "只列该日有效的数字（YYYY-MM-DD）",
    DOCUMENTS_HELP: "只列一份文件：{documents}",
    "the catalogue as JSON": "以 JSON 输出目录",
    "the law's open questions: each reading, its options and default": "法规解读：每个读法、其选项和默认选项",
    "text (default) or json: qc.readings() as JSON": "text（默认）或 json：即 qc.readings() 的 JSON",
    "evaluate stored results again and compare": "重新计算存档的结果并比较",
    "a stored Result.to_dict(), or the JSON lines run --input writes; - for standard input": (
        "存档的 Result.to_dict()，或 run --input 写出的 JSON 行；- 表示标准输入"
    ),
    "json (default) or text": "json（默认）或 text",
    "with --input: N processes read, evaluate and write the cases (the output is the same)": (
        "与 --input 同用：N 个进程分担读取、计算和写出（输出相同）"
    ),
    "no steps, citations or notes (the same amounts)": "不含计算步骤、引用和说明（金额相同）",
    "a whole number of processes, at least 1, got %r": "进程数应为不小于 1 的整数，收到 %r",
    "worked examples: of all four documents, or of one calculator": "算例：四份文件的全部算例，或一个计算器的算例",
    "one calculator's examples only": "只看一个计算器的算例",
    "text (default) or json": "text（默认）或 json",
    "the web service (needs the extra: pip install 'qinzhou-calc[web]')": (
        "网络服务（需要可选依赖：pip install 'qinzhou-calc[web]'）"
    ),
    "the address to listen on": "监听的地址",
    "the port to listen on": "监听的端口",
    "worker processes (default 1)": "工作进程数（默认 1）",
    "language of messages by default": "消息的默认语言",
    "largest request body in bytes": "请求体的最大字节数",
    "a browser origin allowed to call it": "允许调用的浏览器来源（origin）",
    "seconds for a body to arrive and to compute": "请求体传完和计算的秒数上限",
    "reverse proxies whose X-Forwarded-* headers are trusted": "信任其 X-Forwarded-* 头的反向代理",
    "the prefix a reverse proxy serves it under, e.g. /calc": "反向代理提供服务的路径前缀，如 /calc",
    "connections at most per worker; 503 beyond (default 200)": "每个工作进程的连接数上限，超过返回 503（默认 200）",
    "seconds an idle connection stays open (default 5)": "空闲连接保持打开的秒数（默认 5）",
    "seconds for a request's headers to arrive (default 10)": "请求头须在多少秒内传完（默认 10）",
    **HELP_ZH,
}

#: Whether argparse speaks Chinese now (set only by :func:`argparse_in`).
_chinese = False
_lock = threading.Lock()


def translate(text: str) -> str:
    """``text`` in the command line's language: its Chinese where it is listed, else itself."""
    return ZH.get(text, text) if _chinese else text


def _ngettext(singular: str, plural: str, n: int) -> str:
    return translate(singular if n == 1 else plural)


@contextlib.contextmanager
def argparse_in(language: str) -> Iterator[None]:
    """argparse's words in ``language`` inside the block (its ``_`` is module-wide: one block at a time)."""
    global _chinese  # noqa: PLW0603 - argparse's translation hook is a module global too
    if language != "zh":
        yield
        return
    with _lock:
        saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
        argparse._, argparse.ngettext = translate, _ngettext  # type: ignore[attr-defined]
        _chinese = True
        try:
            yield
        finally:
            argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]
            _chinese = False


def language_of(argv: Sequence[str]) -> str:
    """The language asked for by ``--lang X`` or ``--lang=X`` anywhere before ``--``; else the
    library's (``QINZHOU_CALC_LANG``, then Chinese)."""
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        value = arg.partition("=")[2] if arg.startswith("--lang=") else None
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        if value is not None:
            with contextlib.suppress(ValueError):
                return service.read_language(value)
    return service.get_language()


def terminal_columns() -> int:
    """The width of the terminal as ``shutil.get_terminal_size().columns`` gives it (``COLUMNS`` if
    a positive whole number, else the terminal of standard output, else 80), without importing
    :mod:`shutil`, whose archive formats every command would otherwise load with its help formatter."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


class Formatter(argparse.HelpFormatter):
    """Help whose texts go through :func:`translate`, as wide as argparse makes it."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None):
        super().__init__(prog, indent_increment, max_help_position, terminal_columns() - 2 if width is None else width)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        if action.help is None:
            return None
        text = translate(action.help)
        if "{documents}" in text:
            text = text.replace("{documents}", service.or_list(service.document_keys(), "zh" if _chinese else "en"))
        return text

    def add_text(self, text: str | None) -> None:
        super().add_text(text if text is None or text is argparse.SUPPRESS else translate(text))


class Parser(argparse.ArgumentParser):
    """An argparse parser in the command line's language, whose invalid choices say what was meant."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(*args, **kwargs)

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        try:
            super()._check_value(action, value)
        except argparse.ArgumentError as exc:
            zh, en = service.hint(value, action.choices or ())
            shown = zh if _chinese else en
            if not shown:
                raise
            raise argparse.ArgumentError(action, f"{exc.message}{shown}") from None


def error_text(error: "qc.InputError", language: str) -> str:
    """An :class:`InputError` as lines for a person: ``--format text``."""
    chinese = language == "zh"
    lines = ["qinzhou-calc：输入有误" if chinese else "qinzhou-calc: bad input"]
    for problem in error.errors:
        where = "" if problem.field == "$" or not chinese else f"{problem.field}："
        code = f"（{problem.code}）" if chinese else f" ({problem.code})"
        lines.append(f"  - {where}{problem.message}{code}")
    return "\n".join(lines) + "\n"
