"""The service every face shares: a request's options, batch bodies, outcome lines, statuses and
the lists of documents and languages, derived from the one registry."""

import json
import types
from decimal import Decimal

import pytest

import qinzhou_calc as qc
from qinzhou_calc import service
from qinzhou_calc.cli import _parser
from qinzhou_calc.service import Options, RequestError

FINE = "roads.unpermitted_excavation_fine"


def test_options_pass_only_what_the_request_asked_for() -> None:
    assert {} == Options().kwargs()
    assert {"lang": "en", "overrides": {"a": 1}, "explain": False} == Options("en", {"a": 1}, False).kwargs()
    chosen = {"education.loan.interest_before_policy": "included"}
    assert {"readings": chosen} == Options(readings=chosen).kwargs()


def test_options_without_a_language_speak_the_callers_current_one() -> None:
    with service.use_language("en"):
        assert "en" == Options().language
    assert "zh" == Options("zh").language


def test_read_options_takes_lang_and_overrides_out_of_the_payload_and_tells_the_language_first() -> None:
    told = types.SimpleNamespace()
    payload = {"points": [35], "_lang": "en", "_overrides": {"x": 1}}
    found = service.read_options({"explain": "false"}, "zh", payload, keeper=told)
    assert Options("en", {"x": 1}, False) == found
    assert {"points": [35]} == payload
    assert "en" == told.lang


def test_a_request_that_asks_nothing_gets_every_option_at_its_default() -> None:
    told = types.SimpleNamespace()
    assert Options("en") == service.read_options(None, "en", {"points": [35]}, keeper=told)
    assert "en" == told.lang


def test_a_bad_option_is_refused_in_the_language_already_chosen() -> None:
    told = types.SimpleNamespace()
    with pytest.raises(RequestError) as caught:
        service.read_options({"lang": "en", "overrides": "[1]"}, "zh", keeper=told)
    assert "en" == told.lang
    assert 400 == caught.value.status
    assert "invalid_override" == caught.value.body("en")["error"]["errors"][0]["code"]


def test_override_pairs_read_json_or_keep_text() -> None:
    assert {"a": 150, "b": "included", "c": Decimal("0.5")} == service.overrides_of(["a=150", "b=included", " c =0.5"])
    assert service.overrides_of([]) is None
    with pytest.raises(qc.InputError) as caught:
        service.overrides_of(["no-equals-sign"])
    assert {"invalid_override"} == caught.value.codes


def test_a_json_lines_body_gives_one_row_a_line_and_a_bad_line_its_own_refusal() -> None:
    rows = service.body_rows(b'{"a": 1}\n\n{"b": 2.5}\nnot json\n', lines=True)
    assert [{"a": 1}, {"b": Decimal("2.5")}] == rows[:2]
    assert isinstance(rows[2], RequestError)
    assert "invalid_json" == rows[2].problems[0].code


def test_an_array_body_is_one_row_an_item_unless_declared_json_lines() -> None:
    assert [{"a": 1}, {"b": 2}] == service.body_rows(b' [{"a": 1}, {"b": 2}]', lines=False)
    assert [[{"a": 1}], [{"b": 2}]] == service.body_rows(b'[{"a": 1}]\n[{"b": 2}]\n', lines=True)


def test_an_outcome_is_one_json_value_a_result_or_the_error_shape() -> None:
    result = qc.evaluate(FINE, {"points": [35], "violation_date": "2020-05-01"})
    assert "10000.00" == json.loads(service.outcome_line(result, "zh"))["result"]["maximum"]
    error = qc.InputError.one("points", "type", "须为列表", en="must be a list")
    assert {
        "error": {"type": "input_error", "errors": [{"field": "points", "code": "type", "message": "must be a list"}]}
    } == json.loads(service.outcome_line(error, "en"))


def test_an_unknown_calculator_is_404_and_any_other_input_error_400() -> None:
    with pytest.raises(qc.InputError) as caught:
        service.calculator("roads.no_such")
    assert 404 == service.status_of(caught.value)
    assert 400 == service.status_of(qc.InputError.one("$", "type", "错误"))


