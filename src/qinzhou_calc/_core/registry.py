"""Calculators: each registered once, beside its code; evaluate, schema and CLI derive from it."""

import contextlib
import datetime as dt
import decimal
import functools
import importlib
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from .errors import InputError
from .evaluation import Explanation
from .inputs import structure
from .language import get_language, read_language, use_language
from .money import CONTEXT, Money
from .overrides import Override, applying, parse_overrides
from .reading import check_readings, choosing
from .result import Result
from .rules import CrossFieldRule, event_rule
from .suggest import hint
from .timing import DecisionDefault, Event, Timing, events_of, resolve, today

if TYPE_CHECKING:
    from .dated import Document, Parameter
    from .transport import Packed

__all__ = [
    "REGISTRY",
    "Calculator",
    "Example",
    "calculator",
    "evaluate",
    "evaluate_many",
    "get",
    "iter_evaluate",
    "load_all",
    "today",
]

In = TypeVar("In")

#: The note of an event inside a document's period decided after its end (the code is shared
#: by every document, so the readings page shows it from the worked examples that produce it).
ENDED_DOCUMENT_NOTE = "event_in_ended_document"


@attrs.frozen
class Example:
    """A worked example: shown by ``qinzhou-calc demo`` and evaluated by the contract tests."""

    title: str
    payload: Mapping[str, Any]


@attrs.frozen(eq=False)
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
    compute: Callable[[In, Explanation], Result]
    document: "Document | None"
    event: str | Callable[[In], Sequence[Event]] | None
    examples: tuple[Example, ...]
    decision_default: DecisionDefault = "today"
    declared_rules: tuple[CrossFieldRule, ...] = ()
    #: The title of each key of its ``breakdown`` rows (and of the rows nested in them), (Chinese, English).
    columns: Mapping[str, tuple[str, str]] = attrs.field(factory=dict)
    #: The keys of its breakdown rows whose values are money: the columns declared :class:`~.money.Money`.
    money_columns: frozenset[str] = attrs.field(init=False)

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
            now=_today,
            event_field=self.event if isinstance(self.event, str) else None,
        )

    def as_of(self, inputs: In) -> tuple[dt.date, str]:
        """The day whose law applies, and the field it came from (``as_of``, the event, or the decision)."""
        timing = self.timing(inputs)
        return timing.law_date, "decision_date" if timing.law_field == "today" else timing.law_field

    def run(self, inputs: In, *, explain: bool = True) -> Result:
        """Compute from typed inputs, in the library's decimal context.

        ``explain=False`` leaves out steps, citations and notes (see :class:`Explanation`).

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
        ex = Explanation(self.name, timing.law_date, timing=timing, explain=explain, money=self.money_columns)
        ex.inputs = inputs
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
        schema says too (:attr:`~.rules.CrossFieldRule.shape`)."""
        common = (event_rule([self.event], self.decision_default),) if isinstance(self.event, str) else ()
        return (*common, *self.declared_rules)

    def schema(self) -> dict[str, Any]:
        from .schema import input_schema  # noqa: PLC0415 - the schema machinery loads when first asked for

        return input_schema(self.name, self.title, self.inputs, self.rules)


def _today() -> dt.date:
    # Looked up on each call, so that a test that pins this module's ``today`` pins every calculation.
    return today()


REGISTRY: dict[str, Calculator[Any]] = {}

#: The module whose import registers every calculator. It is imported on first use, so that
#: ``import qinzhou_calc`` stays fast and a caller who needs one document loads only that one.
CATALOG = "qinzhou_calc._catalog"
_loaded: list[bool] = []
#: A calculator named ``<document>.<name>`` is registered by the subpackage ``<document>`` of
#: the package that holds the catalogue: :func:`get` imports only that one, so that
#: ``qinzhou-calc run`` on a techinno calculator need not load the other three documents.
_DOCUMENT = re.compile(r"[a-z]+")


def load_all() -> dict[str, Calculator[Any]]:
    """Every registered calculator, importing the catalogue the first time."""
    if not _loaded:
        importlib.import_module(CATALOG)
        _loaded.append(True)
    return REGISTRY


