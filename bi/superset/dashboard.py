"""The shipped Superset dashboard: zip it for import with the warehouse's path filled in, or export it back."""

from __future__ import annotations

import argparse
import io
import re
import sys
import zipfile
from pathlib import Path

BUNDLE_DIR = Path(__file__).resolve().parent / "dashboard"
DASHBOARD_SLUG = "newspapers"
DATABASE_NAME = "newspapers"
# The bundle keeps the path of the warehouse inside the compose services (volume newspapers-data at /data).
BUNDLED_URI = "duckdb:////data/warehouse/newspapers.duckdb"
_URI_LINE = re.compile(r"^sqlalchemy_uri: .*$", re.MULTILINE)


def warehouse_uri(db_file: Path | str) -> str:
    """SQLAlchemy URI of a DuckDB file (absolute path: four slashes).  Read-only comes from connect_args."""
    return f"duckdb:///{Path(db_file).resolve().as_posix()}"


def bundle_zip(uri: str, bundle_dir: Path = BUNDLE_DIR) -> bytes:
    """The bundle as Superset's import ZIP (one top folder), its database pointing at ``uri``."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(p for p in bundle_dir.rglob("*.yaml")):
            text = path.read_text(encoding="utf-8")
            if path.parent.name == "databases":
                text = _URI_LINE.sub(f"sqlalchemy_uri: {uri}", text)
            zf.writestr(f"newspapers_dashboard/{path.relative_to(bundle_dir).as_posix()}", text)
    return buf.getvalue()


def unpack_export(export_zip: bytes, bundle_dir: Path = BUNDLE_DIR) -> list[Path]:
    """Write a dashboard export from Superset over the bundle (ids stripped from names, the URI reset)."""
    written = []
    with zipfile.ZipFile(io.BytesIO(export_zip)) as zf:
        for name in zf.namelist():
            rel = Path(*Path(name).parts[1:])
            if rel.suffix != ".yaml":
                continue
            text = zf.read(name).decode("utf-8")
            if rel.parent.name == "databases":
                text = _URI_LINE.sub(f"sqlalchemy_uri: {BUNDLED_URI}", text)
            out = bundle_dir / rel.with_name(re.sub(r"_\d+$", "", rel.stem) + rel.suffix)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_text(text, encoding="utf-8")
            written.append(out)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bi.superset.dashboard", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    z = sub.add_parser("zip", help="write the import ZIP for a warehouse file")
    z.add_argument("warehouse", help="path of the published newspapers.duckdb")
    z.add_argument("out", help="where to write the ZIP")
    u = sub.add_parser("unpack", help="replace the bundle with a ZIP exported from Superset (Dashboards > Export)")
    u.add_argument("export_zip")
    args = parser.parse_args(argv)
    if args.command == "zip":
        Path(args.out).write_bytes(bundle_zip(warehouse_uri(args.warehouse)))
        sys.stdout.write(f"{args.out}: dashboard bundle for {warehouse_uri(args.warehouse)}\n")
    else:
        for path in unpack_export(Path(args.export_zip).read_bytes()):
            sys.stdout.write(f"{path}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
