"""The README stays true, in both languages: README.md (Chinese, first) and README.en.md (English).

Each runs its Python example, shows the two Quick-start commands (CI runs the test command) and
lists every calculator.
"""

import re
from pathlib import Path

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
