"""`make sql`: the published warehouse, read-only, in a small DuckDB shell that lists the marts and what they hold."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TextIO

import duckdb

from etl.config import load_settings
from etl.publish import describe_marts

HELP = """Statements end with ';'.  Dot commands: .tables  .describe TABLE  .help  .quit
Reconnect (.reconnect) to see a build published since you started."""


def mart_listing(marts: Iterable[tuple[str, int, str]], width: int = 118) -> str:
    """The marts as the shell's greeting: name, rows and the first sentence of dbt's description."""
    marts = list(marts)
    name_width = max((len(name) for name, _, _ in marts), default=0)
    lines = []
    for name, rows, description in marts:
        first = description.split(". ")[0].rstrip(".") + "." if description else ""
        text = f"  {name:<{name_width}} {rows:>8,}  {first}"
        lines.append(text if len(text) <= width else text[: width - 1] + "…")
    return "\n".join(lines)


def statements(lines: Iterable[str]) -> Iterator[str]:
    """Group input lines into statements: ';'-terminated SQL, or one dot command per line."""
    buffer: list[str] = []
    for line in lines:
        if not buffer and line.strip().startswith("."):
            yield line.strip()
            continue
        buffer.append(line)
        if line.rstrip().endswith(";"):
            yield "\n".join(buffer).strip()
            buffer = []
    if "".join(buffer).strip():
        yield "\n".join(buffer).strip()


def run(con: duckdb.DuckDBPyConnection, statement: str, out: TextIO) -> None:
    words = statement.split()
    if words[0] == ".tables":
        out.write(mart_listing(describe_marts(con)) + "\n")
    elif words[0] == ".describe" and len(words) == 2:
        out.write(str(con.sql(f"describe {duckdb_identifier(words[1])}")) + "\n")
        rows = con.execute(
            "select column_name, comment from duckdb_columns() where table_name = ? and comment is not null",
            [words[1]],
        ).fetchall()
        out.write("".join(f"  {c}: {d.strip()}\n" for c, d in rows))
    elif words[0] == ".help":
        out.write(HELP + "\n")
    else:
        rel = con.sql(statement)
        if rel is not None:
            out.write(str(rel) + "\n")


def duckdb_identifier(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _lines(prompt: bool) -> Iterator[str]:
    if not prompt:
        yield from sys.stdin
        return
    try:
        import readline  # noqa: F401 - line editing and history for input()
    except ImportError:
        pass
    continuation = False
    while True:
        try:
            line = input("   ...> " if continuation else "news D> ")
        except EOFError:
            sys.stdout.write("\n")
            return
        continuation = not line.rstrip().endswith(";") and not (not continuation and line.strip().startswith("."))
        yield line


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make sql", description=__doc__)
    parser.add_argument("-c", "--command", help="run this SQL and exit")
    parser.add_argument("--database", type=Path, help="a DuckDB file (default: the published warehouse)")
    args = parser.parse_args(argv)
    db = args.database or load_settings().published_db
    if not db.exists():
        sys.stderr.write(f"no published warehouse at {db}: run the DAG first (make run)\n")
        return 2
    con = duckdb.connect(str(db), read_only=True)
    interactive = args.command is None and sys.stdin.isatty()
    if interactive:
        sys.stdout.write(f"{db} (read-only)\nMarts:\n{mart_listing(describe_marts(con))}\n{HELP}\n")
    source = [args.command] if args.command is not None else _lines(interactive)
    failed = 0
    for statement in statements(source):
        if statement in (".quit", ".exit"):
            break
        if statement == ".reconnect":
            con.close()
            con = duckdb.connect(str(db), read_only=True)
            continue
        try:
            run(con, statement, sys.stdout)
        except duckdb.Error as exc:
            failed += 1
            sys.stderr.write(f"Error: {exc}\n")
    con.close()
    return 1 if failed and not interactive else 0


if __name__ == "__main__":
    raise SystemExit(main())
