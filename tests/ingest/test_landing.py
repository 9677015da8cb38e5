"""Ingest of a landing folder: loaded, duplicate, quarantined with a reason, and reruns that change nothing."""

from __future__ import annotations

import json
import os
from datetime import UTC, date, datetime
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from etl.config import Settings
from etl.ingest import ingest_folder

ISSUE = "区政府召开第27次常务(扩大)会议\n\n本报讯 (见习记者 万峰鸣 记者 张可馨) 昨天下午，区委副书记、区长恽淇丞主持召开会议。\n"
OTHER = "我区召开太湖综合治理项目调度会\n\n本报讯 (记者 张可馨) 昨天上午，我区召开太湖综合治理调度会。\n"
RUN_AT = datetime(2024, 3, 16, tzinfo=UTC)


def _settings(tmp_path: Path, raw: Path) -> Settings:
    return Settings.under(tmp_path, raw, default_paper="wjrb")


@pytest.fixture
def landing(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "wjrb_20240315.txt").write_bytes(ISSUE.encode("gb18030"))
    (raw / "copy-of-the-same.txt").write_bytes(ISSUE.encode("gb18030"))
    (raw / "scan-0042.txt").write_bytes(b"\xef\xbb\xbf" + OTHER.replace("\n", "\r\n").encode())
    (raw / "scan-0042.txt.json").write_text('{"paper": "wjrb", "date": "2024-03-14"}')
    (raw / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (raw / "empty.txt").write_bytes(b"")
    (raw / ".partial-upload.txt").write_bytes(b"ignored: hidden files are still being written")
    outside = tmp_path / "secret.txt"
    outside.write_text("not for the pipeline")
    os.symlink(outside, raw / "link-out.txt")
    return raw


def test_every_file_is_loaded_duplicate_or_quarantined(tmp_path: Path, landing: Path) -> None:
    settings = _settings(tmp_path, landing)
    report = ingest_folder(settings, date(2024, 3, 16), "run1", RUN_AT)
    by_file = {f.source_file: f for f in report.files}
    assert {k: f.outcome for k, f in by_file.items()} == {
        "copy-of-the-same.txt": "loaded",
        "wjrb_20240315.txt": "duplicate",
        "scan-0042.txt": "loaded",
        "photo.txt": "quarantined",
        "empty.txt": "quarantined",
        "link-out.txt": "quarantined",
    }
    summary = report.summary()
    assert summary["files"] == summary["loaded"] + summary["duplicate"] + summary["quarantined"]
    assert "PNG image" in (by_file["photo.txt"].reason or "")
    assert "outside the landing folder" in (by_file["link-out.txt"].reason or "")
    reasons = sorted(settings.quarantine_dir.glob("*.reason.json"))
    assert len(reasons) == 3
    assert {json.loads(p.read_text())["reason"] for p in reasons} >= {"the file is empty"}
    # The symlinked file's content never reaches the quarantine copy.
    assert not any("secret" in p.name for p in settings.quarantine_dir.iterdir())


def test_bronze_holds_decoded_text_and_metadata(tmp_path: Path, landing: Path) -> None:
    settings = _settings(tmp_path, landing)
    report = ingest_folder(settings, date(2024, 3, 16), "run1", RUN_AT)
    assert len(report.issue_keys) == 2
    rows = {
        r["source_file"]: r for r in pq.read_table(settings.lake_dir / "bronze/issues").to_pylist() if r["issue_id"]
    }
    gb = rows["copy-of-the-same.txt"]
    assert (gb["encoding"], gb["paper"], str(gb["issue_date"]), gb["metadata_source"]) == (
        "gb18030",
        "wjrb",
        "2024-03-16",
        "logical_date",
    )
    assert gb["text"] == ISSUE
    side = rows["scan-0042.txt"]
    assert (side["has_bom"], side["line_endings"], str(side["issue_date"]), side["metadata_source"]) == (
        True,
        "CRLF",
        "2024-03-14",
        "sidecar",
    )
    assert "\r" not in side["text"]


def test_rerun_changes_nothing(tmp_path: Path, landing: Path) -> None:
    settings = _settings(tmp_path, landing)
    first = ingest_folder(settings, date(2024, 3, 16), "run1", RUN_AT)
    files_before = sorted((p, p.stat().st_mtime_ns) for p in (settings.lake_dir / "bronze/issues").rglob("*.parquet"))
    second = ingest_folder(settings, date(2024, 3, 17), "run2", RUN_AT)
    assert second.issue_keys == first.issue_keys
    assert second.summary()["already_loaded"] == 2 and second.summary()["loaded"] == 0
    files_after = sorted((p, p.stat().st_mtime_ns) for p in (settings.lake_dir / "bronze/issues").rglob("*.parquet"))
    assert files_after == files_before


def test_missing_landing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="landing folder"):
        ingest_folder(_settings(tmp_path, tmp_path / "nowhere"), date(2024, 3, 16), "run1", RUN_AT)


