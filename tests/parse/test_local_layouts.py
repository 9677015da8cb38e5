"""A district paper's page in the forms local papers print: 本报讯 bylines with 见习记者 and 通讯员, a photo item with
its credit, a page break inside a sentence, and the page's credits at its foot."""

from __future__ import annotations

import pytest

from etl.parse.issue import _bracketed_byline_under, _Draft, parse_issue
from etl.parse.segments import Segment
from tests.parse.test_widths import FULL_TO_HALF

PAGE = """第02版：要闻

区政府召开第27次常务（扩大）会议

本报讯（记者 朱梦琪）昨天，区长徐俊主持召开区政府第27次常务（扩大）会议，研究部署近期重点工作。会议听取了全区一季度经济运行情况汇报。

会议指出，要坚持稳中求进工作总基调，统筹发展和

安全，推动经济持续回升向好。区领导朱慧峰、王伟参加会议。

太湖湾科创带再添新平台

本报讯（见习记者 万峰鸣 记者 张可馨）昨天上午，太湖湾科创带智能制造创新中心揭牌成立，首批入驻企业二十余家。

中心将围绕产业链关键环节开展联合攻关。

区人大常委会开展专题调研

本报讯 记者张可馨 通讯员刘洋 近日，区人大常委会组织部分代表围绕优化营商环境开展专题调研。

调研组指出，要持续优化服务，切实为企业纾困解难。

本版编辑：赵敏  校对：钱红  组版：孙丽
"""


def test_a_local_page_splits_into_its_reports() -> None:
    articles = parse_issue(PAGE)
    assert [a.headline for a in articles] == [
        "区政府召开第27次常务（扩大）会议",
        "太湖湾科创带再添新平台",
        "区人大常委会开展专题调研",
    ]
    assert [[(r.name, r.role) for r in a.reporters] for a in articles] == [
        [("朱梦琪", "记者")],
        [("万峰鸣", "见习记者"), ("张可馨", "记者")],
        [("张可馨", "记者"), ("刘洋", "通讯员")],
    ]
    assert {a.dateline for a in articles} == {"本报讯"}
    assert (
        articles[0].paragraphs[1]
        == "会议指出，要坚持稳中求进工作总基调，统筹发展和安全，推动经济持续回升向好。区领导朱慧峰、王伟参加会议。"
    )
    assert all(a.page == 2 and a.page_name == "要闻" for a in articles)


def test_the_credits_at_the_foot_of_the_last_page_close_its_last_report() -> None:
    # As People's Daily's truth keeps 本版责编：X: the last paragraph of the page's last article, never an article.
    articles = parse_issue(PAGE)
    assert articles[-1].paragraphs[-1] == "本版编辑：赵敏  校对：钱红  组版：孙丽"


def test_the_page_printed_with_half_width_marks_reads_the_same() -> None:
    to_half = FULL_TO_HALF
    full = parse_issue(PAGE)
    half = parse_issue(PAGE.translate(to_half))
    assert [(a.headline, a.paragraphs, a.reporters) for a in half] == [
        (a.headline.translate(to_half), tuple(p.translate(to_half) for p in a.paragraphs), a.reporters) for a in full
    ]


# Some district papers set the byline in brackets on a line of its own under the headline, with or without a page
# header, indentation or blank lines to help.
BRACKETED = """区安委会召开全体会议

（记者 张三 通讯员 李四）

3月14日，区安委会召开全体会议，部署下阶段安全生产工作。区委书记王五出席会议。

会议强调，要压实各方责任。

春耕备耕正当时

(见习记者 赵六)

眼下，各镇抢抓农时，全力保障春耕生产。

全区已投入农机1200台套。
"""


def test_a_bracketed_byline_under_the_headline_is_the_byline() -> None:
    articles = parse_issue(BRACKETED)
    assert [a.headline for a in articles] == ["区安委会召开全体会议", "春耕备耕正当时"]
    assert [a.subtitle for a in articles] == [None, None]
    assert [[(r.name, r.role) for r in a.reporters] for a in articles] == [
        [("张三", "记者"), ("李四", "通讯员")],
        [("赵六", "见习记者")],
    ]
    assert articles[1].paragraphs == ("眼下，各镇抢抓农时，全力保障春耕生产。", "全区已投入农机1200台套。")


def test_a_bracketed_credit_after_a_quote_stays_a_sign_off() -> None:
    # People's Daily closes a quoted speech with its compiler: (本报记者 X整理) under the ——attribution.
    text = (
        "群众的事无小事\n\n"
        "　　要把群众的急难愁盼放在心上，一件一件抓落实。\n\n"
        "　　——某省委书记日前在省委全会上说\n\n"
        "（本报记者 王伟整理）\n\n"
        "下好古建保护“绣花功夫”\n\n"
        "　　本报北京3月1日电（记者 刘洋）古建保护需要久久为功。\n"
    )
    articles = parse_issue(text)
    assert articles[0].reporters == ()
    assert articles[0].paragraphs[-1].endswith("（本报记者 王伟整理）")
    assert articles[1].headline == "下好古建保护“绣花功夫”"


# Some dumps set the dateline and byline on a line of their own, and no blank line anywhere.
LEAD_LINES = """区安委会召开全体会议
本报讯（记者 张三 通讯员 李四）
　　3月14日，区安委会召开全体会议，部署下阶段安全生产工作。区委书记王五出席会议。
　　会议强调，要压实各方责任。
春耕备耕正当时
本报讯 记者 赵六
　　眼下，各镇抢抓农时，全力保障春耕生产。
　　全区已投入农机1200台套。
"""


