"""A figure, a reading or a reading's note asked again within one evaluation (once per bank, say)
gives what the first ask gave, cites and notes nothing twice, and never confuses two objects that
share a name or a code."""

import datetime as dt
from decimal import Decimal

import pytest

from qinzhou_calc._core import Citation, Evaluation, Parameter, Version
from qinzhou_calc._core.reading import Option, Reading, choosing

FIRST = Citation("测试〔2019〕1号", "测试", "第一条")
SECOND = Citation("测试〔2019〕1号", "测试", "第二条")
RATE = Parameter("test.rate", "比例", (Version(dt.date(2019, 1, 1), Decimal("0.5"), FIRST),))
#: Another figure under the same name (a document declared again, say), with another value.
RATE_AGAIN = Parameter("test.rate", "比例", (Version(dt.date(2019, 1, 1), Decimal("0.7"), SECOND),))
LATER = Parameter(
    "test.later",
    "后改",
    (Version(dt.date(2019, 1, 1), 1, FIRST), Version(dt.date(2020, 1, 1), 2, SECOND)),
)


def _reading(code: str = "demo.repeat.direction") -> Reading:
    return Reading(
        code=code,
        document="demo",
        article="第一条",
        question="四舍五入还是一律进位？",
        question_en="Round half up, or always up?",
        options=(
            Option("half_up", "四舍五入", "half up", "repeat_half_up", "金额四舍五入到分。"),
            Option("up", "一律进位", "always up", "repeat_up", "金额一律进位到分。"),
        ),
        default="half_up",
        reasoning="文中未说进位，按通常的四舍五入。",
        reasoning_en="The text does not say up; the usual half-up.",
    )


@pytest.mark.parametrize("explain", [True, False])
def test_a_figure_used_again_gives_its_value_and_is_cited_once(explain: bool) -> None:
    ex = Evaluation("t.repeat", dt.date(2020, 6, 1), explain=explain)
    assert [Decimal("0.5")] * 3 == [ex.use(RATE) for _ in range(3)]
    assert ([FIRST] if explain else []) == ex.citations
    assert ["test.rate"] == [use.name for use in ex._read.values()]


def test_two_figures_under_one_name_each_give_their_own_value() -> None:
    ex = Evaluation("t.repeat", dt.date(2020, 6, 1))
    assert [Decimal("0.5"), Decimal("0.7"), Decimal("0.5"), Decimal("0.7")] == [
        ex.use(RATE),
        ex.use(RATE_AGAIN),
        ex.use(RATE),
        ex.use(RATE_AGAIN),
    ]
    assert [FIRST, SECOND] == ex.citations


def test_a_figure_used_on_another_day_is_read_on_that_day_and_the_usual_day_after_it() -> None:
    ex = Evaluation("t.repeat", dt.date(2020, 6, 1))
    assert [2, 1, 2, 1] == [
        ex.use(LATER),
        ex.use(LATER, dt.date(2019, 6, 1)),
        ex.use(LATER),
        ex.use(LATER, dt.date(2019, 6, 1)),
    ]
    assert [SECOND, FIRST] == ex.citations


def test_a_reading_asked_again_gives_the_option_it_gave_and_is_listed_once() -> None:
    reading = _reading()
    with choosing({reading.code: "up"}):
        ex = Evaluation("t.repeat", dt.date(2020, 6, 1))
        assert ["up", "up", "up"] == [ex.reading(reading) for _ in range(3)]
    assert [("demo.repeat.direction", "up")] == [(use.code, use.option) for use in ex._readings.values()]


def test_two_readings_under_one_code_are_each_asked_for_themselves() -> None:
    first, second = _reading(), _reading()
    ex = Evaluation("t.repeat", dt.date(2020, 6, 1))
    assert ["half_up", "half_up", "half_up"] == [ex.reading(first), ex.reading(second), ex.reading(first)]


def test_a_reading_noted_again_is_noted_once_and_another_option_is_noted_too() -> None:
    reading = _reading()
    ex = Evaluation("t.repeat", dt.date(2020, 6, 1))
    for option in ("half_up", "half_up", "up", "up", "half_up"):
        ex.note_reading(reading, option)
    assert [
        ("repeat_half_up", "金额四舍五入到分。", "demo.repeat.direction"),
        ("repeat_up", "金额一律进位到分。", "demo.repeat.direction"),
    ] == [(note.code, note.message, note.reading) for note in ex.notes]


def test_a_note_of_an_unknown_option_fails_each_time_it_is_asked() -> None:
    reading = _reading()
    ex = Evaluation("t.repeat", dt.date(2020, 6, 1))
    for _ in range(2):
        with pytest.raises(KeyError, match="sideways"):
            ex.note_reading(reading, "sideways")
    assert [] == ex.notes


def test_a_lean_evaluation_notes_no_reading() -> None:
    ex = Evaluation("t.repeat", dt.date(2020, 6, 1), explain=False)
    ex.note_reading(_reading(), "up")
    assert [] == ex.notes
