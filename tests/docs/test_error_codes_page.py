"""docs/errors.md (错误代码) and docs/errors.en.md: every code, each with an example that the library
gives exactly as the page shows it."""

import io
import json
import re
import shlex
from pathlib import Path
from typing import Any

import pytest

import qinzhou_calc as qc
from qinzhou_calc._core import CODES
from qinzhou_calc._core.errors import FACE_CODES
from qinzhou_calc.cli import main

DOCS = Path(__file__).resolve().parents[2] / "docs"
PAGES = {"zh": DOCS / "errors.md", "en": DOCS / "errors.en.md"}
BLOCK = re.compile(r"```json\n(.*?)\n```", re.S)


def examples(lang: str, key: str = "name") -> list[dict[str, Any]]:
    """The page's examples of ``evaluate`` (``name``), or of a profile's check (``subject``)."""
    found = [json.loads(block) for block in BLOCK.findall(PAGES[lang].read_text(encoding="utf-8"))]
    return [example for example in found if key in example]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_code_has_a_section(lang: str) -> None:
    """Each code the library reports has its heading on the page."""
    text = PAGES[lang].read_text(encoding="utf-8")
    assert set() == {code for code in CODES if f"## `{code}`" not in text}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_code_of_evaluate_but_internal_error_has_a_runnable_example(lang: str) -> None:
    """internal_error has none: a payload that gave it would be a defect; the codes of the faces
    (the command line, HTTP) are about the request, not a payload."""
    every = [*examples(lang), *examples(lang, "subject")]
    shown = {error["code"] for example in every for error in example["errors"]}
    assert CODES - FACE_CODES - {"internal_error"} == shown


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_command_line_example_of_invalid_json_gives_exactly_the_error_shown(
    lang: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = PAGES[lang].read_text(encoding="utf-8")
    section = text[text.index("### `invalid_json`") :]
    command = re.search(r"```text\n\$ echo '(.*?)' \| qinzhou-calc (.*?)\n```", section, re.S)
    shown = BLOCK.search(section)
    assert command is not None
    assert shown is not None
    monkeypatch.setattr("sys.stdin", io.StringIO(command.group(1) + "\n"))
    assert 2 == main(shlex.split(command.group(2)))
    assert [json.loads(shown.group(1))] == json.loads(capsys.readouterr().err)["error"]["errors"]


def test_every_code_the_web_service_lists_is_in_the_closed_set() -> None:
    """docs/web.md's table of error answers names only codes of CODES."""
    section = (DOCS / "web.md").read_text(encoding="utf-8").split("## 错误", 1)[1].split("\n## ", 1)[0]
    rows = [line.split("|") for line in section.splitlines() if re.match(r"\| \d{3} \|", line)]
    listed = {code for row in rows for code in re.findall(r"`([a-z_]+)`", row[3])}
    assert listed
    assert set() == listed - CODES


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_example_gives_exactly_the_errors_shown(lang: str) -> None:
    """The page's examples are run: same fields, codes and messages, in that language."""
    for example in examples(lang):
        with pytest.raises(qc.InputError) as caught:
            qc.evaluate(
                example["name"],
                example["payload"],
                overrides=example.get("overrides"),
                readings=example.get("readings"),
                lang=lang,
            )
        assert example["errors"] == [problem.to_dict() for problem in caught.value.errors]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_example_of_a_profile_check_gives_exactly_the_errors_shown(lang: str) -> None:
    for example in examples(lang, "subject"):
        with pytest.raises(qc.InputError) as caught:
            qc.check(example["subject"], example["profile"], readings=example.get("readings"), lang=lang)
        assert example["errors"] == [problem.to_dict() for problem in caught.value.errors]
