"""Dated law: citations, documents in force, parameters by date (core issue, 4. Dated law)."""

import datetime as dt

import pytest

from qinzhou_calc._core import Anchor, Citation, Document, InputError, Parameter, Version
from qinzhou_calc._core.language import use_language

DOC = Document("测试文件〔2019〕1号", "测试文件", dt.date(2019, 12, 1), dt.date(2024, 11, 30))
OLD = DOC.cite("第二十四条", None, "并处以")
NEW = DOC.cite("第二十四条", None, "可以处以")
MUST = Parameter(
    "test.mandatory",
    "是否应当并处",
    (Version(dt.date(2019, 12, 1), False, NEW), Version(dt.date(2018, 8, 1), True, OLD)),
)


def test_a_citation_names_document_article_and_clause() -> None:
    """str(citation) is the short form; to_dict() the contract's keys."""
    citation = Citation("钦政办规〔2019〕11号", "题", "第六条", "（一）", "文")
    assert "钦政办规〔2019〕11号 第六条（一）" == str(citation)
    assert {
        "document": "钦政办规〔2019〕11号",
        "article": "第六条",
        "clause": "（一）",
        "text": "文",
        "anchor": None,
    } == (citation.to_dict())


def test_a_document_s_citation_is_anchored_in_its_shipped_text() -> None:
    """Document.cite points at (number, article, clause); the anchor's id is stable text."""
    citation = DOC.cite("第二十四条", "（一）", "处以")
    assert "测试文件〔2019〕1号#第二十四条（一）" == str(citation.anchor)
    assert "测试文件〔2019〕1号#第二十四条（一）" == citation.to_dict()["anchor"]


@pytest.mark.parametrize(
    ("day", "in_force"),
    [
        (dt.date(2019, 11, 30), False),
        (dt.date(2019, 12, 1), True),
        (dt.date(2024, 11, 30), True),
        (dt.date(2024, 12, 1), False),
    ],
)
def test_a_document_is_in_force_on_both_ends_of_its_period(day: dt.date, in_force: bool) -> None:
    """Both ends inclusive; outside, not_in_force on the as_of field."""
    assert in_force == DOC.in_force_on(day)
    if not in_force:
        with pytest.raises(InputError) as caught:
            DOC.require_in_force(day)
        assert [("as_of", "not_in_force")] == [(p.field, p.code) for p in caught.value.errors]


@pytest.mark.parametrize(
    ("day", "value", "citation"),
    [
        (dt.date(2018, 8, 1), True, OLD),
        (dt.date(2019, 11, 30), True, OLD),
        (dt.date(2019, 12, 1), False, NEW),
        (dt.date(2030, 1, 1), False, NEW),
    ],
)
def test_a_parameter_gives_the_value_in_force_on_the_day(day: dt.date, value: bool, citation: Citation) -> None:
    """Versions are sorted by date; each applies until the next."""
    found = MUST.at(day)
    assert (value, citation) == (found.value, found.citation)


def test_before_its_first_version_a_parameter_is_not_in_force() -> None:
    """No value before the law existed."""
    with pytest.raises(InputError) as caught:
        MUST.at(dt.date(2018, 7, 31), field="violation_date")
    assert [("violation_date", "not_in_force")] == [(p.field, p.code) for p in caught.value.errors]


def test_a_closed_parameter_is_not_in_force_after_its_end() -> None:
    """until closes the last version, inclusive."""
    closed = Parameter.fixed("t", "t", 1, OLD, since=dt.date(2019, 1, 1), until=dt.date(2019, 12, 31))
    assert 1 == closed.at(dt.date(2019, 12, 31)).value
    with pytest.raises(InputError):
        closed.at(dt.date(2020, 1, 1))


def test_a_parameter_refuses_two_versions_on_one_day() -> None:
    """Ambiguous history is a programming error."""
    with pytest.raises(ValueError, match="same day"):
        Parameter("t", "t", (Version(dt.date(2019, 1, 1), 1, OLD), Version(dt.date(2019, 1, 1), 2, NEW)))
    with pytest.raises(ValueError, match="at least one"):
        Parameter("t", "t", ())


def test_a_document_cites_its_own_provisions_with_clause_and_words() -> None:
    """Document.cite fills in the number and title."""
    anchor = Anchor("测试文件〔2019〕1号", "第六条", "（二）")
    expected = Citation("测试文件〔2019〕1号", "测试文件", "第六条", "（二）", "条文", anchor)
    assert expected == DOC.cite("第六条", "（二）", "条文")


def test_not_in_force_names_the_period_and_an_open_end_as_a_dash() -> None:
    """The message says from when to when the document applies; "—" when it has no end."""
    open_ended = Document("开放〔2019〕2号", "开放", dt.date(2019, 12, 1), None)
    with pytest.raises(InputError) as caught:
        open_ended.require_in_force(dt.date(2019, 11, 30), "start")
    expected = "开放〔2019〕2号的施行期间为 2019-12-01 至 —；2019-11-30 不在此期间内"
    assert [("start", "not_in_force", expected)] == [(p.field, p.code, p.message) for p in caught.value.errors]
    with pytest.raises(InputError) as caught:
        DOC.require_in_force(dt.date(2024, 12, 1))
    assert "施行期间为 2019-12-01 至 2024-11-30；2024-12-01 不在此期间内" in caught.value.errors[0].message
    with use_language("en"), pytest.raises(InputError) as caught:
        DOC.require_in_force(dt.date(2024, 12, 1))
    assert "from 2019-12-01 to 2024-11-30; 2024-12-01 is outside" in caught.value.errors[0].message
