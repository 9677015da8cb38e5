"""Scan the landing folder, load each readable issue into bronze Parquet once, quarantine the rest."""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from etl import lake
from etl.config import Settings
from etl.failpoints import crash_point
from etl.ingest.decode import DecodeError, decode_bytes
from etl.ingest.metadata import resolve_metadata
from etl.ingest.quarantine import quarantine_file

log = logging.getLogger(__name__)

MAX_ISSUE_BYTES = 16 * 1024 * 1024  # a national daily is ~300 KB of text; 50 times that is not one issue
OUTCOMES = ("loaded", "already_loaded", "duplicate", "quarantined")


class IssueRejected(ValueError):
    """A raw file that cannot be loaded: names the file and the reason."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True, slots=True)
class FileOutcome:
    source_file: str
    outcome: str  # one of OUTCOMES
    issue_id: str | None = None
    issue_date: date | None = None
    reason: str | None = None
    warnings: tuple[str, ...] = ()
    byte_size: int = 0

    @property
    def issue_key(self) -> str | None:
        """``YYYY-MM-DD/<sha256>``: what later stages are mapped over."""
        if self.issue_id is None or self.issue_date is None or self.outcome not in ("loaded", "already_loaded"):
            return None
        return f"{self.issue_date.isoformat()}/{self.issue_id}"


@dataclass(slots=True)
class IngestReport:
    run_key: str
    files: list[FileOutcome] = field(default_factory=list)

    @property
    def issue_keys(self) -> list[str]:
        return sorted({k for f in self.files if (k := f.issue_key) is not None})

    def count(self, outcome: str) -> int:
        return sum(1 for f in self.files if f.outcome == outcome)

    def summary(self) -> dict[str, int]:
        counts = {o: self.count(o) for o in OUTCOMES}
        counts["files"] = len(self.files)
        counts["issues"] = len(self.issue_keys)
        return counts


def _is_candidate(path: Path, root: Path) -> bool:
    rel = path.relative_to(root)
    if any(part.startswith(".") for part in rel.parts):
        return False
    # Sidecars (<file>.json) and quarantine reasons are metadata, not issues.
    return not path.name.endswith(".json")


def _read_checked(path: Path, root: Path) -> bytes:
    if path.is_symlink():
        target = path.resolve()
        if not target.is_relative_to(root.resolve()):
            raise IssueRejected(path, f"it is a symbolic link to {target}, outside the landing folder")
    size = path.stat().st_size
    if size > MAX_ISSUE_BYTES:
        raise IssueRejected(path, f"it is {size / 1e6:.0f} MB, more than {MAX_ISSUE_BYTES // 2**20} MB: not one issue")
    return path.read_bytes()


def _bronze_index(lake_dir: Path) -> dict[str, Path]:
    """issue_id -> its bronze file, for every issue already loaded: one scan per ingest, not one per file."""
    index: dict[str, Path] = {}
    root = lake.table_dir(lake_dir, "bronze/issues")
    if root.is_dir():
        for folder in root.iterdir():
            if folder.name.startswith("date="):
                index.update((f.stem, f) for f in folder.glob("*.parquet"))
    return index


_INDEX_FIELDS = frozenset({"stat", "sidecar", "issue_id", "issue_date", "loaded_by", "warnings", "byte_size"})


def _stat_key(path: Path) -> list[int] | None:
    """[size, mtime_ns] of a file (not followed through a link), or None if there is none."""
    try:
        st = path.lstat()
    except FileNotFoundError:
        return None
    return [st.st_size, st.st_mtime_ns]


def _unchanged(path: Path, entry: Any, bronze: dict[str, Path]) -> bool:
    """Whether the landing index vouches for ``path``: same size and mtime (and sidecar's), still in bronze.

    Symbolic links are always read again: their target can change under an unchanged link.
    """
    return (
        isinstance(entry, dict)
        and entry.keys() >= _INDEX_FIELDS
        and not path.is_symlink()
        and entry["stat"] == _stat_key(path)
        and entry["sidecar"] == _stat_key(path.with_name(path.name + ".json"))
        and entry["issue_id"] in bronze
    )


def _ingest_one(
    path: Path,
    settings: Settings,
    logical_date: date,
    ingested_at: datetime,
    run_key: str,
    seen: dict[str, str],
    bronze: dict[str, Path],
    index: dict[str, dict[str, Any]],
) -> FileOutcome:
    root = settings.raw_dir
    rel = str(path.relative_to(root))
    entry = index.get(rel)
    if entry is not None and _unchanged(path, entry, bronze) and entry["issue_id"] not in seen:
        # Loaded before and untouched since: nothing is read, hashed or decoded (a daily run over a landing
        # folder that keeps years of issues). A rerun of the loading run still reports it as that run did.
        seen[entry["issue_id"]] = rel
        outcome = "loaded" if entry["loaded_by"] == run_key else "already_loaded"
        day = date.fromisoformat(entry["issue_date"])
        return FileOutcome(rel, outcome, entry["issue_id"], day, None, tuple(entry["warnings"]), entry["byte_size"])
    index.pop(rel, None)
    try:
        data = _read_checked(path, root)
    except IssueRejected as exc:
        digest = hashlib.sha256(str(path).encode()).hexdigest()
        quarantine_file(path, None, digest, exc.reason, settings.quarantine_dir, run_key)
        return FileOutcome(rel, "quarantined", reason=exc.reason)
    digest = hashlib.sha256(data).hexdigest()
    if digest in seen:
        return FileOutcome(
            rel, "duplicate", issue_id=digest, reason=f"same bytes as {seen[digest]}", byte_size=len(data)
        )
    seen[digest] = rel
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        quarantine_file(path, data, digest, str(exc), settings.quarantine_dir, run_key)
        return FileOutcome(rel, "quarantined", issue_id=digest, reason=str(exc), byte_size=len(data))
    sidecar_path = path.with_name(path.name + ".json")
    sidecar = sidecar_path.read_bytes() if sidecar_path.is_file() and not sidecar_path.is_symlink() else None
    meta, meta_warnings = resolve_metadata(str(path), sidecar, logical_date, settings.default_paper)
    warnings = tuple(decoded.warnings) + tuple(meta_warnings)
    existing = bronze.get(digest)
    if existing is not None:
        # Loaded by an earlier run: its first metadata stands, so a rerun changes nothing.
        issue_date = date.fromisoformat(existing.parent.name.removeprefix("date="))
        # A rerun of the run that loaded it reports it as that run did, so the run's record does not change.
        loaded_by = lake.file_metadata(existing).get("run_key")
        _remember(index, path, rel, digest, issue_date, loaded_by, warnings, len(data))
        outcome = "loaded" if loaded_by == run_key else "already_loaded"
        return FileOutcome(rel, outcome, digest, issue_date, warnings=warnings, byte_size=len(data))
    row = {
        "issue_id": digest,
        "issue_date": meta.issue_date,
        "paper": meta.paper,
        "edition": meta.edition,
        "metadata_source": meta.source,
        "source_file": rel,
        "encoding": decoded.encoding,
        "has_bom": decoded.has_bom,
        "line_endings": decoded.line_endings,
        "byte_size": len(data),
        "char_count": len(decoded.text),
        "warnings": list(warnings),
        "ingested_at": ingested_at,
        "text": decoded.text,
    }
    target = lake.partition_path(settings.lake_dir, "bronze/issues", meta.issue_date, digest)
    lake.write_rows(settings.lake_dir, "bronze/issues", [row], target, {"run_key": run_key})
    bronze[digest] = target
    _remember(index, path, rel, digest, meta.issue_date, run_key, warnings, len(data))
    for w in warnings:
        log.warning("%s: %s", rel, w)
    return FileOutcome(rel, "loaded", digest, meta.issue_date, warnings=warnings, byte_size=len(data))


def _remember(
    index: dict[str, dict[str, Any]],
    path: Path,
    rel: str,
    digest: str,
    issue_date: date,
    loaded_by: str | None,
    warnings: tuple[str, ...],
    byte_size: int,
) -> None:
    if path.is_symlink():
        return
    index[rel] = {
        "stat": _stat_key(path),
        "sidecar": _stat_key(path.with_name(path.name + ".json")),
        "issue_id": digest,
        "issue_date": issue_date.isoformat(),
        "loaded_by": loaded_by,
        "warnings": list(warnings),
        "byte_size": byte_size,
    }


def run_key_for(interval_start: datetime) -> str:
    """A file-name-safe key for a run's data interval (reruns of the interval share it)."""
    return re.sub(r"[^0-9A-Za-z]+", "", interval_start.isoformat())


def ingest_folder(settings: Settings, logical_date: date, run_key: str, ingested_at: datetime) -> IngestReport:
    """Load every readable file under the landing folder; nothing one file does stops the others."""
    lake.remove_stale_temp_files(settings.lake_dir)
    lake.ensure_tables(settings.lake_dir)
    report = IngestReport(run_key)
    root = settings.raw_dir
    if not root.is_dir():
        raise FileNotFoundError(f"landing folder {root} does not exist (set NEWS_RAW_DIR or RAW_DIR)")
    seen: dict[str, str] = {}
    bronze = _bronze_index(settings.lake_dir)
    index = lake.read_json(_index_path(settings.lake_dir))
    files = landing_files(root)
    for path in files:
        try:
            outcome = _ingest_one(path, settings, logical_date, ingested_at, run_key, seen, bronze, index)
        except OSError as exc:
            reason = f"could not be read: {exc.strerror or exc}"
            quarantine_file(
                path, None, hashlib.sha256(str(path).encode()).hexdigest(), reason, settings.quarantine_dir, run_key
            )
            outcome = FileOutcome(str(path.relative_to(root)), "quarantined", reason=reason)
        if outcome.outcome == "quarantined":
            log.error("quarantined %s: %s", outcome.source_file, outcome.reason)
        report.files.append(outcome)
        crash_point("ingest.after_first_file")
    rows = [
        {
            "run_key": run_key,
            "source_file": f.source_file,
            "issue_id": f.issue_id,
            "issue_date": f.issue_date,
            "outcome": f.outcome,
            "reason": f.reason,
            "warnings": list(f.warnings),
            "byte_size": f.byte_size,
        }
        for f in report.files
    ]
    log_path = lake.table_dir(settings.lake_dir, "bronze/ingest_files") / f"run_key={run_key}" / "files.parquet"
    lake.write_rows(settings.lake_dir, "bronze/ingest_files", rows, log_path)
    present = {f.source_file for f in report.files}
    lake.write_json(_index_path(settings.lake_dir), {k: v for k, v in index.items() if k in present})
    lake.write_json(_manifest_path(settings.lake_dir), fingerprint(root, files))
    log.info("ingest %s: %s", run_key, report.summary())
    return report


def landing_files(root: Path) -> list[Path]:
    """The candidate issue files under the landing folder, in a stable order."""
    return sorted(p for p in root.rglob("*") if (p.is_file() or p.is_symlink()) and _is_candidate(p, root))


def fingerprint(root: Path, files: Sequence[Path] | None = None) -> dict[str, list[int]]:
    """relative path -> [size, mtime_ns] of every candidate file (and its sidecar): cheap change detection."""
    out: dict[str, list[int]] = {}
    for path in landing_files(root) if files is None else files:
        for p in (path, path.with_name(path.name + ".json")):
            if (stat := _stat_key(p)) is not None:
                out[str(p.relative_to(root))] = stat
    return out


def _manifest_path(lake_dir: Path) -> Path:
    return lake_dir / "bronze" / "landing_manifest.json"


def _index_path(lake_dir: Path) -> Path:
    """Landing file -> its stat, issue and loading run, for files in bronze: what lets ingest skip reading them."""
    return lake_dir / "bronze" / "landing_index.json"


def changed_since_last_ingest(settings: Settings) -> list[str]:
    """Files that are new or changed in the landing folder since the last ingest (what should trigger a run)."""
    if not settings.raw_dir.is_dir():
        return []
    path = _manifest_path(settings.lake_dir)
    before = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    now = fingerprint(settings.raw_dir)
    return sorted(k for k, v in now.items() if before.get(k) != v)
