"""Train the block labeler on part of a truth corpus and report on the rest: ``python -m etl.parse.training``."""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import random
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

from etl.ingest.decode import decode_bytes
from etl.parse.blocks import Block, split_blocks
from etl.parse.features import NeighbourCues, context_features, issue_stats
from etl.parse.labeler import LABELS, WEIGHTS_PATH, allowed, block_infos, label_features

log = logging.getLogger(__name__)
_WS = re.compile(r"[\s\u3000\u2003\ufeff\u00a0]+")
_LEADISH = re.compile(r"电|记者|本报讯|通讯员")


def _norm(s: str | None) -> str:
    return _WS.sub("", s or "")


def load_truth(folder: Path) -> dict[str, list[dict]]:
    truth: dict[str, list[dict]] = defaultdict(list)
    with gzip.open(folder / "truth.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            d = json.loads(line)
            truth[d["issue"]].append(d)
    return truth


def gold_labels(blocks: Sequence[Block], articles: list[dict]) -> list[str]:
    """Label each block by walking it along the truth: heading lines, paragraph starts, continuations, the rest."""
    items: list[tuple[int, str, str]] = []
    for ai, t in enumerate(articles):
        for kind in ("kicker", "headline", "subtitle"):
            if t.get(kind):
                items.append((ai, "head", _norm(t[kind])))
        items.extend((ai, "para", _norm(p)) for p in t["paragraphs"])
    labels: list[str] = []
    ii = off = 0
    seen_article = -1
    pending_leadfrag = False
    for b in blocks:
        nb = _norm(b.text)
        lab = "X"
        if ii < len(items) and nb:
            ai, kind, it = items[ii]
            matched = None
            if it.startswith(nb, off):
                matched = (ii, off)
            elif off == 0:
                for jj in range(ii + 1, min(ii + 4, len(items))):
                    if items[jj][2].startswith(nb):
                        matched = (jj, 0)
                        break
                if matched is None and kind == "para":
                    for k in range(1, min(60, len(nb))):
                        if it.startswith(nb[k:]) and _LEADISH.search(nb[:k]):
                            matched = (ii, -k)
                            break
            if matched is not None:
                ii, start = matched
                ai, kind, it = items[ii]
                consumed = len(nb) + start if start < 0 else len(nb)
                if kind == "head":
                    lab = "HS" if ai != seen_article else "HC"
                    seen_article = ai
                else:
                    lab = "P" if start <= 0 and not pending_leadfrag else "C"
                    if start > 0:
                        lab = "C"
                pending_leadfrag = False
                off = (off if start >= 0 else 0) + consumed
                if off >= len(it):
                    ii += 1
                    off = 0
            elif (
                kind == "para" and off == 0 and re.match(r"^(?:本报讯|本报[^记评通特见实]|新华社[^记]|据).{0,30}$", nb)
            ):
                # A dateline cut by a break (本报讯（记 / 者 X）...): the paragraph starts here and continues.
                lab, pending_leadfrag = "P", True
        labels.append(lab)
    return labels


def examples(folder: Path, issues: list[str], truth: dict[str, list[dict]]):
    for issue in issues:
        text = decode_bytes((folder / issue).read_bytes()).text
        blocks = split_blocks(text)
        gold = gold_labels(blocks, truth[issue])
        infos = block_infos(blocks)
        stats = issue_stats(blocks)
        neighbours = NeighbourCues()
        ctx = [context_features(infos, i, stats, neighbours) for i in range(len(blocks))]
        yield blocks, infos, ctx, gold


def train(
    data: list, epochs: int = 6, seed: int = 7, min_weight: float = 0.05, min_count: int = 8
) -> dict[str, list[float]]:
    """Averaged perceptron, previous label from the truth (teacher forcing)."""
    n = len(LABELS)
    w: dict[str, list[float]] = defaultdict(lambda: [0.0] * n)
    acc: dict[str, list[float]] = defaultdict(lambda: [0.0] * n)
    stamp: dict[str, list[int]] = defaultdict(lambda: [0] * n)
    t = 0
    seen: Counter[str] = Counter()
    for _, _, ctx, _ in data:
        for feats in ctx:
            seen.update(feats)
    rng = random.Random(seed)
    order = list(range(len(data)))
    for epoch in range(epochs):
        rng.shuffle(order)
        errors = total = 0
        for di in order:
            _, infos, ctx, gold = data[di]
            prev = None
            has_body = False
            paras = 0
            prev_open = False
            for i, info in enumerate(infos):
                t += 1
                g = gold[i]
                opts = allowed(prev, info, has_body, prev_open)
                if not info.page:
                    prev_open = info.open_comma
                state_paras = paras
                if g in ("HS", "HC"):
                    has_body = False
                    paras = 0
                elif g in ("P", "C"):
                    has_body = True
                    paras += g == "P"
                if g not in opts:
                    if not info.page:
                        prev = g
                    continue
                feats = label_features(prev, ctx[i], state_paras)
                scores = [0.0] * n
                for f in feats:
                    wf = w.get(f)
                    if wf is not None:
                        for k in range(n):
                            scores[k] += wf[k]
                guess = max(opts, key=lambda lab: scores[LABELS.index(lab)])
                total += 1
                if guess != g:
                    errors += 1
                    gi, pi = LABELS.index(g), LABELS.index(guess)
                    for f in feats:
                        for k, delta in ((gi, 1.0), (pi, -1.0)):
                            acc[f][k] += (t - stamp[f][k]) * w[f][k]
                            stamp[f][k] = t
                            w[f][k] += delta
                if not info.page:
                    prev = g
        log.info("epoch %d: %d/%d training errors", epoch + 1, errors, total)
    out: dict[str, list[float]] = {}
    for f, wf in w.items():
        avg = [(acc[f][k] + (t - stamp[f][k]) * wf[k]) / t for k in range(n)]
        # Rare features are dropped: they keep the file small and hold no general rule.
        base = f.split("|")[-1]
        frequent = base.startswith(("prev=", "np=")) or seen[base] >= min_count
        if max(abs(x) for x in avg) >= min_weight and frequent and any(avg):
            out[f] = [round(x, 4) for x in avg]
    return out


def boundary_examples(
    folder: Path, issues: list[str], truth: dict[str, list[dict]], weights: dict[str, tuple[float, ...]] | None = None
) -> list[tuple[list[str], bool]]:
    """(features, is a new article) for each article the labeler opens, walked along the truth's choices: headings
    that are a truth article's heading open one; headings found inside a truth article's body are a subhead."""
    from etl.parse.issue import _classify

    out: list[tuple[list[str], bool]] = []
    for issue in issues:
        text = decode_bytes((folder / issue).read_bytes()).text
        arts = truth[issue]
        heads = set()
        for t in arts:
            heads.add(_norm(t["headline"]))
            heads.add(_norm((t.get("kicker") or "") + t["headline"] + (t.get("subtitle") or "")))
        bodies = "\n".join(_norm("".join(t["paragraphs"])) for t in arts)

        def decide(d, feats: list[str], heads: set[str] = heads, bodies: str = bodies) -> bool:  # noqa: ANN001
            joined = _norm("".join(d.headings))
            if joined in heads or any(_norm(h) in heads for h in d.headings):
                out.append((feats, True))
                return True
            key = joined + _norm(d.paragraphs[0] if d.paragraphs else "")[:10]
            if len(key) >= 6 and key in bodies:
                out.append((feats, False))
                return False
            return not d.proposed  # no evidence either way: leave the labeler's choice

        _classify(split_blocks(text), decide=decide, weights=weights)
    return out


def junction_examples(folder: Path, issues: list[str], truth: dict[str, list[dict]]) -> list[tuple[list[str], bool]]:
    """(features, the paragraph runs on) for each break inside an article's text that stops mid-sentence, as the
    parser meets it (labeler, boundaries and cut words applied), told by the truth: the text on both sides of the break
    is inside one true paragraph, or ends one and opens the next.  Breaks the truth does not settle are left out."""
    from etl.parse.issue import Junction, _classify
    from etl.parse.widths import reading_view

    out: list[tuple[list[str], bool]] = []
    for issue in issues:
        text = reading_view(decode_bytes((folder / issue).read_bytes()).text).text
        found: list[Junction] = []
        _classify(split_blocks(text), junctions=found)
        known = "\x00" + "\x00".join(_norm(p) for t in truth[issue] for p in t["paragraphs"]) + "\x00"
        for j in found:
            tail, head = _norm(j.before)[-12:], _norm(j.after)[:12]
            if not tail or not head:
                continue
            runs_on, ends = tail + head in known, tail + "\x00" + head in known
            if runs_on != ends:
                out.append((j.feats, runs_on))
    return out


def train_boundaries(data: list[tuple[list[str], bool]], epochs: int = 10, seed: int = 7) -> dict[str, float]:
    """Averaged perceptron, binary: positive weights favour a new article."""
    w: dict[str, float] = defaultdict(float)
    acc: dict[str, float] = defaultdict(float)
    stamp: dict[str, int] = defaultdict(int)
    t = 0
    rng = random.Random(seed)
    order = list(range(len(data)))
    for epoch in range(epochs):
        rng.shuffle(order)
        errors = 0
        for i in order:
            t += 1
            feats, gold = data[i]
            s = sum(w.get(f, 0.0) for f in feats)
            if (s >= 0) != gold:
                errors += 1
                delta = 1.0 if gold else -1.0
                for f in feats:
                    acc[f] += (t - stamp[f]) * w[f]
                    stamp[f] = t
                    w[f] += delta
        log.info("boundaries epoch %d: %d/%d errors", epoch + 1, errors, len(data))
    out = {}
    for f, wf in w.items():
        avg = (acc[f] + (t - stamp[f]) * wf) / t
        if abs(avg) >= 0.01:
            out[f] = round(avg, 3)
    return out


# The boundary model is an L2-regularised logistic regression fitted by full-batch gradient descent: convex, so the
# same examples give the same weights whatever their order (the averaged perceptron it replaced moved held-out F1 by
# about 0.003 between draws of shuffled orders, more than most rules it was asked to judge).  L2 = 3 is the strength
# with the lowest log loss when each half of the training issues predicts the other (0.3 / 1 / 3 / 10: 0.119, 0.110,
# 0.106, 0.108; accuracy at 0 as the perceptron's, 0.967 and 0.959).  Its log-odds are written times 14, the median
# ratio of the perceptron's scores to them over the same examples, so the bars the rules in ``issue.py`` set in the
# perceptron's units (merge below -4, a lone title's bonus of 10) keep their meaning.
_LOGISTIC_L2 = 3.0
_LOGISTIC_STEPS = 600
_LOGISTIC_RATE = 0.05
LOGISTIC_SCALE = 14.0


def train_logistic(
    data: Sequence[tuple[Sequence[str], bool]], l2: float = _LOGISTIC_L2, steps: int = _LOGISTIC_STEPS
) -> dict[str, float]:
    """Binary logistic regression over sparse string features, L2-regularised, fitted by full-batch Adam from zero:
    deterministic.  Returns the weights in log-odds (positive: the example's label is True)."""
    import numpy as np

    vocab: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    for i, (feats, _) in enumerate(data):
        for f in dict.fromkeys(feats):
            rows.append(i)
            cols.append(vocab.setdefault(f, len(vocab)))
    r, c = np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)
    y = np.array([1.0 if gold else 0.0 for _, gold in data])
    n, k = len(data), len(vocab)
    w, m, v = np.zeros(k), np.zeros(k), np.zeros(k)
    b1, b2 = 0.9, 0.999
    for t in range(1, steps + 1):
        score = np.bincount(r, weights=w[c], minlength=n)
        p = 1.0 / (1.0 + np.exp(-score))
        grad = np.bincount(c, weights=(p - y)[r], minlength=k) + l2 * w
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad * grad
        w -= _LOGISTIC_RATE * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + 1e-8)
    score = np.bincount(r, weights=w[c], minlength=n)
    log.info("logistic: %d/%d training errors", int(((score >= 0) != (y > 0.5)).sum()), n)
    return {f: float(w[j]) for f, j in vocab.items()}


