"""dbt-duckdb plugin: load DuckDB extensions from the installed duckdb-ext-* wheels, never the network."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from dbt.adapters.duckdb.plugins import BasePlugin


def wheel_extension_directory() -> Path | None:
    """The folder DuckDB should treat as its extension_directory: ``duckdb_ext/extensions`` of the wheels."""
    spec = importlib.util.find_spec("duckdb_ext")
    if spec is None or not spec.submodule_search_locations:
        return None
    for location in spec.submodule_search_locations:
        candidate = Path(location) / "extensions"
        if candidate.is_dir():
            return candidate
    return None


class Plugin(BasePlugin):
    def initialize(self, plugin_config: dict[str, Any]) -> None:
        self._load = list(plugin_config.get("load", []))
        self._directory = wheel_extension_directory()

    def update_connection_config(self, creds: Any, config: dict[str, Any]) -> None:
        # Autoloading then finds e.g. fts under <dir>/v<duckdb version>/<platform>/ with no download.
        if self._directory is not None:
            config["extension_directory"] = str(self._directory)
        config["autoinstall_known_extensions"] = False

    def configure_connection(self, conn: Any) -> None:
        for name in self._load:
            conn.load_extension(name)
