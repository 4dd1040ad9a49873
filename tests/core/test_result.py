"""Result: JSON-safe dict, Chinese text, HTML table (core issue, 6. Result)."""

import datetime as dt
import json
import re
from decimal import Decimal
from typing import Any

import pytest

import qinzhou_calc
from qinzhou_calc._core import Citation, Evaluation, Money
from qinzhou_calc._core.registry import get
from qinzhou_calc._core.render import jsonable
from qinzhou_calc._core.result import Note, Reason, Result

CITE = Citation("钦政发〔2019〕17号", "方案", "附件5 二", "（四）", "给予……0.5% 的补助。")


def sample(money: frozenset[str] = frozenset()) -> Evaluation:
    ex = Evaluation("sample.result", dt.date(2020, 1, 1), money=money)
    ex.cite(CITE)
    ex.step("100.00 元 × 0.5% = 0.50 元")
    ex.note("reading", "按<此>理解")
    return ex


def test_to_dict_is_json_safe_with_money_as_two_decimal_strings() -> None:
    """Money is a string with exactly two decimals; dates ISO; rows converted too."""
    result = sample(money=frozenset({"interest_amount"})).result(
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
    assert html.startswith('<div class="qinzhou-calc"><table')
    assert "按&lt;此&gt;理解" in html


def test_the_html_shows_the_ranking_or_breakdown_first_and_folds_the_steps() -> None:
    """The answer (headline, then the ranking or breakdown as a table) before the folded detail."""
    ranking = [{"name": "甲<银行>", "rank": 1, "total": Decimal("93.9"), "scores": {"other": Decimal(5)}}]
    html = sample().result(ranking=ranking)._repr_html_()
    assert html.index("<caption>排名</caption>") < html.index("<details><summary>计算过程（1）</summary>")
    assert "<td" in html
    assert "甲&lt;银行&gt;" in html
    assert "93.9" in html
    breakdown = sample().result(amount=Decimal(1), breakdown=[{"year": 2020, "interest_amount": Decimal(1)}])
    assert "<caption>明细</caption>" in breakdown._repr_html_()
    assert "1.00" in breakdown._repr_html_()


def test_ipython_shows_the_chinese_explanation_as_plain_text() -> None:
    """_repr_pretty_ prints str(result), not the attrs repr."""
    printed: list[str] = []

    class Printer:
        def text(self, value: str) -> None:
            printed.append(value)

    result = sample().result(amount=Decimal("0.50"))
    result._repr_pretty_(Printer(), cycle=False)
    result._repr_pretty_(Printer(), cycle=True)
    assert [str(result), "Result(sample.result)"] == printed


def test_money_is_held_to_the_fen() -> None:
    """A capped 5000000 is held as 5000000.00; an ineligible amount as 0.00."""
    result = sample().result(amount=Decimal(5000000), minimum=Decimal("0.004"))
    assert "5000000.00" == str(result.amount)
    assert "0.00" == str(result.minimum)


def test_a_result_without_a_citation_is_a_programming_error() -> None:
    """Every result cites something."""
    with pytest.raises(RuntimeError):
        Evaluation("x", dt.date(2020, 1, 1)).result(amount=Decimal(0))


BARE = Citation("D号", "标题", "第一条")


def full() -> Result:
    """A result with every field set, built directly."""
    return Result(
        calculator="t.x",
        as_of=dt.date(2020, 1, 1),
        citations=(CITE, BARE),
        steps=("a<b", "b"),
        notes=(Note("n", "说明一"),),
        reasons=(Reason("r", "条件不满足", CITE),),
        eligible=False,
        amount=Decimal(0),
        minimum=Decimal(1000),
        maximum=Decimal("5000.5"),
        mandatory=True,
        deadline=dt.datetime(2020, 1, 2, 8, 30),
        score=Decimal("12.50"),
        count=3,
        ranking=({"rank": 1, "name": "甲", "total": Decimal("90.50")},),
        event_date=dt.date(2019, 12, 1),
        decision_date=dt.date(2020, 2, 1),
        calendar=({"year": 2020, "source": "国务院办公厅", "supplied_by_caller": False},),
    )


def test_to_dict_of_a_full_result_has_every_contract_key() -> None:
    """Every key of API.md's Result, money with two decimals, scores without trailing zeros."""
    expected = {
        "calculator": "t.x",
        "as_of": "2020-01-01",
        "event_date": "2019-12-01",
        "decision_date": "2020-02-01",
        "eligible": False,
        "amount": "0.00",
        "minimum": "1000.00",
        "maximum": "5000.50",
        "mandatory": True,
        "deadline": "2020-01-02T08:30:00",
        "score": "12.50",
        "count": 3,
        "ranking": [{"rank": 1, "name": "甲", "total": "90.50"}],
        "breakdown": [],
        "reasons": [{"code": "r", "message": "条件不满足", "citation": CITE.to_dict()}],
        "steps": ["a<b", "b"],
        "citations": [CITE.to_dict(), BARE.to_dict()],
        "notes": [{"code": "n", "message": "说明一"}],
        "readings": [],
        "hypothetical": False,
        "inputs": None,
        "provenance": {
            "library": f"qinzhou-calc {qinzhou_calc.__version__}",
            "parameters": [],
            "calendar": [{"year": 2020, "source": "国务院办公厅", "supplied_by_caller": False}],
        },
    }
    assert expected == full().to_dict()


def test_keys_that_do_not_apply_are_none_in_to_dict() -> None:
    """A bare result: None for every optional key, empty lists for the rest."""
    expected: dict[str, object] = {
        "calculator": "t.y",
        "as_of": "2020-01-01",
        "event_date": None,
        "decision_date": None,
        "eligible": None,
        "amount": None,
        "minimum": None,
        "maximum": None,
        "mandatory": None,
        "deadline": None,
        "score": None,
        "count": None,
        "ranking": None,
        "breakdown": [],
        "reasons": [],
        "steps": [],
        "citations": [BARE.to_dict()],
        "notes": [],
        "readings": [],
        "hypothetical": False,
        "inputs": None,
        "provenance": {"library": f"qinzhou-calc {qinzhou_calc.__version__}", "parameters": [], "calendar": []},
    }
    assert expected == Result("t.y", dt.date(2020, 1, 1), (BARE,)).to_dict()


LIBRARY_LINE = f"出处：qinzhou-calc {qinzhou_calc.__version__}"


def test_the_text_of_a_full_result_lists_every_part_in_order() -> None:
    """Headline, unmet conditions, ranking, steps, provisions (with their words when known), notes."""
    expected = "\n".join(
        [
            "t.x（适用日期 2020-01-01）",
            "是否符合条件：否",
            "金额：0.00 元",
            "幅度：1000.00 元 至 5000.50 元",
            "处罚：应当并处（并处以）",
            "期限届满：2020-01-02 08:30:00",
            "得分：12.50",
            "数量：3",
            "不符合的条件：",
            "  - 条件不满足（钦政发〔2019〕17号 附件5 二（四））",
            "排名：",
            "  1. 甲  90.50 分",
            "计算过程：",
            "  1. a<b",
            "  2. b",
            "依据：",
            "  - 钦政发〔2019〕17号 附件5 二（四）：“给予……0.5% 的补助。”",
            "  - D号 第一条",
            "说明：",
            "  - 说明一",
            f"出处：qinzhou-calc {qinzhou_calc.__version__}",
        ]
    )
    assert expected == str(full())


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"eligible": True}, ["是否符合条件：是"]),
        ({"maximum": Decimal(10)}, ["上限：10.00 元"]),
        ({"minimum": Decimal(10)}, []),
        ({"mandatory": False}, ["处罚：可以处以（裁量）"]),
        ({"deadline": dt.date(2020, 3, 1)}, ["期限届满：2020-03-01"]),
        ({"score": Decimal(0)}, ["得分：0.00"]),
        ({"count": 0}, ["数量：0"]),
        ({"ranking": ()}, []),
    ],
)
def test_the_text_shows_only_the_headline_rows_that_apply(fields: dict[str, Any], expected: list[str]) -> None:
    """A minimum without a maximum is no range; a false or zero value still shows; an empty ranking does not."""
    result = Result("t.y", dt.date(2020, 1, 1), (BARE,), **fields)
    assert "\n".join(["t.y（适用日期 2020-01-01）", *expected, "依据：", "  - D号 第一条", LIBRARY_LINE]) == str(result)


