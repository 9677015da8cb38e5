# The two commands of the README: `make run` and `make test`.  Everything else here serves them.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON_SYS ?= python3
VENV := .venv
PY := $(VENV)/bin/python
RAW_DIR ?= samples/raw
RUN_DATE ?= $(shell date -u +%F)

# Airflow keeps its home (SQLite metadata, logs, config) inside the project; .gitignore keeps it out of git.
export AIRFLOW_HOME := $(CURDIR)/.airflow
export AIRFLOW__CORE__DAGS_FOLDER := $(CURDIR)/dags
export AIRFLOW__CORE__LOAD_EXAMPLES := False
export AIRFLOW__CORE__EXECUTOR := LocalExecutor
export AIRFLOW__DATABASE__SQL_ALCHEMY_CONN := sqlite:///$(AIRFLOW_HOME)/airflow.db
export AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION := True
export PYTHONPATH := $(CURDIR)
export NEWS_RAW_DIR := $(abspath $(RAW_DIR))

.PHONY: help setup run test test-ops lint fuzz bench score-parse train-boundaries train-paragraphs airflow-init clean

help:
	@echo "make run [RAW_DIR=folder]   set up, run the DAG through Airflow over the raw issues, print a summary"
	@echo "make test                   set up and run the whole test suite"
	@echo "make test-ops               operations tests: run record, reruns, compose file, Celery on PostgreSQL+Redis"
	@echo "make lint                   ruff lint and format check over etl/ dags/ tests/ benchmarks/ scripts/"
	@echo "make sql [SQL='select ...']  the published warehouse, read-only, in a shell that lists the marts"
	@echo "make report                 write the static HTML report (warehouse/report/index.html)"
	@echo "make superset-setup         install Apache Superset in .venv-superset and import the dashboard"
	@echo "make superset               serve Superset on 127.0.0.1:8088, connected read-only to the warehouse"
	@echo "make bench [BENCH_ARGS=...]  archive-scale throughput, memory and query latency (docs/benchmarks.md)"
	@echo "make fuzz [FUZZ_SECONDS=300] the parser's and extractor's properties under random inputs"
	@echo "make score-parse            the reference scorer on both truth corpora, unseen days in other layouts, short reports"
	@echo "make train-boundaries       retrain the parser's boundary model as shipped (even issues + March 2025 short reports)"
	@echo "make train-paragraphs       retrain the parser's break model as shipped (even issues of both corpora)"

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON_SYS) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	$(PY) -m pip check
	touch $@

setup: $(VENV)/.installed

$(AIRFLOW_HOME)/.initialised: $(VENV)/.installed
	mkdir -p $(AIRFLOW_HOME)
	$(VENV)/bin/airflow db migrate > $(AIRFLOW_HOME)/db-migrate.log 2>&1 || (tail -40 $(AIRFLOW_HOME)/db-migrate.log; exit 1)
	$(VENV)/bin/airflow pools set duckdb_writer 1 "DuckDB takes one writer at a time" > /dev/null
	touch $@

airflow-init: $(AIRFLOW_HOME)/.initialised

run: setup airflow-init
	@test -d "$(NEWS_RAW_DIR)" || { echo "RAW_DIR $(NEWS_RAW_DIR) is not a folder"; exit 2; }
	@echo "Running the DAG newspaper_warehouse through Airflow over $(NEWS_RAW_DIR) (logical date $(RUN_DATE)) ..."
	$(VENV)/bin/airflow dags test newspaper_warehouse $(RUN_DATE) > $(AIRFLOW_HOME)/last-run.log 2>&1 \
		|| { tail -60 $(AIRFLOW_HOME)/last-run.log; echo "The DAG run failed; full log: $(AIRFLOW_HOME)/last-run.log"; exit 1; }
	$(PY) -m etl summary --run-date $(RUN_DATE)

TEST_WORKERS ?= 2
# The suite in TEST_WORKERS processes (pytest-xdist), a whole test file to each: the files that run the DAG through
# Airflow, dbt or a Celery cluster keep their module fixtures in one process. TEST_WORKERS=0 runs it in one process.
test: setup
	$(PY) -m pytest $(if $(filter 0,$(TEST_WORKERS)),,-n $(TEST_WORKERS) --dist loadfile)

test-ops: setup
	$(PY) -m pytest tests/ops -ra

lint: setup
	$(VENV)/bin/ruff check etl dags tests benchmarks scripts
	$(VENV)/bin/ruff format --check etl dags tests benchmarks scripts

BENCH_ARGS ?= --years 1 --paper-size national
# Throughput, memory and query latency at archive scale (needs ../shared/corpus); see docs/benchmarks.md.
bench: setup
	$(PY) -m benchmarks.run $(BENCH_ARGS)

UNSEEN_DIR ?= $(CURDIR)/.unseen-issues
SHORT_DIR ?= $(CURDIR)/.short-reports
SCORER := ../shared/tools/score_articles.py
# The parser as the issue scores it: both truth corpora, then days after them typeset in other papers' styles
# (benchmarks/unseen.py builds them from ../shared's RSS gold into UNSEEN_DIR), then pages of short reports and
# briefs as district papers set them (benchmarks/short_reports.py, from 新闻联播 transcripts into SHORT_DIR). Neither
# is committed. Needs ../shared.
score-parse: setup
	$(PY) -m benchmarks.unseen --out $(UNSEEN_DIR)
	$(PY) -m benchmarks.short_reports --out $(SHORT_DIR)
	@for d in ../shared/corpus/rmrb2026_dev ../shared/corpus/rmrb2019_dev $(UNSEEN_DIR) $(SHORT_DIR); do \
		echo "$$d: $$($(PY) $(SCORER) $$d -- $(PY) -m etl parse | tail -1)"; \
	done

