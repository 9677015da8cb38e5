"""A static HTML report of the published warehouse, written after each run: ``write_report(settings) -> path``."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from etl.config import Settings
from etl.report.data import ReportData, load_report_data
from etl.report.html import render_report

__all__ = ["ReportData", "load_report_data", "render_report", "report_path", "write_report"]

log = logging.getLogger(__name__)


def report_path(settings: Settings) -> Path:
    return settings.warehouse_dir / "report" / "index.html"


def write_report(settings: Settings) -> str:
    """Read the published warehouse (read-only) and replace ``report/index.html`` atomically; returns its path."""
    import duckdb

    with duckdb.connect(str(settings.published_db), read_only=True) as con:
        data = load_report_data(con)
    page = render_report(data)
    out = report_path(settings)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".index-", suffix=".html", dir=out.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(page)
        os.chmod(tmp, 0o644)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    log.info("report of build %s written to %s (%d bytes)", data.build_id, out, len(page.encode()))
    return str(out)
