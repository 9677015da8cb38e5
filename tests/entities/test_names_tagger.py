"""The tagger's fast scoring path agrees exactly with scoring its features one by one (what training sees)."""

from __future__ import annotations

import random

import pytest

from etl.entities import tagger

SAMPLES = [
    "市委常委、区委书记乔俊杰带队赴深圳、东莞两地。",
    "华龙国际核电技术有限公司总工程师、中广核集团“华龙一号”首席专家咸春宇",
    "联合国人权高专办代理局长马塞拉·法弗雷托强调，abc 123。",
    "太湖",
]


def _weights(texts: list[str]) -> dict[str, dict[int, float]]:
    rng = random.Random(7)
    weights: dict[str, dict[int, float]] = {}
    for text in texts:
        for feats in tagger.static_features(text):
            for f in feats:
                weights.setdefault(f, {t: round(rng.uniform(-3, 3), 3) for t in rng.sample(range(13), 3)})
    return weights


@pytest.mark.parametrize("text", SAMPLES)
def test_fast_emissions_equal_feature_by_feature_scores(text: str) -> None:
    weights = _weights(SAMPLES)
    fast = tagger.fast_emissions(text, tagger.fast_tables(weights))
    slow = tagger.emissions(weights, tagger.static_features(text, skip_punct=True))
    for f_row, s_row, feats in zip(fast, slow, tagger.static_features(text, skip_punct=True), strict=True):
        if not feats:  # punctuation: fixed to O
            assert f_row[0] > max(f_row[1:])
            continue
        expected = [round(v * tagger._SCALE) for v in s_row]
        got = [v - tagger._FAST_HALF for v in f_row]
        assert all(abs(a - b) <= len(feats) for a, b in zip(got, expected, strict=True))


def test_spans_from_bioes_tags() -> None:
    tags = [tagger.TAG_INDEX[t] for t in ("O", "B-PER", "E-PER", "S-LOC", "B-ORG", "I-ORG", "E-ORG", "O")]
    assert [(s.type, s.start, s.end) for s in tagger.spans_from_tags(tags)] == [
        ("PER", 1, 3),
        ("LOC", 3, 4),
        ("ORG", 4, 7),
    ]
