"""Results as a pandas DataFrame, for analysts in notebooks.

pandas is an optional extra (``pip install 'qinzhou-calc[notebook]'``), never a core
dependency: it is imported inside :func:`to_dataframe`, so ``import qinzhou_calc.frame``
works (and stays fast) without it.

>>> import qinzhou_calc as qc
>>> from qinzhou_calc.frame import to_dataframe
>>> payloads = [{"registered_amount": "1000001", "as_of": "2020-06-30"},
...             {"registered_amount": -1, "as_of": "2020-06-30"}]
>>> frame = to_dataframe(qc.evaluate_many("techinno.contract_registration_subsidy", payloads), payloads)
>>> frame.loc[0, "amount"]
Decimal('5000.01')
>>> frame.loc[1, "error"][0]["code"]
'negative'
"""

from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ._core import MONEY_FIELDS, InputError, Result, evaluate_many, fmt_money
from ._frame_payloads import FLATTEN_DEPTH, PAYLOAD_PREFIX, payload_columns, payload_of
from ._profile_frame import profile_rows
from ._reading_frame import READING_COLUMNS, reading_rows

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "ERROR_COLUMNS",
    "FLATTEN_DEPTH",
    "INSTALL_HINT",
    "PAYLOAD_PREFIX",
    "READING_COLUMNS",
    "REFORM_COLUMNS",
    "RESULT_COLUMNS",
    "check_many",
    "compare_readings",
    "compare_reform",
    "evaluate_frame",
    "to_dataframe",
]

#: How to get pandas, named in the ImportError raised without it.
INSTALL_HINT = "pip install 'qinzhou-calc[notebook]'"

#: The Result fields that may become columns, in column order: ``calculator`` and ``as_of``
#: always, the others only when at least one row has a value for them. ``error`` follows them.
RESULT_COLUMNS = (
    "calculator",
    "as_of",
    "eligible",
    "amount",
    "minimum",
    "maximum",
    "score",
    "count",
    "deadline",
    "mandatory",
    "reasons",
)
_ALWAYS = frozenset({"calculator", "as_of"})

#: Nullable pandas dtypes, so that a missing value never turns a column into floats;
#: every other column (money and scores as ``Decimal``, dates, lists) is ``object``.
_DTYPES = {"eligible": "boolean", "mandatory": "boolean", "count": "Int64"}

#: The columns after ``error``, always present: the problems' ``field``s, ``code``s and
#: ``message``s as three parallel lists, ``None`` for a result.
ERROR_COLUMNS = ("error_fields", "error_codes", "error_messages")

_FEN_EXPONENT = -2


def _money(value: Decimal | None) -> Decimal | None:
    """A money field of the record (:data:`~qinzhou_calc._core.MONEY_FIELDS`) as a cell."""
    # The same figure as to_dict()'s string: exactly two decimals (a capped 5000000 is 5000000.00).
    if value is None or value.as_tuple().exponent == _FEN_EXPONENT:
        return value
    return Decimal(fmt_money(value))


def _problems(outcome: object) -> list[dict[str, str]]:
    """The problems of an error outcome as ``{"field", "code", "message"}`` dicts.

    An :class:`InputError` gives its own; any other exception in a batch (a hostile mapping's
    own, say) is one problem at ``$`` with the code ``error`` and the exception's type and text.
    """
    if isinstance(outcome, InputError):
        return [problem.to_dict() for problem in outcome.errors]
    return [{"field": "$", "code": "error", "message": f"{type(outcome).__name__}: {outcome}"}]


def _error_columns(problems: list[dict[str, str]] | None) -> dict[str, Any]:
    if problems is None:
        return dict.fromkeys(ERROR_COLUMNS)
    return {
        "error_fields": [problem["field"] for problem in problems],
        "error_codes": [problem["code"] for problem in problems],
        "error_messages": [problem["message"] for problem in problems],
    }


def _result_row(outcome: Result) -> dict[str, Any]:
    row = {
        "calculator": outcome.calculator,
        "as_of": outcome.as_of,
        "eligible": outcome.eligible,
        "amount": outcome.amount,
        "minimum": outcome.minimum,
        "maximum": outcome.maximum,
        "score": outcome.score,
        "count": outcome.count,
        "deadline": outcome.deadline,
        "mandatory": outcome.mandatory,
        "reasons": [reason.code for reason in outcome.reasons] or None,
        "error": None,
        **_error_columns(None),
    }
    for name in MONEY_FIELDS:
        row[name] = _money(row[name])
    return row


