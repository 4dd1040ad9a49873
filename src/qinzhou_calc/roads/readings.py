"""The open questions of 政府令第11号 (as amended by 第12号), each with its options and default."""

from .._core.reading import Option, Reading, WarningNote

__all__ = ["BACKFILL_REST_DAY_END", "READINGS", "WARNINGS"]

#: 第十九条 counts the backfill in days ("当日" to "7日内") and says nothing of a last day that
#: falls on a rest day.
BACKFILL_REST_DAY_END = Reading(
    code="roads.backfill.rest_day_end",
    document="roads",
    article="第十九条",
    question="沟槽回填期限的最后一日是法定休假日（含周末）的，是否顺延？",
    question_en="When the last day to backfill a trench is a statutory rest day (or a weekend), is it extended?",
    options=(
        Option(
            "no_extension",
            "按自然日计算，最后一日为休息日的不顺延",
            "calendar days, not extended when the last day is a rest day",
            note_code="backfill_calendar_days",
            note="第十九条的回填时限按自然日计算（本办法其他条款明言“工作日”，此处只言“日”），"
            "是挖掘单位对敞开沟槽的施工时限，最后一日为休息日的不顺延；这一读法不适用民法典第二百零三条"
            "（最后一日是法定休假日的顺延至休假日结束的次日）：该条为届满之日无法办事的情形而设，回填是挖掘单位"
            "自己的施工，敞开的沟槽每天都是道路上的危险。如按第二百零三条顺延，可选读法 "
            "roads.backfill.rest_day_end = civil_code_203。",
        ),
        Option(
            "civil_code_203",
            "最后一日是法定休假日的，依民法典第二百零三条顺延至休假日结束的次日",
            "extended to the day after the rest days, by 民法典 第二百零三条",
            note_code="backfill_civil_code",
            note="按读法 roads.backfill.rest_day_end = civil_code_203，第十九条回填期限的最后一日是法定休假日"
            "（含周末）的，依民法典第二百零三条以休假日结束的次日为最后一日；“当日回填”不是自次日起算的期间，不顺延。",
        ),
    ),
    default="no_extension",
    reasoning="本办法其他条款明言“工作日”，第十九条只言“日”，是挖掘单位对敞开沟槽的施工时限；民法典第二百零三条"
    "为届满之日无法办事的情形而设，回填是挖掘单位自己的施工，敞开的沟槽每天都是道路上的危险，故不顺延。",
    reasoning_en="Other articles of the measures say 工作日 (working days) where they mean them; 第十九条 says only "
    "日. It is the excavator's own time limit for an open trench, a danger on the road every day, whereas "
    "民法典 第二百零三条 serves a person who cannot act on a last day that is a rest day: so no extension.",
)

#: The readings the document declares (its ``DECLARATION`` lists them).
READINGS = (BACKFILL_REST_DAY_END,)

#: The notes of the measures' calculators that warn rather than interpret.
WARNINGS: tuple[WarningNote, ...] = ()
