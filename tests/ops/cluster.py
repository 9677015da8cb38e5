"""A real Airflow deployment in subprocesses: PostgreSQL metadata, Redis broker, api-server, scheduler, workers."""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[2]
AIRFLOW = Path(sys.executable).with_name("airflow")
DAG_ID = "newspaper_warehouse"
PG_URL = os.environ.get("NEWS_TEST_PG_URL", "postgresql://postgres@127.0.0.1:5432")
REDIS_URL = os.environ.get("NEWS_TEST_REDIS_URL", "redis://127.0.0.1:6379")

SERVICE_HELP = {
    "PostgreSQL": f"{PG_URL} (set NEWS_TEST_PG_URL; e.g. `sudo apt-get install postgresql && sudo service postgresql start`)",
    "Redis": f"{REDIS_URL} (set NEWS_TEST_REDIS_URL; e.g. `sudo apt-get install redis-server && sudo service redis-server start`)",
}


class ServiceMissing(RuntimeError):
    """PostgreSQL or Redis does not answer; the message says which, where, and how to start it."""


def missing_services() -> list[str]:
    """Names (with how to start them) of the services this harness needs that do not answer."""
    import psycopg2
    import redis

    missing = []
    try:
        psycopg2.connect(f"{PG_URL}/postgres", connect_timeout=3).close()
    except psycopg2.Error as exc:
        missing.append(f"PostgreSQL at {SERVICE_HELP['PostgreSQL']}: {str(exc).strip()}")
    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=3).ping()
    except redis.RedisError as exc:
        missing.append(f"Redis at {SERVICE_HELP['Redis']}: {exc}")
    return missing


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _free_redis_db() -> int:
    """A Redis database number nobody else is using right now (the broker's queues go there)."""
    import redis

    for db in range(15, 0, -1):
        if redis.Redis.from_url(f"{REDIS_URL}/{db}").dbsize() == 0:
            return db
    raise ServiceMissing(f"no empty Redis database (1-15) at {REDIS_URL}")