def _error_row(outcome: object, calculator: str | None) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(RESULT_COLUMNS)
    row["calculator"] = calculator
    row["error"] = _problems(outcome)
    row.update(_error_columns(row["error"]))
    return row


def to_dataframe(
    outcomes: Iterable[Result | InputError | BaseException],
    payloads: Iterable[object] | None = None,
    *,
    calculator: str | None = None,
) -> "pd.DataFrame":
    """One row per outcome of :func:`qinzhou_calc.evaluate_many` (or ``iter_evaluate``), in order.

    Columns, in this order:

    * ``calculator``, ``as_of`` (a ``datetime.date``): always;
    * ``eligible``, ``amount``, ``minimum``, ``maximum``, ``score``, ``count``, ``deadline``,
      ``mandatory``: only those that at least one row has a value for. Money and scores stay
      ``Decimal`` (``object`` dtype, never float); ``amount``, ``minimum`` and ``maximum`` have
      exactly two decimals, the figure of ``Result.to_dict()`` (``Decimal("5000000.00")``).
      ``eligible`` and ``mandatory`` are pandas' nullable ``boolean``, ``count`` nullable
      ``Int64``; a row without a value holds ``None`` (``<NA>`` in the nullable columns);
    * ``reasons``: the codes of the unmet conditions (``["not_non_profit"]``), when any row has one;
    * ``error``: ``None`` for a result, and for an :class:`~qinzhou_calc.InputError` the list of its
      problems as ``{"field", "code", "message"}`` dicts, exactly as in ``InputError.to_dict()``.
      Every error row is a row, never an exception: any other exception among the outcomes is one
      problem ``{"field": "$", "code": "error", "message": "<type>: <text>"}``;
    * ``error_fields``, ``error_codes``, ``error_messages`` (:data:`ERROR_COLUMNS`, always there):
      the same problems as three parallel lists (``["invalid_number"]``), ``None`` for a result;
    * with ``payloads`` (the same payloads, in the same order), every payload field, prefixed
      ``payload.`` and nested objects flattened with dots (``payload.school.type``); lists stay
      whole in one cell. A field absent from a payload is ``None`` in its row. Names never
      collide: a dot in a key is escaped as ``\\.`` and a backslash as ``\\\\``, so the key
      ``"a.b"`` is the column ``payload.a\\.b`` and ``{"a": {"b": …}}`` is ``payload.a.b``. Objects
      become columns :data:`FLATTEN_DEPTH` (12) levels deep; an object deeper, and a list with
      lists or objects nested deeper, is one cell of JSON text, written without recursion (a
      100,000-deep payload is one cell, not a ``RecursionError``). A payload that is not an object
      (``None``, a list: an error row) is whole in the column ``payload``.

    An error row knows no calculator or date; ``calculator=`` names the calculator for those rows
    (for the output of one ``evaluate_many`` call). The index is 0, 1, 2 … in the input's order.

    Raises ``ImportError`` naming ``pip install 'qinzhou-calc[notebook]'`` without pandas, and
    ``ValueError`` when ``payloads`` and ``outcomes`` are not of the same length.
    """
    try:
        import pandas as pd  # noqa: PLC0415 - optional extra, imported only when used
    except ImportError as missing:
        raise ImportError(f"qinzhou_calc.frame.to_dataframe needs pandas: {INSTALL_HINT}") from missing

    rows: list[dict[str, Any]] = [
        _result_row(outcome) if isinstance(outcome, Result) else _error_row(outcome, calculator) for outcome in outcomes
    ]
    by_payload = {} if payloads is None else payload_columns(payloads, len(rows))

    columns: dict[str, pd.Series[Any]] = {}
    for name in RESULT_COLUMNS:
        values = [row[name] for row in rows]
        if name in _ALWAYS or any(value is not None for value in values):
            columns[name] = pd.Series(values, dtype=_DTYPES.get(name, object))
    for name in ("error", *ERROR_COLUMNS):
        columns[name] = pd.Series([row[name] for row in rows], dtype=object)
    for name, payload_values in by_payload.items():
        columns[name] = pd.Series(payload_values, dtype=object)
    frame: pd.DataFrame = pd.DataFrame(columns)
    frame.index = pd.RangeIndex(len(rows))
    return frame


