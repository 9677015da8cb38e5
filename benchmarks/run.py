"""``make bench``: build an archive, run the real pipeline over it, print stage figures as a table and as JSON.

    python -m benchmarks.run --years 1 --paper-size national
    python -m benchmarks.run --years 10 --paper-size local

Stage throughput comes from one backfill through ``etl.runner`` (the DAG's stage functions, parse and entities
in a process pool); per-core parse and entity speed and the jieba baseline are medians of several runs over the
same sample of issues, so figures from different machines compare as ratios.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import shutil
import statistics
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from etl.runner import progress_bar

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = [
    ROOT.parent / "shared" / "corpus" / "rmrb2026_dev",
    ROOT.parent / "shared" / "corpus" / "rmrb2019_dev",
]


ARCHIVE_LAST_DAY = date(2026, 6, 30)


class PeakRss:
    """Samples the resident memory of this process and all its descendants; keeps the peak of the sum.

    ``holders`` is the peak sample broken down by process (command line, MB), largest first: who held the memory.
    ``pipeline_peak`` leaves out this process (the benchmark itself: its archive texts, its imports): the peak of
    the pipeline's own processes (Airflow and what it starts).
    """

    def __init__(self, interval: float = 0.2) -> None:
        self.interval, self.peak, self.pipeline_peak, self._stop = interval, 0, 0, threading.Event()
        self.holders: list[tuple[str, int]] = []
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _tree(self, pid: int) -> list[int]:
        out, todo = [], [pid]
        while todo:
            p = todo.pop()
            out.append(p)
            for task in Path(f"/proc/{p}/task").glob("*"):
                try:
                    todo.extend(int(c) for c in (task / "children").read_text().split())
                except OSError:
                    pass
        return out

    def processes(self) -> list[tuple[int, str, int]]:
        """(pid, command line, resident bytes) of every process in the tree now."""
        out = []
        for p in self._tree(os.getpid()):
            try:
                rss = next(
                    int(line.split()[1]) * 1024
                    for line in Path(f"/proc/{p}/status").read_text().splitlines()
                    if line.startswith("VmRSS:")
                )
                cmd = Path(f"/proc/{p}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
            except (OSError, StopIteration):
                continue
            out.append((p, cmd[:120], rss))
        return out

    def sample(self) -> int:
        procs = self.processes()
        total = sum(rss for _, _, rss in procs)
        if total > self.peak:
            self.holders = sorted(((cmd, round(rss / 2**20)) for _, cmd, rss in procs), key=lambda h: -h[1])[:6]
        own = os.getpid()
        self.pipeline_peak = max(self.pipeline_peak, sum(rss for pid, _, rss in procs if pid != own))
        return total

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.peak = max(self.peak, self.sample())

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()


def machine() -> dict[str, Any]:
    mem = next(int(x.split()[1]) for x in Path("/proc/meminfo").read_text().splitlines() if x.startswith("MemTotal"))
    import duckdb

    return {
        "cores": os.cpu_count(),
        "memory_gb": round(mem / 2**20, 1),
        "python": platform.python_version(),
        "duckdb": duckdb.__version__,
        "cpu": platform.processor() or platform.machine(),
    }


def per_core_speeds(texts: list[str], repeats: int) -> dict[str, float]:
    """Single-process parse MB/s, entity chars/s and jieba's POS tagger chars/s over the same texts (medians)."""
    from etl.entities import extract_mentions
    from etl.parse import parse_issue

    extract_mentions("预热")  # load models once, outside the timing
    nbytes = sum(len(t.encode()) for t in texts)
    parse_s, ent_s, jieba_s, chars = [], [], [], 0
    for r in range(repeats):
        t0 = time.perf_counter()
        bodies = [a.body for t in texts for a in parse_issue(t)]
        parse_s.append(time.perf_counter() - t0)
        chars = sum(len(b) for b in bodies)
        t0 = time.perf_counter()
        for b in bodies:
            extract_mentions(b)
        ent_s.append(time.perf_counter() - t0)
        progress_bar("per-core speed", r + 1, repeats)
    out = {
        "parse_mb_per_s": nbytes / 1e6 / statistics.median(parse_s),
        "entities_chars_per_s": chars / statistics.median(ent_s),
        "sample_chars": chars,
    }
    try:
        import jieba
        import jieba.posseg

        jieba.setLogLevel(logging.WARNING)
        jieba.initialize()
        sample = "".join(bodies)[:300_000]
        for r in range(repeats):
            t0 = time.perf_counter()
            for _ in jieba.posseg.cut(sample):
                pass
            jieba_s.append(time.perf_counter() - t0)
            progress_bar("jieba baseline", r + 1, repeats)
        out["jieba_posseg_chars_per_s"] = len(sample) / statistics.median(jieba_s)
        out["entities_vs_jieba"] = out["entities_chars_per_s"] / out["jieba_posseg_chars_per_s"]
    except ImportError:
        out["jieba_posseg_chars_per_s"] = None
    return out


