"""Publish a finished build for readers: an atomically swapped DuckDB file and a Parquet copy of every mart."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from etl.config import Settings, duckdb_config

if TYPE_CHECKING:
    import duckdb

log = logging.getLogger(__name__)

MART_PREFIXES = ("dim_", "fct_", "rpt_")  # dbt's marts; staging/intermediate views and seeds stay private
BUILD_TABLE = "published_build"  # one row in every published file: which build a reader is looking at
MANIFEST = "_manifest.json"
KEEP_MART_VERSIONS = 3  # older Parquet versions are deleted; a reader mid-read of the previous one is unharmed
COPY_BLOCK = 8 << 20
REPLACE_RETRIES = 8  # Windows refuses to replace a file another process holds open; wait for readers to let go


class PublishFailed(RuntimeError):
    """Nothing could be published; the message says why.  The previous publication is untouched."""


@dataclass(frozen=True, slots=True)
class Publication:
    build_id: str
    database: Path
    marts_dir: Path
    marts: tuple[str, ...]


def marts_dir(settings: Settings) -> Path:
    """Where the Parquet marts are read from: ``<warehouse>/marts/<mart>.parquet``."""
    return settings.warehouse_dir / "marts"


def _build_id(hexdigest: str, at: datetime) -> str:
    """A sortable, unique name for one build: UTC time of publication and a digest of the built file."""
    return f"{at.strftime('%Y%m%dT%H%M%S%fZ')}-{hexdigest[:12]}"


def _copy_with_digest(src: Path, dst: Path) -> str:
    """Copy ``src`` to ``dst`` and return the SHA-256 of what was copied: one read of the build file, not two."""
    digest = hashlib.sha256()
    with open(src, "rb") as fin, open(dst, "wb") as fout:
        for block in iter(lambda: fin.read(COPY_BLOCK), b""):
            digest.update(block)
            fout.write(block)
    return digest.hexdigest()


def mart_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    """The mart tables of a built warehouse, by name."""
    rows = con.execute(
        "select table_name from duckdb_tables() where schema_name = 'main' and not temporary order by 1"
    ).fetchall()
    return [name for (name,) in rows if name.startswith(MART_PREFIXES)]


def publish(settings: Settings) -> str:
    """Publish ``build/newspapers.duckdb``: the DuckDB file, then its Parquet marts; returns the published path.

    The published file is replaced by one ``os.replace`` (a rename): a reader that has it open keeps reading the
    build it opened, a new connection gets the new build, and nobody ever sees a half-written file.
    """
    return str(publish_build(settings).database)


def publish_build(settings: Settings, now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> Publication:
    """``publish`` with what it published: the build id, both paths and the marts (``now`` for tests)."""
    publish_database(settings, now)
    return publish_marts(settings)


def publish_database(settings: Settings, now: Callable[[], datetime] = lambda: datetime.now(UTC)) -> Publication:
    """Swap a stamped copy of the build file in for readers.  The Parquet marts follow (``publish_marts``).

    The database goes first: where a swap can be refused (Windows, a reader holding the file), both forms stay old.
    """
    if not settings.build_db.exists():
        raise PublishFailed(f"nothing to publish: {settings.build_db} does not exist (did dbt build run?)")
    target = settings.published_db
    target.parent.mkdir(parents=True, exist_ok=True)
    published_at = now()
    fd, tmp_name = tempfile.mkstemp(prefix=".publish-", suffix=".duckdb", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        build_id = _build_id(_copy_with_digest(settings.build_db, tmp), published_at)
        marts = _stamp(tmp, build_id, published_at)
        os.chmod(tmp, 0o644)  # readers often run as another user (a BI container); mkstemp made it 0600
        _replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        Path(f"{tmp}.wal").unlink(missing_ok=True)
        raise
    log.info("published build %s: %s", build_id, target)
    return Publication(build_id, target, marts_dir(settings), tuple(marts))


def publish_marts(settings: Settings) -> Publication:
    """Write the published file's marts to Parquet and swap them in as one folder (``marts`` -> its version).

    Reads the published file only (read-only, beside BI readers), so the next build need not wait for it.  A rerun
    for a build whose marts are already in place does nothing.
    """

    target = settings.published_db
    if not target.exists():
        raise PublishFailed(f"no published warehouse at {target}: publish the database first")
    link, versions = marts_dir(settings), settings.warehouse_dir / ".marts"
    with _read_published(target) as con:
        found = published_build_row(con)
        if found is None:
            raise PublishFailed(f"{target} holds no {BUILD_TABLE} row: publish the database first")
        build_id, published_at = found
        marts = mart_tables(con)
        staged = versions / build_id
        if link.is_symlink() and link.resolve() == staged.resolve() and (staged / MANIFEST).exists():
            return Publication(build_id, target, link, tuple(marts))
        shutil.rmtree(staged, ignore_errors=True)  # a killed export's half
        try:
            _export(con, marts, staged, build_id, published_at)
            _swap_marts(link, staged)
        except BaseException:
            if link.resolve() != staged.resolve():  # never published: nobody reads it
                shutil.rmtree(staged, ignore_errors=True)
            raise
    _prune(versions, keep=KEEP_MART_VERSIONS, current=staged)
    log.info("published %d Parquet marts of build %s in %s", len(marts), build_id, link)
    return Publication(build_id, target, link, tuple(marts))


def _read_published(target: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection for the export: capped, in parallel (no row order is promised: readers sort).

    A reader in this very process (a test, a notebook) already holds the file under its own configuration, and
    DuckDB gives one file one configuration per process: then the export shares that reader's.
    """
    import duckdb

    config = duckdb_config() | {"preserve_insertion_order": False}
    try:
        return duckdb.connect(str(target), read_only=True, config=config)
    except duckdb.ConnectionException:
        return duckdb.connect(str(target), read_only=True)


