"""The run record: one row per DAG run in the warehouse table ``pipeline_runs``, and one log line a person reads."""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from etl import lake
from etl.config import Settings, duckdb_config

log = logging.getLogger(__name__)

TABLE = "pipeline_runs"

# One row per run_key (the data interval): a rerun of the interval replaces its row, as it replaces its partitions.
DDL = f"""
create table if not exists {TABLE} (
    run_key varchar not null primary key,
    run_id varchar not null,
    interval_start timestamptz,
    interval_end timestamptz,
    recorded_at timestamptz not null,
    status varchar not null,
    files_seen integer not null,
    issues_in integer not null,
    issues_new integer not null,
    duplicates integer not null,
    quarantined integer not null,
    quarantined_files struct(source_file varchar, reason varchar)[] not null,
    articles integer not null,
    mentions integer not null,
    mentions_by_type struct(mention_type varchar, mentions integer)[] not null,
    warehouse_issues integer,
    warehouse_articles integer,
    warehouse_mentions integer,
    dbt_passed integer not null,
    dbt_failed integer not null,
    dbt_warned integer not null,
    dbt_skipped integer not null,
    dbt_failures struct(unique_id varchar, status varchar, message varchar)[] not null,
    dbt_seconds double,
    task_seconds struct(task_id varchar, seconds double)[] not null,
    failed_tasks varchar[] not null,
    run_seconds double
)
"""

WAREHOUSE_COUNTS = {
    "warehouse_issues": "select count(*) from dim_issues",
    "warehouse_articles": "select count(*) from fct_articles",
    "warehouse_mentions": "select count(*) from fct_entity_mentions",
}


def ingest_outcomes(settings: Settings, run_key: str) -> list[dict[str, Any]]:
    """What ingest did with every landing file in this run (the bronze ingest log), or [] if ingest never ran."""
    path = lake.table_dir(settings.lake_dir, "bronze/ingest_files") / f"run_key={run_key}" / "files.parquet"
    if not path.exists():
        return []
    return lake.read_file(path, ["source_file", "issue_id", "issue_date", "outcome", "reason"]).to_pylist()


def _silver_counts(settings: Settings, issues: Sequence[tuple[date, str]]) -> tuple[int, dict[str, int]]:
    """Articles, and mentions by type, of the given issues: from their silver files' footers (through the footer
    cache), scanning only files written before footers carried their counts."""
    import duckdb

    footers = lake.FooterCache(settings.lake_dir)
    articles, by_type, unstamped = 0, Counter[str](), {"silver/articles": [], "silver/mentions": []}
    for day, issue_id in issues:
        for table, stamp in (("silver/articles", "article_count"), ("silver/mentions", "mentions_by_type")):
            path = lake.partition_path(settings.lake_dir, table, day, issue_id)
            value = footers.metadata(path).get(stamp)
            if value is None:
                if path.exists():
                    unstamped[table].append(str(path))
            elif table == "silver/articles":
                articles += int(value)
            else:
                by_type.update({str(k): int(n) for k, n in json.loads(value).items()})
    footers.save()
    if any(unstamped.values()):
        with duckdb.connect(config=duckdb_config()) as con:
            if unstamped["silver/articles"]:
                row = con.execute("select count(*) from read_parquet(?)", [unstamped["silver/articles"]]).fetchone()
                articles += int(row[0]) if row else 0
            if unstamped["silver/mentions"]:
                by_type.update(
                    {
                        str(t): int(n)
                        for t, n in con.execute(
                            "select mention_type, count(*) from read_parquet(?) group by 1",
                            [unstamped["silver/mentions"]],
                        ).fetchall()
                    }
                )
    return articles, {t: by_type[t] for t in sorted(by_type) if by_type[t]}


def dbt_results(settings: Settings) -> list[dict[str, Any]]:
    """dbt's own record of the last build (run_results.json), or [] when dbt has not run."""
    path = settings.warehouse_dir / "dbt" / "target" / "run_results.json"
    if not path.exists():
        return []
    return list(json.loads(path.read_text(encoding="utf-8")).get("results", []))


