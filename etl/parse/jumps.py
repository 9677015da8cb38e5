"""Jump lines: an article a page cannot hold goes on to a later page (``……（下转第二版）`` on page 1, ``（上接第一版）
……`` on page 2), and is joined back into one article.

``strip_jumps`` takes the markers out of the issue before it is read (a marker is layout, not text), leaving a full
stop where an article jumps, so the paragraph it cuts is not taken to run on into whatever the page sets next.
``rejoin`` then finds each jump's two ends among the articles and moves the continued text back where it belongs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from etl.parse.features import ends_sentence
from etl.parse.pages import page_number
from etl.records import Article

_PAGE = r"第?\s*(?P<page>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3}|[A-Da-d][0-9]{1,2})\s*(?:版|面)"
# (下转第二版), (转2版), （转A3版）; (上接第一版), （紧接1版）, (接第一版).
_OUT = re.compile(rf"[ \t\u3000]*[（(](?:下转|转至|转)\s*{_PAGE}[^（()）]{{0,8}}[）)][ \t\u3000]*$")
_IN = re.compile(rf"^[ \t\u3000]*[（(](?:上接|紧接|接|承)\s*{_PAGE}[^（()）]{{0,8}}[）)][ \t\u3000]*")
# The stop left where the text jumps: it closes the paragraph for the reader and is taken off when the text rejoins.
_STOP = "。"
_ANCHOR = 16  # characters of text each marker is found again by
_WS = re.compile(r"[\s\u3000\u00a0]+")


@dataclass(frozen=True, slots=True)
class Jump:
    """One end of a jump: ``out`` (the text goes on to ``page``) or in (the text comes from ``page``), and the text
    beside the marker that finds it again (its last characters for an out-jump, its first for an in-jump)."""

    out: bool
    page: int | None
    anchor: str


def strip_jumps(text: str) -> tuple[str, list[Jump]]:
    """The issue without its jump markers, and the jumps found (in print order)."""
    if "转" not in text and "接" not in text:
        return text, []
    # Lines as the block reader splits them (etl.parse.blocks reads CR and CRLF as LF too).
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    jumps: list[Jump] = []
    for i, line in enumerate(lines):
        body = line
        # Each marker names its word (转; 接 or 承): most lines hold none, and the searches are slow.
        m = _OUT.search(body) if "转" in body else None
        if m and m.start() > 0:
            before = _WS.sub("", body[: m.start()])
            if before:
                jumps.append(Jump(True, page_number(m.group("page")), before[-_ANCHOR:] + _STOP))
                lines[i] = body[: m.start()] + _STOP
                continue
        m = _IN.match(body) if "接" in body or "承" in body else None
        if m:
            after = _WS.sub("", body[m.end() :])
            if not after:
                after = next((_WS.sub("", x) for x in lines[i + 1 :] if x.strip()), "")
            if after:
                jumps.append(Jump(False, page_number(m.group("page")), after[:_ANCHOR]))
                lines[i] = body[: len(body) - len(body.lstrip(" \t\u3000"))] + body[m.end() :]
    return "\n".join(lines), jumps


def _norm(s: str) -> str:
    return _WS.sub("", s)


def _find_out(paragraphs: list[list[str]], jump: Jump) -> tuple[int, int] | None:
    for a, paras in enumerate(paragraphs):
        for k, p in enumerate(paras):
            if _norm(p).endswith(jump.anchor):
                return a, k
    return None


def _find_in(paragraphs: list[list[str]], headlines: list[str], jump: Jump, after: int) -> tuple[int, int, int] | None:
    """Where the continued text starts: (article, paragraph, offset in it), -1 as paragraph for the headline."""
    for a in range(after, len(paragraphs)):
        if headlines[a] and _norm(headlines[a]).startswith(jump.anchor):
            return a, -1, 0
        for k, p in enumerate(paragraphs[a]):
            n = _norm(p)
            if n.startswith(jump.anchor):
                return a, k, 0
            if jump.anchor in n and p.find(jump.anchor[:4]) > 0:
                return a, k, p.find(jump.anchor[:4])
    return None


def rejoin(articles: list[Article], jumps: list[Jump]) -> list[Article]:
    """Articles with each jumped text moved back to the end of the article it continues; an article left with no
    text by the move is dropped."""
    if not jumps:
        return articles
    paragraphs = [list(a.paragraphs) for a in articles]
    headlines = [a.headline for a in articles]
    ins = [j for j in jumps if not j.out]
    used: set[int] = set()
    unmatched: list[Jump] = []
    for jump in (j for j in jumps if j.out):
        found = _find_out(paragraphs, jump)
        if found is None:
            unmatched.append(jump)
            continue
        a, k = found
        source = articles[a].page
        pick = next(
            (n for n, j in enumerate(ins) if n not in used and (j.page is None or source is None or j.page == source)),
            None,
        )
        where = None if pick is None else _find_in(paragraphs, headlines, ins[pick], a)
        if pick is None or where is None or (where[0] == a and where[1] <= k):
            unmatched.append(jump)
            continue
        b, m, offset = where
        used.add(pick)
        if m == -1:
            moved = [headlines[b], *paragraphs[b]]
            headlines[b], paragraphs[b] = "", []
        else:
            head = paragraphs[b][m][:offset]
            moved = [paragraphs[b][m][offset:], *paragraphs[b][m + 1 :]]
            paragraphs[b] = paragraphs[b][:m] + ([head] if head else [])
        last = paragraphs[a][k]
        last = last[: last.rstrip().rfind(_STOP)]
        if moved and not ends_sentence(last):
            paragraphs[a][k : k + 1] = [last + moved[0], *moved[1:]]
        else:
            paragraphs[a][k : k + 1] = [last, *moved]
    out: list[Article] = []
    for article, paras, headline in zip(articles, paragraphs, headlines, strict=True):
        if not paras and not headline:
            continue
        kicker, subtitle = article.kicker, article.subtitle
        for jump in unmatched:
            # The other end was not found: the stop left for the split is taken off where it stands.
            paras = [_unstop(p, jump) for p in paras]
            headline = _unstop(headline, jump)
            kicker = kicker and _unstop(kicker, jump)
            subtitle = subtitle and _unstop(subtitle, jump)
        out.append(
            replace(
                article,
                seq=len(out) + 1,
                headline=headline,
                kicker=kicker,
                subtitle=subtitle,
                paragraphs=tuple(p for p in paras if p),
            )
        )
    return out


def _unstop(text: str, jump: Jump) -> str:
    """``text`` without the stop ``strip_jumps`` left at ``jump``, if it stands in it."""
    i = text.find(_STOP)
    while i >= 0:
        if _norm(text[: i + 1]).endswith(jump.anchor):
            return text[:i] + text[i + 1 :]
        i = text.find(_STOP, i + 1)
    return text
