"""A calculator: its typed inputs, its dates and its computation, run in the library's decimal
context; what it may raise is only :class:`InputError`. The table of them is :mod:`.registry`."""

import datetime as dt
import decimal
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from .crossfield import CrossFieldRule, event_rule
from .errors import InputError
from .evaluation import Evaluation
from .frozen import record_repr
from .money import CONTEXT, Money
from .reader import structure
from .reading import asked
from .result import Result
from .schema import input_schema
from .timing import DecisionDefault, Event, Timing, events_of, resolve, today

if TYPE_CHECKING:
    from .dated import Document

__all__ = ["ENDED_DOCUMENT_NOTE", "Calculator", "Example", "record"]

In = TypeVar("In")
Record = TypeVar("Record", bound=type)

if TYPE_CHECKING:
    # What a record is, to the type checker: a frozen attrs class.
    from attrs import frozen as record
else:

    def record(cls: Record) -> Record:
        """A record of a document: a calculator's inputs, or a figure of the law with several parts.
        It is a frozen attrs class (``@attrs.frozen``) that shows itself as every record of the core
        does (:func:`~.frozen.record_repr`)."""
        made = attrs.frozen(cls, repr=False)
        made.__repr__ = record_repr
        return made


#: The note of an event inside a document's period decided after its end (the code is shared
#: by every document, so the readings page shows it from the worked examples that produce it).
ENDED_DOCUMENT_NOTE = "event_in_ended_document"


@attrs.frozen(repr=False)
class Example:
    """A worked example: shown by ``qinzhou-calc demo`` and evaluated by the contract tests."""

    title: str
    payload: Mapping[str, Any]

    __repr__ = record_repr