def test_the_html_of_a_full_result_shows_the_headline_rows_in_order_and_escapes_text() -> None:
    """Calculator, date, headline and unmet conditions as label/value rows in that order; steps,
    provisions and notes shown too; markup in any text escaped."""
    rows = [
        ("计算器", "t.x"),
        ("适用日期", "2020-01-01"),
        ("是否符合条件", "否"),
        ("金额", "0.00 元"),
        ("幅度", "1000.00 元 至 5000.50 元"),
        ("处罚", "应当并处（并处以）"),
        ("期限届满", "2020-01-02 08:30:00"),
        ("得分", "12.50"),
        ("数量", "3"),
        ("不符合", "条件不满足（钦政发〔2019〕17号 附件5 二（四））"),
    ]
    # Attributes (styles) are left out of the comparison: only the cells' order and text count.
    plain = re.sub(r"<(t[hd])\b[^>]*>", r"<\1>", full()._repr_html_())
    found = [plain.find(f"<tr><th>{k}</th><td>{v}</td></tr>") for k, v in rows]
    assert -1 not in found
    assert sorted(found) == found
    for text in ("a&lt;b", "给予……0.5% 的补助。", "D号 第一条", "说明一"):
        assert text in plain
    assert "a<b" not in plain


def test_only_the_columns_declared_money_are_written_with_two_decimals() -> None:
    """What is money is declared (Money columns), never read from a key's name."""
    rows = [{"amount": Decimal(3), "subsidy_amount": Decimal(3), "nested": [{"amount": Decimal("1.5")}]}]
    declared = sample(money=frozenset({"amount"})).result(breakdown=rows).to_dict()["breakdown"]
    undeclared = sample().result(breakdown=rows).to_dict()["breakdown"]
    assert [{"amount": "3.00", "subsidy_amount": "3", "nested": [{"amount": "1.50"}]}] == declared
    assert [{"amount": "3", "subsidy_amount": "3", "nested": [{"amount": "1.5"}]}] == undeclared
    assert ["2.00", "0.50"] == jsonable([Decimal(2), Decimal("0.5")], money=True)


