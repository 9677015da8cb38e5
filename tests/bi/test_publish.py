"""Publishing while readers read: a reader held open through a real DAG run sees the old build, then the new."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb
import pytest

from etl import publish

pytestmark = pytest.mark.e2e


def test_reader_through_a_dag_run_sees_old_then_new_never_a_mix(published: dict[str, Any]) -> None:
    obs = published["observations"]
    before, after = published["before"], published["after"]
    assert published["reader_exit"] == 0
    assert "state=success" in published["run_log"]
    assert [o["error"] for o in obs if "error" in o] == []
    seen = [o for o in obs if "build" in o]
    started, finished = published["run"]
    during = [o for o in seen if started <= o["at"] <= finished]
    assert len(during) > 20, "the reader should have been querying all through the run"
    assert before["build"] != after["build"] and before["counts"] != after["counts"]
    assert before["counts"][0] == 2 and after["counts"][0] == 4  # issues: two first, all four after
    builds = [o["build"] for o in seen]
    changes = [b for i, b in enumerate(builds) if i == 0 or b != builds[i - 1]]
    assert changes == [before["build"], after["build"]], "old build, then the new one, and never back"
    expected = {before["build"]: before["counts"], after["build"]: after["counts"]}
    assert all(o["counts"] == expected[o["build"]] for o in seen), "every answer is wholly one build's"
    assert sum(1 for o in obs if o.get("reconnected")) == 1


def test_parquet_marts_are_the_published_build(published: dict[str, Any]) -> None:
    marts = published["warehouse_dir"] / "marts"
    manifest = json.loads((marts / publish.MANIFEST).read_text(encoding="utf-8"))
    assert manifest["build_id"] == published["after"]["build"]
    with duckdb.connect(str(published["db"]), read_only=True) as con:
        tables = publish.mart_tables(con)
        assert {"fct_articles", "dim_persons", "dim_organizations", "dim_places"} <= set(tables)
        assert sorted(p.stem for p in marts.glob("*.parquet")) == tables
        for name in tables:
            path = marts / f"{name}.parquet"
            in_db = con.execute(f'select count(*) from "{name}"').fetchone()[0]  # noqa: S608
            in_file = con.execute("select count(*) from read_parquet(?)", [str(path)]).fetchone()[0]
            assert in_file == in_db == manifest["marts"][name]["rows"], name
            meta = dict(
                con.execute("select key::varchar, value::varchar from parquet_kv_metadata(?)", [str(path)]).fetchall()
            )
            assert meta["build_id"] == manifest["build_id"]
        headlines = con.execute(
            "select count(*) from read_parquet(?) where headline = ?",
            [str(marts / "fct_articles.parquet"), "省人大常委会来武进考察"],
        ).fetchone()[0]
        assert headlines == 1


def test_marts_folder_swaps_as_one(published: dict[str, Any]) -> None:
    """`marts` is a symlink to one build's folder: a reader listing it never gets files of two builds."""
    marts: Path = published["warehouse_dir"] / "marts"
    assert marts.is_symlink()
    assert marts.resolve().name == published["after"]["build"]
    assert marts.resolve().parent.name == ".marts"


def test_published_file_is_readable_by_others_and_never_half_written(published: dict[str, Any]) -> None:
    db: Path = published["db"]
    assert db.stat().st_mode & 0o044 == 0o044  # a BI container running as another user can read it
    leftovers = [p.name for p in db.parent.iterdir() if p.name.startswith((".publish-", ".marts-"))]
    assert leftovers == []
    assert not Path(f"{db}.wal").exists()
