"""etl.publish on a small built file: stamps the build, swaps file and marts, keeps a few mart versions."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest

from etl import publish
from etl.config import PROJECT_ROOT, Settings


def settings_for(root: Path) -> Settings:
    return Settings(
        raw_dir=root / "raw",
        lake_dir=root / "lake",
        warehouse_dir=root / "warehouse",
        published_db=root / "warehouse" / "newspapers.duckdb",
        dbt_project_dir=PROJECT_ROOT / "dbt_project",
        default_paper="unknown",
    )


def build(settings: Settings, articles: int) -> None:
    settings.build_db.parent.mkdir(parents=True, exist_ok=True)
    settings.build_db.unlink(missing_ok=True)
    with duckdb.connect(str(settings.build_db)) as con:
        con.execute("create table fct_articles as select range as article_id from range(?)", [articles])
        con.execute("comment on table fct_articles is 'One row per article.'")
        con.execute("create table dim_persons as select 'x' as person_name")
        con.execute("create view stg_hidden as select 1 as x")
        con.execute("create table newspapers as select 'wjrb' as paper")  # a seed: not a mart


def clock(start: datetime):  # noqa: ANN201 - a tiny test clock
    ticks = iter(start + timedelta(seconds=i) for i in range(100))
    return lambda: next(ticks)


def test_publish_stamps_the_build_and_writes_only_marts(tmp_path: Path) -> None:
    s = settings_for(tmp_path)
    build(s, 3)
    pub = publish.publish_build(s, now=clock(datetime(2024, 3, 16, tzinfo=UTC)))
    assert pub.marts == ("dim_persons", "fct_articles")
    assert publish.published_build(s.published_db) == pub.build_id
    marts = publish.marts_dir(s)
    assert sorted(p.name for p in marts.iterdir()) == ["_manifest.json", "dim_persons.parquet", "fct_articles.parquet"]
    manifest = json.loads((marts / "_manifest.json").read_text())
    assert manifest["marts"]["fct_articles"] == {"rows": 3, "description": "One row per article."}
    with duckdb.connect(str(s.build_db), read_only=True) as con:  # the build file itself is left as dbt wrote it
        assert "published_build" not in {r[0] for r in con.execute("show tables").fetchall()}


def test_each_publish_swaps_file_and_marts_together_and_prunes_old_versions(tmp_path: Path) -> None:
    s = settings_for(tmp_path)
    tick = clock(datetime(2024, 3, 16, tzinfo=UTC))
    ids = []
    for n in range(1, 6):
        build(s, n)
        ids.append(publish.publish_build(s, now=tick).build_id)
        rows = duckdb.sql(f"select count(*) from '{publish.marts_dir(s)}/fct_articles.parquet'").fetchone()[0]  # noqa: S608
        assert rows == n
        with duckdb.connect(str(s.published_db), read_only=True) as con:
            assert con.execute("select count(*) from fct_articles").fetchone()[0] == n
    kept = sorted(p.name for p in (s.warehouse_dir / ".marts").iterdir())
    assert kept == ids[-publish.KEEP_MART_VERSIONS :]
    assert publish.marts_dir(s).resolve().name == ids[-1]


def test_a_reader_holding_the_old_file_keeps_its_snapshot(tmp_path: Path) -> None:
    s = settings_for(tmp_path)
    build(s, 2)
    publish.publish(s)
    reader = duckdb.connect(str(s.published_db), read_only=True)
    build(s, 7)
    publish.publish(s)
    assert reader.execute("select count(*) from fct_articles").fetchone()[0] == 2
    reader.close()  # then reconnect: close first, or DuckDB hands back the same (old) instance
    with duckdb.connect(str(s.published_db), read_only=True) as fresh:
        assert fresh.execute("select count(*) from fct_articles").fetchone()[0] == 7


def test_a_plain_marts_folder_from_an_older_layout_is_moved_aside(tmp_path: Path) -> None:
    s = settings_for(tmp_path)
    publish.marts_dir(s).mkdir(parents=True)
    (publish.marts_dir(s) / "old.parquet").write_bytes(b"old")
    build(s, 1)
    publish.publish(s)
    assert publish.marts_dir(s).is_symlink()
    assert not (publish.marts_dir(s) / "old.parquet").exists()


def test_nothing_to_publish_is_a_named_error_and_leaves_the_published_file(tmp_path: Path) -> None:
    s = settings_for(tmp_path)
    with pytest.raises(publish.PublishFailed, match="does not exist"):
        publish.publish(s)
    build(s, 1)
    with duckdb.connect(str(s.build_db)) as con:
        con.execute("drop table fct_articles")
        con.execute("drop table dim_persons")
    with pytest.raises(publish.PublishFailed, match="no mart tables"):
        publish.publish(s)
    assert not s.published_db.exists()
    assert [p.name for p in s.published_db.parent.iterdir() if p.name.startswith(".publish-")] == []


def test_a_file_held_open_on_windows_is_retried_then_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows refuses to replace a file a reader holds open: publish waits, then fails saying why."""
    s = settings_for(tmp_path)
    build(s, 1)
    publish.publish(s)
    real_replace, refusals = publish.os.replace, []

    def refuse_the_database(src: str, dst: str) -> None:
        if Path(dst) == s.published_db:
            refusals.append(dst)
            raise PermissionError(13, "The process cannot access the file because it is being used")
        real_replace(src, dst)

    monkeypatch.setattr(publish.os, "replace", refuse_the_database)
    monkeypatch.setattr(publish.time, "sleep", lambda _: None)
    build(s, 5)
    with pytest.raises(publish.PublishFailed, match="another process holds it open"):
        publish.publish(s)
    assert len(refusals) == publish.REPLACE_RETRIES + 1
    with duckdb.connect(str(s.published_db), read_only=True) as con:  # the previous build is still published, whole
        assert con.execute("select count(*) from fct_articles").fetchone()[0] == 1
        old_build = con.execute("select build_id from published_build").fetchone()[0]
    assert publish.marts_dir(s).resolve().name == old_build  # and the Parquet marts are that same build
    assert [p.name for p in (s.warehouse_dir / ".marts").iterdir()] == [old_build]  # the refused one is cleared
    assert [p.name for p in s.published_db.parent.iterdir() if p.name.startswith(".publish-")] == []


def test_the_marts_follow_the_database_and_a_rerun_rewrites_nothing(tmp_path: Path) -> None:
    s = settings_for(tmp_path)
    build(s, 2)
    first = publish.publish_build(s)
    build(s, 4)
    db = publish.publish_database(s)
    assert publish.published_build(s.published_db) == db.build_id != first.build_id
    assert json.loads((publish.marts_dir(s) / "_manifest.json").read_text())["build_id"] == first.build_id
    marts = publish.publish_marts(s)
    assert marts.build_id == db.build_id
    assert json.loads((publish.marts_dir(s) / "_manifest.json").read_text())["build_id"] == db.build_id
    written = {p.name: p.stat().st_mtime_ns for p in publish.marts_dir(s).iterdir()}
    assert publish.publish_marts(s).build_id == db.build_id  # a retried task: its marts are already in place
    assert {p.name: p.stat().st_mtime_ns for p in publish.marts_dir(s).iterdir()} == written
    rows = duckdb.sql(f"select count(*) from '{publish.marts_dir(s)}/fct_articles.parquet'").fetchone()  # noqa: S608
    assert rows == (4,)
