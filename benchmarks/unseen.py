"""Raw issues the parser has never seen, with their truth: ``python -m benchmarks.unseen --out DIR``.

The truth corpora in ``../shared/corpus`` end on 2026-06-20 and print their page headers and bylines in a few
styles.  The parser is also judged on other days and on layouts it was not developed on, so this builds such a
set from the People's Daily RSS gold (``../shared/data/newspapers/rmrb_rss_2026``, structured kicker / headline /
subtitle / byline / paragraphs per article) for days after the corpora, typeset the way other Chinese papers print
them: page headers (``A03版：要闻``, ``2026年7月1日 星期三 第3版``, ``■第3版 要闻``), bylines (``■本报记者 X``,
``文/本报记者 X``, ``本报讯（记者 X 通讯员 Y）``, ``记者 X 报道``), page and column breaks that cut a paragraph
(mid-word too), indentation, GB18030, BOMs and CRLF.  Each day's layout is drawn from a seeded generator, so the
set is the same on every machine.

The output folder has the layout of ``../shared/corpus/*``: ``rmrb_<YYYYMMDD>.txt`` files and ``truth.jsonl.gz``,
so ``../shared/tools/score_articles.py DIR -- .venv/bin/python -m etl parse`` scores it.  Reporters are scored only
where the byline is a plain list of names (truth ``null`` otherwise).  The text is the paper's copyright: the set
is built at evaluation time into a scratch folder and never committed.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

SHARED_DIR = Path(os.environ.get("NEWS_SHARED_DIR", Path(__file__).resolve().parents[2] / "shared"))
DEFAULT_GOLD = SHARED_DIR / "data/newspapers/rmrb_rss_2026/derived/articles_gold.jsonl.gz"
FIRST_UNSEEN_DAY = date(2026, 6, 21)  # the day after the last issue of ../shared/corpus/rmrb2026_dev
_WEEKDAYS = "一二三四五六日"

# Page headers as Chinese dailies print them above a page's first article; {n} the page, {name} its name.
PAGE_HEADERS: tuple[str, ...] = (
    "第{n:02d}版：{name}",
    "人民日报 {y}年{m}月{d}日 第{n:02d}版 {name}",
    "A{n:02d}版：{name}",
    "{y}年{m}月{d}日 星期{w}  第{n}版  {name}",
    "■第{n}版 {name}",
    "第{n}版（{name}）",
    "A{n:02d} {name}",
)
# Seven more, for ``--more-headers``: the same days and layouts with page headers the parser was not built on first
# (the name bracketed or first, the page count, P-numbers, 第N页, a folio between dashes).
MORE_PAGE_HEADERS: tuple[str, ...] = (
    "【{name}】第{n}版",
    "第{n}版：{name}（共20版）",
    "P{n} {name}",
    "第{n}页 {name}",
    "{name} {n}版",
    "P{n:02d}｜{name}",
    "— {n} —",
)


@dataclass(frozen=True, slots=True)
class Byline:
    """A byline the RSS gold prints as ``本报记者  方  圆  刘佳华``: who, and in which role."""

    role: str  # 记者, 通讯员 ...
    affiliation: str  # 本报, 新华社 ...
    names: tuple[str, ...]


_PLAIN_BYLINE = re.compile(r"^(本报|新华社|人民网)?(记者|特约记者|通讯员|见习记者)\s+([\u4e00-\u9fff·\s]+)$")


def split_padded_names(text: str) -> tuple[str, ...]:
    """``方  圆  刘佳华  李  蕊`` -> 方圆, 刘佳华, 李蕊: a two-character name is printed with its characters apart."""
    parts = [p for p in re.split(r"\s{2,}|\u3000", text.strip()) if p]
    if len(parts) == 1:
        parts = text.split()
    names: list[str] = []
    i = 0
    while i < len(parts):
        p = parts[i]
        if len(p) == 1 and i + 1 < len(parts) and len(parts[i + 1]) == 1:
            names.append(p + parts[i + 1])
            i += 2
            continue
        names.append(p)
        i += 1
    return tuple(names)


def plain_byline(text: str | None) -> Byline | None:
    """The byline when it is one role and a list of names, else None (such bylines stay as printed, unscored)."""
    if not text:
        return None
    m = _PLAIN_BYLINE.match(text.strip())
    if m is None:
        return None
    names = split_padded_names(m.group(3))
    if not names or any(not 2 <= len(n) <= 4 and "·" not in n for n in names):
        return None
    return Byline(role=m.group(2), affiliation=m.group(1) or "", names=names)


def byline_forms(b: Byline) -> tuple[tuple[str, bool], ...]:
    """Ways papers print the same byline: (text, whether it leads the first paragraph rather than a line of its own)."""
    spaced = " ".join(b.names)
    joined = "、".join(b.names)
    aff = b.affiliation
    return (
        (f"{aff}{b.role}  " + "  ".join(b.names), False),  # as the RSS prints it
        (f"■{aff}{b.role} {spaced}", False),
        (f"文/{aff}{b.role} {spaced}", False),
        (f"{aff}{b.role} {spaced} 报道", False),
        (f"本报讯（{b.role} {spaced}）", True),
        (f"本报讯 ({b.role} {spaced}) ", True),
        (f"本报讯  {b.role}{joined}  ", True),
    )


@dataclass(frozen=True, slots=True)
class Layout:
    """How one issue is typeset: drawn once per day from the seeded generator."""

    page_header: str | None
    byline_forms: tuple[int, ...]  # indexes into byline_forms() this paper uses
    break_rate: float  # share of long paragraphs cut by a page or column break
    indent: bool
    encoding: str  # utf-8, utf-8-sig, gb18030
    crlf: bool


def draw_layout(rng: random.Random, headers: Sequence[str] = PAGE_HEADERS) -> Layout:
    header = rng.choice((None, *headers))
    forms = tuple(sorted(rng.sample(range(7), rng.choice((1, 2)))))
    return Layout(
        page_header=header,
        byline_forms=forms,
        break_rate=rng.choice((0.0, 0.05, 0.12)),
        indent=rng.random() < 0.3,
        encoding=rng.choice(("utf-8", "utf-8", "utf-8-sig", "gb18030")),
        crlf=rng.random() < 0.25,
    )


def _cut(paragraph: str, rng: random.Random) -> list[str]:
    """A page or column break somewhere inside the paragraph, not at a sentence end (a real end is a paragraph end)."""
    spots = [i for i in range(6, len(paragraph) - 6) if paragraph[i - 1] not in "。！？；：”）"]
    if not spots:
        return [paragraph]
    at = rng.choice(spots)
    return [paragraph[:at], paragraph[at:]]


def render_issue(day: date, articles: Sequence[dict], layout: Layout, rng: random.Random) -> tuple[str, list[dict]]:
    """One issue's raw text and its truth lines, in the corpus's truth format."""
    blocks: list[str] = []
    truth: list[dict] = []
    page: str | None = None
    for seq, a in enumerate(articles, 1):
        if a["page_no"] != page:
            page = a["page_no"]
            if layout.page_header:
                n = int(page)
                blocks.append(
                    layout.page_header.format(
                        n=n, name=a["page_name"] or "", y=day.year, m=day.month, d=day.day, w=_WEEKDAYS[day.weekday()]
                    ).strip()
                )
        heads = [h.strip() for h in (a["kicker"], a["title"], a["subtitle"]) if h and h.strip()]
        blocks.extend(heads)
        paragraphs = printed_paragraphs(a)
        byline = plain_byline(a["byline"])
        lead = ""
        if byline is not None:
            text, leads = byline_forms(byline)[rng.choice(layout.byline_forms)]
            if leads:
                lead = text
            else:
                blocks.append(text)
        elif a["byline"]:
            blocks.append(a["byline"].strip())
        for k, p in enumerate(paragraphs):
            text = (lead + p) if k == 0 else p
            pieces = _cut(text, rng) if len(text) > 40 and rng.random() < layout.break_rate else [text]
            blocks.extend(("\u3000\u3000" + x if layout.indent and i == 0 else x) for i, x in enumerate(pieces))
        truth.append(
            {
                "issue": f"rmrb_{day:%Y%m%d}.txt",
                "date": day.isoformat(),
                "encoding": layout.encoding,
                "seq": seq,
                "page": int(page),
                "kicker": a["kicker"],
                "headline": a["title"],
                "subtitle": a["subtitle"],
                "reporters": list(byline.names) if byline is not None else None,
                "paragraphs": paragraphs,
            }
        )
    newline = "\r\n" if layout.crlf else "\n"
    return newline.join(b + newline for b in blocks), truth


_FEED_JUNK = re.compile(r"^\d+https?://paper\.people\.com\.cn/")


def printed_paragraphs(article: dict) -> list[str]:
    """The paragraphs the page prints: the feed appends its own record (ids, links, the headline) to each body,
    after a copy of the kicker or subtitle; those are not the article's text."""
    paragraphs = [p.strip() for p in article["paragraphs"] if p.strip()]
    if paragraphs and _FEED_JUNK.match(paragraphs[-1]):
        paragraphs.pop()
        heads = {(article[k] or "").strip() for k in ("kicker", "subtitle")} - {""}
        if paragraphs and paragraphs[-1] in heads:
            paragraphs.pop()
    return paragraphs


