"""“是否想写……？”: an unknown calculator, field or choice is answered with the name likely meant."""

from collections.abc import Mapping

import pytest

import qinzhou_calc as qc
from qinzhou_calc._core.suggest import hint, nearest

CONTRACT = "techinno.contract_registration_subsidy"


@pytest.mark.parametrize(
    ("word", "known", "meant"),
    [
        ("registered_amout", ["registered_amount", "as_of", "decision_date"], "registered_amount"),
        ("contract_registration_subsidy", [CONTRACT, "techinno.achievement_transfer_subsidy"], CONTRACT),
        ("contract_registraton_subsidy", [CONTRACT, "techinno.achievement_transfer_subsidy"], CONTRACT),
        ("Primary", ["primary", "junior"], "primary"),
        ("amount", ["registered_amount", "as_of"], None),
        ("xyz", ["list", "schema", "run"], None),
        (5, ["five"], None),
        ("a" * 200, ["a" * 199], None),
        ("roads.deadlin", ["roads.deadline", "roads.site_violation_fine"], "roads.deadline"),
        ("education.new_build.amount", ["education.new_build.cap", "education.new_build.rate_per_m2"], None),
        ("education.new_bild.rate_per_m2", ["education.new_build.rate_per_m2"], "education.new_build.rate_per_m2"),
    ],
)
def test_the_nearest_name_is_offered_only_when_it_is_close(word: object, known: list[str], meant: str | None) -> None:
    assert meant == nearest(word, known)


def test_a_last_part_shared_by_two_names_is_not_guessed() -> None:
    assert None is nearest("fine", ["roads.fine", "banking.fine"])


def test_the_hint_is_a_sentence_in_each_language() -> None:
    assert ("；是否想写 'list'？", "; did you mean 'list'?") == hint("lst", ["list", "schema"])
    assert ("", "") == hint("qqq", ["list", "schema"])


def _messages(name: str, payload: Mapping[str, object], lang: str) -> list[str]:
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate(name, payload, lang=lang)
    return [problem.message for problem in caught.value.errors]


def test_evaluate_suggests_the_calculator_named_without_its_document() -> None:
    assert [
        "没有名为 'contract_registration_subsidy' 的计算器（qinzhou-calc list 列出全部）"
        "；是否想写 'techinno.contract_registration_subsidy'？"
    ] == _messages("contract_registration_subsidy", {}, "zh")
    assert [
        "no calculator named 'contract_registration_subsidy'; did you mean 'techinno.contract_registration_subsidy'?"
    ] == _messages("contract_registration_subsidy", {}, "en")


def test_evaluate_suggests_the_field_meant() -> None:
    payload = {"registered_amout": "1000000", "as_of": "2020-06-30"}
    assert "'registered_amout' 不是此计算器的字段；是否想写 'registered_amount'？" in _messages(CONTRACT, payload, "zh")
    assert "'registered_amout' is not a field of this payload; did you mean 'registered_amount'?" in _messages(
        CONTRACT, payload, "en"
    )


def test_evaluate_suggests_the_field_meant_inside_a_nested_object() -> None:
    payload = {
        "school": {"type": "primary", "clases": 20, "students": 900, "non_profit": True},
        "new_teaching_area_m2": "1000",
        "as_of": "2020-06-30",
    }
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate("education.new_build_subsidy", payload)
    unknown = [p for p in caught.value.errors if p.code == "unknown_field"]
    assert ["school.clases"] == [p.field for p in unknown]
    assert unknown[0].message.endswith("；是否想写 'classes'？")


def test_evaluate_suggests_the_choice_meant() -> None:
    payload = {"violation": "no_notice", "violation_date": "2020-05-01"}
    [zh] = _messages("roads.site_violation_fine", payload, "zh")
    assert zh.endswith("；是否想写 'no_notice_board'？")
    [en] = _messages("roads.site_violation_fine", payload, "en")
    assert en.endswith("; did you mean 'no_notice_board'?")


def test_a_long_shared_prefix_does_not_make_unlike_names_alike() -> None:
    """``education.new_build.cap`` is not offered for ``education.new_build.rate`` (difflib alone would,
    by the 20 letters they share): the last parts are compared, and the name ``rate`` begins wins."""
    known = ["education.new_build.cap", "education.new_build.rate_per_m2"]
    assert "education.new_build.rate_per_m2" == nearest("education.new_build.rate", known)
    assert None is nearest("education.new_build.amount", known)


def test_an_unknown_parameter_of_a_what_if_says_which_was_meant() -> None:
    payload = {
        "school": {"type": "primary", "classes": 20, "students": 900, "non_profit": True},
        "new_teaching_area_m2": "1000",
        "as_of": "2020-06-30",
    }
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate("education.new_build_subsidy", payload, overrides={"education.new_build.rate_per_m": 150})
    assert caught.value.errors[0].message.endswith("；是否想写 'education.new_build.rate_per_m2'？")
    with pytest.raises(qc.InputError) as caught:
        qc.parameter("education.new_bild.cap")
    assert caught.value.errors[0].message.endswith("；是否想写 'education.new_build.cap'？")
