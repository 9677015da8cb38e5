#!/usr/bin/env python3
"""Train the character tagger (etl/entities/tagger.py): averaged perceptron on gold + silver char BIO files.

Usage:
  nice python scripts/train_ner.py --gold ../shared/ner/peopledaily_ner_zjy/example.dev:3 \
      --silver bench/silver.bio:1 --epochs 5 [--holdout 5] [--out etl/entities/data/ner_model.pkl.gz]

``FILE:N`` repeats a file's sentences N times per epoch.  ``--holdout K`` keeps every K-th gold sentence out of
training and scores exact-span F1 on it (development only; the shipped model trains on everything); ``--fold F``
holds out the sentences k with k % K == F instead of k % K == 0, so K runs give a held-out tag for every gold sentence.

The honest dev figure of the whole extractor: train with ``--holdout 5 --write-holdout bench/dev_ho.bio --out
bench/ho.pkl.gz``, export it (``scripts/train_ner_export.py bench/ho.pkl.gz --out bench/ho_rt.pkl.gz``), then
``NER_MODEL_PATH=bench/ho_rt.pkl.gz python ../shared/tools/score_ner.py bench/dev_ho.bio -- .venv/bin/python -m etl
entities``.
"""

from __future__ import annotations

import argparse
import gzip
import pickle
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from etl.entities.tagger import (  # noqa: E402
    ALLOWED,
    TAG_INDEX,
    TAGS,
    dynamic_features,
    emissions,
    export_model,
    spans_from_tags,
    static_features,
    transitions,
    viterbi,
)

Sentence = tuple[str, list[int]]


