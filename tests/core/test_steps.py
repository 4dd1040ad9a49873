"""Steps kept as templates with their figures, written out when read: the same text as at once."""

import datetime as dt
import decimal
import gc
import pickle
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import qinzhou_calc as qc
from qinzhou_calc._core import Citation, Evaluation, Result, registry
from qinzhou_calc._core.registry import load_all
from qinzhou_calc._core.steps import POSITIONAL, Pending, field_names, pending, positional, term, texts, write
from qinzhou_calc._core.timing import Timing
from qinzhou_calc.banking.readings_annex import RATE_WITHIN_BAND

from ..strategies import varied_payloads

EXAMPLES = [(name, example.payload) for name, calc in sorted(load_all().items()) for example in calc.examples]
EXAMPLES_BY_NAME = dict(EXAMPLES)
CITE = Citation("D号", "标题", "第一条")

#: A caller's context as unlike the library's as can be: 3 digits, rounding down, every signal trapped.
HOSTILE = decimal.Context(
    prec=3,
    rounding=decimal.ROUND_DOWN,
    traps=[decimal.Inexact, decimal.Rounded, decimal.InvalidOperation, decimal.DivisionByZero, decimal.Overflow],
)


def _step(template: str, **figures: Any) -> str:
    return write(pending(template, figures))


def test_each_tag_writes_its_figure() -> None:
    """Worked by hand: money half-up to the fen, decimals without trailing zeros, dates, weekdays, joins."""
    assert "1200000.00 元" == _step("{amount:money} 元", amount=Decimal(1200000))
    assert "0.01" == _step("{amount:money}", amount=Decimal("0.005"))
    assert "0.00" == _step("{amount:money}", amount=Decimal("-0.00"))
    assert "93.90 分" == _step("{score:score} 分", score=Decimal("93.9"))
    assert "120 元/m² × 10000.5 m²" == _step(
        "{rate:decimal} 元/m² × {area:decimal} m²", rate=Decimal("120.00"), area=Decimal("10000.50")
    )
    assert "16.6667%" == _step("{float:decimal4}%", float=Decimal(50) / Decimal(3))
    assert "0.5% / 25% / 70%" == _step(
        "{a:percent}% / {b:percent}% / {c:percent}%", a=Decimal("0.005"), b=Decimal("0.25"), c=Decimal("0.70")
    )
    assert "2019-09-29（周日）" == _step("{day:day}", day=dt.date(2019, 9, 29))
    assert "2020-01-02T08:30:00 / 2020-01-02 08:30:00" == _step("{at:iso} / {at}", at=dt.datetime(2020, 1, 2, 8, 30))
    assert "1.00 + 2.50 = 3.50" == _step(
        "{parts:money[ + ]} = {total:money}", parts=[Decimal(1), Decimal("2.5")], total=Decimal("3.5")
    )
    assert "17 + 19 + 24 = 60 项" == _step("{targets:[ + ]} = {total} 项", targets=(17, 19, 24), total=60)
    assert "{字面} 3" == _step("{{字面}} {n}", n=3)


def test_a_term_is_written_with_the_step_that_names_it() -> None:
    terms = [term("{amount:money} 元 × {days} 天", amount=Decimal(a), days=d) for a, d in ((100, 3), (50, 1))]
    assert "(100.00 元 × 3 天 + 50.00 元 × 1 天) ÷ 360" == _step(
        "({terms:term[ + ]}) ÷ {basis}", terms=terms, basis=360
    )


def test_a_step_does_not_change_when_the_caller_changes_its_list() -> None:
    """The figures are snapshotted when the step is written: a list is copied, the text is that of then."""
    parts = [Decimal(1), Decimal(2)]
    ex = Evaluation("t.x", dt.date(2020, 1, 1))
    ex.step("{parts:money[ + ]}", parts=parts)
    parts.append(Decimal(3))
    parts[0] = Decimal(9)
    ex.cite(CITE)
    assert ("1.00 + 2.00",) == ex.result().steps


@pytest.mark.parametrize("figure", [{"a": 1}, {1, 2}, [[1], {"a": 1}], bytearray(b"x")])
def test_a_figure_that_could_change_is_refused(figure: object) -> None:
    """A dict, a set or a bytearray cannot be kept as it was: writing it is a programming error."""
    with pytest.raises(TypeError, match="immutable"):
        pending("{x}", {"x": figure})


def test_a_template_must_name_its_figures_with_known_tags() -> None:
    with pytest.raises(ValueError, match="unknown step tag"):
        pending("{x:yuan}", {"x": Decimal(1)})
    with pytest.raises(ValueError, match="do not match"):
        pending("{x:money} 与 {y:money}", {"x": Decimal(1)})
    with pytest.raises(ValueError, match="do not match"):
        pending("{x:money}", {"x": Decimal(1), "y": Decimal(2)})
    with pytest.raises(ValueError, match="plain name"):
        pending("{x.real}", {"x": 1})


