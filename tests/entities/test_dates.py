"""Dates: absolute, ranges and relative ones resolved against the issue date; an article's event date."""

from __future__ import annotations

from datetime import date

import pytest

from etl.entities.dates import PARTS_OF_DAY, event_date, find_dates

ISSUE = date(2024, 3, 15)  # a Friday

# (snippet, text of the date, start, end, part of day) in an issue of 2024-03-15
CASES: list[tuple[str, str, str, str, str | None]] = [
    ("昨天下午，区委副书记、区长恽淇丞主持召开会议", "昨天下午", "2024-03-14", "2024-03-14", "afternoon"),
    ("昨日上午，全区安全生产工作会议召开", "昨日上午", "2024-03-14", "2024-03-14", "morning"),
    ("前天，记者来到湖塘镇", "前天", "2024-03-13", "2024-03-13", None),
    ("今天，武进区举行签约仪式", "今天", "2024-03-15", "2024-03-15", None),
    ("今晨6时，气温降至零下", "今晨", "2024-03-15", "2024-03-15", "morning"),
    ("昨晚，一场音乐会在大剧院上演", "昨晚", "2024-03-14", "2024-03-14", "evening"),
    ("当天，市委常委会召开", "当天", "2024-03-15", "2024-03-15", None),
    ("上周，区里召开动员大会", "上周", "2024-03-04", "2024-03-10", None),
    ("本周五将举行开幕式", "本周五", "2024-03-15", "2024-03-15", None),
    ("本月，全区将开展专项行动", "本月", "2024-03-01", "2024-03-31", None),
    ("上个月的数据显示", "上个月", "2024-02-01", "2024-02-29", None),
    ("去年，全区实现地区生产总值3110亿元", "去年", "2023-01-01", "2023-12-31", None),
    ("今年一季度，全区规上工业增加值增长", "今年一季度", "2024-01-01", "2024-03-31", None),
    ("前三季度国内生产总值", "前三季度", "2024-01-01", "2024-09-30", None),
    ("上半年，进出口总值", "上半年", "2024-01-01", "2024-06-30", None),
    ("去年底召开的中央经济工作会议", "去年底", "2023-12-01", "2023-12-31", None),
    ("今年以来，全区新签约项目", "今年以来", "2024-01-01", "2024-03-15", None),
    ("3月14日，市委常委会召开", "3月14日", "2024-03-14", "2024-03-14", None),
    ("新华社北京3月14日电", "3月14日", "2024-03-14", "2024-03-14", None),
    ("12月30日，工程顺利完工", "12月30日", "2023-12-30", "2023-12-30", None),  # 9 months ahead: last year's
    ("14日晚，一场大雪", "14日晚", "2024-03-14", "2024-03-14", "evening"),
    ("会议13日上午在北京人民大会堂举行", "13日上午", "2024-03-13", "2024-03-13", "morning"),
    ("2024年3月14日，签约仪式举行", "2024年3月14日", "2024-03-14", "2024-03-14", None),
    ("1991年3月7日下午", "1991年3月7日下午", "1991-03-07", "1991-03-07", "afternoon"),
    ("2023年，全区经济运行稳中向好", "2023年", "2023-01-01", "2023-12-31", None),
    ("二〇二五年十月二十九日", "二〇二五年十月二十九日", "2025-10-29", "2025-10-29", None),
    ("《行动方案（2024—2026年）》印发", "2024—2026年", "2024-01-01", "2026-12-31", None),
    ("2024年3月，全区开展", "2024年3月", "2024-03-01", "2024-03-31", None),
    ("今年1—4月，全区实现", "今年1—4月", "2024-01-01", "2024-04-30", None),
    ("3月14日至16日在常州举行", "3月14日至16日", "2024-03-14", "2024-03-16", None),
    ("3月下旬开工", "3月下旬", "2024-03-21", "2024-03-31", None),
    ("２０２４年３月１４日", "２０２４年３月１４日", "2024-03-14", "2024-03-14", None),
]


@pytest.mark.parametrize(("text", "span", "start", "end", "part"), CASES)
def test_date_resolution(text: str, span: str, start: str, end: str, part: str | None) -> None:
    found = find_dates(text, ISSUE)
    assert found, text
    m = found[0]
    assert m.text == span
    assert text[m.start : m.end] == m.text
    assert m.type == "date"
    assert (m.start_date, m.end_date) == (date.fromisoformat(start), date.fromisoformat(end))
    assert m.part_of_day == part
    assert part is None or part in PARTS_OF_DAY


