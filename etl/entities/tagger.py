"""Character-level averaged-perceptron tagger (BIOES, Viterbi) for PER/LOC/ORG spans, in pure Python."""

from __future__ import annotations

import gzip
import os
import pickle
import sys
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import repeat
from operator import add
from pathlib import Path
from typing import Any

import numpy as np
import rjieba

from etl.entities.lexicons import ORG_SUFFIX_SET, PLACE_SUFFIX_CHARS, known_org_names, place_names
from etl.entities.surnames import COMPOUND_SURNAMES, SINGLE_SURNAMES
from etl.entities.titles import TITLE_HEADS

TYPES = ("PER", "LOC", "ORG")
TAGS: tuple[str, ...] = ("O",) + tuple(f"{p}-{t}" for t in TYPES for p in "BIES")
TAG_INDEX = {t: i for i, t in enumerate(TAGS)}
MODEL_RESOURCE = "data/ner_model.pkl.gz"  # built by scripts/train_ner.py (export_model)

# Characters that transliterated foreign names are made of (斯, 尔, 克 ...): one feature, many names.
TRANSLIT_CHARS = frozenset(
    "阿埃艾爱安奥巴拜班邦贝本比彼毕波伯博布查达戴丹德迪蒂丁东杜多俄厄恩尔法菲费芬弗福夫盖冈戈格古哈海汉豪赫"
    "霍基吉加贾杰金卡凯坎康科克肯库拉莱赖兰朗劳勒雷里利莉琳林隆卢鲁伦罗洛马麦曼梅蒙米缅明莫姆穆纳奈南内尼涅纽"
    "努诺欧帕佩蓬皮普奇契乔丘萨塞桑瑟森沙舍什斯索苏塔泰坦特提汀图托瓦威韦维温沃乌西希谢辛休雅亚扬耶伊因英尤"
    "约泽扎詹兹佐"
)
_TITLE_SET = frozenset(TITLE_HEADS)
_MAX_TITLE = max(len(h) for h in TITLE_HEADS)
_ORG_SUFFIX_MAX = max(len(s) for s in ORG_SUFFIX_SET)
_TITLE_LAST = frozenset(h[-1] for h in TITLE_HEADS)
_SPARSE_CHARS = SINGLE_SURNAMES | PLACE_SUFFIX_CHARS | frozenset(s[-1] for s in ORG_SUFFIX_SET)
_COMPOUND_FIRST = frozenset(s[0] for s in COMPOUND_SURNAMES)
_ORG_LAST = frozenset(s[-1] for s in ORG_SUFFIX_SET)


@dataclass(frozen=True, slots=True)
class Span:
    """A typed span the tagger found (end exclusive)."""

    type: str
    start: int
    end: int


def _char_class(ch: str) -> str:
    if "\u4e00" <= ch <= "\u9fff":
        return "H"
    if ch.isdigit():
        return "D"
    if ch.isascii() and ch.isalpha():
        return "L"
    if ch in "·•・":
        return "M"
    if ch.isspace():
        return "S"
    return "P"


def _allowed_next(prev: str) -> tuple[int, ...]:
    if prev[0] in "BI":
        t = prev[2:]
        return (TAG_INDEX[f"I-{t}"], TAG_INDEX[f"E-{t}"])
    return tuple(i for i, tag in enumerate(TAGS) if tag[0] in "OBS")


ALLOWED: tuple[tuple[int, ...], ...] = tuple(_allowed_next(t) for t in TAGS)


@cache
def _prefix_index(names: frozenset[str]) -> dict[str, tuple[int, ...]]:
    """First two characters of each name -> the lengths of names starting with them, longest first."""
    index: dict[str, set[int]] = {}
    for name in names:
        if len(name) >= 2:
            index.setdefault(name[:2], set()).add(len(name))
    return {k: tuple(sorted(v, reverse=True)) for k, v in index.items()}


