"""``qinzhou-calc check SUBJECT --input FILE``: a profile's check (政策体检) on the command line.

A file holding one JSON value is one profile (its report as JSON, as text with ``--format text``,
or an excavation project's calendar with ``--format ics``); a file of JSON Lines is many profiles,
one report per line out (``{"error": …, "line": N}`` for a line that is not a profile), exit 2 when
any line was bad input.
"""

import argparse
import json
import sys
from decimal import Decimal
from typing import Any, TextIO

import qinzhou_calc as qc

from . import service

__all__ = ["CHECK_HELP", "HELP_ZH", "add_reading", "check_arguments", "run_check"]

#: The help of ``--reading``, on every command that evaluates.
READING_HELP = "a reading of the law other than its default, CODE=OPTION (repeatable; qinzhou-calc readings lists them)"

#: The command's line in ``qinzhou-calc --help``.
CHECK_HELP = "check a profile against every rule of its subject (政策体检)"

#: The help of the command, in Chinese (the command line's table of its own words takes them).
HELP_ZH = {
    CHECK_HELP: "政策体检：按体检对象的全部规则检查一份资料",
    "school, enterprise, incubator, registration_body or excavation": (
        "体检对象：school、enterprise、incubator、registration_body 或 excavation"
    ),
    "one profile as a JSON object, or JSON Lines of profiles; - for standard input": (
        "一份资料（JSON 对象），或多份资料（JSON Lines）；- 表示标准输入"
    ),
    "json (default), text, or ics: an excavation project's deadlines as a calendar file": (
        "json（默认）、text，或 ics：挖掘项目的各项期限写成日历文件"
    ),
    "the decision date (YYYY-MM-DD); wins over the profile's": "决定日期（YYYY-MM-DD），优先于资料中的决定日期",
    READING_HELP: "按另一种读法计算：读法代码=选项（可重复；qinzhou-calc readings 列出全部读法）",
}


def add_reading(parser: argparse.ArgumentParser) -> None:
    """``--reading CODE=OPTION``, repeatable: a reading of the law other than its default."""
    parser.add_argument("--reading", action="append", default=[], metavar="CODE=OPTION", help=READING_HELP)


def check_arguments(parser: argparse.ArgumentParser) -> None:
    """The ``check`` command's arguments."""
    parser.add_argument("subject", help="school, enterprise, incubator, registration_body or excavation")
    parser.add_argument(
        "--input", required=True, help="one profile as a JSON object, or JSON Lines of profiles; - for standard input"
    )
    parser.add_argument(
        "--format",
        choices=("json", "text", "ics"),
        default="json",
        help="json (default), text, or ics: an excavation project's deadlines as a calendar file",
    )
    parser.add_argument("--decision-date", help="the decision date (YYYY-MM-DD); wins over the profile's")
    add_reading(parser)


def _read(path: str) -> str:
    if path == "-":
        if sys.stdin is None:
            raise qc.InputError.one("--input", "type", "无法读取输入：标准输入已关闭", en="standard input is closed")
        return sys.stdin.read()
    try:
        with open(path, encoding="utf-8") as source:
            return source.read()
    except (OSError, UnicodeDecodeError) as exc:
        why = getattr(exc, "strerror", None) or type(exc).__name__
        raise qc.InputError.one(
            "--input", "type", f"无法读取输入文件 {path[:200]!r}：{why}", en=f"cannot read {path[:200]!r}: {why}"
        ) from None


def _parse(text: str, where: str) -> Any:
    try:
        return json.loads(text, parse_float=Decimal, parse_constant=service.refuse_constant)
    except (ValueError, RecursionError) as exc:
        raise service.not_json(where, exc) from None


def _lines(text: str) -> list[tuple[int, str]] | None:
    """The numbered lines of JSON Lines, or ``None`` for a file holding one JSON value."""
    lines = [(number, line) for number, line in enumerate(text.splitlines(), 1) if line.strip()]
    if len(lines) < 2:
        return None
    try:
        json.loads(lines[0][1])
    except ValueError:
        return None
    return lines


def _ascii_only(out: TextIO) -> bool:
    encoding = (getattr(out, "encoding", None) or "utf-8").lower().replace("-", "")
    return encoding not in {"utf8", "utf16", "utf32", "gb18030"}


def run_check(args: argparse.Namespace, out: TextIO) -> int:
    """The ``check`` command: 0 when every profile was read, 2 when any was bad input."""
    subject = service.find_subject(args.subject).key
    decided = service.decision_day(args.decision_date)
    readings = service.check_readings(service.readings_of(args.reading))
    if args.format == "ics" and subject != "excavation":
        raise qc.InputError.one(
            "--format",
            "invalid_choice",
            "--format ics 只用于挖掘项目（excavation）",
            en="--format ics is for an excavation project only",
        )
    text = _read(args.input)
    many = _lines(text)
    ascii_only = _ascii_only(out)
    if many is None:
        report = qc.check(subject, _parse(text, "$"), decision_date=decided, readings=readings)
        if args.format == "ics":
            out.write(report.to_ical())
        elif args.format == "text":
            out.write(f"{report}\n")
        else:
            out.write(json.dumps(report.to_dict(), ensure_ascii=ascii_only, indent=2) + "\n")
        return 0
    if args.format == "ics":
        raise qc.InputError.one(
            "--format", "invalid_choice", "--format ics 只接受一个挖掘项目的资料", en="--format ics takes one profile"
        )
    bad = 0
    for number, line in many:
        try:
            report = qc.check(subject, _parse(line, "$"), decision_date=decided, readings=readings)
        except qc.InputError as error:
            bad += 1
            out.write(json.dumps({**error.to_dict(), "line": number}, ensure_ascii=ascii_only) + "\n")
            continue
        shown = f"{report}\n" if args.format == "text" else json.dumps(report.to_dict(), ensure_ascii=ascii_only)
        out.write(shown + "\n")
    return 2 if bad else 0
