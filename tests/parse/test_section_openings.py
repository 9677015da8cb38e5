"""A feature's sections open alike (最高 / 珠穆朗玛峰国家级自然保护区——): a title over a line naming its subject."""

from __future__ import annotations

import pytest

from etl.parse.issue import _Draft, _repeats_opening

# A feature whose text opens on its first section: a short title, the subject's line set as a kicker, the text.
FEATURE = [
    "最高",
    "珠穆朗玛峰国家级自然保护区——",
    "站在海拔5200米的珠峰大本营，放眼望去，雪峰连绵。",
    "西藏自治区林草局数据显示，珠峰区域记录到多种野生动物。",
]


def _draft(headings: list[str], paragraphs: list[str], page: int = 5) -> _Draft:
    return _Draft(headings, page, None, paragraphs=paragraphs, head_ids=list(range(len(headings))))


@pytest.mark.parametrize(
    ("headings", "paragraphs", "page", "folds"),
    [
        # The next section, set like the first.
        (["最冷"], ["内蒙古大兴安岭汗马国家级自然保护区——", "冬季最低气温可达零下50摄氏度。"], 5, True),
        # A title of another size: another article's.
        (["全国林草系统持续推进自然保护地整合优化"], ["国家林草局——", "近日，国家林草局发布通知。"], 5, False),
        # The line under the title is text, not a subject's line.
        (["最冷"], ["冬季最低气温可达零下50摄氏度。", "保护区内生活着多种动物。"], 5, False),
        # On another page: another article.
        (["最冷"], ["内蒙古大兴安岭汗马国家级自然保护区——", "冬季最低气温可达零下50摄氏度。"], 6, False),
    ],
)
def test_repeats_opening(headings: list[str], paragraphs: list[str], page: int, folds: bool) -> None:
    prev = _draft(["我国自然保护区建设走过七十年"], FEATURE)
    assert _repeats_opening(prev, _draft(headings, paragraphs, page)) is folds


def test_a_report_over_a_report_is_no_section() -> None:
    report = _draft(["我国自然保护区建设走过七十年"], ["本报北京5月1日电  记者从国家林草局获悉，……。", "据介绍，……。"])
    assert not _repeats_opening(report, _draft(["最冷"], ["内蒙古大兴安岭汗马国家级自然保护区——", "正文。"]))