@attrs.frozen(eq=False, repr=False)
class Calculator(Generic[In]):
    """A registered calculator. Call it with keyword arguments named as the payload fields.

    ``event`` names the field whose date fixes the law (or is a function giving the events
    of a payload, each with its field path); the dates of a calculation follow
    :mod:`~qinzhou_calc._core.timing`: the law of the event date, unless ``as_of`` says
    otherwise; the decision date; and, with a ``document``, its period.
    """

    name: str
    title: str
    inputs: type[In]
    compute: Callable[[In, Evaluation], Result]
    document: "Document | None"
    event: str | Callable[[In], Sequence[Event]] | None
    examples: tuple[Example, ...]
    decision_default: DecisionDefault = "today"
    declared_rules: tuple[CrossFieldRule, ...] = ()
    #: The title of each key of its ``breakdown`` rows (and of the rows nested in them), (Chinese, English).
    columns: Mapping[str, tuple[str, str]] = attrs.field(factory=dict)
    #: What day it is, asked only when a payload gives no decision date (the registry's clock).
    clock: Callable[[], dt.date] = today
    #: The keys of its breakdown rows whose values are money: the columns declared :class:`~.money.Money`.
    money_columns: frozenset[str] = attrs.field(init=False)

    __repr__ = record_repr

    @money_columns.default
    def _money_columns(self) -> frozenset[str]:
        return frozenset(key for key, titles in self.columns.items() if isinstance(titles, Money))

    def column_title(self, key: str, lang: str = "zh") -> str:
        """What a table of the breakdown heads the column ``key`` with (the key itself if it has no title)."""
        titles = self.columns.get(key)
        return key if titles is None else titles[1 if lang == "en" else 0]

    @property
    def __doc__(self) -> str | None:  # type: ignore[override]
        return self.compute.__doc__

    def __call__(self, **fields: object) -> Result:
        return self.evaluate(fields)

    def listing(self) -> dict[str, str | None]:
        """``{"name", "title", "document", "document_number", "document_title"}``: a row of
        ``qinzhou-calc list --json`` and of ``GET /calculators``, ``document`` being its key (``banking``)."""
        return {
            "name": self.name,
            "title": self.title,
            "document": self.name.partition(".")[0],
            "document_number": None if self.document is None else self.document.number,
            "document_title": None if self.document is None else self.document.title,
        }

    def structure(self, payload: Mapping[str, object]) -> In:
        """Read a payload into the typed inputs, or raise :class:`InputError`.

        Whatever goes wrong while reading is the payload's problem, never an exception of its own:
        a caller's object that fails when asked for its items is ``type`` at its path (see
        :mod:`.normalise`); anything else (a payload that exhausts a low recursion limit, say) is
        ``type`` at ``$``. So each row of a batch fails alone.
        """
        try:
            return structure(payload, self.inputs)
        except InputError:
            raise
        except Exception as exc:  # noqa: BLE001 - the contract: only InputError leaves evaluate
            raise InputError.one(
                "$",
                "type",
                f"无法读取此载荷（{type(exc).__name__}）",
                en=f"cannot read this payload ({type(exc).__name__})",
            ) from None

    def timing(self, inputs: In) -> Timing:
        """The dates of a calculation on ``inputs``, or :class:`InputError` for impossible ones."""
        events = events_of(inputs, self.event)
        # ``today`` is passed, not called: most payloads give the dates, and the clock is then not read.
        return resolve(
            inputs,
            self.document,
            events,
            self.decision_default,
            judged_each=callable(self.event),
            now=self.clock,
            event_field=self.event if isinstance(self.event, str) else None,
        )

    def as_of(self, inputs: In) -> tuple[dt.date, str]:
        """The day whose law applies, and the field it came from (``as_of``, the event, or the decision)."""
        timing = self.timing(inputs)
        return timing.law_date, "decision_date" if timing.law_field == "today" else timing.law_field

    def run(self, inputs: In, *, explain: bool = True) -> Result:
        """Compute from typed inputs, in the library's decimal context.

        ``explain=False`` leaves out steps, citations and notes (see :class:`Evaluation`).

        Raises only :class:`InputError`: the input classes validate on construction, and anything
        else the computation raises (an arithmetic overflow, a date past 9999-12-31 that no guard
        caught, a defect) is turned into a problem of the whole payload (``$``) rather than escape.
        """
        if not isinstance(inputs, self.inputs):
            raise InputError.one(
                "$",
                "type",
                f"应为 {self.inputs.__name__} 的实例，收到{type(inputs).__name__}",
                en=f"expected an instance of {self.inputs.__name__}, got {type(inputs).__name__}",
            )
        timing = self.timing(inputs)
        ex = Evaluation(self.name, timing.law_date, timing=timing, explain=explain, money=self.money_columns)
        ex.inputs = inputs
        period = None if self.document is None else self.document.period_reading
        if period is not None and asked(period) is not None:
            # The caller chose the document's period (whether it is in force, its figures' last
            # day): the result records the choice, so that verify replays it.
            ex.reading(period)
        if ex.explaining:  # the dates used, written out only if the steps are read
            ex.steps.append(timing.step(self.inputs))
        if timing.ended_on is not None and self.document is not None and timing.outside:
            ex.note(
                ENDED_DOCUMENT_NOTE,
                f"{self.document.number}已于 {timing.ended_on.isoformat()} 届满；各事件均不在其有效期内，"
                f"按其最后一日（{timing.ended_on.isoformat()}）的文本逐项判断，不在其范围内的不计",
            )
        elif timing.ended_on is not None and self.document is not None:
            ex.note(
                ENDED_DOCUMENT_NOTE,
                f"{self.document.number}已于 {timing.ended_on.isoformat()} 届满；事件发生在其有效期内，"
                f"仍依该文件判断，适用其最后一日（{timing.ended_on.isoformat()}）的文本",
            )
        # decimal's own context manager, not a generator wrapping it: this runs once per case.
        with decimal.localcontext(CONTEXT):
            try:
                return self.compute(inputs, ex)
            except InputError:
                raise
            except decimal.DecimalException as exc:
                raise InputError.one(
                    "$",
                    "invalid_number",
                    f"所给数值在计算中溢出（{type(exc).__name__}）",
                    en=f"the numbers given overflow ({type(exc).__name__})",
                ) from None
            except (OverflowError, ValueError) as exc:
                raise InputError.one(
                    "$",
                    "out_of_range",
                    f"所给数值或日期使计算超出了可表示的范围（{type(exc).__name__}）",
                    en=f"the values given take the computation out of range ({type(exc).__name__})",
                ) from None
            except Exception as exc:  # noqa: BLE001 - the contract: only InputError leaves evaluate
                raise InputError.one(
                    "$",
                    "internal_error",
                    f"计算器内部错误（{type(exc).__name__}），请报告此输入",
                    en=f"internal error in the calculator ({type(exc).__name__}); please report this input",
                ) from None

    def evaluate(self, payload: Mapping[str, object], *, explain: bool = True) -> Result:
        return self.run(self.structure(payload), explain=explain)

    @property
    def rules(self) -> tuple[CrossFieldRule, ...]:
        """The rules across fields, checked after reading: the calculator's own, and (for an event
        named by its field) that the event is not after the decision. Those that are shapes the
        schema says too (:attr:`~.crossfield.CrossFieldRule.shape`)."""
        common = (event_rule([self.event], self.decision_default),) if isinstance(self.event, str) else ()
        return (*common, *self.declared_rules)

    def schema(self) -> dict[str, Any]:
        return input_schema(self.name, self.title, self.inputs, self.rules)
