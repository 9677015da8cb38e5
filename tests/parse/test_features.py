"""Issue statistics: the character-pair counts the labeler reads across a break are exact."""

from __future__ import annotations

from collections import Counter

import pytest

from etl.parse.blocks import split_blocks
from etl.parse.features import PairCounts, issue_stats

_TEXT = (
    "扛牢新\n\n一轮找矿突破战略行动的责任\n\n"
    "　　本报北京5月9日电  （记者刘志强）今年一季度，我国造船完工量同比增长46.0%。\n\n"
    "第02版：要闻\n\n新一轮找矿突破\n"
)


@pytest.mark.parametrize("pair", ["新一", "一轮", "找矿", "突破", "。\n", "\n第", "%。", "xy", "本报", "🀄一"])
def test_pair_counts_match_a_counter(pair: str) -> None:
    joined = "\n".join(b.text for b in split_blocks(_TEXT))
    counter = Counter(map(str.__add__, joined, joined[1:]))
    assert PairCounts(joined)[pair] == counter[pair]
    assert PairCounts(joined, [pair, "新一"])[pair] == counter[pair]


def test_issue_stats_count_characters_and_line_ends() -> None:
    stats = issue_stats(split_blocks(_TEXT))
    assert stats.bigrams["新一"] == 1  # 扛牢新 / 一轮: the pair cut by the break occurs whole in a later line
    assert stats.chars["新"] == 2
    assert stats.chars["龘"] == 0
    assert stats.starts["新"] == 1
    assert stats.ends["新"] == 1
