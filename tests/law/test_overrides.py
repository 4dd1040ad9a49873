"""What-if overrides: a caller's value for a figure of the law, checked, marked, and never leaking."""

import threading
from decimal import Decimal
from typing import Any

import pytest

import qinzhou_calc as qc

NEW_BUILD = "education.new_build_subsidy"
RATE = "education.new_build.rate_per_m2"
SCHOOL = {"type": "primary", "classes": 12, "students": 540, "non_profit": True}


def new_build(area: str = "10000", as_of: str = "2020-01-01") -> dict[str, Any]:
    return {"school": SCHOOL, "new_teaching_area_m2": area, "as_of": as_of}


def test_a_rate_of_150_gives_150_yuan_per_m2() -> None:
    """What would it cost if the new-build subsidy were 150 元/m²? 150 × 10000 = 1,500,000."""
    result = qc.evaluate(NEW_BUILD, new_build(), overrides={RATE: "150"})
    assert Decimal("1500000.00") == result.amount
    assert True is result.hypothetical


def test_a_hypothetical_result_says_so_first_and_marks_the_figure_in_its_provenance() -> None:
    """The first step names the figure with its law value; provenance marks it overridden; the
    provision it replaces is quoted as the law says it, once."""
    data = qc.evaluate(NEW_BUILD, new_build(), overrides={RATE: 150}).to_dict()
    assert data["hypothetical"] is True
    assert data["steps"][0] == f"假设分析：以下法规参数为假设值：{RATE} = 150（法规值 120）"
    used = {p["name"]: p for p in data["provenance"]["parameters"]}
    assert (True, "150") == (used[RATE]["overridden"], used[RATE]["value"])
    assert "120 元/m²" in used[RATE]["citation"]["text"]
    assert "假设" not in used[RATE]["citation"]["text"]
    assert False is used["education.new_build.cap"]["overridden"]
    texts = [c["text"] for c in data["citations"]]
    assert 1 == sum("120 元/m²" in text for text in texts)
    assert len(texts) == len(set(texts))


def test_the_text_cites_the_replaced_provision_once_with_the_figure_beside_the_quote() -> None:
    """第六条（一）'s rate sentence appears once; the quote keeps the law's 120 元/m², and the
    hypothetical 150 stands after the closing quotation mark."""
    text = str(qc.evaluate(NEW_BUILD, new_build(), overrides={RATE: 150}))
    cited = [line for line in text.splitlines() if "120 元/m²" in line]
    assert 1 == len(cited)
    assert cited[0].startswith("  - 钦政办规〔2019〕11号 第六条（一）：“对新建的民办学校按新建成教学建筑面积 120 元/m²")
    assert cited[0].endswith("。”（假设值：education.new_build.rate_per_m2 = 150）")


def test_the_html_view_shows_the_figure_beside_the_provision_too() -> None:
    html = qc.evaluate(NEW_BUILD, new_build(), overrides={RATE: 150})._repr_html_()
    assert 1 == html.count("120 元/m²")
    assert "。（假设值：education.new_build.rate_per_m2 = 150）</li>" in html


def test_without_overrides_nothing_is_hypothetical() -> None:
    data = qc.evaluate(NEW_BUILD, new_build()).to_dict()
    assert data["hypothetical"] is False
    assert not any(p["overridden"] for p in data["provenance"]["parameters"])
    assert not any("假设" in step for step in data["steps"])


def test_a_dated_override_applies_from_its_day_on() -> None:
    """``{"2021-01-01": 150}``: the law's 120 before that day, 150 from it."""
    overrides = {RATE: {"2021-01-01": "150"}}
    before = qc.evaluate(NEW_BUILD, new_build(as_of="2020-12-31"), overrides=overrides)
    after = qc.evaluate(NEW_BUILD, new_build(as_of="2021-01-01"), overrides=overrides)
    assert (Decimal("1200000.00"), Decimal("1500000.00")) == (before.amount, after.amount)
    used = [p for p in after.parameters if p.name == RATE]
    assert "2021-01-01" == used[0].since.isoformat()


def test_a_table_may_be_overridden_in_part() -> None:
    """One award of 第六条（二） changed, the others as the law has them."""
    overrides = {"education.quality_award.amounts": {"city_demo_kindergarten": "80000"}}
    payload = {
        "school": {"type": "kindergarten", "classes": 12, "students": 360, "non_profit": True},
        "award": "city_demo_kindergarten",
        "inclusive_kindergarten": True,
        "as_of": "2020-06-01",
    }
    assert Decimal("80000.00") == qc.evaluate("education.quality_award", payload, overrides=overrides).amount


def test_a_fine_range_override_keeps_the_law_wording() -> None:
    """第二十五条 with a maximum of 30,000: a what-if of the range, the "可以处以" kept."""
    overrides = {"roads.unapproved_change.fine": {"maximum": "30000"}}
    result = qc.evaluate("roads.unapproved_change_fine", {"violation_date": "2020-05-01"}, overrides=overrides)
    assert (Decimal("1000.00"), Decimal("30000.00"), False) == (result.minimum, result.maximum, result.mandatory)