def test_a_steps_text_does_not_depend_on_the_callers_decimal_context() -> None:
    """Written out after the calculation, under a 3-digit context that traps everything: the same text."""
    figures = {"a": Decimal("1234567.125"), "b": Decimal("0.1250"), "c": Decimal(50) / Decimal(3)}
    at_once = _step("{a:money} {b:decimal} {c:decimal4} {a:decimal}", **figures)
    later = pending("{a:money} {b:decimal} {c:decimal4} {a:decimal}", figures)
    with decimal.localcontext(HOSTILE):
        assert "1234567.13 0.125 16.6667 1234567.125" == at_once == write(later)


def test_a_result_with_steps_compares_pickles_and_evolves_by_their_text() -> None:
    written = Result("t.x", dt.date(2020, 1, 1), (CITE,), steps=(pending("{a:money} 元", {"a": Decimal(5)}), "b"))
    plain = Result("t.x", dt.date(2020, 1, 1), (CITE,), steps=("5.00 元", "b"))
    assert ("5.00 元", "b") == written.steps
    assert isinstance(written.steps, tuple)
    assert all(type(step) is str for step in written.steps)
    assert written == plain
    assert written != attrs.evolve(plain, steps=("5.01 元", "b"))
    assert "steps=('5.00 元', 'b')" in repr(written)
    carried = pickle.loads(pickle.dumps(written))
    assert carried == written
    assert ("5.00 元", "b") == carried.steps
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        written.steps = ()  # type: ignore[misc]


