"""Every Hypothesis strategy of the test suite, in one place (STYLE.md, "Tests").

Sections: core values, then one section per document. Add to your document's section;
use only the imports at the top of this file.
"""

import datetime as dt
import math
import re
from collections.abc import Iterator, Mapping
from decimal import Decimal, DecimalTuple
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


def _varied(value: Any) -> st.SearchStrategy[Any]:
    if isinstance(value, bool):
        return st.just(value)
    if isinstance(value, (int, Decimal)) or (isinstance(value, str) and value.replace(".", "", 1).isdigit()):
        # Numbers near the example's (the same tiers and caps) and far from it; some refused.
        number = Decimal(str(value))
        near = st.decimals(min_value=number / 2, max_value=number * 2 + 1, places=2, allow_nan=False)
        far = st.decimals(min_value=-10, max_value=Decimal("1e10"), places=4, allow_nan=False, allow_infinity=False)
        kind: Any = str if isinstance(value, str) else int if isinstance(value, int) else Decimal
        return st.just(value) | (near | far).map(kind)
    if isinstance(value, dict):
        return st.fixed_dictionaries({key: _varied(item) for key, item in value.items()})
    if isinstance(value, (list, tuple)):
        return st.tuples(*(_varied(item) for item in value)).map(list)
    return st.just(value)


