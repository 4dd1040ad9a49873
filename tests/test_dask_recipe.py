"""The recipe past one machine: ``evaluate_frame`` mapped over the partitions of a Dask DataFrame."""

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal

import pandas as pd
import pytest

import qinzhou_calc as qc
from qinzhou_calc._core import registry
from qinzhou_calc.frame import ERROR_COLUMNS, RESULT_COLUMNS, evaluate_frame

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("dask.distributed")

CONTRACT = "techinno.contract_registration_subsidy"


def _amounts(count: int) -> list[str]:
    # 0.5% of an amount ending in 1 yuan ends in half a fen: every row rounds half-up.
    return [f"{1000 * i + 1}" for i in range(count)]


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    """Two single-threaded worker processes on this machine, no dashboard."""
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected


@pytest.mark.usefixtures("client")
def test_a_dask_dataframe_is_evaluated_partition_by_partition_as_one_frame() -> None:
    """200 rows in 4 partitions on a LocalCluster: the amounts, errors and index of evaluate_many, row for row."""
    amounts = _amounts(200)
    amounts[7] = "-5"
    table = pd.DataFrame({"registered_amount": amounts, "as_of": ["2020-06-30"] * 200})
    ddf = dd.from_pandas(table, npartitions=4)

    computed = ddf.map_partitions(evaluate_frame, CONTRACT, meta=evaluate_frame(table.head(0), CONTRACT)).compute()

    expected = qc.evaluate_many(CONTRACT, table.to_dict("records"))
    assert list(table.index) == list(computed.index)
    assert [r.to_dict()["amount"] if isinstance(r, qc.Result) else None for r in expected] == [
        None if a is None else str(a) for a in computed["amount"]
    ]
    assert [{"field": "registered_amount", "code": "negative"}] == [
        {k: problem[k] for k in ("field", "code")} for problem in computed["error"].tolist()[7]
    ]


def test_every_partition_has_the_same_columns_whatever_its_rows() -> None:
    """An all-refused partition and an empty one have the columns of a good one: what map_partitions needs."""
    good = evaluate_frame(pd.DataFrame({"registered_amount": ["1"], "as_of": ["2020-06-30"]}), CONTRACT)
    refused = evaluate_frame(pd.DataFrame({"registered_amount": ["-1"], "as_of": ["2020-06-30"]}), CONTRACT)
    empty = evaluate_frame(pd.DataFrame({"registered_amount": [], "as_of": []}), CONTRACT)
    assert (
        [*RESULT_COLUMNS, "error", *ERROR_COLUMNS] == list(good.columns) == list(refused.columns) == list(empty.columns)
    )
    assert list(good.dtypes) == list(refused.dtypes) == list(empty.dtypes)


def test_dotted_columns_are_nested_fields_and_missing_cells_are_not_given(monkeypatch: pytest.MonkeyPatch) -> None:
    """school.type → {"school": {"type": …}}; a NaT cell is an absent field: without as_of the law of
    today applies, and 钦政办规〔2019〕11号 ended on 2024-11-21 (not_in_force, pinned to a later today)."""
    table = pd.DataFrame(
        {
            "school.type": ["kindergarten", "kindergarten"],
            "school.classes": [9, 9],
            "school.students": [270, 270],
            "school.non_profit": [True, True],
            "as_of": [pd.Timestamp("2020-09-01"), pd.NaT],
        },
        index=[10, 20],
    )
    monkeypatch.setattr(registry, "today", lambda: dt.date(2026, 11, 30))
    frame = evaluate_frame(table, "education.inclusive_kindergarten_subsidy")
    assert [10, 20] == list(frame.index)
    assert Decimal("27000.00") == frame.loc[10, "amount"]
    assert dt.date(2020, 9, 1) == frame.loc[10, "as_of"]
    assert ["not_in_force"] == [problem["code"] for problem in frame["error"].tolist()[1]]


def test_the_core_never_imports_dask() -> None:
    """Dask is the optional extra qinzhou-calc[dask]: neither the library nor the frame helper loads it."""
    code = (
        "import sys, qinzhou_calc as qc, qinzhou_calc.frame;"
        "qc.evaluate_many('techinno.contract_registration_subsidy', [{'registered_amount': 1}], workers=2);"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "[]" == done.stdout.strip()