SHORT_TRAIN_DIR ?= $(CURDIR)/.short-reports-train
# The parser's boundary model, retrained as shipped: the even issues of both truth corpora, and pages of short reports
# from March 2025's 新闻联播 transcripts (a year before any day the scorers use). Needs ../shared.
train-boundaries: setup
	$(PY) -m benchmarks.short_reports --out $(SHORT_TRAIN_DIR) --from 2025-03-01 --to 2025-03-31 --seed 7
	$(PY) -m etl.parse.training --boundaries ../shared/corpus/rmrb2026_dev ../shared/corpus/rmrb2019_dev $(SHORT_TRAIN_DIR)

# The break model that weighs again each break inside an article's text (even issues of both corpora).
train-paragraphs: setup
	$(PY) -m etl.parse.training --paragraphs ../shared/corpus/rmrb2026_dev ../shared/corpus/rmrb2019_dev

FUZZ_SECONDS ?= 300
# The parser's and extractor's properties under many more random inputs than `make test` tries, for a bounded time.
fuzz: setup
	@end=$$((SECONDS + $(FUZZ_SECONDS))); rounds=0; \
	while [ $$SECONDS -lt $$end ]; do \
		HYPOTHESIS_PROFILE=fuzz $(PY) -m pytest -q -x -p no:cacheprovider tests/properties || exit 1; \
		rounds=$$((rounds + 1)); \
	done; echo "fuzz: $$rounds rounds of 2 x 3,000 random inputs, no failure"

clean:
	rm -rf $(AIRFLOW_HOME) data warehouse

# ----------------------------------------------------------------------------------- BI tools and SQL (issue 6)
# Superset lives in its own venv (its pins never touch Airflow's); its home (SQLite metadata, secret key, admin
# password) sits inside that gitignored venv.  Every tool reads the published warehouse read-only.
SUPERSET_VENV := .venv-superset
SUPERSET := $(SUPERSET_VENV)/bin/superset
SUPERSET_PORT ?= 8088
SUPERSET_HOME ?= $(CURDIR)/$(SUPERSET_VENV)/home
# The published file, as etl/config.py finds it (NEWS_PUBLISHED_DB, else NEWS_WAREHOUSE_DIR/newspapers.duckdb).
WAREHOUSE_DB ?= $(or $(NEWS_PUBLISHED_DB),$(or $(NEWS_WAREHOUSE_DIR),$(CURDIR)/warehouse)/newspapers.duckdb)
SUPERSET_ENV := SUPERSET_HOME=$(SUPERSET_HOME) SUPERSET_CONFIG_PATH=$(CURDIR)/bi/superset/superset_config.py FLASK_APP=superset

.PHONY: superset-install superset-setup superset sql report

$(SUPERSET_VENV)/.installed: bi/superset/requirements.txt
	test -x $(SUPERSET_VENV)/bin/python || $(PYTHON_SYS) -m venv $(SUPERSET_VENV)
	$(SUPERSET_VENV)/bin/python -m pip install --quiet --upgrade pip
	nice $(SUPERSET_VENV)/bin/python -m pip install --quiet -r bi/superset/requirements.txt
	$(SUPERSET_VENV)/bin/python -m pip check
	touch $@

superset-install: $(SUPERSET_VENV)/.installed

superset-setup: superset-install
	mkdir -p $(SUPERSET_HOME)
	$(SUPERSET_ENV) $(SUPERSET) db upgrade > $(SUPERSET_HOME)/db-upgrade.log 2>&1 || (tail -40 $(SUPERSET_HOME)/db-upgrade.log; exit 1)
	@test -s $(SUPERSET_HOME)/admin_password || { umask 077; $(SUPERSET_VENV)/bin/python -c \
		"import secrets; print(secrets.token_urlsafe(12))" > $(SUPERSET_HOME)/admin_password; \
		$(SUPERSET_ENV) $(SUPERSET) fab create-admin --username admin --firstname Superset --lastname Admin \
		--email admin@localhost --password "$$(cat $(SUPERSET_HOME)/admin_password)" > /dev/null; }
	$(SUPERSET_ENV) $(SUPERSET) init > $(SUPERSET_HOME)/init.log 2>&1 || (tail -40 $(SUPERSET_HOME)/init.log; exit 1)
	$(SUPERSET_VENV)/bin/python -m bi.superset.dashboard zip $(WAREHOUSE_DB) $(SUPERSET_HOME)/dashboard.zip
	$(SUPERSET_ENV) $(SUPERSET) import-dashboards -p $(SUPERSET_HOME)/dashboard.zip -u admin > $(SUPERSET_HOME)/import.log 2>&1 \
		|| (tail -40 $(SUPERSET_HOME)/import.log; exit 1)
	@echo "Superset is set up: 'make superset', then http://127.0.0.1:$(SUPERSET_PORT) as admin," \
		"password in $(SUPERSET_HOME)/admin_password"

superset: superset-setup
	$(SUPERSET_ENV) $(SUPERSET) run -h 127.0.0.1 -p $(SUPERSET_PORT) --with-threads

sql: setup
	@$(PY) -m bi.sql $(if $(SQL),--command "$(SQL)")

report: setup
	$(PY) -m etl.report
