"""The ``qinzhou-calc`` command: list, schema, run, demo, parameters and verify.

Help, usage errors and messages are Chinese unless ``--lang en`` stands anywhere on the line
(:mod:`._cli_text`). Exit 0 on success; 2 on bad input of any kind (a payload the library refuses,
JSON that does not parse or nests too deep, an input file that is missing, a directory, unreadable,
not UTF-8, or a closed standard input), with the error's JSON on stderr (as text with ``--format
text``); 1 on anything else, as one line without a traceback. ``verify`` exits 1 when a stored
result differs from what the library computes now (as ``diff`` does); it reads one stored result or
the lines ``run --input`` writes (:mod:`._verify_lines`).

``run --input FILE`` takes one JSON object, a JSON array of objects, or JSON Lines; for an array
or JSON Lines it writes one JSON line per case as it goes (``{"result": …}``, or ``{"error": …,
"line": N}`` with the case's line, ``"item": N`` in an array), in constant memory, ``--workers N``
processes sharing the work, with progress on stderr (:mod:`._progress`); it exits 2 when any case
was bad input and names the first bad lines on stderr.
"""

import argparse
import json
import os
import sys
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, TextIO

from . import __version__
from ._cli_check import add_check, run_check
from ._cli_text import Parser, argparse_in, error_text, language_of, translate
from ._core import InputError
from ._core.calls import evaluate
from ._core.jsontext import not_json, refuse_constant
from ._core.language import get_language, use_language
from ._core.registry import get, load_all

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    """The command line's parser; its help is written in English here and shown in the language of
    the line (:mod:`._cli_text` holds the Chinese)."""
    language = Parser(add_help=False)
    language.add_argument(
        "--lang", choices=("zh", "en"), default=argparse.SUPPRESS, help="language of messages: zh (default) or en"
    )
    parser = Parser(
        prog="qinzhou-calc", description="calculators of four 2019 normative documents of Qinzhou", parents=[language]
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"qinzhou-calc {__version__}",
        help="show program's version number and exit",
    )
    commands = parser.add_subparsers(dest="command", metavar=translate("COMMAND"), required=True)
    listing = commands.add_parser("list", help="every calculator: name, Chinese title, document", parents=[language])
    listing.add_argument("--json", dest="as_json", action="store_true", help="as a JSON array")
    schema = commands.add_parser("schema", help="a calculator's JSON Schema", parents=[language])
    schema.add_argument("name", help="the calculator's name (qinzhou-calc list)")
    run = commands.add_parser("run", help="evaluate a calculator on a JSON payload", parents=[language])
    run.add_argument("name", help="the calculator's name (qinzhou-calc list)")
    source = run.add_mutually_exclusive_group(required=True)
    source.add_argument("--json", dest="json_text", help="the payload as JSON text")
    source.add_argument(
        "--input", help="a JSON object, a JSON array or JSON Lines, from a file or - for standard input"
    )
    run.add_argument(
        "--format",
        choices=("json", "text"),
        default="json",
        help="json (default) or text: the result explained for a person, errors as text",
    )
    run.add_argument(
        "--workers",
        type=_processes,
        default=1,
        metavar="N",
        help="with --input: N processes read, evaluate and write the cases (the output is the same)",
    )
    run.add_argument("--lean", action="store_true", help="no steps, citations or notes (the same amounts)")
    run.add_argument(
        "--override",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="what-if: a figure of the law replaced (repeatable); VALUE is JSON or plain text",
    )
    run.add_argument(
        "--calendar",
        metavar="FILE",
        help='working-day years as JSON, shaped like the payload\'s calendar: {"years": {"2027": {...}}}',
    )
    run.add_argument(
        "--provisional-calendar",
        action="store_true",
        help="count a year with no official schedule on its statutory holidays, flagged as provisional",
    )
    parameters = commands.add_parser("parameters", help="the figures of the law, by name", parents=[language])
    parameters.add_argument("--at", help="only the figures in force that day (YYYY-MM-DD)")
    parameters.add_argument("--document", help="one document: education, roads, techinno or banking")
    parameters.add_argument("--json", dest="as_json", action="store_true", help="the catalogue as JSON")
    verify = commands.add_parser("verify", help="evaluate stored results again and compare", parents=[language])
    verify.add_argument(
        "file", help="a stored Result.to_dict(), or the JSON lines run --input writes; - for standard input"
    )
    verify.add_argument("--format", choices=("json", "text"), default="json", help="json (default) or text")
    demo = commands.add_parser(
        "demo", help="worked examples: of all four documents, or of one calculator", parents=[language]
    )
    demo.add_argument("name", nargs="?", help="one calculator's examples only")
    demo.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or json")
    add_check(commands, language)
    serve = commands.add_parser("serve", help="the web service (needs the extra: pip install 'qinzhou-calc[web]')")
    serve.add_argument("--host", default="127.0.0.1", help="the address to listen on")
    serve.add_argument("--port", type=int, default=8000, help="the port to listen on")
    serve.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    serve.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of messages by default")
    serve.add_argument("--max-body", type=int, default=1 << 20, help="largest request body in bytes")
    serve.add_argument("--cors-origin", action="append", default=[], help="a browser origin allowed to call it")
    serve.add_argument("--timeout", type=float, default=10.0, help="seconds for a body to arrive and to compute")
    serve.add_argument("--forwarded-allow-ips", help="reverse proxies whose X-Forwarded-* headers are trusted")
    serve.add_argument("--root-path", default="", help="the prefix a reverse proxy serves it under, e.g. /calc")
    serve.add_argument(
        "--limit-concurrency", type=int, default=200, help="connections at most per worker; 503 beyond (default 200)"
    )
    serve.add_argument(
        "--timeout-keep-alive", type=int, default=5, help="seconds an idle connection stays open (default 5)"
    )
    serve.add_argument(
        "--header-timeout", type=float, default=10.0, help="seconds for a request's headers to arrive (default 10)"
    )
    return parser