def test_the_documents_every_face_lists_are_those_the_library_declares() -> None:
    assert ["education", "roads", "techinno", "banking"] == service.document_keys()
    assert ("zh", "en") == service.LANGUAGES


def test_a_closed_list_reads_as_a_sentence_in_either_language() -> None:
    assert "a、b 或 c" == service.or_list(["a", "b", "c"], "zh")
    assert "a, b or c" == service.or_list(["a", "b", "c"], "en")
    assert "a" == service.or_list(["a"], "en")


def test_the_help_of_document_names_every_declared_document(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        _parser().parse_args(["parameters", "--help"])
    assert "one document: education, roads, techinno or banking" in " ".join(capsys.readouterr().out.split())


READING = "education.loan.interest_before_policy"


def test_reading_pairs_are_read_as_code_and_option() -> None:
    assert {READING: "included"} == service.readings_of([f" {READING} = included", f"{READING}=included"])
    assert service.readings_of([]) is None


@pytest.mark.parametrize("pair", ["no-equals-sign", "=included", " = x", ""])
def test_a_reading_pair_without_a_code_is_invalid_reading(pair: str) -> None:
    with pytest.raises(qc.InputError) as caught:
        service.readings_of([pair], "reading")
    assert [("reading", "invalid_reading")] == [(p.field, p.code) for p in caught.value.errors]


def test_one_code_given_two_options_is_invalid_reading() -> None:
    with pytest.raises(qc.InputError) as caught:
        service.readings_of([f"{READING}=included", f"{READING}=excluded"])
    assert {"invalid_reading"} == caught.value.codes


class Query(dict[str, str]):
    """A query that keeps repeated parameters, as Starlette's does."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        super().__init__(pairs)
        self.pairs = pairs

    def getlist(self, key: str) -> list[str]:
        return [value for name, value in self.pairs if name == key]


def test_read_options_takes_every_reading_of_the_query() -> None:
    query = Query([("reading", f"{READING}=included"), ("reading", "roads.backfill.rest_day_end=civil_code_203")])
    found = service.read_options(query, "zh")
    assert {READING: "included", "roads.backfill.rest_day_end": "civil_code_203"} == found.readings


def test_read_options_takes_the_one_reading_of_a_plain_mapping() -> None:
    assert {READING: "included"} == service.read_options({"reading": f"{READING}=included"}, "zh").readings


def test_the_payloads_readings_are_taken_out_of_it_and_win_over_the_query() -> None:
    payload = {"points": [35], "_readings": {READING: "excluded"}}
    found = service.read_options(Query([("reading", f"{READING}=included")]), "zh", payload)
    assert ({READING: "excluded"}, {"points": [35]}) == (found.readings, payload)


@pytest.mark.parametrize(
    ("query", "payload", "field"),
    [
        (Query([("reading", "no-equals-sign")]), None, "reading"),
        (Query([("reading", f"{READING}=included"), ("reading", f"{READING}=excluded")]), None, "reading"),
        (None, {"_readings": [READING]}, "_readings"),
        (None, {"_readings": f"{READING}=included"}, "_readings"),
    ],
)
def test_a_malformed_reading_is_a_400_invalid_reading(query: Query | None, payload: object, field: str) -> None:
    with pytest.raises(RequestError) as caught:
        service.read_options(query, "zh", payload)
    assert 400 == caught.value.status
    assert [{"field": field, "code": "invalid_reading"}] == [
        {"field": row["field"], "code": row["code"]} for row in caught.value.body("en")["error"]["errors"]
    ]


def test_check_readings_is_the_librarys_check() -> None:
    assert {READING: "included"} == service.check_readings({READING: "included"})
    with pytest.raises(qc.InputError) as caught:
        service.check_readings({"roads.nothing.here": "x"})
    assert {"unknown_reading"} == caught.value.codes