def _dbt_summary(results: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    status = [str(r.get("status")) for r in results]
    failures = [
        {
            "unique_id": str(r.get("unique_id")),
            "status": str(r.get("status")),
            "message": str(r.get("message") or "")[:500],
        }
        for r in results
        if r.get("status") in ("error", "fail", "warn")
    ]
    return {
        "dbt_passed": sum(s in ("success", "pass") for s in status),
        "dbt_failed": sum(s in ("error", "fail", "runtime error") for s in status),
        "dbt_warned": status.count("warn"),
        "dbt_skipped": status.count("skipped"),
        "dbt_failures": failures,
    }


def _status(dbt_failed: int, failed_tasks: Sequence[str], built: bool) -> str:
    if not built or dbt_failed:
        return "build_failed"
    return "partial" if failed_tasks else "success"


def record_run(
    settings: Settings,
    run_id: str,
    run_key: str,
    interval_start: datetime | None,
    interval_end: datetime | None,
    task_durations: Mapping[str, float],
    build_result: Mapping[str, Any] | None,
    failed_tasks: Sequence[str] = (),
    run_started_at: datetime | None = None,
) -> dict[str, Any]:
    """Write this run's row into ``pipeline_runs`` in the build file (replacing a rerun's), log it, return it.

    Holds the warehouse's writer lock while it writes, like dbt's build and the publish.

    ``build_result`` is what ``build_warehouse`` returned (None when it failed); ``task_durations`` maps a task
    to its seconds (mapped tasks summed); ``failed_tasks`` names tasks that failed, e.g. ``parse[rmrb_x]``.
    """
    import duckdb

    from etl.pipelines import warehouse_lock

    files = ingest_outcomes(settings, run_key)
    issues = sorted({(f["issue_date"], f["issue_id"]) for f in files if f["outcome"] in ("loaded", "already_loaded")})
    quarantined = [
        {"source_file": f["source_file"], "reason": f["reason"]} for f in files if f["outcome"] == "quarantined"
    ]
    articles, mentions_by_type = _silver_counts(settings, issues)
    dbt = _dbt_summary(dbt_results(settings))
    recorded_at = datetime.now(UTC)  # when the record was written: bookkeeping, not data logic
    row: dict[str, Any] = {
        "run_key": run_key,
        "run_id": run_id,
        "interval_start": interval_start,
        "interval_end": interval_end,
        "recorded_at": recorded_at,
        "status": _status(dbt["dbt_failed"], failed_tasks, build_result is not None),
        "files_seen": len(files),
        "issues_in": len(issues),
        "issues_new": sum(f["outcome"] == "loaded" for f in files),
        "duplicates": sum(f["outcome"] == "duplicate" for f in files),
        "quarantined": len(quarantined),
        "quarantined_files": quarantined,
        "articles": articles,
        "mentions": sum(mentions_by_type.values()),
        "mentions_by_type": [{"mention_type": k, "mentions": v} for k, v in mentions_by_type.items()],
        **dict.fromkeys(WAREHOUSE_COUNTS),
        **dbt,
        "dbt_seconds": (build_result or {}).get("seconds"),
        "task_seconds": [{"task_id": k, "seconds": round(float(v), 3)} for k, v in sorted(task_durations.items())],
        "failed_tasks": sorted(failed_tasks),
        "run_seconds": round((recorded_at - run_started_at).total_seconds(), 1) if run_started_at else None,
    }
    settings.build_db.parent.mkdir(parents=True, exist_ok=True)
    with warehouse_lock(settings), duckdb.connect(str(settings.build_db), config=duckdb_config()) as con:
        for column, sql in WAREHOUSE_COUNTS.items():
            try:
                row[column] = con.execute(sql).fetchone()[0]  # type: ignore[index]
            except duckdb.CatalogException:  # no marts yet: the first build failed
                row[column] = None
        con.execute(DDL)
        columns = list(row)
        con.execute("begin")
        con.execute(f"delete from {TABLE} where run_key = ?", [run_key])  # noqa: S608 - constant table name
        con.execute(
            f"insert into {TABLE} ({', '.join(columns)}) values ({', '.join('?' for _ in columns)})",  # noqa: S608
            [row[c] for c in columns],
        )
        con.execute("commit")
    log.info("%s", describe(row))
    return row


def describe(row: Mapping[str, Any]) -> str:
    """The run record as a person reads it in the task log."""
    by_type = ", ".join(f"{m['mention_type']} {m['mentions']}" for m in row["mentions_by_type"])
    lines = [
        f"run {row['run_key']} ({row['run_id']}): {row['status']}",
        f"  files: {row['files_seen']}   issues in: {row['issues_in']} ({row['issues_new']} new)   "
        f"duplicates: {row['duplicates']}   quarantined: {row['quarantined']}",
        f"  articles: {row['articles']}   mentions: {row['mentions']} ({by_type or 'none'})",
        f"  warehouse now: {row['warehouse_issues']} issues, {row['warehouse_articles']} articles, "
        f"{row['warehouse_mentions']} mentions",
        f"  dbt: {row['dbt_passed']} passed, {row['dbt_failed']} failed, {row['dbt_warned']} warned, "
        f"{row['dbt_skipped']} skipped in {row['dbt_seconds']}s",
    ]
    lines += [f"  quarantined {q['source_file']}: {q['reason']}" for q in row["quarantined_files"]]
    lines += [f"  dbt {f['status']} {f['unique_id']}: {f['message']}" for f in row["dbt_failures"]]
    if row["failed_tasks"]:
        lines.append(f"  failed tasks: {', '.join(row['failed_tasks'])}")
    timing = ", ".join(f"{t['task_id']} {t['seconds']:.1f}s" for t in row["task_seconds"])
    lines.append(f"  durations: {timing or 'n/a'}; whole run {row['run_seconds']}s")
    return "\n".join(lines)


def read_runs(db: Path) -> list[dict[str, Any]]:
    """Every run record in a warehouse file, newest interval first (for the command line and tests)."""
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        if not con.execute("select count(*) from duckdb_tables() where table_name = ?", [TABLE]).fetchone()[0]:  # type: ignore[index]
            return []
        cur = con.execute(f"select * from {TABLE} order by interval_start desc nulls last, run_key desc")  # noqa: S608
        names = [d[0] for d in cur.description]
        return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def task_outcomes(breadcrumbs: Iterable[Mapping[str, Any]]) -> tuple[dict[str, float], list[str]]:
    """Seconds per task (a mapped task's instances summed) and the failed ones, from Airflow's task breadcrumbs.

    A breadcrumb is what ``RuntimeTaskInstance.get_task_breadcrumbs`` returns for each finished task instance:
    ``task_id``, ``map_index``, ``state``, ``duration``.
    """
    seconds: dict[str, float] = {}
    failed: list[str] = []
    for b in breadcrumbs:
        task_id = str(b["task_id"])
        seconds[task_id] = seconds.get(task_id, 0.0) + float(b.get("duration") or 0.0)
        if b.get("state") in ("failed", "upstream_failed"):
            index = b.get("map_index", -1)
            failed.append(task_id if index is None or index < 0 else f"{task_id}[{index}]")
    return seconds, failed
