"""Fixtures for operations tests: the samples run once through the pipeline's stages, as the DAG's tasks would."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from etl import pipelines, runs
from etl.config import PROJECT_ROOT, Settings
from etl.ingest.landing import run_key_for

SAMPLES = PROJECT_ROOT / "samples" / "raw"
RUN_DATE = date(2024, 3, 16)


def make_settings(root: Path, raw_dir: Path = SAMPLES) -> Settings:
    return Settings.under(root, raw_dir)


@dataclass
class StageRun:
    settings: Settings
    run_key: str
    record: dict[str, Any]
    build: pipelines.BuildResult


def run_stages(settings: Settings, run_date: date = RUN_DATE, run_id: str = "manual__test") -> StageRun:
    """ingest -> parse -> extract_entities -> build_warehouse -> record_run -> publish, timing each stage."""
    start = datetime(run_date.year, run_date.month, run_date.day, tzinfo=UTC)
    end = start + timedelta(days=1)
    seconds: dict[str, float] = {}
    began = datetime.now(UTC)
    t = time.monotonic()
    keys = pipelines.ingest(settings, run_date, start, end)
    seconds["ingest"] = time.monotonic() - t
    t = time.monotonic()
    for key in keys:
        pipelines.parse_issue_file(settings, key)
    seconds["parse"] = time.monotonic() - t
    t = time.monotonic()
    for key in keys:
        pipelines.extract_entities_file(settings, key)
    seconds["extract_entities"] = time.monotonic() - t
    build = pipelines.build_warehouse(settings, start.date(), end.date())
    seconds["build_warehouse"] = build.seconds
    run_key = run_key_for(start)
    record = runs.record_run(settings, run_id, run_key, start, end, seconds, asdict(build), run_started_at=began)
    pipelines.publish(settings)
    return StageRun(settings, run_key, record, build)


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[StageRun]:
    """The samples run once into a temporary lake and warehouse (a dbt build takes tens of seconds)."""
    yield run_stages(make_settings(tmp_path_factory.mktemp("ops-run")))
