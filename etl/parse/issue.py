"""Split an issue's text into articles: headings open an article, bylines and datelines are lifted out, breaks mended."""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.parse.blocks import Block, split_blocks
from etl.parse.bylines import Lead, looks_like_signature, parse_byline_block, parse_lead
from etl.parse.pages import PageHeader, parse_page_header
from etl.records import Article, Reporter

_CLOSERS = "”’」』\"'）)】》"
_SENTENCE_END = "。！？!?…；;"
_COLUMN_TAG = re.compile(r"[（(][^（()）]{1,20}[）)]$")


def ends_sentence(text: str) -> bool:
    """Whether a block ends a sentence (closing quotes and brackets looked through), so a paragraph may end here."""
    stripped = text.rstrip(_CLOSERS)
    if not stripped:
        return True
    if stripped[-1] in _SENTENCE_END:
        return True
    # A whole parenthesised line, a credit (…摄（人民视觉）) or a closing note ends a paragraph too.
    return text[-1] in "）)" and (text[0] in "（(" or "摄" in text[-12:])


def heading_like(text: str) -> bool:
    """Short, and not ending a sentence: what a kicker, headline, subtitle or subhead looks like."""
    if len(text) > 64:
        return False
    tail = text.rstrip(_CLOSERS)
    if tail and tail[-1] in "。；;，,、":
        return False
    return not tail or tail[-1] not in "…" or len(text) < 30


@dataclass(frozen=True, slots=True)
class Label:
    """How one block was classified, and why (for ``explain_issue``)."""

    block: Block
    kind: str  # page, kicker, headline, subtitle, byline, body, continuation
    reason: str
    article: int  # 1-based article the block belongs to, 0 for none


@dataclass
class _Draft:
    headings: list[str]
    page: int | None
    page_name: str | None
    paragraphs: list[str]
    byline: str | None = None
    reporters: tuple[Reporter, ...] = ()
    dateline: str | None = None
    open_paragraph: bool = False  # the last paragraph did not end a sentence and may continue


def _assign_headings(lines: list[str]) -> tuple[str | None, str, str | None]:
    """Kicker, headline, subtitle from an article's heading lines (one to three, last ones kept)."""
    lines = lines[-3:]
    if len(lines) == 1:
        return None, lines[0], None
    if len(lines) == 3:
        return lines[0], lines[1], lines[2]
    first, second = lines
    if second.startswith("——") or (second[0] in "（(" and second[-1] in "）)"):
        return None, first, second
    if first.endswith(("——", "：", ":")):
        return first, second, None
    if _COLUMN_TAG.search(first) and not _COLUMN_TAG.search(second):
        return None, first, second
    return first, second, None


def _find_next(blocks: list[Block], pages: list[PageHeader | None], start: int) -> int | None:
    for k in range(start, len(blocks)):
        if pages[k] is None:
            return k
    return None