def varied_payloads(example: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """A worked example's payload with its numbers, anywhere in it, kept or redrawn (some out of range)."""
    return _varied(example)


def _mutated(value: Any) -> st.SearchStrategy[Any]:
    if isinstance(value, dict):
        fields = {key: _mutated(item) for key, item in value.items()}
        whole = st.fixed_dictionaries(fields)
        some = st.fixed_dictionaries({}, optional=fields)
        extra = st.dictionaries(st.sampled_from(["junk", "as_of", "名称", "points", "school"]), json_values, max_size=1)
        return st.one_of(whole, whole, some, st.tuples(whole, extra).map(lambda pair: {**pair[0], **pair[1]}))
    if isinstance(value, (list, tuple)):
        items = [_mutated(item) for item in value]
        same = st.tuples(*items).map(list) if items else st.just([])
        return st.one_of(
            same,
            same,
            st.lists(st.sampled_from(items) if items else json_values, max_size=3).flatmap(
                lambda drawn: (
                    st.tuples(*drawn).map(list) if drawn and isinstance(drawn[0], st.SearchStrategy) else st.just(drawn)
                )
            ),
            json_values,
        )
    leaf = [st.just(value), _varied(value), json_values]
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        leaf.append(st.just(dt.date.fromisoformat(value)))
        leaf.append(st.just(value + "T08:00:00"))
    if isinstance(value, str) and value.replace(".", "", 1).isdigit():
        leaf += [st.just(Decimal(value)), st.just(float(value)), st.just(" " + value)]
    return st.one_of(*leaf)


#: Numbers written as text at the edges of what the readers take: signs ("+", "-"), padding, long
#: integer parts (10^15 and past it), many decimals, leading zeros, exponents, full-width and other
#: non-ASCII digits, and forms Python's Decimal takes but the contract does not ("1_000", "5.", ".5").
number_texts = st.builds(
    lambda sign, whole, fraction, pad: f"{pad}{sign}{whole}{'' if fraction is None else '.' + fraction}{pad}",
    st.sampled_from(["", "", "", "+", "-"]),
    st.text(alphabet="0123456789", min_size=1, max_size=20),
    st.none() | st.text(alphabet="0123456789", max_size=35),
    st.sampled_from(["", "", "", " ", "\t"]),
) | st.sampled_from(
    [
        "0",
        "-0",
        "+0",
        "0.00",
        "-0.00",
        "00012.50",
        "999999999999999",
        "999999999999999.99",
        "1000000000000000",
        "-999999999999999",
        "1e3",
        "1E+3",
        "1E-3",
        "NaN",
        "Infinity",
        "-inf",
        "１２",
        "١٢",
        "1_000",
        "5.",
        ".5",
        "1,000",
        "",
        " ",
        "12 ",
        "0x10",
    ]
)

#: Dates written as text: every shape 'YYYY-MM-DD' with impossible parts (year 0000, month 13, day 32,
#: 29 February of common and leap years, 1900 and 2000), and near-dates (no padding, basic and week
#: forms, a time, full-width digits, spaces).
date_texts = st.builds(
    lambda year, month, day: f"{year:04d}-{month:02d}-{day:02d}",
    st.integers(0, 9999) | st.sampled_from([1900, 2000, 2019, 2020, 2100, 2400]),
    st.integers(0, 13),
    st.integers(0, 32),
) | st.sampled_from(
    [
        "2020-02-29",
        "2019-02-29",
        "1900-02-29",
        "2000-02-29",
        "2400-02-29",
        "0000-01-01",
        "0001-01-01",
        "9999-12-31",
        "2020-1-01",
        "20200101",
        "2020-W01-1",
        "2020-01-01T00:00",
        " 2020-01-01",
        "２０２０-01-01",
        "2020/01/01",
        "2020-01-01 ",
    ]
)

#: Python values at the edges: booleans (never numbers), floats (NaN, infinities, huge, -0.0), ints
#: around 10^15, Decimals with exponents or too fine, dates and date-times, None.
edge_values = st.one_of(
    st.booleans(),
    st.floats(),
    st.sampled_from([0.1, -0.0, 1e15, 1e16, 999999999999999.9, 5e-324]),
    st.integers(min_value=-(10**16), max_value=10**16),
    st.sampled_from([0, -1, 10**15, 10**15 - 1, -(10**15) + 1, 2**70]),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.sampled_from([Decimal("1E+3"), Decimal("-0"), Decimal("0E-5"), Decimal("1E-401"), Decimal("1E-400")]),
    st.dates(),
    st.datetimes(),
    st.none(),
)

#: Any of the above.
edge_scalars = number_texts | date_texts | edge_values


def _edged(value: Any) -> st.SearchStrategy[Any]:
    if isinstance(value, dict):
        return st.fixed_dictionaries({key: _edged(item) for key, item in value.items()})
    if isinstance(value, (list, tuple)):
        return st.tuples(*(_edged(item) for item in value)).map(list)
    return st.one_of(st.just(value), st.just(value), edge_scalars)


def edged_payloads(example: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """A worked example's payload with any of its values kept or replaced by an edge scalar."""
    return _edged(example)


def mutated_payloads(example: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """A worked example's payload, kept, varied or broken anywhere: values redrawn or replaced by
    any JSON value (or a Python date, Decimal, float), fields dropped, unknown ones added, items
    repeated or dropped. Most of what it draws is refused; much is still a good payload."""
    return _mutated(example)


# --- techinno --------------------------------------------------------------------------

#: Days of 钦政发〔2019〕17号's period of application (2019-01-01 to 2021-12-31).
techinno_days = st.dates(min_value=dt.date(2019, 1, 1), max_value=dt.date(2021, 12, 31))

#: Days around that period, on both sides of its edges.
techinno_nearby_days = st.dates(min_value=dt.date(2017, 1, 1), max_value=dt.date(2022, 12, 31))

#: Whole yuan, where 15%, 25% and 70% of the amount need no rounding.
techinno_whole_yuan = st.integers(min_value=0, max_value=10**11).map(Decimal)

#: A subsidy ratio in percent, 0 to 100.
techinno_percent = st.decimals(min_value=0, max_value=100, places=4, allow_nan=False, allow_infinity=False)

#: Incubatees of one incubator (distinct names), certified and graduated around the plan's years.
techinno_incubatees = st.lists(
    st.fixed_dictionaries(
        {
            "name": st.text(alphabet="甲乙丙丁戊己庚辛壬癸", min_size=1, max_size=3),
            "certified_on": techinno_nearby_days,
            "graduated_on": st.none() | techinno_nearby_days,
        }
    ),
    max_size=8,
    unique_by=lambda row: str(row["name"]),
)

# --- education -------------------------------------------------------------------------

#: The school types of API.md.
school_types = st.sampled_from(
    [
        "kindergarten",
        "primary",
        "junior_middle",
        "senior_high",
        "complete_middle",
        "nine_year",
        "secondary_vocational",
        "higher_vocational",
        "undergraduate",
    ]
)

#: A ``school`` payload of any type and size.
schools = st.fixed_dictionaries(
    {
        "type": school_types,
        "classes": st.integers(min_value=0, max_value=60),
        "students": st.integers(min_value=0, max_value=5000),
        "non_profit": st.booleans(),
        "terminated": st.booleans(),
    }
)

#: Teaching floor areas in m², up to 100,000 m², to the cm².
teaching_areas = st.decimals(
    min_value=Decimal("0.01"), max_value=Decimal("100000"), places=2, allow_nan=False, allow_infinity=False
)

#: Loan principals from 1 元 to 50 million.
loan_principals = st.decimals(
    min_value=Decimal(1), max_value=Decimal("50000000"), places=2, allow_nan=False, allow_infinity=False
)

#: Drawdown days covered by the PBoC benchmark data (from 2008-12-23) up to the policy's end.
loan_drawdowns = st.dates(min_value=dt.date(2008, 12, 23), max_value=dt.date(2024, 11, 21))

# --- roads -----------------------------------------------------------------------------

#: An excavation point's area in m², from 0.01 m² to 10,000 m² (the tiers' end points included).
excavation_areas = st.sampled_from([Decimal(20), Decimal(50), Decimal(100)]) | st.decimals(
    min_value=Decimal("0.01"), max_value=Decimal("10000"), places=2, allow_nan=False, allow_infinity=False
)

#: The areas of one case's excavation points.
excavation_points = st.lists(excavation_areas, min_size=1, max_size=8)

#: Days the road measures were in force, well inside the official calendar.
road_days = st.dates(min_value=dt.date(2018, 8, 1), max_value=dt.date(2026, 6, 30))

#: Every obligation of ``roads.deadline``.
road_obligations = st.sampled_from(
    [
        "plan_submission",
        "plan_publication",
        "change_application",
        "emergency_paperwork",
        "waste_clearance",
        "survey",
        "survey_certificate",
        "backfill",
        "acceptance_application",
        "acceptance_inspection",
        "warranty_end",
        "re_inspection",
    ]
)

#: Road classes and directions of a trench (第十九条).
road_classes = st.sampled_from(["main", "secondary", "branch", "lane"])
cut_directions = st.sampled_from(["transverse", "longitudinal"])

#: A start for ``roads.deadline``: a day or a moment.
road_starts: st.SearchStrategy[dt.date] = road_days | st.datetimes(
    min_value=dt.datetime(2018, 8, 1), max_value=dt.datetime(2026, 6, 30, 23, 59)
)

# --- banking ---------------------------------------------------------------------------

#: A ratio in percent as banks report it (0–300%, two places).
bank_ratios = st.decimals(min_value=0, max_value=300, places=2, allow_nan=False, allow_infinity=False)

#: Deposit rates in percent (0–5%, two places) and deposit terms.
deposit_rates = st.decimals(min_value=0, max_value=5, places=2, allow_nan=False, allow_infinity=False)
deposit_terms = st.sampled_from(["demand", "3m", "6m", "1y", "2y", "3y"])


def judged_items(bound: int) -> st.SearchStrategy[dict[str, Any]]:
    """A judged item of the annex: met or not, with the evaluators' share above the base within ``bound``."""
    return st.fixed_dictionaries(
        {
            "meets": st.booleans(),
            "extra": st.decimals(min_value=0, max_value=bound, places=1, allow_nan=False, allow_infinity=False),
        }
    )


def bank_metrics(name: str) -> st.SearchStrategy[dict[str, Any]]:
    """One candidate bank's metrics for ``banking.score_banks`` (default template)."""
    return st.fixed_dictionaries(
        {
            "name": st.just(name),
            "capital_adequacy_ratio": bank_ratios,
            "npl_ratio": bank_ratios,
            "provision_coverage_ratio": bank_ratios,
            "liquidity_coverage_ratio": bank_ratios,
            "liquidity_ratio": bank_ratios,
            "internal_control": judged_items(1),
            "information_system": st.fixed_dictionaries(
                {"meets": st.booleans(), "rating": st.integers(min_value=0, max_value=5)}
            ),
            "payment_service": judged_items(1),
            "reconciliation_service": judged_items(1),
            "sub_account_service": judged_items(1),
            "past_performance": judged_items(2),
            "innovative_services": st.integers(min_value=0, max_value=8),
            "deposit_rate": st.fixed_dictionaries({"offered_rate": deposit_rates, "term": deposit_terms}),
            "loan_balance": money,
            "loan_increase": st.decimals(
                min_value=-1_000_000, max_value=1_000_000, places=2, allow_nan=False, allow_infinity=False
            ),
            "loan_to_deposit_ratio": bank_ratios,
            "sme_loan_balance": money,
            "agri_loan_balance": money,
            "other": st.decimals(min_value=0, max_value=5, places=1, allow_nan=False, allow_infinity=False),
        }
    )


#: The self-regulatory ceiling on the float (percent), or none.
ceiling_floats = st.none() | st.decimals(min_value=0, max_value=50, places=1, allow_nan=False, allow_infinity=False)

#: One-year offers from the benchmark (1.50%) to 30% above it (1.95%).
band_offers = st.decimals(min_value=Decimal("1.50"), max_value=Decimal("1.95"), places=4)

#: The two tie rules of ``banking.score_banks``.
tie_rules = st.sampled_from(["dense", "competition"])

#: 1 to 12 candidate banks with distinct names.
bank_lists: st.SearchStrategy[list[dict[str, Any]]] = st.integers(min_value=1, max_value=12).flatmap(
    lambda n: st.tuples(*(bank_metrics(f"银行{i}") for i in range(n))).map(list)
)

# --- law catalogue and what-if ---------------------------------------------------------

#: Rates and shares of the law as a what-if may set them (比例, 0 to 1), to 4 places.
what_if_shares = st.decimals(min_value=0, max_value=1, places=4, allow_nan=False, allow_infinity=False)

#: A what-if rate per m² (元/m²), 0 to 1000, to the fen.
what_if_rates_per_m2 = st.decimals(min_value=0, max_value=1000, places=2, allow_nan=False, allow_infinity=False)

#: Payloads of a few calculators across their documents, valid or not, for replay (``qc.verify``).
replayable_payloads: st.SearchStrategy[tuple[str, dict[str, Any]]] = st.one_of(
    st.tuples(
        st.just("techinno.contract_registration_subsidy"),
        st.fixed_dictionaries({"registered_amount": money, "as_of": techinno_days}),
    ),
    st.tuples(
        st.just("education.new_build_subsidy"),
        st.fixed_dictionaries(
            {
                "school": schools,
                "new_teaching_area_m2": teaching_areas,
                "as_of": st.dates(min_value=dt.date(2019, 11, 22), max_value=dt.date(2024, 11, 21)),
            }
        ),
    ),
    st.tuples(
        st.just("roads.unpermitted_excavation_fine"),
        st.fixed_dictionaries({"points": excavation_points, "violation_date": road_days}),
    ),
    st.tuples(
        st.just("banking.deposit_rate_score"),
        st.fixed_dictionaries(
            {"offered_rate": deposit_rates, "term": deposit_terms, "as_of": st.just(dt.date(2020, 1, 2))}
        ),
    ),
)


# --- the contract: payloads from each calculator's JSON Schema, and mutations of them ----


def schema_payloads(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values valid under ``schema`` (a calculator's JSON Schema), as a form would send them.

    The keywords the library's schemas use, and only those (hypothesis-jsonschema 0.23 does not run
    on this Hypothesis): objects with required and optional properties, ``anyOf``, ``enum``, ``$ref``,
    arrays with ``maxItems``, strings with ``pattern`` and ``maxLength``, numbers and integers with
    their bounds, booleans and null. An unknown keyword fails loudly rather than be ignored.
    """
    return _from_schema(schema, schema.get("$defs", {}))


_KNOWN = frozenset(
    {"$schema", "$id", "$defs", "title", "description", "examples", "default", "type", "properties", "required"}
    | {"additionalProperties", "anyOf", "enum", "$ref", "items", "maxItems", "pattern", "maxLength", "format"}
    | {"minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minItems", "const"}
    | {"x-title-en", "x-enum-titles"}  # annotations, like "title": nothing to generate
    | {"propertyNames", "allOf"}
)


def _from_schema(schema: dict[str, Any], defs: dict[str, Any]) -> st.SearchStrategy[Any]:
    unknown = set(schema) - _KNOWN
    if unknown:
        raise ValueError(f"no strategy for the keywords {sorted(unknown)}")
    if "$ref" in schema:
        name = schema["$ref"].rpartition("/")[2]
        return st.deferred(lambda: _from_schema(defs[name], defs))
    if "anyOf" in schema:
        return st.one_of([_from_schema(branch, defs) for branch in schema["anyOf"]])
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    if "const" in schema:
        return st.just(schema["const"])
    kind = schema.get("type")
    if kind == "object" and "allOf" in schema:
        # Fields required by another field's value (if/then): the object without them, then, where a
        # condition holds, often the fields one alternative requires (so both sides of it are drawn).
        base = _from_schema({k: v for k, v in schema.items() if k != "allOf"}, defs)
        return base.flatmap(lambda payload: _meeting(payload, schema["allOf"], schema["properties"], defs))
    if kind == "object" and "propertyNames" in schema:
        # An object keyed by its names' pattern (the calendar's years), every value of one schema.
        keys = st.from_regex(schema["propertyNames"]["pattern"], fullmatch=True)
        return st.dictionaries(keys, _from_schema(schema["additionalProperties"], defs), max_size=2)
    if kind == "object":
        properties = schema.get("properties", {})
        required = set(schema.get("required", []))
        return st.fixed_dictionaries(
            {key: _from_schema(sub, defs) for key, sub in properties.items() if key in required},
            optional={key: _from_schema(sub, defs) for key, sub in properties.items() if key not in required},
        )
    if kind == "array":
        return st.lists(
            _from_schema(schema.get("items", {}), defs),
            min_size=schema.get("minItems", 0),
            max_size=min(schema.get("maxItems", 4), 4),
        )
    if kind == "string":
        if "pattern" in schema:
            text = st.from_regex(schema["pattern"], fullmatch=True)
            return text.filter(lambda t: len(t) <= schema.get("maxLength", len(t)))
        return st.text(max_size=min(schema.get("maxLength", 20), 20))
    if kind == "integer":
        return st.integers(min_value=schema.get("minimum"), max_value=schema.get("maximum"))
    if kind == "number":
        return st.floats(
            min_value=schema.get("minimum", schema.get("exclusiveMinimum")),
            max_value=schema.get("maximum", schema.get("exclusiveMaximum")),
            exclude_min="exclusiveMinimum" in schema,
            exclude_max="exclusiveMaximum" in schema,
            allow_nan=False,
            allow_infinity=False,
        ) | st.integers(
            min_value=schema.get("minimum", int(schema.get("exclusiveMinimum", -(10**15))) + 1),
            max_value=schema.get("maximum", int(schema.get("exclusiveMaximum", 10**15)) - 1),
        )
    if kind == "boolean":
        return st.booleans()
    if kind == "null":
        return st.none()
    raise ValueError(f"no strategy for {schema!r}")


def _holds(test: dict[str, Any], payload: dict[str, Any]) -> bool:
    """Whether ``payload`` meets an ``if`` of the form the library writes: one field, a const or an enum."""
    ((field, sub),) = test["properties"].items()
    if field not in payload:
        return field not in test.get("required", [])
    return payload[field] in ([sub["const"]] if "const" in sub else sub["enum"])


@st.composite
def _meeting(
    draw: st.DrawFn, payload: dict[str, Any], conditions: list[dict[str, Any]], properties: dict[str, Any], defs: Any
) -> dict[str, Any]:
    payload = dict(payload)
    for condition in conditions:
        if not _holds(condition["if"], payload) or not draw(st.integers(0, 3)):
            continue
        then = condition["then"]
        clause = draw(st.sampled_from(then.get("anyOf", [then])))
        for field in clause["required"]:
            if payload.get(field) is None:
                payload[field] = draw(_from_schema(properties[field], defs).filter(lambda v: v is not None))
    return payload


#: JSON values to put where a field was, for mutations: every kind, and the near misses
#: (padded, full-width, exponent, lowercase date-time letters, 7 fraction digits, huge numbers).
mutation_values: st.SearchStrategy[Any] = st.one_of(
    json_values,
    st.sampled_from(
        [
            " 12 ",
            "１２３",
            "1e3",
            "-1",
            "0",
            "150",
            "12.",
            "2019-10-01t08:30:00z",
            "2019-10-01T08:30:00.1234567",
            "2019-10-01 08:30",
            "2020-02-30",
            "9999-12-31",
            "0001-01-01",
            "12\n",
            "2019-10-01\n",
            "2019-10-01T08:30:00\n",
            10**15,
            1e15,
            -(10**15),
            "9" * 16,
            "0." + "0" * 40 + "1",
            5.0,
            True,
        ]
    ),
)


def has_nan(value: Any) -> bool:
    """Whether a float NaN is somewhere in ``value``. NaN is not JSON (a browser's ``JSON.parse`` refuses
    it; Python's ``json`` module reads it), and a JSON Schema validator cannot refuse it: each comparison
    with a bound is false. The library refuses it (``invalid_number``)."""
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, dict):
        return any(has_nan(item) for item in value.values())
    if isinstance(value, (list, tuple)):
        return any(has_nan(item) for item in value)
    return False


@st.composite
def mutated(draw: st.DrawFn, payload: Any) -> Any:
    """``payload`` with one value somewhere inside replaced, one key removed or one key added."""
    if isinstance(payload, dict) and payload and draw(st.booleans()):
        key = draw(st.sampled_from(sorted(payload)))
        action = draw(st.sampled_from(["replace", "descend", "remove"]))
        copy = dict(payload)
        if action == "remove":
            del copy[key]
        elif action == "descend":
            copy[key] = draw(mutated(payload[key]))
        else:
            copy[key] = draw(mutation_values)
        return copy
    if isinstance(payload, list) and payload and draw(st.booleans()):
        index = draw(st.integers(min_value=0, max_value=len(payload) - 1))
        copy_list = list(payload)
        copy_list[index] = draw(mutated(payload[index]))
        return copy_list
    if isinstance(payload, dict) and draw(st.booleans()):
        return {**payload, draw(st.text(max_size=8)): draw(mutation_values)}
    return draw(mutation_values)


# --- hostile values: subclasses and mappings whose own methods lie -------------------------------
#
# Each holds a plain value and answers every question about it wrongly: arithmetic gives 123456789,
# comparisons say "equal, not less, not more", the text is "1", the length 0, the year 1. The library
# must read each as the plain value it holds (the same result as that value), never ask it anything.

_LIE_NUMBER = Decimal(123456789)


def _says(answer: Any) -> Any:
    return lambda self, *args, **kwargs: answer


def _liar(base: type, answers: dict[str, Any], props: tuple[str, ...] = ()) -> type:
    namespace: dict[str, Any] = {name: _says(answer) for name, answer in answers.items()}
    namespace.update({name: property(_says(1)) for name in props})
    namespace["__module__"] = __name__
    return type(f"Lying{base.__name__.capitalize()}", (base,), namespace)


_ARITHMETIC = (
    *("__add__", "__radd__", "__sub__", "__rsub__", "__mul__", "__rmul__", "__truediv__", "__rtruediv__"),
    *("__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__pow__", "__rpow__", "__neg__", "__pos__"),
    *("__abs__", "__round__"),
)
_ORDER = {"__lt__": False, "__gt__": False, "__le__": True, "__ge__": True, "__eq__": True, "__ne__": False}
_NUMBER: dict[str, Any] = dict.fromkeys(_ARITHMETIC, _LIE_NUMBER) | _ORDER
_NUMBER |= {"__hash__": 0, "__bool__": True, "__str__": "1", "__repr__": "1", "__format__": "1", "__int__": 1}
_NUMBER |= {"__float__": 1.0, "__index__": 1, "bit_length": 1}

LyingDecimal = _liar(
    Decimal,
    _NUMBER
    | dict.fromkeys(("quantize", "to_integral_value", "normalize", "copy_abs", "copy_negate"), _LIE_NUMBER)
    | {"is_finite": True, "is_zero": False, "is_nan": False, "is_signed": False, "adjusted": 0}
    | {"as_tuple": DecimalTuple(0, (1,), 0), "same_quantum": True, "compare": Decimal(0)},
)
LyingInt = _liar(int, _NUMBER)
LyingFloat = _liar(float, _NUMBER | {"is_integer": True, "hex": "0x1p+0"})
LyingStr = _liar(
    str,
    _ORDER
    | {"__hash__": 0, "__len__": 0, "__str__": "1", "__repr__": "'1'", "__format__": "1", "__getitem__": "1"}
    | {"__iter__": iter(()), "__contains__": True, "__add__": "1", "__mod__": "1", "encode": b"1"}
    | dict.fromkeys(("strip", "lower", "upper", "replace", "casefold", "translate", "__mul__"), "1")
    | dict.fromkeys(("isdigit", "isascii", "isidentifier", "isprintable", "startswith", "endswith"), True)
    | {"split": ["1"], "partition": ("1", "", "")},
)
#: A key: its hash is its text's (else no two keys could be told apart in the dict that holds them).
LyingKey = type("LyingKey", (LyingStr,), {"__hash__": str.__hash__, "__module__": __name__})
_DATE = _ORDER | {"__hash__": 0, "__str__": "1", "__repr__": "1", "__format__": "1", "isoformat": "0001-01-01"}
_DATE |= {"toordinal": 1, "weekday": 0, "isoweekday": 1, "__add__": dt.date(1, 1, 1), "__sub__": dt.timedelta(0)}
_DATE |= {"__radd__": dt.date(1, 1, 1), "__rsub__": dt.timedelta(0), "replace": dt.date(1, 1, 1)}
LyingDate = _liar(dt.date, _DATE, ("year", "month", "day"))
LyingDatetime = _liar(dt.datetime, _DATE | {"date": dt.date(1, 1, 1), "astimezone": dt.datetime(1, 1, 1)}, ("year",))
_CONTAINER = {"__len__": 0, "__iter__": iter(()), "__contains__": True, "__eq__": True, "__ne__": False}
_CONTAINER |= {"__getitem__": "1", "__bool__": False, "__repr__": "[]", "count": 0, "index": 0}
LyingList = _liar(list, _CONTAINER | {"copy": []})
LyingTuple = _liar(tuple, _CONTAINER)
LyingDict = _liar(
    dict,
    _CONTAINER | {"items": iter(()), "keys": iter(()), "values": iter(()), "get": "1", "copy": {}, "__hash__": 0},
)


class LyingMapping(Mapping[Any, Any]):
    """A mapping (not a dict) whose ``items()`` and length are true, and every other answer a lie."""

    def __init__(self, data: dict[Any, Any]) -> None:
        self._data = data

    def items(self) -> Any:
        return self._data.items()

    def __len__(self) -> int:
        return len(self._data)

    def __iter__(self) -> Iterator[Any]:
        return iter(())

    def __getitem__(self, key: Any) -> Any:
        return "1"

    def __contains__(self, key: object) -> bool:
        return True

    def get(self, key: Any, default: Any = None) -> Any:
        return "1"

    def keys(self) -> Any:
        return ["1"]

    def values(self) -> Any:
        return ["1"]


_DECIMAL_TEXT = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_DATE_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _hostile(value: Any) -> st.SearchStrategy[tuple[Any, Any]]:
    """``(plain, hostile)``: a value as a payload gives it, and the same value held by liars (or not)."""
    if isinstance(value, bool) or value is None:
        return st.just((value, value))
    if isinstance(value, dict):
        items = st.fixed_dictionaries({key: _hostile(item) for key, item in value.items()})

        def wrap(pairs: dict[Any, tuple[Any, Any]], kind: str) -> tuple[Any, Any]:
            plain = {key: pair[0] for key, pair in pairs.items()}
            inner = {(LyingKey(key) if kind == "keys" else key): pair[1] for key, pair in pairs.items()}
            wrapped = {"dict": LyingDict, "mapping": LyingMapping}.get(kind)
            return plain, (wrapped(inner) if wrapped else inner)

        return st.tuples(items, st.sampled_from(["plain", "dict", "mapping", "keys"])).map(lambda p: wrap(*p))
    if isinstance(value, (list, tuple)):
        items_list = st.tuples(*(_hostile(item) for item in value))
        return st.tuples(items_list, st.sampled_from([list, LyingList, LyingTuple])).map(
            lambda p: ([pair[0] for pair in p[0]], p[1](pair[1] for pair in p[0]))
        )
    options: list[Any] = [value]
    plain: Any = value
    if isinstance(value, int):
        options.append(LyingInt(value))
        options.append(LyingDecimal(value))
    elif isinstance(value, float):
        options.append(LyingFloat(value))
    elif isinstance(value, Decimal):
        options.append(LyingDecimal(value))
    elif isinstance(value, str):
        options.append(LyingStr(value))
        if _DECIMAL_TEXT.fullmatch(value):
            options.append(LyingDecimal(value))
        if _DATE_TEXT.fullmatch(value):
            try:
                day = dt.date.fromisoformat(value)
            except ValueError:
                pass
            else:
                options.append(LyingDate(day.year, day.month, day.day))
                plain = value
    return st.sampled_from(options).map(lambda chosen: (plain, chosen))


def hostile_payloads(example: Any) -> st.SearchStrategy[tuple[Any, Any]]:
    """``(plain, hostile)``: a worked example's payload, and the same payload with any of its values,
    lists or objects held by a subclass (or a mapping) whose every method lies about it. Evaluating the
    two gives the same answer: the hostile one's value is the plain one's."""
    return _hostile(example)


class UnreadableMapping(Mapping[Any, Any]):
    """A mapping that fails when it is read, in one of the ways a caller's object can."""

    def __init__(self, how: str) -> None:
        self.how = how

    def items(self) -> Any:
        if self.how == "items":
            raise RuntimeError("items")
        if self.how == "recursion":
            return self.items()
        if self.how == "zero":
            return {"a": 1 // (len(self.how) - 4)}.items()
        return {}.items()

    def __len__(self) -> int:
        if self.how == "huge":
            return 10**30  # len() refuses it: OverflowError
        if self.how == "len":
            raise ZeroDivisionError("len")
        if self.how == "lying_length":
            return 3
        return 0

    def __iter__(self) -> Iterator[Any]:
        raise RuntimeError("iter")

    def __getitem__(self, key: Any) -> Any:
        raise RuntimeError("getitem")


#: Mappings that fail while they are read: their own ``items()`` or ``__len__`` raising, or saying 10^30.
unreadable_mappings = st.sampled_from(["items", "recursion", "zero", "huge", "len", "lying_length"]).map(
    UnreadableMapping
)
