"""The report of a profile's check: its JSON form and its text for a person."""

import json

import qinzhou_calc as qc

SCHOOL = {"type": "kindergarten", "classes": 12, "students": 360, "non_profit": True}


def test_the_report_is_json_with_the_keys_of_the_contract() -> None:
    report = qc.check("school", {"school": SCHOOL, "claim_date": "2021-06-01"}).to_dict()
    assert ["subject", "decision_date", "items", "total", "counts", "provenance"] == list(report)
    item = report["items"][0]
    for key in ("calculator", "obligation", "title", "status", "result", "reasons", "missing", "error"):
        assert key in item
    json.dumps(report)
    assert report["provenance"]["library"].startswith("qinzhou-calc ")


def test_the_counts_list_every_status() -> None:
    """A kindergarten of 12 classes and 360 children, with nothing else known: 第二条 met, and
    100 元 × 360 = 36000 元 of 第六条（三）; six rules wait for facts."""
    report = qc.check("school", {"school": SCHOOL, "claim_date": "2021-06-01"})
    assert {"eligible": 2, "not_eligible": 0, "undetermined": 6, "not_applicable": 0, "invalid": 0} == report.counts()
    assert "36000.00" == report.to_dict()["total"]["amount"]


def test_the_text_names_each_rule_its_status_and_what_is_missing() -> None:
    text = str(qc.check("school", {"school": SCHOOL, "claim_date": "2021-06-01"}))
    lines = text.splitlines()
    assert "政策体检：民办学校（决定日期" in lines[0]
    assert "[符合] 多元普惠幼儿园生均补助（第六条（三））：36000.00 元" in lines
    wanted = "[待补充] 新建民办学校一次性补助（第六条（一））：尚缺 新建成教学建筑面积（m²） [new_teaching_area_m2]"
    assert f"{wanted}（第六条（一））" in lines
    assert lines[-1].startswith("合计（已确定的各项）：36000.00 元；待补充 6 项")


def test_the_text_shows_refusals_errors_ranges_and_money_owed() -> None:
    enterprise = {
        "transaction_amount": "2000000",
        "contract_signed_on": "2020-05-01",
        "proceeds": "100000",
        "proceeds_received_on": "2020-07-01",
        "certification": "first",
        "certified_on": "2022-03-01",
        "taxable_income": "-1",
    }
    lines = str(qc.check("enterprise", enterprise, decision_date="2022-06-01")).splitlines()
    assert any(line.startswith("[不符合] 高新技术企业认定奖励（附件4 二（三））：钦政发〔2019〕17号") for line in lines)
    assert any(
        line.startswith("[资料有误] 高新技术企业所得税减按15%的节税额（附件4 二（四））：taxable_income：")
        for line in lines
    )
    assert "[符合] 企业引进重大科技成果转化应用奖励性后补助（附件5 二（二））：0.00 至 80000.00 元" in lines
    assert (
        "[符合] 完成、转化职务科技成果人员的奖励和报酬最低额（附件5 二（三））：70000.00 元（应付他人，不计入合计）"
        in lines
    )
    assert "合计（已确定的各项）：0.00 元，幅度 0.00 至 80000.00 元；待补充 0 项" == lines[-1]