_PARAGRAPH_MIN_COUNT = 3  # a break cue seen fewer times in training holds no rule


def _train_paragraphs(args: argparse.Namespace) -> int:
    from etl.parse.issue import PARAGRAPH_WEIGHTS_PATH

    data: list[tuple[list[str], bool]] = []
    for folder in args.folders:
        truth = load_truth(folder)
        issues = sorted(truth)
        data.extend(junction_examples(folder, issues if args.all else issues[::2], truth))
    log.info("%d breaks, %d of them inside a paragraph", len(data), sum(g for _, g in data))
    seen = Counter(f for feats, _ in data for f in set(feats))
    data = [([f for f in feats if seen[f] >= _PARAGRAPH_MIN_COUNT], gold) for feats, gold in data]
    out = args.out if args.out != WEIGHTS_PATH else PARAGRAPH_WEIGHTS_PATH
    _write_averaged(data, args, out, "break")
    return 0


def _write_averaged(data: list[tuple[list[str], bool]], args: argparse.Namespace, out: Path, what: str) -> None:
    """Train the two-way perceptron over ``args.seeds`` shuffled orders, average the runs and write the weights.
    Averaged like the labeler: one order's accidents do not decide a weight."""
    runs = [train_boundaries(data, epochs=args.epochs, seed=7 + k) for k in range(args.seeds)]
    weights = {}
    for f in set().union(*runs):
        avg = sum(run.get(f, 0.0) for run in runs) / len(runs)
        if abs(avg) >= 0.01:
            weights[f] = round(avg, 3)
    _write_weights(weights, out, what)


