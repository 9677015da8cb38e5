"""The DAG under Airflow's distributed setup: CeleryExecutor, PostgreSQL metadata, Redis broker, two workers."""

from __future__ import annotations

import json
import logging
import os
import re
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from etl import runs
from tests.airflow_env import local_airflow_env
from tests.checksums import differences, mart_checksums

from .cluster import AIRFLOW, DAG_ID, ROOT, Cluster, missing_services, running_cluster

log = logging.getLogger(__name__)

pytestmark = [pytest.mark.services, pytest.mark.e2e]

LOGICAL_DATE = "2024-03-16T00:00:00+00:00"
# --from-date and --to-date bound the logical dates, both inclusive: the 06:00 runs of the 13th and the 14th.
BACKFILL = ("2024-03-13", "2024-03-15")
BACKFILL_DAYS = ["2024-03-13", "2024-03-14"]
RUN_TIMEOUT = 480  # seconds a run may take on a busy two-core machine


def require_services() -> None:
    """Under CI a missing service fails the test; on a developer's machine it skips, saying how to start it."""
    missing = missing_services()
    if not missing:
        return
    message = "the CeleryExecutor test needs " + "; and ".join(missing)
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI must provide PostgreSQL and Redis: {message}", pytrace=False)
    pytest.skip(message)


def reference_run(tmp: Path) -> subprocess.Popen[str]:
    """`airflow dags test` of the same logical date into a fresh lake and warehouse: the rebuild from scratch."""
    home = tmp / "airflow"
    home.mkdir(parents=True)
    env = local_airflow_env(home, ROOT / "samples" / "raw", tmp, os.environ.get("NEWS_TEST_DAGS_FOLDER"))
    script = (
        f"set -e; {AIRFLOW} db migrate >/dev/null; {AIRFLOW} pools set duckdb_writer 1 'one writer' >/dev/null; "
        f"start=$(date +%s.%N); {AIRFLOW} dags test {DAG_ID} {LOGICAL_DATE[:10]}; "
        'echo "DAGS_TEST_SECONDS=$(echo "$(date +%s.%N) - $start" | bc)"'
    )
    out = open(tmp / "dags-test.log", "w")  # noqa: SIM115 - closed when the process is collected
    return subprocess.Popen(
        ["bash", "-c", script], env=env, stdout=out, stderr=subprocess.STDOUT, text=True, start_new_session=True
    )


def collect(proc: subprocess.Popen[str], log_path: Path, timeout: float) -> float:
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
        proc.wait()
    text = log_path.read_text(errors="replace")
    if proc.returncode != 0 or "state=success" not in text:
        raise AssertionError(f"the reference `airflow dags test` run failed ({proc.returncode}):\n{text[-4000:]}")
    return float(re.findall(r"DAGS_TEST_SECONDS=([0-9.]+)", text)[-1])


def tasks_per_worker(cluster: Cluster) -> dict[str, int]:
    pattern = re.compile(rb"Task execute_workload\[[0-9a-f-]+\] received")
    return {
        f"worker{i}": len(pattern.findall((cluster.home / f"worker{i}.log").read_bytes()))
        for i in range(1, cluster.workers + 1)
    }


