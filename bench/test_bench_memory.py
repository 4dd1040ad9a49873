"""Streaming keeps memory flat: checked, not timed (tracemalloc counts bytes, not seconds)."""

from ._payloads import contract_payloads
from .scaling import peak_memory

SIMPLE = "techinno.contract_registration_subsidy"


def test_streaming_ten_times_more_rows_does_not_raise_the_peak() -> None:
    """iter_evaluate over a generator holds one row at a time: 20,000 rows peak as 2,000 do."""
    small = peak_memory(SIMPLE, contract_payloads, 2_000, "stream")
    large = peak_memory(SIMPLE, contract_payloads, 20_000, "stream")
    assert large < small * 1.5


def test_the_list_form_grows_with_the_rows() -> None:
    """evaluate_many keeps every Result: ten times the rows, several times the peak."""
    small = peak_memory(SIMPLE, contract_payloads, 2_000, "list")
    large = peak_memory(SIMPLE, contract_payloads, 20_000, "list")
    assert large > small * 5
