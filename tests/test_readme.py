"""The README stays true, in both languages: README.md (Chinese, first) and README.en.md (English).

Each runs its Python example, shows the two Quick-start commands (CI runs the test command) and
lists every calculator.
"""

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import qinzhou_calc as qc

ROOT = Path(__file__).resolve().parent.parent
READMES = ["README.md", "README.en.md"]


def _read(name: str) -> str:
    return (ROOT / name).read_text(encoding="utf-8")


def _commands(text: str) -> list[str]:
    return re.findall(r"^python3 -m venv .*$", text, flags=re.MULTILINE)


@pytest.mark.parametrize("name", READMES)
def test_the_readme_python_example_runs(name: str) -> None:
    """Every ```python block of the README executes without error."""
    blocks = re.findall(r"```python\n(.*?)```", _read(name), flags=re.DOTALL)
    assert blocks
    for block in blocks:
        exec(compile(block, name, "exec"), {})  # our own documentation


@pytest.mark.parametrize("name", READMES)
def test_ci_runs_the_readme_test_command_and_the_readme_shows_the_demo(name: str) -> None:
    """.ci/run must run the same test command the README gives."""
    commands = _commands(_read(name))
    test_command = next(c for c in commands if "pytest" in c)
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert any(c.endswith("qinzhou-calc demo") for c in commands)


def test_both_readmes_give_the_same_two_quick_start_commands() -> None:
    """The Chinese and the English README keep the Quick-start commands word for word."""
    assert 2 == len(_commands(_read("README.md")))
    assert _commands(_read("README.md")) == _commands(_read("README.en.md"))


def test_the_readme_opens_in_chinese_and_links_the_english_one() -> None:
    """README.md is the one a package index and a repository page show: Chinese, then a link."""
    chinese, english = _read("README.md"), _read("README.en.md")
    head = chinese.split("\n## ", 1)[0]
    assert "(README.en.md)" in head
    assert "(README.md)" in english.split("\n## ", 1)[0]
    assert sum("\u4e00" <= char <= "\u9fff" for char in head) > len(re.findall(r"[A-Za-z]+", head))
    assert "## 快速开始" in chinese
    assert "## Quick start" in english


@pytest.mark.parametrize("name", READMES)
def test_the_readme_lists_every_calculator(name: str) -> None:
    """The README's table of calculators is the registry's list."""
    listed = re.findall(r"^\| `([a-z_]+\.[a-z_]+)` \|", _read(name), flags=re.MULTILINE)
    assert qc.calculators() == listed


def _shown_run(text: str) -> tuple[list[str], dict[str, Any]]:
    """The README's sample ``qinzhou-calc run NAME --json '…'`` command and the output it prints below."""
    line = next(
        line
        for line in text.splitlines()
        if line.startswith("qinzhou-calc run ") and "--json" in line and "--format" not in line
    )
    shown = re.search(r"```json\n(\{\n  \"calculator\".*?)```", text, flags=re.DOTALL)
    assert shown
    return shlex.split(line), json.loads(shown[1])


@pytest.mark.parametrize("name", READMES)
def test_the_readme_sample_run_prints_what_the_command_prints(name: str) -> None:
    """The README's `run` command, run as written: the printed sample has its keys, in order, and values."""
    command, shown = _shown_run(_read(name))
    script = Path(sys.executable).with_name("qinzhou-calc")
    ran = subprocess.run([str(script), *command[1:]], capture_output=True, text=True, check=True, timeout=60)
    printed = json.loads(ran.stdout)
    assert list(printed) == list(shown)
    assert printed == shown


@pytest.mark.parametrize("page", ["docs/index.md", "docs/index.en.md"])
def test_the_docs_home_page_gives_the_readmes_two_commands(page: str) -> None:
    """The getting-started page shows the same commands as the README, coverage included."""
    assert _commands(_read("README.md")) == _commands(_read(page))
