"""The ``qinzhou-calc`` command: list, schema, run, demo, parameters, readings, check and verify.

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

The arguments of each command are :mod:`._cli_parser`'s, the work of those that evaluate
:mod:`._cli_commands`'; options, JSON and batches are read through :mod:`.service`, as the web
service reads them.
"""

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

import qinzhou_calc as qc

from . import service
from ._cli_check import run_check
from ._cli_commands import demo, dump, parameters, readings, run, serve, verify
from ._cli_parser import parser
from ._cli_text import argparse_in, error_text, language_of

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    """The command line's parser, every command's arguments (:mod:`._cli_parser`)."""
    return parser()


def _list(args: argparse.Namespace, out: TextIO) -> None:
    registry = service.load_all()
    rows = [registry[name].listing() for name in sorted(registry)]
    if args.as_json:
        dump(rows, out)
        return
    for row in rows:
        out.write(f"{row['name']}\t{row['title']}\t{row['document_number'] or ''}\n")


def _schema(args: argparse.Namespace, out: TextIO) -> None:
    dump(qc.schema(args.name), out)


def _demo(args: argparse.Namespace, out: TextIO) -> None:
    demo(args.format, out, args.name)


#: What each command does with its arguments and the standard output: its exit status, or
#: ``None`` for 0 (``serve`` is not here: it runs outside the language of one command).
COMMANDS: dict[str, Callable[[argparse.Namespace, TextIO], int | None]] = {
    "list": _list,
    "schema": _schema,
    "run": run,
    "parameters": parameters,
    "readings": readings,
    "verify": verify,
    "demo": _demo,
    "check": run_check,
}


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
        return serve(args)
    # The language holds for this command only: a caller that runs ``main`` in its own process
    # (a test, a notebook) keeps its own choice afterwards.
    with service.use_language(getattr(args, "lang", None)):
        return _command(args)


def _command(args: argparse.Namespace) -> int:
    try:
        return COMMANDS[args.command](args, sys.stdout) or 0
    except qc.InputError as error:
        if getattr(args, "format", "json") == "text":
            sys.stderr.write(error_text(error, service.get_language()))
        else:
            dump(error.to_dict(), sys.stderr)
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
