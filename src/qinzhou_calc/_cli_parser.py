"""The ``qinzhou-calc`` command line's arguments: one function per command adds its parser.

The help is written in English here and shown in the language of the line (:mod:`._cli_text`
holds the Chinese). A new command adds its function to :data:`COMMANDS` and its work to
:mod:`.cli`'s table of commands.
"""

import argparse
from collections.abc import Callable

from . import __version__
from ._cli_check import add_check, add_reading
from ._cli_text import DOCUMENTS_HELP, Parser, translate
from .service import LANGUAGES

__all__ = ["COMMANDS", "parser"]

#: The subparsers' group and the parser of ``--lang``, which every command takes.
Adder = Callable[["argparse._SubParsersAction[Parser]", Parser], None]


def _processes(text: str) -> int:
    """``--workers``: a whole number of processes, at least 1."""
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(translate("a whole number of processes, at least 1, got %r") % text)
    return int(text)


def _list(commands: "argparse._SubParsersAction[Parser]", language: Parser) -> None:
    listing = commands.add_parser("list", help="every calculator: name, Chinese title, document", parents=[language])
    listing.add_argument("--json", dest="as_json", action="store_true", help="as a JSON array")


def _schema(commands: "argparse._SubParsersAction[Parser]", language: Parser) -> None:
    schema = commands.add_parser("schema", help="a calculator's JSON Schema", parents=[language])
    schema.add_argument("name", help="the calculator's name (qinzhou-calc list)")


def _run(commands: "argparse._SubParsersAction[Parser]", language: Parser) -> None:
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
    add_reading(run)
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


def _parameters(commands: "argparse._SubParsersAction[Parser]", language: Parser) -> None:
    parameters = commands.add_parser("parameters", help="the figures of the law, by name", parents=[language])
    parameters.add_argument("--at", help="only the figures in force that day (YYYY-MM-DD)")
    parameters.add_argument("--document", help=DOCUMENTS_HELP)
    parameters.add_argument("--json", dest="as_json", action="store_true", help="the catalogue as JSON")


def _readings(commands: "argparse._SubParsersAction[Parser]", language: Parser) -> None:
    readings = commands.add_parser(
        "readings", help="the law's open questions: each reading, its options and default", parents=[language]
    )
    readings.add_argument("--document", help=DOCUMENTS_HELP)
    readings.add_argument(
        "--format", choices=("text", "json"), default="text", help="text (default) or json: qc.readings() as JSON"
    )


def _verify(commands: "argparse._SubParsersAction[Parser]", language: Parser) -> None:
    verify = commands.add_parser("verify", help="evaluate stored results again and compare", parents=[language])
    verify.add_argument(
        "file", help="a stored Result.to_dict(), or the JSON lines run --input writes; - for standard input"
    )
    verify.add_argument("--format", choices=("json", "text"), default="json", help="json (default) or text")


def _demo(commands: "argparse._SubParsersAction[Parser]", language: Parser) -> None:
    demo = commands.add_parser(
        "demo", help="worked examples: of all four documents, or of one calculator", parents=[language]
    )
    demo.add_argument("name", nargs="?", help="one calculator's examples only")
    demo.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or json")


def _serve(commands: "argparse._SubParsersAction[Parser]", language: Parser) -> None:
    serve = commands.add_parser("serve", help="the web service (needs the extra: pip install 'qinzhou-calc[web]')")
    serve.add_argument("--host", default="127.0.0.1", help="the address to listen on")
    serve.add_argument("--port", type=int, default=8000, help="the port to listen on")
    serve.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")
    serve.add_argument("--lang", choices=LANGUAGES, default="zh", help="language of messages by default")
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


#: Every command's parser, in the order ``--help`` lists them.
COMMANDS: tuple[Adder, ...] = (_list, _schema, _run, _parameters, _readings, _verify, _demo, add_check, _serve)


def parser() -> argparse.ArgumentParser:
    """The command line's parser."""
    language = Parser(add_help=False)
    language.add_argument(
        "--lang", choices=LANGUAGES, default=argparse.SUPPRESS, help="language of messages: zh (default) or en"
    )
    found = Parser(
        prog="qinzhou-calc", description="calculators of four 2019 normative documents of Qinzhou", parents=[language]
    )
    found.add_argument(
        "--version",
        action="version",
        version=f"qinzhou-calc {__version__}",
        help="show program's version number and exit",
    )
    commands = found.add_subparsers(dest="command", metavar=translate("COMMAND"), required=True)
    for add in COMMANDS:
        add(commands, language)
    return found
