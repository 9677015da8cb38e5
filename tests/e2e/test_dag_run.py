"""End to end: the real DAG, run through Airflow (`airflow dags test`), into a temporary lake and warehouse."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest

from tests.airflow_env import local_airflow_env
from tests.checksums import differences, mart_checksums

ROOT = Path(__file__).resolve().parents[2]
AIRFLOW = Path(sys.executable).with_name("airflow")
RUN_DATE = "2024-03-16"

pytestmark = pytest.mark.e2e


def _airflow(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([str(AIRFLOW), *args], env=env, capture_output=True, text=True, timeout=900, check=False)
    if proc.returncode != 0:
        raise AssertionError(
            f"airflow {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}"
        )
    return proc


@pytest.fixture(scope="module")
def dag_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("e2e")
    home = tmp / "airflow"
    env = local_airflow_env(home, ROOT / "samples" / "raw", tmp)
    _airflow(env, "db", "migrate")
    _airflow(env, "pools", "set", "duckdb_writer", "1", "DuckDB takes one writer at a time")
    first = _airflow(env, "dags", "test", "newspaper_warehouse", RUN_DATE)
    published = tmp / "warehouse" / "newspapers.duckdb"
    after_first = mart_checksums(published)
    second = _airflow(env, "dags", "test", "newspaper_warehouse", RUN_DATE)
    return {
        "published": published,
        "first": after_first,
        "second": mart_checksums(published),
        "logs": first.stdout + first.stderr + second.stdout + second.stderr,
        "tmp": tmp,
    }


def test_run_succeeds_and_publishes_the_warehouse(dag_runs: dict[str, Any]) -> None:
    assert dag_runs["published"].exists()
    assert "DagRun Finished" in dag_runs["logs"] and "state=success" in dag_runs["logs"]


def test_marts_hold_the_samples(dag_runs: dict[str, Any]) -> None:
    with duckdb.connect(str(dag_runs["published"]), read_only=True) as con:
        assert con.execute("select count(*) from dim_issues").fetchone()[0] == 4
        headlines = {r[0] for r in con.execute("select headline from fct_articles").fetchall()}
        assert {
            "乔俊杰带队赴深圳、东莞开展经贸交流活动",
            "省人大常委会来武进考察",
            "区政府召开第27次常务(扩大)会议",
            "我区召开太湖综合治理项目调度会",
        } <= headlines
        titles = {
            r[0] for r in con.execute("select title from fct_person_titles where person_name = '乔俊杰'").fetchall()
        }
        assert {"市委常委", "区委书记"} <= titles
        reporters = set(
            con.execute(
                "select r.reporter_name, r.reporter_role from fct_article_reporters as r join fct_articles as a using (article_id) "
                "where a.headline = '区政府召开第27次常务(扩大)会议'"
            ).fetchall()
        )
        assert reporters == {("万峰鸣", "见习记者"), ("张可馨", "记者")}
        quarantined = con.execute(
            "select source_file, reason from fct_ingest_files where outcome = 'quarantined'"
        ).fetchall()
        assert [f for f, _ in quarantined] == ["page_scan_20240316.txt"] * len(quarantined) and quarantined
        assert "PNG" in quarantined[0][1]


def test_every_mart_has_rows(dag_runs: dict[str, Any]) -> None:
    core = [
        "dim_dates",
        "dim_newspapers",
        "dim_issues",
        "dim_persons",
        "dim_organizations",
        "dim_places",
        "dim_reporters",
        "fct_articles",
        "fct_entity_mentions",
        "fct_article_reporters",
        "fct_person_titles",
    ]
    empty = [t for t in core if dag_runs["first"].get(t, (0, ""))[0] == 0]
    assert empty == []


def test_second_run_of_the_same_interval_changes_no_row(dag_runs: dict[str, Any]) -> None:
    assert differences(dag_runs["first"], dag_runs["second"]) == {}


def test_the_run_record_times_the_run_not_the_time_since_its_logical_date(dag_runs: dict[str, Any]) -> None:
    """`airflow dags test` dates its run's start at the logical date (2024-03-16); the record times the run."""
    with duckdb.connect(str(dag_runs["published"]), read_only=True) as con:
        seconds, status = con.execute("select run_seconds, status from pipeline_runs").fetchone()  # type: ignore[misc]
    assert status == "success"
    assert 0 < seconds < 900  # each `dags test` above has a 900 s timeout
