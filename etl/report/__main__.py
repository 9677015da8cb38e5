"""`python -m etl.report`: write the HTML report of the published warehouse and print its path."""

from __future__ import annotations

import logging
import sys

from etl.config import load_settings
from etl.report import write_report

if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    settings = load_settings()
    if not settings.published_db.exists():
        sys.stderr.write(f"no published warehouse at {settings.published_db}: run the DAG first (make run)\n")
        raise SystemExit(2)
    sys.stdout.write(f"{write_report(settings)}\n")
