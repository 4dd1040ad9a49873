"""附件4 三 任务分解 and 附件5 附表 各县区科技成果转化年度目标安排表: the plan's targets, and progress."""

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any, Literal

from .._core import (
    Count,
    Evaluation,
    Example,
    Ge,
    Le,
    Problems,
    Result,
    calculator,
    civil_code,
    decision_date_spec,
    record,
    round_to,
    spec,
)
from .._core.crossfield import CrossFieldRule
from .parameters import (
    HIGH_TECH_TARGETS,
    TECHINNO,
    TRANSFORMATION_PLAN_TOTAL,
    TRANSFORMATION_TARGETS,
    HighTechYearTarget,
)
from .warning_notes import (
    ACTUALS_OUTSIDE_QUERY_IGNORED,
    HIGH_TECH_TARGETS_CITY_WIDE,
    PARTIAL_ACTUALS,
    TARGETS_MET_READING,
)

__all__ = ["ActualHighTech", "ActualProjects", "TransformationTargetsInput", "transformation_targets"]

#: A county of 附件5 附表, by its Chinese name (anything else is ``invalid_choice``).
County = Literal["灵山县", "浦北县", "钦南区", "钦北区", "钦州港区", "钦州高新区"]
#: A year of the plan (outside 2019–2021 is ``out_of_range``).
PlanYear = Annotated[int, Ge(Decimal(2019)), Le(Decimal(2021))]

_SHARE = Decimal("0.01")

# "实施重大科技成果转化项目17项" and "新增高新技术企业10家" are met when the actual figure reaches the
# target; "全市高新技术企业超过70家" only when the total is more than 70 ("超过" excludes the number,
# 民法典 第一千二百五十九条). The share done is actual ÷ target in percent, half-up to 0.01.
_MET_NOTE = (
    "“实施……17项”“新增……10家”以实际数达到目标数为完成；“超过70家”不含本数，须多于70家"
    "（民法典第一千二百五十九条，2021年前为民法总则第二百零五条）。"
    "完成比例 = 实际数 ÷ 目标数 × 100%，四舍五入到0.01个百分点。"
)
_CITY_WIDE_NOTE = "附件4 三的高新技术企业目标是全市目标，不分县区；按县区查询时不列出。"
_PARTIAL_NOTE = "部分县区年度未报告实际数，合计实际数只计已报告的部分。"
_IGNORED_NOTE = "所给实际数中有不属于所查县区或年度的，未计入。"


@record
class ActualProjects:
    """一个县区一年实际实施的重大科技成果转化项目数。"""

    county: County = spec("县区", "附件5 附表中的县区名称", en="County or district")
    year: PlanYear = spec("年度", "2019、2020 或 2021", en="Year")
    projects: Count = spec(
        "实际项目数（项）", "该县区该年实际实施的重大科技成果转化项目数", en="Projects actually transferred (number)"
    )


@record
class ActualHighTech:
    """全市一年实际的高新技术企业数。"""

    year: PlanYear = spec("年度", "2019、2020 或 2021", en="Year")
    new: Count | None = spec(
        "当年新增（家）", "当年新增高新技术企业数", default=None, en="New in the year (enterprises)"
    )
    total: Count | None = spec(
        "年末全市总数（家）", "年末全市高新技术企业总数", default=None, en="City total at the year's end (enterprises)"
    )


@record
class TransformationTargetsInput:
    """科技成果转化及高新技术企业目标查询（可附实际数以计算完成进度）的输入。"""

    county: County | None = spec(
        "县区", "只看一个县区（中文名称，如 灵山县）；缺省为全市", default=None, en="County or district"
    )
    year: PlanYear | None = spec("年度", "只看一年（2019—2021）；缺省为三年", default=None, en="Year")
    actual_projects: tuple[ActualProjects, ...] = spec(
        "实际转化项目数",
        "各县区各年实际实施的项目数，用于计算完成进度（可选）",
        default=(),
        en="Projects actually transferred",
    )
    actual_high_tech: tuple[ActualHighTech, ...] = spec(
        "实际高新技术企业数",
        "各年实际新增数与年末总数，用于计算完成进度（可选）",
        default=(),
        en="High-tech enterprises actually counted",
    )
    as_of: dt.date | None = spec(
        "适用日期",
        "适用哪一天有效的规定；缺省为今天（方案2021年底到期，一般应填写）",
        default=None,
        en="Date of the law applied",
    )
    decision_date: dt.date | None = decision_date_spec()


