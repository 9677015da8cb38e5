"""The Parquet lake: table schemas, atomic per-issue partition files, reads (I/O)."""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from etl.failpoints import crash_point

log = logging.getLogger(__name__)

# One schema per lake table.  dbt's sources read these files; a column change here is a change there.
SCHEMAS: dict[str, pa.Schema] = {
    "bronze/issues": pa.schema(
        [
            ("issue_id", pa.string()),
            ("issue_date", pa.date32()),
            ("paper", pa.string()),
            ("edition", pa.string()),
            ("metadata_source", pa.string()),
            ("source_file", pa.string()),
            ("encoding", pa.string()),
            ("has_bom", pa.bool_()),
            ("line_endings", pa.string()),
            ("byte_size", pa.int64()),
            ("char_count", pa.int64()),
            ("warnings", pa.list_(pa.string())),
            ("ingested_at", pa.timestamp("us", tz="UTC")),
            ("text", pa.large_string()),
        ]
    ),
    "bronze/ingest_files": pa.schema(
        [
            ("run_key", pa.string()),
            ("source_file", pa.string()),
            ("issue_id", pa.string()),
            ("issue_date", pa.date32()),
            ("outcome", pa.string()),  # loaded, already_loaded, duplicate, quarantined
            ("reason", pa.string()),
            ("warnings", pa.list_(pa.string())),
            ("byte_size", pa.int64()),
        ]
    ),
    "silver/articles": pa.schema(
        [
            ("article_id", pa.string()),
            ("issue_id", pa.string()),
            ("issue_date", pa.date32()),
            ("paper", pa.string()),
            ("seq", pa.int32()),
            ("page", pa.int32()),
            ("page_name", pa.string()),
            ("kicker", pa.string()),
            ("headline", pa.string()),
            ("subtitle", pa.string()),
            ("byline", pa.string()),
            ("dateline", pa.string()),
            ("body", pa.large_string()),
            ("paragraph_count", pa.int32()),
            ("char_count", pa.int32()),
            ("parser_version", pa.string()),
        ]
    ),
    "silver/article_reporters": pa.schema(
        [
            ("article_id", pa.string()),
            ("issue_id", pa.string()),
            ("issue_date", pa.date32()),
            ("position", pa.int32()),
            ("name", pa.string()),
            ("role", pa.string()),
            ("affiliation", pa.string()),
        ]
    ),
    "silver/mentions": pa.schema(
        [
            ("mention_id", pa.string()),
            ("article_id", pa.string()),
            ("issue_id", pa.string()),
            ("issue_date", pa.date32()),
            ("paper", pa.string()),
            ("position", pa.int32()),
            ("mention_type", pa.string()),
            ("text", pa.string()),
            ("start_offset", pa.int32()),
            ("end_offset", pa.int32()),
            ("canonical", pa.string()),
            ("titles", pa.list_(pa.string())),
            ("adcode", pa.string()),
            ("place_id", pa.string()),
            ("place_level", pa.string()),
            ("amount_value", pa.float64()),
            ("amount_unit", pa.string()),
            ("is_approximate", pa.bool_()),
            ("start_date", pa.date32()),
            ("end_date", pa.date32()),
            ("part_of_day", pa.string()),
        ]
    ),
    "silver/article_events": pa.schema(
        [
            ("article_id", pa.string()),
            ("issue_id", pa.string()),
            ("issue_date", pa.date32()),
            ("event_date", pa.date32()),
            ("extractor_version", pa.string()),
        ]
    ),
}

EMPTY_PARTITION = "_empty"  # holds a zero-row file so readers of an empty table still see its columns


def table_dir(lake_dir: Path, table: str) -> Path:
    return lake_dir / table


def partition_path(lake_dir: Path, table: str, issue_date: date, name: str) -> Path:
    """One file per issue: ``<table>/date=YYYY-MM-DD/<name>.parquet``.

    The hive key is ``date``, not ``issue_date``: readers that add the key as a column never clash with
    the ``issue_date`` column inside each file.
    """
    return table_dir(lake_dir, table) / f"date={issue_date.isoformat()}" / f"{name}.parquet"


