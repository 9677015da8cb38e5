"""The tagger's runtime scoring (numpy) agrees with scoring its features one by one (what training sees)."""

from __future__ import annotations

import gzip
import pickle
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
def test_emission_matrix_equals_feature_by_feature_scores(text: str) -> None:
    weights = _weights(SAMPLES)
    model = tagger.model_from_data(pickle.loads(gzip.decompress(tagger.export_model(weights))))
    fast = tagger.emission_matrix(text, model).tolist()
    feats = tagger.static_features(text, skip_punct=True)
    slow = tagger.emissions(weights, feats)
    for f_row, s_row, fs in zip(fast, slow, feats, strict=True):
        if not fs:  # punctuation: fixed to O
            assert f_row[0] > max(f_row[1:])
            continue
        expected = [round(v * tagger._SCALE) for v in s_row]
        assert all(abs(a - b) <= len(fs) for a, b in zip(f_row, expected, strict=True))


def test_lines_are_scored_independently() -> None:
    weights = _weights(SAMPLES)
    model = tagger.model_from_data(pickle.loads(gzip.decompress(tagger.export_model(weights))))
    joined = tagger.emission_matrix("\n".join(SAMPLES[:2]), model)
    first = tagger.emission_matrix(SAMPLES[0], model)
    second = tagger.emission_matrix(SAMPLES[1], model)
    assert joined[: len(SAMPLES[0])].tolist() == first.tolist()
    assert joined[len(SAMPLES[0]) + 1 :].tolist() == second.tolist()
    assert joined[len(SAMPLES[0]), 0] == tagger._FORCED_O


def test_short_lines_are_padded_like_whole_texts() -> None:
    """The character templates see a line's own padding at its ends, never the next line's characters."""
    weights = _weights(SAMPLES + ["中", "美国", "a中b"])
    model = tagger.model_from_data(pickle.loads(gzip.decompress(tagger.export_model(weights))))
    lines = ["中", "美国", "", "a中b", "太湖"]
    joined = tagger.emission_matrix("\n".join(lines), model).tolist()
    at = 0
    for line in lines:
        assert joined[at : at + len(line)] == tagger.emission_matrix(line, model).tolist()
        at += len(line) + 1


def test_spans_from_bioes_tags() -> None:
    tags = [tagger.TAG_INDEX[t] for t in ("O", "B-PER", "E-PER", "S-LOC", "B-ORG", "I-ORG", "E-ORG", "O")]
    assert [(s.type, s.start, s.end) for s in tagger.spans_from_tags(tags)] == [
        ("PER", 1, 3),
        ("LOC", 3, 4),
        ("ORG", 4, 7),
    ]
