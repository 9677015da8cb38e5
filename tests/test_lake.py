"""Partition stamps: what a build must redo is every date whose partition folder was written since the last one."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from etl import lake


def _write(lake_dir: Path, table: str, day: date, name: str) -> None:
    path = lake.partition_path(lake_dir, table, day, name)
    lake.write_rows(lake_dir, table, [], path, {"k": "v"})


def test_a_new_issue_a_rewrite_and_a_new_date_are_changes_and_nothing_else_is(tmp_path: Path) -> None:
    lake.ensure_tables(tmp_path)
    _write(tmp_path, "silver/articles", date(2024, 3, 15), "a")
    _write(tmp_path, "silver/mentions", date(2024, 3, 16), "b")
    before = lake.partition_stamps(tmp_path)
    assert sorted(before) == ["silver/articles/date=2024-03-15", "silver/mentions/date=2024-03-16"]  # not _empty
    assert not any(lake.changed_partitions(tmp_path, before, lake.partition_stamps(tmp_path)).values())

    folder = lake.table_dir(tmp_path, "silver/mentions") / "date=2024-03-16"
    os.utime(folder, ns=(1, 1))  # an old stamp, so the rewrite below surely differs whatever the clock's grain
    before = lake.partition_stamps(tmp_path)
    _write(tmp_path, "silver/mentions", date(2024, 3, 16), "b")  # a rerun rewrites the same file
    _write(tmp_path, "silver/article_events", date(2024, 3, 17), "c")  # a late issue
    changed = lake.changed_partitions(tmp_path, before, lake.partition_stamps(tmp_path))
    assert {t: f for t, f in changed.items() if f} == {
        "silver/article_events": ["date=2024-03-17"],
        "silver/mentions": ["date=2024-03-16"],
    }
    assert lake.changed_dates(changed) == [date(2024, 3, 16), date(2024, 3, 17)]


def test_a_folder_with_only_a_killed_writers_temp_file_is_not_read(tmp_path: Path) -> None:
    folder = lake.table_dir(tmp_path, "silver/articles") / "date=2024-03-18"
    folder.mkdir(parents=True)
    (folder / ".tmp-999-x.partial").write_bytes(b"half")
    assert not any(lake.changed_partitions(tmp_path, {}, lake.partition_stamps(tmp_path)).values())


def test_no_previous_stamps_means_every_date(tmp_path: Path) -> None:
    _write(tmp_path, "silver/articles", date(2024, 3, 15), "a")
    changed = lake.changed_partitions(tmp_path, {}, lake.partition_stamps(tmp_path))
    assert lake.changed_dates(changed) == [date(2024, 3, 15)]


def test_the_footer_cache_answers_from_stat_and_rereads_a_rewritten_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    day = date(2024, 3, 15)
    path = lake.partition_path(tmp_path, "silver/articles", day, "a")
    lake.write_rows(tmp_path, "silver/articles", [], path, {"parser_version": "v1"})
    first = lake.FooterCache(tmp_path)
    assert first.metadata(path) == {"parser_version": "v1"}
    assert first.metadata(path.with_name("missing.parquet")) == {}
    first.save()

    reads: list[Path] = []
    real = lake.file_metadata
    monkeypatch.setattr(lake, "file_metadata", lambda p: reads.append(p) or real(p))
    assert lake.FooterCache(tmp_path).metadata(path) == {"parser_version": "v1"}
    assert reads == []  # answered from the cache file: size and mtime unchanged

    lake.write_rows(tmp_path, "silver/articles", [], path, {"parser_version": "v2"})
    os.utime(path, ns=(1, 1))  # whatever the clock's grain, the rewrite's stamp differs
    assert lake.FooterCache(tmp_path).metadata(path) == {"parser_version": "v2"}
    assert reads == [path]

    (tmp_path / "silver" / "_footers.json").write_text("{not json")
    assert lake.FooterCache(tmp_path).metadata(path) == {"parser_version": "v2"}  # a broken cache costs a read
