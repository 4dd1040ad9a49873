"""Test-suite settings shared by every test."""

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

from qinzhou_calc._core import Evaluation
from qinzhou_calc._core.reading import Reading

# Property tests check what the law says, not how fast a shared CI machine is: no per-example
# deadline (a busy core must not turn a correct example into a failure), and no health check
# on slow data generation for the same reason.
settings.register_profile("qinzhou", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("qinzhou")


@pytest.fixture(autouse=True, scope="session")
def _notes_form_a_closed_set() -> Iterator[None]:
    """Every note a converted document's calculator writes, in any test, is a declared warning or the
    note of a declared reading's option (``tests/law/test_reading_codes.py``): one outside that set
    fails the test that made it."""
    from tests.law.test_reading_codes import closed_set_problem  # noqa: PLC0415 - the set is pinned there

    original = Evaluation.note

    def note(self: Evaluation, code: str, message: str, reading: Reading | None = None) -> None:
        problem = closed_set_problem(self.calculator, code, None if reading is None else reading.code)
        if problem is not None:
            raise AssertionError(problem)
        original(self, code, message, reading)

    Evaluation.note = note  # type: ignore[method-assign]
    try:
        yield
    finally:
        Evaluation.note = original  # type: ignore[method-assign]
