"""附件4 二（三）: the subsidy to a technology business incubator for each incubatee certified as a
high-tech enterprise while incubated or within a year of graduating."""

import datetime as dt
from typing import Annotated, Any

from .._core import (
    ZERO,
    Evaluation,
    Event,
    Example,
    Money,
    Problems,
    Result,
    calculator,
    civil_code,
    decision_date_spec,
    end_of_years,
    fen,
    record,
    spec,
)
from .._core.crossfield import CrossFieldRule, event_rule
from .._core.kinds import MaxLen
from ._plan import note_if_before_issue
from .parameters import INCUBATOR_SUBSIDY, INCUBATOR_WINDOW_YEARS, TECHINNO
from .readings import INCUBATOR_WINDOW_END
from .warning_notes import CERTIFIED_ON_GRADUATION_DAY, WINDOW_PAST_PLAN_END

__all__ = ["Incubatee", "IncubatorSubsidyInput", "incubator_subsidy"]


#: The day whose law applies, in the words every calculator of an enterprise's profile shares.
_AS_OF = (
    "适用哪一天有效的规定；缺省为本项的事件日期（认定日期、纳税年度末、技术合同签订日期、转化收益取得日期），"
    "未给出时为决定日期"
)


@record
class Incubatee:
    """一家在孵或已毕业的企业。"""

    name: str = spec("企业名称", "在孵（或已毕业）企业的名称；同一申请中不得重复", en="Enterprise name")
    certified_on: dt.date = spec("认定日期", "被认定为高新技术企业的日期", en="Certification date")
    graduated_on: dt.date | None = spec(
        "孵化毕业日期", "孵化毕业的日期；仍在孵的不填", default=None, en="Graduation date"
    )
    incubated_from: dt.date | None = spec(
        "入孵日期", "进入孵化器的日期（可选），用于核对“在孵期间”", default=None, en="Date of entering the incubator"
    )


@record
class IncubatorSubsidyInput:
    """科技企业孵化器培育高新技术企业补助的输入。"""

    incubatees: Annotated[tuple[Incubatee, ...], MaxLen(1000)] = spec(
        "在孵及毕业企业",
        "每家被认定为高新技术企业的在孵或毕业企业一行；至多 1000 家",
        en="Incubated and graduated enterprises",
    )
    as_of: dt.date | None = spec("适用日期", _AS_OF, default=None, en="Date of the law applied")
    decision_date: dt.date | None = decision_date_spec()


# A certification on the day of graduation counts (the enterprise was still incubated that day).
_SAME_DAY_NOTE = "毕业当日被认定的，视为在孵期间被认定。"


def _check_incubatees(incubatees: tuple[Incubatee, ...]) -> None:
    problems = Problems()
    seen: dict[str, int] = {}
    for index, item in enumerate(incubatees):
        path = f"incubatees[{index}]"
        name = item.name.strip()
        if not name:
            problems.add(f"{path}.name", "missing", "在孵企业须有名称", en="the incubatee needs a name")
        elif name in seen:
            problems.add(
                f"{path}.name",
                "out_of_range",
                f"{name!r} 已列于 incubatees[{seen[name]}]；补助按每家企业计算",
                en=f"{name!r} is already listed at incubatees[{seen[name]}]; the subsidy is per enterprise (每家)",
            )
        else:
            seen[name] = index
        started, ended = item.incubated_from, item.graduated_on
        if started is not None and ended is not None and ended < started:
            problems.add(
                f"{path}.graduated_on",
                "out_of_range",
                f"毕业日期 {ended.isoformat()} 早于入孵日期 {started.isoformat()}",
                en=f"graduation {ended.isoformat()} is before entering the incubator {started.isoformat()}",
            )
    problems.raise_if_any()


def _window_end(item: Incubatee, ex: Evaluation, path: str) -> dt.date | None:
    """The last day of "孵化毕业1年内" for an incubatee that has graduated, whatever else is decided.

    The window's length is read on the certification day, brought within the plan's years when
    the certification falls outside them (the row is then refused, but still shows its window).
    """
    if item.graduated_on is None:
        return None
    start, until = TECHINNO.in_force_from, TECHINNO.in_force_until
    day = max(item.certified_on, start) if until is None else min(max(item.certified_on, start), until)
    end = end_of_years(item.graduated_on, ex.use(INCUBATOR_WINDOW_YEARS, on=day), f"{path}.graduated_on")
    if ex.reading(INCUBATOR_WINDOW_END) == "day_before_anniversary":
        return end - dt.timedelta(days=1)
    return end