def _atomic_write(table: pa.Table, path: Path, metadata: Mapping[str, str] | None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if metadata:
        table = table.replace_schema_metadata({**(table.schema.metadata or {}), **metadata})
    # Write beside the target and rename: a reader sees the old file or the new one, never half of one.
    # Not ".parquet": a glob of the table (dbt's sources) must never pick up an in-flight or orphaned file.
    fd, tmp = tempfile.mkstemp(prefix=temp_prefix(), suffix=".partial", dir=path.parent)
    os.close(fd)
    try:
        pq.write_table(table, tmp, compression="zstd")
        crash_point("lake.before_rename")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


PARTITION_PREFIXES = ("date=", "run_key=")


def partition_stamps(lake_dir: Path) -> dict[str, int]:
    """``<table>/<partition folder>`` -> the folder's modification time (ns), for every partition of every table.

    Every write renames a file into its partition folder, which stamps the folder; so a partition whose stamp
    differs from the one a build saw has changed since: a new issue, a rerun, or an issue a new parser or
    extractor version rewrote, whatever the run's interval.
    """
    stamps: dict[str, int] = {}
    for table in SCHEMAS:
        root = table_dir(lake_dir, table)
        if not root.is_dir():
            continue
        with os.scandir(root) as entries:
            for entry in entries:
                if entry.name.startswith(PARTITION_PREFIXES):
                    stamps[f"{table}/{entry.name}"] = entry.stat().st_mtime_ns
    return stamps


def changed_partitions(lake_dir: Path, before: Mapping[str, int], now: Mapping[str, int]) -> dict[str, list[str]]:
    """Table -> its partition folders whose stamp is new or differs, and that hold a file to read (every table)."""
    out: dict[str, list[str]] = {table: [] for table in SCHEMAS}
    for key in sorted(now):
        if before.get(key) != now[key]:
            table, folder = key.rsplit("/", 1)
            if any((lake_dir / key).glob("*.parquet")):  # not a folder holding only a killed writer's temp file
                out.setdefault(table, []).append(folder)
    return out


def changed_dates(partitions: Mapping[str, list[str]]) -> list[date]:
    """The issue dates among changed partitions (``date=`` folders of any table)."""
    days = {f.removeprefix("date=") for folders in partitions.values() for f in folders if f.startswith("date=")}
    return [date.fromisoformat(d) for d in sorted(days)]


def ensure_tables(lake_dir: Path) -> None:
    """Give every table its zero-row file, so dbt's sources resolve before the first issue arrives."""
    for table, schema in SCHEMAS.items():
        path = table_dir(lake_dir, table) / EMPTY_PARTITION / "empty.parquet"
        if not path.exists():
            _atomic_write(schema.empty_table(), path, None)


def write_rows(
    lake_dir: Path,
    table: str,
    rows: Iterable[Mapping[str, Any]],
    path: Path,
    metadata: Mapping[str, str] | None = None,
) -> int:
    """Replace ``path`` with ``rows`` (a whole partition file: rewriting is idempotent)."""
    schema = SCHEMAS[table]
    batch = pa.Table.from_pylist(list(rows), schema=schema)
    _atomic_write(batch, path, metadata)
    return batch.num_rows


def read_file(path: Path, columns: list[str] | None = None) -> pa.Table:
    return pq.read_table(path, columns=columns)


def file_metadata(path: Path) -> dict[str, str]:
    """The key/value metadata a writer stored (e.g. parser_version), or {} if the file is absent."""
    if not path.exists():
        return {}
    raw = pq.read_schema(path).metadata or {}
    return {k.decode(): v.decode() for k, v in raw.items() if not k.startswith(b"ARROW")}


class FooterCache:
    """``file_metadata`` of many lake files, remembered in one JSON file by each file's size and mtime.

    A daily run asks every issue of a landing folder that keeps years of them whether its silver files are
    current; a ``stat`` answers for a file unchanged since it was last asked, where a footer read costs twenty
    times more.  A rewritten file (new size or mtime) is read again.  Losing the cache file costs only time.
    """

    def __init__(self, lake_dir: Path, name: str = "footers.json") -> None:
        self.root = lake_dir
        self.path = lake_dir / "silver" / f"_{name}"
        self._dirty = False
        self._entries: dict[str, Any] = read_json(self.path)

    def metadata(self, path: Path) -> dict[str, str]:
        try:
            st = path.stat()
        except FileNotFoundError:
            return {}
        key, stamp = str(path.relative_to(self.root)), [st.st_size, st.st_mtime_ns]
        entry = self._entries.get(key)
        if isinstance(entry, list) and len(entry) == 2 and entry[0] == stamp and isinstance(entry[1], dict):
            return dict(entry[1])
        meta = file_metadata(path)
        self._entries[key] = [stamp, meta]
        self._dirty = True
        return meta

    def save(self) -> None:
        """Write the cache back if anything was read from a footer (atomically; the last writer wins)."""
        if not self._dirty:
            return
        write_json(self.path, self._entries)
        self._dirty = False


def read_json(path: Path) -> dict[str, Any]:
    """A JSON object the pipeline keeps beside its data (stamps, indexes, caches); {} if absent or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        log.warning("%s is unreadable or not JSON: starting from nothing", path)
        return {}
    return data if isinstance(data, dict) else {}


def write_json(path: Path, data: Mapping[str, Any]) -> None:
    """Write ``data`` to ``path`` atomically (a temporary file renamed over it): readers see old or new, whole."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(temp_prefix() + path.name)
    tmp.write_text(json.dumps(data, sort_keys=True, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)


def temp_prefix() -> str:
    """Temporary files carry their writer's process id, so cleaning never touches a live writer's file."""
    return f".tmp-{os.getpid()}-"


def _writer_alive(tmp: Path) -> bool:
    pid = tmp.name.removeprefix(".tmp-").split("-", 1)[0]
    if not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, another user's
        return True
    try:  # a killed process whose parent died may linger as a zombie nobody reaps: it writes nothing
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def remove_stale_temp_files(lake_dir: Path) -> int:
    """Delete the temporary files that dead writers left behind (a killed run); returns how many.

    A concurrent run's writer is alive: its files stay.  Process ids mean nothing across machines, so a lake on
    storage shared by several hosts needs one cleaner at a time (the writer lock's host).
    """
    removed = 0
    for folder, _dirs, files in os.walk(lake_dir):  # os.walk: pathlib's rglob is ~4x slower over ~20k files
        for name in files:
            if name.startswith(".tmp-") and not _writer_alive(tmp := Path(folder) / name):
                tmp.unlink(missing_ok=True)
                removed += 1
    return removed