def _check_unique(inp: TransformationTargetsInput) -> None:
    problems = Problems()
    seen: dict[tuple[str, int], int] = {}
    for index, row in enumerate(inp.actual_projects):
        key = (row.county, row.year)
        if key in seen:
            problems.add(
                f"actual_projects[{index}]",
                "out_of_range",
                f"{row.county} {row.year} 年已在 actual_projects[{seen[key]}] 给出",
                en=f"{row.county} {row.year} is already given at actual_projects[{seen[key]}]",
            )
        seen.setdefault(key, index)
    years: dict[int, int] = {}
    for index, hte in enumerate(inp.actual_high_tech):
        if hte.year in years:
            problems.add(
                f"actual_high_tech[{index}].year",
                "out_of_range",
                f"{hte.year} 年已在 actual_high_tech[{years[hte.year]}] 给出",
                en=f"{hte.year} is already given at actual_high_tech[{years[hte.year]}]",
            )
        years.setdefault(hte.year, index)
    problems.raise_if_any()


def _share(actual: int, target: int) -> Decimal:
    return round_to(Decimal(actual) * 100 / Decimal(target), _SHARE)


def _high_tech_row(target: HighTechYearTarget, actual: ActualHighTech | None, ex: Evaluation) -> dict[str, Any]:
    row: dict[str, Any] = {
        "kind": "high_tech_enterprises",
        "year": target.year,
        "new_target": target.new,
        "total_above": target.total_above,
        "actual_new": None,
        "new_share_done_percent": None,
        "new_met": None,
        "actual_total": None,
        "total_met": None,
    }
    template = "{year}年：新增高新技术企业目标 {new} 家，全市总数须超过 {above} 家"
    figures: dict[str, object] = {"year": target.year, "new": target.new, "above": target.total_above}
    if actual is not None and actual.new is not None:
        share = _share(actual.new, target.new)
        row.update(actual_new=actual.new, new_share_done_percent=share, new_met=actual.new >= target.new)
        template += "；实际新增 {done} 家，{done} ÷ {new} = {share}%"
        figures.update(done=actual.new, share=share)
    if actual is not None and actual.total is not None:
        row.update(actual_total=actual.total, total_met=actual.total > target.total_above)
        template += "；年末总数 {total} 家，{passed}超过 {above} 家"
        figures.update(total=actual.total, passed="已" if actual.total > target.total_above else "未")
    ex.step(template, **figures)
    return row


