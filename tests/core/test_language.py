"""Error messages: Chinese by default, naming the field by its Chinese title; English on request;
codes never change with the language."""

import re
import threading
from typing import Any

import pytest

import qinzhou_calc as qc
from qinzhou_calc._core.language import read_language, use_language

CJK = re.compile(r"[\u4e00-\u9fff]")
NEGATIVE_POINT = {"points": [20, 35, -5], "violation_date": "2020-05-01"}


@pytest.fixture(autouse=True)
def no_language_set(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts from the default: nothing set, no environment variable."""
    monkeypatch.delenv("QINZHOU_CALC_LANG", raising=False)
    qc.set_language(None)


def problems(name: str, payload: Any, **kwargs: Any) -> list[tuple[str, str, str]]:
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate(name, payload, **kwargs)
    return [(p.field, p.code, p.message) for p in caught.value.errors]


def test_a_message_is_chinese_and_names_the_field_by_its_title_and_item() -> None:
    """points[2] = -5: the title of the field, the item's ordinal, what is wrong, what was given."""
    expected = [("points[2]", "negative", "各挖掘点（处）面积（m²）[第3项] 不能为负数，收到 -5")]
    assert expected == problems("roads.unpermitted_excavation_fine", NEGATIVE_POINT)


def test_a_nested_field_names_each_level_by_its_title() -> None:
    """loan.term_months: 贷款 › 贷款期限（月）."""
    payload = {"loan": {"principal": 1, "drawn_on": "2020-01-01", "term_months": 0}}
    found = {field: message for field, _, message in problems("education.loan_interest_subsidy", payload)}
    assert found["loan.term_months"].startswith("贷款 › 贷款期限（月） 必须大于 0")


def test_lang_en_gives_english_with_the_same_codes_and_fields() -> None:
    """evaluate(..., lang="en"): the English title and the path, the same code."""
    expected = [
        ("points[2]", "negative", "Area of each excavation point (m²) [points[2]]: must not be negative, got -5")
    ]
    assert expected == problems("roads.unpermitted_excavation_fine", NEGATIVE_POINT, lang="en")


def test_lang_applies_to_that_call_only() -> None:
    """After an English call, the next call is Chinese again."""
    problems("roads.unpermitted_excavation_fine", NEGATIVE_POINT, lang="en")
    assert CJK.search(problems("roads.unpermitted_excavation_fine", NEGATIVE_POINT)[0][2])


def test_set_language_switches_until_it_is_set_back() -> None:
    """qc.set_language("en"), then None for the default."""
    qc.set_language("en")
    assert "en" == qc.get_language()
    assert not CJK.search(problems("roads.unpermitted_excavation_fine", NEGATIVE_POINT)[0][2])
    qc.set_language(None)
    assert "zh" == qc.get_language()


def test_the_environment_variable_chooses_english(monkeypatch: pytest.MonkeyPatch) -> None:
    """QINZHOU_CALC_LANG=en; a lang= argument still wins."""
    monkeypatch.setenv("QINZHOU_CALC_LANG", "en")
    assert "en" == qc.get_language()
    assert not CJK.search(problems("roads.unpermitted_excavation_fine", NEGATIVE_POINT)[0][2])
    assert CJK.search(problems("roads.unpermitted_excavation_fine", NEGATIVE_POINT, lang="zh")[0][2])


def test_an_unknown_environment_language_falls_back_to_chinese(monkeypatch: pytest.MonkeyPatch) -> None:
    """QINZHOU_CALC_LANG=fr is not an error: messages stay Chinese."""
    monkeypatch.setenv("QINZHOU_CALC_LANG", "fr")
    assert "zh" == qc.get_language()


def test_one_threads_language_does_not_leak_into_another() -> None:
    """The language is a context variable: a new thread starts from the default."""
    qc.set_language("en")
    seen: list[str] = []
    thread = threading.Thread(target=lambda: seen.append(qc.get_language()))
    thread.start()
    thread.join()
    assert ["zh"] == seen


def test_an_unknown_lang_argument_is_invalid_choice() -> None:
    """lang="fr" is a bad input like any other."""
    assert [("lang", "invalid_choice")] == [
        (field, code) for field, code, _ in problems("roads.unpermitted_excavation_fine", NEGATIVE_POINT, lang="fr")
    ]
    with pytest.raises(qc.InputError):
        qc.evaluate_many("roads.deadline", [], lang="fr")


def test_evaluate_many_and_iter_evaluate_take_lang() -> None:
    """Each error row is in the language asked for."""
    (row,) = qc.evaluate_many("roads.unpermitted_excavation_fine", [NEGATIVE_POINT], lang="en")
    assert isinstance(row, qc.InputError)
    assert not CJK.search(row.errors[0].message)


@pytest.mark.parametrize(("text", "expected"), [("zh", "zh"), ("EN", "en"), ("en_US", "en"), ("zh-CN", "zh")])
def test_language_names_are_read_loosely(text: str, expected: str) -> None:
    """Case and region do not matter."""
    assert expected == read_language(text)


def test_use_language_restores_the_previous_choice() -> None:
    """The with-block leaves the language as it found it."""
    with use_language("en"):
        assert "en" == qc.get_language()
    assert "zh" == qc.get_language()


@pytest.mark.parametrize("name", qc.calculators())
@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"as_of": "2020-13-01", "nope": 1},
        {"as_of": 5, "school": [], "points": "x", "bank": 3, "banks": {}, "obligation": True},
    ],
)
def test_every_calculators_messages_are_chinese_by_default(name: str, payload: dict[str, Any]) -> None:
    """Missing fields, unknown fields, bad dates and wrong kinds: each message has Chinese in it."""
    for _, _, message in problems(name, payload):
        assert CJK.search(message), message
