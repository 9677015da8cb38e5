"""The functions a DAG task calls: read -> transform -> write, one recoverable unit each."""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from etl import lake
from etl.config import Settings, duckdb_config
from etl.failpoints import crash_point
from etl.records import Article, Mention
from etl.versions import extractor_version, parser_version, tree_digest

log = logging.getLogger(__name__)


class StageFailed(RuntimeError):
    """A stage failed for one issue or for the build; the message names which and why."""


# ---------------------------------------------------------------------------------------------- ingest


def ingest(settings: Settings, logical_date: date, interval_start: datetime, interval_end: datetime) -> list[str]:
    """Load the landing folder into bronze; returns the issue keys (``date/sha256``) later stages map over."""
    from etl.ingest import ingest_folder
    from etl.ingest.landing import run_key_for

    report = ingest_folder(settings, logical_date, run_key_for(interval_start), ingested_at=interval_end)
    return report.issue_keys


def pending_issues(settings: Settings, issue_keys: Sequence[str]) -> list[str]:
    """The issues with work left for parse or entities (new, failed, or read by an older parser or extractor).

    A daily run over a landing folder that keeps years of issues maps tasks over these only: one new issue makes
    one parse and one extraction task, not a batch of skip checks per mapped task over the whole archive.  The
    version stamps come through the lake's footer cache (a ``stat`` per file unchanged since the last run).
    """
    footers = lake.FooterCache(settings.lake_dir)
    try:
        return [k for k in issue_keys if parse_needed(settings, k, footers) or extract_needed(settings, k, footers)]
    finally:
        footers.save()


def _footer(settings: Settings, table: str, issue_key: str, footers: lake.FooterCache | None) -> dict[str, str]:
    issue_date, issue_id = _split_key(issue_key)
    path = lake.partition_path(settings.lake_dir, table, issue_date, issue_id)
    return footers.metadata(path) if footers is not None else lake.file_metadata(path)


def _split_key(issue_key: str) -> tuple[date, str]:
    day, issue_id = issue_key.split("/", 1)
    return date.fromisoformat(day), issue_id


# ----------------------------------------------------------------------------------------------- parse


def article_id(issue_id: str, seq: int) -> str:
    return f"{issue_id[:16]}-{seq:04d}"


def parse_needed(settings: Settings, issue_key: str, footers: lake.FooterCache | None = None) -> bool:
    """Whether the issue's articles are missing or from another parser version (cheap: one Parquet footer)."""
    return _footer(settings, "silver/articles", issue_key, footers).get("parser_version") != parser_version()


def parse_issue_file(settings: Settings, issue_key: str) -> int:
    """Parse one bronze issue into silver articles and reporters; returns the number of articles."""
    issue_date, issue_id = _split_key(issue_key)
    out = lake.partition_path(settings.lake_dir, "silver/articles", issue_date, issue_id)
    if not parse_needed(settings, issue_key):
        return int(lake.file_metadata(out).get("article_count", "0"))
    version = parser_version()
    from etl.parse import parse_issue  # after the skip: a rerun over parsed issues loads nothing

    bronze = lake.partition_path(settings.lake_dir, "bronze/issues", issue_date, issue_id)
    row = lake.read_file(bronze, ["text", "paper", "source_file"]).to_pylist()[0]
    try:
        articles = parse_issue(row["text"])
    except Exception as exc:  # the parser is pure; any error is a bug on this input, named with the file
        raise StageFailed(f"parse failed on issue {issue_key} ({row['source_file']}): {exc!r}") from exc
    if not articles:
        log.warning("issue %s (%s): no recognizable articles", issue_key, row["source_file"])
    article_rows = [_article_row(a, issue_id, issue_date, row["paper"], version) for a in articles]
    reporter_rows = [
        {
            "article_id": article_id(issue_id, a.seq),
            "issue_id": issue_id,
            "issue_date": issue_date,
            "position": i,
            "name": r.name,
            "role": r.role,
            "affiliation": r.affiliation,
        }
        for a in articles
        for i, r in enumerate(a.reporters, start=1)
    ]
    meta = {"parser_version": version, "article_count": str(len(articles))}
    lake.write_rows(
        settings.lake_dir,
        "silver/article_reporters",
        reporter_rows,
        lake.partition_path(settings.lake_dir, "silver/article_reporters", issue_date, issue_id),
        meta,
    )
    crash_point("parse.before_articles")
    # Articles last: their version stamp is what marks the issue as parsed.
    lake.write_rows(settings.lake_dir, "silver/articles", article_rows, out, meta)
    return len(articles)


