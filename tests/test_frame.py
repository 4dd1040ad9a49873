"""``qinzhou_calc.frame.to_dataframe``: evaluate_many's output as one DataFrame row per case."""

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from typing import Any

import pandas as pd
import pytest

import qinzhou_calc as qc
from qinzhou_calc.frame import ERROR_COLUMNS, FLATTEN_DEPTH, INSTALL_HINT, compare_reform, evaluate_frame, to_dataframe

CONTRACT = "techinno.contract_registration_subsidy"


def cell(frame: pd.DataFrame, row: int, column: str) -> Any:
    """The value in ``row`` of ``column``, as the Python object stored."""
    return frame[column].tolist()[row]


def _contract(amount: object) -> dict[str, object]:
    return {"registered_amount": amount, "as_of": "2020-06-30"}


def test_amounts_stay_decimal_exactly_as_rounded_to_the_fen() -> None:
    """0.5% of 1,000,001 is 5,000.005, half-up 5,000.01; of 0.1 it is 0.0005, half-up 0.00."""
    frame = to_dataframe(qc.evaluate_many(CONTRACT, [_contract("1000001"), _contract("0.1")]))

    assert [Decimal("5000.01"), Decimal("0.00")] == list(frame["amount"])
    assert ["5000.01", "0.00"] == [str(value) for value in frame["amount"]]
    assert object == frame["amount"].dtype
    assert all(type(value) is Decimal for value in frame["amount"])


def test_a_capped_or_refused_amount_has_two_decimals_like_the_json() -> None:
    """第六条（一）: 120 元/m² × 50,000 m² = 6,000,000, capped at 5,000,000 (500 万元); a for-profit
    school gets 0. Both read as in to_dict(): "5000000.00" and "0.00"."""
    school = {"type": "complete_middle", "classes": 30, "students": 1500, "non_profit": True}
    payloads = [
        {"school": school, "new_teaching_area_m2": "50000", "as_of": "2020-09-01"},
        {"school": {**school, "non_profit": False}, "new_teaching_area_m2": "50000", "as_of": "2020-09-01"},
    ]

    frame = to_dataframe(qc.evaluate_many("education.new_build_subsidy", payloads))

    assert ["5000000.00", "0.00"] == [str(value) for value in frame["amount"]]
    assert ["5000000.00", "5000000.00"] == [str(value) for value in frame["maximum"]]


def test_a_bad_row_has_its_problems_in_the_error_column_and_good_rows_have_none() -> None:
    """A negative amount and an impossible date are both listed, with field and code."""
    payloads = [_contract("200"), {"registered_amount": -1, "as_of": "2020-02-30"}, _contract("300")]

    frame = to_dataframe(qc.evaluate_many(CONTRACT, payloads))

    bad = cell(frame, 1, "error")
    assert [("as_of", "invalid_date"), ("registered_amount", "negative")] == sorted(
        (problem["field"], problem["code"]) for problem in bad
    )
    assert all(set(problem) == {"field", "code", "message"} for problem in bad)
    assert [None, None] == [cell(frame, 0, "error"), cell(frame, 2, "error")]
    assert cell(frame, 1, "amount") is None
    assert cell(frame, 1, "calculator") is None


def test_the_calculator_keyword_names_the_calculator_of_error_rows() -> None:
    """An InputError does not know its calculator; the caller may say it."""
    frame = to_dataframe(qc.evaluate_many(CONTRACT, [{"registered_amount": "x"}]), calculator=CONTRACT)

    assert [CONTRACT] == list(frame["calculator"])


def test_rows_keep_the_order_of_the_payloads_also_from_iter_evaluate() -> None:
    """200, 100, 300 → 1.00, 0.50, 1.50, in that order, indexed 0, 1, 2."""
    payloads = [_contract("200"), _contract("100"), _contract("300")]

    frame = to_dataframe(qc.iter_evaluate(CONTRACT, iter(payloads)))

    assert [Decimal("1.00"), Decimal("0.50"), Decimal("1.50")] == list(frame["amount"])
    assert [0, 1, 2] == list(frame.index)
    assert [dt.date(2020, 6, 30)] * 3 == list(frame["as_of"])


def test_an_empty_input_gives_an_empty_frame_with_the_fixed_columns() -> None:
    """No rows: only the columns that are always there."""
    frame = to_dataframe([], payloads=[])

    assert 0 == len(frame)
    assert ["calculator", "as_of", "error", "error_fields", "error_codes", "error_messages"] == list(frame.columns)


