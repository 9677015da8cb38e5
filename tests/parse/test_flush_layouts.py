"""Issues set flush (no indents) get the boundary model's cues twice, once as ``flush|cue``, so the model weighs a
short report's page apart from a feature's subheads; and a list entry cut by a break inside a document printed in
full (刘  源  重庆长安汽车股份有 / 限公司……) stays in the document."""

from __future__ import annotations

import pytest

from etl.parse.blocks import split_blocks
from etl.parse.issue import _LIST_ENTRY, Label, _boundary_cues, _Draft, _flush_layout, _inside_document, _segment


def _labels(text: str) -> list[Label]:
    return [Label(b, "paragraph", "", 0) for b in split_blocks(text)]


def test_an_issue_without_indents_is_flush() -> None:
    flush = "标题一行\n\n正文第一段，说了一件事。\n\n正文第二段，又说了一件事。\n"
    indented = "标题一行\n\n　　正文第一段，说了一件事。\n\n　　正文第二段，又说了一件事。\n"
    assert _flush_layout(_labels(flush))
    assert not _flush_layout(_labels(indented))


def test_flush_cues_are_added_for_every_cue() -> None:
    feats = ["bias", "np=1", "src=body|bias"]
    assert _boundary_cues(feats, False) == feats
    assert _boundary_cues(feats, True) == [*feats, "flush|bias", "flush|np=1", "flush|src=body|bias"]


@pytest.mark.parametrize(
    ("line", "entry"),
    [
        ("刘  源  重庆长安汽车股份有", True),
        ("韩  阳（女）  广西壮族自治区防城港市", True),
        ("黄桃翠（女，土家族）  重庆市农业科学院", True),
        ("风雨无阻  奋勇前行", False),  # a headline of two phrases
        ("本报记者  张天培", False),
    ],
)
def test_a_list_entry(line: str, entry: bool) -> None:
    assert bool(_LIST_ENTRY.match(line)) is entry


def test_a_list_entry_cut_by_a_break_stays_in_the_list() -> None:
    prev = _Draft(["全国优秀共产党员、全国优秀党务工作者和全国先进基层党组织名单"], 6, "要闻")
    prev.paragraphs = ["重庆", "梅  玫（女）  重庆市大渡口区人民检察院党组成员、副检察长、四级高级检察官"]
    d = _Draft(["刘  源  重庆长安汽车股份有", "限公司机电维修首席技能大师，重庆市总工会副主席（兼）"], 6, "要闻")
    d.paragraphs = ["黄桃翠（女，土家族）  重庆市农业科学院党委委员，油料作物研究所党支部书记", "四川"]
    assert _inside_document(prev, d, _segment(d))
    report = _Draft(["重庆长安汽车发布新车型", "限时优惠持续到月底"], 6, "要闻")
    report.paragraphs = ["长安汽车近日发布新车型，售价十万元起。", "新车型搭载新一代混合动力系统。"]
    assert not _inside_document(prev, report, _segment(report))


def test_a_list_runs_on_over_the_rest_of_an_entry() -> None:
    prev = _Draft(["全国优秀共产党员、全国优秀党务工作者和全国先进基层党组织名单"], 5, "要闻")
    prev.paragraphs = ["辽宁", "王  伟  武警部队辽宁省总队沈阳支队"]
    rest = _Draft(["指挥员、大队级正职"], 5, "要闻")
    rest.paragraphs = ["辽宁", "李  强  辽宁省沈阳市和平区南市场街道党工委书记"]
    assert _inside_document(prev, rest, _segment(rest))
    report = _Draft(["指挥员、大队级正职"], 5, "要闻")
    report.paragraphs = ["近日，武警部队召开表彰大会，对一批先进个人进行表彰。"]
    assert not _inside_document(prev, report, _segment(report))