def _article_row(a: Article, issue_id: str, issue_date: date, paper: str, version: str) -> dict[str, Any]:
    body = a.body
    return {
        "article_id": article_id(issue_id, a.seq),
        "issue_id": issue_id,
        "issue_date": issue_date,
        "paper": paper,
        "seq": a.seq,
        "page": a.page,
        "page_name": a.page_name,
        "kicker": a.kicker,
        "headline": a.headline,
        "subtitle": a.subtitle,
        "byline": a.byline,
        "dateline": a.dateline,
        "body": body,
        "paragraph_count": len(a.paragraphs),
        "char_count": len(body),
        "parser_version": version,
    }


# -------------------------------------------------------------------------------------------- entities


def home_adcodes(settings: Settings) -> dict[str, str | None]:
    """paper -> home region code, from the dbt seed of newspapers (one source of truth for both sides)."""
    with open(settings.newspapers_seed, encoding="utf-8", newline="") as fh:
        return {r["paper"]: (r["home_adcode"] or None) for r in csv.DictReader(fh)}


def extract_needed(settings: Settings, issue_key: str, footers: lake.FooterCache | None = None) -> bool:
    """Whether the issue's mentions are missing or from another extractor or parser version (two footers)."""
    parsed_by = _footer(settings, "silver/articles", issue_key, footers).get("parser_version")
    stamp = _footer(settings, "silver/mentions", issue_key, footers).get("extractor_version")
    return stamp != _extraction_version(parsed_by)


def _extraction_version(parsed_by: str | None) -> str:
    """What a mentions file is stamped with: the extractor's version and that of the parse it read."""
    return f"{extractor_version()}+{parsed_by}"


def extract_entities_file(settings: Settings, issue_key: str) -> int:
    """Extract mentions from one issue's articles into silver; returns the number of mentions."""
    issue_date, issue_id = _split_key(issue_key)
    out = lake.partition_path(settings.lake_dir, "silver/mentions", issue_date, issue_id)
    articles_path = lake.partition_path(settings.lake_dir, "silver/articles", issue_date, issue_id)
    parsed_by = lake.file_metadata(articles_path).get("parser_version")
    if parsed_by != parser_version():
        # Its parse failed (or never ran) in this run: extracting from an older parse would publish stale rows.
        state = "was never parsed" if parsed_by is None else "was parsed by an older parser"
        raise StageFailed(f"issue {issue_key} {state}: parse it first (see the parse task's error)")
    if not extract_needed(settings, issue_key):
        return int(lake.file_metadata(out).get("mention_count", "0"))
    version = _extraction_version(parsed_by)
    from etl.entities import event_date, extract_mentions  # after the skip: loading the tagger takes a second

    articles = lake.read_file(articles_path, ["article_id", "paper", "body"]).to_pylist()
    homes = home_adcodes(settings)
    mention_rows: list[dict[str, Any]] = []
    event_rows: list[dict[str, Any]] = []
    for art in articles:
        try:
            mentions = extract_mentions(art["body"], issue_date=issue_date, home_adcode=homes.get(art["paper"]))
            when = event_date(art["body"], issue_date)
        except Exception as exc:  # pure code: an error is a bug on this input; say where
            raise StageFailed(f"entity extraction failed on {art['article_id']} of issue {issue_key}: {exc!r}") from exc
        mention_rows.extend(
            _mention_row(m, i, art["article_id"], issue_id, issue_date, art["paper"])
            for i, m in enumerate(mentions, start=1)
        )
        event_rows.append(
            {
                "article_id": art["article_id"],
                "issue_id": issue_id,
                "issue_date": issue_date,
                "event_date": when,
                "extractor_version": version,
            }
        )
    by_type = Counter(str(m["mention_type"]) for m in mention_rows)
    meta = {
        "extractor_version": version,
        "mention_count": str(len(mention_rows)),
        "mentions_by_type": json.dumps(dict(sorted(by_type.items()))),  # the run record counts from footers
    }
    lake.write_rows(
        settings.lake_dir,
        "silver/article_events",
        event_rows,
        lake.partition_path(settings.lake_dir, "silver/article_events", issue_date, issue_id),
        meta,
    )
    crash_point("entities.before_mentions")
    lake.write_rows(settings.lake_dir, "silver/mentions", mention_rows, out, meta)
    return len(mention_rows)


