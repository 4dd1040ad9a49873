"""第六条（五）1 "经批准设立在市主城区办学 2 年以上": the day the school began in the main urban area is
``main_urban_area_since``; its older name ``operating_since`` still works alone."""

from typing import Any

from .helpers import error, reason_codes, run
from .test_art6_5_loan_interest import loan_payload, period


def subsidy(**changes: Any) -> Any:
    payload = loan_payload(period=period("2020-01-01", "2020-12-31"))
    del payload["operating_since"]
    payload.update(changes)
    return payload


def test_the_years_in_the_main_urban_area_count_from_main_urban_area_since() -> None:
    """Began 2022-11-23, judged on 2024-11-21 (as_of): two years end on 2024-11-23, so not yet, the
    reason of 第六条（五）1."""
    result = run("loan_interest_subsidy", **subsidy(main_urban_area_since="2022-11-23"))
    assert (False, ["not_running_long_enough"]) == (result.eligible, reason_codes(result))


def test_operating_since_given_alone_is_read_as_before() -> None:
    alone = run("loan_interest_subsidy", **subsidy(operating_since="2015-09-01"))
    new = run("loan_interest_subsidy", **subsidy(main_urban_area_since="2015-09-01"))
    assert (True, new.to_dict()["amount"]) == (alone.eligible, alone.to_dict()["amount"])


def test_main_urban_area_since_wins_over_operating_since() -> None:
    """A school running in 钦州 since 2010 (operating_since) that moved into the main urban area on
    2022-11-23 has not run there two years."""
    result = run("loan_interest_subsidy", **subsidy(operating_since="2010-09-01", main_urban_area_since="2022-11-23"))
    assert ["not_running_long_enough"] == reason_codes(result)


def test_neither_day_is_missing_at_main_urban_area_since() -> None:
    assert [("main_urban_area_since", "missing")] == error("loan_interest_subsidy", **subsidy())
