"""The whole pipeline in one process tree, without a scheduler: the DAG's stage functions in the DAG's order.

Used by ``python -m etl run`` (backfills on one machine, users without Airflow), the benchmark and the
interruption tests.  Parse and entity extraction run per issue in a process pool, as the DAG maps them.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from etl import pipelines
from etl.config import Settings

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]  # stage, done, total


def progress_bar(stage: str, done: int, total: int) -> None:
    """A one-line text progress bar on standard error, for the command line and the benchmark."""
    width = 30
    filled = width * done // max(total, 1)
    sys.stderr.write(f"\r{stage:>16} [{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
    if done == total:
        sys.stderr.write("\n")


@dataclass(slots=True)
class RunReport:
    issue_keys: list[str]
    seconds: dict[str, float] = field(default_factory=dict)
    articles: int = 0
    mentions: int = 0
    failed: list[str] = field(default_factory=list)  # "issue_key: reason" of issues that failed a stage
    build: dict[str, Any] = field(default_factory=dict)
    published: str | None = None


def _parse_then_extract(settings: Settings, issue_key: str) -> tuple[str, int, int, str | None]:
    try:
        articles = pipelines.parse_issue_file(settings, issue_key)
        mentions = pipelines.extract_entities_file(settings, issue_key)
    except pipelines.StageFailed as exc:
        return issue_key, 0, 0, str(exc)
    return issue_key, articles, mentions, None


def run_pipeline(
    settings: Settings,
    logical_date: date,
    workers: int = 2,
    progress: Progress | None = None,
    build: bool = True,
) -> RunReport:
    """Ingest, parse and extract per issue (in ``workers`` processes), build the warehouse and publish it."""
    start = datetime.combine(logical_date, datetime.min.time(), UTC)
    log.info("stage ingest")
    t0 = time.perf_counter()
    keys = pipelines.ingest(settings, logical_date, start, start)
    report = RunReport(keys, {"ingest": time.perf_counter() - t0})
    log.info("ingest: %d issues in %.1f s", len(keys), report.seconds["ingest"])

    log.info("stage parse+entities")
    t0 = time.perf_counter()
    if workers > 1 and len(keys) > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = pool.map(_parse_then_extract, [settings] * len(keys), keys, chunksize=1)
            _collect(report, results, len(keys), progress)
    else:
        _collect(report, (_parse_then_extract(settings, k) for k in keys), len(keys), progress)
    report.seconds["parse_and_extract"] = time.perf_counter() - t0

    if build:
        log.info("stage dbt_build")
        t0 = time.perf_counter()
        result = pipelines.build_warehouse(settings, logical_date, logical_date)
        report.build = {"passed": result.passed, "failed": result.failed, "warned": result.warned}
        report.seconds["dbt_build"] = time.perf_counter() - t0
        log.info("stage publish")
        t0 = time.perf_counter()
        report.published = pipelines.publish(settings)
        report.seconds["publish"] = time.perf_counter() - t0
    return report


def _collect(report: RunReport, results: Any, total: int, progress: Progress | None) -> None:
    for done, (key, articles, mentions, error) in enumerate(results, start=1):
        report.articles += articles
        report.mentions += mentions
        if error:
            log.error("%s", error)
            report.failed.append(f"{key}: {error}")
        if progress:
            progress("parse+entities", done, total)
