"""Mapped-task batches: few issues map one task each, a backfill is cut into batches, a failed issue fails alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from etl.batches import batch_label, plan_batches, run_batch
from etl.config import Settings
from etl.pipelines import StageFailed


def _keys(n: int) -> list[str]:
    return [f"2010-01-{1 + i % 28:02d}/{i:064x}" for i in range(n)]


@pytest.mark.parametrize(
    ("issues", "tasks", "largest"),
    [(0, 0, 0), (1, 1, 1), (4, 4, 1), (32, 32, 1), (33, 17, 2), (365, 31, 12), (3650, 32, 115)],
)
def test_batches_cover_every_issue_once_in_at_most_32_tasks(issues: int, tasks: int, largest: int) -> None:
    keys = _keys(issues)
    batches = plan_batches(keys, max_tasks=32)
    assert len(batches) == tasks
    assert max((len(b) for b in batches), default=0) == largest
    assert [k for b in batches for k in b] == sorted(keys)


def test_a_batch_is_named_by_its_issue_or_its_date_range() -> None:
    assert batch_label(["2024-03-15/e266"]) == "2024-03-15/e266"
    assert batch_label(["2024-03-15/aa", "2024-03-16/bb", "2024-04-01/cc"]) == "2024-03-15 .. 2024-04-01 (3 issues)"


def _stage(settings: Settings, key: str) -> int:
    """A stand-in stage (module level, so a process pool can run it) that fails on keys containing 'bad'."""
    if "bad" in key:
        raise StageFailed(f"parse failed on issue {key}: broken")
    (settings.lake_dir / key.replace("/", "_")).write_text("done")
    return 2


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failed_issue_fails_the_batch_after_the_others_ran(tmp_path: Path, workers: int) -> None:
    settings = Settings.under(tmp_path, tmp_path / "raw")
    settings.lake_dir.mkdir(parents=True)
    keys = ["2010-01-01/a", "2010-01-02/bad", "2010-01-03/c"]
    with pytest.raises(StageFailed, match=r"1 of 3 issues failed:\nparse failed on issue 2010-01-02/bad"):
        run_batch(_stage, settings, keys, workers=workers)
    assert sorted(p.name for p in settings.lake_dir.iterdir()) == ["2010-01-01_a", "2010-01-03_c"]


def test_counts_are_summed_over_the_batch(tmp_path: Path) -> None:
    settings = Settings.under(tmp_path, tmp_path / "raw")
    settings.lake_dir.mkdir(parents=True)
    seen: list[tuple[int, int]] = []
    assert run_batch(_stage, settings, ["d/1", "d/2"], workers=2, progress=lambda d, t: seen.append((d, t))) == 4
    assert seen == [(1, 2), (2, 2)]


def _only_new(settings: Settings, key: str) -> bool:
    return not (settings.lake_dir / key.replace("/", "_")).exists()


def test_issues_already_done_are_counted_without_a_worker_pool(tmp_path: Path) -> None:
    settings = Settings.under(tmp_path, tmp_path / "raw")
    settings.lake_dir.mkdir(parents=True)
    (settings.lake_dir / "d_1").write_text("done")
    assert run_batch(_stage, settings, ["d/1", "d/2", "d/3"], workers=2, needed=_only_new) == 6
    assert sorted(p.name for p in settings.lake_dir.iterdir()) == ["d_1", "d_2", "d_3"]


def test_only_issues_with_work_left_are_mapped(tmp_path: Path) -> None:
    """A daily run over a landing folder that keeps its history maps tasks for the new issue only."""
    from datetime import UTC, date, datetime

    from etl import lake, pipelines

    samples = Path(__file__).resolve().parents[1] / "samples" / "raw"
    settings = Settings.under(tmp_path, samples)
    at = datetime(2024, 3, 16, tzinfo=UTC)
    keys = pipelines.ingest(settings, date(2024, 3, 16), at, at)
    assert len(keys) >= 2 and pipelines.pending_issues(settings, keys) == keys
    done, rest = keys[0], keys[1:]
    pipelines.parse_issue_file(settings, done)
    assert pipelines.pending_issues(settings, keys) == keys  # parsed, not yet extracted
    pipelines.extract_entities_file(settings, done)
    assert pipelines.pending_issues(settings, keys) == rest
    # Its mentions lost (or read by another extractor version): it has work again.
    day, issue_id = done.split("/")
    lake.partition_path(settings.lake_dir, "silver/mentions", date.fromisoformat(day), issue_id).unlink()
    assert pipelines.pending_issues(settings, keys) == keys