def _classify(blocks: list[Block]) -> tuple[list[Label], list[_Draft]]:
    pages = [parse_page_header(b.text) for b in blocks]
    indented_style = sum(b.indented for b in blocks) > len(blocks) * 0.3
    labels: list[Label] = []
    drafts: list[_Draft] = []
    page: int | None = None
    page_name: str | None = None
    after_page_header = False
    i = 0
    n = len(blocks)
    while i < n:
        b = blocks[i]
        header = pages[i]
        if header is not None:
            page, page_name = header.number, header.name
            after_page_header = True
            labels.append(Label(b, "page", f"page header: page {header.number}, {header.name or 'no name'}", 0))
            i += 1
            continue
        cur = drafts[-1] if drafts else None
        # A run of heading-like blocks (page headers inside are skipped later as they come).
        j = i
        while j < n and pages[j] is None and heading_like(blocks[j].text) and j - i < 4:
            j += 1
        run = blocks[i:j]
        verdict, why = (False, "")
        if run:
            nxt_i = _find_next(blocks, pages, j)
            nxt = blocks[nxt_i].text if nxt_i is not None else ""
            continuing = cur is not None and cur.open_paragraph
            if cur is None:
                verdict, why = True, "first heading-like lines of the issue"
            elif nxt and (parse_byline_block(nxt) is not None or parse_lead(nxt) is not None):
                verdict, why = True, "heading lines followed by a byline or dateline"
            elif nxt and looks_like_signature(nxt) and not continuing:
                verdict, why = True, "heading lines followed by a signature"
            elif continuing:
                verdict, why = False, "the previous paragraph did not end a sentence: continuation"
            elif indented_style and not any(r.indented for r in run):
                verdict, why = True, "unindented heading lines in an indented issue"
            elif indented_style:
                verdict, why = False, "indented like body text"
            elif after_page_header:
                verdict, why = True, "heading lines opening a page"
            elif any(_COLUMN_TAG.search(r.text) for r in run):
                verdict, why = True, "heading lines with a column tag"
            elif len(run) >= 2 and not run[0].text.endswith("——"):
                verdict, why = True, "a stack of heading lines"
            else:
                verdict, why = False, "a short line inside an article (subhead, quote or caption)"
        if verdict:
            heading_blocks = run[-3:]
            if cur is not None:
                for extra in run[:-3]:
                    cur.paragraphs.append(extra.text)
                    labels.append(Label(extra, "body", "a short line before a heading stack", len(drafts)))
            draft = _Draft([r.text for r in heading_blocks], page, page_name, [])
            drafts.append(draft)
            kicker, _, subtitle = _assign_headings(draft.headings)
            roles = (["kicker"] if kicker else []) + ["headline"] + (["subtitle"] if subtitle else [])
            for r, role in zip(heading_blocks, roles, strict=True):
                labels.append(Label(r, role, why, len(drafts)))
            after_page_header = False
            i = j
            # A byline or signature on its own line right under the headings.
            k = _find_next(blocks, pages, i)
            if k is not None and k == i:
                bl = blocks[k].text
                reporters = parse_byline_block(bl)
                if reporters is not None:
                    draft.byline, draft.reporters = bl, reporters
                    labels.append(Label(blocks[k], "byline", "a byline on its own line", len(drafts)))
                    i = k + 1
                elif looks_like_signature(bl):
                    names = re.sub(r"\s+", "", bl.replace("\u3000", " "))
                    draft.byline, draft.reporters = bl, (Reporter(names, "作者", None),)
                    labels.append(Label(blocks[k], "byline", "a bare name under the headings: the author", len(drafts)))
                    i = k + 1
            continue
        after_page_header = False
        if cur is None:
            # Text before any heading: keep it as an article without a headline rather than drop it.
            cur = _Draft([""], page, page_name, [])
            drafts.append(cur)
        text = b.text
        if cur.open_paragraph and cur.paragraphs:
            cur.paragraphs[-1] += text
            labels.append(Label(b, "continuation", "the previous block did not end a sentence", len(drafts)))
        else:
            if not cur.paragraphs and cur.dateline is None:
                lead: Lead | None = parse_lead(text)
                if lead is not None:
                    cur.dateline = lead.dateline
                    if lead.byline:
                        cur.byline = lead.byline
                        cur.reporters = cur.reporters + lead.reporters
                    text = lead.rest
            cur.paragraphs.append(text)
            reason = why if run else "a long or sentence-ending block"
            labels.append(Label(b, "body", reason or "body text", len(drafts)))
        cur.open_paragraph = _may_continue(b.text)
        i += 1
    return labels, drafts


def _may_continue(text: str) -> bool:
    """A block that stops mid-sentence continues into the next one; a short unpunctuated line is a subhead."""
    if ends_sentence(text):
        return False
    tail = text.rstrip(_CLOSERS)
    if tail and tail[-1] in "，,、：:“《（(—-":
        return True
    return len(text) > 30


def parse_issue(text: str) -> list[Article]:
    """Articles of an issue, in print order, with headings, byline, dateline and repaired paragraphs."""
    _, drafts = _classify(split_blocks(text))
    articles: list[Article] = []
    for d in drafts:
        paragraphs = tuple(p for p in d.paragraphs if p)
        kicker, headline, subtitle = _assign_headings(d.headings)
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


def explain_issue(text: str) -> str:
    """A block-by-block account of the classification: line, label, article, reason and the block's start."""
    labels, _ = _classify(split_blocks(text))
    out = []
    for lab in labels:
        snippet = lab.block.text if len(lab.block.text) <= 40 else lab.block.text[:38] + "…"
        art = f"#{lab.article}" if lab.article else "-"
        out.append(f"{lab.block.line:>6}  {lab.kind:<12} {art:>5}  {lab.reason}\n        | {snippet}\n")
    return "".join(out)
