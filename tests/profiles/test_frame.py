"""``frame.check_many``: profiles checked in a table, one row per profile × rule."""

from decimal import Decimal

import pytest

pd = pytest.importorskip("pandas", reason="the extra notebook: pip install 'qinzhou-calc[notebook]'")

from qinzhou_calc import frame  # noqa: E402 - after the skip


def test_each_profile_gives_a_row_per_rule_with_its_status_amount_and_missing_facts() -> None:
    """A kindergarten of 360 children: 100 元 each, 36000 元 (第六条（三））; a primary school's
    1000 m² new building: 120 元/m², 120000 元 (第六条（一））."""
    table = frame.check_many(
        "school",
        pd.DataFrame(
            [
                {
                    "school.type": "kindergarten",
                    "school.classes": 12,
                    "school.students": 360,
                    "school.non_profit": True,
                },
                {
                    "school.type": "primary",
                    "school.classes": 12,
                    "school.students": 600,
                    "school.non_profit": True,
                    "new_teaching_area_m2": 1000,
                },
            ],
            index=["幼儿园", "小学"],
        ).assign(claim_date="2021-06-01"),
    )
    assert 16 == len(table)
    assert ["profile", "calculator", "obligation", "title", "status", "amount"] == list(table.columns)[:6]
    rows = table.set_index(["profile", "calculator"])
    assert Decimal("36000.00") == rows.loc[("幼儿园", "education.inclusive_kindergarten_subsidy"), "amount"]
    assert Decimal("120000.00") == rows.loc[("小学", "education.new_build_subsidy"), "amount"]
    assert ["new_teaching_area_m2"] == rows.loc[("幼儿园", "education.new_build_subsidy"), "missing"]
    assert "undetermined" == rows.loc[("小学", "education.lease_subsidy"), "status"]


def test_a_profile_the_library_refuses_whole_is_one_invalid_row() -> None:
    table = frame.check_many("school", pd.DataFrame([{"shcool": 1}]))
    assert ["invalid"] == list(table["status"])
    errors: list[dict[str, str]] = next(iter(table["error"]))
    assert "unknown_field" == errors[0]["code"]