def read_bio(path: Path) -> list[Sentence]:
    sents: list[Sentence] = []
    chars: list[str] = []
    tags: list[str] = []
    for line in path.open(encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            if chars:
                sents.append(("".join(chars), to_bioes(tags)))
                chars, tags = [], []
            continue
        ch, tag = line.split("\t") if "\t" in line else line.rsplit(" ", 1)
        chars.append(ch[:1] or " ")
        tags.append(tag.strip())
    if chars:
        sents.append(("".join(chars), to_bioes(tags)))
    return sents


def to_bioes(tags: list[str]) -> list[int]:
    out: list[int] = []
    n = len(tags)
    for i, tag in enumerate(tags):
        if tag == "O" or "-" not in tag:
            out.append(0)
            continue
        p, t = tag.split("-", 1)
        nxt = tags[i + 1] if i + 1 < n else "O"
        cont = nxt == f"I-{t}"
        begins = p == "B" or i == 0 or tags[i - 1] == "O" or tags[i - 1][2:] != t
        if begins:
            out.append(TAG_INDEX[("B-" if cont else "S-") + t])
        else:
            out.append(TAG_INDEX[("I-" if cont else "E-") + t])
    return out


def to_bio(tags: list[int]) -> list[str]:
    """BIOES tag indices back to BIO labels."""
    out: list[str] = []
    for ti in tags:
        tag = TAGS[ti]
        out.append("O" if tag == "O" else ("B-" if tag[0] in "BS" else "I-") + tag[2:])
    return out


class Perceptron:
    """Averaged perceptron over sparse string features, multiclass over TAGS."""

    def __init__(self) -> None:
        self.w: dict[str, dict[int, float]] = defaultdict(dict)
        self.totals: dict[tuple[str, int], float] = defaultdict(float)
        self.stamps: dict[tuple[str, int], int] = defaultdict(int)
        self.i = 0

    def scores(self, feats: list[str]) -> list[float]:
        s = [0.0] * len(TAGS)
        w = self.w
        for f in feats:
            d = w.get(f)
            if d:
                for t, v in d.items():
                    s[t] += v
        return s

    def update(self, truth: int, guess: int, feats: list[str]) -> None:
        self.i += 1
        if truth == guess:
            return
        for f in feats:
            self.add(f, truth, 1.0)
            self.add(f, guess, -1.0)

    def add(self, f: str, t: int, delta: float) -> None:
        d = self.w[f]
        key = (f, t)
        v = d.get(t, 0.0)
        self.totals[key] += (self.i - self.stamps[key]) * v
        self.stamps[key] = self.i
        d[t] = v + delta

    def averaged(self, prune: float) -> dict[str, dict[int, float]]:
        out: dict[str, dict[int, float]] = {}
        for f, d in self.w.items():
            kept: dict[int, float] = {}
            for t, v in d.items():
                key = (f, t)
                total = self.totals[key] + (self.i - self.stamps[key]) * v
                avg = round(total / max(self.i, 1), 3)
                if abs(avg) >= prune:
                    kept[t] = avg
            if kept:
                out[f] = kept
        return out


def run_sentence(model: Perceptron, text: str, gold: list[int] | None) -> list[int]:
    feats = static_features(text)
    tags: list[int] = []
    prev = prev2 = 0
    for i, f in enumerate(feats):
        full = f + list(dynamic_features(prev, prev2, f[1]))
        s = model.scores(full)
        guess = max(ALLOWED[prev], key=s.__getitem__)
        if gold is not None:
            model.update(gold[i], max(range(len(TAGS)), key=s.__getitem__), full)
        tags.append(guess)
        prev2, prev = prev, guess
    return tags


def run_structured(model: Perceptron, text: str, gold: list[int], feats: list[list[str]] | None = None) -> None:
    """One structured-perceptron step: Viterbi with current weights, update where the path differs."""
    feats = feats if feats is not None else static_features(text)
    w = model.w
    em = emissions(w, feats)
    path = viterbi(em, transitions(w), margin=None)
    model.i += 1
    if path == gold:
        return
    prev_g = prev_p = 0
    for i, f in enumerate(feats):
        g, p = gold[i], path[i]
        if g != p:
            for x in f:
                model.add(x, g, 1.0)
                model.add(x, p, -1.0)
        if g != p or prev_g != prev_p:
            model.add("T" + TAGS[prev_g], g, 1.0)
            model.add("T" + TAGS[prev_p], p, -1.0)
        prev_g, prev_p = g, p
    if prev_g != prev_p:
        model.add("T" + TAGS[prev_g], 0, 1.0)
        model.add("T" + TAGS[prev_p], 0, -1.0)


def evaluate(weights: dict[str, dict[int, float]], sents: list[Sentence]) -> dict[str, object]:
    from etl.entities.tagger import decode

    tp = fp = fn = 0
    per: dict[str, list[int]] = {t: [0, 0, 0] for t in ("PER", "LOC", "ORG")}
    for text, gold in sents:
        feats = static_features(text)
        tags = (
            viterbi(emissions(weights, feats), transitions(weights), margin=None)
            if "TO" in weights
            else decode(weights, feats)
        )
        pred = {(s.type, s.start, s.end) for s in spans_from_tags(tags)}
        true = {(s.type, s.start, s.end) for s in spans_from_tags(gold)}
        tp += len(pred & true)
        fp += len(pred - true)
        fn += len(true - pred)
        for t in per:
            p = {x for x in pred if x[0] == t}
            g = {x for x in true if x[0] == t}
            per[t][0] += len(p & g)
            per[t][1] += len(p - g)
            per[t][2] += len(g - p)

    def f1(a: int, b: int, c: int) -> float:
        return round(2 * a / (2 * a + b + c), 3) if a else 0.0

    return {"F1": f1(tp, fp, fn), **{t: f1(*v) for t, v in per.items()}}


def o_margin(weights: dict[str, dict[int, float]], texts: list[str]) -> float:
    """How far O must lead every other tag for a character to skip Viterbi: the median lead, which loses nothing
    measurable on held-out text and halves decoding time."""
    leads = sorted(e[0] - max(e[1:]) for t in texts for e in emissions(weights, static_features(t)))
    return round(leads[len(leads) // 2], 2) if leads else 0.0


def parse_source(spec: str) -> tuple[Path, int]:
    path, _, rep = spec.partition(":")
    return Path(path), int(rep or 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", action="append", default=[], help="FILE[:REPEAT] gold char BIO")
    parser.add_argument("--silver", action="append", default=[], help="FILE[:REPEAT] silver char BIO")
    parser.add_argument("--silver-limit", type=int, default=0, help="use only the first N silver sentences")
    parser.add_argument("--epochs", type=int, default=5)
    parser.add_argument("--holdout", type=int, default=0)
    parser.add_argument(
        "--fold", type=int, default=0, help="which K-th to hold out (0..K-1): the K folds together cover all of gold"
    )
    parser.add_argument("--prune", type=float, default=0.05)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--algo", choices=("viterbi", "greedy"), default="viterbi")
    parser.add_argument("--save-every-epoch", action="store_true")
    parser.add_argument("--export", type=Path, default=None, help="also write the runtime model (tagger format)")
    parser.add_argument(
        "--write-holdout",
        type=Path,
        default=None,
        help="write the held-out gold sentences as char BIO (score the whole extractor on them with score_ner.py, "
        "the held-out model exported and named by NER_MODEL_PATH)",
    )
    args = parser.parse_args()

    train: list[Sentence] = []
    held: list[Sentence] = []
    for spec in args.gold:
        path, rep = parse_source(spec)
        sents = read_bio(path)
        if args.holdout:
            held += [s for k, s in enumerate(sents) if k % args.holdout == args.fold]
            sents = [s for k, s in enumerate(sents) if k % args.holdout != args.fold]
        train += sents * rep
    gold_count = len(train)
    if args.write_holdout:
        args.write_holdout.write_text(
            "".join(
                "".join(f"{c} {t}\n" for c, t in zip(text, to_bio(tags), strict=True)) + "\n" for text, tags in held
            ),
            encoding="utf-8",
        )
    for spec in args.silver:
        path, rep = parse_source(spec)
        sents = read_bio(path)
        if args.silver_limit:
            sents = sents[: args.silver_limit]
        train += sents * rep
    print(f"train {len(train)} sentences, {sum(len(s[0]) for s in train)} chars; held out {len(held)}", flush=True)
    rng = random.Random(args.seed)
    cache = {text: static_features(text) for text, _ in train[:gold_count]} if args.algo == "viterbi" else {}
    model = Perceptron()
    for epoch in range(args.epochs):
        t0 = time.time()
        rng.shuffle(train)
        for text, gold in train:
            if args.algo == "viterbi":
                run_structured(model, text, gold, cache.get(text))
            else:
                run_sentence(model, text, gold)
        line = f"epoch {epoch + 1}: {time.time() - t0:.0f}s"
        if held:
            line += f" held-out {evaluate(model.averaged(args.prune), held)}"
        print(line, flush=True)
        if args.out and args.save_every_epoch:
            save(model.averaged(args.prune), train, args.out, args.export)
    if args.out:
        save(model.averaged(args.prune), train, args.out, args.export)


def save(weights: dict[str, dict[int, float]], train: list[Sentence], out: Path, export: Path | None = None) -> None:
    """Write the model with its Viterbi-skip margin, atomically."""
    weights["__margin__"] = {0: o_margin(weights, [t for t, _ in train[:2000]])}
    tmp = out.with_suffix(".tmp")
    tmp.write_bytes(gzip.compress(pickle.dumps(weights, protocol=5), 9))
    tmp.replace(out)
    if export:
        export.write_bytes(export_model(weights))
        print(f"runtime model -> {export} ({export.stat().st_size} bytes)")
    print(f"model -> {out}: {len(weights)} features, O margin {weights['__margin__'][0]}, {out.stat().st_size} bytes")


if __name__ == "__main__":
    main()
