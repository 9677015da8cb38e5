"""A rerun of an interval and a rebuild from scratch give the same warehouse as the first run, row for row."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta

import pytest

from etl import pipelines
from tests.checksums import differences, mart_checksums

from .conftest import RUN_DATE, StageRun, make_settings, run_stages


@pytest.fixture(scope="module")
def first(sample_run: StageRun) -> dict[str, tuple[int, str]]:
    return mart_checksums(sample_run.settings.published_db)


def test_first_run_built_every_mart(first: dict[str, tuple[int, str]]) -> None:
    empty = [t for t, (n, _) in first.items() if t.startswith(("dim_", "fct_")) and n == 0]
    assert len(first) > 15 and empty == []


def test_rerun_of_the_same_interval_changes_no_row(
    sample_run: StageRun, first: dict[str, tuple[int, str]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    root = tmp_path_factory.mktemp("rerun")
    shutil.copytree(sample_run.settings.lake_dir, root / "lake", symlinks=True)
    shutil.copytree(sample_run.settings.warehouse_dir, root / "warehouse", symlinks=True)
    rerun = run_stages(make_settings(root))
    assert differences(first, mart_checksums(rerun.settings.published_db)) == {}


def test_rebuild_from_the_lake_into_a_fresh_warehouse_is_identical(
    sample_run: StageRun, first: dict[str, tuple[int, str]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    root = tmp_path_factory.mktemp("rebuild")
    shutil.copytree(sample_run.settings.lake_dir, root / "lake", symlinks=True)
    settings = make_settings(root)
    start = datetime(RUN_DATE.year, RUN_DATE.month, RUN_DATE.day, tzinfo=UTC)
    pipelines.build_warehouse(settings, start.date(), (start + timedelta(days=1)).date())
    pipelines.publish(settings)
    assert differences(first, mart_checksums(settings.published_db)) == {}
