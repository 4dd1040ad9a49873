"""docs/errors.md (错误代码) and docs/errors.en.md: every code, each with an example that the library
gives exactly as the page shows it."""

import json
import re
from pathlib import Path
from typing import Any

import pytest

import qinzhou_calc as qc
from qinzhou_calc._core import CODES

DOCS = Path(__file__).resolve().parents[2] / "docs"
PAGES = {"zh": DOCS / "errors.md", "en": DOCS / "errors.en.md"}
BLOCK = re.compile(r"```json\n(.*?)\n```", re.S)


def examples(lang: str) -> list[dict[str, Any]]:
    found = [json.loads(block) for block in BLOCK.findall(PAGES[lang].read_text(encoding="utf-8"))]
    return [example for example in found if "name" in example]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_code_has_a_section(lang: str) -> None:
    """Each code the library reports has its heading on the page."""
    text = PAGES[lang].read_text(encoding="utf-8")
    assert set() == {code for code in CODES if f"## `{code}`" not in text}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_code_but_internal_error_has_a_runnable_example(lang: str) -> None:
    """internal_error has none: a payload that gave it would be a defect."""
    shown = {error["code"] for example in examples(lang) for error in example["errors"]}
    assert CODES - {"internal_error"} == shown


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_example_gives_exactly_the_errors_shown(lang: str) -> None:
    """The page's examples are run: same fields, codes and messages, in that language."""
    for example in examples(lang):
        with pytest.raises(qc.InputError) as caught:
            qc.evaluate(example["name"], example["payload"], overrides=example.get("overrides"), lang=lang)
        assert example["errors"] == [problem.to_dict() for problem in caught.value.errors]
