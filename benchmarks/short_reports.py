"""Pages of short reports and briefs, set the way district papers set them: ``python -m benchmarks.short_reports --out DIR``.

The truth corpora and the unseen-days set are People's Daily: long features, kickers, subtitles.  A district paper
(the specimen in ``../shared/seeds``) is mostly short reports, one headline each, and columns of one-paragraph
briefs.  This builds such pages from the 新闻联播 transcripts in ``../shared/data/newspapers/xwlb_2022_2026`` for
days after the truth corpora: each report becomes an article (its headline, its paragraphs, the station's
``央视网消息（新闻联播）：`` opening dropped), each item of a 国内/国际联播快讯 column a brief of its own.  Eight
articles make a page; about half the reports get a byline, with names drawn from common surnames and given-name
characters (the transcripts name no reporters).  Each day is then typeset by ``benchmarks.unseen``'s seeded layouts:
its page headers, byline forms, breaks, indentation, encodings and line ends.

The output folder has the layout of ``../shared/corpus/*`` (``xwlb_<YYYYMMDD>.txt`` files and
``truth.jsonl.gz``), so ``../shared/tools/score_articles.py DIR -- .venv/bin/python -m etl parse`` scores it.
The text is CCTV's: the set is built into a scratch folder at evaluation time and never committed.
"""

from __future__ import annotations

import argparse
import html
import random
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from benchmarks.unseen import SHARED_DIR, draw_layout, render_issue, write_set

DEFAULT_NEWS = SHARED_DIR / "data/newspapers/xwlb_2022_2026/news"
FIRST_DAY = date(2026, 6, 21)  # the day after the last issue of ../shared/corpus/rmrb2026_dev
PER_PAGE = 8
PAGE_NAMES = ("要闻", "综合", "经济", "社会", "民生", "国际", "文化", "体育")

_ITEM = re.compile(r"^### (?P<title>.+?)\n(?P<body>.*?)(?=^### |^## |\Z)", re.M | re.S)
_PARAGRAPH = re.compile(r"<p>(.*?)</p>", re.S)
_TAG = re.compile(r"<[^>]+>")
_STATION = re.compile(r"^(?:<strong>)?央视网消息(?:</strong>)?\s*[（(]新闻联播[）)]\s*[：:]\s*")
_BRIEF_TITLE = re.compile(r"^<strong>(?P<title>[^<]{2,60})</strong>$")
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏飞宇浩然欣怡晨阳婷雪琳慧佳鑫博文思雨"


def _text(fragment: str) -> str:
    return html.unescape(_TAG.sub("", fragment)).replace("\u00a0", " ").strip()


def read_items(markdown: str) -> list[tuple[str, list[str]]]:
    """(headline, paragraphs) of each report of one day's transcript; a 快讯 column gives one brief per item."""
    detail = markdown.split("## 详细新闻", 1)[-1]
    items: list[tuple[str, list[str]]] = []
    for m in _ITEM.finditer(detail):
        title = m.group("title").strip()
        raw = [p.strip() for p in _PARAGRAPH.findall(m.group("body"))]
        if raw:
            raw[0] = _STATION.sub("", raw[0])
        if "联播快讯" in title:
            head: str | None = None
            for p in raw:
                brief = _BRIEF_TITLE.match(p)
                if brief:
                    head = _text(brief.group("title"))
                elif head and _text(p):
                    items.append((head, [_text(p)]))
                    head = None
            continue
        paragraphs = [t for t in (_text(p) for p in raw) if t]
        if paragraphs and title:
            items.append((title, paragraphs))
    return items


def _name(rng: random.Random) -> str:
    return rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2))))


def as_gold(items: list[tuple[str, list[str]]], rng: random.Random) -> list[dict]:
    """The day's reports in the RSS gold's shape, which ``benchmarks.unseen.render_issue`` typesets."""
    out = []
    for k, (title, paragraphs) in enumerate(items):
        page = k // PER_PAGE + 1
        byline = None
        if len(paragraphs) > 1 and rng.random() < 0.5:
            byline = "本报记者  " + "  ".join(_name(rng) for _ in range(rng.choice((1, 1, 2, 3))))
        out.append(
            {
                "page_no": f"{page:02d}",
                "page_name": PAGE_NAMES[(page - 1) % len(PAGE_NAMES)],
                "kicker": None,
                "title": title,
                "subtitle": None,
                "byline": byline,
                "paragraphs": paragraphs,
            }
        )
    return out


def assemble(news: Path, first: date, last: date, seed: int) -> Iterator[tuple[str, bytes, list[dict]]]:
    for path in sorted(news.glob("2*.md")):
        try:
            day = date(int(path.stem[:4]), int(path.stem[4:6]), int(path.stem[6:8]))
        except ValueError:
            continue
        if not first <= day <= last:
            continue
        rng = random.Random(f"{seed}:short:{day.isoformat()}")
        items = read_items(path.read_text(encoding="utf-8"))
        if not items:
            continue
        layout = draw_layout(rng)
        text, truth = render_issue(day, as_gold(items, rng), layout, rng)
        name = f"xwlb_{day:%Y%m%d}.txt"
        for t in truth:
            t["issue"] = name
        yield name, text.encode(layout.encoding), truth


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, required=True, help="scratch folder for the issues and truth.jsonl.gz")
    ap.add_argument("--news", type=Path, default=DEFAULT_NEWS, help="the 新闻联播 transcripts (YYYYMMDD.md)")
    ap.add_argument("--from", dest="first", type=date.fromisoformat, default=FIRST_DAY)
    ap.add_argument("--to", dest="last", type=date.fromisoformat, default=date(2026, 12, 31))
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args(argv)
    if not args.news.is_dir():
        ap.error(f"{args.news} not found: the transcripts live in ../shared/data/newspapers (not in a user's clone)")
    n_issues, n_articles = write_set(args.out, assemble(args.news, args.first, args.last, args.seed))
    print(f"{n_issues} issues, {n_articles} articles -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
