"""Quarantine: a copy of a file that cannot be loaded, with a JSON reason a person can read beside it."""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from etl import lake


def quarantine_file(
    source: Path, data: bytes | None, digest: str, reason: str, quarantine_dir: Path, run_key: str
) -> Path:
    """Copy ``source`` into quarantine under a name keyed on its content; returns the reason file's path.

    The landing folder is left as it is (it may be a read-only mount); keying on the hash makes a rerun
    overwrite the same two files instead of piling up copies.
    """
    quarantine_dir.mkdir(parents=True, exist_ok=True)
    safe_stem = re.sub(r"[^\w.\-]+", "_", source.name)[:120] or "file"
    target = quarantine_dir / f"{digest[:16]}_{safe_stem}"
    if data is not None:
        _atomic_bytes(target, data)
    reason_path = target.with_name(target.name + ".reason.json")
    doc = {
        "source_file": str(source),
        "sha256": digest,
        "reason": reason,
        "run_key": run_key,
        "quarantined_copy": str(target) if data is not None else None,
    }
    _atomic_bytes(reason_path, (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return reason_path


def _atomic_bytes(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=lake.temp_prefix(), dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
