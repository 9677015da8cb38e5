"""Split an issue's text into articles: headings open an article, bylines and datelines are lifted out, breaks mended."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from etl.parse.blocks import Block, split_blocks
from etl.parse.bylines import Lead, parse_byline_block, parse_lead, parse_signature
from etl.parse.features import ends_sentence
from etl.parse.headings import assign_headings
from etl.parse.labeler import label_blocks
from etl.parse.pages import parse_page_header
from etl.records import Article, Reporter


@dataclass(frozen=True, slots=True)
class Label:
    """How one block was classified, and why (for ``explain_issue``)."""

    block: Block
    kind: str  # page, heading, byline, paragraph, continuation, dropped
    reason: str
    article: int  # 1-based article the block belongs to, 0 for none


@dataclass
class _Draft:
    headings: list[str]
    page: int | None
    page_name: str | None
    paragraphs: list[str] = field(default_factory=list)
    byline: str | None = None
    reporters: tuple[Reporter, ...] = ()
    dateline: str | None = None
    last_single: int | None = None  # index (in the labels) of the last paragraph if it is one whole block
    first_joins: list[int] = field(default_factory=list)  # where breaks were mended in the first paragraph


_NOT_A_KICKER = re.compile(r"[：:@＠]|摄|^[（(]|[）)]$|\d{4}年\d{1,2}月\d{1,2}日$")


def _stray_kicker(draft: _Draft) -> bool:
    """Whether the draft's last paragraph is a kicker that belongs to the next article's heading."""
    if len(draft.paragraphs) < 2:
        return False
    text = draft.paragraphs[-1]
    if len(text) > 40 or ends_sentence(text) or _NOT_A_KICKER.search(text):
        return False
    return parse_signature(text) is None and parse_byline_block(text) is None


_WHY = {
    "HS": "opens an article (first heading line)",
    "HC": "a further heading line",
    "P": "starts a paragraph",
    "C": "continues the previous paragraph across a break",
    "X": "not article text",
}


def _classify(blocks: list[Block], explain: bool = False) -> tuple[list[Label], list[_Draft]]:
    decisions = label_blocks(blocks, explain=explain)
    labels: list[Label] = []
    drafts: list[_Draft] = []
    page: int | None = None
    page_name: str | None = None
    for b, d in zip(blocks, decisions, strict=True):
        cur = drafts[-1] if drafts else None
        header = parse_page_header(b.text) if d.label == "X" else None
        if d.margin == math.inf:
            why = f"{_WHY[d.label]} (imposed by layout: {_forced_reason(d.label)})"
        else:
            why = f"{_WHY[d.label]} (margin {d.margin:.1f}"
            if d.top:
                why += "; strongest cues: " + ", ".join(f"{f} {w:+.1f}" for f, w in d.top)
            why += ")"
        kind = d.label
        if header is not None:
            page, page_name = header.number, header.name
            labels.append(Label(b, "page", f"page header: page {header.number}, {header.name or 'no name'}", 0))
            continue
        if d.label == "HS" or (d.label == "HC" and cur is None):
            new = _Draft([b.text], page, page_name)
            if cur is not None and cur.last_single is not None and _stray_kicker(cur):
                # The previous article "ends" on a short unpunctuated line: that is this article's kicker,
                # and the last article of a page must not swallow the next one's heading.
                text = cur.paragraphs.pop()
                new.headings.insert(0, text)
                k = cur.last_single
                labels[k] = Label(labels[k].block, "heading", "a short line before a heading: a kicker", len(drafts) + 1)
            cur = new
            drafts.append(cur)
            kind = "heading"
        elif d.label == "HC" and cur is not None:
            cur.headings.append(b.text)
            kind = "heading"
        elif d.label == "X":
            reporters = parse_byline_block(b.text)
            if reporters is None:
                names = parse_signature(b.text)
                if names:
                    reporters = tuple(Reporter(name, "作者", None) for name in names)
            if cur is not None and reporters is not None and cur.byline is None:
                cur.byline, cur.reporters = b.text, reporters
                kind = "byline"
            else:
                kind = "dropped"
        else:
            if cur is None:
                # Text before any heading is kept as an article without a headline rather than dropped.
                cur = _Draft([], page, page_name)
                drafts.append(cur)
            if d.label == "C" and cur.paragraphs:
                if len(cur.paragraphs) == 1:
                    cur.first_joins.append(len(cur.paragraphs[0]))
                cur.paragraphs[-1] += b.text
                cur.last_single = None
                kind = "continuation"
            else:
                cur.paragraphs.append(b.text)
                cur.last_single = len(labels)
                kind = "paragraph"
        labels.append(Label(b, kind, why, len(drafts)))
    for draft in drafts:
        if draft.paragraphs:
            _lift_lead(draft)
    return labels, drafts


def _lift_lead(draft: _Draft) -> None:
    """Move the first paragraph's dateline and byline into their fields.

    A break inside the byline (``（记者 谷业凯 孙海天`` / ``巨云鹏）``) separated two names: the lead is read with a
    space at each mended break, the text after it is taken from the paragraph as mended.
    """
    first = draft.paragraphs[0]
    joins = [j for j in draft.first_joins if j <= 80]
    spaced = first
    for j in reversed(joins):
        spaced = spaced[:j] + " " + spaced[j:]
    lead: Lead | None = parse_lead(spaced)
    if lead is None:
        return
    consumed = len(spaced) - len(lead.rest)
    original_end = consumed - sum(1 for k, j in enumerate(joins) if j + k < consumed)
    draft.dateline = lead.dateline
    if lead.byline:
        draft.byline = lead.byline if draft.byline is None else draft.byline + " " + lead.byline
        draft.reporters = draft.reporters + lead.reporters
    draft.paragraphs[0] = first[original_end:].lstrip(" \t\u3000\u00a0")


def parse_issue(text: str) -> list[Article]:
    """Articles of an issue, in print order, with headings, byline, dateline and repaired paragraphs."""
    _, drafts = _classify(split_blocks(text))
    articles: list[Article] = []
    for d in drafts:
        paragraphs = tuple(p for p in d.paragraphs if p)
        kicker, headline, subtitle = assign_headings(d.headings)
        if not headline and not paragraphs:
            continue
        articles.append(
            Article(
                seq=len(articles) + 1,
                headline=headline,
                paragraphs=paragraphs,
                kicker=kicker,
                subtitle=subtitle,
                page=d.page,
                page_name=d.page_name,
                byline=d.byline,
                reporters=d.reporters,
                dateline=d.dateline,
            )
        )
    return articles


def _forced_reason(label: str) -> str:
    if label == "X":
        return "a page header, or a byline right under the headings"
    if label == "C":
        return "the previous block stopped on a comma or inside an open bracket"
    return "the only label the layout grammar allows here"


_LEGEND = """\
How to read this: one entry per non-empty line of the issue (its line number, the label, the article it went to).
The labeler weighs layout cues; the margin is how far the chosen label beat the runner-up (small = a close call).
Cue names: len= length, end=S ends a sentence, first=/last= character class, f2=/l2= first/last two characters,
p: the previous line, n: the next line, nn: the one after, pp: two lines back, bi=/nbi= how often the two characters
across the break occur together inside lines of this issue (high = a word cut by a break), sr=/er= how often lines
start/end with that character, np= paragraphs so far in the article, X|cue = cue seen right after label X.

"""


def explain_issue(text: str) -> str:
    """A block-by-block account of the classification: line, label, article, reason and the block's start."""
    labels, _ = _classify(split_blocks(text), explain=True)
    out = [_LEGEND]
    for lab in labels:
        snippet = lab.block.text if len(lab.block.text) <= 40 else lab.block.text[:38] + "…"
        art = f"#{lab.article}" if lab.article else "-"
        out.append(f"{lab.block.line:>6}  {lab.kind:<12} {art:>5}  {lab.reason}\n        | {snippet}\n")
    return "".join(out)
