"""Fixtures that build a lake from raw issue files with the real Python stages, then the warehouse with dbt."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pytest

from etl import lake, pipelines
from etl.config import PROJECT_ROOT, Settings

SAMPLES = PROJECT_ROOT / "samples" / "raw"
RUN_DATE = date(2024, 3, 15)


def make_settings(root: Path, raw_dir: Path) -> Settings:
    return Settings.under(root, raw_dir)


def build_lake(settings: Settings) -> list[str]:
    """Ingest, parse and extract every raw file, as the DAG's tasks would for one interval."""
    start = datetime(RUN_DATE.year, RUN_DATE.month, RUN_DATE.day, tzinfo=UTC)
    end = datetime(RUN_DATE.year, RUN_DATE.month, RUN_DATE.day + 1, tzinfo=UTC)
    keys = pipelines.ingest(settings, RUN_DATE, start, end)
    for key in keys:
        pipelines.parse_issue_file(settings, key)
        pipelines.extract_entities_file(settings, key)
    lake.ensure_tables(settings.lake_dir)
    return keys


@pytest.fixture(scope="session")
def sample_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Settings, pipelines.BuildResult]]:
    """The samples built once into a temporary lake and warehouse (dbt build takes a few seconds)."""
    root = tmp_path_factory.mktemp("samples")
    settings = make_settings(root, SAMPLES)
    build_lake(settings)
    result = pipelines.build_warehouse(settings)
    yield settings, result


@pytest.fixture
def query(sample_warehouse: tuple[Settings, pipelines.BuildResult]) -> Iterator[Callable[..., list[tuple]]]:
    settings, _ = sample_warehouse
    con = duckdb.connect(str(settings.build_db), read_only=True)

    def run(sql: str, *params: object) -> list[tuple]:
        return con.execute(sql, list(params)).fetchall()

    yield run
    con.close()
