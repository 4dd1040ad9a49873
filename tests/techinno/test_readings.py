"""Every reading the code picks is a comment in the code and a note in the result, in the same words."""

import importlib
import inspect
import io
import tokenize

import pytest

NOTES = {
    "annex4_high_tech": ["_TAX_NOTE"],
    "annex4_2_3_incubator_subsidy": ["_SAME_DAY_NOTE"],
    "annex5_achievements": ["_RATIO_NOTE", "_NO_RATIO_NOTE", "_INVENTOR_NOTE"],
    "annex4_annex5_targets": ["_MET_NOTE", "_CITY_WIDE_NOTE", "_PARTIAL_NOTE", "_IGNORED_NOTE"],
}
MODULES = list(NOTES)


def _comments(source: str) -> str:
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    return "".join(tok.string.lstrip("#").strip() for tok in tokens if tok.type == tokenize.COMMENT)


@pytest.mark.parametrize("module", MODULES)
def test_each_notes_words_are_also_a_comment_in_its_module(module: str) -> None:
    """STYLE.md: "a short comment says so and the Result carries a notes entry with the same words"."""
    mod = importlib.import_module(f"qinzhou_calc.techinno.{module}")
    comments = _comments(inspect.getsource(mod))
    for name in NOTES[module]:
        text: str = getattr(mod, name)
        assert text.replace(" ", "") in comments.replace(" ", "")
