"""Table tests of the rules changed for development batch 20 (real snippets, 新闻联播 2022-2026)."""

from __future__ import annotations

import pytest

from etl.entities.names import find_names

PERSON_CASES: list[tuple[str, str, tuple[str, ...]]] = [
    # a party's leader is a post (领导人), 前 kept as 原 is
    (
        "总统赫尔佐格完成了与议会各党派的协商，将授权前总理、利库德集团领导人内塔尼亚胡组建政府。",
        "内塔尼亚胡",
        ("前总理", "利库德集团领导人"),
    ),
    ("黎真主党领导人卡西姆13日称，该组织已为同以色列长期对抗做好准备。", "卡西姆", ("黎真主党领导人",)),
    # the leaders of party and state, as 区领导徐俊、朱慧峰
    (
        "党和国家领导人李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希，6日分别参加了审议和讨论。",
        "赵乐际",
        ("党和国家领导人",),
    ),
    # a member of a team sent out is a post of his own
    (
        "中央宣讲团成员、中央党史和文献研究院院长曲青山在中华全国供销合作总社作宣讲报告。",
        "曲青山",
        ("中央宣讲团成员", "中央党史和文献研究院院长"),
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), PERSON_CASES)
def test_person_and_titles(text: str, name: str, titles: tuple[str, ...]) -> None:
    persons = {m.text: m.titles for m in find_names(text) if m.type == "person"}
    assert persons.get(name) == titles


NAME_CASES: list[tuple[str, str, list[str]]] = []


@pytest.mark.parametrize(("text", "kind", "expected"), NAME_CASES)
def test_names_of_a_kind(text: str, kind: str, expected: list[str]) -> None:
    assert sorted({m.text for m in find_names(text) if m.type == kind}) == sorted(expected)
