"""Code versions of the pure stages: a stage's output is reused only while its code is unchanged."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

_ETL = Path(__file__).resolve().parent


def tree_digest(*roots: Path, base: Path = _ETL) -> str:
    """A digest of files and folders (their paths relative to ``base``, and bytes): code versions, dbt's project."""
    h = hashlib.sha256()
    for root in roots:
        files = (
            [root]
            if root.is_file()
            else sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
        )
        for path in files:
            h.update(str(path.relative_to(base)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


@cache
def parser_version() -> str:
    return tree_digest(_ETL / "parse", _ETL / "records.py")


@cache
def extractor_version() -> str:
    return tree_digest(_ETL / "entities", _ETL / "records.py")