@dataclass
class Cluster:
    """Airflow's components as subprocesses sharing one temporary AIRFLOW_HOME and a fresh PostgreSQL database."""

    workdir: Path
    news_env: dict[str, str]  # NEWS_RAW_DIR, NEWS_LAKE_DIR, NEWS_WAREHOUSE_DIR for the tasks
    executor: str = "CeleryExecutor"
    workers: int = 2
    worker_concurrency: int = 1
    dags_folder: Path = Path(os.environ.get("NEWS_TEST_DAGS_FOLDER", ROOT / "dags"))
    database: str = field(default_factory=lambda: f"airflow_celery_test_{secrets.token_hex(4)}")
    procs: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.home = self.workdir / "airflow"
        self.home.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.redis_db = _free_redis_db() if self.executor == "CeleryExecutor" else 0
        self.env = self._environment()

    # ------------------------------------------------------------------------------------------ set up

    def _environment(self) -> dict[str, str]:
        db_url = f"{PG_URL.replace('postgresql://', 'postgresql+psycopg2://')}/{self.database}"
        env = {
            **os.environ,
            **self.news_env,
            "AIRFLOW_HOME": str(self.home),
            "PYTHONPATH": str(ROOT),
            "AIRFLOW__CORE__DAGS_FOLDER": str(self.dags_folder),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__CORE__EXECUTOR": self.executor,
            "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "True",
            "AIRFLOW__CORE__PARALLELISM": "8",
            "AIRFLOW__CORE__FERNET_KEY": "",
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": db_url,
            "AIRFLOW__CELERY__BROKER_URL": f"{REDIS_URL}/{self.redis_db}",
            "AIRFLOW__CELERY__RESULT_BACKEND": f"db+{db_url}",
            "AIRFLOW__CELERY__WORKER_CONCURRENCY": str(self.worker_concurrency),
            # Every component signs and checks the execution API's tokens with the same secret.
            "AIRFLOW__API_AUTH__JWT_SECRET": secrets.token_urlsafe(32),
            "AIRFLOW__API__SECRET_KEY": secrets.token_urlsafe(32),
            "AIRFLOW__API__PORT": str(self.port),
            "AIRFLOW__API__HOST": "127.0.0.1",
            "AIRFLOW__API__WORKERS": "1",
            "AIRFLOW__API__BASE_URL": f"http://127.0.0.1:{self.port}",
            "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{self.port}/execution/",
            # Test-speed knobs: find the DAG file at once, do not re-parse it while the run goes on.
            "AIRFLOW__DAG_PROCESSOR__REFRESH_INTERVAL": "5",
            "AIRFLOW__DAG_PROCESSOR__MIN_FILE_PROCESS_INTERVAL": "600",
            "AIRFLOW__DAG_PROCESSOR__PARSING_PROCESSES": "1",
            "AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC": "2",
            # Only the runs the test asks for (trigger, clear, backfill): no scheduled run of today on unpause.
            "AIRFLOW__SCHEDULER__USE_JOB_SCHEDULE": "False",
            "AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT": str(free_port()),
        }
        env.pop("AIRFLOW_CONFIG", None)
        return env

    def airflow(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run(
            [str(AIRFLOW), *args], env=self.env, capture_output=True, text=True, timeout=timeout, check=False
        )
        if proc.returncode != 0:
            raise AssertionError(
                f"airflow {' '.join(args)} failed ({proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}"
            )
        return proc

    def create_database(self) -> None:
        import psycopg2

        con = psycopg2.connect(f"{PG_URL}/postgres")
        con.autocommit = True
        with con.cursor() as cur:
            cur.execute(f'create database "{self.database}"')
        con.close()

    def drop_database(self) -> None:
        import psycopg2

        con = psycopg2.connect(f"{PG_URL}/postgres")
        con.autocommit = True
        with con.cursor() as cur:
            cur.execute(f'drop database if exists "{self.database}" with (force)')
        con.close()

    def start(self, name: str, *args: str) -> None:
        """Start one component in its own process group, its output in <AIRFLOW_HOME>/<name>.log."""
        out = open(self.home / f"{name}.log", "wb")  # noqa: SIM115 - the child owns it until it ends
        self.procs[name] = subprocess.Popen(
            [str(AIRFLOW), *args], env=self.env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )

    def up(self) -> None:
        """Migrate the metadata database, create the writer pool, start every component, wait until ready."""
        t0 = time.monotonic()
        self.create_database()
        self.airflow("db", "migrate")
        self.airflow("pools", "set", "duckdb_writer", "1", "DuckDB takes one writer at a time")
        self.start("api-server", "api-server", "--port", str(self.port), "--host", "127.0.0.1")
        self.start("scheduler", "scheduler")
        self.start("dag-processor", "dag-processor")
        if self.executor == "CeleryExecutor":
            for i in range(1, self.workers + 1):
                self.start(
                    f"worker{i}",
                    "celery",
                    "worker",
                    "--concurrency",
                    str(self.worker_concurrency),
                    "--celery-hostname",
                    f"worker{i}@%h",
                    "--skip-serve-logs",
                    "--without-gossip",
                    "--without-mingle",
                )
        self.wait_for(self._api_healthy, 120, "the api-server to answer /api/v2/monitor/health")
        self.wait_for(self._dag_parsed, 120, f"the dag-processor to parse {DAG_ID}")
        if self.executor == "CeleryExecutor":
            self.wait_for(self._workers_ready, 120, "both Celery workers to be ready")
        self.timings["start_components"] = round(time.monotonic() - t0, 1)

    def down(self) -> None:
        """Stop every component (its whole process group), then drop the database and the broker's queues."""
        for proc in self.procs.values():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
        deadline = time.monotonic() + 20
        for proc in self.procs.values():
            try:
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                pass
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)  # children a worker forked, even if the leader is gone
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=5)
        with contextlib.suppress(Exception):
            self.drop_database()
        if self.executor == "CeleryExecutor":
            import redis

            with contextlib.suppress(Exception):
                redis.Redis.from_url(f"{REDIS_URL}/{self.redis_db}").flushdb()

    # ---------------------------------------------------------------------------------------- waiting

    def wait_for(self, check: Any, timeout: float, what: str, poll: float = 1.0) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self._check_alive()
            result = check()
            if result:
                return result
            time.sleep(poll)
        raise TimeoutError(f"waited {timeout:.0f}s for {what}\n{self.log_tails()}")

    def _check_alive(self) -> None:
        dead = {n: p.returncode for n, p in self.procs.items() if p.poll() is not None}
        if dead:
            raise RuntimeError(f"Airflow components exited: {dead}\n{self.log_tails()}")

    def _api_healthy(self) -> bool:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/api/v2/monitor/health", timeout=3) as r:
                return r.status == 200
        except OSError:
            return False

    def query(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        """Read the metadata database directly: cheaper than a CLI call per poll."""
        import psycopg2

        con = psycopg2.connect(f"{PG_URL}/{self.database}")
        try:
            with con.cursor() as cur:
                cur.execute(sql, params)
                return list(cur.fetchall())
        finally:
            con.close()

    def _dag_parsed(self) -> bool:
        return bool(self.query("select 1 from serialized_dag where dag_id = %s", DAG_ID))

    def _workers_ready(self) -> bool:
        return all(b"ready." in (self.home / f"worker{i}.log").read_bytes() for i in range(1, self.workers + 1))

    def log_tails(self, lines: int = 40) -> str:
        parts = []
        for name in self.procs:
            path = self.home / f"{name}.log"
            text = path.read_text(errors="replace").splitlines()[-lines:] if path.exists() else []
            parts.append(f"----- {name} ({path})\n" + "\n".join(text))
        return "\n".join(parts)

    # ------------------------------------------------------------------------------------------- runs

    def run_state(self, logical_date: str) -> tuple[str, int] | None:
        rows = self.query(
            "select state, clear_number from dag_run where dag_id = %s and logical_date = %s::timestamptz",
            DAG_ID,
            logical_date,
        )
        return (rows[0][0], rows[0][1]) if rows else None

    def wait_for_run(self, logical_date: str, timeout: float, clear_number: int = 0) -> float:
        """Wait until the run of logical_date ends; returns its wall time; raises with task states on failure."""
        t0 = time.monotonic()

        def ended() -> str | None:
            state = self.run_state(logical_date)
            if state and state[1] >= clear_number and state[0] in ("success", "failed"):
                return state[0]
            return None

        state = self.wait_for(ended, timeout, f"the run of {logical_date} to end", poll=2)
        seconds = round(time.monotonic() - t0, 1)
        if state != "success":
            raise AssertionError(f"run {logical_date} ended {state}: {self.task_states(logical_date)}")
        return seconds

    def trigger(self, logical_date: str) -> None:
        self.airflow("dags", "trigger", DAG_ID, "--logical-date", logical_date)

    def task_states(self, logical_date: str) -> list[tuple[Any, ...]]:
        return self.query(
            "select ti.task_id, ti.map_index, ti.state, ti.hostname, ti.duration from task_instance as ti "
            "join dag_run as r on r.dag_id = ti.dag_id and r.run_id = ti.run_id "
            "where r.dag_id = %s and r.logical_date = %s::timestamptz order by 1, 2",
            DAG_ID,
            logical_date,
        )


@contextlib.contextmanager
def running_cluster(workdir: Path, news_env: dict[str, str], **kwargs: Any) -> Iterator[Cluster]:
    """A started cluster, always stopped (process groups killed, database dropped) on the way out."""
    cluster = Cluster(workdir, news_env, **kwargs)
    try:
        cluster.up()
        yield cluster
    finally:
        cluster.down()
