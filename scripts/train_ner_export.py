#!/usr/bin/env python3
"""Convert trained weights (train_ner.py --out) into the runtime model etl/entities/data/ner_model.pkl.gz."""

from __future__ import annotations

import argparse
import gzip
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from etl.entities.tagger import MODEL_RESOURCE, export_model  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("weights", type=Path)
    parser.add_argument("--out", type=Path, default=ROOT / "etl" / "entities" / MODEL_RESOURCE)
    args = parser.parse_args()
    weights = pickle.loads(gzip.decompress(args.weights.read_bytes()))
    args.out.write_bytes(export_model(weights))
    print(f"runtime model -> {args.out} ({args.out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
