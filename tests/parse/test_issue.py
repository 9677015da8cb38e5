"""The specimen issue comes out as a reader sees it: four articles, their headlines, reporters and mended sentences."""

from __future__ import annotations

from etl.parse import explain_issue, parse_issue
from etl.records import Reporter

SPECIMEN_HEADLINES = [
    "乔俊杰带队赴深圳、东莞开展经贸交流活动",
    "省人大常委会来武进考察",
    "区政府召开第27次常务(扩大)会议",
    "我区召开太湖综合治理项目调度会",
]


def test_specimen_headlines(seed_issue_text: str) -> None:
    assert [a.headline for a in parse_issue(seed_issue_text)] == SPECIMEN_HEADLINES


def test_specimen_reporters(seed_issue_text: str) -> None:
    articles = parse_issue(seed_issue_text)
    assert [a.reporters for a in articles] == [
        (Reporter("朱梦琪", "记者", "本报"),),
        (Reporter("何新雨", "记者", "本报"),),
        (Reporter("万峰鸣", "见习记者", "本报"), Reporter("张可馨", "记者", "本报")),
        (Reporter("张可馨", "记者", "本报"),),
    ]


def test_specimen_explain_names_every_article(seed_issue_text: str) -> None:
    report = explain_issue(seed_issue_text)
    for headline in SPECIMEN_HEADLINES:
        assert headline in report
