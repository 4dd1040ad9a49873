"""One case every face compares under the readings of the law, worked by hand from 钦政办规〔2019〕11号.

A primary school's loan of 1,000,000 drawn 2015-06-01 for 60 months, subsidy claimed 2020-06-15, at
the 1–5 year rate 4.75% and 360 days a year (第六条（五）1):

* ``education.loan.interest_before_policy`` = ``excluded`` (the default): interest from the policy's
  first day, 2019-11-22 (第十二条), to 2020-05-31: 40 days of 2019, 1,000,000 × 4.75% × 40 ÷ 360 =
  5,277.78, and 152 days of 2020, 1,000,000 × 4.75% × 152 ÷ 360 = 20,055.56; 25,333.34 in all;
* ``included``: every day from 2015-06-01, 242,854.17.
"""

from typing import Any

LOAN_CALCULATOR = "education.loan_interest_subsidy"
CODE = "education.loan.interest_before_policy"
DEFAULT_AMOUNT = "25333.34"
INCLUDED_AMOUNT = "242854.17"

SCHOOL: dict[str, Any] = {"type": "primary", "classes": 18, "students": 800, "non_profit": True, "terminated": False}
LOAN: dict[str, Any] = {"principal": "1000000", "drawn_on": "2015-06-01", "term_months": 60, "repayments": []}

#: The payload of ``education.loan_interest_subsidy``.
PAYLOAD: dict[str, Any] = {
    "school": SCHOOL,
    "main_urban_area": True,
    "operating_since": "2015-09-01",
    "investment": "3500000",
    "equipment": "0",
    "loan": LOAN,
    "period": None,
    "claim_date": "2020-06-15",
    "as_of": "2024-11-21",
}

#: The same school as a profile of the subject ``school`` (政策体检), decided 2024-11-21.
PROFILE: dict[str, Any] = {
    "school": SCHOOL,
    "main_urban_area": True,
    "operating_since": "2015-09-01",
    "main_urban_area_since": "2015-09-01",
    "investment": "3500000",
    "equipment": "0",
    "loan": LOAN,
    "claim_date": "2020-06-15",
}
PROFILE_DECIDED = "2024-11-21"


def loan_reading(readings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The entry of a result's ``readings`` for the interest before the policy (other readings of the
    document the case may also depend on left aside)."""
    return [reading for reading in readings if reading["code"] == CODE]