def test_only_the_columns_some_row_has_a_value_for_are_kept() -> None:
    """A subsidy has an amount but no fine range, deadline or score."""
    frame = to_dataframe(qc.evaluate_many(CONTRACT, [_contract("200")]))

    assert ["calculator", "as_of", "amount", "error", *ERROR_COLUMNS] == list(frame.columns)


def test_a_mix_of_calculators_gives_each_row_its_own_kind_of_value() -> None:
    """One row each: a subsidy, a fine range (第二十五条 1,000–20,000, "可以" from 2019-12-01), a
    count (附件5: 60 projects), a deadline (第七条: 3 working days from 2019-09-30, after the
    National Day holiday, is 2019-10-10), a score (1.65% is 10% above the 1.50% benchmark: 6 points)
    and an ineligible school (8 kindergarten classes, 9 needed)."""
    outcomes = [
        *qc.evaluate_many(CONTRACT, [_contract("200")]),
        *qc.evaluate_many("roads.unapproved_change_fine", [{"violation_date": "2020-05-01"}]),
        *qc.evaluate_many("techinno.transformation_targets", [{"as_of": "2020-01-01"}]),
        *qc.evaluate_many("roads.deadline", [{"obligation": "plan_publication", "start": "2019-09-30"}]),
        *qc.evaluate_many(
            "banking.deposit_rate_score",
            [{"offered_rate": "1.65", "term": "1y", "benchmark_rate": "1.50", "as_of": "2019-12-01"}],
        ),
        *qc.evaluate_many(
            "education.scale_eligibility",
            [
                {
                    "school": {"type": "kindergarten", "classes": 8, "students": 300, "non_profit": True},
                    "as_of": "2020-09-01",
                }
            ],
        ),
    ]

    frame = to_dataframe(outcomes)

    assert [
        "calculator",
        "as_of",
        "eligible",
        "amount",
        "minimum",
        "maximum",
        "score",
        "count",
        "deadline",
        "mandatory",
        "reasons",
        "error",
        "error_fields",
        "error_codes",
        "error_messages",
    ] == list(frame.columns)
    assert [
        CONTRACT,
        "roads.unapproved_change_fine",
        "techinno.transformation_targets",
        "roads.deadline",
        "banking.deposit_rate_score",
        "education.scale_eligibility",
    ] == list(frame["calculator"])
    assert Decimal("1.00") == cell(frame, 0, "amount")
    assert (Decimal("1000.00"), Decimal("20000.00"), False) == (
        cell(frame, 1, "minimum"),
        cell(frame, 1, "maximum"),
        cell(frame, 1, "mandatory"),
    )
    assert 60 == cell(frame, 2, "count")
    assert dt.date(2019, 10, 10) == cell(frame, 3, "deadline")
    assert Decimal(6) == cell(frame, 4, "score")
    assert False is cell(frame, 5, "eligible")
    assert ["classes_below_minimum"] == cell(frame, 5, "reasons")
    assert cell(frame, 0, "reasons") is None


def test_counts_and_flags_never_become_floats_when_some_rows_lack_them() -> None:
    """A missing count is <NA> in an integer column, a missing flag <NA> in a boolean column."""
    outcomes = [
        *qc.evaluate_many("techinno.transformation_targets", [{"as_of": "2020-01-01"}]),
        *qc.evaluate_many("roads.unapproved_change_fine", [{"violation_date": "2020-05-01"}]),
    ]

    frame = to_dataframe(outcomes)

    assert "Int64" == str(frame["count"].dtype)
    assert "boolean" == str(frame["mandatory"].dtype)
    assert frame["count"].isna().tolist() == [False, True]
    assert frame["mandatory"].isna().tolist() == [True, False]


def test_payload_fields_are_added_prefixed_and_flattened_with_dots() -> None:
    """school.type becomes payload.school.type; a field one payload lacks is None there."""
    school = {"type": "primary", "classes": 12, "students": 540, "non_profit": True}
    payloads: list[dict[str, object]] = [
        {"school": school, "new_teaching_area_m2": "10000", "as_of": "2020-09-01"},
        {"school": school, "as_of": "2020-09-01"},
    ]

    frame = to_dataframe(qc.evaluate_many("education.new_build_subsidy", payloads), payloads)

    assert ["primary", "primary"] == list(frame["payload.school.type"])
    assert ["10000", None] == list(frame["payload.new_teaching_area_m2"])
    assert Decimal("1200000.00") == cell(frame, 0, "amount")
    assert [("new_teaching_area_m2", "missing")] == [(p["field"], p["code"]) for p in cell(frame, 1, "error")]


