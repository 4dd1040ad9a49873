"""The docs cannot drift: every Python example in docs/*.md and the README runs, every JSON parses,
and every payload and result shown is what the code gives."""

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import qinzhou_calc as qc
from qinzhou_calc._core.registry import REGISTRY, load_all

from ._pages import PAGES, ROOT, blocks


@pytest.fixture
def registry_restored() -> Iterator[None]:
    """A page may register a calculator of its own to show how; it is gone after the test."""
    load_all()
    saved = dict(REGISTRY)
    yield
    REGISTRY.clear()
    REGISTRY.update(saved)


def _name(page: Path) -> str:
    return str(page.relative_to(ROOT))


def test_the_docs_have_python_examples_to_run() -> None:
    """The getting-started page and the guide for writers of calculators show code."""
    with_python = {_name(page) for page in PAGES if any(b.language == "python" for b in blocks(page))}
    assert {"README.md", "docs/index.md", "docs/developing.md"} <= with_python


@pytest.mark.usefixtures("registry_restored")
@pytest.mark.parametrize("page", PAGES, ids=_name)
def test_every_python_block_of_the_page_runs_in_order(page: Path) -> None:
    """The ```python blocks of one page run in order in one namespace, as a reader would type them."""
    namespace: dict[str, Any] = {"__name__": f"docs_example_{page.stem}"}
    for block in blocks(page):
        if block.language == "python":
            code = "\n" * (block.line - 1) + block.text  # tracebacks point at the page's own lines
            exec(compile(code, str(page), "exec"), namespace)  # our own documentation


_RUN = re.compile(r"qinzhou-calc run (?P<name>[\w.]+)[^\n']*--json '(?P<payload>\{[^']*\})'")
_PAYLOAD_MARK = re.compile(r"<!-- payload: (?P<name>[\w.]+) -->\s*$")


def _json_examples() -> Iterator[tuple[str, str, str, Any]]:
    """(page, kind, calculator, value) for every JSON payload and result the pages show.

    A payload is a ```json block under a ``<!-- payload: NAME -->`` comment, or the ``--json``
    argument of a ``qinzhou-calc run NAME`` command; a result is a ```json block with a
    ``"calculator"`` key, checked against the last payload shown for that calculator.
    """
    for page in PAGES:
        for block in blocks(page):
            if block.language == "json":
                value = json.loads(block.text)
                mark = _PAYLOAD_MARK.search(block.before)
                if mark:
                    yield _name(page), "payload", mark["name"], value
                elif isinstance(value, dict) and "calculator" in value:
                    yield _name(page), "result", value["calculator"], value
            for run in _RUN.finditer(block.text):
                yield _name(page), "payload", run["name"], json.loads(run["payload"])


def test_every_json_block_of_the_docs_is_valid_json() -> None:
    """A ```json block is JSON a reader can paste: no comments, no ellipses."""
    for page in PAGES:
        for block in blocks(page):
            if block.language == "json":
                try:
                    json.loads(block.text)
                except json.JSONDecodeError as error:  # pragma: no cover - the message names the block
                    pytest.fail(f"{_name(page)} line {block.line}: {error}")


def test_the_docs_show_payloads_and_results() -> None:
    """The README and the getting-started page show a payload and the result it gives."""
    kinds = {(page, kind) for page, kind, _, _ in _json_examples()}
    assert {("README.md", "payload"), ("README.md", "result"), ("docs/index.md", "result")} <= kinds


def test_every_payload_shown_is_accepted_and_every_result_shown_is_what_it_gives() -> None:
    """Each result shown matches, key by key, what evaluating the last payload shown gives."""
    last: dict[str, Any] = {}
    checked = 0
    for page, kind, name, value in _json_examples():
        if kind == "payload":
            qc.evaluate(name, value)  # raises InputError if the docs show a payload the code refuses
            last[name] = value
            continue
        assert name in last, f"{page}: a result of {name} with no payload shown before it"
        actual = qc.evaluate(name, last[name]).to_dict()
        for key, shown in value.items():
            assert shown == actual[key], f"{page}: {name} {key}"
        checked += 1
    assert checked >= 2