def read_gold(path: Path, first: date, last: date) -> dict[date, list[dict]]:
    days: dict[date, list[dict]] = defaultdict(list)
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            a = json.loads(line)
            day = date.fromisoformat(a["date"])
            if first <= day <= last and not a["body_missing"] and printed_paragraphs(a) and a["title"]:
                days[day].append(a)
    for arts in days.values():
        arts.sort(key=lambda a: a["seq_in_issue"])
    return dict(sorted(days.items()))


def assemble(
    days: dict[date, list[dict]], seed: int, headers: Sequence[str] = PAGE_HEADERS
) -> Iterator[tuple[str, bytes, list[dict]]]:
    """(file name, raw bytes, truth lines) per issue, each day typeset by its own seeded layout."""
    for day, arts in days.items():
        rng = random.Random(f"{seed}:{day.isoformat()}")
        layout = draw_layout(rng, headers)
        text, truth = render_issue(day, arts, layout, rng)
        yield f"rmrb_{day:%Y%m%d}.txt", text.encode(layout.encoding), truth


def write_set(out: Path, issues: Iterable[tuple[str, bytes, list[dict]]]) -> tuple[int, int]:
    out.mkdir(parents=True, exist_ok=True)
    n_issues = n_articles = 0
    with gzip.open(out / "truth.jsonl.gz", "wt", encoding="utf-8") as fh:
        for name, raw, truth in issues:
            (out / name).write_bytes(raw)
            fh.writelines(json.dumps(t, ensure_ascii=False) + "\n" for t in truth)
            n_issues += 1
            n_articles += len(truth)
    return n_issues, n_articles


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True, help="scratch folder for the issues and truth.jsonl.gz")
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD, help="the RSS gold (articles_gold.jsonl.gz)")
    ap.add_argument("--from", dest="first", type=date.fromisoformat, default=FIRST_UNSEEN_DAY)
    ap.add_argument("--to", dest="last", type=date.fromisoformat, default=date(2026, 12, 31))
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument(
        "--more-headers",
        action="store_true",
        help="the same days and layouts, with seven other page-header styles (MORE_PAGE_HEADERS)",
    )
    args = ap.parse_args(argv)
    if not args.gold.exists():
        ap.error(f"{args.gold} not found: the RSS gold lives in ../shared/data/newspapers (not in a user's clone)")
    headers = MORE_PAGE_HEADERS if args.more_headers else PAGE_HEADERS
    n_issues, n_articles = write_set(
        args.out, assemble(read_gold(args.gold, args.first, args.last), args.seed, headers)
    )
    print(f"{n_issues} issues, {n_articles} articles -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
