"""Generated payloads for the benchmarks: deterministic, valid, and sized as the targets name."""

from collections.abc import Iterator
from typing import Any

__all__ = ["banks", "contract_payloads", "kindergarten_payloads", "loan_payload", "loan_payloads"]


def _bank(index: int) -> dict[str, Any]:
    """Bank ``index`` (0-based): every indicator varies with the index, so ranks spread and some tie."""
    step = index % 7
    return {
        "name": f"第{index + 1}银行钦州分行",
        "capital_adequacy_ratio": f"{11 + index % 9}.{index % 10}",
        "npl_ratio": f"{1 + step * 0.25:.2f}",
        "provision_coverage_ratio": str(150 + 10 * (index % 11)),
        "liquidity_coverage_ratio": str(105 + 5 * (index % 13)),
        "liquidity_ratio": str(30 + 2 * (index % 17)),
        "internal_control": {"meets": index % 10 != 9, "extra": f"0.{index % 10}"},
        "information_system": {"meets": index % 8 != 7, "rating": str(60 + index % 40)},
        "payment_service": {"meets": True, "extra": f"0.{(index * 3) % 10}"},
        "reconciliation_service": {"meets": index % 6 != 5, "extra": "0.5"},
        "sub_account_service": {"meets": True, "extra": f"0.{(index * 7) % 10}"},
        "past_performance": {"meets": True, "extra": f"1.{index % 10}"},
        "innovative_services": index % 7,
        "deposit_rate": {"offered_rate": f"1.{50 + index % 50}", "term": "1y"},
        "loan_balance": str(1_000_000_000 * (1 + index % 12)),
        "loan_increase": str(100_000_000 * (index % 9 - 2)),
        "loan_to_deposit_ratio": str(60 + index % 35),
        "sme_loan_balance": str(200_000_000 * (1 + index % 10)),
        "agri_loan_balance": str(150_000_000 * (1 + index % 8)),
        "other": str(index % 6),
    }


def banks(count: int, start: int = 0) -> dict[str, Any]:
    """A ``banking.score_banks`` payload with ``count`` generated banks, from bank number ``start``."""
    return {"banks": [_bank(i) for i in range(start, start + count)], "as_of": "2019-12-02"}


def loan_payload(years: int = 5, principal: int = 6_000_000) -> dict[str, Any]:
    """An ``education.loan_interest_subsidy`` payload: a loan of ``years`` years drawn on
    2016-01-15, repaid in equal monthly instalments of principal on the 15th, subsidised
    over its whole term (the default period)."""
    months = 12 * years
    instalment = principal // months
    repayments = []
    for month in range(1, months):
        year, month0 = divmod(month, 12)
        repayments.append({"date": f"{2016 + year}-{month0 + 1:02d}-15", "amount": str(instalment)})
    return {
        "school": {"type": "primary", "classes": 18, "students": 800, "non_profit": True},
        "main_urban_area": True,
        "operating_since": "2012-09-01",
        "investment": "3500000",
        "equipment": "0",
        "loan": {
            "principal": str(principal),
            "drawn_on": "2016-01-15",
            "term_months": months,
            "repayments": repayments,
        },
        "as_of": "2021-03-01",
    }


def contract_payloads(count: int) -> Iterator[dict[str, Any]]:
    """``techinno.contract_registration_subsidy`` payloads, generated one at a time."""
    for i in range(count):
        yield {"registered_amount": f"{1000 + i}.{i % 100:02d}", "as_of": "2020-06-30"}


def kindergarten_payloads(count: int) -> Iterator[dict[str, Any]]:
    """``education.inclusive_kindergarten_subsidy`` payloads, generated one at a time."""
    for i in range(count):
        yield {
            "school": {"type": "kindergarten", "classes": 9 + i % 10, "students": 270 + i % 200, "non_profit": True},
            "as_of": "2020-09-01",
        }


def loan_payloads(count: int) -> Iterator[dict[str, Any]]:
    """1-year loans with 11 monthly repayments, principal varying by row."""
    for i in range(count):
        yield loan_payload(years=1, principal=1_200_000 + 1000 * (i % 1000))
