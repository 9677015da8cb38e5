"""docker-compose.yml: Airflow 3 with Celery, PostgreSQL and Redis, secrets only from .env (checked without Docker)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
ENV_EXAMPLE = ROOT / ".env.example"
DOCKERFILE = ROOT / "ops" / "Dockerfile"

AIRFLOW_SERVICES = {
    "airflow-apiserver": "api-server",
    "airflow-scheduler": "scheduler",
    "airflow-dag-processor": "dag-processor",
    "airflow-triggerer": "triggerer",
    "airflow-worker": "celery worker",
}
REQUIRED = re.compile(r"\$\{(\w+):\?[^}]+\}")  # ${VAR:?message}: compose refuses to start while VAR is unset/empty
SECRET_NAME = re.compile(r"PASSWORD|SECRET|FERNET|TOKEN|_KEY$", re.IGNORECASE)


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return compose["services"]


def env_of(service: dict[str, Any]) -> dict[str, str]:
    env = service.get("environment", {})
    return {k: str(v) for k, v in env.items()} if isinstance(env, dict) else dict(e.split("=", 1) for e in env)


def test_every_component_of_a_distributed_airflow_is_there(services: dict[str, dict[str, Any]]) -> None:
    assert set(AIRFLOW_SERVICES) | {"airflow-init", "postgres", "redis"} <= set(services)
    for name, command in AIRFLOW_SERVICES.items():
        assert services[name]["command"] == command, name
    assert services["airflow-worker"]["deploy"]["replicas"] not in (0, "0")


def test_airflow_runs_celery_on_postgres_and_redis(services: dict[str, dict[str, Any]]) -> None:
    for name in [*AIRFLOW_SERVICES, "airflow-init"]:
        env = env_of(services[name])
        assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor", name
        assert env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"].startswith("postgresql+psycopg2://"), name
        assert "@postgres:5432/" in env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"], name
        assert (
            env["AIRFLOW__CELERY__BROKER_URL"].startswith("redis://")
            and "@redis:6379" in env["AIRFLOW__CELERY__BROKER_URL"]
        ), name
        assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"] == "http://airflow-apiserver:8080/execution/", name
        assert REQUIRED.fullmatch(env["AIRFLOW__API_AUTH__JWT_SECRET"]), f"{name}: the JWT secret must come from .env"


def test_image_is_the_official_airflow_with_the_project_requirements(services: dict[str, dict[str, Any]]) -> None:
    dockerfile = DOCKERFILE.read_text(encoding="utf-8")
    pinned = re.search(r"^apache-airflow==([\d.]+)$", (ROOT / "requirements.txt").read_text(), re.M)
    assert pinned and f"FROM apache/airflow:{pinned.group(1)}-python3.11" in dockerfile
    assert "-r /tmp/requirements.txt" in dockerfile
    for name in [*AIRFLOW_SERVICES, "airflow-init"]:
        assert services[name]["build"]["dockerfile"] == "ops/Dockerfile", name


def test_project_is_mounted_and_data_lives_on_a_named_volume(
    compose: dict[str, Any], services: dict[str, dict[str, Any]]
) -> None:
    assert "newspapers-data" in compose["volumes"] and "postgres-db-volume" in compose["volumes"]
    for name in [*AIRFLOW_SERVICES, "airflow-init"]:
        volumes = services[name]["volumes"]
        env = env_of(services[name])
        assert ".:/opt/newspapers:ro" in volumes, name
        assert "newspapers-data:/data" in volumes, name
        assert env["AIRFLOW__CORE__DAGS_FOLDER"] == "/opt/newspapers/dags"
        assert env["NEWS_LAKE_DIR"].startswith("/data/") and env["NEWS_WAREHOUSE_DIR"].startswith("/data/")
    assert any(v.startswith("postgres-db-volume:") for v in services["postgres"]["volumes"])


def test_init_migrates_creates_the_admin_from_env_and_the_writer_pool(services: dict[str, dict[str, Any]]) -> None:
    init = services["airflow-init"]
    script = "\n".join(init["command"])
    assert "airflow db migrate" in script
    assert "airflow users create --role Admin" in script and '"$${AIRFLOW_ADMIN_PASSWORD}"' in script
    assert "airflow pools set duckdb_writer 1" in script
    env = env_of(init)
    for var in ("AIRFLOW_ADMIN_USERNAME", "AIRFLOW_ADMIN_PASSWORD"):
        assert REQUIRED.fullmatch(env[var]), f"{var} must come from .env with no default"
    for name in AIRFLOW_SERVICES:
        assert services[name]["depends_on"]["airflow-init"]["condition"] == "service_completed_successfully"


def test_every_long_running_service_has_a_healthcheck(services: dict[str, dict[str, Any]]) -> None:
    missing = [
        n for n in [*AIRFLOW_SERVICES, "postgres", "redis"] if not services[n].get("healthcheck", {}).get("test")
    ]
    assert missing == []
    for name in AIRFLOW_SERVICES:
        deps = services[name]["depends_on"]
        assert deps["postgres"]["condition"] == deps["redis"]["condition"] == "service_healthy", name


def test_no_secret_has_a_value_in_the_file(services: dict[str, dict[str, Any]]) -> None:
    text = COMPOSE.read_text(encoding="utf-8")
    assert not re.search(r"admin[:/]admin|airflow:airflow@|:-(?:admin|airflow|password|secret)\b", text, re.I)
    for name, service in services.items():
        for key, value in env_of(service).items():
            if SECRET_NAME.search(key):
                assert REQUIRED.fullmatch(value), f"{name}: {key} must be ${{VAR:?...}} from .env, not {value!r}"
            for url_password in re.findall(r"://[^:/@]*:([^@/]*)@", REQUIRED.sub(r"<\1>", value)):
                assert re.fullmatch(r"<\w+>", url_password), f"{name}: {key} has a literal password in its URL"


def test_ui_is_not_opened_beyond_this_machine_by_default(services: dict[str, dict[str, Any]]) -> None:
    ports = [str(p) for s in services.values() for p in s.get("ports", [])]
    assert ports and all(p.startswith("127.0.0.1:") for p in ports), ports


def test_env_example_names_every_required_variable_and_gives_no_secret(services: dict[str, dict[str, Any]]) -> None:
    required = set(REQUIRED.findall(COMPOSE.read_text(encoding="utf-8")))
    example = dict(
        line.split("=", 1)
        for line in ENV_EXAMPLE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )
    assert required <= set(example), f"missing from .env.example: {sorted(required - set(example))}"
    filled = {k: v for k, v in example.items() if SECRET_NAME.search(k) and v.strip()}
    assert filled == {}, "secrets in .env.example must be left empty"
    assert ".env" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()


def test_no_airflow_component_runs_as_root(services: dict[str, dict[str, Any]]) -> None:
    users = {name: services[name].get("user") for name in [*AIRFLOW_SERVICES, "airflow-init"]}
    assert all(u and not u.startswith(("0:", "root")) for u in users.values()), users
    assert "USER airflow" in DOCKERFILE.read_text(encoding="utf-8").strip().splitlines()[-1]