def evaluate_frame(frame: "pd.DataFrame", calculator: str, *, explain: bool = False) -> "pd.DataFrame":
    """Evaluate ``calculator`` on every row of ``frame``: one payload per row, one result row per row.

    Each column is a payload field; a dotted name is a field of a nested object (``school.type``;
    ``\\.`` is a dot inside a key, ``\\\\`` a backslash, as in :func:`to_dataframe`'s names), and
    a missing cell (``None``, NaN, ``NaT``, ``<NA>``) is a field not given. A date column that
    pandas holds as timestamps at midnight reads as dates. Lists (``points``) stay whole in a cell.

    The answer is :func:`to_dataframe`'s, with **every** column of :data:`RESULT_COLUMNS`,
    ``error`` and :data:`ERROR_COLUMNS` whether or not a row has a value for it, and the index of
    ``frame``: each partition of a larger table gets the same columns, so the function can be
    mapped over the partitions of a Dask DataFrame (``ddf.map_partitions(evaluate_frame,
    calculator)``; see docs/performance.md, "Beyond one machine"). ``explain`` defaults to
    ``False``: the table shows no steps, citations or notes, and the lean mode gives the same
    answers faster.
    """
    outcomes = evaluate_many(calculator, [payload_of(row) for row in frame.to_dict("records")], explain=explain)
    result = to_dataframe(outcomes, calculator=calculator)
    import pandas as pd  # noqa: PLC0415 - to_dataframe above has already imported it, or said how to

    for name in RESULT_COLUMNS:
        if name not in result.columns:
            result[name] = pd.Series([None] * len(result), dtype=_DTYPES.get(name, object))
    columns = [*RESULT_COLUMNS, *(name for name in result.columns if name not in RESULT_COLUMNS)]
    ordered: pd.DataFrame = result.reindex(columns=columns)
    ordered.index = frame.index
    return ordered


#: The columns of :func:`compare_reform`, in order (the payload's columns follow them).
REFORM_COLUMNS = (
    "baseline",
    "reform",
    "difference",
    "baseline_eligible",
    "reform_eligible",
    "eligibility_changed",
    "error",
)


def _figure(outcome: Result | InputError, field: str) -> Decimal | None:
    if not isinstance(outcome, Result):
        return None
    value = getattr(outcome, field)
    return _money(value) if field in MONEY_FIELDS else value


def compare_reform(
    name: str,
    payloads: Iterable[Mapping[str, object]],
    overrides: Mapping[str, object],
    *,
    baseline: Mapping[str, object] | None = None,
    field: str = "amount",
) -> "pd.DataFrame":
    """The same cases under the current law and under a reform, side by side: one row per payload.

    ``overrides`` is the reform (what-if values of the law's figures, as for
    :func:`qinzhou_calc.evaluate`); ``baseline`` optionally replaces the current law by another
    what-if. Columns, in this order:

    * ``baseline``, ``reform``: ``field`` of each result (``amount`` by default, or ``maximum``,
      ``score`` …), ``Decimal`` (money with two decimals), ``None`` where the case is in error;
    * ``difference``: ``reform − baseline`` (``None`` if either is missing);
    * ``baseline_eligible``, ``reform_eligible`` (nullable ``boolean``) and ``eligibility_changed``:
      true where the reform makes a case eligible or ineligible;
    * ``error``: ``None``, or the problems of a payload that cannot be evaluated (the same under
      both, since a what-if changes figures, not the reading of a payload), then
      :data:`ERROR_COLUMNS` as in :func:`to_dataframe`;
    * every payload field, prefixed ``payload.``, escaped and depth-bounded as in :func:`to_dataframe`.

    Bad ``overrides`` raise :class:`~qinzhou_calc.InputError` at once.
    """
    try:
        import pandas as pd  # noqa: PLC0415 - optional extra, imported only when used
    except ImportError as missing:
        raise ImportError(f"qinzhou_calc.frame.compare_reform needs pandas: {INSTALL_HINT}") from missing

    cases = list(payloads)
    before = evaluate_many(name, cases, overrides=baseline)
    after = evaluate_many(name, cases, overrides=overrides)
    rows: dict[str, list[Any]] = {column: [] for column in REFORM_COLUMNS}
    extra: dict[str, list[Any]] = {column: [] for column in ERROR_COLUMNS}
    for was, now in zip(before, after, strict=True):
        low, high = _figure(was, field), _figure(now, field)
        was_eligible = was.eligible if isinstance(was, Result) else None
        now_eligible = now.eligible if isinstance(now, Result) else None
        rows["baseline"].append(low)
        rows["reform"].append(high)
        rows["difference"].append(None if low is None or high is None else high - low)
        rows["baseline_eligible"].append(was_eligible)
        rows["reform_eligible"].append(now_eligible)
        rows["eligibility_changed"].append(
            None if was_eligible is None or now_eligible is None else was_eligible != now_eligible
        )
        failed = now if isinstance(was, Result) else was
        problems = None if isinstance(failed, Result) else _problems(failed)
        rows["error"].append(problems)
        for column, values in _error_columns(problems).items():
            extra[column].append(values)
    boolean = {"baseline_eligible", "reform_eligible", "eligibility_changed"}
    columns: dict[str, pd.Series[Any]] = {
        column: pd.Series(values, dtype="boolean" if column in boolean else object)
        for column, values in {**rows, **extra}.items()
    }
    for key, values in payload_columns(cases, len(cases)).items():
        columns[key] = pd.Series(values, dtype=object)
    frame: pd.DataFrame = pd.DataFrame(columns)
    frame.index = pd.RangeIndex(len(cases))
    return frame


