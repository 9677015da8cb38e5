"""
### landing_watcher

Looks at the landing folder (`NEWS_RAW_DIR`) every ten minutes and, when files are new or changed since the last
ingest, emits the Asset `raw_issues_landed`, which starts `newspaper_warehouse`. The check takes a fraction of a
second and holds no worker slot between checks (no long-poking sensor).
"""

from __future__ import annotations

from datetime import timedelta

import pendulum
from airflow.sdk import Asset, dag, task

RAW_ISSUES_LANDED = Asset(name="raw_issues_landed", uri="file:///newspapers/landing")


@dag(
    dag_id="landing_watcher",
    schedule="*/10 * * * *",
    start_date=pendulum.datetime(2024, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args={"owner": "data-engineering", "retries": 2, "retry_delay": timedelta(seconds=30)},
    tags=["newspapers", "etl", "sensor"],
    doc_md=__doc__,
)
def landing_watcher() -> None:
    @task(outlets=[RAW_ISSUES_LANDED])
    def detect_new_files() -> list[str]:
        from airflow.sdk.exceptions import AirflowSkipException

        from etl.config import load_settings
        from etl.ingest.landing import changed_since_last_ingest

        changed = changed_since_last_ingest(load_settings())
        if not changed:
            # A skipped task emits no asset event: nothing new, no run.
            raise AirflowSkipException("no new or changed files in the landing folder")
        return changed[:100]

    detect_new_files()


landing_watcher()
