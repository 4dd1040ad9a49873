"""Progress of ``qinzhou-calc run --input`` on stderr.

On a terminal with the ``progress`` extra (``pip install 'qinzhou-calc[progress]'``), a tqdm bar:
with the total, the percentage and the time left when the input is a file (its lines for JSON
Lines, its bytes for a JSON array). Otherwise (stderr is a log or a pipe, or tqdm is not
installed) a plain line every :data:`EVERY` seconds with the count, and the percentage and time
left when the total is known; on a terminal without the extra, a first line says how to get the
bar. At the end, the bad cases are named by their line (or item) number.
"""

import time
from typing import TYPE_CHECKING, Any, TextIO

from . import service

if TYPE_CHECKING:
    from .service.files import FileReport

__all__ = ["EVERY", "Progress"]

#: Seconds between two plain progress lines.
EVERY = 2.0


def _tqdm() -> Any:
    try:
        from tqdm import tqdm  # noqa: PLC0415 - the optional extra, only for the command line
    except ImportError:
        return None
    return tqdm


def _duration(seconds: float, zh: bool) -> str:
    seconds = round(seconds)
    minutes, seconds = divmod(seconds, 60)
    if zh:
        return f"{minutes} 分 {seconds} 秒" if minutes else f"{seconds} 秒"
    return f"{minutes} min {seconds} s" if minutes else f"{seconds} s"


class Progress:
    """Told after each chunk how far the batch has gone (``span`` lines or bytes, ``cases`` cases)."""

    def __init__(self, total: int | None, unit: str, stream: TextIO) -> None:
        self.total, self.unit, self.stream = total, unit, stream
        self.zh = service.get_language() == "zh"
        self.done = self.cases = 0
        self.started = self.shown = time.monotonic()
        self.printed = False
        self.bar = None
        terminal = stream.isatty()
        tqdm = _tqdm() if terminal else None
        if tqdm is not None:
            label = "行" if self.zh else "lines"
            self.bar = tqdm(
                total=total,
                unit="B" if unit == "byte" else label,
                unit_scale=unit == "byte",
                file=stream,
                dynamic_ncols=True,
            )
        elif terminal:
            hint = (
                "（安装 qinzhou-calc[progress] 可显示进度条：pip install 'qinzhou-calc[progress]'）"
                if self.zh
                else "(install the progress extra for a progress bar: pip install 'qinzhou-calc[progress]')"
            )
            self._say(hint)

    def _say(self, text: str) -> None:
        self.stream.write(text + "\n")
        self.stream.flush()
        self.printed = True

    def advance(self, span: int, cases: int) -> None:
        self.done += span
        self.cases += cases
        if self.bar is not None:
            self.bar.update(span)
            if self.unit == "byte":
                self.bar.set_postfix_str(f"{self.cases} 件" if self.zh else f"{self.cases} cases", refresh=False)
            return
        now = time.monotonic()
        if now - self.shown >= EVERY:
            self.shown = now
            self._say(self._line(now))

    def _line(self, now: float) -> str:
        count = f"已处理 {self.cases} 件" if self.zh else f"{self.cases} cases done"
        if not self.total:
            return count
        share = min(self.done / self.total, 1.0)
        left = (now - self.started) * (1 - share) / share if share else 0.0
        if self.zh:
            where = f"第 {self.done}/{self.total} 行" if self.unit == "line" else f"{self.done}/{self.total} 字节"
            return f"{count}（{where}，{share:.0%}，约剩 {_duration(left, True)}）"
        where = f"line {self.done} of {self.total}" if self.unit == "line" else f"{self.done} of {self.total} bytes"
        return f"{count} ({where}, {share:.0%}, about {_duration(left, False)} left)"

    def close(self, report: "FileReport | None") -> None:
        """The end of the batch: the bar closed, or a last count; the bad cases named."""
        if self.bar is not None:
            self.bar.close()
        elif self.printed and report is not None:
            spent = _duration(time.monotonic() - self.started, self.zh)
            self._say(f"共 {report.cases} 件，用时 {spent}" if self.zh else f"{report.cases} cases in {spent}")
        if report is None or not report.errors:
            return
        numbers = ("、" if self.zh else ", ").join(map(str, report.bad))
        more = report.errors > len(report.bad)
        if self.zh:
            where = "行" if report.numbering == "line" else "项"
            self._say(f"{report.errors} 件输入有误：第 {numbers} {where}{'等' if more else ''}")
        else:
            where = "lines" if report.numbering == "line" else "items"
            self._say(f"{report.errors} cases were bad input: {where} {numbers}{', …' if more else ''}")