def test_lists_in_a_payload_stay_whole_in_one_cell() -> None:
    """roads.unpermitted_excavation_fine's points are one list per case."""
    payloads = [{"points": ["35", "10"], "violation_date": "2020-05-01"}]

    frame = to_dataframe(qc.evaluate_many("roads.unpermitted_excavation_fine", payloads), payloads)

    assert [["35", "10"]] == list(frame["payload.points"])


def test_payloads_that_do_not_match_the_outcomes_one_to_one_are_refused() -> None:
    """Two outcomes, one payload: a ValueError, not a silently shifted table."""
    outcomes = qc.evaluate_many(CONTRACT, [_contract("1"), _contract("2")])

    with pytest.raises(ValueError, match="1 payloads for 2 outcomes"):
        to_dataframe(outcomes, [_contract("1")])


def test_without_pandas_the_error_says_how_to_install_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """pandas is the optional extra qinzhou-calc[notebook]."""
    monkeypatch.setitem(sys.modules, "pandas", None)

    with pytest.raises(ImportError, match="qinzhou-calc\\[notebook\\]"):
        to_dataframe([])
    assert "pip install 'qinzhou-calc[notebook]'" == INSTALL_HINT


def test_importing_the_library_and_the_helper_does_not_import_pandas() -> None:
    """pandas is loaded only when to_dataframe is called."""
    code = "import sys, qinzhou_calc, qinzhou_calc.frame; print('pandas' in sys.modules)"

    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)

    assert "False" == done.stdout.strip()


def test_the_frame_is_a_pandas_dataframe() -> None:
    """What the notebooks build on."""
    assert isinstance(to_dataframe([]), pd.DataFrame)


def _deep(levels: int, leaf: object) -> object:
    """``levels`` objects nested under the key ``a``, built without recursion."""
    value = leaf
    for _ in range(levels):
        value = {"a": value}
    return value


@pytest.mark.parametrize(
    ("payload", "kind"),
    [(None, "空值（null）"), ([1], "列表"), ("text", "文本")],
)
def test_a_payload_that_is_not_an_object_is_an_error_row_not_an_exception(payload: object, kind: str) -> None:
    """evaluate_many turns these into InputError rows; the frame used to raise AttributeError on them."""
    payloads: list[Any] = [payload, _contract("200")]
    frame = to_dataframe(qc.evaluate_many(CONTRACT, payloads), payloads, calculator=CONTRACT)

    assert [["$"], None] == cell_list(frame, "error_fields")
    assert [["type"], None] == cell_list(frame, "error_codes")
    assert [[f"载荷应为对象，收到{kind}"], None] == cell_list(frame, "error_messages")
    assert [{"field": "$", "code": "type", "message": f"载荷应为对象，收到{kind}"}] == cell(frame, 0, "error")
    assert [payload, None] == cell_list(frame, "payload")
    assert Decimal("1.00") == cell(frame, 1, "amount")
    assert "200" == cell(frame, 1, "payload.registered_amount")


def cell_list(frame: pd.DataFrame, column: str) -> list[Any]:
    return list(frame[column].tolist())


def test_every_problem_of_an_error_row_is_in_the_error_columns_in_order() -> None:
    """A missing amount and a date of the wrong type: two problems, three parallel lists."""
    outcomes = qc.evaluate_many(CONTRACT, [{"as_of": 5}])
    frame = to_dataframe(outcomes)

    assert [["registered_amount", "as_of"]] == cell_list(frame, "error_fields")
    assert [["missing", "type"]] == cell_list(frame, "error_codes")
    assert 2 == len(cell(frame, 0, "error_messages"))
    assert list(ERROR_COLUMNS) == ["error_fields", "error_codes", "error_messages"]


