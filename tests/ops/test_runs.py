"""The run record: every run leaves a row in `pipeline_runs` and a log paragraph a person can read."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from etl import pipelines, runs

from .conftest import RUN_DATE, StageRun, make_settings


def test_record_says_what_the_run_did(sample_run: StageRun) -> None:
    rec = sample_run.record
    assert rec["status"] == "success"
    assert (rec["files_seen"], rec["issues_in"], rec["issues_new"], rec["quarantined"]) == (5, 4, 4, 1)
    assert rec["quarantined_files"] == [
        {"source_file": "page_scan_20240316.txt", "reason": "the file is a PNG image, not text"}
    ]
    assert rec["articles"] >= 4 and rec["articles"] == rec["warehouse_articles"]
    assert rec["mentions"] == rec["warehouse_mentions"] > 0
    assert {"person", "place"} <= {m["mention_type"] for m in rec["mentions_by_type"]}
    assert rec["dbt_failed"] == 0 and rec["dbt_passed"] > 100  # dbt's own results: models, seeds and tests
    assert {t["task_id"] for t in rec["task_seconds"]} == {"ingest", "parse", "extract_entities", "build_warehouse"}
    assert rec["run_seconds"] and rec["run_seconds"] > 0


def test_record_is_in_the_published_warehouse(sample_run: StageRun) -> None:
    published = runs.read_runs(sample_run.settings.published_db)
    assert [r["run_key"] for r in published] == [sample_run.run_key]
    assert published[0]["issues_in"] == 4
    assert published[0]["quarantined_files"][0]["source_file"] == "page_scan_20240316.txt"


def test_recording_the_same_interval_again_replaces_its_row(sample_run: StageRun) -> None:
    s = sample_run.settings
    start = datetime(RUN_DATE.year, RUN_DATE.month, RUN_DATE.day, tzinfo=UTC)
    again = runs.record_run(s, "manual__rerun", sample_run.run_key, start, start, {"ingest": 1.0}, None)
    other = runs.record_run(s, "scheduled__other", "20240317T0000000000", start, start, {}, {"seconds": 1.0})
    rows = {r["run_key"]: r for r in runs.read_runs(s.build_db)}
    assert set(rows) == {sample_run.run_key, "20240317T0000000000"}
    assert rows[sample_run.run_key]["run_id"] == again["run_id"] == "manual__rerun"
    assert rows["20240317T0000000000"]["files_seen"] == 0 == other["issues_in"]  # that interval ingested nothing


def test_log_paragraph_names_counts_quarantine_and_dbt(sample_run: StageRun, caplog: pytest.LogCaptureFixture) -> None:
    s = sample_run.settings
    with caplog.at_level(logging.INFO, logger="etl.runs"):
        runs.record_run(s, "manual__log", "20240318T0000000000", None, None, {"build_warehouse": 12.5}, None)
        rec = runs.record_run(s, "manual__log", sample_run.run_key, None, None, {"build_warehouse": 12.5}, {})
    text = runs.describe(rec)
    assert text in caplog.text
    assert "issues in: 4 (4 new)" in text
    assert "quarantined page_scan_20240316.txt: the file is a PNG image, not text" in text
    assert f"dbt: {rec['dbt_passed']} passed, 0 failed" in text
    assert "build_warehouse 12.5s" in text


def test_a_run_whose_build_failed_still_leaves_a_record(tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = make_settings(tmp_path)
    start = datetime(RUN_DATE.year, RUN_DATE.month, RUN_DATE.day, tzinfo=UTC)
    pipelines.ingest(settings, RUN_DATE, start, start)  # ingest ran; parse and dbt never did
    rec = runs.record_run(
        settings, "manual__broken", "20240316T0000000000", start, start, {"ingest": 0.2}, None, ["parse[rmrb_x]"]
    )
    assert rec["status"] == "build_failed"
    assert rec["issues_in"] == 4 and rec["articles"] == 0
    assert rec["warehouse_issues"] is None  # no marts were ever built
    assert rec["failed_tasks"] == ["parse[rmrb_x]"]
    assert runs.read_runs(settings.build_db)[0]["status"] == "build_failed"


def test_dbt_failures_are_named(tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = replace(make_settings(tmp_path))
    target = settings.warehouse_dir / "dbt" / "target"
    target.mkdir(parents=True)
    (target / "run_results.json").write_text(
        '{"results": [{"unique_id": "model.news.fct_articles", "status": "success"},'
        ' {"unique_id": "test.news.unique_dim_persons_person_id", "status": "fail", "message": "Got 2 results"}]}',
        encoding="utf-8",
    )
    rec = runs.record_run(settings, "r", "k", None, None, {}, {"seconds": 3.0})
    assert (rec["status"], rec["dbt_passed"], rec["dbt_failed"]) == ("build_failed", 1, 1)
    assert "dbt fail test.news.unique_dim_persons_person_id: Got 2 results" in runs.describe(rec)
