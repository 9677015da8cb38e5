"""Object storage for the lake: DuckDB's httpfs loads offline from the duckdb-ext-httpfs wheel; pyarrow speaks S3."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import duckdb
import pytest

UNREACHABLE = "127.0.0.1:9"  # the discard port: nothing answers, so no test ever reaches a real bucket


def wheel_extension_directory() -> Path:
    spec = importlib.util.find_spec("duckdb_ext")
    assert spec and spec.submodule_search_locations, "duckdb-ext-httpfs is not installed (see requirements.txt)"
    return Path(next(iter(spec.submodule_search_locations))) / "extensions"


@pytest.fixture
def con() -> duckdb.DuckDBPyConnection:
    """A connection that can only load extensions from the wheel: installing from the network is switched off."""
    config = {
        "extension_directory": str(wheel_extension_directory()),
        "autoinstall_known_extensions": False,
        "autoload_known_extensions": False,
    }
    return duckdb.connect(config=config)


def test_httpfs_loads_from_the_wheel_without_a_download(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("load httpfs")
    loaded, path = con.execute(
        "select loaded, install_path from duckdb_extensions() where extension_name = 'httpfs'"
    ).fetchone()  # type: ignore[misc]
    assert loaded
    assert Path(path).is_relative_to(wheel_extension_directory())


def test_s3_lake_urls_reach_the_configured_endpoint(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("load httpfs")
    con.execute(
        f"create secret lake (type s3, key_id 'k', secret 's', endpoint '{UNREACHABLE}', url_style 'path', "
        "use_ssl false, region 'us-east-1')"
    )
    con.execute("set http_retries = 0")
    # Reaching for the endpoint (and failing to connect) shows httpfs took the s3:// path; no "install" is needed.
    with pytest.raises(duckdb.IOException, match="(?i)connection"):
        con.execute("select count(*) from read_parquet('s3://lake/bronze/issues/*/*.parquet')")


def test_pyarrow_builds_an_s3_filesystem_for_the_same_urls() -> None:
    import pyarrow.fs as pafs

    fs, path = pafs.FileSystem.from_uri(f"s3://lake/bronze/issues?endpoint_override={UNREACHABLE}&scheme=http")
    assert isinstance(fs, pafs.S3FileSystem) and path == "lake/bronze/issues"
    fs = pafs.S3FileSystem(
        access_key="k",
        secret_key="s",
        endpoint_override=UNREACHABLE,
        scheme="http",
        region="us-east-1",
        retry_strategy=pafs.AwsStandardS3RetryStrategy(max_attempts=1),
        connect_timeout=1,
    )
    with pytest.raises(OSError, match="(?i)connect"):
        fs.get_file_info("lake/bronze")
