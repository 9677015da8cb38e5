"""Page headers in the styles papers print: page number and name, and cross-references that are not headers."""

from __future__ import annotations

import pytest

from etl.parse.pages import PageHeader, parse_page_header


@pytest.mark.parametrize(
    ("line", "header"),
    [
        ("第02版：要闻", PageHeader(2, "要闻")),
        ("人民日报 2026年4月27日 第02版 要闻", PageHeader(2, "要闻")),
        ("第3版 要闻", PageHeader(3, "要闻")),
        ("第02版/要闻", PageHeader(2, "要闻")),
        ("第 2 版 国内新闻", PageHeader(2, "国内新闻")),
        ("第十二版：国际", PageHeader(12, "国际")),
        ("【第02版 要闻】", PageHeader(2, "要闻")),
        ("A03版：要闻", PageHeader(3, "要闻")),
        ("05版：经济", PageHeader(5, "经济")),
        ("2026年4月27日 星期一 第02版", PageHeader(2, None)),
        ("北京青年报 2026-04-27 第A05版：社会", PageHeader(5, "社会")),
        ("人民日报 2019年02月01日 第 02 版", PageHeader(2, None)),
        ("■第2版 综合新闻", PageHeader(2, "综合新闻")),
        ("版面：第03版 要闻", PageHeader(3, "要闻")),
        ("第3版（要闻）", PageHeader(3, "要闻")),
        ("第3版 | 国际", PageHeader(3, "国际")),
        ("A03 要闻", PageHeader(3, "要闻")),
        ("B2·财经", PageHeader(2, "财经")),
        # Other exports: brackets round the number alone, the name first, both labelled, a date after, rules drawn
        # round the header, the page count.
        ("【第02版】要闻", PageHeader(2, "要闻")),
        ("要闻 第02版", PageHeader(2, "要闻")),
        ("要闻·第2版", PageHeader(2, "要闻")),  # the name first, set off with a dot or a bar
        ("要闻 | 第2版", PageHeader(2, "要闻")),
        ("人民日报·第2版", PageHeader(2, None)),
        ("版次：A02 版名：要闻", PageHeader(2, "要闻")),
        ("第02版 要闻 2024-03-15", PageHeader(2, "要闻")),
        ("=== 第2版 要闻 ===", PageHeader(2, "要闻")),
        ("--- 第2版 ---", PageHeader(2, None)),
        ("第2版（共8版）", PageHeader(2, None)),
        ("人民日报 第2版", PageHeader(2, None)),
        # District papers: a bare number beside a page's name, and a line of furniture (date and the page's
        # editors) that names no page or names it among the credits.
        ("01 要闻", PageHeader(1, "要闻")),
        ("【A02】要闻", PageHeader(2, "要闻")),
        ("2026年04月27日 人民日报 第2版", PageHeader(2, None)),  # the date before the paper's name
        ("《武进日报》2024年3月15日 第2版", PageHeader(2, None)),
        ("人民日报海外版 2026年4月27日 第02版", PageHeader(2, None)),
        ("第2版 2024年3月15日", PageHeader(2, None)),  # the date after the number is no page name
        ("02｜综合新闻", PageHeader(2, "综合新闻")),
        ("2024年3月15日 星期五 编辑：王芳 版式：李强", PageHeader(None, None)),
        ("2024年3月15日 星期五 农历二月初六 责任编辑：王芳", PageHeader(None, None)),
        ("2024年3月15日 星期五 第1版 要闻 编辑：王芳", PageHeader(1, "要闻")),
        # The name bracketed or first, the page count after the name, P-numbers, 第N页 and a folio alone.
        ("【要闻】第2版", PageHeader(2, "要闻")),
        ("【读者来信】第7版", PageHeader(7, "读者来信")),
        ("【特别报道】第14版", PageHeader(14, "特别报道")),  # 报 inside a page name, not a paper's name
        ("第2版：要闻（共8版）", PageHeader(2, "要闻")),
        ("读者来信 7版", PageHeader(7, "读者来信")),
        ("科技·新知 6版", PageHeader(6, "科技·新知")),
        ("要闻 A2", PageHeader(2, "要闻")),
        ("P2 要闻", PageHeader(2, "要闻")),
        ("P06｜科技·新知", PageHeader(6, "科技·新知")),
        ("PAGE 3", PageHeader(3, None)),
        ("第2页 要闻", PageHeader(2, "要闻")),
        ("第2页：要闻", PageHeader(2, "要闻")),
        ("— 2 —", PageHeader(2, None)),
        ("-12-", PageHeader(12, None)),
        # A paper's name and the date before a page's letter and number; a bar, a slash, a trailing weekday.
        ("武进日报 2024.03.15 A02", PageHeader(2, None)),
        ("常州日报 2024年3月15日 星期五 A3 要闻", PageHeader(3, "要闻")),
        ("▌要闻 03", PageHeader(3, "要闻")),
        ("2024-03-15 A03 要闻", PageHeader(3, "要闻")),  # the date without the paper's name
        ("■ 要闻 ■ A2", PageHeader(2, "要闻")),
        ("第 2 版   要 闻", PageHeader(2, "要闻")),  # the page's name spaced out
        ("第12版 文 化 广 场", PageHeader(12, "文化广场")),
        ("A2/要闻", PageHeader(2, "要闻")),
        ("■第3版■要闻", PageHeader(3, "要闻")),
        ("第03版 要闻 2024年3月15日 星期五", PageHeader(3, "要闻")),
        # A rule across the column between two articles is page furniture.
        ("--------------------", PageHeader(None, None)),
        ("＝＝＝＝＝＝", PageHeader(None, None)),
        ("─ ─ ─ ─ ─", PageHeader(None, None)),
    ],
)
def test_page_header_gives_number_and_name(line: str, header: PageHeader) -> None:
    assert parse_page_header(line) == header


@pytest.mark.parametrize(
    "line",
    [
        "（相关报道见第四版）",
        "详见第三版",
        "（下转第二版）",
        "这一版面",
        "G20峰会",  # a letter and a number open headlines too: only A-D with a page name stand alone as a label
        "C919 首飞成功",
        "第二十六条  监狱应当保障罪犯在服刑期间依法享有的权利不受侵犯。",
        "01 让数据多跑路",  # a feature's numbered subhead: no page's name
        "5\u3000悬挂流苏",
        "本版编辑：赵敏  校对：钱红  组版：孙丽",  # the foot credits, text of the page's last article
        "编辑：王芳",
        "P3 新华社发",  # a photo credit, not a P-numbered page
        "P2",
        "城市 2",  # a number after a word that names no page, with no 版
        "【要闻】",
        "2-3",
        "* * *",  # a row of stars parts an essay: text
        "……",
        "——",
    ],
)
def test_cross_references_and_text_are_not_headers(line: str) -> None:
    assert parse_page_header(line) is None
