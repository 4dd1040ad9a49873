"""第二十五条: digging outside the approved position, area or period, or without approving the change."""

import datetime as dt
from decimal import Decimal

from qinzhou_calc.roads import unapproved_change_fine
from tests.roads._helpers import cited, run


def test_the_range_is_one_thousand_to_twenty_thousand() -> None:
    """ "可以处以一千元以上两万元以下的罚款"."""
    data = run("unapproved_change_fine", violation_date="2020-08-03")
    expected = ("1000.00", "20000.00", False)
    assert expected == (data["minimum"], data["maximum"], data["mandatory"])
    assert "政府令第11号（政府令第12号修改） 第二十五条" in cited(data)


def test_the_typed_function_gives_decimals_to_the_fen() -> None:
    """Money is Decimal in Python."""
    result = unapproved_change_fine(violation_date=dt.date(2019, 9, 2))
    expected = (Decimal("1000.00"), Decimal("20000.00"), True)
    assert expected == (result.minimum, result.maximum, result.mandatory)
    expected_citation = "政府令第11号 第二十五条"
    assert expected_citation == str(result.citations[0])
