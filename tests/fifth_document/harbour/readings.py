"""The open question of the made-up 泊位使用费办法, and the warning its calculator may give."""

from qinzhou_calc._core.reading import Option, Reading, WarningNote

__all__ = ["PART_DAY", "READINGS", "WARNINGS"]

PART_DAY = Reading(
    code="harbour.berth.part_day",
    document="harbour",
    article="第三条",
    question="不足一日的是否按一日计？",
    question_en="Does part of a day count as a day?",
    options=(Option("whole_day", "按一日计", "counts as a day"), Option("by_hours", "按小时折算", "pro rata")),
    default="whole_day",
    reasoning="第三条按日收取。",
    reasoning_en="第三条 charges by the day.",
)

READINGS = (PART_DAY,)

WARNINGS = (WarningNote("berth_unchecked", "harbour", "第三条", "泊位是否属港区未核实", "berth not checked"),)