@pytest.fixture
def eager(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every step also written out at once, inside the calculation, as the library used to."""
    written: list[str] = []
    step, dates, each, table = Evaluation.step, Timing.step, Evaluation.step_each, Evaluation.step_table

    def step_at_once(self: Evaluation, template: str, /, **figures: Any) -> None:
        step(self, template, **figures)
        if self.explaining:
            written.append(write(pending(template, figures)) if figures else template)

    def dates_at_once(self: Timing, cls: type[Any]) -> Pending:
        first = dates(self, cls)
        written.append(write(first))
        return first

    def each_at_once(self: Evaluation, template: str, /, **same: Any) -> Callable[..., None]:
        writer = each(self, template, **same)
        if not self.explaining:
            return writer

        def write_at_once(**figures: Any) -> None:
            writer(**figures)
            written.append(write(pending(template, {**same, **figures})))

        return write_at_once

    def table_at_once(self: Evaluation, template: str, columns: Mapping[str, Any], /, **same: Any) -> None:
        table(self, template, columns, **same)
        if self.explaining:
            for row in zip(*columns.values(), strict=True):
                written.append(write(pending(template, {**same, **dict(zip(columns, row, strict=True))})))

    monkeypatch.setattr(Evaluation, "step", step_at_once)
    monkeypatch.setattr(Evaluation, "step_table", table_at_once)
    monkeypatch.setattr(Evaluation, "step_each", each_at_once)
    monkeypatch.setattr(Timing, "step", dates_at_once)
    monkeypatch.setattr(registry, "today", lambda: dt.date(2020, 6, 30))
    return written


def _lazy_equals_eager(name: str, payload: Any, written: list[str]) -> None:
    written.clear()
    try:
        result = qc.evaluate(name, payload)
    except qc.InputError:
        return
    with decimal.localcontext(HOSTILE):
        assert written == list(result.steps)
        assert result.to_dict()["steps"] == written


@pytest.mark.parametrize(("name", "payload"), EXAMPLES, ids=[f"{n}[{i}]" for i, (n, _) in enumerate(EXAMPLES)])
def test_every_example_reads_the_steps_it_would_have_written_at_once(
    name: str, payload: dict[str, Any], eager: list[str]
) -> None:
    """Each registered example: the steps read later, under a hostile context, are the text written at once."""
    _lazy_equals_eager(name, payload, eager)


# The fixture's list is cleared before each payload: it may be shared between the generated inputs.
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_examples_with_other_numbers_read_the_steps_they_would_have_written(
    data: st.DataObject, eager: list[str]
) -> None:
    """An example's numbers redrawn: the same, whatever the figures."""
    name, example = data.draw(st.sampled_from(EXAMPLES))
    _lazy_equals_eager(name, data.draw(varied_payloads(dict(example))), eager)


def test_a_batch_of_results_gives_the_garbage_collector_nothing_more_to_walk() -> None:
    """Pending steps are plain tuples of numbers, dates and texts: untracked once collected, so
    a million kept results do not make every collection walk their steps."""
    result = qc.evaluate("education.loan_interest_subsidy", EXAMPLES_BY_NAME["education.loan_interest_subsidy"])
    for _ in range(3):  # each collection untracks one more level of nested tuples (a step, its terms)
        gc.collect()
    waiting = [step for step in result._steps if type(step) is not str]
    assert waiting
    assert not any(gc.is_tracked(step) for step in waiting)


def test_every_step_packed_by_hand_names_its_figures_in_the_templates_order() -> None:
    """A step packed by hand is ``(template, figure, ...)``: its declared names must be the fields the
    template names, in the order it first names them, or the line would put a figure in another's place."""
    load_all()
    for template, names in POSITIONAL.items():
        assert field_names(template) == names, template


def test_a_step_packed_by_hand_in_another_order_is_refused_when_first_written() -> None:
    template = positional("{a:money} 元 ÷ {b} 天 · 测试顺序", "b", "a")
    try:
        with pytest.raises(ValueError, match="packed by hand"):
            write((template, 3, Decimal(5)))
    finally:
        del POSITIONAL[template]
    assert ("x", "y") == field_names("{x:money[ + ]} = {y} {x}")


def test_a_step_written_for_each_row_is_the_step_its_figures_name() -> None:
    """Worked by hand: the same lines as ``step``, the figures given once with those of each row, a
    list copied when written; nothing in lean mode."""
    ex = Evaluation("t.x", dt.date(2020, 1, 1))
    scored = ex.step_each("{title}：{bank} {parts:decimal[ + ]} = {total:money} 分（{about}）", title="评定")
    parts = [Decimal("4.5"), Decimal(1)]
    scored(bank="甲行", parts=parts, total=Decimal("5.5"), about="达到要求")
    parts.append(Decimal(9))
    scored(bank="乙行", parts=(Decimal(0),), total=Decimal(0), about="未达要求")
    ex.cite(CITE)
    assert ("评定：甲行 4.5 + 1 = 5.50 分（达到要求）", "评定：乙行 0 = 0.00 分（未达要求）") == ex.result().steps
    lean = Evaluation("t.x", dt.date(2020, 1, 1), explain=False)
    lean.step_each("{bank}")(bank="乙行")
    assert [] == lean.steps


def test_a_step_written_for_each_row_refuses_a_figure_left_out_misnamed_or_mutable() -> None:
    ex = Evaluation("t.x", dt.date(2020, 1, 1))
    scored = ex.step_each("{bank} {total:money}")
    with pytest.raises(TypeError):
        scored(bank="甲行")
    with pytest.raises(TypeError):
        scored(bank="甲行", total=Decimal(1), extra=1)
    with pytest.raises(TypeError, match="immutable"):
        scored(bank={"甲行"}, total=Decimal(1))
    with pytest.raises(TypeError, match="immutable"):
        ex.step_each("{bank} {total:money}", bank={"甲行"})
    with pytest.raises(ValueError, match="given once"):
        ex.step_each("{bank} {total:money}", branch="甲行")
    with pytest.raises(ValueError, match="unknown step tag"):
        ex.step_each("{x:yuan}")


def test_about4_says_when_four_decimals_are_not_the_figure() -> None:
    """Worked by hand: 50 ÷ 3 = 16.666… is written 16.6667（约）; 12.5 is written exactly."""
    template = "{x:decimal4}%{x:about4}"
    assert "16.6667%（约）" == _step(template, x=Decimal(50) / Decimal(3))
    assert "12.5%" == _step(template, x=Decimal("12.5"))


def test_a_step_written_for_each_row_keeps_a_joined_figure_as_it_was_written() -> None:
    """A joined figure of terms is kept item by item; the same template with other figures given
    once is its own writer, and asking for the first again finds it."""
    ex = Evaluation("t.x", dt.date(2020, 1, 1))
    template = "{who}：{terms:term[ + ]} = {total:money}"
    summed = ex.step_each(template, who="甲行")
    terms = [term("{a:money} × {n} 天", a=Decimal(2), n=3)]
    summed(terms=terms, total=Decimal(6))
    terms.append(term("{a:money} × {n} 天", a=Decimal(9), n=9))
    ex.step_each(template, total=Decimal(1))(who="乙行", terms=())
    ex.step_each(template, who="丙行")(terms=[], total=Decimal(0))
    ex.cite(CITE)
    assert ("甲行：2.00 × 3 天 = 6.00", "乙行： = 1.00", "丙行： = 0.00") == ex.result().steps
    with pytest.raises(ValueError, match="plain names"):
        ex.step_each("{class}")


def test_a_table_of_steps_writes_the_rows_a_writer_called_once_per_row_writes() -> None:
    """Worked by hand: every row in order, the figures given once on each, a list copied when written
    (the caller's lists changed afterwards change nothing), a term kept item by item; nothing in lean mode."""
    template = "{title}：{bank} {parts:decimal[ + ]} = {total:money} 分（{about}）"
    first_parts, second_about = [Decimal("4.5"), Decimal(1)], ["未达", "要求"]
    banks: list[str] = ["甲行", "乙行"]
    about: list[object] = ["达到要求", second_about]
    parts: list[object] = [first_parts, (Decimal(0),)]
    ex = Evaluation("t.x", dt.date(2020, 1, 1))
    ex.step_table(
        template, {"bank": banks, "parts": parts, "total": [Decimal("5.5"), Decimal(0)], "about": about}, title="评定"
    )
    first_parts.append(Decimal(9))
    second_about.append("!")
    banks.append("丙行")
    one = Evaluation("t.x", dt.date(2020, 1, 1))
    scored = one.step_each(template, title="评定")
    scored(bank="甲行", parts=[Decimal("4.5"), Decimal(1)], total=Decimal("5.5"), about="达到要求")
    scored(bank="乙行", parts=(Decimal(0),), total=Decimal(0), about=["未达", "要求"])
    assert 2 == len(one.steps)
    assert 1 == len(ex.steps)  # a table waits as one step
    assert texts(one.steps) == texts(ex.steps)
    ex.step_table(
        "{who}：{terms:term[ + ]} = {total:money}",
        {"terms": [[term("{a:money} × {n} 天", a=Decimal(2), n=3)]], "who": ["丁行"]},
        total=Decimal(6),
    )
    ex.cite(CITE)
    assert (
        "评定：甲行 4.5 + 1 = 5.50 分（达到要求）",
        "评定：乙行 0 = 0.00 分（('未达', '要求')）",
        "丁行：2.00 × 3 天 = 6.00",
    ) == ex.result().steps
    lean = Evaluation("t.x", dt.date(2020, 1, 1), explain=False)
    lean.step_table("{bank}", {"bank": ["乙行"]})
    assert [] == lean.steps


def test_a_table_of_steps_refuses_columns_or_figures_not_the_templates_or_mutable() -> None:
    ex = Evaluation("t.x", dt.date(2020, 1, 1))
    template = "{bank} {total:money} {note}"
    ex.step_table(template, {"bank": ["甲行"], "total": [Decimal(1)]}, note="")
    ex.step_table(template, {"bank": ["乙行"]}, total=Decimal(2), note="")  # other columns: their own writer
    with pytest.raises(ValueError, match="given once"):
        ex.step_table(template, {"bank": ["甲行"], "total": [Decimal(1)]})
    with pytest.raises(ValueError, match="given once"):
        ex.step_table(template, {"bank": ["甲行"], "total": [Decimal(1)]}, note="", extra=1)
    with pytest.raises(ValueError, match="differ in length"):
        ex.step_table(template, {"bank": ["甲行"], "total": [Decimal(1), Decimal(2)]}, note="")
    with pytest.raises(ValueError, match="not the fields"):
        ex.step_table(template, {"bank": ["甲行"], "branch": ["甲行"]}, total=Decimal(1), note="")
    with pytest.raises(ValueError, match="at least one column"):
        ex.step_table(template, {}, bank="甲行", total=Decimal(1), note="")
    with pytest.raises(TypeError, match="immutable"):
        ex.step_table(template, {"bank": [{"甲行"}], "total": [Decimal(1)]}, note="")
    with pytest.raises(TypeError, match="immutable"):
        ex.step_table(template, {"bank": ["甲行"], "total": [Decimal(1)]}, note={"x": 1})
    with pytest.raises(ValueError, match="unknown step tag"):
        ex.step_table("{x:yuan}", {"x": [1]})
    with pytest.raises(ValueError, match="plain names"):
        ex.step_table("{class}", {"class": [1]})
    ex.cite(CITE)
    assert ("甲行 1.00 ", "乙行 2.00 ") == ex.result().steps


def test_a_reading_asked_again_gives_the_option_it_gave_and_notes_once() -> None:
    ex = Evaluation("t.x", dt.date(2020, 1, 1))
    assert ex.reading(RATE_WITHIN_BAND) == ex.reading(RATE_WITHIN_BAND) == RATE_WITHIN_BAND.default
    ex.note_reading(RATE_WITHIN_BAND, "linear")
    ex.note_reading(RATE_WITHIN_BAND, "linear")
    ex.note_reading(RATE_WITHIN_BAND, "band_low")
    ex.note_reading(RATE_WITHIN_BAND, "linear")
    assert [note.code for note in ex.notes] == ["rate_bands_continuous", "rate_band_low"]
    ex.cite(CITE)
    assert [(use.code, use.option) for use in ex.result().readings] == [(RATE_WITHIN_BAND.code, "linear")]
