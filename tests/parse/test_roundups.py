"""Columns of news in brief are named for what they are; 微阅读 (world news in a few lines, on the international pages
of 2019-2020) and 数读 (figures, each over its caption) are such columns, and their items are one article."""

from __future__ import annotations

import pytest

from etl.parse.issue import _ROUNDUP_LABEL, parse_issue
from tests.conftest import shared_path


@pytest.mark.parametrize(
    ("label", "column"),
    [
        ("环球扫描", True),
        ("八方速递", True),
        ("速览", True),
        ("微阅读", True),
        ("数读", True),
        ("延伸阅读", False),  # a box inside a report
        ("相关阅读", False),
        ("阅读", False),
    ],
)
def test_the_names_of_columns_of_news_in_brief(label: str, column: bool) -> None:
    assert bool(_ROUNDUP_LABEL.match(label)) is column


def test_a_micro_reading_column_is_one_article() -> None:
    text = (
        "德国将放宽移民限制应对技工短缺\n\n"
        "　　德国工商大会近日公布的一项调查显示，技工短缺是企业面临的最大风险。\n\n"
        "　　新法将于今年三月一日施行。\n\n"
        "　　（本报柏林电）\n\n"
        "微阅读\n\n"
        "研究显示珠峰地区植被有增加趋势\n\n"
        "　　英国埃克塞特大学日前发布一项研究说，珠穆朗玛峰地区的植被有增加趋势。\n\n"
        "　　（据新华社伦敦电  记者张家伟）\n\n"
        "澳大利亚经历百年来最炎热干旱的一年\n\n"
        "　　澳大利亚气象局近日发布报告说，2019年是澳大利亚年平均气温最高的一年。\n\n"
        "　　（据新华社悉尼电）\n"
    )
    report, column = parse_issue(text)
    assert report.headline == "德国将放宽移民限制应对技工短缺"
    assert column.headline == "微阅读"
    assert column.paragraphs[0] == "研究显示珠峰地区植被有增加趋势"
    assert "澳大利亚经历百年来最炎热干旱的一年" in column.paragraphs


def test_a_column_name_read_as_the_last_line_of_the_report_before_opens_the_column() -> None:
    # The labeler read 环球扫描 as a last paragraph of the report above it; it is the column's name, and the column
    # holds its items (a speaker's kicker and title, a dateline, the next item's title) as its text.
    text = (
        "刚果（金）埃博拉疫情持续扩散\n\n国际和地区组织呼吁非洲各国共同行动控制疫情蔓延\n\n本报记者  黄炜鑫\n\n"
        "世界卫生组织日前表示，刚果（金）和乌干达出现的埃博拉疫情构成国际关注的突发公共卫生事件。\n\n"
        "世卫组织已部署应急力量与刚果（金）卫生部门共同开展疫情应对工作，向疫情严重的地区运送物资。\n\n"
        "非洲疾控中心呼吁非洲各国共同采取行动，全力控制疫情蔓延。\n\n"
        "环球扫描\n\n伊朗总统——\n\n准备向世界保证，伊朗不寻求拥有核武器\n\n"
        "新华社德黑兰5月24日电  据伊朗学生新闻网24日报道，伊朗总统佩泽希齐扬当天表示，伊朗不寻求拥有核武器。\n\n"
        "美国在委内瑞拉举行军事演练\n\n"
        "据新华社加拉加斯5月23日电  （记者许咏政）美国军方23日在委内瑞拉首都加拉加斯举行军事演练。\n"
    )
    report, column = parse_issue(text)
    assert report.paragraphs[-1] == "非洲疾控中心呼吁非洲各国共同采取行动，全力控制疫情蔓延。"
    assert [r.name for r in report.reporters] == ["黄炜鑫"]
    assert (column.kicker, column.headline) == (None, "环球扫描")
    assert column.paragraphs[:2] == ("伊朗总统——", "准备向世界保证，伊朗不寻求拥有核武器")
    assert "美国在委内瑞拉举行军事演练" in column.paragraphs


def test_a_column_name_inside_a_report_opens_the_column() -> None:
    # 微阅读 inside a feature's text (……是短期的。 / 微阅读 / 联合国预计2020年全球经济萎缩3.2% / ……), in a whole issue:
    # the feature ends before it, and the column holds the three items, each closed by its agency credit.
    path = shared_path("corpus", "rmrb2019_dev", "rmrb_20200515.txt")
    articles = parse_issue(path.read_text(encoding="utf-8"))
    (column,) = [a for a in articles if a.headline == "微阅读"]
    assert "微阅读" not in articles[articles.index(column) - 1].paragraphs
    assert sum(p.startswith("（据新华社") for p in column.paragraphs) == 3


def test_a_pages_guide_after_a_finished_text_is_a_box_of_its_own() -> None:
    # 导读 read as a paragraph of the report above: it opens the page's guide, whose lines are its text.
    text = (
        "书写大国长剑新荣光\n\n本报记者  张  三\n\n"
        "深山铸剑，征途如虹。走进座座军营，处处奔涌着生机与力量。\n\n"
        "站在新的起点，火箭军广大官兵把使命扛在肩上，把胜战刻在心中。\n\n"
        "导读\n\n理论·《习近平谈治国理政》第一至五卷通读\n\n文化·让文物活起来\n\n国际·共建“一带一路”走深走实\n"
    )
    report, guide = parse_issue(text)
    assert report.paragraphs[-1].startswith("站在新的起点")
    assert guide.headline == "导读"
    assert guide.paragraphs == (
        "理论·《习近平谈治国理政》第一至五卷通读",
        "文化·让文物活起来",
        "国际·共建“一带一路”走深走实",
    )


def test_a_guides_page_references_in_an_issue_without_page_headers_are_its_text() -> None:
    # No page header anywhere: 第九版, 第十版, 第十一版 a few lines apart are the guide's references, not pages 9-11, and
    # the report after the guide's last page opens an article of its own, on no page.
    text = (
        "《习近平党建文选》第一卷、第二卷出版发行\n\n"
        "新华社北京6月23日电  中共中央党史和文献研究院编辑的《习近平党建文选》第一卷、第二卷，近日由中央文献出版社出版。\n\n"
        "导读\n\n理论\n\n深刻认识习近平党建思想的特殊重要地位\n\n第九版\n\n"
        "庆祝中国共产党成立105周年特别报道\n\n经济实力大幅提升\n\n第十版\n\n高质量发展迈出新步伐\n\n第十一版\n\n"
        "首架C909公务机投入商业运营\n\n"
        "本报上海6月23日电  （记者张三）首架C909公务机23日在上海交付，投入商业运营。\n"
    )
    report, guide, news = parse_issue(text)
    assert guide.headline == "导读"
    assert guide.paragraphs[-1] == "第十一版"
    assert len(guide.paragraphs) == 8
    assert news.headline == "首架C909公务机投入商业运营"
    assert [a.page for a in (report, guide, news)] == [None, None, None]