def _match_marks(text: str, names: frozenset[str], prefix: str, marks: list[list[str]]) -> None:
    """Mark each character covered by the longest dictionary match starting at a position (B/M/E)."""
    index = _prefix_index(names)
    n = len(text)
    for i in range(n - 1):
        lengths = index.get(text[i : i + 2])
        if not lengths:
            continue
        best = 0
        for k in lengths:
            if i + k <= n and text[i : i + k] in names:
                best = k
                break
        if best:
            marks[i].append(prefix + "B")
            for j in range(i + 1, i + best - 1):
                marks[j].append(prefix + "M")
            marks[i + best - 1].append(prefix + "E")
            if i + best < n:
                marks[i + best].append(prefix + "after")


@dataclass(frozen=True, slots=True)
class _Base:
    pad: str
    cls: str
    tokinfo: list[str]
    tokword: list[str]
    tr: str
    marks: list[list[str]]

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter((self.pad, self.cls, self.tokinfo, self.tokword, self.tr, self.marks))


@cache
def _char_class_cached(ch: str) -> str:
    return _char_class(ch)


@cache
def _translit_flag(ch: str) -> str:
    return "1" if ch in TRANSLIT_CHARS else "0"


def _base(text: str, tagged: list[tuple[str, str]] | None = None) -> _Base:
    """Per-character inputs of the features: padded text, classes, segmenter tags, dictionary marks."""
    n = len(text)
    pad = "\x02\x02" + text + "\x03\x03"
    cls = "SS" + "".join(map(_char_class_cached, text)) + "SS"
    tokinfo: list[str] = []
    tokword: list[str] = []
    for word, pos in rjieba.tag(text) if tagged is None else tagged:
        L = len(word)
        if L == 1:
            tokinfo.append(pos + "S")
        else:
            tokinfo.append(pos + "B")
            tokinfo.extend([pos + "M"] * (L - 2))
            tokinfo.append(pos + "E")
        tokword.extend([word if L <= 6 else ""] * L)
    tr = "".join(map(_translit_flag, pad))
    marks: list[list[str]] = [[] for _ in range(n)]
    _match_marks(text, place_names(), "pl", marks)
    _match_marks(text, known_org_names(), "og", marks)
    return _Base(pad, cls, tokinfo, tokword, tr, marks)


def static_features(text: str, skip_punct: bool = False) -> list[list[str]]:
    """For each character, the features that do not depend on predicted tags.

    With ``skip_punct`` punctuation and spaces (never inside a name here) get no features: the decoder fixes them to O.
    """
    n = len(text)
    pad, cls, tokinfo, tokword, tr, marks = _base(text)
    feats: list[list[str]] = []
    for i in range(n):
        j = i + 2
        if skip_punct and cls[j] in "PS":
            feats.append([])
            continue
        c0 = pad[j]
        cm1 = pad[j - 1]
        cp1 = pad[j + 1]
        f = [
            "b",
            "c0" + c0,
            "c-1" + cm1,
            "c1" + cp1,
            "c-2" + pad[j - 2],
            "c2" + pad[j + 2],
            "c-1c0" + cm1 + c0,
            "c0c1" + c0 + cp1,
            "c-2c-1" + pad[j - 2] + cm1,
            "c1c2" + cp1 + pad[j + 2],
            "c-1c1" + cm1 + cp1,
            "k" + cls[j - 1 : j + 2],
            "t" + tokinfo[i],
            "tc" + tokinfo[i] + c0,
            "tw" + tokword[i],
            "tp" + (tokinfo[i - 1] if i else "^") + "|" + tokinfo[i],
            "tn" + tokinfo[i] + "|" + (tokinfo[i + 1] if i + 1 < n else "$"),
        ]
        f.append("tr" + tr[j - 1 : j + 2])
        f.append("c-2c-1c0" + pad[j - 2] + cm1 + c0)
        f.append("c0c1c2" + c0 + cp1 + pad[j + 2])
        if c0 in SINGLE_SURNAMES:
            f.append("sn1")
        if pad[j : j + 2] in COMPOUND_SURNAMES:
            f.append("sn2")
        if cm1 in _TITLE_LAST:
            for k in range(min(_MAX_TITLE, i), 0, -1):
                if text[i - k : i] in _TITLE_SET:
                    f.append("title<")
                    f.append("title<" + cls[j])
                    break
        if c0 in PLACE_SUFFIX_CHARS:
            f.append("plsuf")
        if c0 in _ORG_LAST:
            for k in range(min(_ORG_SUFFIX_MAX, i + 1), 0, -1):
                if text[i + 1 - k : i + 1] in ORG_SUFFIX_SET:
                    f.append("orgsuf" + str(min(k, 3)))
                    break
        for m in marks[i]:
            f.append(m)
            f.append(m + tokinfo[i])
        feats.append(f)
    return feats


