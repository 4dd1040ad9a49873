"""The work of the ``qinzhou-calc`` commands that evaluate: ``run``, ``verify``, ``parameters``,
``readings``, ``demo`` and ``serve``, each reading its options through the service (:mod:`.service`)."""

import argparse
import json
import sys
from typing import Any, TextIO

import qinzhou_calc as qc

from . import service
from ._progress import Progress
from ._verify_lines import check_lines, summary

__all__ = ["demo", "dump", "line", "parameters", "readings", "run", "serve", "verify"]


def _ascii_only(out: TextIO) -> bool:
    """Whether ``out`` cannot write Chinese (``PYTHONIOENCODING=ascii``): JSON is then escaped."""
    try:
        "钦".encode(out.encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return True
    return False


def dump(data: Any, out: TextIO) -> None:
    """``data`` as indented JSON, then a newline."""
    json.dump(data, out, ensure_ascii=_ascii_only(out), indent=2)
    out.write("\n")


def line(data: Any, out: TextIO) -> None:
    """``data`` as one compact JSON line."""
    out.write(json.dumps(data, ensure_ascii=_ascii_only(out), separators=(",", ":")) + "\n")


def _bad_file(path: str, why_zh: str, why_en: str) -> qc.InputError:
    return qc.InputError.one(
        "--input", "type", f"无法读取输入文件 {path[:200]!r}：{why_zh}", en=f"cannot read {path[:200]!r}: {why_en}"
    )


def _open_input(path: str) -> TextIO:
    """The ``--input`` file as UTF-8 text; a missing file, a directory or no permission is bad input."""
    if path == "-":
        if sys.stdin is None:
            raise _bad_file(path, "标准输入已关闭", "standard input is closed")
        return sys.stdin
    try:
        return open(path, encoding="utf-8")
    except FileNotFoundError:
        raise _bad_file(path, "文件不存在", "no such file") from None
    except IsADirectoryError:
        raise _bad_file(path, "这是一个目录", "it is a directory") from None
    except OSError as exc:
        raise _bad_file(path, exc.strerror or type(exc).__name__, exc.strerror or type(exc).__name__) from None


def _run_many(args: argparse.Namespace, source: Any, out: TextIO) -> int:
    """One JSON line per case (see :mod:`.service.files`); 2 when any case was bad input."""
    options = service.files.file_options(
        args.name,
        lean=args.lean,
        overrides=service.overrides_of(args.override),
        lang=None,
        ascii_only=_ascii_only(out),
        readings=service.readings_of(args.reading),
    )
    out.flush()
    buffer = getattr(out, "buffer", None)
    write = buffer.write if buffer is not None else (lambda data: out.write(data.decode("utf-8")))
    progress = Progress(source.total, source.unit, sys.stderr)
    report = None
    try:
        report = service.files.write_cases(
            args.name, source, write, options, workers=args.workers, progress=progress.advance
        )
    finally:
        if buffer is not None:
            buffer.flush()
        progress.close(report)
    return 2 if report.errors else 0


def run(args: argparse.Namespace, out: TextIO) -> int:
    """``run``: one payload (``--json``, or a file of one object) printed as its result; a file of
    many as one JSON line per case. The working-day calendar asked for is in place throughout."""
    asked = service.Options(calendar=args.calendar, provisional=args.provisional_calendar)
    if asked.calendar is None and not asked.provisional:
        return _run(args, out)
    with service.calendar_in_place(asked):
        return _run(args, out)


def _run(args: argparse.Namespace, out: TextIO) -> int:
    if args.json_text is not None:
        payload = service.read_payload(args.json_text)
    else:
        with service.files.open_input(args.input) as (reader, path):
            source = service.files.Source(reader, path, count=True)
            if source.kind != "single":
                return _run_many(args, source, out)
            payload = service.read_payload(source.text())
    options = service.Options(
        overrides=service.overrides_of(args.override),
        explain=not args.lean,
        readings=service.readings_of(args.reading),
    )
    result = qc.evaluate(args.name, payload, **options.kwargs())
    if args.format == "text":
        out.write(f"{result}\n")
    else:
        dump(result.to_dict(), out)
    return 0


def parameters(args: argparse.Namespace, out: TextIO) -> None:
    """``parameters``: every figure of the law, or those in force on a day, of one document."""
    listed = qc.parameters(args.at, args.document)
    if args.as_json:
        dump(listed, out)
        return
    for entry in listed:
        out.write(f"{entry['name']}  {entry['description']}  单位：{entry['unit']}\n")
        for version in entry["history"]:
            value = version["value"]
            shown = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
            until = version["until"] or ""
            citation = version["citation"]
            out.write(
                f"    {version['since']} — {until}  {shown}  "
                f"{citation['document']} {citation['article']}{citation['clause'] or ''}\n"
            )


def readings(args: argparse.Namespace, out: TextIO) -> None:
    """``readings``: the law's open questions, each with its options (the default marked) and the
    reasoning behind the default; ``--format json`` gives ``qc.readings()`` as it is."""
    listed = qc.readings(args.document)
    if args.format == "json":
        dump(listed, out)
        return
    chinese = service.get_language() == "zh"
    default, colon, why = ("（默认）", "：", "理由：") if chinese else (" (default)", ": ", "Reasoning: ")
    for entry in listed:
        out.write(f"{entry['code']}  {entry['article']}\n    {entry['question']}\n")
        for option in entry["options"]:
            mark = default if option["key"] == entry["default"] else ""
            out.write(f"    - {option['key']}{mark}{colon}{option['summary']}\n")
        out.write(f"    {why}{entry['reasoning']}\n\n")


def verify(args: argparse.Namespace, out: TextIO) -> int:
    """One stored result (exit 1 when it differs), or many lines, each reported as it is checked:
    exit 2 when a line could not be read, else 1 when any result differs."""
    handle = _open_input(args.file)
    try:
        verification, reports = check_lines(handle)
        if verification is not None:
            if args.format == "text":
                out.write(f"{verification}\n")
            else:
                dump(verification.to_dict(), out)
            return 0 if verification.same else 1
        counts: dict[str, int] = {}
        for report in reports:
            counts[report.status] = counts.get(report.status, 0) + 1
            if args.format == "text":
                out.write(f"{report}\n")
            else:
                line(report.to_dict(), out)
    except UnicodeDecodeError:
        raise _bad_file(args.file, "不是 UTF-8 编码的文本", "it is not UTF-8 text") from None
    finally:
        if handle is not sys.stdin:
            handle.close()
    if args.format == "text":
        out.write(f"{summary(counts)}\n")
    return 2 if counts.get("invalid") else 1 if counts.get("different") else 0


def demo(fmt: str, out: TextIO, only: str | None = None) -> None:
    """``demo``: every calculator's worked examples (or one calculator's), with their results."""
    rows = []
    registry = service.load_all()
    names = [service.calculator(only).name] if only is not None else sorted(registry)
    for name in names:
        calc = registry[name]
        for example in calc.examples:
            result = calc.evaluate(example.payload)
            if fmt == "json":
                rows.append({"title": example.title, "payload": example.payload, "result": result.to_dict()})
            else:
                out.write(f"## {calc.title}：{example.title}\n")
                out.write(f"输入：{json.dumps(example.payload, ensure_ascii=False)}\n")
                out.write(f"{result}\n\n")
    if fmt == "json":
        dump(rows, out)


def serve(args: argparse.Namespace) -> int:
    """The web service, imported only here: the core never imports the web extra."""
    try:
        from .web._serve import serve as run_server  # noqa: PLC0415 - optional extra, loaded on demand
    except ImportError as exc:
        sys.stderr.write(f"qinzhou-calc serve needs the web extra: pip install 'qinzhou-calc[web]' ({exc})\n")
        return 1
    run_server(
        host=args.host,
        port=args.port,
        workers=args.workers,
        lang=args.lang,
        max_body=args.max_body,
        cors_origins=args.cors_origin,
        timeout=args.timeout,
        forwarded_allow_ips=args.forwarded_allow_ips,
        root_path=args.root_path,
        limit_concurrency=args.limit_concurrency,
        timeout_keep_alive=args.timeout_keep_alive,
        header_timeout=args.header_timeout,
    )
    return 0
