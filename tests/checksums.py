"""Row counts and order-independent checksums of every mart in a warehouse file: equal checksums, equal tables."""

from __future__ import annotations

from pathlib import Path

import duckdb

# Tables that describe a run or a publication, not the data: they differ between two builds of the same data.
RUN_METADATA_TABLES = ("pipeline_runs", "published_build")
ROWS = "string_agg(cast(x as varchar), chr(10) order by cast(x as varchar))"  # every row, in a fixed order


def mart_checksums(db: Path) -> dict[str, tuple[int, str]]:
    """Every table dbt and the pipeline built in the main schema (marts and seeds), but not the run metadata."""
    with duckdb.connect(str(db), read_only=True) as con:
        tables = [
            r[0]
            for r in con.execute(
                "select table_name from duckdb_tables() where schema_name = 'main' and database_name = current_database()"
                " order by 1"
            ).fetchall()
            if r[0] not in RUN_METADATA_TABLES
        ]
        out = {}
        for t in tables:
            sql = f"select count(*), coalesce(md5({ROWS}), '') from \"{t}\" as x"  # noqa: S608 - names from the catalog
            n, digest = con.execute(sql).fetchone()  # type: ignore[misc]
            out[t] = (n, digest)
    return out


def differences(a: dict[str, tuple[int, str]], b: dict[str, tuple[int, str]]) -> dict[str, str]:
    """Which marts differ between two checksum sets, and how (for an assertion message a person can act on)."""
    out = {}
    for t in sorted(set(a) | set(b)):
        if t not in a or t not in b:
            out[t] = "only in the first" if t in a else "only in the second"
        elif a[t] != b[t]:
            out[t] = f"{a[t][0]} rows vs {b[t][0]} rows" + (
                " (same count, different rows)" if a[t][0] == b[t][0] else ""
            )
    return out