@calculator(
    "techinno.transformation_targets",
    TransformationTargetsInput,
    title="科技成果转化及高新技术企业年度目标",
    columns={
        "kind": ("类别", "Kind"),
        "county": ("县区", "County"),
        "year": ("年度", "Year"),
        "target": ("目标（项）", "Target (projects)"),
        "actual": ("实际（项）", "Actual (projects)"),
        "share_done_percent": ("完成比例（%）", "Share done (%)"),
        "met": ("是否完成", "Met"),
        "new_target": ("新增目标（家）", "New enterprises targeted"),
        "total_above": ("总数须超过（家）", "Total to exceed"),
        "actual_new": ("实际新增（家）", "New enterprises actual"),
        "new_share_done_percent": ("新增完成比例（%）", "Share of new done (%)"),
        "new_met": ("新增是否完成", "New target met"),
        "actual_total": ("实际总数（家）", "Actual total"),
        "total_met": ("总数是否达到", "Total target met"),
    },
    document=TECHINNO,
    rules=[
        CrossFieldRule(
            "county_year_once",
            "out_of_range",
            ("actual_projects[]",),
            "actual_projects 中每个县区、每一年（county、year）只出现一次",
            "each county and year (county, year) appears once in actual_projects",
        ),
        CrossFieldRule(
            "high_tech_year_once",
            "out_of_range",
            ("actual_high_tech[].year",),
            "actual_high_tech 中每一年 year 只出现一次",
            "each year appears once in actual_high_tech",
        ),
    ],
    examples=[
        Example("全市三年目标（附件5 附表合计 60 项，附件4 三 每年新增10家）", {"as_of": "2019-12-31"}),
        Example(
            "灵山县2020年目标，附实际数计算进度",
            {
                "county": "灵山县",
                "year": 2020,
                "actual_projects": [{"county": "灵山县", "year": 2020, "projects": 2}],
                "as_of": "2020-12-31",
            },
        ),
    ],
)
def transformation_targets(inp: TransformationTargetsInput, ex: Evaluation) -> Result:
    """附件5 一："具体年度目标分解为：2019年实施重大科技成果转化项目17项，2020年实施重大科技成果转化项目19项，
    2021年实施重大科技成果转化项目24项（详见附件附表）。"附件4 三："（一）2019年末实现新增高新技术企业10家，
    全市高新技术企业超过70家。（二）2020年末……超过80家。（三）2021年末……超过90家。"

    Returns ``count``: the transformation projects targeted for the county and year asked; ``breakdown`` per
    county and year (with progress when actual figures are given), then the city-wide high-tech targets.
    """
    _check_unique(inp)
    table = ex.use(TRANSFORMATION_TARGETS)
    counties = [row for row in table if inp.county is None or row.county == inp.county]
    years = [inp.year] if inp.year is not None else [year for year, _ in table[0].by_year]
    actual: dict[tuple[str, int], int] = {(row.county, row.year): row.projects for row in inp.actual_projects}

    rows: list[dict[str, Any]] = []
    total = reported_target = reported_actual = 0
    for county in counties:
        for year in years:
            target = county.target(year)
            total += target
            row: dict[str, Any] = {
                "kind": "transformation",
                "county": county.county,
                "year": year,
                "target": target,
                "actual": None,
                "share_done_percent": None,
                "met": None,
            }
            done = actual.get((county.county, year))
            if done is not None:
                share = _share(done, target)
                row.update(actual=done, share_done_percent=share, met=done >= target)
                reported_target += target
                reported_actual += done
                ex.step(
                    "{county} {year}年：目标 {target} 项，实际 {done} 项，{done} ÷ {target} = {share}%",
                    county=county.county,
                    year=year,
                    target=target,
                    done=done,
                    share=share,
                )
            rows.append(row)

    scope = f"{inp.county or '全市'}{'' if inp.year is None else f'{inp.year}年'}"
    ex.step(
        "{scope}科技成果转化目标：{targets:[ + ]} = {total} 项",
        scope=scope,
        targets=[row["target"] for row in rows],
        total=total,
    )
    if inp.county is None and inp.year is None:
        plan_total = ex.use(TRANSFORMATION_PLAN_TOTAL)
        ex.step("三年合计 {total} 项，与方案“60项以上”的 {plan} 项一致", total=total, plan=plan_total)

    summary: dict[str, Any] = {
        "kind": "transformation_total",
        "county": inp.county,
        "year": inp.year,
        "target": total,
        "actual": None,
        "share_done_percent": None,
        "met": None,
    }
    if inp.actual_projects:
        # Reading (targets_met_reading), the note's own words:
        # “实施……17项”“新增……10家”以实际数达到目标数为完成；“超过70家”不含本数，
        # 须多于70家（民法典第一千二百五十九条，2021年前为民法总则第二百零五条）。
        # 完成比例 = 实际数 ÷ 目标数 × 100%，四舍五入到0.01个百分点。
        ex.note(TARGETS_MET_READING.code, _MET_NOTE)
        if len(actual) > sum(row["actual"] is not None for row in rows):
            # Reading (actuals_outside_query_ignored), the note's own words:
            # 所给实际数中有不属于所查县区或年度的，未计入。
            ex.note(ACTUALS_OUTSIDE_QUERY_IGNORED.code, _IGNORED_NOTE)
        ex.cite(civil_code("第一千二百五十九条", ex.as_of))
    if reported_target:
        share = _share(reported_actual, total)
        summary.update(actual=reported_actual, share_done_percent=share, met=reported_actual >= total)
        ex.step(
            "{scope}合计：实际 {done} 项 ÷ 目标 {total} 项 = {share}%",
            scope=scope,
            done=reported_actual,
            total=total,
            share=share,
        )
        if reported_target != total:
            # Reading (partial_actuals), the note's own words:
            # 部分县区年度未报告实际数，合计实际数只计已报告的部分。
            ex.note(PARTIAL_ACTUALS.code, _PARTIAL_NOTE)
    rows.append(summary)

    if inp.county is None:
        by_year = {hte.year: hte for hte in inp.actual_high_tech}
        for target_year in ex.use(HIGH_TECH_TARGETS):
            if inp.year is None or target_year.year == inp.year:
                rows.append(_high_tech_row(target_year, by_year.get(target_year.year), ex))
        if inp.actual_high_tech:
            # Reading: the same as above (targets_met_reading).
            ex.note(TARGETS_MET_READING.code, _MET_NOTE)
            ex.cite(civil_code("第一千二百五十九条", ex.as_of))
    elif inp.actual_high_tech:
        # Reading (high_tech_targets_city_wide), the note's own words:
        # 附件4 三的高新技术企业目标是全市目标，不分县区；按县区查询时不列出。
        ex.note(HIGH_TECH_TARGETS_CITY_WIDE.code, _CITY_WIDE_NOTE)
    return ex.result(count=total, breakdown=rows)