@pytest.fixture(scope="module")
def celery(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """Run, rerun (clear) and a reference run, the cluster kept up for the tests that follow (backfill)."""
    require_services()
    tmp = tmp_path_factory.mktemp("celery")
    warehouse = tmp / "warehouse"
    news_env = {
        "NEWS_RAW_DIR": str(ROOT / "samples" / "raw"),
        "NEWS_LAKE_DIR": str(tmp / "lake"),
        "NEWS_WAREHOUSE_DIR": str(warehouse),
    }
    reference = reference_run(tmp / "reference")  # runs beside the cluster: independent home, lake and warehouse
    out: dict[str, Any] = {"timings": {}, "published": warehouse / "newspapers.duckdb"}
    try:
        with running_cluster(tmp / "cluster", news_env, workers=2, worker_concurrency=1) as cluster:
            out["cluster"] = cluster
            cluster.airflow("dags", "unpause", DAG_ID)
            cluster.trigger(LOGICAL_DATE)
            out["timings"]["celery_run"] = cluster.wait_for_run(LOGICAL_DATE, RUN_TIMEOUT)
            out["first"] = mart_checksums(out["published"])
            out["tasks"] = cluster.task_states(LOGICAL_DATE)
            out["per_worker"] = tasks_per_worker(cluster)
            out["records_after_first"] = runs.read_runs(out["published"])
            day = LOGICAL_DATE[:10]
            cluster.airflow("tasks", "clear", DAG_ID, "--start-date", day, "--end-date", day, "--yes")
            out["timings"]["celery_rerun"] = cluster.wait_for_run(LOGICAL_DATE, RUN_TIMEOUT, clear_number=1)
            out["second"] = mart_checksums(out["published"])
            out["timings"]["reference_dags_test"] = collect(reference, tmp / "reference" / "dags-test.log", 600)
            out["reference"] = mart_checksums(tmp / "reference" / "warehouse" / "newspapers.duckdb")
            out["timings"].update(cluster.timings)
            yield out
    finally:
        if reference.poll() is None:
            os.killpg(reference.pid, 9)
            reference.wait()
        timings = json.dumps(out["timings"], indent=1)
        log.warning("CeleryExecutor test timings (seconds): %s", timings)
        (tmp / "timings.json").write_text(timings, encoding="utf-8")


def test_the_dag_succeeds_with_tasks_spread_over_two_workers(celery: dict[str, Any]) -> None:
    states = {(task, index): state for task, index, state, *_ in celery["tasks"]}
    assert set(states.values()) == {"success"}, states
    assert sum(task == "parse" for task, _ in states) == 4  # one mapped parse per issue in the samples
    assert all(n > 0 for n in celery["per_worker"].values()), f"a worker took no task: {celery['per_worker']}"


def test_marts_equal_the_local_executor_run(celery: dict[str, Any]) -> None:
    assert differences(celery["reference"], celery["first"]) == {}


def test_rerun_of_the_interval_changes_no_row(celery: dict[str, Any]) -> None:
    assert differences(celery["first"], celery["second"]) == {}


def test_the_run_left_a_record_in_the_warehouse(celery: dict[str, Any]) -> None:
    record = celery["records_after_first"]
    assert [r["run_key"] for r in record] == ["20240316T0000000000"]
    assert record[0]["status"] == "success" and record[0]["issues_in"] == 4 and record[0]["quarantined"] == 1
    assert {t["task_id"] for t in record[0]["task_seconds"]} >= {"ingest", "parse", "build_warehouse"}


def test_backfill_of_two_days_runs_both_intervals(celery: dict[str, Any]) -> None:
    cluster: Cluster = celery["cluster"]
    t0 = time.monotonic()
    cluster.airflow("backfill", "create", "--dag-id", DAG_ID, "--from-date", BACKFILL[0], "--to-date", BACKFILL[1])

    def finished() -> list[tuple[Any, ...]] | None:
        rows = cluster.query(
            "select logical_date::date::text, state from dag_run where dag_id = %s and run_type = 'backfill' "
            "order by 1",
            DAG_ID,
        )
        return rows if len(rows) == 2 and all(s in ("success", "failed") for _, s in rows) else None

    rows = cluster.wait_for(finished, 2 * RUN_TIMEOUT, "the two backfill runs to end", poll=3)
    celery["timings"]["celery_backfill_2_days"] = round(time.monotonic() - t0, 1)
    assert rows == [(day, "success") for day in BACKFILL_DAYS]
    recorded = {r["run_key"][:8] for r in runs.read_runs(celery["published"])}
    assert {d.replace("-", "") for d in BACKFILL_DAYS} <= recorded
