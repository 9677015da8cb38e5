# Source me: the environment for Airflow's real components on this machine, without Docker: CeleryExecutor,
# PostgreSQL metadata, Redis broker (docs/operations.md, "Without Docker").  Then, each in its own terminal:
#   airflow db migrate && airflow pools set duckdb_writer 1 "DuckDB takes one writer at a time"
#   airflow api-server --port 8080      airflow scheduler      airflow dag-processor
#   airflow celery worker --celery-hostname w1@%h      airflow celery worker --celery-hostname w2@%h --skip-serve-logs
#
# Required before sourcing (no defaults: each is a credential or names one):
#   AIRFLOW_DB_URL      postgresql+psycopg2://USER:PASSWORD@127.0.0.1:5432/DATABASE
#   AIRFLOW_BROKER_URL  redis://:PASSWORD@127.0.0.1:6379/0
#   AIRFLOW_JWT_SECRET  python3 -c 'import secrets; print(secrets.token_urlsafe(32))'   (same for every component)

_project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

export AIRFLOW_HOME="${AIRFLOW_HOME:-$_project/.airflow/celery}"  # inside .airflow/: kept out of git
export PATH="$_project/.venv/bin:$PATH"
export PYTHONPATH="$_project"
export AIRFLOW__CORE__DAGS_FOLDER="$_project/dags"
export AIRFLOW__CORE__LOAD_EXAMPLES=False
export AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION=True
export AIRFLOW__CORE__EXECUTOR=CeleryExecutor
export AIRFLOW__DATABASE__SQL_ALCHEMY_CONN="${AIRFLOW_DB_URL:?set AIRFLOW_DB_URL (postgresql+psycopg2://...)}"
export AIRFLOW__CELERY__RESULT_BACKEND="db+${AIRFLOW_DB_URL}"
export AIRFLOW__CELERY__BROKER_URL="${AIRFLOW_BROKER_URL:?set AIRFLOW_BROKER_URL (redis://...)}"
export AIRFLOW__CELERY__WORKER_CONCURRENCY="${AIRFLOW_WORKER_CONCURRENCY:-2}"
export AIRFLOW__API_AUTH__JWT_SECRET="${AIRFLOW_JWT_SECRET:?set AIRFLOW_JWT_SECRET (shared by every component)}"
export AIRFLOW__API__PORT="${AIRFLOW_API_PORT:-8080}"
export AIRFLOW__API__BASE_URL="http://127.0.0.1:${AIRFLOW__API__PORT}"
# Workers reach the api-server's execution API to run tasks; on other machines, use this host's name.
export AIRFLOW__CORE__EXECUTION_API_SERVER_URL="${AIRFLOW_EXECUTION_API_URL:-http://127.0.0.1:${AIRFLOW__API__PORT}/execution/}"

export NEWS_RAW_DIR="${NEWS_RAW_DIR:-$_project/samples/raw}"
export NEWS_LAKE_DIR="${NEWS_LAKE_DIR:-$_project/data/lake}"
export NEWS_WAREHOUSE_DIR="${NEWS_WAREHOUSE_DIR:-$_project/warehouse}"
unset _project