def calculator(
    name: str,
    inputs: type[In],
    *,
    title: str,
    document: "Document | None" = None,
    event: str | Callable[[In], Sequence[Event]] | None = None,
    examples: Iterable[Example] = (),
    decision_default: DecisionDefault = "today",
    rules: Iterable[CrossFieldRule] = (),
    columns: Mapping[str, tuple[str, str]] | None = None,
) -> Callable[[Callable[[In, Explanation], Result]], Calculator[In]]:
    """Register ``compute`` as calculator ``name`` with typed ``inputs``.

    ``inputs`` must be an attrs class with optional ``as_of`` and ``decision_date`` fields;
    ``event`` names the date field whose day fixes the law (API.md, "Event dates"), or is a
    function giving a payload's events; ``decision_default`` is what the decision date is
    when not given (``event`` for fines); ``rules`` lists what the calculator checks across
    fields after reading (:mod:`~.rules`): a calculator whose events come from a function declares
    its :func:`~.rules.event_rule` there too; ``columns`` titles the keys of its ``breakdown`` rows.
    """
    fields = attrs.fields_dict(inputs)  # type: ignore[arg-type]
    for required in ("as_of", "decision_date"):
        if required not in fields:
            raise TypeError(f"{inputs.__name__} must have the field {required}")
    if isinstance(event, str) and event not in fields:
        raise TypeError(f"{inputs.__name__} has no event field {event!r}")

    def register(compute: Callable[[In, Explanation], Result]) -> Calculator[In]:
        if name in REGISTRY:
            raise ValueError(f"calculator {name!r} is registered twice")
        calc = Calculator(
            name,
            title,
            inputs,
            compute,
            document,
            event,
            tuple(examples),
            decision_default,
            tuple(rules),
            dict(columns or {}),
        )
        REGISTRY[name] = calc
        return calc

    return register


def get(name: object) -> Calculator[Any]:
    """The calculator called ``name``, or ``unknown_calculator``."""
    if isinstance(name, str) and name not in REGISTRY:
        document = name.partition(".")[0]
        if _DOCUMENT.fullmatch(document):
            with contextlib.suppress(ImportError):
                importlib.import_module(f"{CATALOG.rpartition('.')[0]}.{document}")
    registry = REGISTRY if isinstance(name, str) and name in REGISTRY else load_all()
    if not isinstance(name, str) or name not in registry:
        shown = name[:80] if isinstance(name, str) else type(name).__name__
        zh, en = hint(name, registry)
        raise InputError.one(
            "$",
            "unknown_calculator",
            f"没有名为 {shown!r} 的计算器（qinzhou-calc list 列出全部）{zh}",
            en=f"no calculator named {shown!r}{en}",
        )
    return registry[name]


#: The module that lists every parameter of the law (imported on the first what-if).
PARAMETERS = "qinzhou_calc._parameters"


def find_parameter(name: str) -> "Parameter[Any] | None":
    """The parameter of the law called ``name``, or ``None``."""
    found: Parameter[Any] | None = importlib.import_module(PARAMETERS).find(name)
    return found


def parameter_names() -> list[str]:
    """The name of every parameter of the law."""
    names: list[str] = importlib.import_module(PARAMETERS).names()
    return names


def check_overrides(overrides: Mapping[str, object] | None) -> dict[str, Override]:
    """What-if ``overrides`` checked against the catalogue (``unknown_parameter``, ``invalid_override``)."""
    return parse_overrides(overrides, find_parameter, parameter_names) if overrides else {}


def _language(lang: str | None) -> contextlib.AbstractContextManager[None]:
    """Messages in ``lang`` inside the block; an unknown ``lang`` is ``invalid_choice``."""
    if lang is not None:
        try:
            read_language(lang)
        except ValueError:
            raise InputError.one(
                "lang",
                "invalid_choice",
                f"语言应为 'zh' 或 'en'，收到 {str(lang)[:20]!r}",
                en="lang must be 'zh' or 'en'",
            ) from None
    return use_language(lang)


def evaluate(
    name: str,
    payload: Mapping[str, object],
    *,
    overrides: Mapping[str, object] | None = None,
    lang: str | None = None,
    explain: bool = True,
    readings: Mapping[str, object] | None = None,
) -> Result:
    """Evaluate calculator ``name`` on a JSON-like ``payload``. Raises only :class:`InputError`.

    ``overrides`` (``{parameter name: value or {"YYYY-MM-DD": value}}``) computes a what-if: the
    result is ``hypothetical`` and says which figures it replaced. ``lang`` (``"zh"`` or ``"en"``)
    is the language of the error messages for this call. ``explain=False`` is the lean mode: the
    same ``amount``, ``eligible`` and ``reasons``, without steps, citations or notes.
    ``readings`` (``{reading code: option}``) answers the law's open questions otherwise than by
    default (``qc.readings()`` lists them); the result lists every reading it depended on.
    """
    if lang is None and not overrides and not readings:
        # The plain call, the one made most often: no language, what-if or reading to put in place.
        return get(name).evaluate(payload, explain=explain)
    with _language(lang):
        calc = get(name)
        checked = check_overrides(overrides)
        chosen = check_readings(readings)
        with applying(checked), choosing(chosen):
            return calc.evaluate(payload, explain=explain)


