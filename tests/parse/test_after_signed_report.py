"""A title over another writer's byline or bare name, after a whole report signed under its own headings, opens a
report of its own (稳舵驭舟显伟力 / 刘志强 after a report signed 本报记者  李心萍  邱超奕, which the boundary model folded
into it as a section): a feature's signed sections run under a title nobody signs."""

from __future__ import annotations

import pytest

from etl.parse.issue import _after_signed_report, _Draft, _names_under, _signed_news_report
from etl.records import Reporter

_TEXT = [f"第{n}段，港口集装箱吞吐量再创新高，远洋航线通达全球。" for n in range(1, 13)]


def _report(paragraphs: list[str], headings: list[str] | None = None, byline: str = "本报记者  李心萍") -> _Draft:
    d = _Draft(headings or ["经济实力大幅提升"], 10, "要闻", byline=byline, byline_block=True)
    d.reporters = (Reporter("李心萍", "记者", "本报"),)
    d.paragraphs = list(paragraphs)
    return d


def _candidate(headings: list[str], names: str) -> _Draft:
    d = _Draft(list(headings), 10, "要闻", proposed=True)
    d.paragraphs = [names, "东部沿海，超级大港星罗棋布，远洋航线通达全球。"]
    return d


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("刘志强", ("刘志强",)),
        ("阎  安", ("阎安",)),
        ("■本报记者 蒋雪鸿", ("蒋雪鸿",)),
        ("文/本报记者 王丹", ("王丹",)),
        ("本报记者 田先进 报道", ("田先进",)),
        ("记者手记", None),  # a box's label, not a reporter named 手记
        ("走向世界", None),  # four characters: a title, not a writer
        ("近年来，港口吞吐量持续增长。", None),
    ],
)
def test_the_names_under_the_headings(line: str, names: tuple[str, ...] | None) -> None:
    assert _names_under(_candidate(["稳舵驭舟显伟力"], line)) == names


@pytest.mark.parametrize(
    ("prev", "heads", "names", "after", "opens"),
    [
        # a whole signed report above, another writer under the title: a report of its own
        (_report(_TEXT), ["稳舵驭舟显伟力"], "刘志强", [], True),
        (_report(_TEXT), ["研究揭示极地甲烷释放新机制", "融水冲刷，可致甲烷快速溶解"], "文/本报记者 孙海天", [], True),
        # the same writer again: a section of the report
        (_report(_TEXT), ["破除政府采购隐性壁垒"], "本报记者  李心萍", [], False),
        # a signed section already in the text above: a feature's sections
        (_report([*_TEXT[:4], "本报记者  张天培", *_TEXT[4:]]), ["稳舵驭舟显伟力"], "刘志强", [], False),
        # a short text above, or one that stops mid-sentence
        (_report(_TEXT[:3]), ["稳舵驭舟显伟力"], "刘志强", [], False),
        (_report([*_TEXT, "从东部沿海到中原腹地"]), ["稳舵驭舟显伟力"], "刘志强", [], False),
        # more signed runs next on the page: a series, left to the model ...
        (
            _report(_TEXT),
            ["一个苹果显本色"],
            "本报记者  张  洋",
            [_candidate(["一次握手暖人心"], "本报记者  孟祥夫")],
            False,
        ),
        # ... unless the report above carries its column's name: reports in a row
        (
            _report(_TEXT, ["难忘于都河上的“桥”（记者手记）"], "孟  扬"),
            ["“我替爷爷讲长征”"],
            "文/本报记者 王丹",
            [_candidate(["一纸借粮证，七十九年鱼水情"], "本报记者 田先进 报道")],
            True,
        ),
    ],
)
def test_a_title_over_another_writer_after_a_signed_report(
    prev: _Draft, heads: list[str], names: str, after: list[_Draft], opens: bool
) -> None:
    assert _after_signed_report(prev, _candidate(heads, names), after) is opens


def test_an_unsigned_report_above_is_left_to_the_model() -> None:
    prev = _report(_TEXT)
    prev.byline, prev.reporters, prev.byline_block = None, (), False
    assert not _after_signed_report(prev, _candidate(["稳舵驭舟显伟力"], "刘志强"), [])


def _opened_by_the_boundary_step(byline: str, paragraphs: list[str]) -> _Draft:
    """A report the boundary step opened at short lines the labeler kept in a body: its byline is still its first
    paragraph (师傅，守艺，也破局 / 沈兆仁 / …, then 棉田“铁娘子” / 周华诚 on a page of signed essays)."""
    d = _Draft(["师傅，守艺，也破局"], 10, "要闻", proposed=True)
    d.paragraphs = [byline, *paragraphs]
    return d


@pytest.mark.parametrize(
    ("prev", "names", "opens"),
    [
        (_opened_by_the_boundary_step("沈兆仁", _TEXT), "周华诚", True),
        (_opened_by_the_boundary_step("■本报记者 任思 邓佳", _TEXT), "■本报记者 邓晨丽", True),
        # the same writer again, or a first line that names nobody: left to the model
        (_opened_by_the_boundary_step("沈兆仁", _TEXT), "沈兆仁", False),
        (_opened_by_the_boundary_step("第一段，港口集装箱吞吐量再创新高。", _TEXT), "周华诚", False),
    ],
)
def test_a_report_the_boundary_step_opened_is_signed_by_its_first_line(prev: _Draft, names: str, opens: bool) -> None:
    assert _after_signed_report(prev, _candidate(["棉田“铁娘子”"], names), []) is opens


@pytest.mark.parametrize(
    ("prev", "heads", "names", "opens"),
    [
        # news titles over a byline, after a report signed at its top: the next report down a district paper's page
        (_report(_TEXT[:2]), ["十四届全国人大常委会第二十三次会议在京闭幕"], "■本报记者 邓晨丽", True),
        (
            _opened_by_the_boundary_step("■本报记者 任思 邓佳", _TEXT[:2]),
            ["王沪宁会见捷克众议长"],
            "文/本报记者 周秀",
            True,
        ),
        # a title that reports no event: a feature's signed section, left to the model
        (_report(_TEXT[:2]), ["一个苹果显本色"], "本报记者  张  洋", False),
        # a bare name under the title is no byline line
        (_report(_TEXT[:2]), ["王沪宁会见捷克众议长"], "刘志强", False),
        # a report above that nobody signs at its top: a feature's sections run so
        (
            _opened_by_the_boundary_step("近年来，港口吞吐量持续增长。", _TEXT[:2]),
            ["王沪宁会见捷克众议长"],
            "文/本报记者 周秀",
            False,
        ),
        # ... unless it is a whole report with no subhead in it: a district page's next report (新闻联播 set as a
        # local paper, 2026-07-23: 电视专题片《世界义乌——……》今晚播出 / 文/本报记者 肖文 马霞英)
        (
            _opened_by_the_boundary_step("近年来，港口吞吐量持续增长。", _TEXT),
            ["电视专题片《世界义乌——习近平关心引领义乌发展》今晚播出"],
            "文/本报记者 肖文 马霞英",
            True,
        ),
        (
            _opened_by_the_boundary_step("近年来，港口吞吐量持续增长。", [*_TEXT[:6], "港口建设", *_TEXT[6:]]),
            ["电视专题片《世界义乌——习近平关心引领义乌发展》今晚播出"],
            "文/本报记者 肖文 马霞英",
            False,
        ),
    ],
)
def test_a_news_title_over_a_byline_after_a_signed_report(
    prev: _Draft, heads: list[str], names: str, opens: bool
) -> None:
    assert _signed_news_report(prev, _candidate(heads, names)) is opens
