"""Sections of one feature are set alike: the boundary model sees when a candidate's headings repeat a section's."""

from __future__ import annotations

import pytest

from etl.parse.issue import _Draft, _signed_section
from etl.parse.segments import Segment, _line_mark, _section_runs, series_features

# A series title over its first section (kicker —— and title, text, a bracketed sign-off), as printed.
SERIES = (
    "仪仗方队擎旗手郭凤通、涂李响、王子赫——",
    "手中的旗杆重千钧",
    "10月1日上午的天安门，旌旗猎猎、迎风招展。擎旗手高擎党旗、国旗、军旗，引领受阅徒步方队通过天安门。",
    "“高擎党旗引领受阅徒步方队通过天安门，我心中充满自豪。”",
    "（倪光辉、刘侃）",
)
# A law printed in full: its chapters are lines set with gaps.
LAW = (
    "第一章  总  则",
    "第一条  为了加强商标管理，保护商标专用权，制定本法。",
    "第二章  商标注册的申请",
    "第二十二条  商标注册申请人应当按规定的商品分类表填报使用商标的商品类别和商品名称。",
    "（新华社北京6月26日电）",
)
# A report whose text holds one short line between sentences.
REPORT = (
    "今年以来，各地优化完善消费品以旧换新政策，消费市场热度攀升。",
    "粮食生产稳",
    "截至6月18日，全国夏粮小麦收获进度已过96%。",
)


def _seg(headings: tuple[str, ...], paragraphs: tuple[str, ...] = ("正文。",)) -> Segment:
    return Segment(headings, paragraphs, 10, False, False)


@pytest.mark.parametrize(
    ("line", "mark"),
    [
        ("武警部队方队政委王谦——", "K"),
        ("——香港居民沈秀英的春运体验", "S"),
        ("王东峰代表（河北省委书记、省人大常委会主任）", "B"),
        ("第一章  总  则", "G"),
        ("“让人民放心，让世界安心”", "Q"),
        ("食艺", "T4"),
        ("展现新时代军人风采", "T12"),
        ("从发电装机容量超40亿千瓦看发展态势之稳", "T24"),
    ],
)
def test_line_marks(line: str, mark: str) -> None:
    assert _line_mark(line) == mark


def test_section_runs_find_the_first_section_at_the_start() -> None:
    assert _section_runs(SERIES, 2) == [(0, ("K", "T12"))]


@pytest.mark.parametrize(
    ("prev", "headings", "present", "absent"),
    [
        # The next section of the series: kicker —— and title, like the one the text opens on.
        (
            SERIES,
            ("武警部队方队政委王谦——", "展现新时代军人风采"),
            {"sib_in_prev", "sib_in_prev|KT", "sib_in_prev:at_start|KT", "signed_off|cur_not"},
            set(),
        ),
        # A report's headline after the series: set otherwise.
        (SERIES, ("国务院新闻办公室发表白皮书",), {"sib_in_prev:none|nh=1"}, {"sib_in_prev"}),
        # A headline with gaps after a law: a chapter line is set with gaps too, but that makes no section.
        (
            LAW,
            ("温州市南浦实验中学  创新初中科学教育  探索“学思用合一”育人路径",),
            {"sib_in_prev:none|nh=1"},
            {"sib_in_prev", "sib_in_prev|G"},
        ),
        # A lone plain title matches any short line of a text: no cue.
        (REPORT, ("从消费品以旧换新销售额超1万亿元看消费市场之活",), set(), {"sib_in_prev"}),
    ],
)
def test_series_features(prev: tuple[str, ...], headings: tuple[str, ...], present: set[str], absent: set[str]) -> None:
    feats = set(series_features(_seg(("走过天安门，我们无比自豪",), prev), _seg(headings), None))
    assert present <= feats
    assert not absent & feats


def test_a_plain_title_under_a_plain_headline_is_no_sibling() -> None:
    """An in-body subhead as long as the headline is not a sibling article (从四个新数据读懂上半年中国经济 / …)."""
    prev = _seg(("从四个新数据读懂上半年中国经济",), REPORT)
    feats = series_features(prev, _seg(("从消费品以旧换新销售额超1万亿元看消费市场之活",)), None)
    assert not any(f.startswith("as_prev") for f in feats)


def test_letters_in_a_row_are_siblings() -> None:
    prev = _seg(("安徽铜陵市\u00a0\u00a0吴传华", "防汛关键期别让“村村响”失声"))
    feats = series_features(prev, _seg(("湖北孝感市\u00a0\u00a0黄国清", "莫让斑马线雨天成“溜冰场”")), None)
    assert "as_prev|GT" in feats


