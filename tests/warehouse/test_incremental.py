"""Daily runs rebuild only the issue dates they received, add up to a full refresh, and rerun idempotently."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb

from etl import pipelines
from etl.config import Settings

from .conftest import SAMPLES, make_settings

INCREMENTAL_FACTS = (
    "fct_articles",
    "fct_entity_mentions",
    "fct_article_reporters",
    "fct_person_titles",
    "fct_amounts",
    "fct_cooccurrences",
    "article_search",
    "article_search_terms",
    "rpt_person_weekly_activity",
)
DAY_ONE = ("000_549d95c93c17b7b1.txt", "000_549d95c93c17b7b1.txt.json", "rmrb_20190208.txt")
DAY_TWO = ("rmrb_20200503.txt", "rmrb_20260510.txt")


def daily_run(settings: Settings, day: date) -> None:
    """What the DAG does for one daily interval: ingest, parse, extract, then dbt with the interval as vars."""
    start = datetime(day.year, day.month, day.day, tzinfo=UTC)
    end = start + timedelta(days=1)
    for key in pipelines.ingest(settings, day, start, end):
        pipelines.parse_issue_file(settings, key)
        pipelines.extract_entities_file(settings, key)
    pipelines.build_warehouse(settings, start.date(), end.date())


def landing(root: Path, names: tuple[str, ...]) -> Path:
    root.mkdir(parents=True)
    for name in names:
        shutil.copy2(SAMPLES / name, root / name)
    return root


def rows(db: Path, table: str) -> list[tuple[object, ...]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return sorted(con.execute(f"select * from {table}").fetchall(), key=repr)  # noqa: S608 (constant names)


def node_kinds(settings: Settings) -> Counter[str]:
    """What the last dbt build ran, by kind (model, test, unit_test, seed ...)."""
    return Counter(r["unique_id"].split(".")[0] for r in pipelines._run_results(settings))


def test_daily_runs_add_up_to_a_full_refresh(tmp_path: Path) -> None:
    day_one = make_settings(tmp_path, landing(tmp_path / "landing-1", DAY_ONE))
    day_two = replace(day_one, raw_dir=landing(tmp_path / "landing-2", DAY_TWO))

    daily_run(day_one, date(2024, 3, 15))
    # Mark a day-one row: a day-two run must not rebuild the specimen's date, so the mark survives it.
    with duckdb.connect(str(day_one.build_db)) as con:
        con.execute("update fct_articles set headline = headline || '#' where issue_date = '2024-03-15'")
    daily_run(day_two, date(2024, 3, 16))
    with duckdb.connect(str(day_one.build_db)) as con:
        marked = con.execute("select count(*) from fct_articles where headline like '%#'").fetchone()
        days = con.execute("select count(distinct issue_date) from fct_articles").fetchone()
        con.execute("update fct_articles set headline = rtrim(headline, '#') where issue_date = '2024-03-15'")
    assert marked == (4,), "the day-two run rebuilt the specimen's issue date it did not receive"
    assert days == (4,)

    full = replace(day_one, warehouse_dir=tmp_path / "full-warehouse")
    full.build_db.parent.mkdir(parents=True)
    proc = pipelines.run_dbt(full, "build", "--full-refresh")
    assert proc.returncode == 0, proc.stdout[-3000:]
    after_full = {t: rows(full.build_db, t) for t in INCREMENTAL_FACTS}
    for table in INCREMENTAL_FACTS:
        assert rows(day_one.build_db, table) == after_full[table], table

    # Rerunning a day (a retry, a backfill) changes no row; the models' code is unchanged, so their unit tests
    # (which test SQL, not data) are not run again.
    daily_run(day_two, date(2024, 3, 16))
    for table in INCREMENTAL_FACTS:
        assert rows(day_one.build_db, table) == after_full[table], table
    assert "unit_test" not in node_kinds(day_one)

    # After a change of models or seeds (here: a fingerprint that no longer matches), a daily run rebuilds
    # every date, so old dates get the new logic too.
    with duckdb.connect(str(day_one.build_db)) as con:
        con.execute("update fct_articles set headline = headline || '#' where issue_date = '2024-03-15'")
        con.execute("update dbt_meta.build_fingerprint set fingerprint = 'built by older models'")
    stamps_file = day_one.build_db.parent / pipelines.LAKE_STAMPS
    stamps = json.loads(stamps_file.read_text(encoding="utf-8"))
    stamps_file.write_text(json.dumps(stamps | {"project_digest": "older models"}), encoding="utf-8")
    daily_run(day_two, date(2024, 3, 16))
    assert rows(day_one.build_db, "fct_articles") == after_full["fct_articles"]
    assert node_kinds(day_one)["unit_test"] >= 1, "changed models: their unit tests run again"
