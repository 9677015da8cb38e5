"""The dbt SQL passes sqlfluff (duckdb dialect, house rules in dbt_project/.sqlfluff)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from etl.config import PROJECT_ROOT

DBT_PROJECT = PROJECT_ROOT / "dbt_project"


def test_dbt_sql_is_lint_clean() -> None:
    sqlfluff = Path(sys.executable).with_name("sqlfluff")
    if not sqlfluff.exists():
        pytest.skip("sqlfluff is not installed (requirements-dev.txt)")
    proc = subprocess.run(
        [str(sqlfluff), "lint", "models", "tests", "--disable-progress-bar"],
        cwd=DBT_PROJECT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]