def _processes(text: str) -> int:
    """``--workers``: a whole number of processes, at least 1."""
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(translate("a whole number of processes, at least 1, got %r") % text)
    return int(text)


def _ascii_only(out: TextIO) -> bool:
    """Whether ``out`` cannot write Chinese (``PYTHONIOENCODING=ascii``): JSON is then escaped."""
    try:
        "钦".encode(out.encoding or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return True
    return False


def _dump(data: Any, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=_ascii_only(out), indent=2)
    out.write("\n")


def _line(data: Any, out: TextIO) -> None:
    out.write(json.dumps(data, ensure_ascii=_ascii_only(out), separators=(",", ":")) + "\n")


def _bad_file(path: str, why_zh: str, why_en: str) -> InputError:
    return InputError.one(
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


def _parse(text: str, where: str = "$") -> Any:
    try:
        return json.loads(text, parse_float=Decimal, parse_constant=refuse_constant)
    except (ValueError, RecursionError) as exc:
        raise not_json(where, exc) from None


def _run_many(args: argparse.Namespace, source: Any, out: TextIO) -> int:
    """One JSON line per case (see :mod:`._core.batchfile`); 2 when any case was bad input."""
    from ._core.batchfile import write_cases  # noqa: PLC0415 - batches load what they need
    from ._core.fileio import options_for  # noqa: PLC0415
    from ._progress import Progress  # noqa: PLC0415

    options = options_for(
        args.name, lean=args.lean, overrides=_overrides(args.override), lang=None, ascii_only=_ascii_only(out)
    )
    out.flush()
    buffer = getattr(out, "buffer", None)
    write = buffer.write if buffer is not None else (lambda data: out.write(data.decode("utf-8")))
    progress = Progress(source.total, source.unit, sys.stderr)
    report = None
    try:
        report = write_cases(args.name, source, write, options, workers=args.workers, progress=progress.advance)
    finally:
        if buffer is not None:
            buffer.flush()
        progress.close(report)
    return 2 if report.errors else 0


def _run(args: argparse.Namespace, out: TextIO) -> int:
    if args.json_text is not None:
        payload = _parse(args.json_text)
    else:
        from ._core.batchfile import Source  # noqa: PLC0415 - batches load what they need
        from ._core.fileio import open_input  # noqa: PLC0415

        with open_input(args.input) as (reader, path):
            source = Source(reader, path, count=True)
            if source.kind != "single":
                return _run_many(args, source, out)
            payload = _parse(source.text())
    result = evaluate(args.name, payload, overrides=_overrides(args.override), explain=not args.lean)
    if args.format == "text":
        out.write(f"{result}\n")
    else:
        _dump(result.to_dict(), out)
    return 0


def _overrides(pairs: Sequence[str]) -> dict[str, Any] | None:
    """``--override name=value``: the value read as JSON (``150``, ``{"2021-01-01": 150}``), else as text."""
    overrides: dict[str, Any] = {}
    for pair in pairs:
        name, sep, text = pair.partition("=")
        if not sep or not name.strip():
            raise InputError.one(
                "--override",
                "invalid_override",
                f"假设值应写作 名称=值，收到 {pair[:80]!r}",
                en=f"expected NAME=VALUE, got {pair[:80]!r}",
            )
        try:
            value = json.loads(text, parse_float=Decimal, parse_constant=refuse_constant)
        except (json.JSONDecodeError, ValueError):
            value = text
        overrides[name.strip()] = value
    return overrides or None


def _parameters(args: argparse.Namespace, out: TextIO) -> None:
    from ._core.catalogue import parameters  # noqa: PLC0415 - loads every document

    listed = parameters(args.at, args.document)
    if args.as_json:
        _dump(listed, out)
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


def _verify(args: argparse.Namespace, out: TextIO) -> int:
    """One stored result (exit 1 when it differs), or many lines, each reported as it is checked:
    exit 2 when a line could not be read, else 1 when any result differs."""
    from ._verify_lines import check_lines, summary  # noqa: PLC0415 - loads every document

    handle = _open_input(args.file)
    try:
        verification, reports = check_lines(handle)
        if verification is not None:
            if args.format == "text":
                out.write(f"{verification}\n")
            else:
                _dump(verification.to_dict(), out)
            return 0 if verification.same else 1
        counts: dict[str, int] = {}
        for report in reports:
            counts[report.status] = counts.get(report.status, 0) + 1
            if args.format == "text":
                out.write(f"{report}\n")
            else:
                _line(report.to_dict(), out)
    except UnicodeDecodeError:
        raise _bad_file(args.file, "不是 UTF-8 编码的文本", "it is not UTF-8 text") from None
    finally:
        if handle is not sys.stdin:
            handle.close()
    if args.format == "text":
        out.write(f"{summary(counts)}\n")
    return 2 if counts.get("invalid") else 1 if counts.get("different") else 0


def _list(as_json: bool, out: TextIO) -> None:
    registry = load_all()
    rows = [registry[name].listing() for name in sorted(registry)]
    if as_json:
        _dump(rows, out)
        return
    for row in rows:
        out.write(f"{row['name']}\t{row['title']}\t{row['document_number'] or ''}\n")


def _demo(fmt: str, out: TextIO, only: str | None = None) -> None:
    rows = []
    registry = load_all()
    names = [get(only).name] if only is not None else sorted(registry)
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
        _dump(rows, out)


def _serve(args: argparse.Namespace) -> int:
    """The web service, imported only here: the core never imports the web extra."""
    try:
        from .web._serve import serve  # noqa: PLC0415 - optional extra, loaded on demand
    except ImportError as exc:
        sys.stderr.write(f"qinzhou-calc serve needs the web extra: pip install 'qinzhou-calc[web]' ({exc})\n")
        return 1
    serve(
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


def _tolerant_streams() -> None:
    """An output that cannot write Chinese escapes it rather than fail (``PYTHONIOENCODING=ascii``)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    _tolerant_streams()
    line = list(sys.argv[1:] if argv is None else argv)
    # Help and usage errors speak the language asked for anywhere on the line (``parameters --lang en``).
    with argparse_in(language_of(line)):
        args = _parser().parse_args(line)
    if args.command == "serve":
        return _serve(args)
    # The language holds for this command only: a caller that runs ``main`` in its own process
    # (a test, a notebook) keeps its own choice afterwards.
    with use_language(getattr(args, "lang", None)):
        return _command(args)


def _command(args: argparse.Namespace) -> int:
    try:
        if args.command == "list":
            _list(args.as_json, sys.stdout)
        elif args.command == "schema":
            _dump(get(args.name).schema(), sys.stdout)
        elif args.command == "run":
            if args.calendar:
                from .calendar import load_file  # noqa: PLC0415 - only when asked for

                load_file(args.calendar)
            if not args.provisional_calendar:
                return _run(args, sys.stdout)
            from .calendar import allow_provisional  # noqa: PLC0415 - only when asked for

            before = allow_provisional()
            try:
                return _run(args, sys.stdout)
            finally:
                allow_provisional(before)
        elif args.command == "parameters":
            _parameters(args, sys.stdout)
        elif args.command == "verify":
            return _verify(args, sys.stdout)
        elif args.command == "check":
            return run_check(args, sys.stdout)
        else:
            _demo(args.format, sys.stdout, args.name)
    except InputError as error:
        if getattr(args, "format", "json") == "text":
            sys.stderr.write(error_text(error, get_language()))
        else:
            _dump(error.to_dict(), sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader went away (``qinzhou-calc demo | head``): say nothing more, as the
        # Python documentation recommends for SIGPIPE.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as exc:  # noqa: BLE001 - the CLI's contract: exit 1 on anything else
        message = " ".join(str(exc).split())[:300]
        sys.stderr.write(f"qinzhou-calc: {type(exc).__name__}: {message}\n")
        return 1
    return 0
