"""Sections of one feature are set alike: the boundary model sees when a candidate's headings repeat a section's."""

from __future__ import annotations

import pytest

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
