"""
### newspaper_warehouse

Raw newspaper issues in the landing folder (`NEWS_RAW_DIR`) become a DuckDB warehouse:

`ingest` (bronze Parquet, quarantine) -> `parse` per issue (articles, bylines) -> `extract_entities` per issue
(people and titles, organizations, places, documents, amounts, dates; a backfill of many issues maps batches
instead, each run on every core) -> `build_warehouse` (dbt build) ->
`record_run` (the run's row in `pipeline_runs`) -> `publish` (atomic swap of the file BI tools read) ->
`publish_marts` (its marts as Parquet, swapped in as one folder), `summarize` and `report` (the static HTML
report, `warehouse/report/index.html`).

Runs daily at 06:00 UTC, and whenever `landing_watcher` reports new or changed files in the landing folder
(the Asset `raw_issues_landed`). Every task calls one function of `etl.pipelines`; reruns of an interval
overwrite the same partitions.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pendulum
from airflow.sdk import Asset, AssetOrTimeSchedule, CronTriggerTimetable, TriggerRule, dag, get_current_context, task

WAREHOUSE_POOL = "duckdb_writer"  # one slot: DuckDB takes one writer at a time
PUBLISHED_WAREHOUSE = Asset(name="newspapers_warehouse", uri="file:///newspapers/warehouse/newspapers.duckdb")
RAW_ISSUES_LANDED = Asset(name="raw_issues_landed", uri="file:///newspapers/landing")  # emitted by landing_watcher

default_args: dict[str, Any] = {
    "owner": "data-engineering",
    "retries": 2,
    "retry_delay": timedelta(seconds=20),
    "retry_exponential_backoff": True,
    "max_retry_delay": timedelta(minutes=10),
}


@dag(
    dag_id="newspaper_warehouse",
    schedule=AssetOrTimeSchedule(
        timetable=CronTriggerTimetable("0 6 * * *", timezone="UTC"), assets=[RAW_ISSUES_LANDED]
    ),
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args=default_args,
    tags=["newspapers", "etl", "duckdb", "dbt"],
    doc_md=__doc__,
)
def newspaper_warehouse() -> None:
    def interval() -> tuple[Any, Any]:
        """The run's key and interval: its logical date (a manual run's chosen date), else run_after (asset runs).

        A manual run's data interval is the moment it was triggered, not the date asked for: key on the date.
        """
        ctx = get_current_context()
        start = ctx.get("logical_date") or ctx["dag_run"].run_after
        end = ctx.get("data_interval_end") if ctx.get("data_interval_start") == start else None
        return start, end or start

    @task
    def ingest() -> list[list[str]]:
        """The issues with work left (new ones, failed ones, all after a parser change): one per mapped task, in
        batches when a backfill brings many.  Issues already parsed and extracted map no task."""
        from etl import pipelines
        from etl.batches import plan_batches
        from etl.config import load_settings

        settings = load_settings()
        start, end = interval()
        return plan_batches(pipelines.pending_issues(settings, pipelines.ingest(settings, start.date(), start, end)))

    @task(map_index_template="{{ issue_label }}")
    def parse(issue_keys: list[str]) -> int:
        from etl import pipelines
        from etl.batches import batch_label, run_batch
        from etl.config import load_settings

        get_current_context()["issue_label"] = batch_label(issue_keys)  # type: ignore[typeddict-unknown-key]
        return run_batch(pipelines.parse_issue_file, load_settings(), issue_keys, needed=pipelines.parse_needed)

    # all_done, mapped over the same batches: an issue whose parse failed fails alone here too ("not parsed"),
    # and the other issues of its batch are still extracted.
    @task(map_index_template="{{ issue_label }}", trigger_rule=TriggerRule.ALL_DONE)
    def extract_entities(issue_keys: list[str]) -> int:
        from etl import pipelines
        from etl.batches import batch_label, run_batch
        from etl.config import load_settings

        get_current_context()["issue_label"] = batch_label(issue_keys)  # type: ignore[typeddict-unknown-key]
        settings = load_settings()
        return run_batch(pipelines.extract_entities_file, settings, issue_keys, needed=pipelines.extract_needed)

    # all_done: one issue that fails parsing fails alone; the warehouse is still built from the rest.
    @task(pool=WAREHOUSE_POOL, trigger_rule=TriggerRule.ALL_DONE)
    def build_warehouse() -> dict[str, Any]:
        from dataclasses import asdict

        from etl import pipelines
        from etl.config import load_settings

        start, end = interval()
        return asdict(pipelines.build_warehouse(load_settings(), start.date(), end.date()))

    # all_done: a run whose build failed still leaves its record; publish waits for the build and the record.
    @task(pool=WAREHOUSE_POOL, trigger_rule=TriggerRule.ALL_DONE)
    def record_run() -> dict[str, Any]:
        from etl import runs
        from etl.config import load_settings
        from etl.ingest.landing import run_key_for

        ctx = get_current_context()
        ti, run = ctx["ti"], ctx["dag_run"]
        seconds, failed = runs.task_outcomes(ti.get_task_breadcrumbs(run.dag_id, run.run_id))
        start, end = interval()
        build = ti.xcom_pull(task_ids="build_warehouse")
        # `airflow dags test` starts its run "at" the logical date; the run cannot have started before it was due.
        started = max((d for d in (run.start_date, run.run_after) if d is not None), default=None)
        row = runs.record_run(
            load_settings(), run.run_id, run_key_for(start), start, end, seconds, build, failed, started
        )
        return {k: row[k] for k in ("status", "issues_in", "articles", "mentions", "quarantined")}

    @task(pool=WAREHOUSE_POOL, outlets=[PUBLISHED_WAREHOUSE])
    def publish() -> str:
        from etl import pipelines
        from etl.config import load_settings

        return pipelines.publish_database(load_settings())

    # Reads only the published file: the Parquet form of the marts follows the database by a few seconds.
    @task
    def publish_marts() -> str:
        from etl import pipelines
        from etl.config import load_settings

        return pipelines.publish_marts(load_settings())

    @task
    def report() -> str:
        from etl import pipelines
        from etl.config import load_settings

        return pipelines.report(load_settings())

    @task
    def summarize() -> dict[str, Any]:
        from etl import pipelines
        from etl.config import load_settings
        from etl.ingest.landing import run_key_for

        return pipelines.summarize(load_settings(), run_key_for(interval()[0]))

    issue_keys = ingest()
    parsed = parse.expand(issue_keys=issue_keys)
    extracted = extract_entities.expand(issue_keys=issue_keys)
    parsed >> extracted
    built = build_warehouse()
    published = publish()
    issue_keys >> built
    extracted >> built >> record_run() >> published >> [publish_marts(), summarize(), report()]
    built >> published


newspaper_warehouse()
