"""Documents in 《》: outermost titles, nesting, runs of titles and brackets left open by a page break."""

from __future__ import annotations

import pytest

from etl.entities.documents import find_documents

CASES: list[tuple[str, list[str]]] = [
    ("深入学习贯彻《中华人民共和国民法典》，", ["中华人民共和国民法典"]),
    (
        "依据《中国共产党纪律处分条例》《中华人民共和国监察法》等规定",
        ["中国共产党纪律处分条例", "中华人民共和国监察法"],
    ),
    ("通过了《关于修改〈中华人民共和国监狱法〉的决定》。", ["关于修改〈中华人民共和国监狱法〉的决定"]),
    (
        "印发《中直管理局示范落实〈党政机关厉行节约反对浪费条例〉具体措施》",
        ["中直管理局示范落实〈党政机关厉行节约反对浪费条例〉具体措施"],
    ),
    ("学习《关于《共产党宣言》的导读》一书", ["关于《共产党宣言》的导读"]),
    ("参观人群随着《跟着共产党走》《沂蒙山小调》等红色曲目", ["跟着共产党走", "沂蒙山小调"]),
    # a page break cut the first title: only the closed one counts
    ("依据《中华人民\n共和国宪法》和《立法法》", ["立法法"]),
    ("他说《 》不是书名，《》也不是", []),
    ("没有书名号的句子。", []),
    ("未闭合的《标题，后面还有很多字", []),
    ("写完《北斗星辰》《关键路径》", ["北斗星辰", "关键路径"]),
]


@pytest.mark.parametrize(("text", "titles"), CASES)
def test_finds_outermost_titles(text: str, titles: list[str]) -> None:
    found = find_documents(text)
    assert [m.canonical for m in found] == titles
    for m in found:
        assert m.type == "document"
        assert text[m.start : m.end] == m.text
        assert m.text == f"《{m.canonical}》"


def test_specimen_issue_offsets(seed_issue_text: str) -> None:
    for m in find_documents(seed_issue_text):
        assert seed_issue_text[m.start : m.end] == m.text
