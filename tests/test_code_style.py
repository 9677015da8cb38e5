"""The Python code passes ruff's lint rules and is formatted as ruff formats it (the settings in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PATHS = ["etl", "dags", "tests", "benchmarks", "scripts"]
RUFF = Path(sys.executable).with_name("ruff")


@pytest.mark.parametrize("command", [["check"], ["format", "--check"]], ids=["lint", "format"])
def test_ruff_is_clean(command: list[str]) -> None:
    if not RUFF.exists():
        pytest.skip(f"ruff is not installed beside {sys.executable} (make setup installs it)")
    result = subprocess.run([str(RUFF), *command, *PATHS], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
