"""The codes of the law's readings form a closed set, like the error codes: a reading added or
renamed is a change of the public contract, made here on purpose."""

import qinzhou_calc as qc

READING_CODES = ["education.loan.interest_before_policy", "roads.backfill.rest_day_end"]


def test_the_reading_codes_are_the_pinned_set() -> None:
    assert READING_CODES == [reading["code"] for reading in qc.readings()]


def test_every_reading_has_two_options_a_default_among_them_and_its_reasoning_in_both_languages() -> None:
    for zh, en in zip(qc.readings(), qc.readings(lang="en"), strict=True):
        keys = [option["key"] for option in zh["options"]]
        assert len(keys) >= 2
        assert zh["default"] in keys
        assert zh["reasoning"]
        assert en["reasoning"]
        assert zh["reasoning"] != en["reasoning"]
        assert zh["code"].startswith(zh["document"] + ".")