def published_build_row(con: duckdb.DuckDBPyConnection) -> tuple[str, datetime] | None:
    """(build_id, published_at in UTC) of an open published file, or None for a file never stamped."""
    found = con.execute(
        "select count(*) from duckdb_tables() where table_name = ? and schema_name = 'main'", [BUILD_TABLE]
    ).fetchone()
    if not found or not found[0]:
        return None
    row = con.execute(f"select build_id, epoch_us(published_at) from {BUILD_TABLE}").fetchone()  # noqa: S608
    return (str(row[0]), datetime.fromtimestamp(row[1] / 1e6, UTC)) if row else None


def _stamp(db_file: Path, build_id: str, published_at: datetime) -> list[str]:
    """Record the build in the copy about to be published; its mart tables (refuses a file without any)."""
    import duckdb

    with duckdb.connect(str(db_file), config=duckdb_config()) as con:
        marts = mart_tables(con)
        if not marts:
            raise PublishFailed(f"{db_file} has no mart tables ({', '.join(MART_PREFIXES)}*): refusing to publish")
        con.execute(
            f"create or replace table {BUILD_TABLE} as "
            "select ?::varchar as build_id, ?::timestamptz as published_at, ?::integer as mart_count",
            [build_id, published_at, len(marts)],
        )
        con.execute(
            f"comment on table {BUILD_TABLE} is 'One row: the build this file holds (build_id, published_at). "
            "A long-lived reader compares build_id to notice that it should reconnect.'"
        )
        con.execute("checkpoint")
    return marts


