"""The benchmark's end-to-end runs through Airflow: ``airflow dags test`` of the real DAG on an archive.

Airflow gets its own home under the benchmark's work folder (SQLite metadata, LocalExecutor, as ``make run``);
stage times are read back from the run's row in ``pipeline_runs`` (task durations, mapped instances summed).
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from etl.config import Settings
from tests.airflow_env import local_airflow_env

DAG_ID = "newspaper_warehouse"


@dataclass(frozen=True)
class AirflowRun:
    seconds: float  # wall time of `airflow dags test`, start-up and DAG parsing included
    tasks: dict[str, float]  # task id -> seconds, mapped instances summed
    record: dict[str, Any]  # the run's pipeline_runs row


def _airflow(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    airflow = str(Path(sys.executable).with_name("airflow"))
    proc = subprocess.run([airflow, *args], env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"airflow {' '.join(args)} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    return proc


def airflow_env(home: Path, settings: Settings) -> dict[str, str]:
    """Airflow's environment for a run over ``settings``' landing folder into its lake and warehouse; set up once."""
    env = local_airflow_env(home, settings.raw_dir, settings.lake_dir.parent)
    env |= {"NEWS_LAKE_DIR": str(settings.lake_dir), "NEWS_WAREHOUSE_DIR": str(settings.warehouse_dir)}
    if not (home / "airflow.db").exists():
        home.mkdir(parents=True, exist_ok=True)
        _airflow(env, "db", "migrate")
        _airflow(env, "pools", "set", "duckdb_writer", "1", "DuckDB takes one writer at a time")
    return env


def run_dag(env: dict[str, str], settings: Settings, logical_date: date) -> AirflowRun:
    """``airflow dags test`` for one logical date: wall time, task durations, the run's record in the warehouse."""
    t0 = time.perf_counter()
    _airflow(env, "dags", "test", DAG_ID, logical_date.isoformat())
    seconds = time.perf_counter() - t0
    home = Path(env["AIRFLOW_HOME"])
    return AirflowRun(seconds, task_seconds(home / "airflow.db"), run_record(settings, logical_date))


def task_seconds(metadata_db: Path) -> dict[str, float]:
    """Task id -> seconds (mapped instances summed) of the newest run, from Airflow's own metadata database."""
    with closing(sqlite3.connect(metadata_db)) as con:
        rows = con.execute(
            "select task_id, sum(duration) from task_instance where run_id = "
            "(select run_id from dag_run where dag_id = ? order by id desc limit 1) group by task_id",
            [DAG_ID],
        ).fetchall()
    return {task: round(float(sec or 0.0), 2) for task, sec in rows}


def run_record(settings: Settings, logical_date: date) -> dict[str, Any]:
    import duckdb

    with duckdb.connect(str(settings.published_db), read_only=True) as con:
        cur = con.execute(
            "select * from pipeline_runs where interval_start::date = ? order by recorded_at desc limit 1",
            [logical_date],
        )
        names = [d[0] for d in cur.description]
        row = cur.fetchone()
    if row is None:
        raise RuntimeError(f"no pipeline_runs row for {logical_date} in {settings.published_db}")
    return dict(zip(names, row, strict=True))