def _scores(weights: dict[str, dict[int, float]], feats: Iterable[str]) -> list[float]:
    s = [0.0] * len(TAGS)
    for f in feats:
        w = weights.get(f)
        if w:
            for t, v in w.items():
                s[t] += v
    return s


def decode(weights: dict[str, dict[int, float]], feats: list[list[str]]) -> list[int]:
    """Greedy left-to-right tags, constrained to well-formed BIOES."""
    tags: list[int] = []
    prev, prev2 = 0, 0
    for f in feats:
        dyn = ("p" + TAGS[prev], "pp" + TAGS[prev2] + TAGS[prev], "pc" + TAGS[prev] + f[1])
        s = _scores(weights, f)
        for d in dyn:
            w = weights.get(d)
            if w:
                for t, v in w.items():
                    s[t] += v
        allowed = ALLOWED[prev]
        best = max(allowed, key=s.__getitem__)
        tags.append(best)
        prev2, prev = prev, best
    # close a span left open at the end
    if tags and TAGS[tags[-1]][0] in "BI":
        t = TAGS[tags[-1]][2:]
        tags[-1] = TAG_INDEX[("S-" if TAGS[tags[-1]][0] == "B" else "E-") + t]
    return tags


PREV_ALLOWED: tuple[tuple[int, ...], ...] = tuple(
    tuple(p for p in range(len(TAGS)) if t in ALLOWED[p]) for t in range(len(TAGS))
)
_START_ALLOWED = ALLOWED[0]
_O_MARGIN = 4.0


def transitions(weights: dict[str, dict[int, float]]) -> list[list[float]]:
    """Transition scores [previous][next] from the ``T<tag>`` features."""
    out = [[0.0] * len(TAGS) for _ in TAGS]
    for p, tag in enumerate(TAGS):
        for t, v in weights.get("T" + tag, {}).items():
            out[p][t] = v
    return out


def emissions(weights: dict[str, dict[int, float]], feats: list[list[str]]) -> list[list[float]]:
    return [_scores(weights, f) for f in feats]


def viterbi(em: list[list[float]], trans: list[list[float]], margin: float | None = _O_MARGIN) -> list[int]:
    """Best well-formed BIOES path; stretches where O wins by ``margin`` are fixed to O (exact enough, fast)."""
    n = len(em)
    tags = [0] * n
    if margin is None:
        _viterbi_span(em, trans, 0, n, tags)
        return tags
    i = 0
    while i < n:
        e = em[i]
        if e[0] - max(e[1:]) >= margin:
            i += 1
            continue
        j = i
        while j < n and em[j][0] - max(em[j][1:]) < margin:
            j += 1
        _viterbi_span(em, trans, i, j, tags)
        i = j
    return tags


def _links(trans: list[list[float]]) -> list[list[tuple[int, float]]]:
    """For each tag, the tags allowed before it with the transition score, in ``PREV_ALLOWED`` order."""
    return [[(p, trans[p][t]) for p in PREV_ALLOWED[t]] for t in range(len(TAGS))]


def _viterbi_span(
    em: list[list[float]],
    trans: list[list[float]],
    start: int,
    end: int,
    out: list[int],
    links: list[list[tuple[int, float]]] | None = None,
) -> None:
    """Viterbi over positions [start, end), entered from and left to O."""
    if links is None:
        links = _links(trans)
    neg = -1e18
    score = [neg] * len(TAGS)
    e0 = em[start]
    for t in _START_ALLOWED:
        score[t] = e0[t] + trans[0][t]
    back: list[list[int]] = []
    for i in range(start + 1, end):
        e = em[i]
        new: list[float] = []
        bp: list[int] = []
        for t, pairs in enumerate(links):
            best, arg = neg, 0
            for p, tr in pairs:
                v = score[p] + tr
                if v > best:
                    best, arg = v, p
            new.append(best + e[t])
            bp.append(arg)
        score = new
        back.append(bp)
    # must end in a closed tag (O, E, S) before the O that follows
    last = max(_START_ALLOWED_PREV, key=lambda t: score[t] + trans[t][0])
    path = [last]
    for bp in reversed(back):
        path.append(bp[path[-1]])
    path.reverse()
    out[start:end] = path