def _incubatee_row(item: Incubatee, ex: Evaluation, path: str) -> dict[str, Any]:
    row: dict[str, Any] = {
        "name": item.name,
        "certified_on": item.certified_on,
        "graduated_on": item.graduated_on,
        "window_ends_on": _window_end(item, ex, path),
        "window_after_plan_end": None,
    }

    def refuse(code: str, message: str) -> dict[str, Any]:
        ex.step("{name}：{message}，不计", name=item.name, message=message)
        return {**row, "counts": False, "code": code, "reason": message, "amount": ZERO}

    if not TECHINNO.in_force_on(item.certified_on):
        note_if_before_issue(ex, item.certified_on, f"{item.name} {item.certified_on.isoformat()} 被认定")
        plan_end = TECHINNO.in_force_until
        window_end = row["window_ends_on"]
        if plan_end is not None and window_end is not None and plan_end < item.certified_on <= window_end:
            ex.note(
                WINDOW_PAST_PLAN_END.code,
                f"{item.name}在孵化毕业1年内（至 {window_end.isoformat()}）被认定，但认定日 "
                f"{item.certified_on.isoformat()} 在方案届满（{plan_end.isoformat()}）之后，不属本方案补助范围",
            )
        return refuse(
            "certified_outside_plan",
            f"{item.certified_on.isoformat()} 被认定，不在方案适用的2019年1月1日至2021年12月31日之内",
        )
    if item.incubated_from is not None and item.certified_on < item.incubated_from:
        return refuse(
            "certified_before_incubation",
            f"{item.certified_on.isoformat()} 被认定，早于 {item.incubated_from.isoformat()} 入孵，不是在孵期间被认定",
        )
    years = ex.use(INCUBATOR_WINDOW_YEARS, on=item.certified_on)
    if item.graduated_on is None or item.certified_on < item.graduated_on:
        code, message = "certified_while_incubated", f"{item.certified_on.isoformat()} 被认定，在孵期间"
    else:
        end = row["window_ends_on"]
        plan_end = TECHINNO.in_force_until
        if plan_end is not None and end > plan_end:
            # Reading (window_past_plan_end): the year after graduation may run past the plan's
            # end (2021-12-31); a certification after that day is outside the plan, so the part
            # of the window after it is shown apart in the breakdown and said in a note.
            row["window_after_plan_end"] = {"from": plan_end + dt.timedelta(days=1), "to": end}
            ex.note(
                WINDOW_PAST_PLAN_END.code,
                f"孵化毕业{years}年的期间延至方案届满（{plan_end.isoformat()}）之后；届满后被认定的不属本方案补助范围，"
                "明细中“方案届满后的期间”一栏列出届满后的那一段",
            )
        for article in ("第二百零一条", "第二百零二条", "第一千二百五十九条"):
            ex.cite(civil_code(article, item.graduated_on))
        ex.note_reading(INCUBATOR_WINDOW_END, ex.reading(INCUBATOR_WINDOW_END))
        if item.certified_on == item.graduated_on:
            # Reading (certified_on_graduation_day), the note's own words:
            # 毕业当日被认定的，视为在孵期间被认定。
            ex.note(CERTIFIED_ON_GRADUATION_DAY.code, _SAME_DAY_NOTE)
            code, message = (
                "certified_while_incubated",
                f"{item.certified_on.isoformat()} 被认定，即毕业当日，视为在孵期间",
            )
        elif item.certified_on <= end:
            code = "certified_within_a_year_of_graduation"
            message = (
                f"{item.graduated_on.isoformat()} 毕业，{item.certified_on.isoformat()} 被认定，"
                f"在毕业{years}年内（至 {end.isoformat()}）"
            )
        else:
            return refuse(
                "certified_more_than_a_year_after_graduation",
                f"{item.graduated_on.isoformat()} 毕业，{item.certified_on.isoformat()} 被认定，"
                f"已超过毕业{years}年（至 {end.isoformat()}）",
            )
    amount = fen(ex.use(INCUBATOR_SUBSIDY, on=item.certified_on))
    note_if_before_issue(ex, item.certified_on)
    ex.step("{name}：{message}，补助 {amount:money} 元", name=item.name, message=message, amount=amount)
    return {**row, "counts": True, "code": code, "reason": message, "amount": amount}