def test_any_other_exception_in_a_batch_is_an_error_row_too() -> None:
    """Not only InputError: a foreign exception among the outcomes is one problem at ``$``."""
    frame = to_dataframe([RuntimeError("boom")], calculator=CONTRACT)

    assert [{"field": "$", "code": "error", "message": "RuntimeError: boom"}] == cell(frame, 0, "error")
    assert ["error"] == cell(frame, 0, "error_codes")
    assert CONTRACT == cell(frame, 0, "calculator")


def test_compare_reform_has_the_error_columns_and_survives_a_non_object_payload() -> None:
    payloads: list[Any] = [None, _contract("200")]
    frame = compare_reform(CONTRACT, payloads, {"techinno.contract_registration.rate": "0.01"})

    assert [["type"], None] == cell_list(frame, "error_codes")
    assert [None, Decimal("1.00")] == cell_list(frame, "baseline")


def test_a_dotted_key_and_a_nested_object_never_share_a_column() -> None:
    """``"a.b"`` and ``{"a": {"b": …}}`` used to merge silently: the dot in a key is escaped."""
    payloads = [{**_contract("200"), "a.b": 1, "a": {"b": 2}, "c\\": 3, "c": {"": 4}}]
    frame = to_dataframe(qc.evaluate_many(CONTRACT, payloads), payloads)

    assert 1 == cell(frame, 0, "payload.a\\.b")
    assert 2 == cell(frame, 0, "payload.a.b")
    assert 3 == cell(frame, 0, "payload.c\\\\")
    assert 4 == cell(frame, 0, "payload.c.")
    payload_columns = [name for name in frame.columns if name.startswith("payload.")]
    assert len(payload_columns) == len(set(payload_columns)) == 6


def test_evaluate_frame_reads_an_escaped_dot_as_part_of_the_key() -> None:
    """The names to_dataframe writes read back: ``as\\.of`` is the one key ``as.of``, not ``as`` → ``of``."""
    table = pd.DataFrame({"registered_amount": ["200", "300"], "as\\.of": ["x", "y"], "as_of": ["2020-06-30"] * 2})

    frame = evaluate_frame(table, CONTRACT)

    assert ["unknown_field"] == [problem["code"] for problem in cell(frame, 0, "error")]
    assert ['["as.of"]'] == cell(frame, 0, "error_fields")  # the path quotes a key with a dot


def test_a_100000_deep_payload_is_one_json_text_cell_not_a_recursion_error() -> None:
    """Objects become columns FLATTEN_DEPTH levels deep; below that, one cell of JSON text."""
    levels = 100_000
    payloads = [{**_contract("200"), "x": _deep(levels, 1)}, {**_contract("200"), "y": [_deep(levels, [])]}]
    frame = to_dataframe(qc.evaluate_many(CONTRACT, payloads), payloads)

    column = "payload.x" + ".a" * (FLATTEN_DEPTH - 1)
    left = levels - (FLATTEN_DEPTH - 1)
    assert '{"a":' * left + "1" + "}" * left == cell(frame, 0, column)
    assert "[" + '{"a":' * levels + "[]" + "}" * levels + "]" == cell(frame, 1, "payload.y")
    assert ["out_of_range"] == cell(frame, 0, "error_codes")
    assert 1 == sum(name.startswith("payload.x") for name in frame.columns)
    assert isinstance(repr(frame), str)


def test_lists_and_objects_within_the_depth_stay_whole() -> None:
    """Shallow lists stay Python lists in their cell; only what nests too deep becomes text."""
    payloads = [{"points": [{"a": [1]}], "deep": _deep(FLATTEN_DEPTH - 1, {"b": 1, "c": [1, "中"]})}]
    frame = to_dataframe(qc.evaluate_many(CONTRACT, payloads), payloads)

    assert [{"a": [1]}] == cell(frame, 0, "payload.points")
    assert '{"b":1,"c":[1,"中"]}' == cell(frame, 0, "payload.deep" + ".a" * (FLATTEN_DEPTH - 1))


def test_a_key_that_is_not_text_has_its_own_column() -> None:
    """``1`` and ``"1"`` are two keys of a mapping: two columns (the first is an error row's)."""
    payloads: list[Any] = [{1: "x", "1": "y"}]
    frame = to_dataframe(qc.evaluate_many(CONTRACT, payloads), payloads)

    assert "x" == cell(frame, 0, "payload.\\#1")
    assert "y" == cell(frame, 0, "payload.1")
    assert cell(frame, 0, "error") is not None
