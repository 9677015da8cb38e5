"""Kill the pipeline (SIGKILL) in the middle of each stage, run it again: the marts equal a clean run's."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.e2e.test_dag_run import mart_checksums

ROOT = Path(__file__).resolve().parents[2]
RUN_DATE = "2024-03-16"


def _env(tmp: Path, failpoint: str | None = None) -> dict[str, str]:
    env = {
        **os.environ,
        "NEWS_RAW_DIR": str(ROOT / "samples" / "raw"),
        "NEWS_LAKE_DIR": str(tmp / "lake"),
        "NEWS_WAREHOUSE_DIR": str(tmp / "warehouse"),
        "PYTHONPATH": str(ROOT),
    }
    env.pop("NEWS_FAILPOINT", None)
    if failpoint:
        env["NEWS_FAILPOINT"] = failpoint
    return env


def _start(tmp: Path, failpoint: str | None = None) -> subprocess.Popen[str]:
    # A session of its own: killing the group takes the pool workers and dbt with it, as an OOM kill would.
    return subprocess.Popen(
        [sys.executable, "-m", "etl", "run", "--date", RUN_DATE, "--workers", "2"],
        env=_env(tmp, failpoint),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )


def _run_to_end(tmp: Path) -> str:
    proc = _start(tmp)
    out, _ = proc.communicate(timeout=600)
    assert proc.returncode == 0, out[-3000:]
    return out


def _kill_when(proc: subprocess.Popen[str], marker: str, delay: float) -> str:
    """Read the run's log until ``marker``, wait ``delay`` seconds, SIGKILL its whole process group."""
    seen = []
    assert proc.stdout is not None
    for line in proc.stdout:
        seen.append(line)
        if marker in line:
            time.sleep(delay)
            break
    else:
        raise AssertionError(f"the run ended before {marker!r}:\n{''.join(seen)[-3000:]}")
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    return "".join(seen)


@pytest.fixture(scope="module")
def clean_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[int, str]]:
    tmp = tmp_path_factory.mktemp("clean")
    _run_to_end(tmp)
    return mart_checksums(tmp / "warehouse" / "newspapers.duckdb")


# (stage, how it dies): crash points die at an exact spot inside a stage; the others are killed from outside
# a moment after the stage announced itself.  The first two leave a temporary file behind.
CASES = [
    ("ingest", "failpoint", "ingest.after_first_file"),
    ("parse (between its two files)", "failpoint", "parse.before_articles"),
    ("entities (between its two files)", "failpoint", "entities.before_mentions"),
    ("any Parquet write (temp file written, not renamed)", "failpoint", "lake.before_rename"),
    ("parse and entities in the worker pool", "kill", "stage parse+entities"),
    ("dbt build", "kill", "stage dbt_build"),
    ("publish", "kill", "stage publish"),
]


@pytest.mark.parametrize(("stage", "how", "where"), CASES, ids=[c[0] for c in CASES])
def test_killed_run_then_rerun_equals_a_clean_run(
    tmp_path: Path, clean_run: dict[str, tuple[int, str]], stage: str, how: str, where: str
) -> None:
    if how == "failpoint":
        proc = _start(tmp_path, failpoint=where)
        proc.communicate(timeout=600)
        assert proc.returncode == -signal.SIGKILL, f"the crash point {where} was never reached"
    else:
        _kill_when(_start(tmp_path), where, delay=1.0 if "dbt" in where else 0.2)
    _run_to_end(tmp_path)
    assert mart_checksums(tmp_path / "warehouse" / "newspapers.duckdb") == clean_run
    leftovers = [p for p in (tmp_path / "lake").rglob(".tmp-*")]
    assert leftovers == [], "a rerun removes what a killed writer left"


def test_a_killed_publish_never_leaves_readers_a_broken_file(tmp_path: Path) -> None:
    _run_to_end(tmp_path)
    published = tmp_path / "warehouse" / "newspapers.duckdb"
    before = mart_checksums(published)
    for delay in (0.0, 0.1, 0.3):
        _kill_when(_start(tmp_path), "stage publish", delay)
        with duckdb.connect(str(published), read_only=True) as con:  # opens: whole, never half-written
            assert con.execute("select count(*) from fct_articles").fetchone()[0] > 0
        assert mart_checksums(published) == before


def test_two_runs_at_once_both_finish_and_agree(tmp_path: Path) -> None:
    first, second = _start(tmp_path), _start(tmp_path)
    out1, _ = first.communicate(timeout=900)
    out2, _ = second.communicate(timeout=900)
    assert (first.returncode, second.returncode) == (0, 0), (out1[-2000:], out2[-2000:])
    shutil.copy(tmp_path / "warehouse" / "newspapers.duckdb", tmp_path / "after-both.duckdb")
    _run_to_end(tmp_path)
    assert mart_checksums(tmp_path / "after-both.duckdb") == mart_checksums(
        tmp_path / "warehouse" / "newspapers.duckdb"
    )
