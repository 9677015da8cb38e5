"""Jump lines: an article continued on a later page is joined back into one article, the markers taken out."""

from __future__ import annotations

import pytest

from etl.parse.issue import parse_issue
from etl.parse.jumps import Jump, strip_jumps

ISSUE = """2024年3月15日 星期五 编辑：王芳 版式：李强

01 要闻

区委常委会召开会议

本报讯（记者 张三）3月14日，区委书记王五主持召开区委常委会会议，传达学习全国两会精神，研究部署我区贯彻落实工作。

会议强调，要把学习贯彻全国两会精神作为当前和今后一个时期的重要政治任务，（下转第二版）

简讯

■本报讯（记者 赵六）近日，区市场监管局开展春季食品安全专项检查，检查经营主体120家。

■本报讯（通讯员 钱七）3月13日，区图书馆举办读书分享会，50余名市民参加。

2024年3月15日 星期五 编辑：刘洋

02 综合

（上接第一版）结合实际抓好落实，推动各项工作取得新成效。区领导孙八、周九参加会议。

我区启动春季植树活动

本报讯（记者 吴十）3月12日，我区在江滨公园启动春季义务植树活动，300余名干部群众参加。
"""


def test_a_jumped_article_is_one_article_again() -> None:
    articles = parse_issue(ISSUE)
    assert [(a.page, a.page_name, a.headline) for a in articles] == [
        (1, "要闻", "区委常委会召开会议"),
        (1, "要闻", "简讯"),
        (2, "综合", "我区启动春季植树活动"),
    ]
    assert articles[0].paragraphs[-1] == (
        "会议强调，要把学习贯彻全国两会精神作为当前和今后一个时期的重要政治任务，结合实际抓好落实，推动各项工作取得"
        "新成效。区领导孙八、周九参加会议。"
    )
    assert "转" not in articles[1].body and "上接" not in articles[1].body
    assert [r.name for r in articles[1].reporters] == ["赵六"]  # a bullet before 本报讯 is decoration


def test_a_jump_that_ends_a_sentence_keeps_the_paragraph_end() -> None:
    text = ISSUE.replace("重要政治任务，（下转第二版）", "重要政治任务。（下转第二版）")
    articles = parse_issue(text)
    assert articles[0].paragraphs[-2:] == (
        "会议强调，要把学习贯彻全国两会精神作为当前和今后一个时期的重要政治任务。",
        "结合实际抓好落实，推动各项工作取得新成效。区领导孙八、周九参加会议。",
    )


@pytest.mark.parametrize(
    ("line", "jump"),
    [
        ("工作取得新成效，（下转第二版）", Jump(True, 2, "工作取得新成效，。")),
        ("工作取得新成效，(转2版)", Jump(True, 2, "工作取得新成效，。")),
        ("工作取得新成效（下转A3版）", Jump(True, 3, "工作取得新成效。")),
        ("（上接第一版）结合实际抓好落实", Jump(False, 1, "结合实际抓好落实")),
        ("(紧接1版) 结合实际", Jump(False, 1, "结合实际")),
    ],
)
def test_jump_markers(line: str, jump: Jump) -> None:
    _, jumps = strip_jumps(line)
    assert jumps == [jump]


@pytest.mark.parametrize(
    "line", ["（相关报道见第四版）", "转第二版的报道", "记者从区交通局获悉，公交线路（接驳线）调整。"]
)
def test_references_are_no_jumps(line: str) -> None:
    assert strip_jumps(line) == (line, [])
