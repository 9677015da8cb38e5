"""Properties that hold for any input: no exception, bodies made of the input's characters in order, and every
mention's offsets pointing at its text.  `make fuzz` runs the same properties for much longer."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from etl.entities import extract_mentions
from etl.parse import parse_issue
from etl.parse.jumps import strip_jumps

ROOT = Path(__file__).resolve().parents[2]
SPECIMEN = (ROOT / "samples" / "raw" / "000_549d95c93c17b7b1.txt").read_text(encoding="utf-8")

settings.register_profile("default", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=3_000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

# Characters real issues are made of, weighted toward the layout that trips parsers: line breaks, blank lines,
# indentation, brackets, full-width punctuation, digits, bylines' words.
LAYOUT = ["\n", "\n\n", "\n\n\n", "　　", " ", "\r\n", "\t"]
PUNCT = list("，。！？；：、“”‘’（）()《》〈〉——…·-%.0123456789")
WORDS = [
    "本报讯",
    "记者",
    "见习记者",
    "通讯员",
    "新华社北京1月30日电",
    "第02版：要闻",
    "人民日报 2026年4月27日 第02版",
    "区委书记",
    "市委常委、",
    "乔俊杰",
    "太湖",
    "约100亿元",
    "昨天下午",
    "摄",
    "——",
    "（上接第一版）",
    "（下转第二版）",
    "(转3版)",
]
pieces = st.one_of(
    st.sampled_from(LAYOUT),
    st.sampled_from(PUNCT),
    st.sampled_from(WORDS),
    st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=12),
    st.text(min_size=1, max_size=5),  # anything at all, control characters and surrogates' neighbours included
)
issue_texts = st.one_of(
    st.lists(pieces, max_size=200).map("".join),
    # The specimen cut, spliced and re-broken: real structure in strange places.
    st.lists(st.tuples(st.integers(0, len(SPECIMEN)), st.integers(0, 400), st.sampled_from(LAYOUT)), max_size=20).map(
        lambda cuts: "".join(SPECIMEN[a : a + n] + sep for a, n, sep in cuts)
    ),
)


def is_subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(ch in it for ch in small)


@given(issue_texts)
@settings(suppress_health_check=[HealthCheck.too_slow])
def test_parser_never_raises_and_bodies_come_from_the_input_in_order(text: str) -> None:
    articles = parse_issue(text)
    seqs = [a.seq for a in articles]
    assert seqs == list(range(1, len(articles) + 1))
    stripped = "".join(text.split())
    if strip_jumps(text)[1]:
        # Text continued from another page is moved back to its article: the characters are the input's, and no
        # more of each than it has.
        have = Counter(stripped)
        for a in articles:
            assert not Counter("".join(a.body.split())) - have, (a.headline, a.body[:80])
        return
    for a in articles:
        body = "".join(a.body.split())
        assert is_subsequence(body, stripped), (a.headline, a.body[:80])


@given(issue_texts)
def test_extractor_never_raises_and_offsets_point_at_the_text(text: str) -> None:
    for m in extract_mentions(text):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.type in ("person", "organization", "place", "document", "amount", "date")
