"""Result: JSON-safe dict, Chinese text, HTML table (core issue, 6. Result)."""

import datetime as dt
import json
from decimal import Decimal

import pytest

from qinzhou_calc._core import Citation, Explanation

CITE = Citation("钦政发〔2019〕17号", "方案", "附件5 二", "（四）", "给予……0.5% 的补助。")


def sample() -> Explanation:
    ex = Explanation("techinno.sample", dt.date(2020, 1, 1))
    ex.cite(CITE)
    ex.step("100.00 元 × 0.5% = 0.50 元")
    ex.note("reading", "按<此>理解")
    return ex


def test_to_dict_is_json_safe_with_money_as_two_decimal_strings() -> None:
    """Money is a string with exactly two decimals; dates ISO; rows converted too."""
    result = sample().result(
        amount=Decimal("0.5"),
        minimum=Decimal(1000),
        breakdown=[
            {"year": 2020, "rate": Decimal("4.350"), "interest_amount": Decimal("1.5"), "day": dt.date(2020, 1, 2)}
        ],
    )
    data = result.to_dict()
    assert "0.50" == data["amount"]
    assert "1000.00" == data["minimum"]
    assert [{"year": 2020, "rate": "4.35", "interest_amount": "1.50", "day": "2020-01-02"}] == data["breakdown"]
    assert data == json.loads(json.dumps(data))
    assert "2020-01-01" == data["as_of"]
    assert [CITE.to_dict()] == data["citations"]


def test_reasons_make_a_result_ineligible_with_a_zero_amount() -> None:
    """eligible is false when a legal condition is not met, and amount is 0.00."""
    ex = sample()
    ex.reason("too_small", "规模不足", CITE)
    data = ex.result(amount=Decimal(100)).to_dict()
    assert (False, "0.00") == (data["eligible"], data["amount"])
    assert [{"code": "too_small", "message": "规模不足", "citation": CITE.to_dict()}] == data["reasons"]


def test_the_text_explains_steps_then_citations_then_notes() -> None:
    """__str__ is a readable Chinese explanation in that order."""
    text = str(sample().result(amount=Decimal("0.50")))
    assert text.index("计算过程") < text.index("依据") < text.index("说明")
    assert "金额：0.50 元" in text
    assert "钦政发〔2019〕17号 附件5 二（四）" in text


def test_the_html_table_escapes_text() -> None:
    """_repr_html_ is a table for Jupyter, with markup escaped."""
    html = sample().result(amount=Decimal("0.50"))._repr_html_()
    assert html.startswith("<table")
    assert "按&lt;此&gt;理解" in html


def test_a_result_without_a_citation_is_a_programming_error() -> None:
    """Every result cites something."""
    with pytest.raises(RuntimeError):
        Explanation("x", dt.date(2020, 1, 1)).result(amount=Decimal(0))