_START_ALLOWED_PREV = tuple(p for p in range(len(TAGS)) if 0 in ALLOWED[p])


def dynamic_features(prev: int, prev2: int, c0_feature: str) -> tuple[str, str, str]:
    return ("p" + TAGS[prev], "pp" + TAGS[prev2] + TAGS[prev], "pc" + TAGS[prev] + c0_feature)


def spans_from_tags(tags: list[int]) -> list[Span]:
    out: list[Span] = []
    start = -1
    for i, ti in enumerate(tags):
        tag = TAGS[ti]
        if tag[0] == "S":
            out.append(Span(tag[2:], i, i + 1))
            start = -1
        elif tag[0] == "B":
            start = i
        elif tag[0] == "E" and start >= 0:
            out.append(Span(tag[2:], start, i + 1))
            start = -1
    return out


# Runtime scoring: each template's weights are an int16 matrix (fixed point, weights x 16, one row per feature value,
# row 0 all zeros for an unseen value) and a dict from the value to its row; a text's emission scores are, template by
# template, one C-level dict lookup per character and one numpy gather over the whole text.
_SCALE = 16.0
_FORCED_O = 30000  # punctuation, spaces and line breaks: O leads by far more than any margin

# Templates whose key is a prefix and a per-character value; the runtime keys them by the value alone.
_TEMPLATES = (
    "c0",
    "c-1",
    "c1",
    "c-2",
    "c2",
    "c-1c0",
    "c0c1",
    "c-2c-1",
    "c1c2",
    "c-1c1",
    "k",
    "t",
    "tc",
    "tw",
    "tp",
    "tn",
    "tr",
    "c-2c-1c0",
    "c0c1c2",
)
_REST = ""  # the table of every other feature (bias, surname, title, suffix and dictionary marks), keyed in full


def split_tables(weights: dict[str, dict[int, float]]) -> dict[str, dict[str, list[int]]]:
    """Weights split per template (keyed by the value after the template's prefix), ``""`` holding the rest, as
    fixed-point rows of the 13 tag weights."""
    tables: dict[str, dict[str, list[int]]] = {t: {} for t in (*_TEMPLATES, _REST)}
    for f, d in weights.items():
        if f.startswith("__") or f.startswith("T") and f[1:] in TAG_INDEX:
            continue
        row = [0] * len(TAGS)
        for t, w in d.items():
            row[t] = max(-32767, min(32767, round(w * _SCALE)))
        if any(row):
            t = _template_of(f)
            if t is None:
                tables[_REST][f] = row
            else:
                tables[t][f[len(t) :]] = row
    return tables


def export_model(weights: dict[str, dict[int, float]]) -> bytes:
    """The shipped model: per-template keys and int16 weight matrices, transitions and the Viterbi-skip margin,
    pickled, gzipped."""
    margin = weights.get("__margin__", {}).get(0)
    packed: dict[str, tuple[Any, bytes]] = {}
    for t, table in split_tables(weights).items():
        if t in _CHAR_TEMPLATES:
            codes = sorted((_char_key(k), k) for k in table)
            keys: Any = np.array([c for c, _ in codes], dtype="<i8").tobytes()
            order = [k for _, k in codes]
        else:
            keys = order = sorted(table)
        rows = array("h", [v for k in order for v in table[k]])
        if sys.byteorder != "little":
            rows.byteswap()
        packed[t] = (keys, rows.tobytes())
    data = {
        "format": _FORMAT,
        "tables": packed,
        "trans": transitions(weights),
        "margin": None if margin is None else margin * _SCALE,
    }
    return gzip.compress(pickle.dumps(data, protocol=5), 9)


