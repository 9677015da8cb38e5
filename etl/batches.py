"""Issues in batches for the DAG's mapped tasks, and one per-issue stage run over a batch on every core."""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from etl.config import Settings
from etl.pipelines import StageFailed

log = logging.getLogger(__name__)

# A daily run maps one task per issue (a failure is named by its issue); a backfill of years would make thousands
# of task instances, each paying Airflow's start-up and the models' load, so it is cut into this many batches.
MAX_MAPPED_TASKS = int(os.environ.get("NEWS_MAX_MAPPED_TASKS", "32"))

Stage = Callable[[Settings, str], int]
Needed = Callable[[Settings, str], bool]  # whether an issue has work to do for the stage (else it is skipped cheaply)


def plan_batches(issue_keys: Sequence[str], max_tasks: int = MAX_MAPPED_TASKS) -> list[list[str]]:
    """Consecutive issue keys in at most ``max_tasks`` batches of near-equal size; one key each when few."""
    keys = sorted(issue_keys)
    if not keys:
        return []
    size = -(-len(keys) // max(1, max_tasks))
    return [keys[i : i + size] for i in range(0, len(keys), size)]


def batch_label(batch: Sequence[str]) -> str:
    """How a mapped task instance is named in the UI: its issue, or its first and last issue and the count."""
    if len(batch) == 1:
        return batch[0]
    return f"{batch[0][:10]} .. {batch[-1][:10]} ({len(batch)} issues)"


def default_workers() -> int:
    """Processes for a batch: every core, unless this process may not have children (a Celery prefork worker)."""
    if multiprocessing.current_process().daemon:
        return 1
    return int(os.environ.get("NEWS_WORKERS", "0")) or os.cpu_count() or 1


def _call(stage: Stage, settings: Settings, key: str) -> tuple[str, int, str | None]:
    try:
        return key, stage(settings, key), None
    except StageFailed as exc:
        return key, 0, str(exc)


def _results(
    stage: Stage, settings: Settings, keys: Sequence[str], workers: int, needed: Needed | None
) -> Iterator[tuple[str, int, str | None]]:
    # Issues already done (a daily run over a landing folder that keeps its history) are counted here, from
    # their files' footers; only the rest go to worker processes, which each pay for loading the models.
    todo = [k for k in keys if needed is None or needed(settings, k)]
    pending = set(todo)
    yield from (_call(stage, settings, k) for k in keys if k not in pending)
    if workers <= 1 or len(todo) <= 1:
        yield from (_call(stage, settings, k) for k in todo)
        return
    with ProcessPoolExecutor(max_workers=min(workers, len(todo))) as pool:
        yield from pool.map(_call, [stage] * len(todo), [settings] * len(todo), todo, chunksize=1)


def run_batch(
    stage: Stage,
    settings: Settings,
    keys: Sequence[str],
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    needed: Needed | None = None,
) -> int:
    """Run ``stage`` on every issue of the batch; the sum of its counts.

    An issue that fails does not stop the others: they all run, then ``StageFailed`` names every failed issue, so
    the task fails (and its retry redoes only those: finished issues are skipped by their version stamp).
    """
    total, failed = 0, []
    for done, (_key, count, error) in enumerate(
        _results(stage, settings, keys, workers or default_workers(), needed), 1
    ):
        total += count
        if error:
            log.error("%s", error)
            failed.append(error)
        if progress:
            progress(done, len(keys))
    if failed:
        raise StageFailed(f"{len(failed)} of {len(keys)} issues failed:\n" + "\n".join(failed))
    return total
