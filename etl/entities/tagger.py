"""Character-level averaged-perceptron tagger (BIOES, Viterbi) for PER/LOC/ORG spans, in pure Python."""

from __future__ import annotations

import gzip
import pickle
import struct
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import repeat
from operator import add, methodcaller

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


def _viterbi_span(em: list[list[float]], trans: list[list[float]], start: int, end: int, out: list[int]) -> None:
    """Viterbi over positions [start, end), entered from and left to O."""
    ntags = len(TAGS)
    neg = -1e18
    score = [neg] * ntags
    e0 = em[start]
    for t in _START_ALLOWED:
        score[t] = e0[t] + trans[0][t]
    back: list[list[int]] = []
    for i in range(start + 1, end):
        e = em[i]
        new = [neg] * ntags
        bp = [0] * ntags
        for t in range(ntags):
            best, arg = neg, 0
            for p in PREV_ALLOWED[t]:
                v = score[p] + trans[p][t]
                if v > best:
                    best, arg = v, p
            new[t] = best + e[t]
            bp[t] = arg
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


# Runtime scoring packs a feature's 13 tag weights into one integer (fixed point: weights x 16, one field per tag), so
# a character's emission scores are a sum of integers done in C, then unpacked once.
_SCALE = 16.0

# The fast path sums template by template over the whole line (C-level map/add), with 16-bit fields so that the
# integers stay small and unpacking is one struct call per character; every tag carries the same bias, which no
# decision depends on.
_FAST_FIELD = 16  # scores stay within ±2,048 weight units (measured max ~230), i.e. ±32,767 fixed point
_FAST_HALF = 1 << (_FAST_FIELD - 1)
_FAST_BIAS = sum(_FAST_HALF << (_FAST_FIELD * t) for t in range(len(TAGS)))
_FAST_BYTES = _FAST_FIELD // 8 * len(TAGS)
_FAST_STRUCT = struct.Struct("<" + "H" * len(TAGS))
_FAST_FORCED_O = (_FAST_HALF + 30000,) + (_FAST_HALF,) * (len(TAGS) - 1)


# Templates whose key is a prefix and a per-character value; the fast path keys them by the value alone.
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


def fast_tables(weights: dict[str, dict[int, float]]) -> dict[str, dict[str, int]]:
    """Weights split per template (keyed by the value after the template's prefix), ``""`` holding the rest, and
    packed into one integer per feature: the shipped model's format (built once, at export)."""
    tables: dict[str, dict[str, int]] = {t: {} for t in _TEMPLATES}
    rest: dict[str, int] = {}
    for f, d in weights.items():
        if f.startswith("__") or f.startswith("T") and f[1:] in TAG_INDEX:
            continue
        v = sum(round(w * _SCALE) << (_FAST_FIELD * t) for t, w in d.items())
        t = _template_of(f)
        if t is None:
            rest[f] = v
        else:
            tables[t][f[len(t) :]] = v
    tables[""] = rest
    return tables


def export_model(weights: dict[str, dict[int, float]]) -> bytes:
    """The shipped model: per-template packed tables, transitions and the Viterbi-skip margin, pickled, gzipped."""
    margin = weights.get("__margin__", {}).get(0)
    data = {
        "format": _FORMAT,
        "tables": fast_tables(weights),
        "trans": transitions(weights),
        "margin": None if margin is None else margin * _SCALE,
    }
    return gzip.compress(pickle.dumps(data, protocol=5), 9)


_FORMAT = 3  # 16-bit packed fields
# Every step into O costs this much (weight units): the perceptron favours precision, and on the held-out fifth of
# PD example.dev (a model trained on the rest) a bias of 8 moved F1 from 0.741 to 0.750 (4: 0.746, 12: 0.743).
O_BIAS = 8.0


class ModelFormatError(RuntimeError):
    """The shipped model file was written for another packing than this code reads."""


@dataclass(frozen=True, slots=True)
class Model:
    """The runtime model: packed per-template tables, transitions (scaled) and the O margin."""

    tables: dict[str, dict[str, int]]
    trans: list[list[float]]
    margin: float | None


@cache
def load_model() -> Model | None:
    """The trained model shipped in the package, or None when it has not been built."""
    res = resources.files("etl.entities").joinpath(MODEL_RESOURCE)
    if not res.is_file():
        return None
    with res.open("rb") as fh:
        data = pickle.loads(gzip.decompress(fh.read()))
    if data.get("format") != _FORMAT:
        raise ModelFormatError(f"{MODEL_RESOURCE}: format {data.get('format')}, expected {_FORMAT}: re-export it")
    trans = [[(v - (O_BIAS if t == 0 else 0.0)) * _SCALE for t, v in enumerate(row)] for row in data["trans"]]
    return Model(data["tables"], trans, data["margin"])


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