_FORMAT = 5  # per-template keys + little-endian int16 matrices (5: character templates keyed by packed code points)
# Every step into O costs this much (weight units): the perceptron favours precision, and on the held-out fifth of
# PD example.dev (a model trained on the rest) a bias of 8 moved F1 from 0.741 to 0.750 (4: 0.746, 12: 0.743); with
# the later models and rules, the whole extractor on that fifth scored best at 4 (two models: 0.797 and 0.798 at 4,
# 0.792 and 0.794 at 8, 0.789 and 0.802 at 0).
O_BIAS = 4.0


class ModelFormatError(RuntimeError):
    """The shipped model file was written for another packing than this code reads."""


@dataclass(frozen=True, slots=True)
class Model:
    """The runtime model: per template a value -> row dict and its weight matrix, transitions (scaled), O margin."""

    rows: dict[str, dict[str, int]]
    weights: dict[str, np.ndarray]
    trans: list[list[float]]
    margin: float | None
    codes: dict[str, np.ndarray]  # character templates: sorted packed code points, row k + 1 of the matrix each
    links: list[list[tuple[int, float]]]  # Viterbi: each tag's allowed previous tags and transition scores


def model_from_data(data: dict[str, Any]) -> Model:
    if data.get("format") != _FORMAT:
        raise ModelFormatError(f"{MODEL_RESOURCE}: format {data.get('format')}, expected {_FORMAT}: re-export it")
    rows: dict[str, dict[str, int]] = {}
    codes: dict[str, np.ndarray] = {}
    mats: dict[str, np.ndarray] = {}
    for t, (keys, raw) in data["tables"].items():
        if t in _CHAR_TEMPLATES:
            codes[t] = np.frombuffer(keys, dtype="<i8").astype(np.int64)
            size = len(codes[t])
        else:
            rows[t] = dict(zip(keys, range(1, len(keys) + 1), strict=True))
            size = len(keys)
        mat = np.zeros((size + 1, len(TAGS)), dtype=np.int16)
        mat[1:] = np.frombuffer(raw, dtype="<i2").reshape(size, len(TAGS))
        mats[t] = mat
    trans = [[(v - (O_BIAS if t == 0 else 0.0)) * _SCALE for t, v in enumerate(row)] for row in data["trans"]]
    return Model(rows, mats, trans, data["margin"], codes, _links(trans))


# Character templates (c-1c0 ...): the offsets of their characters. Their values are looked up as packed code points
# (21 bits a character) with one vectorised binary search per template instead of a dict lookup per character.
_CHAR_TEMPLATES: dict[str, tuple[int, ...]] = {
    "c0": (0,),
    "c-1": (-1,),
    "c1": (1,),
    "c-2": (-2,),
    "c2": (2,),
    "c-1c0": (-1, 0),
    "c0c1": (0, 1),
    "c-2c-1": (-2, -1),
    "c1c2": (1, 2),
    "c-1c1": (-1, 1),
    "c-2c-1c0": (-2, -1, 0),
    "c0c1c2": (0, 1, 2),
}
_DICT_TEMPLATES = tuple(t for t in _TEMPLATES if t not in _CHAR_TEMPLATES)


def _char_key(value: str) -> int:
    key = 0
    for ch in value:
        key = (key << 21) | ord(ch)
    return key


def _neighbour_codes(text: str) -> dict[int, np.ndarray]:
    """Code points of each character's neighbours at offsets -2..2 within its line, the padding (\x02 before, \x03
    after) where the line ends, as ``_base`` pads each line."""
    n = len(text)
    code = np.frombuffer(text.encode("utf-32-le"), dtype="<u4").astype(np.int64)
    idx = np.arange(n)
    newline = code == 10
    line_start = np.maximum.accumulate(np.where(newline, idx + 1, 0))
    line_end = np.minimum.accumulate(np.where(newline, idx, n)[::-1])[::-1]
    out = {0: code}
    for d in (1, 2):
        before = np.full(n, 2, dtype=np.int64)
        before[d:] = code[:-d]
        out[-d] = np.where(idx - d >= line_start, before, 2)
        after = np.full(n, 3, dtype=np.int64)
        after[:-d] = code[d:]
        out[d] = np.where(idx + d < line_end, after, 3)
    return out