@pytest.mark.parametrize(
    ("overrides", "code", "field"),
    [
        ({"education.new_build.rate": "150"}, "unknown_parameter", "overrides['education.new_build.rate']"),
        ({RATE: "abc"}, "invalid_override", f"overrides['{RATE}']"),
        ({RATE: "-1"}, "invalid_override", f"overrides['{RATE}']"),
        ({RATE: True}, "invalid_override", f"overrides['{RATE}']"),
        (
            {"education.purchased_places.share": "1.5"},
            "invalid_override",
            "overrides['education.purchased_places.share']",
        ),
        ({"education.lease.years": "2.5"}, "invalid_override", "overrides['education.lease.years']"),
        ({"education.quality_award.amounts": {"gold_medal": 1}}, "invalid_override", None),
        ({"roads.unapproved_change.fine": {"minimum": "30000"}}, "invalid_override", None),
        ({"roads.leniency.rule": "从新"}, "invalid_override", None),
        ({RATE: {"2021-02-30": "150"}}, "invalid_override", None),
        ({"roads.warranty.period": {"count": 10000}}, "invalid_override", None),
    ],
)
def test_an_override_is_checked_against_the_kind_and_range_of_its_figure(
    overrides: dict[str, Any], code: str, field: str | None
) -> None:
    """A name not in the catalogue, a value of the wrong kind or out of range: nothing is computed."""
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate(NEW_BUILD, new_build(), overrides=overrides)
    assert {code} == caught.value.codes
    problem = caught.value.errors[0]
    assert problem.en
    assert any("\u4e00" <= ch <= "\u9fff" for ch in problem.message)
    if field is not None:
        assert field == problem.field


def test_every_bad_override_is_listed_at_once() -> None:
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate(NEW_BUILD, new_build(), overrides={"x.y.z": 1, RATE: "abc"})
    assert ["unknown_parameter", "invalid_override"] == [p.code for p in caught.value.errors]


def test_overrides_apply_to_every_row_of_evaluate_many_and_only_there() -> None:
    rows = qc.evaluate_many(NEW_BUILD, [new_build("100"), {"bad": 1}], overrides={RATE: "200"})
    assert isinstance(rows[0], qc.Result)
    assert Decimal("20000.00") == rows[0].amount
    assert isinstance(rows[1], qc.InputError)
    assert Decimal("12000.00") == qc.evaluate(NEW_BUILD, new_build("100")).amount


def test_an_iterator_does_not_leak_its_overrides_between_rows() -> None:
    """While the caller holds a what-if iterator, its own evaluations follow the law."""
    rows = qc.iter_evaluate(NEW_BUILD, [new_build("100"), new_build("100")], overrides={RATE: "200"})
    first = next(rows)
    assert isinstance(first, qc.Result)
    assert Decimal("20000.00") == first.amount
    assert Decimal("12000.00") == qc.evaluate(NEW_BUILD, new_build("100")).amount
    second = next(rows)
    assert isinstance(second, qc.Result)
    assert Decimal("20000.00") == second.amount


def test_threads_with_different_overrides_each_get_their_own_answers() -> None:
    """Eight threads, each its own rate, evaluating at the same time, 25 times each."""
    rates = [None, *range(100, 170, 10)]
    answers: dict[int, list[Decimal | None]] = {}
    start = threading.Barrier(len(rates))

    def work(index: int, rate: int | None) -> None:
        start.wait()
        found = []
        for _ in range(25):
            overrides = None if rate is None else {RATE: rate}
            found.append(qc.evaluate(NEW_BUILD, new_build("100"), overrides=overrides).amount)
        answers[index] = found

    threads = [threading.Thread(target=work, args=(i, rate)) for i, rate in enumerate(rates)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for index, rate in enumerate(rates):
        expected = Decimal(120 if rate is None else rate) * 100
        assert [expected] * 25 == answers[index]


def test_the_loan_rate_table_may_be_overridden_bucket_by_bucket() -> None:
    """What if the 1-year benchmark were 3%? A 12-month loan's interest falls accordingly."""
    payload = {
        "school": {"type": "kindergarten", "classes": 9, "students": 270, "non_profit": False},
        "main_urban_area": True,
        "operating_since": "2012-03-01",
        "investment": "2000000",
        "equipment": "0",
        "loan": {"principal": "360000", "drawn_on": "2020-01-01", "term_months": 12},
        "as_of": "2020-06-01",
    }
    law = qc.evaluate("education.loan_interest_subsidy", payload)
    overrides = {"education.pboc.lending_rates": {"2015-10-24": {"buckets": [{"rate": "3"}, {}, {}]}}}
    what_if = qc.evaluate("education.loan_interest_subsidy", payload, overrides=overrides)
    assert law.amount is not None
    assert what_if.amount is not None
    assert what_if.amount < law.amount
    assert any(p.overridden for p in what_if.parameters)
