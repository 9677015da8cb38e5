"""A warehouse published by two real DAG runs while a read-only reader keeps querying it, for the BI tests."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest

from tests.airflow_env import local_airflow_env

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples" / "raw"
AIRFLOW = Path(sys.executable).with_name("airflow")
FIRST_RUN = ["000_549d95c93c17b7b1.txt", "000_549d95c93c17b7b1.txt.json", "rmrb_20190208.txt"]

# What a long-lived reader does: one query per snapshot, and a reconnect (close, then connect) when the published
# file has been replaced.  Closing first matters: a new connection made while the old one is still open in the same
# process is handed the same, old, database instance.
READER = r"""
import json, os, sys, time
import duckdb
db, out, stop = sys.argv[1:4]
SNAPSHOT = ('select b.build_id, (select count(*) from dim_issues), (select count(*) from fct_articles), '
            '(select count(*) from fct_entity_mentions) from published_build as b')
def connect():
    return duckdb.connect(db, read_only=True), os.stat(db).st_ino
con, ino = connect()
with open(out, 'w') as fh:
    while not os.path.exists(stop):
        try:
            build, issues, articles, mentions = con.execute(SNAPSHOT).fetchone()
            fh.write(json.dumps({'at': time.time(), 'build': build, 'counts': [issues, articles, mentions]}) + '\n')
            if os.stat(db).st_ino != ino:
                con.close()
                con, ino = connect()
                fh.write(json.dumps({'at': time.time(), 'reconnected': True}) + '\n')
        except Exception as exc:
            fh.write(json.dumps({'at': time.time(), 'error': repr(exc)}) + '\n')
        fh.flush()
        time.sleep(0.05)
"""


def require_tool(ok: bool, what: str) -> None:
    """Skip when a tool the test needs is missing, saying how to get it; under CI=true that is a failure."""
    if ok:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(f"CI must provide {what}")
    pytest.skip(f"needs {what}")


@pytest.fixture(scope="session")
def require() -> Callable[[bool, str], None]:
    return require_tool


def _airflow(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([str(AIRFLOW), *args], env=env, capture_output=True, text=True, timeout=900, check=False)
    if proc.returncode != 0:
        raise AssertionError(f"airflow {' '.join(args)} failed:\n{proc.stdout[-4000:]}\n{proc.stderr[-4000:]}")
    return proc


def snapshot(db: Path) -> dict[str, Any]:
    with duckdb.connect(str(db), read_only=True) as con:
        row = con.execute(
            "select b.build_id, (select count(*) from dim_issues), (select count(*) from fct_articles), "
            "(select count(*) from fct_entity_mentions) from published_build as b"
        ).fetchone()
    assert row is not None
    return {"build": row[0], "counts": list(row[1:])}


@pytest.fixture(scope="session")
def published(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """Run 1 publishes two issues; run 2 adds the rest while a reader process queries the published file."""
    tmp = tmp_path_factory.mktemp("bi")
    raw, home = tmp / "raw", tmp / "airflow"
    raw.mkdir()
    for name in FIRST_RUN:
        shutil.copy2(SAMPLES / name, raw / name)
    env = local_airflow_env(home, raw, tmp)
    env.pop("NEWS_PUBLISHED_DB", None)
    _airflow(env, "db", "migrate")
    _airflow(env, "pools", "set", "duckdb_writer", "1", "DuckDB takes one writer at a time")
    _airflow(env, "dags", "test", "newspaper_warehouse", "2024-03-15")
    db = tmp / "warehouse" / "newspapers.duckdb"
    before = snapshot(db)

    for src in SAMPLES.iterdir():
        if not (raw / src.name).exists():
            shutil.copy2(src, raw / src.name)
    out, stop = tmp / "reader.jsonl", tmp / "reader.stop"
    reader = subprocess.Popen([sys.executable, "-c", READER, str(db), str(out), str(stop)])
    try:
        time.sleep(1.0)  # the reader is connected and querying before the run starts
        started = time.time()
        run = _airflow(env, "dags", "test", "newspaper_warehouse", "2024-03-16")
        finished = time.time()
        time.sleep(1.0)  # ... and still querying, reconnected, after it ends
    finally:
        stop.touch()
        reader.wait(timeout=60)
    after = snapshot(db)
    yield {
        "tmp": tmp,
        "db": db,
        "warehouse_dir": tmp / "warehouse",
        "env": env,
        "before": before,
        "after": after,
        "observations": [json.loads(line) for line in out.read_text().splitlines()],
        "run": (started, finished),
        "run_log": run.stdout + run.stderr,
        "reader_exit": reader.returncode,
    }