def compare_readings(
    name: str,
    frame: "pd.DataFrame",
    *,
    readings: Mapping[str, object] | None = None,
    overrides: Mapping[str, object] | None = None,
    lang: str | None = None,
) -> "pd.DataFrame":
    """Each row of ``frame`` a payload of ``name`` (columns as in :func:`evaluate_frame`), compared
    under the readings of the law (:func:`qinzhou_calc.compare_readings`): one row per case ×
    reading it depends on × option, for an auditor's table. Columns (:data:`READING_COLUMNS`):

    * ``case``: the row's index label in ``frame``;
    * ``code``, ``option``: the reading and one of its options; ``default`` (nullable ``boolean``):
      the option the library takes by default; ``used``: the option the case was evaluated under as
      given (the default, unless ``readings`` chose another);
    * ``eligible`` (nullable ``boolean``), ``amount``, ``minimum``, ``maximum`` (``Decimal`` with two
      decimals), ``deadline`` (a date, or a date and time), ``score`` (``Decimal``), ``count``
      (nullable ``Int64``): the outcome under that option;
    * ``difference``: ``amount`` minus the default option's ``amount`` (``Decimal``; ``None`` when
      either is missing);
    * ``error`` and :data:`ERROR_COLUMNS`: the problems where that option makes the case invalid.

    A case that depends on no reading has no row; a case invalid as given is one row with its
    ``error`` and no ``code``. ``readings``, ``overrides`` and ``lang`` apply to every case; bad
    ones, and an unknown calculator, raise :class:`~qinzhou_calc.InputError` at once.
    """
    try:
        import pandas as pd  # noqa: PLC0415 - optional extra, imported only when used
    except ImportError as missing:
        raise ImportError(f"qinzhou_calc.frame.compare_readings needs pandas: {INSTALL_HINT}") from missing

    cases = [(index, payload_of(row)) for index, row in zip(frame.index, frame.to_dict("records"), strict=True)]
    rows = reading_rows(name, cases, readings=readings, overrides=overrides, lang=lang)
    dtypes = {"default": "boolean", "used": "boolean", "eligible": "boolean", "count": "Int64"}
    columns = {
        column: pd.Series([row[column] for row in rows], dtype=dtypes.get(column, object)) for column in READING_COLUMNS
    }
    table: pd.DataFrame = pd.DataFrame(columns)
    table.index = pd.RangeIndex(len(rows))
    return table


def check_many(subject: str, frame: "pd.DataFrame", **options: Any) -> "pd.DataFrame":
    """Each row of ``frame`` a profile of ``subject`` (columns as in :func:`evaluate_frame`), checked
    by :func:`qinzhou_calc.check` with ``options``: one row per profile × rule, with ``profile`` (the
    row's index), ``status``, the amounts, ``deadline``, ``missing`` (the fields still unknown) and
    ``reasons`` (codes)."""
    return profile_rows(subject, [payload_of(row) for row in frame.to_dict("records")], list(frame.index), **options)