def _char_rows(keys: np.ndarray, query: np.ndarray) -> np.ndarray:
    """Row of each packed value in a template's sorted keys (0 where the model never saw it)."""
    if not len(keys):
        return np.zeros(len(query), dtype=np.intp)
    pos = np.searchsorted(keys, query)
    np.minimum(pos, len(keys) - 1, out=pos)
    return np.where(keys[pos] == query, pos + 1, 0)


@cache
def load_model() -> Model | None:
    """The trained model shipped in the package (or the file ``NER_MODEL_PATH`` names, for development), or None
    when it has not been built."""
    override = os.environ.get("NER_MODEL_PATH")
    if override:
        return model_from_data(pickle.loads(gzip.decompress(Path(override).read_bytes())))
    res = resources.files("etl.entities").joinpath(MODEL_RESOURCE)
    if not res.is_file():
        return None
    with res.open("rb") as fh:
        return model_from_data(pickle.loads(gzip.decompress(fh.read())))


def _template_of(feature: str) -> str | None:
    """Which template produced ``feature`` (the longest template prefix consistent with its value's shape)."""
    if feature.startswith("title<"):
        return None
    best = None
    for t in _TEMPLATES:
        if feature.startswith(t) and _value_ok(t, feature[len(t) :]) and (best is None or len(t) > len(best)):
            best = t
    return best


def _value_ok(template: str, value: str) -> bool:
    if template.startswith("c"):
        return len(value) == template.count("c")
    if template in ("k", "tr"):
        return len(value) == 3
    if template in ("tp", "tn"):
        return "|" in value
    if template == "tc":
        return len(value) >= 3
    return True


def _line_values(
    text: str,
    tagged: list[tuple[str, str]] | None,
    out: dict[str, list[str]],
    sparse: tuple[list[int], list[str]],
    offset: int,
) -> None:
    """Append the template values of every character of one line to ``out`` and its sparse features to
    ``sparse`` (positions counted from ``offset``, features)."""
    n = len(text)
    pad, cls, tokinfo, tokword, tr, marks = _base(text, tagged)
    c0 = pad[2 : n + 2]
    cm1 = pad[1 : n + 1]
    tprev = ["^", *tokinfo[:-1]]
    tnext = [*tokinfo[1:], "$"]
    bar = repeat("|")
    # (the character templates are looked up from code points in emission_matrix)
    out["k"].extend(map(add, map(add, cls[1 : n + 1], cls[2 : n + 2]), cls[3 : n + 3]))
    out["t"].extend(tokinfo)
    out["tc"].extend(map(add, tokinfo, c0))
    out["tw"].extend(tokword)
    out["tp"].extend(map(add, map(add, tprev, bar), tokinfo))
    out["tn"].extend(map(add, map(add, tokinfo, bar), tnext))
    out["tr"].extend(map(add, map(add, tr[1 : n + 1], tr[2 : n + 2]), tr[3 : n + 3]))
    # sparse features: (position, feature) pairs, positions counted from ``offset``
    pos, feat = sparse
    for i, ch in enumerate(c0):
        if ch in _SPARSE_CHARS:
            if ch in SINGLE_SURNAMES:
                pos.append(offset + i)
                feat.append("sn1")
            if ch in PLACE_SUFFIX_CHARS:
                pos.append(offset + i)
                feat.append("plsuf")
            if ch in _ORG_LAST:
                for k in range(min(_ORG_SUFFIX_MAX, i + 1), 0, -1):
                    if text[i + 1 - k : i + 1] in ORG_SUFFIX_SET:
                        pos.append(offset + i)
                        feat.append("orgsuf" + str(min(k, 3)))
                        break
        if ch in _COMPOUND_FIRST and text[i : i + 2] in COMPOUND_SURNAMES:
            pos.append(offset + i)
            feat.append("sn2")
    for i, ch in enumerate(cm1):
        if ch in _TITLE_LAST:
            for k in range(min(_MAX_TITLE, i), 0, -1):
                if text[i - k : i] in _TITLE_SET:
                    pos += (offset + i, offset + i)
                    feat += ("title<", "title<" + cls[i + 2])
                    break
    for i, ms in enumerate(marks):
        if ms:
            ti = tokinfo[i]
            for m in ms:
                pos += (offset + i, offset + i)
                feat += (m, m + ti)


