#!/bin/sh
# Container start: migrate the metadata DB, make the admin (password from the environment), import the dashboard
# pointing at the mounted warehouse, then serve.  Every step is idempotent, so a restart is harmless.
set -eu
: "${SUPERSET_SECRET_KEY:?set SUPERSET_SECRET_KEY}"
: "${SUPERSET_ADMIN_PASSWORD:?set SUPERSET_ADMIN_PASSWORD}"
superset db upgrade
superset fab create-admin --username admin --firstname Superset --lastname Admin --email admin@localhost \
    --password "$SUPERSET_ADMIN_PASSWORD"
superset fab reset-password --username admin --password "$SUPERSET_ADMIN_PASSWORD"  # .env stays the truth
superset init
python -m bi.superset.dashboard zip "$WAREHOUSE_DB" "$SUPERSET_HOME/dashboard.zip"
superset import-dashboards -p "$SUPERSET_HOME/dashboard.zip" -u admin
exec gunicorn --bind 0.0.0.0:8088 --workers 2 --worker-class gthread --threads 8 --timeout 120 \
    --limit-request-line 0 --limit-request-field_size 0 "superset.app:create_app()"
