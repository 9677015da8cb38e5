"""DAG integrity: the DAG imports cleanly and fast, does no heavy work at import, and is configured to run safely."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DAGS = ROOT / "dags"


@pytest.fixture(scope="module")
def dagbag():  # type: ignore[no-untyped-def]
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(DAGS))


def test_every_dag_file_imports_without_errors(dagbag) -> None:  # type: ignore[no-untyped-def]
    assert dagbag.import_errors == {}
    assert set(dagbag.dag_ids) == {p.stem for p in DAGS.glob("*.py")}, "one DAG per file, file stem == dag_id"


def test_dag_is_scheduled_tagged_documented_and_retries(dagbag) -> None:  # type: ignore[no-untyped-def]
    dag = dagbag.dags["newspaper_warehouse"]
    assert dag.max_active_runs == 1
    assert not dag.catchup
    assert dag.tags and {"newspapers", "etl"} <= set(dag.tags)
    assert dag.doc_md and "newspaper_warehouse" in dag.doc_md
    for t in dag.tasks:
        assert t.retries >= 2, f"{t.task_id} has no retries"
    writers = {t.task_id: t.pool for t in dag.tasks if t.task_id in ("build_warehouse", "record_run", "publish")}
    assert writers == dict.fromkeys(("build_warehouse", "record_run", "publish"), "duckdb_writer")
    assert dag.get_task("record_run").trigger_rule == "all_done"  # a failed build still leaves its record


@pytest.mark.parametrize("dag_id", ["newspaper_warehouse", "landing_watcher"])
def test_every_dag_is_tagged_documented_and_every_task_retries(dagbag, dag_id: str) -> None:  # type: ignore[no-untyped-def]
    dag = dagbag.dags[dag_id]
    assert dag.tags and "newspapers" in dag.tags
    assert dag.doc_md and dag_id in dag.doc_md
    assert dag.max_active_runs == 1 and not dag.catchup
    assert all(t.retries >= 2 for t in dag.tasks)


def test_new_files_trigger_the_pipeline_through_an_asset(dagbag) -> None:  # type: ignore[no-untyped-def]
    watcher = dagbag.dags["landing_watcher"].get_task("detect_new_files")
    produced = {a.name for a in watcher.outlets}
    pipeline = dagbag.dags["newspaper_warehouse"]
    consumed = {a.name for a in pipeline.timetable.asset_condition.objects}
    assert produced == consumed == {"raw_issues_landed"}
    assert "0 6 * * *" in str(pipeline.timetable.timetable.expression)  # and still its daily time schedule


def test_task_order_is_ingest_parse_entities_build_publish(dagbag) -> None:  # type: ignore[no-untyped-def]
    dag = dagbag.dags["newspaper_warehouse"]
    down = {t.task_id: sorted(t.downstream_task_ids) for t in dag.tasks}
    assert down["ingest"] == ["build_warehouse", "extract_entities", "parse"]
    assert down["parse"] == ["extract_entities"]
    assert down["extract_entities"] == ["build_warehouse"]
    assert down["build_warehouse"] == ["publish", "record_run"]
    assert down["record_run"] == ["publish"]
    assert down["publish"] == ["publish_marts", "report", "summarize"]


def test_import_is_fast_and_loads_nothing_heavy() -> None:
    code = (
        "import sys, time, importlib.util; t = time.perf_counter();"
        f"spec = importlib.util.spec_from_file_location('d', {str(DAGS / 'newspaper_warehouse.py')!r});"
        "m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m);"
        "import json; print(json.dumps({'seconds': time.perf_counter() - t,"
        " 'heavy': sorted(x for x in ('duckdb', 'pyarrow', 'rjieba', 'etl.parse', 'etl.entities', 'dbt')"
        " if x in sys.modules)}))"
    )
    # Airflow itself is imported first (the scheduler has it loaded); the DAG file's own cost is what counts.
    out = subprocess.run(
        [sys.executable, "-c", "import airflow.sdk; " + code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    result = json.loads(out.stdout.strip().splitlines()[-1])
    assert result["heavy"] == []
    assert result["seconds"] < 2.0
