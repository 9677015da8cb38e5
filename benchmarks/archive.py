"""Build a benchmark archive: a continuous run of daily issues from the shared corpus, each unique in its bytes."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from etl.ingest.decode import decode_bytes

PAPERS = {"national": ("rmrb", "人民日报"), "local": ("wjrb", "武进日报")}
LOCAL_ISSUE_CHARS = 4_000  # a district daily: ~12 KB of UTF-8 text
_PAGE_HEADER = re.compile(r"^(?:第\d+版[:：].*|.{0,12}\d{4}年\d{1,2}月\d{1,2}日\s*第\d+版.*)$", re.M)
_WEEKDAYS = "一二三四五六日"


def source_issues(corpus_dirs: list[Path]) -> list[str]:
    """The corpus's issues, decoded, in a fixed order (both folders)."""
    texts = []
    for folder in corpus_dirs:
        for path in sorted(folder.glob("*.txt")):
            texts.append(decode_bytes(path.read_bytes()).text)
    if not texts:
        raise FileNotFoundError(f"no issues in {', '.join(map(str, corpus_dirs))}")
    return texts


def _masthead(name: str, day: date, page: int) -> str:
    return f"{name} {day.year}年{day.month}月{day.day}日 星期{_WEEKDAYS[day.weekday()]} 第{page:02d}版"


def _local_window(text: str, repeat: int) -> str:
    """About LOCAL_ISSUE_CHARS of whole blocks, starting further into the issue on each reuse of it."""
    blocks = [b for b in re.split(r"\n\s*\n", text) if b.strip() and not _PAGE_HEADER.match(b.strip())]
    start = (repeat * 7) % max(len(blocks), 1)
    out: list[str] = []
    size = 0
    for b in blocks[start:] + blocks[:start]:
        if size >= LOCAL_ISSUE_CHARS:
            break
        out.append(b)
        size += len(b)
    return "\n\n".join(out)


def issues(texts: list[str], first_day: date, days: int, paper_size: str) -> Iterator[tuple[date, str]]:
    """(day, text) for each day: the source issues in turn, dated by their own page headers."""
    _, name = PAPERS[paper_size]
    for i in range(days):
        day = first_day + timedelta(days=i)
        source = texts[i % len(texts)]
        body = source if paper_size == "national" else _local_window(source, i // len(texts))
        pages = iter(range(1, 1000))
        body = _PAGE_HEADER.sub(lambda _m, d=day, p=pages: _masthead(name, d, next(p)), body)
        yield day, _masthead(name, day, 1) + "\n\n" + body.strip() + "\n"


def build_archive(out: Path, corpus_dirs: list[Path], days: int, paper_size: str, first_day: date) -> dict[str, int]:
    """Write ``<paper>_<YYYYMMDD>.txt`` + sidecar for each day; reuses an archive already built the same way."""
    paper, _ = PAPERS[paper_size]
    stamp = out / ".complete.json"
    want = {"paper_size": paper_size, "first_day": first_day.isoformat(), "days": days}
    if stamp.exists() and json.loads(stamp.read_text())["spec"] == want:
        return json.loads(stamp.read_text())["stats"]
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for day, text in issues(source_issues(corpus_dirs), first_day, days, paper_size):
        name = f"{paper}_{day:%Y%m%d}.txt"
        data = text.encode("utf-8")
        (out / name).write_bytes(data)
        (out / (name + ".json")).write_text(json.dumps({"paper": paper, "date": day.isoformat(), "edition": "A"}))
        total += len(data)
    stats = {"issues": days, "bytes": total}
    stamp.write_text(json.dumps({"spec": want, "stats": stats}))
    return stats
