"""The environment a test runs Airflow's CLI in: its own home and SQLite metadata, the project's DAGs and lake."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def local_airflow_env(home: Path, raw_dir: Path, data_root: Path, dags_folder: str | None = None) -> dict[str, str]:
    """LocalExecutor on SQLite in ``home``; the pipeline reads ``raw_dir`` and writes under ``data_root``."""
    return {
        **os.environ,
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__CORE__DAGS_FOLDER": dags_folder or str(ROOT / "dags"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__EXECUTOR": "LocalExecutor",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home}/airflow.db",
        "PYTHONPATH": str(ROOT),
        "NEWS_RAW_DIR": str(raw_dir),
        "NEWS_LAKE_DIR": str(data_root / "lake"),
        "NEWS_WAREHOUSE_DIR": str(data_root / "warehouse"),
    }
