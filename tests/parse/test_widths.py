"""Half-width punctuation in Chinese text (锻造新质生产力,催生发展新动能) and full-width digits and letters (第０２版) are
read in the forms the parser's cues expect and given back as printed."""

from __future__ import annotations

import pytest

from etl.parse.issue import explain_issue, parse_issue
from etl.parse.widths import FULL_TO_ASCII, HALF_TO_FULL, reading_view
from etl.records import Article, Reporter

FULL_TO_HALF = str.maketrans({v: k for k, v in HALF_TO_FULL.items()})
ASCII_TO_FULL = str.maketrans({a: f for f, a in FULL_TO_ASCII.items()})

# A small issue in the specimen's style: two reports, each cut by a break inside a sentence.
ISSUE = """第02版：要闻

区政府召开第27次常务（扩大）会议

本报讯（记者 朱梦琪） 昨天，区长徐俊主持召开区政府第27次常务（扩大）会议，研究部署近期重点工作。

会议指出，要坚持稳中求进，统筹发展和安全，

推动经济持续回升向好。区领导朱慧峰、王伟参加会议。

区领导调研“ICT（信息与通信技术）”产业

本报讯（见习记者 万峰鸣 记者 张可馨） 昨天，区领导徐俊调研ICT（信息与通信技术）企业：要抢抓机遇；

加快发展新质生产力，增强发展动能。产值突破1,000亿元。
"""


@pytest.mark.parametrize(
    ("text", "view", "back"),
    [
        # a semicolon seen once is too few to say the paper prints it half-width: left as printed
        (
            "锻造新质生产力,催生发展新动能,武进马不停蹄;一路向前,不停步,不停留,不松劲。",
            "锻造新质生产力，催生发展新动能，武进马不停蹄;一路向前，不停步，不停留，不松劲。",
            {"，": ","},
        ),
        (
            "本报讯 (记者 朱梦琪) 甲(一),乙(二),丙(三),丁(四),戊,己。",
            "本报讯 （记者 朱梦琪） 甲（一），乙（二），丙（三），丁（四），戊，己。",
            {"，": ",", "（": "(", "）": ")"},
        ),
        (
            "产值突破1,000亿元，增长3.5%，第(1)项，比分3:2，ICT(信息)。",
            "产值突破1,000亿元，增长3.5%，第(1)项，比分3:2，ICT(信息)。",
            {},
        ),
        (
            "全篇全角，只有一处半角,其余都是全角，全角，全角，全角，全角。",
            "全篇全角，只有一处半角,其余都是全角，全角，全角，全角，全角。",
            {},
        ),
    ],
    ids=["commas-and-semicolon", "brackets-go-as-a-pair", "numbers-and-few-marks-left-alone", "mixed-read-as-printed"],
)
def test_reading_view(text: str, view: str, back: dict[str, str]) -> None:
    v = reading_view(text)
    assert v.text == view
    assert len(v.text) == len(text)
    assert v.back == back
    assert v.give_back(v.text) == text or not back


def test_give_back_reaches_every_string_of_an_article() -> None:
    v = reading_view("甲,乙,丙,丁,戊,己。")
    article = Article(
        1, "标题，副", ("一，二", "三"), kicker="引，题", byline="记者，甲", reporters=(Reporter("甲，", "记者"),)
    )
    back = v.give_back([article])[0]
    assert (back.headline, back.paragraphs, back.kicker, back.byline) == (
        "标题,副",
        ("一,二", "三"),
        "引,题",
        "记者,甲",
    )
    assert back.reporters[0].name == "甲,"


def test_an_issue_in_half_width_parses_as_it_does_in_full_width() -> None:
    full = parse_issue(ISSUE)
    half = parse_issue(ISSUE.translate(FULL_TO_HALF))
    assert [a.headline for a in full] == ["区政府召开第27次常务（扩大）会议", "区领导调研“ICT（信息与通信技术）”产业"]
    assert [r.name for r in full[1].reporters] == ["万峰鸣", "张可馨"]
    assert len(half) == len(full)
    for h, f in zip(half, full, strict=True):
        assert h.headline == f.headline.translate(FULL_TO_HALF)
        assert h.paragraphs == tuple(p.translate(FULL_TO_HALF) for p in f.paragraphs)
        assert h.reporters == f.reporters
        assert h.dateline == f.dateline


def test_explain_says_it_reads_half_width_and_shows_lines_as_printed() -> None:
    report = explain_issue(ISSUE.translate(FULL_TO_HALF))
    assert "half-width in Chinese text" in report
    assert "区政府召开第27次常务(扩大)会议" in report
    assert "half-width" not in explain_issue(ISSUE)


@pytest.mark.parametrize(
    ("text", "view", "back_keys"),
    [
        ("第０２版：要闻  ２０２６年４月２７日 星期一", "第02版：要闻  2026年4月27日 星期一", set("0123456789")),
        (
            "ＩＣＴ产业，第３届，Ａ股，５Ｇ基站，１２３",
            "ICT产业，第3届，A股，5G基站，123",
            set("0123456789") | set("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
        ),
        ("第０２版，2026年，第03版，2027年", "第０２版，2026年，第03版，2027年", set()),  # both forms: read as printed
    ],
    ids=["digits", "digits-and-capitals", "mixed-read-as-printed"],
)
def test_full_width_digits_and_letters_read_as_ascii(text: str, view: str, back_keys: set[str]) -> None:
    v = reading_view(text)
    assert v.text == view
    assert set(v.back) == back_keys
    assert v.give_back(v.text) == text


def test_an_issue_with_full_width_digits_parses_as_it_does_in_ascii() -> None:
    to_full = ASCII_TO_FULL
    full = parse_issue(ISSUE)
    wide = parse_issue(ISSUE.translate(to_full))
    assert [a.page for a in wide] == [a.page for a in full] == [2, 2]
    assert [(a.headline, a.paragraphs) for a in wide] == [
        (a.headline.translate(to_full), tuple(p.translate(to_full) for p in a.paragraphs)) for a in full
    ]
    assert "full-width (２０２６)" in explain_issue(ISSUE.translate(to_full))
