"""JSON text that does not parse, told in the caller's language with its line and column.

Python's ``json`` explains a syntax error in English (``Expecting property name enclosed in double
quotes: line 1 column 2 (char 1)``); a Chinese reader gets the same fault in Chinese (``第 1 行第 2 列：
缺少用双引号括起的键名``), and the code is ``invalid_json`` on every face, as over HTTP.
"""

import json
from typing import NoReturn

from .errors import InputError

__all__ = ["NotANumberError", "not_json", "one_line", "refuse_constant"]

#: Python's messages (3.10 to 3.13, the C scanner's and the pure-Python one's) by how they begin.
_REASONS: tuple[tuple[str, str, str], ...] = (
    ("Expecting value", "此处应有一个值", "a value was expected"),
    ("Expecting property name", "缺少用双引号括起的键名", "a key in double quotes was expected"),
    ("Expecting ':' delimiter", "键后缺少冒号 ':'", "a ':' was expected after the key"),
    ("Expecting ',' delimiter", "缺少逗号 ','", "a ',' was expected"),
    ("Unterminated string", "字符串没有结束引号", "a string is not closed"),
    ("Invalid control character", "字符串中有未转义的控制字符", "a string holds an unescaped control character"),
    ("Invalid \\uXXXX escape", "\\u 转义不是四位十六进制数", "a \\u escape is not four hexadecimal digits"),
    ("Invalid \\escape", "无效的反斜杠转义", "an invalid backslash escape"),
    ("Extra data", "一个值结束后还有多余内容", "there is more text after the value"),
    ("Illegal trailing comma", "末尾多了一个逗号", "a trailing comma"),
)


def one_line(text: str) -> str:
    """JSON text kept on one line for every reader of JSON Lines.

    JSON leaves U+0085, U+2028 and U+2029 unescaped inside a string, but Python's ``splitlines``
    and JavaScript's older parsers break a line there. They can stand only inside a string, where
    the escapes ``\\u0085``, ``\\u2028`` and ``\\u2029`` are valid and read back as the same text.
    """
    if "\x85" in text or "\u2028" in text or "\u2029" in text:
        return text.replace("\x85", "\\u0085").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return text


class NotANumberError(ValueError):
    """``NaN``, ``Infinity`` or ``-Infinity`` in JSON text: not a number the law can count with."""

    def __init__(self, constant: str) -> None:
        super().__init__(f"{constant} is not a number")
        self.constant = constant


def refuse_constant(name: str) -> NoReturn:
    """``parse_constant`` for :func:`json.loads`: NaN and the infinities refused."""
    raise NotANumberError(name)


def _reason(exc: Exception) -> tuple[str, str]:
    if isinstance(exc, NotANumberError):
        return f"{exc.constant} 不是数", f"{exc.constant} is not a number"
    if isinstance(exc, json.JSONDecodeError):
        zh, en = next(((zh, en) for start, zh, en in _REASONS if exc.msg.startswith(start)), ("语法错误", exc.msg))
        return f"第 {exc.lineno} 行第 {exc.colno} 列：{zh}", f"line {exc.lineno} column {exc.colno}: {en}"
    if isinstance(exc, UnicodeError):
        return "不是 UTF-8 编码的文本", "it is not UTF-8 text"
    # An integer over Python's limit on digits, the only other ValueError ``json`` raises.
    return "整数位数过多", "an integer has too many digits"


def not_json(where: str, exc: Exception) -> InputError:
    """The error for text that is not JSON (``invalid_json``), or nests too deeply (``out_of_range``)."""
    if isinstance(exc, RecursionError):
        return InputError.one(where, "out_of_range", "JSON 嵌套过深", en="the JSON is nested too deeply")
    zh, en = _reason(exc)
    return InputError.one(where, "invalid_json", f"不是有效的 JSON：{zh}", en=f"not valid JSON: {en}")
