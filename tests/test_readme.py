"""The README stays true: its Python example runs and CI runs its test command."""

import re
from pathlib import Path

import qinzhou_calc as qc

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_readme_python_example_runs() -> None:
    """Every ```python block of the README executes without error."""
    blocks = re.findall(r"```python\n(.*?)```", README, flags=re.DOTALL)
    assert blocks
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})  # our own documentation


def test_ci_runs_the_readme_test_command_and_the_readme_shows_the_demo() -> None:
    """.ci/run must run the same test command the README gives."""
    commands = re.findall(r"^python3 -m venv .*$", README, flags=re.MULTILINE)
    test_command = next(c for c in commands if "pytest" in c)
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert any(c.endswith("qinzhou-calc demo") for c in commands)


def test_the_readme_lists_every_calculator() -> None:
    """The README's table of calculators is the registry's list."""
    listed = re.findall(r"^\| `([a-z_]+\.[a-z_]+)` \|", README, flags=re.MULTILINE)
    assert qc.calculators() == listed