def test_a_dateline_and_byline_on_their_own_line_open_the_text() -> None:
    articles = parse_issue(LEAD_LINES)
    assert [(a.kicker, a.headline, a.subtitle) for a in articles] == [
        (None, "区安委会召开全体会议", None),
        (None, "春耕备耕正当时", None),
    ]
    assert [a.dateline for a in articles] == ["本报讯", "本报讯"]
    assert [[(r.name, r.role) for r in a.reporters] for a in articles] == [
        [("张三", "记者"), ("李四", "通讯员")],
        [("赵六", "记者")],
    ]
    assert articles[0].paragraphs[0].startswith("3月14日")


def test_a_photo_item_credits_its_photographer() -> None:
    text = "图片新闻\n\n　　3月14日，牛塘镇组织志愿者开展植树活动。　记者 张可馨 摄\n"
    [article] = parse_issue(text)
    assert [(r.name, r.role) for r in article.reporters] == [("张可馨", "摄影")]
    assert article.paragraphs[-1].endswith("记者 张可馨 摄")  # the credit stays in the caption, as printed


FEATURE_PAGE = """第05版：城事

老街巷里的新生活

文丨本报记者 王芳

清晨六点，青果巷的早点铺已经排起长队。老街改造完成后，居民和游客都多了起来。

街道负责人介绍，改造保留了原有的石板路和院落格局。

第06版：副刊

夜市里的烟火气

李强/文

华灯初上，夜市摊位次第亮起，小吃、文创、非遗手作吸引了不少年轻人。

摊主们说，今年的生意比去年好了不少。
"""


def test_bar_and_trailing_slash_credits_name_the_writers() -> None:
    # 丨 set as the bar (文丨本报记者 X) and the writer named before the slash (X/文), as feature pages credit.
    # (Without the page header between them the second title and its credit could as well be a signed section of
    # the first feature, as People's Daily sets them: the boundary model decides that, not the byline.)
    articles = parse_issue(FEATURE_PAGE)
    assert [a.headline for a in articles] == ["老街巷里的新生活", "夜市里的烟火气"]
    assert [[(r.name, r.role, r.affiliation) for r in a.reporters] for a in articles] == [
        [("王芳", "记者", "本报")],
        [("李强", "作者", None)],
    ]
    assert [len(a.paragraphs) for a in articles] == [2, 2]


def test_a_rule_drawn_between_reports_is_no_text_of_either() -> None:
    # E-paper dumps draw a rule across the column between two articles: layout, not a kicker of the next one.
    ruled = PAGE.replace("\n\n太湖湾科创带再添新平台", "\n\n--------------------\n\n太湖湾科创带再添新平台").replace(
        "\n\n区人大常委会开展专题调研", "\n\n==========\n\n区人大常委会开展专题调研"
    )
    articles = parse_issue(ruled)
    assert [(a.kicker, a.headline) for a in articles] == [(None, a.headline) for a in parse_issue(PAGE)]
    assert [a.paragraphs for a in articles] == [a.paragraphs for a in parse_issue(PAGE)]


def test_reporters_credited_at_the_close_of_the_text() -> None:
    # Many local papers open with 本报讯 alone and credit the reporters in brackets after the last sentence.
    closing = (
        PAGE.replace("本报讯（记者 朱梦琪）昨天", "本报讯 昨天")
        .replace("王伟参加会议。", "王伟参加会议。（记者 朱梦琪）")
        .replace("本报讯（见习记者 万峰鸣 记者 张可馨）昨天上午", "本报讯 昨天上午")
        .replace("开展联合攻关。", "开展联合攻关。（见习记者 万峰鸣 记者 张可馨）")
    )
    articles = parse_issue(closing)
    assert [a.headline for a in articles] == [a.headline for a in parse_issue(PAGE)]
    assert [[(r.name, r.role) for r in a.reporters] for a in articles] == [
        [("朱梦琪", "记者")],
        [("万峰鸣", "见习记者"), ("张可馨", "记者")],
        [("张可馨", "记者"), ("刘洋", "通讯员")],
    ]
    # The credit stays where it was printed, as the truth corpora keep a closing credit in the text.
    assert articles[0].paragraphs[-1].endswith("王伟参加会议。（记者 朱梦琪）")


@pytest.mark.parametrize(
    ("last", "under", "opens"),
    [
        ("会议强调，要压实各方责任。", "(见习记者 赵六)", True),
        ("会议强调，要压实各方责任。", "（记者 张三 通讯员 李四）", True),
        ("会议强调，要压实各方责任", "(见习记者 赵六)", False),  # the text above runs on
        ("会议强调，要压实各方责任。", "眼下，各镇抢抓农时。", False),  # no byline under the title
    ],
)
def test_a_title_over_a_bracketed_byline_after_a_finished_text(last: str, under: str, opens: bool) -> None:
    prev = _Draft(["区安委会召开全体会议"], 2, "要闻")
    prev.paragraphs = ["3月14日，区安委会召开全体会议。", last]
    seg = Segment(("春耕备耕正当时",), (under, "眼下，各镇抢抓农时，全力保障春耕生产。"), 2, False, False)
    assert _bracketed_byline_under(prev, seg) is opens
