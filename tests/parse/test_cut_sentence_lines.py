"""A short line with a full stop inside it that ends no sentence (今年是中国共产党成立105周年。本届电影节) is text cut by a
page break, never a heading line, whatever the block labeler read; a kicker that holds a sentence and ends on ——, or a
title that asks and answers, stays a heading.  (Whether the labeler reads such a line as a heading depends on the
whole page; the effect on whole issues is measured with the scorer: 2026 odd F1 0.9636 -> 0.9643.)"""

from __future__ import annotations

import pytest

from etl.parse.issue import _cut_sentence_line


@pytest.mark.parametrize(
    ("line", "cut"),
    [
        ("今年是中国共产党成立105周年。本届电影节", True),
        ("思路决定出路。立足资源禀赋，黑河大力发展寒地", True),
        ("表格过滥，问题不小。福建从小切口入手为基层干部减负——", False),  # a kicker: ends on ——
        ("“帮子女带娃可领补贴”？没依据！", False),  # asks and answers: a title
        ("见证城市、电影节与影迷之间的相互奔赴", False),
        ("“光荣属于劳动者。”", False),  # the stop closes a quote
        ("今年是中国共产党成立105周年。本届电影节如期举行。", False),  # ends a sentence: a paragraph already
    ],
)
def test_a_line_with_a_full_stop_inside(line: str, cut: bool) -> None:
    assert _cut_sentence_line(line) is cut