def test_changes_in_the_landing_folder_are_detected(tmp_path: Path, landing: Path) -> None:
    from etl.ingest.landing import changed_since_last_ingest

    settings = _settings(tmp_path, landing)
    assert "wjrb_20240315.txt" in changed_since_last_ingest(settings)  # nothing ingested yet
    ingest_folder(settings, date(2024, 3, 16), "run1", RUN_AT)
    assert changed_since_last_ingest(settings) == []
    (landing / "wjrb_20240317.txt").write_text(OTHER + "新的一期\n", encoding="utf-8")
    (landing / "scan-0042.txt.json").write_text('{"paper": "wjrb", "date": "2024-03-13"}')
    assert changed_since_last_ingest(settings) == ["scan-0042.txt.json", "wjrb_20240317.txt"]


def test_rerun_of_the_same_run_reports_the_same_outcomes(tmp_path: Path, landing: Path) -> None:
    settings = _settings(tmp_path, landing)
    first = ingest_folder(settings, date(2024, 3, 16), "run1", RUN_AT)
    again = ingest_folder(settings, date(2024, 3, 16), "run1", RUN_AT)
    assert again.files == first.files


def test_a_daily_run_does_not_read_the_files_it_already_loaded(
    tmp_path: Path, landing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from etl.ingest import landing as landing_mod

    settings = _settings(tmp_path, landing)
    first = ingest_folder(settings, date(2024, 3, 16), "run1", RUN_AT)
    read: list[str] = []
    real_read = landing_mod._read_checked
    monkeypatch.setattr(
        landing_mod, "_read_checked", lambda path, root: read.append(path.name) or real_read(path, root)
    )
    second = ingest_folder(settings, date(2024, 3, 17), "run2", RUN_AT)
    # Unchanged loaded files are vouched for by size and mtime; the duplicate, the rejects and the link are read.
    # (copy-of-the-same.txt sorts first, so it is the loaded one and wjrb_20240315.txt its duplicate.)
    assert "copy-of-the-same.txt" not in read and "scan-0042.txt" not in read
    assert {"wjrb_20240315.txt", "photo.txt", "link-out.txt"} <= set(read)
    assert second.issue_keys == first.issue_keys
    assert [(f.source_file, f.outcome, f.warnings) for f in second.files if f.outcome == "already_loaded"] == [
        (f.source_file, "already_loaded", f.warnings) for f in first.files if f.outcome == "loaded"
    ]
    # A rerun of the loading run, from the index, reports what that run reported.
    again = ingest_folder(settings, date(2024, 3, 16), "run1", RUN_AT)
    assert [(f.source_file, f.outcome) for f in again.files] == [(f.source_file, f.outcome) for f in first.files]


def test_an_issue_rewritten_in_place_is_read_again(tmp_path: Path, landing: Path) -> None:
    settings = _settings(tmp_path, landing)
    first = ingest_folder(settings, date(2024, 3, 16), "run1", RUN_AT)
    before = next(f for f in first.files if f.source_file == "wjrb_20240315.txt")
    path = landing / "wjrb_20240315.txt"
    path.write_bytes(OTHER.replace("太湖", "滆湖").encode("gb18030"))
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    second = ingest_folder(settings, date(2024, 3, 17), "run2", RUN_AT)
    outcome = next(f for f in second.files if f.source_file == "wjrb_20240315.txt")
    assert outcome.outcome == "loaded" and outcome.issue_id != before.issue_id
    assert outcome.issue_key in second.issue_keys and before.issue_key not in second.issue_keys


def test_a_broken_landing_index_means_reading_everything_again(tmp_path: Path, landing: Path) -> None:
    settings = _settings(tmp_path, landing)
    first = ingest_folder(settings, date(2024, 3, 16), "run1", RUN_AT)
    (settings.lake_dir / "bronze" / "landing_index.json").write_text('{"wjrb_20240315.txt": {"stat": [1')
    second = ingest_folder(settings, date(2024, 3, 17), "run2", RUN_AT)
    assert second.issue_keys == first.issue_keys and second.summary()["already_loaded"] == 2


def test_cleanup_spares_a_live_writers_temp_file_and_removes_a_dead_ones(tmp_path: Path) -> None:
    import subprocess

    from etl import lake

    folder = tmp_path / "lake" / "silver" / "articles" / "date=2024-03-15"
    folder.mkdir(parents=True)
    live = folder / f"{lake.temp_prefix()}abc.parquet"  # this process: a writer still at work
    finished = subprocess.Popen(["true"])
    finished.wait()
    dead = folder / f".tmp-{finished.pid}-abc.parquet"  # its writer has exited: what a killed run leaves
    legacy = folder / ".tmp-abc.parquet"
    for f in (live, dead, legacy):
        f.write_bytes(b"partial")
    assert lake.remove_stale_temp_files(tmp_path / "lake") == 2
    assert live.exists() and not dead.exists() and not legacy.exists()
