"""qinzhou_calc.frame.compare_readings: a table of cases under each option of each reading of the law
it depends on, one row per case × reading × option, for an auditor."""

import datetime as dt
from decimal import Decimal
from typing import Any

import pandas as pd
import pytest

import qinzhou_calc as qc
from qinzhou_calc.frame import ERROR_COLUMNS, READING_COLUMNS, compare_readings
from tests.loan_case import CODE, LOAN_CALCULATOR, PAYLOAD

#: A loan drawn after the policy took effect: no interest before 2019-11-22, no reading to depend on.
LATER = {**PAYLOAD, "loan": {**PAYLOAD["loan"], "drawn_on": "2020-01-01"}}
#: A claim date that is no date: the case is invalid as given.
BROKEN = {**PAYLOAD, "claim_date": "2020-02-30"}


def cases(*payloads: dict[str, Any], index: list[Any] | None = None) -> pd.DataFrame:
    frame: pd.DataFrame = pd.DataFrame([dict(payload) for payload in payloads])
    if index is not None:
        frame.index = pd.Index(index)
    return frame


def loan_rows(table: pd.DataFrame) -> pd.DataFrame:
    """The rows of the reading of interest before the policy (other readings of the case left aside)."""
    rows: pd.DataFrame = table[table["code"] == CODE].reset_index(drop=True)
    return rows


def test_the_loan_gives_one_row_per_option_with_both_amounts_and_the_difference() -> None:
    """25,333.34 by default (interest from 2019-11-22), 242,854.17 with every day since 2015-06-01
    counted: 217,520.83 more."""
    table = loan_rows(compare_readings(LOAN_CALCULATOR, cases(PAYLOAD)))
    assert list(READING_COLUMNS) == list(table.columns)
    assert [(0, CODE, "excluded", True, True), (0, CODE, "included", False, False)] == list(
        zip(table["case"], table["code"], table["option"], table["default"], table["used"], strict=True)
    )
    assert [Decimal("25333.34"), Decimal("242854.17")] == list(table["amount"])
    assert [Decimal("0.00"), Decimal("217520.83")] == list(table["difference"])
    assert [True, True] == list(table["eligible"])
    assert [None, None] == list(table["error"])


def test_money_is_decimal_with_two_places_and_flags_are_nullable_booleans() -> None:
    table = loan_rows(compare_readings(LOAN_CALCULATOR, cases(PAYLOAD)))
    assert all(isinstance(value, Decimal) and value.as_tuple().exponent == -2 for value in table["amount"])
    assert ("boolean", "boolean", "boolean", "Int64") == tuple(
        str(table[column].dtype) for column in ("default", "used", "eligible", "count")
    )


def test_cases_keep_their_index_labels_and_a_case_without_a_reading_has_no_row() -> None:
    table = compare_readings(LOAN_CALCULATOR, cases(LATER, PAYLOAD, index=["later", "early"]))
    assert [("early", "excluded"), ("early", "included")] == [
        (case, option)
        for case, code, option in zip(table["case"], table["code"], table["option"], strict=True)
        if code == CODE
    ]
    assert "later" not in set(table[table["code"] == CODE]["case"])
    assert list(range(len(table))) == list(table.index)


def test_a_case_invalid_as_given_is_one_row_with_its_error() -> None:
    table = compare_readings(LOAN_CALCULATOR, cases(BROKEN, PAYLOAD))
    first = table.iloc[0]
    assert (0, None, None) == (first["case"], first["code"], first["option"])
    assert (["claim_date"], ["invalid_date"]) == (first["error_fields"], first["error_codes"])
    assert "invalid_date" == first["error"][0]["code"]
    assert {None} == set(table["error"][1:])
    assert set(ERROR_COLUMNS) <= set(table.columns)


def test_readings_given_are_the_options_used_and_the_default_stays_marked() -> None:
    table = loan_rows(compare_readings(LOAN_CALCULATOR, cases(PAYLOAD), readings={CODE: "included"}))
    assert [("excluded", True, False), ("included", False, True)] == list(
        zip(table["option"], table["default"], table["used"], strict=True)
    )
    assert [Decimal("25333.34"), Decimal("242854.17")] == list(table["amount"])


def test_a_deadline_is_a_date_under_each_reading() -> None:
    """政府令第11号 第十九条: a secondary road's longitudinal trench, certificate 2020-01-23, is backfilled
    within 2 days, by 2020-01-25; extended past the Spring Festival rest days (to 2020-02-02) by
    民法典 第二百零三条 it is 2020-02-03."""
    payload = {"obligation": "backfill", "start": "2020-01-23", "road_class": "secondary", "direction": "longitudinal"}
    table = compare_readings("roads.deadline", cases(payload))
    rows = table[table["code"] == "roads.backfill.rest_day_end"]
    assert [("no_extension", dt.date(2020, 1, 25)), ("civil_code_203", dt.date(2020, 2, 3))] == list(
        zip(rows["option"], rows["deadline"], strict=True)
    )
    assert [None, None] == list(rows["difference"])


@pytest.mark.parametrize(
    ("name", "options", "code"),
    [
        (LOAN_CALCULATOR, {"readings": {CODE: "sometimes"}}, "invalid_reading"),
        (LOAN_CALCULATOR, {"readings": {"roads.no.such": "x"}}, "unknown_reading"),
        (LOAN_CALCULATOR, {"overrides": {"education.no.such": "1"}}, "unknown_parameter"),
        ("education.no_such_calculator", {}, "unknown_calculator"),
    ],
)
def test_a_bad_option_or_calculator_raises_at_once(name: str, options: dict[str, Any], code: str) -> None:
    with pytest.raises(qc.InputError) as caught:
        compare_readings(name, cases(PAYLOAD), **options)
    assert {code} == caught.value.codes


def test_an_empty_table_gives_an_empty_table_with_every_column() -> None:
    table = compare_readings(LOAN_CALCULATOR, pd.DataFrame())
    assert (0, list(READING_COLUMNS)) == (len(table), list(table.columns))
