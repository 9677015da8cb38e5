"""Raw Chinese newspaper issues to a DuckDB warehouse: ingest, parse, extract entities, build, publish."""