def readme_queries() -> dict[str, str]:
    """The README's example queries (``-- example: <name>`` blocks), as analysts would type them."""
    import re

    found: dict[str, str] = {}
    for readme in (ROOT / "README.md", ROOT / "dbt_project" / "README.md"):
        if readme.exists():
            text = readme.read_text(encoding="utf-8")
            found.update(re.findall(r"```sql\n-- example: (\w+)\n(.*?)```", text, re.S))
    return found


def query_latency(db: Path, runs: int = 20) -> dict[str, dict[str, float]]:
    import duckdb

    from etl.pipelines import EXAMPLE_QUERY

    out = {}
    queries = {"summary_example": EXAMPLE_QUERY, **readme_queries()}
    with duckdb.connect(str(db), read_only=True) as con:
        for name, sql in queries.items():
            times = []
            for _ in range(runs):
                t0 = time.perf_counter()
                con.execute(sql).fetchall()
                times.append((time.perf_counter() - t0) * 1000)
            times.sort()
            out[name] = {"p50_ms": statistics.median(times), "p95_ms": times[int(0.95 * (len(times) - 1))]}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--years", type=int, default=1)
    ap.add_argument("--days", type=int, help="a shorter archive than whole years (smoke runs)")
    ap.add_argument("--paper-size", choices=["national", "local"], default="national")
    ap.add_argument("--corpus", type=Path, nargs="*", default=DEFAULT_CORPUS)
    ap.add_argument("--workdir", type=Path, default=ROOT / "benchmarks" / "archives")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--repeats", type=int, default=3, help="runs of the per-core measurements (median)")
    ap.add_argument("--keep", action="store_true", help="keep the lake and warehouse of the run")
    ap.add_argument("--daily-runs", type=int, default=3, help="new days run one by one after the backfill (median)")
    ap.add_argument(
        "--through",
        choices=["airflow", "runner"],
        default="airflow",
        help="run the DAG with `airflow dags test` (default), or the same stage functions through etl.runner",
    )
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)

    from benchmarks.archive import build_archive, source_issues
    from etl.config import Settings
    from etl.runner import run_pipeline

    missing = [str(p) for p in args.corpus if not p.is_dir()]
    if missing:
        print(f"the benchmark needs the shared corpus: {', '.join(missing)} not found", file=sys.stderr)
        return 2
    name = f"{args.paper_size}-{args.days}d" if args.days else f"{args.paper_size}-{args.years}y"
    raw, run_dir = args.workdir / name / "raw", args.workdir / name / "run"
    # The archive ends on a fixed day after the DAG's start_date (a run dated before it schedules no task).
    first = ARCHIVE_LAST_DAY - timedelta(days=(args.days or 365 * args.years) - 1)
    t0 = time.perf_counter()
    archive = build_archive(raw, args.corpus, args.days or 365 * args.years, args.paper_size, first)
    result: dict[str, Any] = {
        "machine": machine(),
        "archive": {
            **archive,
            "paper_size": args.paper_size,
            "years": args.years,
            "build_seconds": round(time.perf_counter() - t0, 1),
        },
    }
    shutil.rmtree(run_dir, ignore_errors=True)
    settings = Settings.under(run_dir, raw)

    last_day = first + timedelta(days=archive["issues"] - 1)
    mb = archive["bytes"] / 1e6
    if args.through == "airflow":
        from benchmarks.airflow_run import airflow_env, run_dag

        env = airflow_env(args.workdir / name / "airflow", settings)
        with PeakRss() as rss:
            run = run_dag(env, settings, last_day)
        sec = {
            "ingest": run.tasks["ingest"],
            "parse": run.tasks["parse"],
            "entities": run.tasks["extract_entities"],
            "dbt_build": run.tasks["build_warehouse"],
            "publish": run.tasks["publish"],
            "publish_marts": run.tasks.get("publish_marts", 0.0),
        }
        end_to_end, articles, mentions = run.seconds, run.record["warehouse_articles"], run.record["warehouse_mentions"]
        failed = len(run.record["failed_tasks"])
    else:
        with PeakRss() as rss:
            t0 = time.perf_counter()
            report = run_pipeline(settings, last_day, workers=args.workers, progress=progress_bar)
            end_to_end = time.perf_counter() - t0
        sec = {
            "ingest": report.seconds["ingest"],
            "parse_and_entities": report.seconds["parse_and_extract"],
            "dbt_build": report.seconds["dbt_build"],
            "publish": report.seconds["publish"],
        }
        articles, mentions, failed = report.articles, report.mentions, len(report.failed)
    result["backfill"] = {
        "through": args.through,
        "end_to_end_seconds": round(end_to_end, 1),
        "peak_rss_mb": round(rss.peak / 2**20),
        "pipeline_peak_rss_mb": round(rss.pipeline_peak / 2**20),
        "peak_holders": rss.holders,
        "stage_seconds": {k: round(v, 1) for k, v in sec.items()},
        "ingest_mb_per_s": round(mb / sec["ingest"], 1),
        "parse_and_entities_mb_per_s": round(mb / (sec.get("parse_and_entities") or sec["parse"] + sec["entities"]), 2),
        "articles": articles,
        "mentions": mentions,
        "failed": failed,
        "warehouse_mb": round(settings.published_db.stat().st_size / 2**20, 1),
    }

    # New days' issues into the full archive, one run each (ingest -> published); medians of --daily-runs.
    texts = source_issues(args.corpus)
    from benchmarks.archive import issues as dated_issues

    paper = "rmrb" if args.paper_size == "national" else "wjrb"
    runs: list[dict[str, Any]] = []
    added: list[Path] = []
    with PeakRss() as rss_inc:
        for n in range(args.daily_runs):
            new_day = last_day + timedelta(days=1 + n)
            day, text = next(dated_issues(texts[7 + 2 * n : 8 + 2 * n], new_day, 1, args.paper_size))
            added.append(raw / f"{paper}_{day:%Y%m%d}.txt")
            added[-1].write_text(text, encoding="utf-8")
            if args.through == "airflow":
                inc_run = run_dag(env, settings, new_day)
                stages = inc_run.tasks
                # Airflow's start-up (CLI, DAG parsing) is in the wall time; ingest -> publish is the tasks' sum:
                # to the published DuckDB file, and with the Parquet marts that follow it.
                seconds = sum(v for k, v in stages.items() if k not in ("summarize", "report", "publish_marts"))
                marts_seconds, wall = seconds + stages.get("publish_marts", 0.0), inc_run.seconds
            else:
                t0 = time.perf_counter()
                inc = run_pipeline(settings, new_day, workers=args.workers)
                wall = time.perf_counter() - t0
                stages, seconds, marts_seconds = inc.seconds, wall, wall
            runs.append({"seconds": seconds, "with_marts": marts_seconds, "wall": wall, "stages": stages})
    for path in added:
        path.unlink()
    result["incremental"] = {
        "runs": len(runs),
        "seconds": round(statistics.median(r["seconds"] for r in runs), 1),
        "with_parquet_marts_seconds": round(statistics.median(r["with_marts"] for r in runs), 1),
        "wall_seconds": round(statistics.median(r["wall"] for r in runs), 1),
        "each_run_seconds": [round(r["seconds"], 1) for r in runs],
        "stages": {k: round(statistics.median(r["stages"].get(k, 0.0) for r in runs), 2) for k in runs[0]["stages"]},
        "peak_rss_mb": round(rss_inc.peak / 2**20),
        "pipeline_peak_rss_mb": round(rss_inc.pipeline_peak / 2**20),
        "peak_holders": rss_inc.holders,
    }

    result["queries"] = query_latency(settings.published_db)
    sample = [decode for decode in texts[:: max(1, len(texts) // 12)]][:12]
    if args.paper_size == "local":
        from benchmarks.archive import _local_window

        sample = [_local_window(t, 0) for t in sample]
    result["per_core"] = per_core_speeds(sample, args.repeats)
    if not args.keep:
        shutil.rmtree(run_dir, ignore_errors=True)

    print_table(result)
    out_dir = ROOT / "benchmarks" / "results"
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"{name}-{date.today():%Y%m%d}.json"
    out.write_text(json.dumps(result, ensure_ascii=False, indent=2))
    print(json.dumps(result, ensure_ascii=False))
    print(f"(saved to {out})", file=sys.stderr)
    return 0


def print_table(r: dict[str, Any]) -> None:
    m, a, b, inc, pc = r["machine"], r["archive"], r["backfill"], r["incremental"], r["per_core"]
    rows = [
        ("machine", f"{m['cores']} cores, {m['memory_gb']} GB, Python {m['python']}, DuckDB {m['duckdb']}"),
        ("archive", f"{a['issues']} daily issues, {a['bytes'] / 1e6:.1f} MB ({a['paper_size']} paper)"),
        (
            f"end to end (backfill, {b['through']})",
            f"{b['end_to_end_seconds']:.0f} s, peak RSS {b['peak_rss_mb']} MB "
            f"(pipeline alone {b['pipeline_peak_rss_mb']} MB)",
        ),
        *((f"  {stage}", f"{seconds} s") for stage, seconds in b["stage_seconds"].items()),
        ("ingest", f"{b['ingest_mb_per_s']} MB/s"),
        ("parse + entities (both cores)", f"{b['parse_and_entities_mb_per_s']} MB/s"),
        ("warehouse", f"{b['warehouse_mb']} MB; {b['articles']:,} articles, {b['mentions']:,} mentions"),
        (
            f"one new issue -> published (median of {inc['runs']})",
            f"{inc['seconds']} s to the DuckDB file, {inc['with_parquet_marts_seconds']} s with the Parquet marts "
            f"(wall {inc['wall_seconds']} s), peak RSS {inc['peak_rss_mb']} MB "
            f"(pipeline alone {inc['pipeline_peak_rss_mb']} MB)",
        ),
        ("parse, one core", f"{pc['parse_mb_per_s']:.2f} MB/s"),
        ("entities, one core", f"{pc['entities_chars_per_s']:,.0f} chars/s"),
        ("jieba posseg baseline", f"{pc['jieba_posseg_chars_per_s'] or 0:,.0f} chars/s"),
    ]
    rows += [(f"query {k}", f"p50 {v['p50_ms']:.1f} ms, p95 {v['p95_ms']:.1f} ms") for k, v in r["queries"].items()]
    width = max(len(k) for k, _ in rows)
    for k, v in rows:
        print(f"{k:<{width}}  {v}")


if __name__ == "__main__":
    raise SystemExit(main())