@pytest.mark.parametrize(
    ("issue", "expected"),
    [(date(2024, 5, 31), ["2024-05-30"]), (date(2024, 6, 2), ["2024-05-30"]), (date(2024, 3, 15), [])],
)
def test_a_bare_day_is_in_the_issue_month_or_the_one_before(issue: date, expected: list[str]) -> None:
    # 30日 in an issue of 15 March is not March's yet, and February has no 30th: no date rather than a wrong one
    assert [m.canonical for m in find_dates("30日上午", issue)] == expected


NOT_DATES = [
    "20世纪90年代以来",
    "2月30日",
    "13月",
    "第14日",
    "三个月后",
    "十年来",
    "李琴日复一日地打开门",
    "天舟九号货运飞船",
    "",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert find_dates(text, ISSUE) == []


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("昨天，市委召开会议", []),
        ("3月14日，市委召开会议", []),
        ("2024年3月14日，市委召开会议", ["2024年3月14日"]),
        ("2023年全区经济", ["2023年"]),
        ("《规划（2024—2026年）》", ["2024—2026年"]),
    ],
)
def test_without_issue_date_only_absolute_dates(text: str, spans: list[str]) -> None:
    assert [m.text for m in find_dates(text, None)] == spans


@pytest.mark.parametrize(
    ("text", "span", "canonical"),
    [
        ("今年“五一”假期，全国国内出游", "今年“五一”假期", "2026-05-01/2026-05-05"),
        ("“五一”前夕，记者走进车间", "“五一”", "2026-05-01"),
        ("去年“十一”黄金周", "去年“十一”黄金周", "2025-10-01/2025-10-07"),
        ("2025年国庆假期", "2025年国庆假期", "2025-10-01/2025-10-07"),
        ("教师节前夕", "教师节", "2026-09-10"),
    ],
)
def test_fixed_holidays(text: str, span: str, canonical: str) -> None:
    [m] = find_dates(text, date(2026, 4, 28))
    assert (m.text, m.canonical) == (span, canonical)


@pytest.mark.parametrize("text", ["荣获全国五一劳动奖章", "张国庆说", "“八一”勋章获得者"])
def test_not_holidays(text: str) -> None:
    assert find_dates(text, date(2026, 4, 28)) == []


def test_when_the_day_refers_to_the_day_before() -> None:
    text = "3月12日，代表团抵达深圳。当天下午，代表团参观了企业。"
    found = find_dates(text, ISSUE)
    assert [(m.text, m.canonical, m.part_of_day) for m in found] == [
        ("3月12日", "2024-03-12", None),
        ("当天下午", "2024-03-12", "afternoon"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "本报讯 (记者 朱梦琪) 锻造新质生产力，武进马不停蹄。昨天，市委常委、区委书记乔俊杰带队赴深圳",
            date(2024, 3, 14),
        ),
        ("新华社北京3月13日电 国务院总理主持召开国务院常务会议", date(2024, 3, 13)),
        ("今年以来，全区经济稳中向好。3月10日，项目开工。", date(2024, 3, 10)),
        ("全区经济稳中向好，项目建设提速。", None),
        ("“今天，我终于有机会再次向你们表达一声‘感谢’！”3月12日，海军舰艇开放活动举行。", date(2024, 3, 12)),
        ("特别巡展日前在巴西拉开帷幕，将持续至6月22日。", None),  # a plan, not the event
        ("", None),
    ],
)
def test_event_date(text: str, expected: date | None) -> None:
    assert event_date(text, ISSUE) == expected


def test_event_date_reads_only_the_lead() -> None:
    text = "全区经济稳中向好，项目建设提速，各项指标持续向好。\n第二段：昨天，项目开工。"
    assert event_date(text, ISSUE) is None


def test_specimen_issue(seed_issue_text: str) -> None:
    found = find_dates(seed_issue_text, ISSUE)
    assert found[0].text == "昨天" and found[0].start_date == date(2024, 3, 14)
    assert all(seed_issue_text[m.start : m.end] == m.text for m in found)