def test_a_calculator_s_money_columns_are_those_it_declares_money() -> None:
    """第二十四条's breakdown: the range of each point is money, its area is not."""
    calc = get("roads.unpermitted_excavation_fine")
    assert frozenset({"minimum", "maximum"}) == calc.money_columns
    assert ("罚款下限（元）", "Minimum fine (yuan)") == calc.columns["minimum"]
    assert isinstance(calc.columns["minimum"], Money)


def test_jsonable_converts_objects_with_to_dict_and_refuses_others() -> None:
    """Citations become their dict; decimals that are not money as plain text; anything else unknown is a TypeError."""
    assert [CITE.to_dict()] == jsonable((CITE,))
    assert {"subsidy_amount": "3", "rate": "3"} == jsonable({"subsidy_amount": Decimal(3), "rate": Decimal(3)})
    with pytest.raises(TypeError, match="object is not JSON-safe"):
        jsonable(object())


def test_citing_or_noting_twice_records_once_and_an_explicit_eligible_keeps_the_amount() -> None:
    """Repeated citations and notes are kept once; eligible=True given with reasons keeps the amount."""
    ex = sample()
    ex.cite(CITE)
    ex.note("reading", "按<此>理解")
    ex.reason("r", "条件不满足", CITE)
    result = ex.result(eligible=True, amount=Decimal(5), ranking=[{"rank": 1}])
    assert (CITE,) == result.citations
    assert (Note("reading", "按<此>理解"),) == result.notes
    assert (True, Decimal(5)) == (result.eligible, result.amount)
    assert ({"rank": 1},) == result.ranking


@pytest.mark.parametrize("name", qinzhou_calc.calculators())
def test_every_column_titled_in_yuan_is_declared_money(name: str) -> None:
    """A breakdown column headed （元） holds amounts in yuan: it is declared Money, and only such a column is."""
    for key, titles in get(name).columns.items():
        assert ("（元）" in titles[0]) == isinstance(titles, Money), (name, key)
