#!/usr/bin/env python3
"""Draw paragraphs for a batch of hand-annotated entity cases (tests/entities/test_names_batch*.py), reproducibly.

People's Daily (RSS gold) articles of a date window, every page but the ones below, are shuffled with
``random.Random(seed)`` and one paragraph drawn from each among its paragraphs of 40-230 characters that name a local
unit or a company (two characters then 县, 镇, 村, 街道, 社区, 有限公司, 集团 or 合作社, no common word) and share no
25-character run with a string of tests/entities or scripts; then 新闻联播 days of a window, shuffled with the same
generator, one such paragraph from each.  Prints the draw as JSON Lines; nothing is annotated here.

    scripts/draw_name_cases.py --seed 1204 --rmrb 2026-06-21:2026-06-30 --xwlb 20251101:20251130 \
        --say 16 --plain 12 --xwlb-n 12

Without ``--rmrb`` only 新闻联播 is drawn (the generator then shuffles the days first); ``--xwlb`` takes several
windows joined by commas (``20250801:20250831,20251201:20251231``), their days shuffled together.  ``--xwlb-post N``
(default 0: the draw as before) takes the paragraph of each of the first N days that have one among those that also
name a post (书记, 省长, 主任, 部长, 董事长 ...; as batch 7 drew), and prints those N before the other days' draw.
"""

from __future__ import annotations

import argparse
import ast
import gzip
import html
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data" / "newspapers"
SKIP_PAGES = {"副刊", "国际", "评论", "理论", "广告", "国际副刊", "视觉", "读者来信", "人文", "体育"}
_UNIT = re.compile(r"[\u4e00-\u9fff]{2}(?:县|镇|村|街道|社区|有限公司|集团|合作社)")
# The unit with the character before or after it makes a common word, not a name: 农村, 乡镇, 全县, 县级 ...
_COMMON_BEFORE = set("农乡城山全各本该每两三四多个邻郡州市区县镇村小大古进入出回到在下驻国强渔假点整重")
_COMMON_AFTER = set("级里域内外民委口城上干头庄落湾寨")
_SAY = re.compile(r"说|介绍|表示|告诉记者")
_POST = re.compile(
    r"(?<!总)书记|省长|市长|县长|区长|镇长|乡长|村长|主任|局长|部长|主席|总理|总统|首相|负责人|董事长|总经理|院长|厂长|所长|站长|大使"
)
RUN = 25


def names_local_unit(para: str) -> bool:
    for m in _UNIT.finditer(para):
        unit_start = m.start() + 2
        before = para[unit_start - 1]
        after = para[m.end()] if m.end() < len(para) else ""
        unit = m.group()[2:]
        if before in _COMMON_BEFORE or (len(unit) == 1 and after in _COMMON_AFTER):
            continue
        if unit == "社区" and before in "式型性源年旧的":
            continue
        return True
    return False


def earlier_runs() -> set[str]:
    runs: set[str] = set()
    files = [*sorted((ROOT / "tests" / "entities").glob("*.py")), *sorted((ROOT / "scripts").glob("*"))]
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        strings = [text]
        if path.suffix == ".py":
            strings = [
                n.value for n in ast.walk(ast.parse(text)) if isinstance(n, ast.Constant) and isinstance(n.value, str)
            ]
        for s in strings:
            runs.update(s[i : i + RUN] for i in range(len(s) - RUN + 1))
    return runs


def eligible(para: str, runs: set[str]) -> bool:
    return (
        40 <= len(para) <= 230
        and names_local_unit(para)
        and not any(para[i : i + RUN] in runs for i in range(len(para) - RUN + 1))
    )


def xwlb_paragraphs(path: Path) -> Iterator[str]:
    """The paragraphs of a day's stories (one HTML line a story, after ``## 详细新闻``), tags stripped."""
    text = path.read_text(encoding="utf-8")
    for line in text.partition("## 详细新闻")[2].splitlines():
        if not line.startswith("<"):
            continue
        for para in re.split(r"</?p>", line):
            para = html.unescape(re.sub(r"<[^>]+>", "", para)).replace("\u00a0", " ").strip()
            if para:
                yield para


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--rmrb", help="FIRST:LAST issue dates, YYYY-MM-DD (none: 新闻联播 only)")
    parser.add_argument("--xwlb", required=True, help="FIRST:LAST days, YYYYMMDD, several joined by commas")
    parser.add_argument("--say", type=int, default=10)
    parser.add_argument("--plain", type=int, default=8)
    parser.add_argument("--xwlb-n", type=int, default=6)
    parser.add_argument("--xwlb-post", type=int, default=0, help="first N days drawn among paragraphs naming a post")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    runs = earlier_runs()
    articles = []
    if args.rmrb:
        first, last = args.rmrb.split(":")
        with gzip.open(SHARED / "rmrb_rss_2026/derived/articles_gold.jsonl.gz", "rt", encoding="utf-8") as fh:
            articles = [
                a for a in map(json.loads, fh) if first <= a["date"] <= last and a["page_name"] not in SKIP_PAGES
            ]
        rng.shuffle(articles)
    seen: set[str] = set()
    say: list[dict[str, str]] = []
    plain: list[dict[str, str]] = []
    for art in articles:
        paras = [p for p in art["paragraphs"] if p not in seen and eligible(p, runs)]
        if not paras:
            continue
        para = rng.choice(paras)
        seen.add(para)
        row = {"source": f"rmrb {art['date']}", "page": art["page_name"], "text": para}
        (say if _SAY.search(para) else plain).append(row)
    windows = [w.split(":") for w in args.xwlb.split(",")]
    days = sorted(p for p in (SHARED / "xwlb_2022_2026/news").glob("*.md") if any(a <= p.stem <= b for a, b in windows))
    rng.shuffle(days)
    xrows: list[dict[str, str]] = []
    posts: list[dict[str, str]] = []
    for day in days:
        paras = [p for p in xwlb_paragraphs(day) if eligible(p, runs)]
        with_post = [p for p in paras if _POST.search(p)]
        if len(posts) < args.xwlb_post and with_post:
            posts.append({"source": f"xwlb {day.stem}", "page": "post", "text": rng.choice(with_post)})
        elif paras:
            xrows.append({"source": f"xwlb {day.stem}", "page": "", "text": rng.choice(paras)})
    for row in say[: args.say] + plain[: args.plain] + posts + xrows[: args.xwlb_n]:
        print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
