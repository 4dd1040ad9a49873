"""Guangxi's 壮族三月三 rest days and adjusted working days, by year, with sources."""

from __future__ import annotations

import datetime as dt

# Each entry: year -> (rest_days, extra_working_days, source, verified)
#
# rest_days: the days the Guangxi notice itself gives off for 壮族三月三
#   (weekend days inside the block are included; national 清明 days are not).
#   A listed day may override a national adjusted working day
#   (2017-04-01, 2022-04-02, 2023-04-23).
# extra_working_days: weekend days the Guangxi notice itself turns into
#   working days (调休上班).
# verified: True when the notice's text, or its operative clause quoted
#   verbatim, was seen; False when the entry rests on secondary summaries
#   or on the lunar date.
SANYUESAN: dict[int, tuple[tuple[dt.date, ...], tuple[dt.date, ...], str, bool]] = {
    2014: (
        (dt.date(2014, 4, 2), dt.date(2014, 4, 3)),
        (),
        (
            "广西壮族自治区人民政府办公厅关于2014年“壮族三月三”放假的通知"
            " (date/number not found); undated template of the text, '4月2日至3日"
            "(即农历三月初三、初四)放假': https://m.beiweimall.com/tongzhi/3627113.html;"
            " summary: https://um.sanwen.net/subject/daqwnqqf.html"
        ),
        False,
    ),
    2015: (
        (dt.date(2015, 4, 20), dt.date(2015, 4, 21)),
        (),
        (
            "广西壮族自治区人民政府办公厅关于2015年“壮族三月三”放假的通知"
            " (date/number not found); summary of the notice, 4月20日至21日"
            "(农历三月初二、初三): https://www.huigongju.com/show_314480"
        ),
        False,
    ),
    2016: (
        (
            dt.date(2016, 4, 8),
            dt.date(2016, 4, 9),
            dt.date(2016, 4, 10),
            dt.date(2016, 4, 11),
        ),
        (),
        (
            "广西壮族自治区人民政府办公厅关于2016年“壮族三月三”放假的通知"
            " (date/number not found); summary: 4月9日、10日(周末,初三、初四),"
            " 4月8日、11日补休: https://um.sanwen.net/subject/daqwnqqf.html"
        ),
        False,
    ),
    2017: (
        (dt.date(2017, 3, 30), dt.date(2017, 3, 31), dt.date(2017, 4, 1)),
        (dt.date(2017, 4, 8),),
        (
            "广西壮族自治区人民政府办公厅关于2017年“壮族三月三”放假的通知"
            " (2017-02-10); full text:"
            " http://huaxiashiwen.com/xuexi/tongzhi/704789.html"
        ),
        True,
    ),
    2018: (
        (dt.date(2018, 4, 18), dt.date(2018, 4, 19), dt.date(2018, 4, 20)),
        (dt.date(2018, 4, 15),),
        (
            "广西壮族自治区人民政府办公厅关于2018年“壮族三月三”放假的通知"
            " (date/number not found); operative clause quoted by 南宁电视台"
            " 2018-03-19: http://www.yyykp.com/news/china/1959960.html"
        ),
        True,
    ),
    2019: (
        (dt.date(2019, 4, 4), dt.date(2019, 4, 8)),
        (),
        (
            "广西壮族自治区人民政府办公厅关于2019年“壮族三月三”放假的通知"
            " (published c. 2018-12-29; number not found); operative clause"
            " quoted: http://yiqizouguoderizi.com/33933.html"
        ),
        True,
    ),
    2020: (
        (),
        (),
        (
            "广西壮族自治区人民政府办公厅关于调整2020年“壮族三月三”假期安排的通知"
            " (2020-03-05): 3月26日、27日 worked as normal (COVID-19), employers"
            " to give 补休 or pay; full text: https://laoshenpo.com/483056060622438401"
        ),
        True,
    ),
    2021: (
        (dt.date(2021, 4, 14), dt.date(2021, 4, 15), dt.date(2021, 4, 16)),
        (dt.date(2021, 4, 18),),
        (
            "广西壮族自治区人民政府办公厅关于2021年“壮族三月三”放假的通知"
            " (published c. 2021-03-16; number not found); text:"
            " https://www.tuliu.com/read-131281.html"
        ),
        True,
    ),
    2022: (
        (dt.date(2022, 4, 2), dt.date(2022, 4, 6)),
        (),
        (
            "广西壮族自治区人民政府办公厅关于2022年“壮族三月三”放假的通知"
            " (date/number not found); operative clause quoted:"
            " http://wszystkotutaj.com/zixun/neirong/48613.html"
        ),
        True,
    ),
    2023: (
        (dt.date(2023, 4, 21), dt.date(2023, 4, 22), dt.date(2023, 4, 23)),
        (),
        (
            "广西壮族自治区人民政府办公厅关于2023年“壮族三月三”放假的通知"
            " (published 2023-03-14; number not found); operative clause quoted:"
            " http://news.gxcbt.com/kanxinwen/2023/0328/81740.html"
        ),
        True,
    ),
    2024: (
        (dt.date(2024, 4, 11), dt.date(2024, 4, 12)),
        (),
        (
            "广西壮族自治区人民政府办公厅关于2024年“壮族三月三”放假的通知"
            " (published 2024-03-22; number not found); full text:"
            " https://www.lzdww.com/read-122637.html"
        ),
        True,
    ),
    2025: (
        (dt.date(2025, 3, 31), dt.date(2025, 4, 1)),
        (),
        (
            "广西壮族自治区人民政府办公厅关于2025年“壮族三月三”放假的通知"
            " (not seen); summary: https://www.dknjh.com/qiwen/xg744381.html"
        ),
        False,
    ),
    2026: (
        (
            dt.date(2026, 4, 17),
            dt.date(2026, 4, 18),
            dt.date(2026, 4, 19),
            dt.date(2026, 4, 20),
        ),
        (),
        (
            "广西壮族自治区人民政府办公厅关于2026年“壮族三月三”放假的通知"
            " (published c. 2026-03-04; not seen); news report:"
            " https://c.m.163.com/news/a/KNC96VCQ0550B6IS.html"
        ),
        False,
    ),
}