def _mention_row(m: Mention, position: int, art_id: str, issue_id: str, issue_date: date, paper: str) -> dict[str, Any]:
    return {
        "mention_id": f"{art_id}-{position:05d}",
        "article_id": art_id,
        "issue_id": issue_id,
        "issue_date": issue_date,
        "paper": paper,
        "position": position,
        "mention_type": m.type,
        "text": m.text,
        "start_offset": m.start,
        "end_offset": m.end,
        "canonical": m.canonical,
        "titles": list(m.titles),
        "adcode": m.adcode,
        "place_id": m.place_id,
        "place_level": m.place_level,
        "amount_value": m.value,
        "amount_unit": m.unit,
        "is_approximate": m.is_approximate,
        "start_date": m.start_date,
        "end_date": m.end_date,
        "part_of_day": m.part_of_day,
    }


# ------------------------------------------------------------------------------------------- warehouse


@dataclass(frozen=True, slots=True)
class BuildResult:
    seconds: float
    passed: int
    failed: int
    warned: int
    skipped: int


def dbt_env(settings: Settings) -> dict[str, str]:
    """The environment dbt runs in: where the lake is, which file to build, where its artifacts go."""
    artifacts = settings.warehouse_dir / "dbt"
    return {
        **os.environ,
        "NEWS_LAKE_DIR": str(settings.lake_dir),
        "NEWS_BUILD_DB": str(settings.build_db),
        "DBT_PROFILES_DIR": str(settings.dbt_project_dir),
        "DBT_TARGET_PATH": str(artifacts / "target"),
        "DBT_LOG_PATH": str(artifacts / "logs"),
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
        "NEWS_DUCKDB_MEMORY_LIMIT": duckdb_config()["memory_limit"],
    }


