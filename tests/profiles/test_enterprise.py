"""政策体检 of an enterprise (钦政发〔2019〕17号 附件4、附件5): what it may claim, and what it owes."""

import qinzhou_calc as qc

ENTERPRISE = {
    "certification": "first",
    "certified_on": "2020-06-01",
    "research_institution_level": "city",
    "taxable_income": "1000000",
    "tax_year": 2020,
    "transaction_amount": "2000000",
    "contract_signed_on": "2020-05-01",
    "proceeds": "100000",
    "proceeds_received_on": "2020-07-01",
    "decision_date": "2021-03-01",
}


def test_an_enterprise_totals_what_it_may_claim_and_leaves_out_what_it_owes_its_inventors() -> None:
    """附件4 二（三）: 5万元 + 5万元 (a city research institution); 二（四）: 1000000 × (25% − 15%) =
    100000 元; 附件5 二（二）: up to 8万元, the ratio not given; 二（三）: 70% of 100000 元 owed to the
    inventors, not the enterprise's money."""
    report = qc.check("enterprise", ENTERPRISE)
    amounts = {
        item.calculator.partition(".")[2]: item.result.to_dict()["amount"] for item in report.items if item.result
    }
    assert {
        "hte_certification_reward": "100000.00",
        "hte_tax_saving": "100000.00",
        "achievement_transfer_subsidy": None,
        "inventor_reward_minimum": "70000.00",
    } == amounts
    assert {"amount": "200000.00", "minimum": "200000.00", "maximum": "280000.00", "undetermined": 0} == (
        report.to_dict()["total"]
    )
    assert [False, False, False, True] == [item.owed for item in report.items]


def test_the_plan_ended_in_2021_so_a_certification_of_2022_is_not_eligible() -> None:
    report = qc.check("enterprise", {"certification": "first", "certified_on": "2022-03-01"})
    item = report.items[0]
    assert ("not_eligible", "not_in_force", "2021-12-31") == (
        item.status,
        item.reasons[0]["code"],
        item.reasons[0]["in_force_until"],
    )
