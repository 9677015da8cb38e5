"""The block labeler: an averaged perceptron over layout features, decoded left to right under layout constraints."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import compress
from operator import itemgetter
from pathlib import Path
from typing import NamedTuple

from etl.parse.blocks import Block, indented_layout
from etl.parse.features import BlockInfo, IssueStats, NeighbourCues, context_features, describe, issue_stats

# HS: first heading line of an article; HC: a further heading line; P: a paragraph starts;
# C: the block continues the previous paragraph (a page or column break); X: not article text (page header, byline).
LABELS = ("HS", "HC", "P", "C", "X")
_LABEL_INDEX = {lab: k for k, lab in enumerate(LABELS)}
WEIGHTS_PATH = Path(__file__).with_name("labeler_weights.json")
# Perceptron scores -> log-probabilities for the beam; fitted by eye on held-out issues.
_SCALE = 1.0


@dataclass(frozen=True, slots=True)
class Decision:
    """The label given to a block, its margin over the runner-up, and the features that weighed most."""

    label: str
    margin: float
    top: tuple[tuple[str, float], ...]


def allowed(prev: str | None, info: BlockInfo, has_body: bool, prev_open: bool = False) -> tuple[str, ...]:
    """Labels a block may take after ``prev``: the typesetting grammar the decoder never breaks.

    ``has_body`` tells whether the current article has a paragraph yet: an article never ends before its body,
    and a byline (or a clear signature) right under the headings is a byline, not text.  ``prev_open`` tells whether the
    previous block stopped on a comma.
    """
    if info.page:
        return ("X",)
    if prev in ("HS", "HC") and (info.byline or info.clear_signature):
        return ("X",)
    if prev in ("P", "C") and prev_open:
        # A paragraph never stops on a comma: the next block carries on the sentence.
        return ("C",)
    out = ["P", "X"]
    if has_body or prev is None:
        out.insert(0, "HS")
    if prev in ("HS", "HC"):
        out.append("HC")
    if prev in ("P", "C"):
        out.append("C")
    if prev is None:
        out.remove("P")
    return tuple(out)


def _paras_bucket(n: int) -> str:
    return str(n) if n < 3 else "3-5" if n < 6 else "6-11" if n < 12 else "12+"


_CROSS_PREV = ("end=", "len=", "p:end=", "bi=", "n:len=", "n:end=", "n:byline", "n:lead", "indent=", "signature", "gap")
_CROSS_PARAS = ("len=", "n:byline", "n:lead", "p:end=", "n:len=")


class _CrossedByPrev(dict[str, bool]):
    """Feature -> whether it is crossed with the previous label, worked out on first sight; the answer for the
    paragraph count goes to ``by_paras`` at the same time, so that dictionary never misses a feature seen here."""

    def __init__(self, by_paras: dict[str, bool]) -> None:
        super().__init__()
        self.by_paras = by_paras

    def __missing__(self, f: str) -> bool:
        self.by_paras[f] = f.startswith(_CROSS_PARAS)
        crossed = self[f] = f.startswith(_CROSS_PREV)
        return crossed


class CrossKinds:
    """Which decoder-state crosses each feature takes part in (the previous label, the paragraph count), worked out
    on first sight: a decoder asks about the same features block after block."""

    __slots__ = ("by_paras", "by_prev")

    def __init__(self) -> None:
        self.by_paras: dict[str, bool] = {}
        self.by_prev = _CrossedByPrev(self.by_paras)


def cross_cues(feats: Sequence[str], kinds: CrossKinds | None = None) -> tuple[list[str], list[str]]:
    """The cues crossed with the previous label, and those crossed with the paragraph count."""
    kinds = CrossKinds() if kinds is None else kinds
    # compress and map keep the per-feature work in C (a comprehension per cue list cost much of the decoder's time).
    by_prev = list(compress(feats, map(kinds.by_prev.__getitem__, feats)))  # fills by_paras for new features
    return by_prev, list(compress(feats, map(kinds.by_paras.__getitem__, feats)))


class _Prefixed(dict[str, str]):
    """Cue -> ``prefix`` + cue, made on first sight (the strings are shared, their hashes computed once)."""

    def __init__(self, prefix: str) -> None:
        super().__init__()
        self.prefix = prefix

    def __missing__(self, cue: str) -> str:
        crossed = self[cue] = self.prefix + cue
        return crossed


class StateCues(dict[str, _Prefixed]):
    """Prefix (a state, ``P|`` or ``np=3-5|``) -> its crossed cues: a decoder crosses the same few cues with the same
    few states block after block."""

    def __missing__(self, prefix: str) -> _Prefixed:
        crossed = self[prefix] = _Prefixed(prefix)
        return crossed


def state_features(
    prev: str | None,
    paras: int,
    feats: Sequence[str],
    cross: tuple[list[str], list[str]] | None = None,
    crossed: StateCues | None = None,
) -> list[str]:
    """The decoder's state as features: the previous label and how many paragraphs the article has, alone and
    crossed with the strongest layout cues (a one-paragraph article is rare, a long one ends sooner).  ``cross`` is
    ``cross_cues(feats)`` if already known; pass the same ``crossed`` for every block of an issue."""
    pl = prev or "BOS"
    pb = "np=" + _paras_bucket(paras)
    by_prev, by_paras = cross_cues(feats) if cross is None else cross
    crossed = StateCues() if crossed is None else crossed
    out = ["prev=" + pl, pb]
    out.extend(map(crossed[pl + "|"].__getitem__, by_prev))
    out.extend(map(crossed[pb + "|"].__getitem__, by_paras))
    return out


def label_features(prev: str | None, feats: Sequence[str], paras: int = 0) -> list[str]:
    """Context features plus the decoder's state."""
    return list(feats) + state_features(prev, paras, feats)


