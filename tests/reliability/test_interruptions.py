"""Kill the pipeline (SIGKILL) in the middle of each stage, run it again: the marts equal a clean run's."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from tests.checksums import mart_checksums

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


def _start(tmp: Path, failpoint: str | None = None, build: bool = True) -> subprocess.Popen[str]:
    # A session of its own: killing the group takes the pool workers and dbt with it, as an OOM kill would.
    args = ["--workers", "2"] + ([] if build else ["--no-build"])
    return subprocess.Popen(
        [sys.executable, "-m", "etl", "run", "--date", RUN_DATE, *args],
        env=_env(tmp, failpoint),
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )


def lake_checksums(lake: Path) -> dict[str, tuple[int, str]]:
    """Rows and an order-independent checksum of every lake table (the marts are a pure function of these)."""
    out = {}
    with duckdb.connect() as con:
        for table in sorted(p.parent.relative_to(lake).as_posix() for p in lake.glob("*/*/_empty")):
            glob = str(lake / table / "*" / "*.parquet")
            out[table] = con.execute(
                "select count(*), coalesce(md5(string_agg(cast(x as varchar), chr(10) order by cast(x as varchar))), '') "
                "from read_parquet(?, union_by_name = true, hive_partitioning = false) as x",
                [glob],
            ).fetchone()
    return out


def _run_to_end(tmp: Path, build: bool = True) -> str:
    proc = _start(tmp, build=build)
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
def clean_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, tuple[int, str]]]:
    tmp = tmp_path_factory.mktemp("clean")
    _run_to_end(tmp)
    return {"marts": mart_checksums(tmp / "warehouse" / "newspapers.duckdb"), "lake": lake_checksums(tmp / "lake")}


# Lake stages: crash points die at an exact spot inside the stage (no finally runs, temp files stay); the
# worker pool is killed from outside a moment after the stage began.  The marts are a pure function of the
# lake (the end-to-end test shows a rebuild changes no row), so equal lakes mean equal marts.
LAKE_CASES = [
    ("ingest", "ingest.after_first_file"),
    ("parse (between its two files)", "parse.before_articles"),
    ("entities (between its two files)", "entities.before_mentions"),
    ("any Parquet write (temp file written, not renamed)", "lake.before_rename"),
    ("parse and entities in the worker pool", "stage parse+entities"),
]


@pytest.mark.parametrize(("stage", "where"), LAKE_CASES, ids=[c[0] for c in LAKE_CASES])
def test_killed_lake_stage_then_rerun_gives_the_clean_lake(
    tmp_path: Path, clean_run: dict[str, dict[str, tuple[int, str]]], stage: str, where: str
) -> None:
    if where.startswith("stage "):
        _kill_when(_start(tmp_path, build=False), where, delay=0.3)
    else:
        proc = _start(tmp_path, failpoint=where, build=False)
        proc.communicate(timeout=600)
        assert proc.returncode == -signal.SIGKILL, f"the crash point {where} was never reached"
    _run_to_end(tmp_path, build=False)
    assert lake_checksums(tmp_path / "lake") == clean_run["lake"]
    assert list((tmp_path / "lake").rglob(".tmp-*")) == [], "a rerun removes what a killed writer left"


@pytest.mark.parametrize(("stage", "delay"), [("stage dbt_build", 1.5), ("stage publish", 0.2)], ids=["dbt", "publish"])
def test_killed_build_or_publish_then_rerun_gives_the_clean_marts(
    tmp_path: Path, clean_run: dict[str, dict[str, tuple[int, str]]], stage: str, delay: float
) -> None:
    _kill_when(_start(tmp_path), stage, delay)
    _run_to_end(tmp_path)
    assert mart_checksums(tmp_path / "warehouse" / "newspapers.duckdb") == clean_run["marts"]
    assert list((tmp_path / "warehouse").glob(".publish-*")) == []


def test_a_killed_publish_never_leaves_readers_a_broken_file(
    tmp_path: Path, clean_run: dict[str, dict[str, tuple[int, str]]]
) -> None:
    _run_to_end(tmp_path)
    published = tmp_path / "warehouse" / "newspapers.duckdb"
    _kill_when(_start(tmp_path), "stage publish", 0.05)
    with duckdb.connect(str(published), read_only=True) as con:  # opens: whole, never half-written
        assert con.execute("select count(*) from fct_articles").fetchone()[0] > 0
    assert mart_checksums(published) == clean_run["marts"]


def test_two_runs_at_once_both_finish_and_agree(
    tmp_path: Path, clean_run: dict[str, dict[str, tuple[int, str]]]
) -> None:
    first, second = _start(tmp_path), _start(tmp_path)
    out1, _ = first.communicate(timeout=900)
    out2, _ = second.communicate(timeout=900)
    assert (first.returncode, second.returncode) == (0, 0), (out1[-2000:], out2[-2000:])
    assert mart_checksums(tmp_path / "warehouse" / "newspapers.duckdb") == clean_run["marts"]
