"""`make sql`: the published warehouse read-only, the marts listed with their descriptions, statements run."""

from __future__ import annotations

import io
from pathlib import Path

import duckdb
import pytest

from bi import sql


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    db = tmp_path / "newspapers.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("create table fct_articles as select 1 as article_id, '乔俊杰带队' as headline")
        con.execute("comment on table fct_articles is 'One row per article. Long explanation follows.'")
        con.execute("comment on column fct_articles.headline is 'The main heading.'")
    return db


def test_lines_become_statements_and_dot_commands() -> None:
    lines = ["select 1", "  as x;", ".tables", "select 2;", "select 3"]
    assert list(sql.statements(lines)) == ["select 1\n  as x;", ".tables", "select 2;", "select 3"]


def test_listing_shows_rows_and_first_sentence() -> None:
    listing = sql.mart_listing([("fct_articles", 1234, "One row per article. Long explanation follows.")])
    assert "fct_articles" in listing and "1,234" in listing and "One row per article." in listing
    assert "Long explanation" not in listing


def test_command_runs_read_only(warehouse: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert sql.main(["--database", str(warehouse), "-c", "select headline from fct_articles;"]) == 0
    assert "乔俊杰带队" in capsys.readouterr().out
    assert sql.main(["--database", str(warehouse), "-c", "create table x as select 1;"]) == 1
    assert "read-only" in capsys.readouterr().err


def test_describe_shows_column_docs(warehouse: Path) -> None:
    out = io.StringIO()
    with duckdb.connect(str(warehouse), read_only=True) as con:
        sql.run(con, ".describe fct_articles", out)
        sql.run(con, ".tables", out)
    text = out.getvalue()
    assert "headline: The main heading." in text and "One row per article." in text


def test_missing_warehouse_says_what_to_do(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert sql.main(["--database", str(tmp_path / "none.duckdb"), "-c", "select 1"]) == 2
    assert "make run" in capsys.readouterr().err