def run_dbt(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    dbt = Path(sys.executable).with_name("dbt")
    cmd = [str(dbt), *args, "--project-dir", str(settings.dbt_project_dir)]
    return subprocess.run(cmd, env=dbt_env(settings), capture_output=True, text=True, check=False)


@contextmanager
def warehouse_lock(settings: Settings, timeout_s: float = 1800.0) -> Iterator[None]:
    """Hold the one writer's lock on the warehouse: a second run waits for it, then fails with a clear message.

    Airflow's one-slot pool serialises the writing tasks of one deployment; this lock also covers two
    deployments, a manual ``python -m etl run`` beside the scheduler, and a killed task whose retry starts
    while the old process is still dying.  The kernel drops the lock when its holder dies, even by SIGKILL.
    """
    import fcntl

    settings.warehouse_dir.mkdir(parents=True, exist_ok=True)
    with open(settings.warehouse_dir / ".writer.lock", "a+") as fh:
        deadline = time.monotonic() + timeout_s
        while True:
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise StageFailed(
                        f"another run has held the warehouse lock {fh.name} for over {timeout_s:.0f} s"
                    ) from None
                time.sleep(0.5)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def build_warehouse(
    settings: Settings, interval_start: date | None = None, interval_end: date | None = None
) -> BuildResult:
    """``dbt build`` (seeds, models, tests) into the build file; raises StageFailed with dbt's errors."""
    with warehouse_lock(settings):
        return _build_warehouse(settings, interval_start, interval_end)


LAKE_STAMPS = "lake_stamps.json"  # beside the build file: the lake's partition stamps the last good build read


def _build_warehouse(settings: Settings, interval_start: date | None, interval_end: date | None) -> BuildResult:
    """A run with an interval (the DAG's, the runner's) rebuilds what changed in the lake since the last good build;
    without one (a manual rebuild), everything.  The run's own dates do not matter: see ``lake.partition_stamps``.
    """
    settings.build_db.parent.mkdir(parents=True, exist_ok=True)
    lake.ensure_tables(settings.lake_dir)
    stamps = lake.partition_stamps(settings.lake_dir)
    seeds = _seed_digest(settings)
    last = _read_stamps(settings) if interval_start and interval_end else None
    changes: dict[str, Any] | None = None
    if last is not None:
        partitions = lake.changed_partitions(settings.lake_dir, last["partitions"], stamps)
        dates = [d.isoformat() for d in lake.changed_dates(partitions)]
        changes = {"lake_dir": str(settings.lake_dir), "partitions": partitions, "dates": dates}
        log.info("dbt build: %d issue dates changed since the last build", len(dates))
    _write_build_request(settings, changes)
    # Constant from run to run (the changes travel in the build file): dbt reuses its parse of the project.
    dbt_vars = {"seed_digest": seeds, "build_request": True}
    args = ["build", "--vars", json.dumps(dbt_vars)]
    project = _project_digest(settings)
    excluded = []
    if last is not None and last.get("seed_digest") == seeds:
        excluded.append("resource_type:seed")  # unchanged seeds are already loaded (and were tested)
    if last is not None and last.get("project_digest") == project:
        excluded.append("resource_type:unit_test")  # they test the SQL, not the data: this SQL passed them
    if excluded:
        args += ["--exclude", *excluded]
    t0 = time.monotonic()
    try:
        proc = run_dbt(settings, *args)
    finally:
        _write_build_request(settings, None)  # a later manual `dbt build` must not read this run's request
    seconds = time.monotonic() - t0
    log.info("dbt build output:\n%s", proc.stdout[-20000:])
    results = _run_results(settings)
    if proc.returncode != 0:
        failures = [
            f"{r['unique_id']}: {r['status']}: {(r.get('message') or '')[:300]}"
            for r in results
            if r["status"] in ("error", "fail")
        ]
        detail = "\n".join(failures) or (proc.stdout[-3000:] + proc.stderr[-3000:])
        raise StageFailed(f"dbt build failed (exit {proc.returncode}):\n{detail}")
    _write_stamps(settings, {"partitions": stamps, "seed_digest": seeds, "project_digest": project})
    status = [r["status"] for r in results]
    return BuildResult(
        round(seconds, 2),
        passed=sum(s in ("success", "pass") for s in status),
        failed=sum(s in ("error", "fail") for s in status),
        warned=status.count("warn"),
        skipped=status.count("skipped"),
    )


def _seed_digest(settings: Settings) -> str:
    """A digest of the seed files (the gazetteer is 47k rows): part of the build fingerprint (incremental.sql)."""
    digest = hashlib.sha256()
    for seed in sorted((settings.dbt_project_dir / "seeds").glob("*.csv")):
        digest.update(seed.name.encode() + b"\0" + seed.read_bytes())
    return digest.hexdigest()[:16]


def _project_digest(settings: Settings) -> str:
    """A digest of the dbt project's code (models, macros, tests, configuration): its unit tests' input."""
    root = settings.dbt_project_dir
    parts = ("models", "macros", "tests", "dbt_project.yml", "profiles.yml")
    return tree_digest(*(root / part for part in parts), base=root)


def _read_stamps(settings: Settings) -> dict[str, Any] | None:
    """What the last good build read (partition stamps, seed digest), if its file is still there; else None."""
    if not settings.build_db.exists():
        return None
    saved = lake.read_json(settings.build_db.parent / LAKE_STAMPS)
    return saved if isinstance(saved.get("partitions"), dict) else None


def _write_stamps(settings: Settings, saved: dict[str, Any]) -> None:
    lake.write_json(settings.build_db.parent / LAKE_STAMPS, saved)


def _write_build_request(settings: Settings, changes: dict[str, Any] | None) -> None:
    """Tell dbt (macros/incremental.sql, build_changes) what changed, in the build file: or that nothing may be
    assumed (no request: rebuild everything)."""
    import duckdb

    if changes is None and not settings.build_db.exists():
        return
    with duckdb.connect(str(settings.build_db), config=duckdb_config()) as con:
        con.execute("create schema if not exists dbt_meta")
        con.execute("drop table if exists dbt_meta.build_request")
        if changes is not None:
            con.execute("create table dbt_meta.build_request as select ?::varchar as request", [json.dumps(changes)])


def _run_results(settings: Settings) -> list[dict[str, Any]]:
    path = settings.warehouse_dir / "dbt" / "target" / "run_results.json"
    if not path.exists():
        return []
    return list(json.loads(path.read_text(encoding="utf-8")).get("results", []))


# --------------------------------------------------------------------------------------------- publish


def publish(settings: Settings) -> str:
    """Swap the build in for readers: the DuckDB file, then its Parquet marts (see ``etl.publish``)."""
    published = publish_database(settings)
    publish_marts(settings)
    return published


def publish_database(settings: Settings) -> str:
    """Swap a copy of the build in as the published DuckDB file (atomically); returns its path."""
    from etl import publish as publishing

    with warehouse_lock(settings):
        # A publish killed mid-copy leaves its temporary file; nobody else publishes while we hold the lock.
        for leftover in settings.published_db.parent.glob(".publish-*"):
            leftover.unlink(missing_ok=True)
        return str(publishing.publish_database(settings).database)


def publish_marts(settings: Settings) -> str:
    """Write the published file's marts to Parquet, swapped in as one folder; returns the folder."""
    from etl import publish as publishing

    return str(publishing.publish_marts(settings).marts_dir)


def report(settings: Settings) -> str:
    """Write the static HTML report of the published warehouse; returns its path (see ``etl.report``)."""
    from etl.report import write_report

    return write_report(settings)


# --------------------------------------------------------------------------------------------- summary

SUMMARY_QUERIES = {
    "issues": "select count(*) from dim_issues",
    "articles": "select count(*) from fct_articles",
    "people": "select count(*) from dim_persons",
    "organizations": "select count(*) from dim_organizations",
    "places": "select count(distinct place_id) from fct_entity_mentions where mention_type = 'place'",
    "mentions": "select count(*) from fct_entity_mentions",
}
EXAMPLE_QUERY = (
    "select person_name, title, count(*) as articles from fct_person_titles "
    "group by all order by articles desc limit 10"
)


def summarize(settings: Settings, run_key: str | None = None) -> dict[str, Any]:
    """Counts from the published warehouse and what this run quarantined, for the log and the console."""
    import duckdb

    with duckdb.connect(str(settings.published_db), read_only=True) as con:
        out: dict[str, Any] = {k: con.execute(q).fetchone()[0] for k, q in SUMMARY_QUERIES.items()}  # type: ignore[index]
        sql = "select distinct source_file, reason from fct_ingest_files where outcome = 'quarantined'"
        params: list[str] = []
        if run_key:
            sql += " and run_key = ?"
            params.append(run_key)
        rows = con.execute(sql + " order by 1", params).fetchall()
        out["quarantined"] = [{"file": f, "reason": r} for f, r in rows]
    out["warehouse"] = str(settings.published_db)
    out["example_query"] = EXAMPLE_QUERY
    return out