def emission_matrix(
    text: str, model: Model, tagged_lines: list[list[tuple[str, str]] | None] | None = None
) -> np.ndarray:
    """Emission scores (int32, one row of 13 tags per character of ``text``, line breaks included) equal to scoring
    ``static_features(line, skip_punct=True)`` feature by feature, line by line, in fixed point."""
    lines = text.split("\n")
    values: dict[str, list[str]] = {t: [] for t in _DICT_TEMPLATES}
    sparse: tuple[list[int], list[str]] = ([], [])
    offset = 0
    for k, line in enumerate(lines):
        if k:
            for t in _DICT_TEMPLATES:
                values[t].append("")
            offset += 1
        if line:
            _line_values(line, None if tagged_lines is None else tagged_lines[k], values, sparse, offset)
            offset += len(line)
    n = len(text)
    acc = np.zeros((n, len(TAGS)), dtype=np.int32)
    if not n:
        return acc
    zero = repeat(0)
    for t in _DICT_TEMPLATES:
        ids = np.fromiter(map(model.rows[t].get, values[t], zero), dtype=np.intp, count=n)
        acc += model.weights[t][ids]
    near = _neighbour_codes(text)
    for t, offsets in _CHAR_TEMPLATES.items():
        query = near[offsets[0]]
        for d in offsets[1:]:
            query = (query << 21) | near[d]
        acc += model.weights[t][_char_rows(model.codes[t], query)]
    rest = model.rows[_REST]
    bias = rest.get("b", 0)
    if bias:
        acc += model.weights[_REST][bias]
    ids = np.fromiter(map(rest.get, sparse[1], zero), dtype=np.intp, count=len(sparse[1]))
    if len(ids):
        np.add.at(acc, np.array(sparse[0], dtype=np.intp), model.weights[_REST][ids])
    classes = np.frombuffer("".join(map(_char_class_cached, text)).encode("ascii"), dtype=np.uint8)
    forced = (classes == ord("P")) | (classes == ord("S"))
    acc[forced] = 0
    acc[forced, 0] = _FORCED_O
    return acc


def tag_matrix(em: np.ndarray, model: Model) -> list[Span]:
    """Spans of the best well-formed BIOES path over ``em``; stretches where O leads by the model's margin are O (and
    every forced-O character, so no span crosses punctuation or a line break)."""
    if not len(em):
        return []
    margin = model.margin if model.margin is not None else _FORCED_O - 1
    lead = em[:, 0] - em[:, 1:].max(axis=1)
    open_ = np.concatenate(([False], lead < margin, [False]))
    edges = np.flatnonzero(open_[1:] != open_[:-1]).tolist()
    spans: list[Span] = []
    for s, e in zip(edges[::2], edges[1::2], strict=True):
        rows = em[s:e].tolist()
        tags = [0] * (e - s)
        _viterbi_span(rows, model.trans, 0, e - s, tags, model.links)
        spans.extend(Span(x.type, x.start + s, x.end + s) for x in spans_from_tags(tags))
    return spans


def tag_spans(text: str) -> list[Span]:
    """PER/LOC/ORG spans in ``text`` as the trained model sees them (none without a model)."""
    return analyse(text)[0]


def analyse(text: str) -> tuple[list[Span], list[tuple[str, str]]]:
    """The tagger's spans and the segmenter's (word, part of speech) tokens of ``text``, segmenting it once."""
    model = load_model()
    tokens: list[tuple[str, str]] = []
    tagged_lines: list[list[tuple[str, str]] | None] = []
    for k, line in enumerate(text.split("\n")):
        if k:
            tokens.append(("\n", "x"))
        tagged = rjieba.tag(line) if line else []
        tokens.extend(tagged)
        tagged_lines.append(tagged)
    if model is None:
        return [], tokens
    return tag_matrix(emission_matrix(text, model, tagged_lines), model), tokens