# A feature's title over a short intro, then sections each under a byline (本报记者  X), none with a column's name.
INTRO = ("一句“回家过年”，牵动着亿万中国人最温馨的情愫。", "家在哪里，心就在哪里，团圆的幸福就在哪里。")


def _signed(headings: list[str], page: int = 4, proposed: bool = False) -> _Draft:
    d = _Draft(
        list(headings), page, "要闻", paragraphs=["正文第一段。", "正文第二段。"], head_ids=list(range(len(headings)))
    )
    d.byline_block, d.byline, d.proposed = not proposed, "本报记者  李  刚", proposed
    return d


@pytest.mark.parametrize(
    ("title", "intro", "first", "second", "folded"),
    [
        # 回家过年  团团圆圆（点赞新时代·流动中国·活力中国）: sections set as a title over ——a subtitle.
        (
            ["回家过年  团团圆圆（点赞新时代·流动中国·活力中国）"],
            INTRO,
            ["坐着高铁到九龙", "——香港居民沈秀英的春运体验"],
            ["搭上公交进山里", "——重庆丰都人冯小波的回家见闻"],
            True,
        ),
        # A title with its subtitle (——代表委员寄语两会) over an intro, sections under a title with gaps.
        (
            ["凝心聚力 稳住经济基本盘", "——代表委员寄语两会"],
            INTRO,
            ["交通先行\u00a0“大动脉”畅起来"],
            ["返岗复工\u00a0生产忙起来"],
            True,
        ),
        # The intro under its label and over the editor's signature.
        (
            ["走基层 看繁荣发展活力（新春走基层·特别报道）"],
            ("编者的话", "用扎实足迹走过田间地头，用鲜活笔触记录时代。", "——编  者"),
            ["跟随打工夫妇体验骑行返乡——", "春运路上有了更多暖色"],
            ["感受人才回乡创业的激情——", "用真情记录奋斗脚步"],
            True,
        ),
        # Reports in a row each with its own column's name stand alone (……（人民要论） / ……（思想纵横）).
        (
            ["庆祝中国共产党成立一百零五周年（特刊）"],
            INTRO,
            ["万水千山，最美中国道路（大地风华·初心的模样）"],
            ["一位以身许国的党员（大地风华·初心的模样）"],
            False,
        ),
        # A title set plainly (no column's name, no subtitle) heads a short piece of its own (大地端阳·诗情).
        (["大地端阳·诗情"], INTRO, ["爱国主义的伟大诗篇"], ["我家不吃十二红"], False),
        # The next report is set otherwise: the first one is no section.
        (
            ["海洋科技  守护蔚蓝（美丽中国）"],
            INTRO,
            ["全球首台20兆瓦海上风电机组在福建并网发电", "提升海洋资源利用效率"],
            ["荒漠化防治十项行业标准发布", "聚焦基础通用、调查监测、防治修复与资源利用", "又一行"],
            False,
        ),
    ],
)
def test_signed_sections_under_a_feature_title(
    title: list[str], intro: tuple[str, ...], first: list[str], second: list[str], folded: bool
) -> None:
    feature = _Draft(title, 4, "要闻", paragraphs=list(intro), head_ids=list(range(len(title))))
    assert _signed_section(feature, _signed(first), [_signed(second)]) is folded
    if folded:
        # Later sections go on while they are set alike.
        assert _signed_section(feature, _signed(second), [])
        assert not _signed_section(feature, _signed(["另一篇报道（记者观察）"]), [])


def test_a_signed_intro_heads_no_series() -> None:
    feature = _Draft(["回家过年  团团圆圆（点赞新时代）"], 4, "要闻", paragraphs=list(INTRO), head_ids=[0])
    feature.byline = "本报记者  王  珏"
    assert not _signed_section(feature, _signed(["坐着高铁到九龙", "——香港居民"]), [_signed(["搭上公交", "——重庆"])])


def test_a_page_break_ends_the_series() -> None:
    feature = _Draft(["回家过年  团团圆圆（点赞新时代）"], 4, "要闻", paragraphs=list(INTRO), head_ids=[0])
    first = _signed(["坐着高铁到九龙", "——香港居民沈秀英的春运体验"])
    assert not _signed_section(feature, first, [_signed(["搭上公交进山里", "——重庆丰都人"], page=5)])
