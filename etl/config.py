"""One Settings object built from the environment, in one place."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]

# DuckDB takes 80 % of the machine's memory by default. The pipeline's own connections (dbt's build, publish, the
# run record) are capped so that the whole run stays under 2 GB beside Airflow and BI readers; big sorts and
# aggregations spill to disk instead. dbt_project/profiles.yml has the same default for a manual `dbt build`.
DUCKDB_MEMORY_LIMIT = "600MB"


def duckdb_config() -> dict[str, str]:
    """Settings for the pipeline's DuckDB connections: ``NEWS_DUCKDB_MEMORY_LIMIT`` (default 600MB)."""
    return {"memory_limit": os.environ.get("NEWS_DUCKDB_MEMORY_LIMIT") or DUCKDB_MEMORY_LIMIT}


@dataclass(frozen=True, slots=True)
class Settings:
    """Where the pipeline reads and writes.  Every path can be set from the environment."""

    raw_dir: Path  # the landing folder of raw issue files
    lake_dir: Path  # bronze and silver Parquet, quarantine, run records
    warehouse_dir: Path  # the build and the published DuckDB files
    published_db: Path  # what BI tools and analysts open, read-only
    dbt_project_dir: Path
    default_paper: str  # paper name for files with neither sidecar nor <paper>_<date> name

    @classmethod
    def under(cls, root: Path, raw_dir: Path, default_paper: str = "unknown") -> Settings:
        """The standard layout in one folder (``lake/``, ``warehouse/``): tests, benchmarks, scratch runs."""
        return cls(
            raw_dir=raw_dir,
            lake_dir=root / "lake",
            warehouse_dir=root / "warehouse",
            published_db=root / "warehouse" / "newspapers.duckdb",
            dbt_project_dir=PROJECT_ROOT / "dbt_project",
            default_paper=default_paper,
        )

    @property
    def build_db(self) -> Path:
        """The file dbt writes; published by an atomic rename after a successful build."""
        return self.warehouse_dir / "build" / "newspapers.duckdb"

    @property
    def quarantine_dir(self) -> Path:
        return self.lake_dir / "quarantine"

    @property
    def newspapers_seed(self) -> Path:
        return self.dbt_project_dir / "seeds" / "newspapers.csv"


def _path(name: str, default: Path) -> Path:
    value = os.environ.get(name)
    return Path(value).expanduser().resolve() if value else default


def load_settings() -> Settings:
    warehouse_dir = _path("NEWS_WAREHOUSE_DIR", PROJECT_ROOT / "warehouse")
    return Settings(
        raw_dir=_path("NEWS_RAW_DIR", PROJECT_ROOT / "samples" / "raw"),
        lake_dir=_path("NEWS_LAKE_DIR", PROJECT_ROOT / "data" / "lake"),
        warehouse_dir=warehouse_dir,
        published_db=_path("NEWS_PUBLISHED_DB", warehouse_dir / "newspapers.duckdb"),
        dbt_project_dir=_path("NEWS_DBT_PROJECT_DIR", PROJECT_ROOT / "dbt_project"),
        default_paper=os.environ.get("NEWS_DEFAULT_PAPER", "unknown"),
    )
