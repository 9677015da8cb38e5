"""Apache Superset (its own venv) against the published warehouse, through Superset's REST API."""

from __future__ import annotations

import json
import os
import secrets
import socket
import subprocess
import time
import urllib.request
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import duckdb
import pytest

from bi.superset.client import SupersetClient
from bi.superset.dashboard import DASHBOARD_SLUG, bundle_zip, warehouse_uri

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
SUPERSET = ROOT / ".venv-superset" / "bin" / "superset"
CONFIG = ROOT / "bi" / "superset" / "superset_config.py"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _superset(env: dict[str, str], *args: str, timeout: int = 600) -> str:
    proc = subprocess.run([str(SUPERSET), *args], env=env, capture_output=True, text=True, timeout=timeout, check=False)
    if proc.returncode != 0:
        raise AssertionError(f"superset {' '.join(args)} failed:\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    return proc.stdout + proc.stderr


@pytest.fixture(scope="module")
def superset(
    published: dict[str, Any], tmp_path_factory: pytest.TempPathFactory, require: Callable[[bool, str], None]
) -> Iterator[dict[str, Any]]:
    require(SUPERSET.exists(), f"Apache Superset in {SUPERSET.parent.parent}: run `make superset-setup`")
    home = tmp_path_factory.mktemp("superset")
    password = secrets.token_urlsafe(16)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "SUPERSET_HOME": str(home),
        "SUPERSET_CONFIG_PATH": str(CONFIG),
        "SUPERSET_SECRET_KEY": secrets.token_urlsafe(48),
        "FLASK_APP": "superset",
    }
    _superset(env, "db", "upgrade")
    _superset(env, "fab", "create-admin", "--username", "admin", "--firstname", "Test", "--lastname", "Admin",
              "--email", "admin@localhost", "--password", password)  # fmt: skip
    _superset(env, "init")
    bundle = home / "dashboard.zip"
    bundle.write_bytes(bundle_zip(warehouse_uri(published["db"])))
    imported = _superset(env, "import-dashboards", "-p", str(bundle), "-u", "admin")
    port = _free_port()
    log = (home / "server.log").open("w")
    server = subprocess.Popen(
        [str(SUPERSET), "run", "-h", "127.0.0.1", "-p", str(port), "--with-threads"],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            try:
                with urllib.request.urlopen(f"{base}/health", timeout=5) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    tail = (home / "server.log").read_text()[-3000:]
                    raise AssertionError(f"Superset did not start:\n{tail}") from None
                time.sleep(1)
        client = SupersetClient(base).login("admin", password)
        yield {"client": client, "db": published["db"], "import_output": imported, "base": base}
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def _warehouse(db: Path, sql: str) -> list[tuple[Any, ...]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_superset_connects_read_only_and_a_chart_query_returns_the_warehouse_rows(superset: dict[str, Any]) -> None:
    c: SupersetClient = superset["client"]
    database = c.post(
        "/api/v1/database/",
        {
            "database_name": "newspapers (created by the test)",
            "sqlalchemy_uri": warehouse_uri(superset["db"]),
            "expose_in_sqllab": True,
            "extra": json.dumps({"engine_params": {"connect_args": {"read_only": True}}}),
        },
    )
    sql = c.post(
        "/api/v1/sqllab/execute/",
        {
            "database_id": database["id"],
            "sql": "select current_setting('access_mode') as access_mode, count(*) as articles from fct_articles",
            "runAsync": False,
            "schema": "main",
        },
    )
    n_articles = _warehouse(superset["db"], "select count(*) from fct_articles")[0][0]
    assert sql["data"] == [{"access_mode": "read_only", "articles": n_articles}]

    # A table the shipped bundle does not use: Superset's SQLite metadata keeps table names unique.
    dataset = c.post(
        "/api/v1/dataset/", {"database": database["id"], "schema": "main", "table_name": "fct_person_titles"}
    )
    articles = {"expressionType": "SQL", "sqlExpression": "COUNT(DISTINCT article_id)", "label": "articles"}
    result = c.post(
        "/api/v1/chart/data",
        {
            "datasource": {"id": dataset["id"], "type": "table"},
            "force": True,
            "result_format": "json",
            "result_type": "full",
            "queries": [
                {
                    "columns": ["person_name", "title"],
                    "metrics": [articles],
                    "orderby": [[articles, False]],
                    "row_limit": 10000,
                }
            ],
        },
    )["result"][0]
    got = sorted((r["person_name"], r["title"], r["articles"]) for r in result["data"])
    expected = _warehouse(
        superset["db"], "select person_name, title, count(distinct article_id) from fct_person_titles group by all"
    )
    assert result["rowcount"] == len(expected) > 10
    assert got == sorted(tuple(r) for r in expected)
    assert ("乔俊杰", "区委书记", 1) in got


def _dashboard_charts(c: SupersetClient) -> dict[str, int]:
    charts = c.get(f"/api/v1/dashboard/{DASHBOARD_SLUG}/charts")["result"]
    return {ch["slice_name"]: ch["id"] for ch in charts}


def test_shipped_dashboard_imports_and_every_chart_answers_from_the_warehouse(superset: dict[str, Any]) -> None:
    c: SupersetClient = superset["client"]
    dashboard = c.get(f"/api/v1/dashboard/{DASHBOARD_SLUG}")["result"]
    assert dashboard["dashboard_title"] == "Newspapers: officials, coverage, organizations, places"
    charts = _dashboard_charts(c)
    assert set(charts) == {"Articles", "Coverage over time", "Officials' activity", "Top organizations", "Top places"}
    slots = [
        v["meta"]
        for v in json.loads(dashboard["position_json"]).values()
        if isinstance(v, dict) and v.get("type") == "CHART"
    ]
    assert sorted((m["sliceName"], m["chartId"]) for m in slots) == sorted(charts.items())  # each chart in its slot
    data = {name: c.get(f"/api/v1/chart/{cid}/data/?force=true")["result"][0]["data"] for name, cid in charts.items()}
    assert all(rows for rows in data.values()), {n: len(r) for n, r in data.items()}

    db = superset["db"]
    assert data["Articles"] == [{"articles": _warehouse(db, "select count(*) from fct_articles")[0][0]}]
    coverage = sum(v for row in data["Coverage over time"] for k, v in row.items() if k.startswith("articles") and v)
    assert coverage == _warehouse(db, "select count(*) from fct_articles")[0][0]
    officials = {r["person_name"]: r["titles"] for r in data["Officials' activity"]}
    assert "区委书记" in officials["乔俊杰"] and "市委常委" in officials["乔俊杰"]
    top_org = _warehouse(db, "select max(article_count) from dim_organizations")[0][0]
    assert data["Top organizations"][-1]["articles"] == top_org  # ascending: the longest bar is drawn on top
    places = {r["place_name"] for r in data["Top places"]}
    assert "武进区" in places


def test_sql_lab_and_dashboard_queries_run_side_by_side(superset: dict[str, Any]) -> None:
    """DuckDB refuses two configurations of one file in a process: superset_config pins one for every source."""
    c: SupersetClient = superset["client"]
    charts = list(_dashboard_charts(c).values())
    database = next(d for d in c.get("/api/v1/database/")["result"] if d["database_name"] == "newspapers")

    def chart(cid: int) -> int:
        return len(c.get(f"/api/v1/chart/{cid}/data/?force=true")["result"][0]["data"])

    def sql_lab(_: int) -> int:
        body = {"database_id": database["id"], "sql": "select count(*) as n from dim_persons", "runAsync": False}
        return int(c.post("/api/v1/sqllab/execute/", body)["data"][0]["n"])

    with ThreadPoolExecutor(max_workers=6) as pool:
        counts = list(pool.map(chart, charts * 2)) + list(pool.map(sql_lab, range(6)))
    assert all(n > 0 for n in counts)
