"""Batches across processes: ``evaluate_many(..., workers=N)`` gives the serial outcomes, in order."""

import sys
from collections.abc import Generator, Iterator, Mapping, Sequence
from typing import Any

import pytest

import qinzhou_calc as qc
from qinzhou_calc._core import parallel

NAME = "techinno.contract_registration_subsidy"


def _rows(count: int) -> Iterator[dict[str, Any]]:
    """Valid cases, with a refused one every 7th row."""
    for i in range(count):
        amount: object = -i if i % 7 == 3 else f"{1000 + i}.{i % 100:02d}"
        yield {"registered_amount": amount, "as_of": "2020-06-30"}


def _dicts(outcomes: Sequence[qc.Result | qc.InputError]) -> list[dict[str, Any]]:
    return [outcome.to_dict() for outcome in outcomes]


@pytest.mark.parametrize("explain", [True, False])
def test_two_workers_give_the_serial_outcomes_in_order(explain: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """1,000 rows in chunks of 64 across 2 processes: the same results and errors, row for row."""
    monkeypatch.setattr(parallel, "CHUNK", 64)
    rows = list(_rows(1000))
    serial = qc.evaluate_many(NAME, rows, explain=explain)
    together = qc.evaluate_many(NAME, rows, explain=explain, workers=2)
    assert _dicts(serial) == _dicts(together)
    assert 143 == sum(isinstance(outcome, qc.InputError) for outcome in together)


def test_the_stream_is_read_a_few_chunks_ahead_only() -> None:
    """iter_evaluate with workers pulls rows as it yields: after the first outcome, at most
    AHEAD chunks per worker (and the one being read) have been taken from the stream."""
    taken = 0

    def counted() -> Iterator[dict[str, Any]]:
        nonlocal taken
        for row in _rows(100_000):
            taken += 1
            yield row

    stream = qc.iter_evaluate(NAME, counted(), workers=2)
    assert isinstance(stream, Generator)
    first = next(stream)
    assert isinstance(first, qc.Result)
    assert taken <= (parallel.AHEAD * 2 + 1) * parallel.CHUNK
    stream.close()


def test_one_worker_or_none_is_the_serial_loop() -> None:
    """workers=1 starts no process; the outcomes are those of workers=None."""
    rows = list(_rows(20))
    assert _dicts(qc.evaluate_many(NAME, rows)) == _dicts(qc.evaluate_many(NAME, rows, workers=1))


@pytest.mark.parametrize(("workers", "error"), [(0, ValueError), (-2, ValueError), (1.5, TypeError), (True, TypeError)])
def test_workers_must_be_a_whole_number_of_processes(workers: object, error: type[Exception]) -> None:
    """0, a negative number, a fraction or a boolean is refused before any row is read."""
    with pytest.raises(error):
        qc.evaluate_many(NAME, _rows(3), workers=workers)  # type: ignore[arg-type]


def test_a_chunk_that_cannot_be_sent_is_evaluated_here() -> None:
    """A payload that cannot be pickled (it holds a lambda) is still answered, as by the serial loop."""
    rows: list[Mapping[str, object]] = [*_rows(5), {"registered_amount": lambda: 1}]
    outcomes = qc.evaluate_many(NAME, rows, workers=2)
    assert _dicts(qc.evaluate_many(NAME, rows)) == _dicts(outcomes)
    assert {"type"} == outcomes[-1].codes  # type: ignore[union-attr]


def test_an_unknown_calculator_is_refused_before_any_process_starts() -> None:
    """The name is checked first: unknown_calculator, as without workers."""
    with pytest.raises(qc.InputError) as caught:
        qc.evaluate_many("no.such", _rows(3), workers=2)
    assert {"unknown_calculator"} == caught.value.codes


def test_the_workers_apply_the_callers_what_ifs() -> None:
    """overrides travel with each chunk: a 1% rate in every worker, as in the serial loop."""
    rows = list(_rows(30))
    overrides = {"techinno.contract_registration.rate": "0.01"}
    serial = qc.evaluate_many(NAME, rows, overrides=overrides)
    together = qc.evaluate_many(NAME, rows, overrides=overrides, workers=2)
    assert _dicts(serial) == _dicts(together)
    assert all(outcome.hypothetical for outcome in together if isinstance(outcome, qc.Result))


def test_the_workers_write_their_messages_in_the_callers_language() -> None:
    """lang="en" travels with each chunk: the refused rows' messages are those of the serial loop."""
    rows = list(_rows(10))
    serial = qc.evaluate_many(NAME, rows, lang="en")
    together = qc.evaluate_many(NAME, rows, lang="en", workers=2)
    assert _dicts(serial) == _dicts(together)
    assert [o.to_dict() for o in serial if isinstance(o, qc.InputError)] != [
        o.to_dict() for o in qc.evaluate_many(NAME, rows) if isinstance(o, qc.InputError)
    ]


def test_when_no_worker_can_start_this_process_does_the_work(monkeypatch: pytest.MonkeyPatch) -> None:
    """An interpreter that cannot be started again: every chunk is evaluated here, in order."""
    monkeypatch.setattr(sys, "executable", "/nonexistent/python")
    monkeypatch.setattr(parallel, "CHUNK", 7)
    rows = list(_rows(40))
    assert _dicts(qc.evaluate_many(NAME, rows)) == _dicts(qc.evaluate_many(NAME, rows, workers=2))


def test_the_chunks_of_a_worker_that_dies_are_evaluated_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker that ends at once (as one killed would): its chunks are answered by this process."""
    monkeypatch.setattr(parallel, "_BOOT", "import sys; sys.exit({root!r} and 0)")
    monkeypatch.setattr(parallel, "CHUNK", 9)
    rows = list(_rows(60))
    assert _dicts(qc.evaluate_many(NAME, rows)) == _dicts(qc.evaluate_many(NAME, rows, workers=2))


def test_the_workers_count_on_the_working_day_years_the_caller_registered() -> None:
    """A year registered in this process (2031, one rest day) is known to the workers too: the
    same deadline as the serial loop, where a worker without it would refuse the year."""
    from qinzhou_calc import calendar  # noqa: PLC0415

    payload = {"obligation": "survey_certificate", "start": "2031-03-03"}
    with pytest.raises(qc.InputError):
        qc.evaluate("roads.deadline", payload)
    calendar.register_year(2031, rest_days=["2031-03-04"], working_days=[], source="测试用的通知")
    try:
        together = qc.evaluate_many("roads.deadline", [payload] * (parallel.CHUNK + 1), workers=2)
    finally:
        calendar.unregister_year(2031)
    assert all(isinstance(outcome, qc.Result) for outcome in together)
    # 第十八条: the certificate within 2 working days of the survey (Monday 3 March 2031); with
    # Tuesday the 4th a rest day, they are Wednesday the 5th and Thursday the 6th.
    assert {"2031-03-06"} == {outcome.to_dict()["deadline"] for outcome in together}


def test_the_workers_count_provisional_years_when_the_caller_allowed_them() -> None:
    """Allowed in this process, a provisional 2027 is counted by the workers too: 2026-12-28 + 5
    working days (12-29…12-31, 元旦 and the weekend, 01-04, 01-05) is 2027-01-05 in every row."""
    from qinzhou_calc import calendar  # noqa: PLC0415

    payload = {"obligation": "acceptance_inspection", "start": "2026-12-28"}
    before = calendar.allow_provisional()
    try:
        together = qc.evaluate_many("roads.deadline", [payload] * (parallel.CHUNK + 1), workers=2)
    finally:
        calendar.allow_provisional(before)
    assert all(isinstance(outcome, qc.Result) for outcome in together)
    assert {"2027-01-05"} == {outcome.to_dict()["deadline"] for outcome in together}
    assert {True} == {outcome.to_dict()["inputs"]["calendar"]["provisional"] for outcome in together}
