"""What a profile's check costs against its calculators called one by one:
``.venv/bin/python -m bench.check_cost [--pairs 2000]``.

A school profile with every fact of 钦政办规〔2019〕11号 第二条、第六条 is checked with
``qc.check("school", profile)``; the same facts are given to each of the eight education
calculators with ``qc.evaluate``, one call each, as a caller without ``check`` would. Both are
timed in CPU time (``time.process_time``), interleaved round by round, and the fastest round of
each is kept. The bound of the work on 政策体检: the check costs at most the sum of the single
evaluations plus 20%.
"""

import argparse
import contextlib
import statistics
import time
from collections.abc import Callable, Mapping
from typing import Any

import qinzhou_calc as qc

__all__ = ["PROFILE", "main", "single_payloads"]

#: A non-profit primary school of the city, claiming on 2020-09-01, with a fact for every rule.
PROFILE: dict[str, Any] = {
    "school": {"type": "primary", "classes": 20, "students": 900, "non_profit": True},
    "claim_date": "2020-09-01",
    "new_teaching_area_m2": "1000",
    "leased_teaching_area_m2": "800",
    "contract_rent_per_m2_year": "100",
    "award": "regional_demo_high_school",
    "enrolled_students": 200,
    "per_student_standard": "650",
    "recognised_inclusive": False,
    "operating_since": "2017-09-01",
    "contributions": {"pension": "100000"},
    "main_urban_area": True,
    "investment": "6000000",
    "equipment": "0",
    "loan": {"principal": "1000000", "drawn_on": "2020-01-02", "term_months": 36, "repayments": []},
    "main_urban_area_since": "2017-09-01",
}


def single_payloads(subject: str, profile: Mapping[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """Each calculator of ``subject`` with the payload a caller would send it: the profile's fields
    it has, its own block over them."""
    calls = []
    for name in next(s["calculators"] for s in qc.subjects() if s["key"] == subject):
        properties = qc.schema(name)["properties"]
        payload = {key: value for key, value in profile.items() if key in properties}
        payload.update(profile.get(name) or {})
        calls.append((name, payload))
    return calls


def _singles(calls: list[tuple[str, dict[str, Any]]]) -> Callable[[], None]:
    def run() -> None:
        for name, payload in calls:
            with contextlib.suppress(qc.InputError):
                qc.evaluate(name, payload)

    return run


def _timed(work: Callable[[], object]) -> int:
    start = time.process_time_ns()
    work()
    return time.process_time_ns() - start


def main(argv: list[str] | None = None) -> dict[str, float]:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--pairs", type=int, default=2000, help="pairs of runs, the order alternating")
    args = parser.parse_args(argv)
    singles = _singles(single_payloads("school", PROFILE))

    def checked() -> None:
        qc.check("school", PROFILE)

    for _ in range(20):  # warm: every calculator's tables and the schemas read once
        singles()
        checked()
    alone: list[int] = []
    together: list[int] = []
    for pair in range(args.pairs):
        if pair % 2:
            together.append(_timed(checked))
            alone.append(_timed(singles))
        else:
            alone.append(_timed(singles))
            together.append(_timed(checked))
    ratios = sorted(t / a for a, t in zip(alone, together, strict=True))
    found = {
        "singles": statistics.median(alone) / 1e3,
        "check": statistics.median(together) / 1e3,
        "ratio": statistics.median(ratios),
    }
    statuses = [item.status for item in qc.check("school", PROFILE).items]
    print(f"eight single evaluations: {found['singles']:8.1f} µs CPU (median of {args.pairs})")
    print(f"qc.check('school', …):    {found['check']:8.1f} µs CPU (median of {args.pairs})")
    print(f"check / singles:          {found['ratio']:8.3f} (median of the pairs' ratios; bound 1.20)")
    print(f"statuses: {statuses}")
    return found


if __name__ == "__main__":
    main()
