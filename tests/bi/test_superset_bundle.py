"""The shipped Superset dashboard bundle: complete, pointed at the warehouse on import, read-only, no secrets."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from bi.superset.dashboard import BUNDLE_DIR, BUNDLED_URI, bundle_zip, unpack_export, warehouse_uri


def test_bundle_zip_points_the_database_at_the_given_warehouse(tmp_path: Path) -> None:
    uri = warehouse_uri(tmp_path / "warehouse" / "newspapers.duckdb")
    assert uri == f"duckdb:///{tmp_path}/warehouse/newspapers.duckdb"
    with zipfile.ZipFile(io.BytesIO(bundle_zip(uri))) as zf:
        names = zf.namelist()
        database = zf.read("newspapers_dashboard/databases/newspapers.yaml").decode()
    assert "newspapers_dashboard/metadata.yaml" in names
    assert sum(n.startswith("newspapers_dashboard/charts/") for n in names) == 5
    assert len([n for n in names if "/datasets/" in n]) == 4
    assert f"sqlalchemy_uri: {uri}\n" in database
    assert "read_only: true" in database


def test_bundle_keeps_no_secret_and_no_machine_path() -> None:
    text = "".join(p.read_text(encoding="utf-8") for p in BUNDLE_DIR.rglob("*.yaml"))
    assert "/tmp/" not in text and "/work/" not in text and "password" not in text.lower()
    assert f"sqlalchemy_uri: {BUNDLED_URI}" in text


def test_export_round_trips_to_the_same_bundle(tmp_path: Path) -> None:
    exported = bundle_zip("duckdb:////somewhere/else.duckdb")
    written = unpack_export(exported, tmp_path)
    assert sorted(p.relative_to(tmp_path) for p in written) == sorted(
        p.relative_to(BUNDLE_DIR) for p in BUNDLE_DIR.rglob("*.yaml")
    )
    for path in written:
        assert path.read_text(encoding="utf-8") == (BUNDLE_DIR / path.relative_to(tmp_path)).read_text(encoding="utf-8")
