"""第二十八条: no notice board, no fence or warning signs, emergency-repair paperwork not completed."""

import pytest

import qinzhou_calc as qc
from tests.roads._helpers import errors, run


@pytest.mark.parametrize(
    ("violation", "clause"),
    [
        ("no_notice_board", "（一）"),
        ("no_fence_or_signs", "（二）"),
        ("emergency_paperwork_late", "（三）"),
    ],
)
def test_each_violation_cites_its_item_and_is_fined_two_thousand_to_twenty_thousand(
    violation: str, clause: str
) -> None:
    """ "可以处以两千元以上两万元以下的罚款"：（一）告示牌；（二）围挡及安全警示标志；（三）紧急抢修未补办手续。"""
    data = run("site_violation_fine", violation=violation, violation_date="2021-02-10")
    expected = ("2000.00", "20000.00", False)
    assert expected == (data["minimum"], data["maximum"], data["mandatory"])
    assert [clause] == [c["clause"] for c in data["citations"] if c["article"] == "第二十八条" and c["clause"]]


def test_an_unknown_violation_is_an_invalid_choice() -> None:
    """Only the three items of 第二十八条."""
    with pytest.raises(qc.InputError) as caught:
        run("site_violation_fine", violation="no_helmet", violation_date="2021-02-10")
    expected = [("violation", "invalid_choice")]
    assert expected == errors(caught.value)
