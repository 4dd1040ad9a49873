"""A record of the core shows itself as attrs would write it: ``Name(field=value, ...)``.

Its ``__repr__`` is one shared function (:func:`~qinzhou_calc._core.frozen.record_repr`) rather than
code attrs compiles for each class at import; the text is the same, here checked against the text
attrs writes for a twin class.
"""

import datetime as dt
from decimal import Decimal
from typing import Any

import attrs
import pytest

from qinzhou_calc._core.crossfield import Requires
from qinzhou_calc._core.definition import Example
from qinzhou_calc._core.errors import Problem
from qinzhou_calc._core.frozen import record_repr
from qinzhou_calc._core.kinds import Ge, Pattern
from qinzhou_calc._core.law import Anchor
from qinzhou_calc._core.reading import ReadingUse
from qinzhou_calc._core.result import Note
from qinzhou_calc._core.timing import Event
from qinzhou_calc.techinno import ContractRegistrationInput


def _twin(record: Any) -> str:
    """The text attrs generates for a class with the same name and fields as ``record``'s."""
    fields = attrs.fields(type(record))
    twin = attrs.make_class(
        type(record).__name__, {field.name: attrs.field(repr=field.repr) for field in fields}, frozen=True
    )
    return repr(twin(**{field.name: getattr(record, field.name) for field in fields}))


@pytest.mark.parametrize(
    ("record", "text"),
    [
        (
            Problem("$.a", "type", "应为数字", "expected a number"),
            "Problem(field='$.a', code='type', message='应为数字', en='expected a number')",
        ),
        (
            Anchor("钦政发〔2019〕17号", "附件4", "二"),
            "Anchor(document='钦政发〔2019〕17号', article='附件4', clause='二', edition=None)",
        ),
        (ReadingUse("roads.x.y", "a", True), "ReadingUse(code='roads.x.y', option='a', default=True)"),
        (Event(dt.date(2020, 6, 30), "as_of"), "Event(day=datetime.date(2020, 6, 30), field='as_of')"),
        (Ge(Decimal(0)), "Ge(bound=Decimal('0'))"),
        (Pattern("[0-9]{4}", "须为年份", "a year"), "Pattern(pattern='[0-9]{4}', zh='须为年份', en='a year')"),
        (
            Requires("kind", ("loan",), (("loan.amount",),)),
            "Requires(field='kind', values=('loan',), alternatives=(('loan.amount',),))",
        ),
        (Note("n", "说明", "r"), "Note(code='n', message='说明', reading='r')"),
        (Example("例", {"a": "1"}), "Example(title='例', payload={'a': '1'})"),
        (
            ContractRegistrationInput(Decimal(1), as_of=dt.date(2020, 6, 30)),
            "ContractRegistrationInput(registered_amount=Decimal('1'), registered_on=None,"
            " as_of=datetime.date(2020, 6, 30), decision_date=None)",
        ),
    ],
)
def test_a_record_shows_itself_as_attrs_writes_it(record: Any, text: str) -> None:
    assert text == repr(record) == _twin(record)


def test_a_record_met_again_inside_itself_is_three_dots() -> None:
    @attrs.define(repr=False)
    class Box:
        inside: list[object]

        __repr__ = record_repr

    twin = attrs.make_class("Box", {"inside": attrs.field()})
    box, other = Box([]), twin([])
    box.inside.append(box)
    other.inside.append(other)
    assert "Box(inside=[...])" == repr(box) == repr(other)
