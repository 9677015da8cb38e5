"""Issue metadata from sidecars and file names, and the run's date as the last resort."""

from __future__ import annotations

from datetime import date

import pytest

from etl.ingest.metadata import metadata_from_filename, resolve_metadata


@pytest.mark.parametrize(
    ("path", "paper", "day", "edition"),
    [
        ("/in/rmrb_20260427.txt", "rmrb", date(2026, 4, 27), None),
        ("rmrb_2026-04-27.txt", "rmrb", date(2026, 4, 27), None),
        ("wjrb_20240315_A.txt", "wjrb", date(2024, 3, 15), "A"),
        ("Changzhou-Daily_20240315.txt", "changzhou-daily", date(2024, 3, 15), None),
    ],
)
def test_file_name_gives_paper_and_date(path: str, paper: str, day: date, edition: str | None) -> None:
    meta = metadata_from_filename(path)
    assert meta is not None
    assert (meta.paper, meta.issue_date, meta.edition, meta.source) == (paper, day, edition, "filename")


@pytest.mark.parametrize("path", ["000_549d95c93c17b7b1.txt", "rmrb_20261345.txt", "scan.txt", "rmrb_2026.txt"])
def test_names_without_a_real_date_give_nothing(path: str) -> None:
    assert metadata_from_filename(path) is None


def test_sidecar_wins_over_file_name() -> None:
    meta, warnings = resolve_metadata(
        "rmrb_20260427.txt", b'{"paper": "wjrb", "date": "2024-03-15", "edition": "A"}', date(2030, 1, 1), "unknown"
    )
    assert (meta.paper, meta.issue_date, meta.edition, meta.source) == ("wjrb", date(2024, 3, 15), "A", "sidecar")
    assert warnings == []


@pytest.mark.parametrize(
    ("sidecar", "why"),
    [
        (b'{"paper": "wjrb", "date": ', "not valid JSON"),
        (b'{"paper": "wjrb", "date": "2024-02-30"}', "not a real calendar date"),
        (b'{"paper": "../../etc", "date": "2024-03-15"}', "looks like a path"),
        (b'["wjrb", "2024-03-15"]', "not a JSON object"),
        (b'{"paper": "wjrb", "date": "1800-01-01"}', "outside the years"),
    ],
    ids=["broken-json", "impossible-date", "path-in-paper-name", "not-object", "implausible-year"],
)
def test_bad_sidecar_falls_back_to_file_name_with_a_warning(sidecar: bytes, why: str) -> None:
    meta, warnings = resolve_metadata("rmrb_20260427.txt", sidecar, date(2030, 1, 1), "unknown")
    assert (meta.paper, meta.issue_date, meta.source) == ("rmrb", date(2026, 4, 27), "filename")
    assert len(warnings) == 1 and why in warnings[0]


def test_no_metadata_at_all_uses_the_run_date_and_says_so() -> None:
    meta, warnings = resolve_metadata("/in/scan-0042.txt", None, date(2024, 3, 15), "wjrb")
    assert (meta.paper, meta.issue_date, meta.source) == ("wjrb", date(2024, 3, 15), "logical_date")
    assert "logical date" in warnings[0]
