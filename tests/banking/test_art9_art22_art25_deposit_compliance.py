"""第九条 (time deposits: opening bank only, 2 years in all) and 第二十二、二十三、二十五条 (what is forbidden)."""

from typing import Any

import pytest

import qinzhou_calc as qc


def run(**payload: Any) -> qc.Result:
    return qc.evaluate("banking.deposit_compliance", {"as_of": "2020-06-01", **payload})


def codes(result: qc.Result) -> list[str]:
    return [r.code for r in result.reasons]


@pytest.mark.parametrize(("months", "eligible"), [(12, True), (24, True), (25, False), (36, False)])
def test_a_time_deposit_may_be_renewed_to_at_most_2_years_in_all(months: int, eligible: bool) -> None:
    """第九条: "累计存期不超过2年" — 24 months included, 25 not."""
    result = run(account="unit", product="time", cumulative_months=months, at_opening_bank=True)
    assert eligible is result.eligible
    assert ([] if eligible else ["cumulative_term_over_2_years"]) == codes(result)


def test_a_time_deposit_only_at_the_opening_bank() -> None:
    """第九条: "暂不开展转出开户银行办理定期存款业务"."""
    result = run(account="unit", product="time", cumulative_months=12, at_opening_bank=False)
    assert ["not_at_opening_bank"] == codes(result)
    assert "第九条" == result.reasons[0].citation.article


@pytest.mark.parametrize("product", ["agreement", "notice"])
def test_agreement_and_notice_deposits_are_read_as_opening_bank_only(product: str) -> None:
    """第九条 "可以在开户银行办理……协定存款、通知存款": read as only there, and noted."""
    result = run(account="unit", product=product, at_opening_bank=False)
    assert ["not_at_opening_bank"] == codes(result)
    assert "art9_opening_bank" in [n.code for n in result.notes]
    assert run(account="unit", product=product, at_opening_bank=True).eligible is True


def test_non_tax_revenue_may_not_become_a_time_deposit() -> None:
    """第二十二条: "不得将……各类非税收入转为定期存款"."""
    result = run(account="non_tax_revenue", product="time", cumulative_months=6, at_opening_bank=True)
    assert ["non_tax_revenue_time_deposit"] == codes(result)
    assert "第二十二条" == result.reasons[0].citation.article
    assert run(account="non_tax_revenue", product="demand").eligible is True


def test_social_insurance_fund_accounts_may_not_hold_time_deposits() -> None:
    """第二十三条: "社会保险基金收入、支出户资金不能办理定期存款操作"."""
    result = run(account="social_insurance", product="time", cumulative_months=6, at_opening_bank=True)
    assert ["social_insurance_time_deposit"] == codes(result)
    assert run(account="social_insurance", product="notice", at_opening_bank=True).eligible is True


@pytest.mark.parametrize("account", ["unit", "custodial", "social_insurance", "non_tax_revenue"])
def test_no_account_may_buy_wealth_management_products(account: str) -> None:
    """第二十五条: "不得采取购买理财产品的方式存放资金"."""
    result = run(account=account, product="wealth_management")
    assert ["wealth_management"] == codes(result)
    assert "第二十五条" == result.reasons[0].citation.article


def test_a_demand_deposit_is_allowed_for_every_account() -> None:
    """Nothing forbids a demand deposit."""
    assert run(account="custodial", product="demand").eligible is True


def test_every_rule_broken_is_reported() -> None:
    """A social-insurance time deposit away from the opening bank, over 2 years: three reasons."""
    result = run(account="social_insurance", product="time", cumulative_months=30, at_opening_bank=False)
    assert ["social_insurance_time_deposit", "not_at_opening_bank", "cumulative_term_over_2_years"] == codes(result)


def test_a_time_deposit_needs_its_term_and_its_bank() -> None:
    """cumulative_months and at_opening_bank are required for a time deposit."""
    with pytest.raises(qc.InputError) as caught:
        run(account="unit", product="time")
    assert [("at_opening_bank", "missing"), ("cumulative_months", "missing")] == [
        (p.field, p.code) for p in caught.value.errors
    ]
