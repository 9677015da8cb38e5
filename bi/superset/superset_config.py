"""Superset for the newspapers warehouse: metadata in SQLite under SUPERSET_HOME, a secret made on first start."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

SUPERSET_HOME = Path(os.environ.get("SUPERSET_HOME") or Path.home() / ".superset")
SUPERSET_HOME.mkdir(parents=True, exist_ok=True)


def _secret_key() -> str:
    """SUPERSET_SECRET_KEY if set, else a random key kept in SUPERSET_HOME (never in the repository)."""
    if os.environ.get("SUPERSET_SECRET_KEY"):
        return os.environ["SUPERSET_SECRET_KEY"]
    path = SUPERSET_HOME / "secret_key"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_urlsafe(48))
    return path.read_text().strip()


SECRET_KEY = _secret_key()
SQLALCHEMY_DATABASE_URI = os.environ.get("SUPERSET_METADATA_DB") or f"sqlite:///{SUPERSET_HOME / 'superset.db'}"

# The warehouse is swapped under Superset after every DAG run: cache nothing, so a chart shows the newest build.
CACHE_CONFIG = {"CACHE_TYPE": "NullCache"}
DATA_CACHE_CONFIG = {"CACHE_TYPE": "NullCache"}
FILTER_STATE_CACHE_CONFIG = {"CACHE_TYPE": "SimpleCache", "CACHE_DEFAULT_TIMEOUT": 86400}
EXPLORE_FORM_DATA_CACHE_CONFIG = {"CACHE_TYPE": "SimpleCache", "CACHE_DEFAULT_TIMEOUT": 86400}

# Served on localhost (or behind the compose network) over plain HTTP; put a TLS proxy in front elsewhere.
TALISMAN_ENABLED = os.environ.get("TALISMAN_ENABLED", "false").lower() == "true"
WTF_CSRF_ENABLED = True
SQLLAB_TIMEOUT = 120
SUPERSET_WEBSERVER_TIMEOUT = 120
ROW_LIMIT = 50000
FEATURE_FLAGS = {"ENABLE_TEMPLATE_PROCESSING": False}


def DB_CONNECTION_MUTATOR(url, params, username, security_manager, source):  # noqa: N802 - Superset's config name
    """Open every DuckDB file read-only, with one configuration for all of Superset's query sources.

    DuckDB refuses a second connection to a file with a different configuration in the same process, and Superset
    tags each connection with a user agent naming its source (sql_lab, chart, dashboard): a SQL Lab query running
    beside a dashboard would fail.  One fixed agent, and read_only forced even if a connection was saved without it.
    """
    if url.drivername.startswith("duckdb") and url.database not in (None, "", ":memory:"):
        connect_args = params.setdefault("connect_args", {})
        connect_args["read_only"] = True
        connect_args.setdefault("config", {})["custom_user_agent"] = "apache-superset"
    return url, params
