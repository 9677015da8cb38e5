"""The short-reports set: 新闻联播 transcripts read into reports and briefs, and typeset as a district paper's pages."""

from __future__ import annotations

import random
from datetime import date

from benchmarks.short_reports import PER_PAGE, as_gold, read_items
from benchmarks.unseen import Layout, render_issue
from etl.parse.issue import parse_issue

TRANSCRIPT = """# 《新闻联播》 (20260801)

## 新闻摘要

1.我国现代化水网建设提速；

## 详细新闻

### 我国现代化水网建设提速

<p><strong>央视网消息</strong>（新闻联播）：记者从水利部了解到，今年以来，我国全力加快现代化水网建设。&nbsp;</p><p>1至6月，全国实施水利项目3.3万个。</p>

[查看原文](https://tv.cctv.com/2026/08/01/x.shtml)

### 国内联播快讯

<p><strong>央视网消息</strong>（新闻联播）：</p><p><strong>水利部发布《中国节约用水报告2025》</strong></p><p>水利部日前发布《中国节约用水报告2025》。</p><p><strong>穗深城际全线贯通</strong></p><p>穗深城际今天全线贯通。</p>

[查看原文](https://tv.cctv.com/2026/08/01/y.shtml)
"""


def test_reports_and_briefs_are_read_from_a_transcript() -> None:
    assert read_items(TRANSCRIPT) == [
        (
            "我国现代化水网建设提速",
            ["记者从水利部了解到，今年以来，我国全力加快现代化水网建设。", "1至6月，全国实施水利项目3.3万个。"],
        ),
        ("水利部发布《中国节约用水报告2025》", ["水利部日前发布《中国节约用水报告2025》。"]),
        ("穗深城际全线贯通", ["穗深城际今天全线贯通。"]),
    ]


def test_reports_fill_pages_of_eight() -> None:
    gold = as_gold(read_items(TRANSCRIPT) * 4, random.Random(1))
    assert [g["page_no"] for g in gold] == ["01"] * PER_PAGE + ["02"] * 4
    assert all(g["byline"] is None for g in gold if len(g["paragraphs"]) == 1)


def test_a_page_of_bylined_reports_parses_back() -> None:
    # Reports with a byline each: the form the specimen prints, which the parser must get whole.
    items = [(f"第{k}条新闻的标题在这里", [f"第{k}条新闻的第一段写在这里。", "第二段也在这里。"]) for k in range(1, 6)]
    gold = as_gold(items, random.Random(3))
    for g in gold:
        g["byline"] = "本报记者  王伟"
    layout = Layout("第{n:02d}版：{name}", (4,), 0.0, False, "utf-8", False)
    text, truth = render_issue(date(2026, 8, 1), gold, layout, random.Random(3))
    articles = parse_issue(text)
    assert [a.headline for a in articles] == [t["headline"] for t in truth]
    assert [[r.name for r in a.reporters] for a in articles] == [["王伟"]] * 5
