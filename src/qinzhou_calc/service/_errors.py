"""Every answer that is not a result has one shape, ``InputError.to_dict()``'s, and one status.

``{"error": {"type": ..., "errors": [{"field", "code", "message"}]}}``. ``type`` is
``input_error`` for a payload the library refused (400) and an unknown calculator (404), and
``request_error`` for what is wrong with the request itself (404 path, 405, 408, 413, 415).
Messages are Chinese by default and English with ``lang=en``; codes never change with the language.
"""

from collections.abc import Iterable, Mapping
from typing import Any

from .._core.errors import InputError, Problem

__all__ = ["RequestError", "error_body", "input_error_body", "or_list", "status_of"]

#: Library codes that are not the payload's fault but name something that does not exist.
_NOT_FOUND = frozenset({"unknown_calculator"})


class RequestError(Exception):
    """An answer other than a result, with its status (an HTTP status), raised where the request is
    read and turned into the error shape by the face."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        en: str,
        *,
        field: str = "$",
        kind: str = "request_error",
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(en)
        self.status = status
        self.kind = kind
        self.problems = (Problem(field, code, message, en),)
        self.headers = dict(headers or {})

    def body(self, lang: str) -> dict[str, Any]:
        return error_body(self.kind, self.problems, lang)


def _message(problem: Problem, lang: str) -> str:
    return problem.en if lang == "en" and problem.en else problem.message


def error_body(kind: str, problems: Iterable[Problem], lang: str) -> dict[str, Any]:
    """The error shape for ``problems``, each message in ``lang`` where it has been written."""
    rows = [{"field": p.field, "code": p.code, "message": _message(p, lang)} for p in problems]
    return {"error": {"type": kind, "errors": rows}}


def input_error_body(error: InputError, lang: str) -> dict[str, Any]:
    """``error.to_dict()``, its messages in ``lang``: the library's own shape, key for key."""
    body = error.to_dict()
    rows = body["error"]["errors"]
    if lang == "en":
        for problem, row in zip(error.errors, rows, strict=True):
            row["message"] = _message(problem, lang)
    return body


def status_of(error: InputError) -> int:
    """404 when the request names a calculator that does not exist, else 400."""
    return 404 if error.codes & _NOT_FOUND else 400


def or_list(words: list[str], lang: str) -> str:
    """``a, b, c or d`` (``a、b、c 或 d`` in Chinese): a closed list of choices in a sentence."""
    if len(words) < 2:
        return "".join(words)
    if lang == "zh":
        return f"{'、'.join(words[:-1])} 或 {words[-1]}"
    return f"{', '.join(words[:-1])} or {words[-1]}"