def fast_emissions(
    text: str, tables: dict[str, dict[str, int]], tagged: list[tuple[str, str]] | None = None
) -> list[tuple[int, ...]]:
    """Emission scores of every character of ``text``, equal (up to a common bias) to scoring
    ``static_features(text, skip_punct=True)`` feature by feature, several times faster: each template is looked
    up for the whole line at once with C-level ``map``."""
    n = len(text)
    if not n:
        return []
    pad, cls, tokinfo, tokword, tr, marks = _base(text, tagged)
    zero = repeat(0)
    c0 = pad[2 : n + 2]
    cm1 = pad[1 : n + 1]
    cp1 = pad[3 : n + 3]
    cm2 = pad[0:n]
    cp2 = pad[4 : n + 4]
    tprev = ["^", *tokinfo[:-1]]
    tnext = [*tokinfo[1:], "$"]
    bar = repeat("|")
    c2m1 = list(map(add, cm2, cm1))
    c01 = list(map(add, c0, cp1))
    values: list[tuple[str, Iterable[str]]] = [
        ("c0", c0),
        ("c-1", cm1),
        ("c1", cp1),
        ("c-2", cm2),
        ("c2", cp2),
        ("c-1c0", map(add, cm1, c0)),
        ("c0c1", c01),
        ("c-2c-1", c2m1),
        ("c1c2", map(add, cp1, cp2)),
        ("c-1c1", map(add, cm1, cp1)),
        ("k", map(add, map(add, cls[1 : n + 1], cls[2 : n + 2]), cls[3 : n + 3])),
        ("t", tokinfo),
        ("tc", map(add, tokinfo, c0)),
        ("tw", tokword),
        ("tp", map(add, map(add, tprev, bar), tokinfo)),
        ("tn", map(add, map(add, tokinfo, bar), tnext)),
        ("tr", map(add, map(add, tr[1 : n + 1], tr[2 : n + 2]), tr[3 : n + 3])),
        ("c-2c-1c0", map(add, c2m1, c0)),
        ("c0c1c2", map(add, c01, cp2)),
    ]
    rest = tables[""]
    get = rest.get
    acc = [_FAST_BIAS + get("b", 0)] * n
    for template, vals in values:
        acc = list(map(add, acc, map(tables[template].get, vals, zero)))
    sn1 = get("sn1", 0)
    plsuf = get("plsuf", 0)
    for i, ch in enumerate(c0):
        if ch in _SPARSE_CHARS:
            extra = 0
            if ch in SINGLE_SURNAMES:
                extra += sn1
            if ch in PLACE_SUFFIX_CHARS:
                extra += plsuf
            if ch in _ORG_LAST:
                for k in range(min(_ORG_SUFFIX_MAX, i + 1), 0, -1):
                    if text[i + 1 - k : i + 1] in ORG_SUFFIX_SET:
                        extra += get("orgsuf" + str(min(k, 3)), 0)
                        break
            acc[i] += extra
    for i, ch in enumerate(c0):
        if ch in _COMPOUND_FIRST and text[i : i + 2] in COMPOUND_SURNAMES:
            acc[i] += get("sn2", 0)
    for i, ch in enumerate(cm1):
        if ch in _TITLE_LAST:
            for k in range(min(_MAX_TITLE, i), 0, -1):
                if text[i - k : i] in _TITLE_SET:
                    acc[i] += get("title<", 0) + get("title<" + cls[i + 2], 0)
                    break
    for i, ms in enumerate(marks):
        if ms:
            for m in ms:
                acc[i] += get(m, 0) + get(m + tokinfo[i], 0)
    rows = list(map(_FAST_STRUCT.unpack, map(methodcaller("to_bytes", _FAST_BYTES, "little"), acc)))
    for i, c in enumerate(cls[2 : n + 2]):
        if c in "PS":
            rows[i] = _FAST_FORCED_O
    return rows


def tag_spans(text: str) -> list[Span]:
    """PER/LOC/ORG spans in ``text`` as the trained model sees them (none without a model)."""
    return analyse(text)[0]


def analyse(text: str) -> tuple[list[Span], list[tuple[str, str]]]:
    """The tagger's spans and the segmenter's (word, part of speech) tokens of ``text``, segmenting it once."""
    model = load_model()
    spans: list[Span] = []
    tokens: list[tuple[str, str]] = []
    offset = 0
    # paragraphs are tagged independently: keeps decoding local and memory small
    for k, line in enumerate(text.split("\n")):
        if k:
            tokens.append(("\n", "x"))
        if not line:
            offset += 1
            continue
        tagged = rjieba.tag(line)
        tokens.extend(tagged)
        if model is not None and line.strip():
            em = fast_emissions(line, model.tables, tagged)
            tags = viterbi(em, model.trans, model.margin)  # type: ignore[arg-type]
            spans.extend(Span(s.type, s.start + offset, s.end + offset) for s in spans_from_tags(tags))
        offset += len(line) + 1
    return spans, tokens
