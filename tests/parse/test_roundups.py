"""Columns of news in brief are named for what they are; 微阅读 (world news in a few lines, on the international pages
of 2019-2020) and 数读 (figures, each over its caption) are such columns, and their items are one article."""

from __future__ import annotations

import pytest

from etl.parse.issue import _ROUNDUP_LABEL, parse_issue


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