#: What the schema cannot say: the incubatees are distinct enterprises with dates in order.
INCUBATOR_RULES = (
    event_rule(["incubatees[].certified_on"]),
    CrossFieldRule(
        "incubatee_named",
        "missing",
        ("incubatees[].name",),
        "每家在孵企业须有名称 incubatees[].name（不能为空白）",
        "every incubatee has a name (incubatees[].name, not blank)",
    ),
    CrossFieldRule(
        "incubatees_differ",
        "out_of_range",
        ("incubatees[].name",),
        "各在孵企业的名称（去掉首尾空白后）互不相同：补助按每家企业计算",
        "the incubatees' names (without surrounding blanks) differ: the subsidy is per enterprise",
    ),
    CrossFieldRule(
        "graduated_after_entering",
        "out_of_range",
        ("incubatees[].graduated_on", "incubatees[].incubated_from"),
        "毕业日期 incubatees[].graduated_on 不得早于入孵日期 incubatees[].incubated_from",
        "incubatees[].graduated_on cannot be before incubatees[].incubated_from",
    ),
    CrossFieldRule(
        "window_within_calendar",
        "out_of_range",
        ("incubatees[].graduated_on",),
        "自毕业日期起算的“孵化毕业1年内”须在 9999-12-31 前届满",
        "the year after graduation (孵化毕业1年内) must end by 9999-12-31",
    ),
)


@calculator(
    "techinno.incubator_subsidy",
    IncubatorSubsidyInput,
    title="科技企业孵化器培育高新技术企业补助",
    columns={
        "name": ("企业名称", "Enterprise"),
        "certified_on": ("认定日期", "Certified on"),
        "graduated_on": ("孵化毕业日期", "Graduated on"),
        "window_ends_on": ("毕业后认定期限届满日", "End of the window after graduation"),
        "window_after_plan_end": ("方案届满后的期间", "Part of the window after the plan's end"),
        "from": ("起", "From"),
        "to": ("止", "To"),
        "counts": ("是否计入", "Counts"),
        "code": ("结论代码", "Code"),
        "reason": ("理由", "Reason"),
        "amount": Money("补助金额（元）", "Subsidy (yuan)"),
    },
    document=TECHINNO,
    event=lambda inp: [
        Event(item.certified_on, f"incubatees[{i}].certified_on") for i, item in enumerate(inp.incubatees)
    ],
    rules=INCUBATOR_RULES,
    examples=[
        Example(
            "三家企业：一家在孵被认定，一家2020-02-29毕业后于2021-02-28（周年对应日）被认定，一家毕业1年后才被认定",
            {
                "incubatees": [
                    {"name": "甲公司", "certified_on": "2020-11-20", "graduated_on": None},
                    {"name": "乙公司", "certified_on": "2021-02-28", "graduated_on": "2020-02-29"},
                    {"name": "丙公司", "certified_on": "2021-03-01", "graduated_on": "2020-02-29"},
                ],
                "as_of": "2021-06-30",
            },
        )
    ],
)
def incubator_subsidy(inp: IncubatorSubsidyInput, ex: Evaluation) -> Result:
    """附件4 二（三）："鼓励科技企业孵化器大力培育高新技术企业，对在孵期间或孵化毕业1年内被认定为
    高新技术企业的，按每家3万元的标准对科技孵化器给予补助。"

    Returns ``amount``: 3万 for each incubatee that counts; ``breakdown`` says why each does or does not.
    """
    _check_incubatees(inp.incubatees)
    ex.cite(INCUBATOR_SUBSIDY.versions[0].citation)
    rows = [_incubatee_row(item, ex, f"incubatees[{i}]") for i, item in enumerate(inp.incubatees)]
    counted = [row for row in rows if row["counts"]]
    amount = fen(sum((row["amount"] for row in counted), ZERO))
    if counted:
        ex.step(
            "{count} 家计入补助：{amounts:money[ + ]} = {amount:money} 元",
            count=len(counted),
            amounts=[row["amount"] for row in counted],
            amount=amount,
        )
        return ex.result(amount=amount, eligible=True, count=len(counted), breakdown=rows)
    # No incubatee counts: each reason is one of the rows' own refusals, with the incubatees it
    # concerns, so that the result says why in the same words as its breakdown.
    for code in dict.fromkeys(row["code"] for row in rows):
        ex.reason(
            code,
            "；".join(f"{row['name']}：{row['reason']}" for row in rows if row["code"] == code),
            INCUBATOR_SUBSIDY.versions[0].citation,
        )
    return ex.result(amount=ZERO, count=0, breakdown=rows)