def _export(
    con: duckdb.DuckDBPyConnection, marts: Sequence[str], out_dir: Path, build_id: str, published_at: datetime
) -> None:
    """Every mart to ``<out_dir>/<mart>.parquet``, and the manifest (rows, descriptions) last."""
    out_dir.mkdir(parents=True)
    manifest: dict[str, object] = {"build_id": build_id, "published_at": published_at.isoformat(), "marts": {}}
    for name in marts:
        path = out_dir / f"{name}.parquet"
        con.execute(
            f"copy (select * from \"{name}\") to '{_sql_path(path)}' "  # noqa: S608 - names from the catalog
            f"(format parquet, compression zstd, compression_level 1, kv_metadata {{build_id: '{build_id}'}})"
        )
        rows, comment = con.execute(
            f'select (select count(*) from "{name}"), '  # noqa: S608
            "(select comment from duckdb_tables() where table_name = ? and schema_name = 'main')",
            [name],
        ).fetchone() or (0, None)
        manifest["marts"][name] = {"rows": rows, "description": (comment or "").strip()}  # type: ignore[index]
    (out_dir / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def _swap_marts(link: Path, staged: Path) -> None:
    """Point ``marts`` at the new version directory by replacing a symlink: every mart changes at once."""
    if link.exists() and not link.is_symlink():
        # A plain folder (first publish after an older layout): move it aside once; a moment without marts.
        aside = staged.parent / f"legacy-{staged.name}"
        log.warning("moving the plain folder %s aside to %s to publish marts by symlink", link, aside)
        os.replace(link, aside)
    tmp_link = link.with_name(f".{link.name}-{staged.name}")
    try:
        os.symlink(os.path.relpath(staged, link.parent), tmp_link, target_is_directory=True)
    except OSError as exc:  # Windows without the symlink privilege: fall back to per-file swaps
        log.warning("symlinks unavailable (%s): replacing Parquet marts file by file in %s", exc, link)
        _copy_marts_file_by_file(staged, link)
        return
    _replace(tmp_link, link)


def _copy_marts_file_by_file(staged: Path, folder: Path) -> None:
    """Each file is whole when it appears, but a reader may briefly see one mart from the next build."""
    folder.mkdir(parents=True, exist_ok=True)
    for src in sorted(staged.iterdir(), key=lambda p: p.name == MANIFEST):  # manifest last
        tmp = folder / f".{src.name}.tmp"
        shutil.copyfile(src, tmp)
        _replace(tmp, folder / src.name)


def _replace(src: Path, dst: Path, retries: int = REPLACE_RETRIES) -> None:
    """``os.replace``, retried while the destination is held open (Windows); atomic on POSIX filesystems."""
    for attempt in range(retries + 1):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if attempt == retries:
                raise PublishFailed(
                    f"could not replace {dst}: another process holds it open (on Windows, readers must disconnect "
                    "for the swap; read the Parquet marts there instead)"
                ) from None
            time.sleep(min(0.25 * 2**attempt, 5.0))


def _prune(versions: Path, keep: int, current: Path) -> None:
    """Delete all but the newest ``keep`` mart versions (names sort by publication time)."""
    if not versions.is_dir():
        return
    old = sorted(
        (p for p in versions.iterdir() if p.is_dir() and p != current), key=lambda p: p.name.removeprefix("legacy-")
    )
    for path in old[: max(0, len(old) - (keep - 1))]:
        shutil.rmtree(path, ignore_errors=True)


def published_build(db_file: Path) -> str | None:
    """The build id a published file holds (None for a file published before builds were stamped)."""
    import duckdb

    with duckdb.connect(str(db_file), read_only=True) as con:
        found = published_build_row(con)
    return found[0] if found else None


def describe_marts(con: duckdb.DuckDBPyConnection, names: Sequence[str] | None = None) -> list[tuple[str, int, str]]:
    """(mart, rows, description) for the marts of an open warehouse: what `make sql` prints on start."""
    out = []
    for name in names if names is not None else mart_tables(con):
        rows, comment = con.execute(
            f'select (select count(*) from "{name}"), '  # noqa: S608 - names from the catalog
            "(select comment from duckdb_tables() where table_name = ? and schema_name = 'main')",
            [name],
        ).fetchone() or (0, None)
        out.append((name, int(rows), (comment or "").strip()))
    return out