def _light(error: InputError) -> InputError:
    """The error without its traceback and chained exceptions, so a long batch of bad rows keeps
    only the problems alive, not the frames that found them."""
    error.__traceback__ = None
    error.__context__ = None
    error.__cause__ = None
    return error


def iter_evaluate(
    name: str,
    payloads: Iterable[Mapping[str, object]],
    *,
    overrides: Mapping[str, object] | None = None,
    lang: str | None = None,
    explain: bool = True,
    workers: int | None = None,
    readings: Mapping[str, object] | None = None,
) -> Iterator[Result | InputError]:
    """Like :func:`evaluate_many`, one row at a time, for streams too large for a list.

    Bad ``overrides`` or ``lang`` raise :class:`InputError` at once (they concern every row). They
    apply around each row only, never while the caller holds the iterator between rows. A row that
    cannot be read (a mapping whose own methods raise, say) is that row's :class:`InputError`, and
    the rows after it are evaluated.

    With ``workers=N`` (N > 1) the rows are evaluated by N processes, in chunks, and come back
    in the order of ``payloads``; at most a few chunks per process are read ahead, so memory
    stays bounded whatever the length of the stream. The workers get the call's ``overrides``,
    ``explain`` and language (``lang``, else the caller's current one).
    """
    with _language(lang):
        calc = get(name)
        checked = check_overrides(overrides)
        chosen = check_readings(readings)
        language = get_language()
    if workers is not None:
        # Processes and their transport load with the first batch that asks for them.
        from .parallel import check_workers, evaluate_in_processes  # noqa: PLC0415

        if check_workers(workers) > 1:
            options = {"overrides": overrides, "lang": language, "explain": explain, "readings": chosen}
            here = functools.partial(evaluate_chunk, name, options=options)
            return evaluate_in_processes(name, payloads, workers, options, here)
    return _rows(calc, payloads, checked, lang, explain, chosen)


def _rows(  # noqa: PLR0917 - the call's options, as iter_evaluate has them
    calc: Calculator[Any],
    payloads: Iterable[Mapping[str, object]],
    checked: Mapping[str, Override],
    lang: str | None,
    explain: bool,
    chosen: Mapping[str, str] | None = None,
) -> Iterator[Result | InputError]:
    if lang is None and not checked and not chosen:
        # No language or what-if to put in place around each row.
        evaluate_row = calc.evaluate
        for payload in payloads:
            try:
                outcome: Result | InputError = evaluate_row(payload, explain=explain)
            except InputError as error:
                outcome = _light(error)
            yield outcome
        return
    for payload in payloads:
        with use_language(lang):
            try:
                with applying(checked), choosing(chosen):
                    outcome = calc.evaluate(payload, explain=explain)
            except InputError as error:
                outcome = _light(error)
        yield outcome


def evaluate_chunk(
    name: str, payloads: Sequence[Mapping[str, object]], options: Mapping[str, Any]
) -> list[Result | InputError]:
    """One chunk of a batch, in a worker process: ``iter_evaluate`` with the caller's options.

    The language and the what-ifs are put in place once around the whole chunk rather than
    around each row (as ``iter_evaluate`` must, since its caller runs between rows): no code of
    the caller's runs while a chunk is evaluated."""
    with _language(options.get("lang")):
        calc = get(name)
        checked = check_overrides(options.get("overrides"))
        chosen = check_readings(options.get("readings"))
        with applying(checked), choosing(chosen):
            return list(_rows(calc, payloads, {}, None, options.get("explain", True)))


def evaluate_chunk_packed(name: str, payloads: Sequence[Mapping[str, object]], options: Mapping[str, Any]) -> "Packed":
    """:func:`evaluate_chunk` in the compact form a worker sends back (:mod:`.transport`)."""
    from .transport import pack  # noqa: PLC0415 - once per chunk, in a worker

    return pack(evaluate_chunk(name, payloads, options))


def evaluate_many(
    name: str,
    payloads: Iterable[Mapping[str, object]],
    *,
    overrides: Mapping[str, object] | None = None,
    lang: str | None = None,
    explain: bool = True,
    workers: int | None = None,
    readings: Mapping[str, object] | None = None,
) -> list[Result | InputError]:
    """One :class:`Result` or :class:`InputError` per payload, in order; never raises for one bad row.

    ``explain=False``: lean results (no steps, citations or notes; the same amounts).
    ``workers=N``: N processes share the work (see :func:`iter_evaluate`); the order is kept.
    ``readings``: as for :func:`evaluate`, for every row.
    """
    return list(
        iter_evaluate(
            name, payloads, overrides=overrides, lang=lang, explain=explain, workers=workers, readings=readings
        )
    )
