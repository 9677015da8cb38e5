"""Headings open articles and land in the right field; subheads, quotes and captions inside an article do not."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from etl.parse import explain_issue, parse_issue
from etl.parse.headings import assign_headings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "parse"


@pytest.fixture
def two_pages() -> str:
    return (FIXTURES / "two_pages.txt").read_text(encoding="utf-8")


@pytest.fixture
def subheads() -> str:
    return (FIXTURES / "subheads.txt").read_text(encoding="utf-8")


def test_kicker_headline_and_subtitle_each_in_its_field(two_pages: str) -> None:
    heads = [(a.kicker, a.headline, a.subtitle) for a in parse_issue(two_pages)]
    assert heads == [
        (None, "林下经济迈入系统推进新阶段（“十五五”开好局起好步）", None),
        ("立足资源优势、产业优势、区位优势——", "广西做实做强做优实体经济", None),
        (None, "雄安一季度外贸进出口总值205.5亿元", "——同比增长17.6倍"),
    ]


@pytest.mark.parametrize(
    "subhead", ["聚民心——", "溯源：在数字时代……", "如何走好网上群众路线？", "图为工作人员在线答复群众咨询。"]
)
def test_subheads_and_captions_stay_inside_their_article(subheads: str, subhead: str) -> None:
    articles = parse_issue(subheads)
    assert [a.headline for a in articles] == ["以网络群众路线汇聚奋进力量", "中国正成为全球汽车市场创新引擎"]
    assert subhead in articles[0].paragraphs


def test_last_article_does_not_swallow_the_next(subheads: str) -> None:
    first, second = parse_issue(subheads)
    assert first.paragraphs[-1] == "徐  阳摄"
    assert second.paragraphs == (
        "38万平方米总展览面积、181辆首发车型……作为全球汽车产业的风向标，第十九届北京国际汽车展览会24日开幕。",
    )


def test_byline_with_padded_names_under_the_headline(subheads: str) -> None:
    first = parse_issue(subheads)[0]
    assert first.byline == "本报记者  方  圆  刘佳华  李  蕊"
    assert [r.name for r in first.reporters] == ["方圆", "刘佳华", "李蕊"]


def test_explain_says_why_each_block_was_classified(subheads: str) -> None:
    report = explain_issue(subheads)
    entries = [line for line in report.splitlines() if re.match(r"^\s+\d+\s", line)]
    assert len(entries) == sum(1 for line in subheads.splitlines() if line.strip())
    assert "heading" in report and "byline" in report and "paragraph" in report
    assert "margin" in report


@pytest.mark.parametrize(
    ("lines", "fields"),
    [
        (["图片报道"], (None, "图片报道", None)),
        (["雄安外贸进出口总值205.5亿元", "—同比增长17.6倍"], (None, "雄安外贸进出口总值205.5亿元", "—同比增长17.6倍")),
        (
            ["雄安外贸进出口总值205.5亿元", "--同比增长17.6倍"],
            (None, "雄安外贸进出口总值205.5亿元", "--同比增长17.6倍"),
        ),
        (
            ["雄安一季度外贸进出口总值205.5亿元", "——同比增长17.6倍"],
            (None, "雄安一季度外贸进出口总值205.5亿元", "——同比增长17.6倍"),
        ),
        (
            ["中共中央办公厅国务院办公厅关于加强新就业群体服务管理的意见", "（二〇二五年十月二十九日）"],
            (None, "中共中央办公厅国务院办公厅关于加强新就业群体服务管理的意见", "（二〇二五年十月二十九日）"),
        ),
        (
            ["各地区各部门各单位扎实开展学习教育——", "学以致用求实效  动真碰硬解难题（树立和践行正确政绩观）"],
            ("各地区各部门各单位扎实开展学习教育——", "学以致用求实效  动真碰硬解难题（树立和践行正确政绩观）", None),
        ),
        (
            ["中消协发布“五一”消费提示：", "理性消费  谨防陷阱"],
            ("中消协发布“五一”消费提示：", "理性消费  谨防陷阱", None),
        ),
        (
            ["增强信心，保持经济韧性和活力（今日谈）", "本版编辑按语"],
            (None, "增强信心，保持经济韧性和活力（今日谈）", "本版编辑按语"),
        ),
        (
            ["广东阳江力争全年绿电装备进出口突破10亿元", "绿电清风，从这里吹向全球（“十五五”首季数据微视角）"],
            ("广东阳江力争全年绿电装备进出口突破10亿元", "绿电清风，从这里吹向全球（“十五五”首季数据微视角）", None),
        ),
        (
            ["中共中央政治局召开会议", "分析研究当前经济形势和经济工作", "中共中央总书记习近平主持会议"],
            ("中共中央政治局召开会议", "分析研究当前经济形势和经济工作", "中共中央总书记习近平主持会议"),
        ),
        # Malformed: four heading lines keep every word, the extra one in the kicker.
        (
            ["新春走基层", "黄山第十九任守松人胡晓春", "守护古树 喜迎新春", "——记黄山守松人"],
            ("新春走基层 黄山第十九任守松人胡晓春", "守护古树 喜迎新春", "——记黄山守松人"),
        ),
    ],
)
def test_heading_lines_go_to_kicker_headline_subtitle(lines: list[str], fields: tuple) -> None:
    assert assign_headings(lines) == fields
