"""Every Hypothesis strategy of the test suite, in one place (STYLE.md, "Tests").

Sections: core values, then one section per document. Add to your document's section;
use only the imports at the top of this file.
"""

import datetime as dt
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

# --- core ------------------------------------------------------------------------------

#: Money in 元 as the library accepts it, up to 100 billion, to the fen.
money = st.decimals(min_value=0, max_value=Decimal("100000000000"), places=2, allow_nan=False, allow_infinity=False)

#: Any finite decimal a caller might pass, with up to 6 places.
decimals = st.decimals(
    min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=6, allow_nan=False, allow_infinity=False
)

#: Days inside the official working-day calendar's years.
calendar_days = st.dates(min_value=dt.date(2004, 1, 1), max_value=dt.date(2026, 12, 31))

#: Any date, for the Civil Code's period rules.
days = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 12, 31))

#: JSON-like values of every kind, to fuzz the payload reader.
json_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
json_values: st.SearchStrategy[Any] = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=12,
)


def payload_like(known: dict[str, st.SearchStrategy[Any]]) -> st.SearchStrategy[dict[str, Any]]:
    """Payloads that mix a calculator's real fields (with good or bad values) and junk keys."""
    fields = {key: strategy | json_values for key, strategy in known.items()}
    return st.fixed_dictionaries({}, optional=fields) | st.dictionaries(st.text(max_size=10), json_values, max_size=4)


# --- techinno --------------------------------------------------------------------------

# --- education -------------------------------------------------------------------------

# --- roads -----------------------------------------------------------------------------

# --- banking ---------------------------------------------------------------------------
