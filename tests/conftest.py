"""Shared test fixtures: where the read-only shared material is, skipping when a fresh clone lacks it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

# Airflow reads its configuration when first imported: give the test session a home of its own, never the
# developer's .airflow/, and no example DAGs.
_AIRFLOW_HOME = Path(tempfile.mkdtemp(prefix="airflow-home-tests-"))
os.environ["AIRFLOW_HOME"] = str(_AIRFLOW_HOME)
os.environ["AIRFLOW__CORE__LOAD_EXAMPLES"] = "False"
os.environ["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"] = f"sqlite:///{_AIRFLOW_HOME}/airflow.db"

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = Path(os.environ.get("NEWS_SHARED_DIR", PROJECT_ROOT.parent / "shared"))


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test saying what is missing (a user's fresh clone has none)."""
    path = SHARED_DIR.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must provide {path} (the shared corpus beside the clone)")
        pytest.skip(f"needs {path}: the shared corpus is not beside this clone (set NEWS_SHARED_DIR to point at it)")
    return path


@pytest.fixture
def seed_issue_text() -> str:
    return (PROJECT_ROOT / "samples" / "raw" / "000_549d95c93c17b7b1.txt").read_text(encoding="utf-8")
