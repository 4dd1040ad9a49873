"""The ``qinzhou-calc`` command: list, schema, run, demo, parameters and verify.

Exit 0 on success, 2 on bad input (the error's JSON on stderr), 1 on anything else; ``verify``
exits 1 when the stored result differs from what the library computes now (as ``diff`` does).
"""

import argparse
import json
import os
import sys
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, TextIO

from ._core import InputError
from ._core.registry import evaluate, get, load_all

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="qinzhou-calc", description="钦州市2019年四份规范性文件的计算器")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("list", help="calculator names, one per line")
    schema = commands.add_parser("schema", help="a calculator's JSON Schema")
    schema.add_argument("name")
    run = commands.add_parser("run", help="evaluate a calculator on a JSON payload")
    run.add_argument("name")
    source = run.add_mutually_exclusive_group(required=True)
    source.add_argument("--json", dest="json_text", help="the payload as JSON text")
    source.add_argument("--input", help="a JSON file, or - for standard input")
    run.add_argument("--format", choices=("json", "text"), default="json")
    run.add_argument(
        "--override",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="what-if: a figure of the law replaced (repeatable); VALUE is JSON or plain text",
    )
    parameters = commands.add_parser("parameters", help="the figures of the law, by name")
    parameters.add_argument("--at", help="only the figures in force that day (YYYY-MM-DD)")
    parameters.add_argument("--document", help="one document: education, roads, techinno or banking")
    parameters.add_argument("--json", dest="as_json", action="store_true", help="the catalogue as JSON")
    verify = commands.add_parser("verify", help="evaluate a stored result again and compare")
    verify.add_argument("file", help="a stored Result.to_dict() as JSON, or - for standard input")
    verify.add_argument("--format", choices=("json", "text"), default="json")
    demo = commands.add_parser("demo", help="worked examples from all four documents")
    demo.add_argument("--format", choices=("text", "json"), default="text")
    serve = commands.add_parser("serve", help="the web service (needs the extra: pip install 'qinzhou-calc[web]')")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    serve.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of messages by default")
    serve.add_argument("--max-body", type=int, default=1 << 20, help="largest request body in bytes")
    serve.add_argument("--cors-origin", action="append", default=[], help="a browser origin allowed to call it")
    serve.add_argument("--timeout", type=float, default=10.0, help="seconds for a body to arrive and to compute")
    serve.add_argument("--forwarded-allow-ips", help="reverse proxies whose X-Forwarded-* headers are trusted")
    serve.add_argument("--root-path", default="", help="the prefix a reverse proxy serves it under, e.g. /calc")
    return parser


def _dump(data: Any, out: TextIO) -> None:
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _read_payload(args: argparse.Namespace) -> Any:
    if args.json_text is not None:
        text: str = args.json_text
    elif args.input == "-":
        text = sys.stdin.read()
    else:
        with open(args.input, encoding="utf-8") as handle:
            text = handle.read()
    try:
        return json.loads(text, parse_float=Decimal, parse_constant=_refuse_constant)
    except (json.JSONDecodeError, ValueError) as exc:
        raise InputError.one("$", "type", f"the payload is not valid JSON: {exc}") from None


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
            value = json.loads(text, parse_float=Decimal, parse_constant=_refuse_constant)
        except (json.JSONDecodeError, ValueError):
            value = text
        overrides[name.strip()] = value
    return overrides or None


def _parameters(args: argparse.Namespace, out: TextIO) -> None:
    from ._parameters import parameters  # noqa: PLC0415 - loads every document

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
    from ._verify import verify  # noqa: PLC0415 - loads every document

    if args.file == "-":
        text = sys.stdin.read()
    else:
        with open(args.file, encoding="utf-8") as handle:
            text = handle.read()
    try:
        stored = json.loads(text, parse_constant=_refuse_constant)
    except (json.JSONDecodeError, ValueError) as exc:
        raise InputError.one(
            "$", "type", f"存档不是有效的 JSON：{exc}", en=f"the stored result is not valid JSON: {exc}"
        ) from None
    verification = verify(stored)
    if args.format == "text":
        out.write(f"{verification}\n")
    else:
        _dump(verification.to_dict(), out)
    return 0 if verification.same else 1


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def _demo(fmt: str, out: TextIO) -> None:
    rows = []
    registry = load_all()
    for name in sorted(registry):
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
    )
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "serve":
        return _serve(args)
    try:
        if args.command == "list":
            sys.stdout.write("".join(f"{name}\n" for name in sorted(load_all())))
        elif args.command == "schema":
            _dump(get(args.name).schema(), sys.stdout)
        elif args.command == "run":
            result = evaluate(args.name, _read_payload(args), overrides=_overrides(args.override))
            if args.format == "text":
                sys.stdout.write(f"{result}\n")
            else:
                _dump(result.to_dict(), sys.stdout)
        elif args.command == "parameters":
            _parameters(args, sys.stdout)
        elif args.command == "verify":
            return _verify(args, sys.stdout)
        else:
            _demo(args.format, sys.stdout)
    except InputError as error:
        _dump(error.to_dict(), sys.stderr)
        return 2
    except BrokenPipeError:
        # The reader went away (``qinzhou-calc demo | head``): say nothing more, as the
        # Python documentation recommends for SIGPIPE.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as exc:  # noqa: BLE001 - the CLI's contract: exit 1 on anything else
        sys.stderr.write(f"qinzhou-calc: {type(exc).__name__}: {exc}\n")
        return 1
    return 0
