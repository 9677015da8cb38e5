"""A kicker and a title over a byline, after a whole report with no signed section in it and with none set like them
next on the page, open a report of their own (浙江持续完善…全链条生态 / 让青年愿意来，青春放光彩 / 本报记者  杨昊 after a
twenty-paragraph report, which the boundary model folded into it: People's Daily sets a feature's signed sections the
same way, but those come in a series)."""

from __future__ import annotations

from etl.parse.issue import _Draft, _lone_signed_report

_TEXT = [f"第{n}段，光伏园区里牧草长得好，羊群在板下吃草，牧民的收入一年比一年高。" for n in range(1, 13)]


def _report(paragraphs: list[str]) -> _Draft:
    d = _Draft(
        ["青海共和县建成超四百二十平方公里的光伏园区", "看，塔拉滩上的生态闭环"], 7, "生态", byline="本报记者  申少铁"
    )
    d.paragraphs = list(paragraphs)
    return d


def _candidate(headings: list[str], byline: str = "本报记者  杨昊") -> _Draft:
    d = _Draft(list(headings), 7, "生态", proposed=True)
    d.paragraphs = [byline, "烟火气升腾的老街上，饮食文化主题书店吸引南来北往的游客。"]
    return d


def _lone(prev: _Draft, d: _Draft, after: list[_Draft] | None = None) -> bool:
    return _lone_signed_report(prev, d, after or [])


HEADS = ["浙江持续完善青年成长、创业、安居、服务全链条生态", "让青年愿意来，青春放光彩"]


def test_a_signed_report_after_a_whole_report_stands_alone() -> None:
    assert _lone(_report(_TEXT), _candidate(HEADS))


def test_a_feature_section_does_not() -> None:
    # after a short intro (a feature's sections follow it) ...
    assert not _lone(_report(_TEXT[:3]), _candidate(HEADS))
    # ... with the next section set like it ...
    assert not _lone(_report(_TEXT), _candidate(HEADS), [_candidate(["江苏——", "一条街的新生"], "本报记者  王伟")])
    # ... after a text that already holds a signed section ...
    assert not _lone(_report([*_TEXT[:6], "本报记者  王伟", *_TEXT[6:]]), _candidate(HEADS))
    # ... or under an editor's sign-off closing the intro, which is no kicker.
    assert not _lone(_report(_TEXT), _candidate(["——编  者", "让青年愿意来，青春放光彩"]))


def test_one_heading_line_or_no_byline_is_left_to_the_model() -> None:
    assert not _lone(_report(_TEXT), _candidate(HEADS[1:]))
    assert not _lone(_report(_TEXT), _candidate(HEADS, "近年来，浙江出台一系列政策。"))
