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

.PHONY: help setup run test lint airflow-init clean

help:
	@echo "make run [RAW_DIR=folder]   set up, run the DAG through Airflow over the raw issues, print a summary"
	@echo "make test                   set up and run the whole test suite"
	@echo "make lint                   ruff over etl/ dags/ tests/"

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

test: setup
	$(PY) -m pytest

lint: setup
	$(VENV)/bin/ruff check etl dags tests

clean:
	rm -rf $(AIRFLOW_HOME) data warehouse