def _write_weights(weights: dict[str, float], out: Path, what: str) -> None:
    # Keys sorted: the same training writes the same bytes whatever the process's hash seed.
    out.write_text(
        json.dumps({"weights": dict(sorted(weights.items()))}, ensure_ascii=False, separators=(",", ":")),
        encoding="utf-8",
    )
    log.info("wrote %d %s features to %s", len(weights), what, out)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folders", nargs="+", type=Path, help="truth corpora (folders with truth.jsonl.gz)")
    parser.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--all", action="store_true", help="train on every issue (default: even-numbered ones)")
    parser.add_argument(
        "--seeds",
        type=int,
        help="average this many perceptron runs over shuffled orders (labeler, break model; default 3)",
    )
    parser.add_argument("--min-count", type=int, default=8, help="drop features seen fewer times in training")
    parser.add_argument("--boundaries", action="store_true", help="train the article-boundary model instead")
    parser.add_argument("--paragraphs", action="store_true", help="train the model of breaks inside a text instead")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    # The labeler and the break model average perceptrons over shuffled orders; the boundary model is fitted by
    # logistic regression (see ``train_logistic``), which needs no orders.
    args.seeds = args.seeds or 3
    if args.paragraphs:
        return _train_paragraphs(args)
    if args.boundaries:
        from etl.parse.segments import BOUNDARY_WEIGHTS_PATH

        # Cross-fitted: the labeler trained on one half of the training issues opens articles on the other half,
        # so the boundary model learns from the labeler's mistakes on issues it has not seen.
        examples_b: list[tuple[list[str], bool]] = []
        corpora = []
        for folder in args.folders:
            truth = load_truth(folder)
            issues = sorted(truth)
            corpora.append((folder, truth, issues if args.all else issues[::2]))
        for fold in (0, 1):
            half = []
            for folder, truth, chosen in corpora:
                half.extend(examples(folder, chosen[fold::2], truth))
            runs = [train(half, args.epochs, seed=7, min_weight=0.0, min_count=args.min_count)]
            fold_weights = {f: tuple(v) for f, v in runs[0].items()}
            for folder, truth, chosen in corpora:
                examples_b.extend(boundary_examples(folder, chosen[1 - fold :: 2], truth, fold_weights))
        log.info("%d boundaries, %d of them subheads", len(examples_b), sum(not g for _, g in examples_b))
        out = args.out if args.out != WEIGHTS_PATH else BOUNDARY_WEIGHTS_PATH
        fitted = train_logistic(examples_b)
        scaled = {f: round(x * LOGISTIC_SCALE, 3) for f, x in fitted.items()}
        _write_weights({f: x for f, x in scaled.items() if abs(x) >= 0.01}, out, "boundary")
        return 0
    data = []
    for folder in args.folders:
        truth = load_truth(folder)
        issues = sorted(truth)
        chosen = issues if args.all else issues[::2]
        log.info("%s: training on %d of %d issues", folder, len(chosen), len(issues))
        data.extend(examples(folder, chosen, truth))
    runs = [train(data, args.epochs, seed=7 + k, min_weight=0.0, min_count=args.min_count) for k in range(args.seeds)]
    weights: dict[str, list[float]] = {}
    for f in set().union(*runs):
        avg = [sum(run[f][k] for run in runs if f in run) / len(runs) for k in range(len(LABELS))]
        if max(abs(x) for x in avg) >= 0.05:
            weights[f] = [round(x, 4) for x in avg]
    args.out.write_text(
        json.dumps(
            {"labels": LABELS, "weights": dict(sorted(weights.items()))}, ensure_ascii=False, separators=(",", ":")
        ),
        encoding="utf-8",
    )
    log.info("wrote %d features to %s", len(weights), args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