@cache
def load_weights(path: Path = WEIGHTS_PATH) -> dict[str, tuple[float, ...]]:
    """The trained weights (feature -> one weight per label); empty if none have been trained yet."""
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: tuple(v) for k, v in data["weights"].items()}


def score(weights: Mapping[str, Sequence[float]], feats: Sequence[str]) -> list[float]:
    """Summed weights per label (the lookups and sums run in C: this is much of the parser's time)."""
    found = list(filter(None, map(weights.get, feats)))
    if not found:
        return [0.0] * len(LABELS)
    return list(map(sum, zip(*found, strict=True)))


def block_infos(blocks: Sequence[Block]) -> list[BlockInfo]:
    indented_style = indented_layout(blocks)
    infos = [describe(b, indented_style) for b in blocks]
    for i in range(1, len(infos)):
        above = infos[i - 1]
        if (
            blocks[i].text[0] in "（("
            and not (above.page or above.byline or above.sentence_end or above.open_comma)
            and len(above.block.text) <= 40
        ):
            infos[i] = describe(blocks[i], indented_style, under_title=True)
    return infos


class _Hyp(NamedTuple):
    score: float
    prev: str | None
    has_body: bool
    paras: int
    open_comma: bool
    back: _Hyp | None
    label: str
    margin: float


def _advance(h: _Hyp, label: str, page: bool) -> tuple[str | None, bool, int]:
    prev = h.prev if page else label
    if label in ("HS", "HC"):
        return prev, False, 0
    if label in ("P", "C"):
        return prev, True, h.paras + (label == "P")
    return prev, h.has_body, h.paras


def label_blocks(
    blocks: Sequence[Block],
    weights: Mapping[str, Sequence[float]] | None = None,
    explain: bool = False,
    beam: int = 1,
    stats: IssueStats | None = None,
) -> list[Decision]:
    """A label for every block, left to right under the grammar, keeping the ``beam`` best label sequences.

    Each step's scores are normalised over the labels the grammar allows (log-softmax), so a sequence's score is
    the sum of its steps' log-probabilities.
    """
    weights = load_weights() if weights is None else weights
    infos = block_infos(blocks)
    stats = issue_stats(list(blocks)) if stats is None else stats
    hyps = [_Hyp(0.0, None, False, 0, False, None, "", 0.0)]
    all_feats: list[list[str]] = []
    cross_seen = CrossKinds()
    neighbours = NeighbourCues()
    crossed = StateCues()
    for i, info in enumerate(infos):
        ctx = context_features(infos, i, stats, neighbours)
        if explain:
            all_feats.append(ctx)
        static = score(weights, ctx)
        cross = cross_cues(ctx, cross_seen)
        # Candidates as (score, parent, label, raw score, the parent's raw scores ranked): a hypothesis is built only
        # for those the beam keeps, most are dropped.
        cands: list[tuple[float, _Hyp, str, float, list[float]]] = []
        for h in hyps:
            dyn = score(weights, state_features(h.prev, h.paras, ctx, cross, crossed))
            options = allowed(h.prev, info, h.has_body, h.open_comma)
            raw = {lab: static[_LABEL_INDEX[lab]] + dyn[_LABEL_INDEX[lab]] for lab in options}
            top = max(raw.values())
            log_z = top + math.log(sum(math.exp(_SCALE * (v - top)) for v in raw.values())) / _SCALE
            ranked = sorted(raw.values(), reverse=True)
            for lab, v in raw.items():
                cands.append((h.score + _SCALE * (v - log_z), h, lab, v, ranked))
        cands.sort(key=itemgetter(0), reverse=True)
        # Hypotheses in the same state can never overtake each other: keep the best of each.
        seen: set[tuple[str | None, bool, int]] = set()
        hyps = []
        for s, h, lab, v, ranked in cands:
            prev, has_body, paras = _advance(h, lab, info.page)
            key = (prev, has_body, min(paras, 12))
            if key in seen:
                continue
            seen.add(key)
            # A label the layout grammar imposes (the only option) is certain: infinite margin.
            margin = math.inf if len(ranked) == 1 else v - (ranked[1] if v == ranked[0] else ranked[0])
            open_comma = h.open_comma if info.page else info.open_comma
            hyps.append(_Hyp(s, prev, has_body, paras, open_comma, h, lab, margin))
            if len(hyps) == beam:
                break
    best: _Hyp | None = hyps[0]
    path: list[_Hyp] = []
    while best is not None and best.back is not None:
        path.append(best)
        best = best.back
    path.reverse()
    out: list[Decision] = []
    for i, h in enumerate(path):
        top_feats: tuple[tuple[str, float], ...] = ()
        if explain:
            k = LABELS.index(h.label)
            back = h.back
            feats = all_feats[i] + state_features(back.prev if back else None, back.paras if back else 0, all_feats[i])
            contrib = [(f, weights[f][k]) for f in feats if f in weights]
            top_feats = tuple(sorted(contrib, key=lambda x: -abs(x[1]))[:4])
        out.append(Decision(h.label, h.margin, top_feats))
    return out
