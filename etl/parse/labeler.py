"""The block labeler: an averaged perceptron over layout features, decoded left to right under layout constraints."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from etl.parse.blocks import Block
from etl.parse.features import BlockInfo, context_features, describe, issue_stats

# HS: first heading line of an article; HC: a further heading line; P: a paragraph starts;
# C: the block continues the previous paragraph (a page or column break); X: not article text (page header, byline).
LABELS = ("HS", "HC", "P", "C", "X")
WEIGHTS_PATH = Path(__file__).with_name("labeler_weights.json")


@dataclass(frozen=True, slots=True)
class Decision:
    """The label given to a block, its margin over the runner-up, and the features that weighed most."""

    label: str
    margin: float
    top: tuple[tuple[str, float], ...]


def allowed(prev: str | None, info: BlockInfo, has_body: bool) -> tuple[str, ...]:
    """Labels a block may take after ``prev``: the typesetting grammar the decoder never breaks.

    ``has_body`` tells whether the current article has a paragraph yet: an article never ends before its body,
    and a byline or signature right under the headings is a byline, not text.
    """
    if info.page:
        return ("X",)
    if prev in ("HS", "HC") and info.byline:
        return ("X",)
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


def label_features(prev: str | None, feats: Sequence[str], paras: int = 0) -> list[str]:
    """Context features plus the decoder's state: the previous label and how many paragraphs the article has,
    alone and crossed with the strongest layout cues (a one-paragraph article is rare, a long one ends sooner)."""
    pl = prev or "BOS"
    pb = "np=" + _paras_bucket(paras)
    out = list(feats)
    out.append("prev=" + pl)
    out.append(pb)
    for f in feats:
        if f.startswith(("end=", "len=", "p:end=", "bi=", "n:len=", "n:end=", "n:byline", "n:lead", "indent=")):
            out.append(pl + "|" + f)
        if f.startswith(("len=", "n:byline", "n:lead", "p:end=", "n:len=")):
            out.append(pb + "|" + f)
    return out


@cache
def load_weights(path: Path = WEIGHTS_PATH) -> dict[str, tuple[float, ...]]:
    """The trained weights (feature -> one weight per label); empty if none have been trained yet."""
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: tuple(v) for k, v in data["weights"].items()}


def score(weights: Mapping[str, Sequence[float]], feats: Sequence[str]) -> list[float]:
    """Summed weights per label (unrolled: this loop is most of the parser's time)."""
    get = weights.get
    s0 = s1 = s2 = s3 = s4 = 0.0
    for f in feats:
        w = get(f)
        if w is not None:
            s0 += w[0]
            s1 += w[1]
            s2 += w[2]
            s3 += w[3]
            s4 += w[4]
    return [s0, s1, s2, s3, s4]


def block_infos(blocks: Sequence[Block]) -> list[BlockInfo]:
    indented_style = sum(b.indented for b in blocks) > len(blocks) * 0.3
    return [describe(b, indented_style) for b in blocks]


def label_blocks(blocks: Sequence[Block], weights: Mapping[str, Sequence[float]] | None = None,
                 explain: bool = False) -> list[Decision]:
    """A label for every block, left to right, each chosen among the labels the grammar allows."""
    weights = load_weights() if weights is None else weights
    infos = block_infos(blocks)
    stats = issue_stats(list(blocks))
    out: list[Decision] = []
    prev: str | None = None
    has_body = False
    paras = 0
    for i, info in enumerate(infos):
        feats = label_features(prev, context_features(infos, i, stats), paras)
        totals = score(weights, feats)
        options = allowed(prev, info, has_body)
        ranked = sorted(options, key=lambda lab: totals[LABELS.index(lab)], reverse=True)
        best = ranked[0]
        margin = totals[LABELS.index(best)] - (totals[LABELS.index(ranked[1])] if len(ranked) > 1 else 0.0)
        top: tuple[tuple[str, float], ...] = ()
        if explain:
            k = LABELS.index(best)
            contrib = [(f, weights[f][k]) for f in feats if f in weights]
            top = tuple(sorted(contrib, key=lambda x: -abs(x[1]))[:4])
        out.append(Decision(best, margin, top))
        if not info.page:
            prev = best
        if best in ("HS", "HC"):
            has_body = False
            paras = 0
        elif best in ("P", "C"):
            has_body = True
            paras += best == "P"
    return out
