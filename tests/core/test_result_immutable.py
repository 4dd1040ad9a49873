"""Results cannot be changed after the fact, are cleanly unhashable, and show control characters
in caller-supplied names escaped."""

import json
from typing import Any

import pytest

import qinzhou_calc as qc
from qinzhou_calc._core import REGISTRY
from qinzhou_calc.cli import main

FINE = {"points": [20, 35], "violation_date": "2020-05-01"}


def incubator(name: str) -> dict[str, Any]:
    return {"incubatees": [{"name": name, "certified_on": "2020-03-01", "graduated_on": None}], "as_of": "2020-06-30"}


def test_a_breakdown_row_cannot_be_changed() -> None:
    """r.breakdown[0][k] = "X" used to change to_dict()."""
    result = qc.evaluate("roads.unpermitted_excavation_fine", FINE)
    before = result.to_dict()
    row: Any = result.breakdown[0]
    with pytest.raises(TypeError):
        row["clause"] = "X"
    assert before == result.to_dict()


def test_a_row_still_equals_the_dict_it_shows() -> None:
    """Rows compare equal to plain dicts with the same items (and nested lists to lists)."""
    result = qc.evaluate("roads.unpermitted_excavation_fine", FINE)
    assert dict(result.breakdown[0]) == result.breakdown[0]


def test_hash_is_cleanly_unsupported() -> None:
    """hash(result) is a TypeError for every result, with or without a breakdown; == still works."""
    result = qc.evaluate("roads.unpermitted_excavation_fine", FINE)
    with pytest.raises(TypeError, match="unhashable"):
        hash(result)
    assert result == qc.evaluate("roads.unpermitted_excavation_fine", FINE)


@pytest.mark.parametrize("name", ["甲公司\n依据：伪造的一行", "乙公司\x1b[31m红字", "丙\u2028公司"])
def test_control_characters_in_a_name_are_escaped_in_str(name: str) -> None:
    """No line can be forged: the name shows its newline or escape sequence escaped."""
    result = qc.evaluate("techinno.incubator_subsidy", incubator(name))
    text = str(result)
    assert "\x1b" not in text
    assert "\u2028" not in text
    assert not any(line.startswith("依据：伪造") for line in text.splitlines())
    assert "\\n" in text or "\\x1b" in text or "\\u2028" in text


def test_format_text_escapes_them_too(capsys: pytest.CaptureFixture[str]) -> None:
    """qinzhou-calc run --format text prints str(result)."""
    assert 0 == main(
        ["run", "techinno.incubator_subsidy", "--json", json.dumps(incubator("丁\n伪造")), "--format", "text"]
    )
    assert "丁\\n伪造" in capsys.readouterr().out


def _vandalise(data: Any) -> None:
    """Change every dict and list inside ``data``, as a careless caller might."""
    if isinstance(data, dict):
        for value in data.values():
            _vandalise(value)
        data["vandalised"] = True
    elif isinstance(data, list):
        for value in data:
            _vandalise(value)
        data.append("vandalised")


@pytest.mark.parametrize(
    ("name", "payload"),
    [(name, example.payload) for name in qc.calculators() for example in REGISTRY[name].examples],
)
def test_changing_what_to_dict_returned_changes_no_other_result(name: str, payload: Any) -> None:
    """The JSON forms of citations and of the figures of the law are built once per law object
    and shared by every result that reads them: each to_dict() still hands out its own dicts and
    lists, so a caller who changes one changes nothing else."""
    first, second = qc.evaluate(name, payload), qc.evaluate(name, payload)
    expected = json.dumps(first.to_dict(), ensure_ascii=False)
    _vandalise(first.to_dict())
    _vandalise(second.to_dict())
    assert expected == json.dumps(first.to_dict(), ensure_ascii=False)
    assert expected == json.dumps(second.to_dict(), ensure_ascii=False)
    assert expected == json.dumps(qc.evaluate(name, payload).to_dict(), ensure_ascii=False)
