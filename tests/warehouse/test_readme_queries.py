"""The example queries in dbt_project/README.md run as written on the samples and return what they promise."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

import duckdb
import pytest

from etl import pipelines
from etl.config import PROJECT_ROOT, Settings

README = PROJECT_ROOT / "dbt_project" / "README.md"
EXAMPLES = dict(re.findall(r"```sql\n-- example: (\w+)\n(.*?)```", README.read_text(encoding="utf-8"), re.S))


def run_example(settings: Settings, name: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[Any, ...]]:
    monkeypatch.chdir(PROJECT_ROOT)  # the README's paths are relative to the repository root
    with duckdb.connect(str(settings.build_db), read_only=True) as con:
        return con.execute(EXAMPLES[name]).fetchall()


def test_the_readme_has_the_five_examples() -> None:
    assert {
        "top_officials",
        "title_history",
        "title_on_a_day",
        "who_with_whom",
        "place_coverage",
        "full_text_search",
    } <= set(EXAMPLES)


def test_top_officials(
    sample_warehouse: tuple[Settings, pipelines.BuildResult], monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = run_example(sample_warehouse[0], "top_officials", monkeypatch)
    assert rows, "no official in the latest month of the samples (2026-05)"
    assert [r[2] for r in rows] == sorted((r[2] for r in rows), reverse=True)
    assert "习近平" in {r[0] for r in rows}


def test_title_history(
    sample_warehouse: tuple[Settings, pipelines.BuildResult], monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = run_example(sample_warehouse[0], "title_history", monkeypatch)
    assert len(rows) == 1
    name, title, all_titles, valid_from, valid_to, is_current = rows[0]
    assert (name, title, valid_from, valid_to, is_current) == ("乔俊杰", "区委书记", date(2024, 3, 15), None, True)
    assert set(all_titles) == {"市委常委", "区委书记"}
    on_day = run_example(sample_warehouse[0], "title_on_a_day", monkeypatch)
    assert on_day == [("区委书记", date(2024, 3, 15))]


def test_who_with_whom(
    sample_warehouse: tuple[Settings, pipelines.BuildResult], monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = run_example(sample_warehouse[0], "who_with_whom", monkeypatch)
    others = {b if a == "乔俊杰" else a for a, b, _ in rows}
    assert "咸春宇" in others  # they met in the specimen's lead article


def test_place_coverage(
    sample_warehouse: tuple[Settings, pipelines.BuildResult], monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = run_example(sample_warehouse[0], "place_coverage", monkeypatch)
    assert len(rows) == 1
    year_month, name, level, mentions, articles, longitude, latitude = rows[0]
    assert (year_month, name, level) == ("2024-03", "武进区", "district")
    assert mentions >= articles >= 1
    assert 119 < longitude < 121 and 31 < latitude < 32.5  # Wujin, Changzhou


def test_full_text_search(
    sample_warehouse: tuple[Settings, pipelines.BuildResult], monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = run_example(sample_warehouse[0], "full_text_search", monkeypatch)
    assert rows and rows[0][1:4] == (date(2024, 3, 15), "wjrb", "我区召开太湖综合治理项目调度会")


def test_officials_by_place(
    sample_warehouse: tuple[Settings, pipelines.BuildResult], monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = run_example(sample_warehouse[0], "officials_by_place", monkeypatch)
    assert ("武进区", "district", "区委书记", "乔俊杰", 1) in rows
