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

from ._core import InputError, Result, evaluate_many, fmt_money

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "INSTALL_HINT",
    "PAYLOAD_PREFIX",
    "REFORM_COLUMNS",
    "RESULT_COLUMNS",
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

#: Prefix of the payload's columns (nested objects flattened with dots: ``payload.school.type``).
PAYLOAD_PREFIX = "payload."


_FEN_EXPONENT = -2


def _money(value: Decimal | None) -> Decimal | None:
    # The same figure as to_dict()'s string: exactly two decimals (a capped 5000000 is 5000000.00).
    if value is None or value.as_tuple().exponent == _FEN_EXPONENT:
        return value
    return Decimal(fmt_money(value))


def _result_row(outcome: Result) -> dict[str, Any]:
    return {
        "calculator": outcome.calculator,
        "as_of": outcome.as_of,
        "eligible": outcome.eligible,
        "amount": _money(outcome.amount),
        "minimum": _money(outcome.minimum),
        "maximum": _money(outcome.maximum),
        "score": outcome.score,
        "count": outcome.count,
        "deadline": outcome.deadline,
        "mandatory": outcome.mandatory,
        "reasons": [reason.code for reason in outcome.reasons] or None,
        "error": None,
    }


def _error_row(outcome: InputError, calculator: str | None) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(RESULT_COLUMNS)
    row["calculator"] = calculator
    row["error"] = [problem.to_dict() for problem in outcome.errors]
    return row


def _flatten(payload: Mapping[str, object], prefix: str, into: dict[str, object]) -> None:
    for key, value in payload.items():
        if isinstance(value, Mapping):
            _flatten(value, f"{prefix}{key}.", into)
        else:
            into[f"{prefix}{key}"] = value


def to_dataframe(
    outcomes: Iterable[Result | InputError],
    payloads: Iterable[Mapping[str, object]] | None = None,
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
      problems as ``{"field", "code", "message"}`` dicts, exactly as in ``InputError.to_dict()``;
    * with ``payloads`` (the same payloads, in the same order), every payload field, prefixed
      ``payload.`` and nested objects flattened with dots (``payload.school.type``); lists stay
      whole in one cell. A field absent from a payload is ``None`` in its row.

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
    payload_columns: dict[str, list[object]] = {}
    if payloads is not None:
        flat_payloads: list[dict[str, object]] = []
        for payload in payloads:
            flat: dict[str, object] = {}
            _flatten(payload, PAYLOAD_PREFIX, flat)
            flat_payloads.append(flat)
        if len(flat_payloads) != len(rows):
            raise ValueError(f"{len(flat_payloads)} payloads for {len(rows)} outcomes: they must match one to one")
        names = list(dict.fromkeys(name for flat in flat_payloads for name in flat))
        payload_columns = {name: [flat.get(name) for flat in flat_payloads] for name in names}

    columns: dict[str, pd.Series[Any]] = {}
    for name in RESULT_COLUMNS:
        values = [row[name] for row in rows]
        if name in _ALWAYS or any(value is not None for value in values):
            columns[name] = pd.Series(values, dtype=_DTYPES.get(name, object))
    columns["error"] = pd.Series([row["error"] for row in rows], dtype=object)
    for name, payload_values in payload_columns.items():
        columns[name] = pd.Series(payload_values, dtype=object)
    frame: pd.DataFrame = pd.DataFrame(columns)
    frame.index = pd.RangeIndex(len(rows))
    return frame


def _cell(value: object) -> object:
    """A cell as a payload value; ``None`` for a missing one (NaN, ``NaT``, ``<NA>``)."""
    if value is None or value != value:  # noqa: PLR0124 - NaN and NaT are the values unequal to themselves
        return None
    if type(value).__name__ == "NAType":
        return None
    if hasattr(value, "to_pydatetime"):  # a pandas Timestamp
        moment = value.to_pydatetime()
        # pandas keeps a date column as timestamps at midnight: read as the date it was.
        return moment.date() if moment.time() == moment.min.time() and moment.tzinfo is None else moment
    return value


def _payload(row: Mapping[Any, object]) -> dict[str, object]:
    payload: dict[str, object] = {}
    for column, raw in row.items():
        value = _cell(raw)
        if value is None:
            continue
        *path, last = str(column).split(".")
        node = payload
        for part in path:
            inner = node.setdefault(part, {})
            node = inner if isinstance(inner, dict) else {}
        node[last] = value
    return payload


def evaluate_frame(frame: "pd.DataFrame", calculator: str, *, explain: bool = False) -> "pd.DataFrame":
    """Evaluate ``calculator`` on every row of ``frame``: one payload per row, one result row per row.

    Each column is a payload field; a dotted name is a field of a nested object (``school.type``),
    and a missing cell (``None``, NaN, ``NaT``, ``<NA>``) is a field not given. A date column that
    pandas holds as timestamps at midnight reads as dates. Lists (``points``) stay whole in a cell.

    The answer is :func:`to_dataframe`'s, with **every** column of :data:`RESULT_COLUMNS` and
    ``error`` whether or not a row has a value for it, and the index of ``frame``: each partition
    of a larger table gets the same columns, so the function can be mapped over the partitions of
    a Dask DataFrame (``ddf.map_partitions(evaluate_frame, calculator)``; see docs/performance.md,
    "Beyond one machine"). ``explain`` defaults to ``False``: the table shows no steps, citations
    or notes, and the lean mode gives the same answers faster.
    """
    outcomes = evaluate_many(calculator, [_payload(row) for row in frame.to_dict("records")], explain=explain)
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
    if isinstance(outcome, InputError):
        return None
    value = getattr(outcome, field)
    return _money(value) if field in {"amount", "minimum", "maximum"} else value


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
      both, since a what-if changes figures, not the reading of a payload);
    * every payload field, prefixed ``payload.``, as in :func:`to_dataframe`.

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
    for was, now in zip(before, after, strict=True):
        low, high = _figure(was, field), _figure(now, field)
        was_eligible = None if isinstance(was, InputError) else was.eligible
        now_eligible = None if isinstance(now, InputError) else now.eligible
        rows["baseline"].append(low)
        rows["reform"].append(high)
        rows["difference"].append(None if low is None or high is None else high - low)
        rows["baseline_eligible"].append(was_eligible)
        rows["reform_eligible"].append(now_eligible)
        rows["eligibility_changed"].append(
            None if was_eligible is None or now_eligible is None else was_eligible != now_eligible
        )
        failed = was if isinstance(was, InputError) else now if isinstance(now, InputError) else None
        rows["error"].append(None if failed is None else [problem.to_dict() for problem in failed.errors])
    boolean = {"baseline_eligible", "reform_eligible", "eligibility_changed"}
    columns: dict[str, pd.Series[Any]] = {
        column: pd.Series(values, dtype="boolean" if column in boolean else object) for column, values in rows.items()
    }
    flat_payloads: list[dict[str, object]] = []
    for payload in cases:
        flat: dict[str, object] = {}
        _flatten(payload, PAYLOAD_PREFIX, flat)
        flat_payloads.append(flat)
    for key in dict.fromkeys(key for flat in flat_payloads for key in flat):
        columns[key] = pd.Series([flat.get(key) for flat in flat_payloads], dtype=object)
    frame: pd.DataFrame = pd.DataFrame(columns)
    frame.index = pd.RangeIndex(len(cases))
    return frame
