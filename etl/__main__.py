"""Command line: ``python -m etl parse FILE``, ``python -m etl entities``, ``python -m etl ingest`` ..."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from datetime import UTC, date


def _json_default(value: object) -> object:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _emit(obj: dict[str, object]) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, default=_json_default) + "\n")


def cmd_parse(args: argparse.Namespace) -> int:
    from etl.config import load_settings
    from etl.ingest.decode import DecodeError, decode_bytes
    from etl.ingest.metadata import SidecarError, metadata_from_filename, metadata_from_sidecar
    from etl.jsonlines import article_json
    from etl.parse import explain_issue, parse_issue
    from etl.pipelines import home_adcodes

    path = args.file
    with open(path, "rb") as fh:
        data = fh.read()
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        sys.stderr.write(f"{path}: {exc}\n")
        return 2
    if args.explain:
        sys.stdout.write(explain_issue(decoded.text))
        return 0
    meta = None
    try:
        with open(path + ".json", "rb") as fh:
            meta = metadata_from_sidecar(fh.read(), path + ".json")
    except (OSError, SidecarError):
        meta = metadata_from_filename(path)
    issue_date = meta.issue_date if meta else None
    home = home_adcodes(load_settings()).get(meta.paper) if meta else None
    for article in parse_issue(decoded.text):
        _emit(article_json(article, issue_date=issue_date, home_adcode=home, with_entities=not args.no_entities))
    return 0


def cmd_entities(args: argparse.Namespace) -> int:
    from etl.entities import extract_mentions
    from etl.jsonlines import mention_json

    text = sys.stdin.buffer.read().decode("utf-8-sig")
    issue_date = date.fromisoformat(args.issue_date) if args.issue_date else None
    for mention in extract_mentions(text, issue_date=issue_date, home_adcode=args.home_adcode):
        _emit(mention_json(mention))
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from datetime import datetime

    from etl.config import load_settings
    from etl.ingest.landing import run_key_for
    from etl.pipelines import summarize

    settings = load_settings()
    if not settings.published_db.exists():
        sys.stderr.write(f"no published warehouse at {settings.published_db}: run the DAG first (make run)\n")
        return 2
    run_key = None
    if args.run_date:
        run_key = run_key_for(datetime.combine(date.fromisoformat(args.run_date), datetime.min.time(), UTC))
    s = summarize(settings, run_key)
    print(
        f"Issues: {s['issues']}   articles: {s['articles']}   people: {s['people']}   "
        f"organizations: {s['organizations']}   places: {s['places']}   mentions: {s['mentions']}"
    )
    print(f"Quarantined: {len(s['quarantined'])}")
    for q in s["quarantined"]:
        print(f"  {q['file']}: {q['reason']}")
    print(f"Warehouse: {s['warehouse']}  (open it read-only)")
    print("Example query (make sql, or duckdb -readonly on the file):")
    print(f"  {s['example_query']};")
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    import dataclasses
    import logging
    import os

    from etl.config import load_settings
    from etl.runner import progress_bar, run_pipeline

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.raw:
        os.environ["NEWS_RAW_DIR"] = args.raw
    settings = load_settings()

    report = run_pipeline(
        settings, date.fromisoformat(args.date), workers=args.workers, progress=progress_bar, build=not args.no_build
    )
    _emit(
        {k: v for k, v in dataclasses.asdict(report).items() if k != "issue_keys"} | {"issues": len(report.issue_keys)}
    )
    return 1 if report.failed else 0


def cmd_sql(args: argparse.Namespace) -> int:
    from bi.sql import main as sql_shell

    return sql_shell(["--command", args.command] if args.command else [])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m etl", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("parse", help="split a raw issue file into articles, printed as JSON Lines")
    p.add_argument("file")
    p.add_argument("--explain", action="store_true", help="show, block by block, how each block was classified")
    p.add_argument("--no-entities", action="store_true", help="skip entity extraction (faster)")
    p.set_defaults(func=cmd_parse)

    e = sub.add_parser("entities", help="read text on stdin, print one JSON object per entity mention")
    e.add_argument("--issue-date", help="YYYY-MM-DD: the reference for relative dates (昨天, 上周)")
    e.add_argument("--home-adcode", help="the newspaper's home region (resolves 我区, 全区, 区委)")
    e.set_defaults(func=cmd_entities)

    r = sub.add_parser("run", help="the whole pipeline without Airflow (same stage functions as the DAG)")
    r.add_argument("--raw", help="landing folder (default: NEWS_RAW_DIR or samples/raw)")
    r.add_argument("--date", required=True, help="YYYY-MM-DD: the run's logical date")
    r.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes for parse and entities")
    r.add_argument("--no-build", action="store_true", help="stop after the lake (no dbt build, no publish)")
    r.set_defaults(func=cmd_run)

    s = sub.add_parser("summary", help="counts and quarantined files from the published warehouse")
    s.add_argument("--run-date", help="YYYY-MM-DD: list what the run of that logical date quarantined")
    s.set_defaults(func=cmd_summary)

    q = sub.add_parser("sql", help="the published warehouse, read-only, in a DuckDB shell that lists the marts")
    q.add_argument("-c", "--command", help="run this SQL and exit")
    q.set_defaults(func=cmd_sql)

    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except BrokenPipeError:
        # The reader went away (etl parse FILE | head): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
