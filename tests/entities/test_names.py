"""Names: people with their title chains, organizations and places in real news snippets."""

from __future__ import annotations

import pytest

from etl.entities.names import find_names

PERSON_CASES: list[tuple[str, str, tuple[str, ...]]] = [
    ("昨天，市委常委、区委书记乔俊杰带队赴深圳、东莞两地。", "乔俊杰", ("市委常委", "区委书记")),
    ("区领导徐俊、朱慧峰参加活动。", "徐俊", ("区领导",)),
    ("区领导徐俊、朱慧峰参加活动。", "朱慧峰", ("区领导",)),
    (
        "并与华龙国际核电技术有限公司总工程师、中广核集团“华龙一号”首席专家咸春宇就行业发展开展座谈",
        "咸春宇",
        ("华龙国际核电技术有限公司总工程师", "中广核集团“华龙一号”首席专家"),
    ),
    ("会议指出，各级各部门要深入贯彻落实习近平总书记考察江苏重要讲话精神", "习近平", ("总书记",)),
    ("昨天下午，区委副书记、区长恽淇丞主持召开区政府第27次常务(扩大)会议", "恽淇丞", ("区委副书记", "区长")),
    ("会前，省人大常委会副主任曲福田率省人大常委会环资城建工委来到我区", "曲福田", ("省人大常委会副主任",)),
    (
        "乔俊杰与华为科学家咨询委员会主任、战略研究院原院长徐文伟围绕“万亿之城再出发”开展座谈交流。",
        "徐文伟",
        ("华为科学家咨询委员会主任", "战略研究院原院长"),
    ),
]


@pytest.mark.parametrize(("text", "name", "titles"), PERSON_CASES)
def test_person_and_titles(text: str, name: str, titles: tuple[str, ...]) -> None:
    persons = {m.text: m for m in find_names(text) if m.type == "person"}
    assert name in persons
    assert persons[name].titles == titles


@pytest.mark.parametrize("text", ["", " ", "\n\n", "，。、", "abc 123", "（）“”", "\ufeff\u3000"])
def test_malformed_input_gives_no_mentions_and_no_error(text: str) -> None:
    assert [m for m in find_names(text) if m.type == "person"] == []


def test_offsets_index_the_input(seed_issue_text: str) -> None:
    for m in find_names(seed_issue_text):
        assert seed_issue_text[m.start : m.end] == m.text
