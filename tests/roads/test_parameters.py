"""政府令第11号 and 政府令第12号 as dated data: how each amended fine and each time limit is built."""

import datetime as dt
from decimal import Decimal

import pytest

from qinzhou_calc._core import Anchor, Citation, InputError, Parameter, Version
from qinzhou_calc.roads.parameters import PLAN_PUBLICATION, ROADS, FineRule, TimeLimit
from qinzhou_calc.roads.parameters.art6_art21_time_limits import _limit
from qinzhou_calc.roads.parameters.art24_art28_fines import _fine_versions

D = dt.date
ROADS_NUMBER = "政府令第11号"
ROADS_TITLE = "钦州市中心城区城市道路挖掘修复管理办法"


def test_an_amended_fine_is_mandatory_from_2018_and_discretionary_from_1_december_2019() -> None:
    """政府令第12号 二: the 2018 text said "并处以" where the amended one says "可以处以"."""
    built = _fine_versions(
        "t.fine",
        description="测试罚款",
        article="第九条",
        text="可以处以一千元以上两万元以下的罚款",
        minimum="1000",
        maximum="20000",
    )
    expected = Parameter(
        "t.fine",
        "测试罚款",
        (
            Version(
                D(2018, 8, 1),
                FineRule(Decimal(1000), Decimal(20000), True, "并处以"),
                Citation(
                    ROADS_NUMBER,
                    ROADS_TITLE,
                    "第九条",
                    None,
                    "并处以一千元以上两万元以下的罚款",
                    Anchor(ROADS_NUMBER, "第九条", None, "2018-08-01"),
                ),
            ),
            Version(
                D(2019, 12, 1),
                FineRule(Decimal(1000), Decimal(20000), False, "可以处以"),
                Citation(
                    "政府令第11号（政府令第12号修改）",
                    ROADS_TITLE,
                    "第九条",
                    None,
                    "可以处以一千元以上两万元以下的罚款",
                    Anchor(ROADS_NUMBER, "第九条"),
                ),
            ),
        ),
        unit="元",
    )
    assert expected == built
    assert True is built.at(D(2019, 11, 30)).value.mandatory
    assert False is built.at(D(2019, 12, 1)).value.mandatory


@pytest.mark.parametrize("text", ["处以一千元以下的罚款", "可以处以一千元，或者可以处以两千元"])
def test_an_article_must_contain_the_amended_wording_exactly_once(text: str) -> None:
    """Otherwise the 2018 wording cannot be reconstructed from the amendment."""
    with pytest.raises(ValueError, match="第九条: expected the amended wording"):
        _fine_versions("t.fine", description="测试", article="第九条", text=text, minimum="1", maximum="2")


def rule(minimum: int, maximum: int, mandatory: bool) -> FineRule:
    return FineRule(Decimal(minimum), Decimal(maximum), mandatory, "并处以" if mandatory else "可以处以")


@pytest.mark.parametrize(
    ("new", "old", "lighter"),
    [
        (rule(1000, 20000, False), rule(1000, 20000, True), True),  # the 2019 amendment: may instead of must
        (rule(1000, 20000, True), rule(1000, 20000, True), False),  # the same rule is not lighter
        (rule(1000, 20000, True), rule(1000, 20000, False), False),  # must instead of may is heavier
        (rule(500, 20000, True), rule(1000, 20000, True), True),  # a lower minimum
        (rule(1000, 10000, False), rule(1000, 20000, False), True),  # a lower maximum
        (rule(500, 30000, True), rule(1000, 20000, True), False),  # a higher maximum outweighs a lower minimum
        (rule(2000, 10000, False), rule(1000, 20000, False), False),  # a higher minimum
    ],
)
def test_a_rule_is_lighter_when_nowhere_heavier_and_lighter_somewhere(
    new: FineRule, old: FineRule, lighter: bool
) -> None:
    """从轻 (立法法第九十三条): compare minimum, maximum and whether the fine must be imposed."""
    assert lighter == new.lighter_than(old)


def test_a_time_limit_of_the_measures_applies_from_1_august_2018() -> None:
    """_limit: one version, from the measures' first day, with the article's citation."""
    cite = ROADS.cite("第七条", "第四款", "三个工作日内向社会公开")
    built = _limit("t.limit", "测试期限", TimeLimit(3, "working_days"), cite)
    expected = Parameter(
        "t.limit",
        "测试期限",
        (Version(D(2018, 8, 1), TimeLimit(3, "working_days"), cite),),
        unit="时限",
        bounds=(Decimal(0), Decimal(100)),
    )
    assert expected == built
    with pytest.raises(InputError):
        built.at(D(2018, 7, 31))


def test_plan_publication_is_three_working_days_under_article_7_paragraph_4() -> None:
    """第七条第四款："自颁布之日起三个工作日内向社会公开"."""
    found = PLAN_PUBLICATION.at(D(2019, 1, 1))
    assert TimeLimit(3, "working_days") == found.value
    assert ("第七条", "第四款") == (found.citation.article, found.citation.clause)
