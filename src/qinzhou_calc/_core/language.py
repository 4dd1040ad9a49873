"""The language of error messages: Chinese (``zh``) by default, English (``en``) on request.

The choice is a context variable, so one thread's (or one asyncio task's) ``set_language`` never
changes another's. Where nothing is set, ``QINZHOU_CALC_LANG`` decides, then Chinese. Codes never
change with the language; only ``message`` does.
"""

import contextlib
import os
from collections.abc import Iterator
from contextvars import ContextVar
from typing import Literal

__all__ = ["LANGUAGES", "Language", "get_language", "read_language", "set_language", "use_language"]

Language = Literal["zh", "en"]
LANGUAGES: tuple[Language, ...] = ("zh", "en")
ENVIRONMENT = "QINZHOU_CALC_LANG"

_CURRENT: ContextVar[Language | None] = ContextVar("qinzhou_calc_language", default=None)


def read_language(value: object) -> Language:
    """``value`` as a language, or ``ValueError``: ``"zh"``, ``"en"`` (any case; ``zh-CN``, ``en_US`` too)."""
    if isinstance(value, str):
        head = value.strip().lower().replace("_", "-").partition("-")[0]
        if head == "zh":
            return "zh"
        if head == "en":
            return "en"
    raise ValueError(f"unknown language {str(value)[:20]!r}: use 'zh' or 'en'")


def get_language() -> Language:
    """The language of messages in this context: ``set_language``'s, else ``QINZHOU_CALC_LANG``'s, else ``zh``."""
    chosen = _CURRENT.get()
    if chosen is not None:
        return chosen
    try:
        return read_language(os.environ.get(ENVIRONMENT, "zh"))
    except ValueError:
        return "zh"


def set_language(language: str | None) -> None:
    """Messages in ``language`` (``"zh"`` or ``"en"``) from now on, in this thread or task;
    ``None`` goes back to ``QINZHOU_CALC_LANG`` or Chinese."""
    _CURRENT.set(None if language is None else read_language(language))


@contextlib.contextmanager
def use_language(language: str | None) -> Iterator[None]:
    """Messages in ``language`` inside the ``with`` block only (``None``: leave the choice as it is)."""
    if language is None:
        yield
        return
    token = _CURRENT.set(read_language(language))
    try:
        yield
    finally:
        _CURRENT.reset(token)
