"""The ``qinzhou-calc`` command line's arguments: one function per command adds its arguments.

The help is written in English here and shown in the language of the line (:mod:`._cli_text`
holds the Chinese). A new command adds its line to :data:`COMMANDS` and its work to :mod:`.cli`'s
table of commands. A command's arguments are added when argparse first takes its parser, so that a
command line builds the arguments of the one command it runs, not of all nine.
"""

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from . import __version__
from ._cli_check import CHECK_HELP, add_reading, check_arguments
from ._cli_text import DOCUMENTS_HELP, Parser, translate
from .service import LANGUAGES

if TYPE_CHECKING:
    from _collections_abc import dict_items, dict_values

__all__ = ["COMMANDS", "parser"]

#: What adds a command's arguments to its parser.
Arguments = Callable[[Parser], None]


def _processes(text: str) -> int:
    """``--workers``: a whole number of processes, at least 1."""
    if not text.strip().isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(translate("a whole number of processes, at least 1, got %r") % text)
    return int(text)


def _list(listing: Parser) -> None:
    listing.add_argument("--json", dest="as_json", action="store_true", help="as a JSON array")


def _schema(schema: Parser) -> None:
    schema.add_argument("name", help="the calculator's name (qinzhou-calc list)")


def _run(run: Parser) -> None:
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


def _parameters(parameters: Parser) -> None:
    parameters.add_argument("--at", help="only the figures in force that day (YYYY-MM-DD)")
    parameters.add_argument("--document", help=DOCUMENTS_HELP)
    parameters.add_argument("--json", dest="as_json", action="store_true", help="the catalogue as JSON")


def _readings(readings: Parser) -> None:
    readings.add_argument("--document", help=DOCUMENTS_HELP)
    readings.add_argument(
        "--format", choices=("text", "json"), default="text", help="text (default) or json: qc.readings() as JSON"
    )


def _verify(verify: Parser) -> None:
    verify.add_argument(
        "file", help="a stored Result.to_dict(), or the JSON lines run --input writes; - for standard input"
    )
    verify.add_argument("--format", choices=("json", "text"), default="json", help="json (default) or text")


def _demo(demo: Parser) -> None:
    demo.add_argument("name", nargs="?", help="one calculator's examples only")
    demo.add_argument("--format", choices=("text", "json"), default="text", help="text (default) or json")


def _serve(serve: Parser) -> None:
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


#: Every command, in the order ``--help`` lists them: its name, its line in ``--help``, whether it
#: takes ``--lang`` like every command (``serve`` has its own, the default language of its answers),
#: and what adds its arguments.
COMMANDS: tuple[tuple[str, str, bool, Arguments], ...] = (
    ("list", "every calculator: name, Chinese title, document", True, _list),
    ("schema", "a calculator's JSON Schema", True, _schema),
    ("run", "evaluate a calculator on a JSON payload", True, _run),
    ("parameters", "the figures of the law, by name", True, _parameters),
    ("readings", "the law's open questions: each reading, its options and default", True, _readings),
    ("verify", "evaluate stored results again and compare", True, _verify),
    ("demo", "worked examples: of all four documents, or of one calculator", True, _demo),
    ("check", CHECK_HELP, True, check_arguments),
    ("serve", "the web service (needs the extra: pip install 'qinzhou-calc[web]')", False, _serve),
)


class _Commands(dict[str, Parser]):
    """The commands' parsers by name, as the subparsers' group keeps them: each is given its
    arguments when it is first taken out (by argparse, for the command on the line), or when they
    are all walked."""

    def __init__(self, parsers: dict[str, Parser], arguments: dict[str, Arguments]) -> None:
        super().__init__(parsers)
        self.arguments = arguments

    def __getitem__(self, name: str) -> Parser:
        found = super().__getitem__(name)
        add = self.arguments.pop(name, None)
        if add is not None:
            add(found)
        return found

    def _complete(self) -> None:
        for name in list(self.arguments):
            self[name]

    def values(self) -> "dict_values[str, Parser]":
        self._complete()
        return super().values()

    def items(self) -> "dict_items[str, Parser]":
        self._complete()
        return super().items()


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
    for name, line, takes_language, _ in COMMANDS:
        commands.add_parser(name, help=line, parents=[language] if takes_language else [])
    parsers = _Commands(commands._name_parser_map, {name: add for name, _, _, add in COMMANDS})
    commands._name_parser_map = parsers
    commands.choices = parsers
    return found
