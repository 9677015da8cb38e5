"""Split an issue's text into articles: headings open an article, bylines and datelines are lifted out, breaks mended."""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import repeat
from pathlib import Path
from typing import NamedTuple

from etl.parse.blocks import Block, indented_layout, split_blocks
from etl.parse.bylines import (
    _COMMON_SURNAMES,
    Lead,
    parse_bracketed_byline,
    parse_byline_block,
    parse_caption_credit,
    parse_closing_credit,
    parse_lead,
    parse_signature,
    parse_writer_line,
)
from etl.parse.features import IssueStats, ends_sentence, issue_stats, junction_features, leaves_open
from etl.parse.headings import assign_headings
from etl.parse.jumps import rejoin, strip_jumps
from etl.parse.labeler import Decision, label_blocks
from etl.parse.pages import parse_page_header
from etl.parse.segments import (
    _COLUMN_TAG,
    _NEWS_PREDICATE,
    Segment,
    _lead_kind,
    _line_mark,
    _subhead_runs,
    boundary_features,
    boundary_score,
    load_boundary_weights,
    top_cues,
)
from etl.parse.widths import reading_view
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
    start: int = 0  # index (in the labels) of the first heading line
    after_page: bool = False  # the first heading line follows a page header
    byline_block: bool = False  # a byline on its own line right under the headings
    head_ids: list[int] = field(default_factory=list)  # label index of each heading line
    para_ids: list[int] = field(default_factory=list)  # label index where each paragraph starts
    para_pages: list[tuple[int | None, str | None]] = field(default_factory=list)  # the page each paragraph starts on
    proposed: bool = False  # opened by the boundary step at a short unpunctuated line, not by the labeler
    # A short unpunctuated block the labeler continued with the next one: paragraph index -> (where the block ends,
    # label index of the continuing block, the labeler's margin), so the boundary step may read it as a heading.
    soft_joins: dict[int, tuple[int, int, float]] = field(default_factory=dict)
    joined_margin: float | None = None  # a proposal whose last heading line the labeler had continued
    stolen_kicker: bool = False  # the first heading line was the previous article's last paragraph
    box: bool = False  # a page's staff credit heads it: a box of its own
    after_credit: bool = False  # the article before ends on its layout credit (版式设计：X): this is a new one
    sections: list[tuple[str, ...]] = field(default_factory=list)  # shapes of the heading runs folded into the text
    series: tuple[str, ...] | None = None  # how the signed sections folded under its title and intro are set
    photo_item: bool = False  # a title over a caption closed by its photographer's credit: an article of its own
    after_photo: bool = False  # the article before is a photo report (图片报道) that holds one photo's caption


_NOT_A_KICKER = re.compile(r"[：:@＠]|摄|^[（(]|[）)]$|\d{4}年\d{1,2}月\d{1,2}日$")


def _stray_kicker(draft: _Draft) -> bool:
    """Whether the draft's last paragraph is a kicker that belongs to the next article's heading."""
    if len(draft.paragraphs) < 2:
        return False
    text = draft.paragraphs[-1]
    # A kicker may end on a colon (国台办： / 林郑月娥：); a colon inside the line is a label (制图：X, 本版责编：X).
    colon_kicker = text.endswith(("：", ":")) and len(text) <= 20 and sum(text.count(c) for c in "：:") == 1
    if len(text) > 40 or ends_sentence(text) or (_NOT_A_KICKER.search(text) and not colon_kicker):
        return False
    if _READER_SIGNOFF.match(text) or _LETTER_TO.match(draft.paragraphs[0]) or _verse(draft.paragraphs):
        # A reader's sign-off (邢台市任泽区读者, ——河北网友), the writer of a letter to the paper (人民日报社： / …… /
        # 江苏东海县交通运输局), or a poem's last line: the end of the text.
        return False
    return parse_signature(text) is None and parse_byline_block(text) is None


_READER_SIGNOFF = re.compile(r"^(?:——)?[^，。；！？]{0,30}(?:读者|网友)$")
_LETTER_TO = re.compile(r"^(?:人民日报社|人民日报编辑部|编辑同志|本报编辑部|[^，。]{2,10}报社)[：:]$")


def _verse(paragraphs: Sequence[str]) -> bool:
    """Whether a text is set as verse: four lines or more, two in three of them short and ending no sentence."""
    if len(paragraphs) < 4:
        return False
    short = sum(1 for p in paragraphs if len(p) <= 20 and not ends_sentence(p))
    return short * 3 >= len(paragraphs) * 2


_WHY = {
    "HS": "opens an article (first heading line)",
    "HC": "a further heading line",
    "P": "starts a paragraph",
    "C": "continues the previous paragraph across a break",
    "X": "not article text",
}


def _classify(
    blocks: list[Block],
    explain: bool = False,
    decide: Callable[[_Draft, list[str]], bool] | None = None,
    weights: Mapping[str, Sequence[float]] | None = None,
    junctions: list[Junction] | None = None,
) -> tuple[list[Label], list[_Draft]]:
    stats = issue_stats(blocks)
    decisions = label_blocks(blocks, weights, explain=explain, stats=stats)
    labels: list[Label] = []
    drafts: list[_Draft] = []
    page: int | None = None
    page_name: str | None = None
    stray = _page_references(blocks, decisions)
    for b, d in zip(blocks, decisions, strict=True):
        cur = drafts[-1] if drafts else None
        if b.index in stray:
            d = Decision("P", math.inf, ())
        elif b.index - 1 in stray and d.label in ("C", "HC"):
            # A break after a page reference is no page break, and a heading line after it is the guide's next item.
            d = Decision("P", d.margin, d.top)
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
            if header.number is None and header.name is None:
                # Page furniture that names no page (the date and the page's editors) leaves the page as it is.
                labels.append(Label(b, "page", "page furniture: the date and the page's credits", 0))
                continue
            page, page_name = header.number, header.name
            labels.append(Label(b, "page", f"page header: page {header.number}, {header.name or 'no name'}", 0))
            continue
        label = d.label
        if label in ("HS", "HC") and d.margin != math.inf and _cut_sentence_line(b.text):
            label = "P"
            why = "starts a paragraph: a sentence ends inside the line, so it is text cut by a break, not a heading"
        if label == "HC" and labels and labels[-1].kind == "page" and cur is not None and cur.paragraphs:
            # A heading line under a page header adds no heading to an article that already has text.
            label = "HS"
            why = "opens an article (read as a further heading line, but the article before has text)"
        after_header = bool(labels) and labels[-1].kind == "page" and cur is not None and not cur.paragraphs
        if label == "X" and after_header and parse_byline_block(b.text) is None and not parse_signature(b.text):
            # Padded heading words (山高水远  忠诚作答) look like a byline's names; under a page header they head text.
            label = "HC"
            why = "a further heading line (read as not article text, but no byline: it heads the page's text)"
        # A heading block never runs on across a page header: lines left above it with no text under them (本版责编 /
        # 版式设计 at the foot of a page) are a box of their own, headed by their first line.
        cut = label == "HC" and after_header
        if cut and cur is not None:
            if len(drafts) > 1 and (len(cur.headings) == 1 or _CREDIT_LINE.search(cur.headings[0])):
                # A credit or a lone line at the foot of the page (数据来源：X, 本版邮箱：X) closes the article before.
                prev = drafts[-2]
                for i in cur.head_ids:
                    labels[i] = Label(
                        labels[i].block,
                        "paragraph",
                        "a line at the foot of a page: the end of the article before",
                        len(drafts) - 1,
                    )
                prev.paragraphs.extend(cur.headings)
                prev.para_ids.extend(cur.head_ids)
                prev.para_pages.extend([(cur.page, cur.page_name)] * len(cur.headings))
                prev.last_single = None
                drafts.pop()
            else:
                _box(cur, labels, len(drafts))
            why = f"{why}; opens an article: a heading block does not run on across a page header"
        if label == "HS" or (label == "HC" and cur is None) or cut:
            new = _Draft([b.text], page, page_name, start=len(labels), head_ids=[len(labels)])
            new.after_page = bool(labels) and labels[-1].kind == "page"
            if cur is not None and cur.last_single is not None and _stray_kicker(cur):
                # The previous article "ends" on a short unpunctuated line: that is this article's kicker,
                # and the last article of a page must not swallow the next one's heading.
                text = cur.paragraphs.pop()
                cur.para_ids.pop()
                cur.para_pages.pop()
                new.headings.insert(0, text)
                k = cur.last_single
                labels[k] = Label(
                    labels[k].block, "heading", "a short line before a heading: a kicker", len(drafts) + 1
                )
                new.start = k
                new.head_ids.insert(0, k)
                new.stolen_kicker = True
            cur = new
            drafts.append(cur)
            kind = "heading"
        elif label == "HC" and cur is not None:
            cur.headings.append(b.text)
            cur.head_ids.append(len(labels))
            kind = "heading"
        elif label == "X":
            reporters = parse_byline_block(b.text)
            dateline = None
            if reporters is None and cur is not None and not cur.paragraphs:
                reporters = parse_bracketed_byline(b.text)
                lead_line = parse_lead(b.text) if reporters is None else None
                if lead_line is not None and lead_line.reporters and not lead_line.rest:
                    dateline, reporters = lead_line.dateline, lead_line.reporters
            if reporters is None:
                names = parse_signature(b.text)
                if names:
                    reporters = tuple(Reporter(name, "作者", None) for name in names)
            if cur is not None and reporters is not None and cur.byline is None:
                cur.byline, cur.reporters = b.text, reporters
                if dateline is not None:
                    cur.dateline, cur.byline = dateline, b.text[len(dateline) :].strip(" \t\u3000\u00a0")
                cur.byline_block = not cur.paragraphs
                kind = "byline"
            else:
                kind = "dropped"
        else:
            if cur is None:
                # Text before any heading is kept as an article without a headline rather than dropped.
                cur = _Draft([], page, page_name)
                drafts.append(cur)
            verse = d.label == "C" and labels and labels[-1].kind in ("paragraph", "continuation")
            verse = verse and _verse_lines(labels[-1].block.text, b.text)
            if verse:
                why = "starts a paragraph: a line of verse (short lines of equal length, each set on its own)"
            if d.label == "C" and cur.paragraphs and not verse:
                if cur.last_single is not None and d.margin != math.inf and _title_like(cur.paragraphs[-1]):
                    cur.soft_joins[len(cur.paragraphs) - 1] = (len(cur.paragraphs[-1]), len(labels), d.margin)
                if len(cur.paragraphs) == 1:
                    cur.first_joins.append(len(cur.paragraphs[0]))
                cur.paragraphs[-1] += b.text
                cur.last_single = None
                kind = "continuation"
            else:
                cur.paragraphs.append(b.text)
                cur.para_ids.append(len(labels))
                cur.para_pages.append((page, page_name))
                cur.last_single = len(labels)
                kind = "paragraph"
        labels.append(Label(b, kind, why, len(drafts)))
    drafts = _merge_subheads(drafts, labels, decide)
    drafts = _gather_roundups(drafts, labels)
    _drop_repeated_headings(drafts, labels)
    _return_credits(drafts, labels)
    drafts = _gather_guide(drafts, labels, stray)
    for k, draft in enumerate(drafts):
        _guide_box(draft, labels, stray)
        _heading_runs_into_text(draft, labels, stats)
        _complete_kicker(draft, labels, k)
        _digest_first_section(draft, labels)
        _signed_heading(draft, labels)
    # Lines keep their article from here on (the steps below relabel lines inside their own article): where each
    # article's lines are, so that a draft's text is read from its own lines, not from every line after it.
    lines_of = _lines_by_article(labels)
    for draft in drafts:
        _mend_cut_words(draft, labels, stats, junctions, lines_of)
        _drop_issuer(draft, labels)
        _lift_bracketed_byline(draft, labels)
        _lift_byline_line(draft, labels)
        if draft.paragraphs:
            _lift_lead(draft)
    return labels, drafts


def _page_references(blocks: Sequence[Block], decisions: Sequence[Decision]) -> set[int]:
    """Blocks read as page headers that are page references in a box (导读 / …… / 第九版 / …… / 第十八版): a bare
    page number, no name, ahead of a page header printed after it (第2版).  Pages are printed in order, so such a line
    is text."""
    headers = [
        (b.index, h)
        for b, d in zip(blocks, decisions, strict=True)
        if d.label == "X" and (h := parse_page_header(b.text)) is not None
    ]
    stray: set[int] = set()
    lowest: int | None = None  # the lowest page number printed after the header at hand
    for i, h in reversed(headers):
        if h.name is None and h.number is not None and lowest is not None and lowest < h.number:
            stray.add(i)
        elif h.number is not None:
            lowest = h.number if lowest is None else min(lowest, h.number)
    # Bare page numbers a few lines apart (第九版 / 庆祝…特别报道 / 第十版 / 第十一版) are a guide's references, even in an
    # issue that prints no page headers: a page holds more than a title.
    # The guide lists its pages in order: a lower number after them is the next page's header (第十九版 / 第二版).
    text = {b.index: b.text.strip() for b in blocks}
    bare = [(i, h.number) for i, h in headers if h.name is None and _PAGE_REFERENCE.fullmatch(text[i])]
    for (a, na), (b, nb) in zip(bare, bare[1:], strict=False):
        if b - a <= _GUIDE_SPAN and na is not None and nb is not None and na < nb:
            stray.update((a, b))
    return stray


_GUIDE_SPAN = 6  # blocks between two page references of one guide
_PAGE_REFERENCE = re.compile(r"第[一二三四五六七八九十0-9０-９]{1,3}版")  # the number alone: no date, paper or colon


def _points_to_pages(d: _Draft, labels: list[Label], references: set[int]) -> bool:
    """Whether a draft's text holds a page reference (第九版 in a guide box)."""
    return bool(references) and any(labels[i].block.index in references for i in d.para_ids)


def _gather_guide(drafts: list[_Draft], labels: list[Label], references: set[int]) -> list[_Draft]:
    """The items of a guide to the pages (导读 / title / 第九版 / title / 第七版) are one box: an article that ends on a
    page reference, right after one that holds one on the same page, is the guide's next item."""
    out: list[_Draft] = []
    reasons: dict[int, str] = {}
    for d in drafts:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.page == d.page
            and not d.after_page
            and _points_to_pages(prev, labels, references)
            and _points_to_pages(d, labels, references)
        ):
            _fold(prev, d)
            for i in d.head_ids:
                reasons[i] = "paragraph: a title in a guide to the pages"
            continue
        out.append(d)
    if reasons:
        _renumber(out, labels, reasons)
    return out


def _guide_box(d: _Draft, labels: list[Label], references: set[int]) -> None:
    """A box that points to pages (导读 / 电从太空来 / 第十九版) is a guide: its label heads it, the titles under the
    label are its text."""
    if len(d.headings) < 2 or len(d.head_ids) != len(d.headings) or not d.paragraphs:
        return
    if not _points_to_pages(d, labels, references):
        return
    for i in _headings_into_text(d):
        labels[i] = Label(labels[i].block, "paragraph", "a title in a guide to the pages", labels[i].article)


def _box(d: _Draft, labels: list[Label], article: int) -> None:
    """Heading lines with no text under them: the first heads the box, the others are its text."""
    for i in d.head_ids[1:]:
        labels[i] = Label(labels[i].block, "paragraph", "a line of a box cut off by a page header", article)
    d.paragraphs = d.headings[1:] + d.paragraphs
    d.para_ids = d.head_ids[1:] + d.para_ids
    d.para_pages = [(d.page, d.page_name)] * (len(d.headings) - 1) + d.para_pages
    del d.headings[1:], d.head_ids[1:]
    d.last_single = None  # a line above a page header is no kicker of the article below it


_CUT_MIN_PAIR = 5  # the pair across the break occurs whole this often in the issue: a word cut in two
_CUT_SHARE = 10  # ... and makes this share (percent) of the rarer character's occurrences
_OPENERS = "“‘「『《（(【〔——…"


def _cut_word(x: str, y: str, stats: IssueStats) -> bool:
    """Whether ``x`` and ``y`` read as one word cut in two: the pair is frequent in the issue, and a good share of the
    rarer character's occurrences are in it (道理, 植物; not 展成 or 力保, pairs across word boundaries)."""
    pair = stats.bigrams[x + y]
    return pair >= _CUT_MIN_PAIR and pair * 100 >= _CUT_SHARE * min(stats.chars[x], stats.chars[y])


def _mend_cut_words(
    d: _Draft,
    labels: list[Label],
    stats: IssueStats,
    junctions: list[Junction] | None = None,
    lines_of: Mapping[int, list[int]] | None = None,
) -> None:
    """A paragraph that stops mid-word (``发展是硬道`` / ``理，但发展建设……``) runs on into the next: the pair of
    characters across the break is a word of this issue, and the next block opens with a character that seldom opens
    a line.  Then every break that stops mid-sentence is weighed again with word cues (see ``_repair_breaks``);
    ``junctions``, if given, collects those breaks for training instead."""
    if len(d.para_ids) != len(d.paragraphs):
        return
    k = 0
    while k + 1 < len(d.paragraphs):
        a, b = d.paragraphs[k], d.paragraphs[k + 1]
        if (
            a
            and b
            and not ends_sentence(a)
            and not a.endswith(("——", "：", ":"))
            and not _SECTION_NUMBER.match(a)
            and _word_char(a[-1])
            and _word_char(b[0])
            and b[0] not in _OPENERS
            and _cut_word(a[-1], b[0], stats)
            and stats.starts[b[0]] * 50 < stats.chars[b[0]]
        ):
            i = d.para_ids.pop(k + 1)
            d.para_pages.pop(k + 1)
            d.paragraphs[k] = a + d.paragraphs.pop(k + 1)
            if k == 0:
                d.first_joins.append(len(a))
            labels[i] = Label(labels[i].block, "continuation", "continues a word cut by a break", labels[i].article)
            continue
        k += 1
    _repair_breaks(d, labels, stats, junctions, lines_of)


PARAGRAPH_WEIGHTS_PATH = Path(__file__).with_name("paragraph_weights.json")
# A break the labeler kept must score this to run on (a wrong join costs two paragraphs and may swallow a lead); a
# join the labeler made is undone as soon as the model reads a paragraph end (the model's own threshold).
_JOIN_BAR = 2.0
_SPLIT_BAR = 0.0


@cache
def load_paragraph_weights(path: Path = PARAGRAPH_WEIGHTS_PATH) -> dict[str, float]:
    """The break model's weights (feature -> weight; positive: the paragraph runs on); empty if none are trained."""
    if not path.exists():
        return {}
    return dict(json.loads(path.read_text(encoding="utf-8"))["weights"])


def _names_line(text: str) -> bool:
    return parse_byline_block(text) is not None or bool(parse_signature(text))


class Junction(NamedTuple):
    """A break inside an article's text that stops mid-sentence, as the break model weighs it."""

    feats: list[str]
    before: str  # the paragraph up to the break
    after: str  # the block after the break
    joined: bool  # the labeler's choice: the paragraph runs on


def _lines_by_article(labels: Sequence[Label]) -> dict[int, list[int]]:
    """Article -> the indices of its labels, in order."""
    out: dict[int, list[int]] = {}
    for i, lab in enumerate(labels):
        out.setdefault(lab.article, []).append(i)
    return out


def _pieces(
    d: _Draft, labels: list[Label], lines_of: Mapping[int, list[int]] | None = None
) -> list[tuple[int, str, bool]]:
    """The article's text as its printed blocks: (label index, text, whether it starts a paragraph).  A paragraph that
    is no longer the plain sum of its blocks (a lead or a heading line folded into it) stays one piece.  ``lines_of``
    (``_lines_by_article`` of the labels, if their articles have not changed since) saves reading every line after
    the last paragraph."""
    out: list[tuple[int, str, bool]] = []
    ends = [*d.para_ids[1:], len(labels)]
    for k, (start, end) in enumerate(zip(d.para_ids, ends, strict=True)):
        art = labels[start].article
        if lines_of is None:
            between: Sequence[int] = range(start + 1, end)
        else:
            own = lines_of.get(art, [])
            between = own[bisect_right(own, start) : bisect_left(own, end)]
        cont = [i for i in between if labels[i].kind == "continuation" and labels[i].article == art]
        texts = [labels[start].block.text] + [labels[i].block.text for i in cont]
        if "".join(texts) != d.paragraphs[k]:
            out.append((start, d.paragraphs[k], True))
            continue
        out.append((start, texts[0], True))
        out.extend((i, labels[i].block.text, False) for i in cont)
    return out


def _repair_breaks(
    d: _Draft,
    labels: list[Label],
    stats: IssueStats,
    junctions: list[Junction] | None = None,
    lines_of: Mapping[int, list[int]] | None = None,
) -> None:
    """Weigh each break that stops mid-sentence again, with what the labeler could not see: the words across it
    (南涅水石刻博物馆馆 / 长申虎峰也感慨: 馆长 is cut; 如今，叶青 / 参与研制的……: a verb goes on), and the article's other
    subheads (an unpunctuated line shaped like them is one more, 一以贯之，久久为功 / 长江生态环境保护是……).  The
    labeler's choice to run a paragraph on stands unless the break model reads an end there; its choice to end one
    stands unless the model overturns it by a clear margin."""
    if not d.paragraphs or len(d.para_ids) != len(d.paragraphs) or len(d.para_pages) != len(d.paragraphs):
        return
    weights = load_paragraph_weights()
    if junctions is None and not weights:
        return
    pieces = _pieces(d, labels, lines_of)
    siblings: list[str] | None = None  # read when a break first asks for them
    starts = [piece[2] for piece in pieces]
    text = pieces[0][1]
    for k in range(1, len(pieces)):
        block, after = pieces[k - 1][1], pieces[k][1]
        joined = not pieces[k][2]
        # (A byline or a writer's name set as a line of its own is lifted out later: it ends no sentence and starts
        # none.)
        if text and after and not ends_sentence(text) and not leaves_open(text) and not _names_line(text):
            if siblings is None:
                siblings = [p for p in d.paragraphs if _title_like(p)]
            feats = junction_features(block, text, after, siblings, joined, _title_like(block), stats)
            if junctions is not None:
                junctions.append(Junction(feats, text, after, joined))
            else:
                score = sum(map(weights.get, feats, repeat(0.0)))
                if joined and score < _SPLIT_BAR:
                    starts[k] = True
                elif not joined and score > _JOIN_BAR:
                    starts[k] = False
        text = after if starts[k] else text + after
    if junctions is not None or starts == [piece[2] for piece in pieces]:
        return
    page_of = dict(zip(d.para_ids, d.para_pages, strict=True))
    paragraphs: list[str] = []
    ids: list[int] = []
    pages: list[tuple[int | None, str | None]] = []
    bounds: list[int] = []  # where blocks meet inside the first paragraph
    for (i, piece, was_start), start in zip(pieces, starts, strict=True):
        if start:
            paragraphs.append(piece)
            ids.append(i)
            pages.append(page_of.get(i, pages[-1] if pages else (d.page, d.page_name)))
            if start != was_start:
                labels[i] = Label(
                    labels[i].block,
                    "paragraph",
                    "starts a paragraph: the line before it is a subhead, read with the words across the break",
                    labels[i].article,
                )
        else:
            if len(paragraphs) == 1:
                bounds.append(len(paragraphs[0]))
            paragraphs[-1] += piece
            if start != was_start:
                labels[i] = Label(
                    labels[i].block,
                    "continuation",
                    "continues the paragraph across a break, read with the words across it",
                    labels[i].article,
                )
    old_first = len(d.paragraphs[0])
    if len(paragraphs[0]) < old_first:
        d.first_joins = [j for j in d.first_joins if j < len(paragraphs[0])]
    elif len(paragraphs[0]) > old_first:
        d.first_joins = d.first_joins + [j for j in bounds if j >= old_first]
    d.paragraphs, d.para_ids, d.para_pages = paragraphs, ids, pages


def _verse_lines(prev: str, text: str) -> bool:
    """Two lines of a poem or couplet (徐徐书卷展， / 处处盈墨香。): short, of equal length, the first ending on a
    comma; the paper sets each on its own line, so the comma does not carry the sentence into the next block."""
    return len(prev) <= 12 and len(text) == len(prev) and prev[-1] in "，、" and text[-1] in "，。！？；"


_SPACES = "[ \u3000\u00a0]"
_SPACE_CHAR = re.compile(_SPACES)


def _unspaced(text: str) -> str:
    """The text without its spaces (ideographic, no-break and ASCII): how a padded line reads."""
    return _SPACE_CHAR.sub("", text)


_CREDIT_LINE = re.compile(
    rf"^(?:制图|图片(?!报道|新闻)|本版照片|资料图片|版式设计|数据来源)"  # 制图：张丹峰, 本版照片除署名外均为资料图片
    rf"|^(?:本版|本期)?(?:摄影|统筹|策划|供图|传真|电话|编辑|设计)[：:]"  # 本期统筹：X, 传真：（010）…
    rf"|^(?:看|扫码|扫描|品)[^ \u3000\u00a0]{{1,10}}{_SPACES}{{2,}}"  # promotions: 看人民映像　　品百味人生
    rf"|(?:图|文|摄|摄影|摄影报道|绘|制图)(?:（[^（）]{{1,12}}）)?$"  # 勾  犇图  羽  生文, 蒋云龙  罗  嘉摄影报道
    rf"|[。；]$"  # a sentence is text, never a heading line
    rf"|^[（(](?:作者|本报记者|记者|来源|本文)"  # （作者为中国农业博物馆馆长、研究员）
    rf"|^——{_SPACES}*[\u4e00-\u9fff]{_SPACES}*[\u4e00-\u9fff]{{1,2}}$"  # ——编  者
    rf"|^[\u4e00-\u9fff]{{2,12}}(?:省|市|县|区|州|旗|镇|乡|村){_SPACES}+[\u4e00-\u9fff]{{1,3}}(?:{_SPACES}+[\u4e00-\u9fff]{{1,2}})?$"
)


def _return_credits(drafts: list[_Draft], labels: list[Label]) -> None:
    """A credit, a sign-off or a sentence read as the first heading line belongs to the article before
    (``制图：张丹峰``, ``勾  犇图  羽  生文``, ``江西丰城市  徐新林``): it goes back as that article's last paragraph."""
    for k in range(1, len(drafts)):
        d, prev = drafts[k], drafts[k - 1]
        # (A credit alone, with no text under it, is the foot of the issue's last page: 本版编辑：X  校对：Y.)
        while (
            d.headings
            and (len(d.headings) > 1 or not d.paragraphs)
            and len(d.head_ids) == len(d.headings)
            and _CREDIT_LINE.search(d.headings[0])
        ):
            prev.paragraphs.append(d.headings.pop(0))
            i = d.head_ids.pop(0)
            prev.para_ids.append(i)
            prev.para_pages.append((d.page, d.page_name))
            labels[i] = Label(labels[i].block, "paragraph", "a credit or sign-off: the end of the article before", k)


_SENTENCE_OPEN = re.compile(r"^(?:\d{1,4}年|\d{1,2}月\d{1,2}日|截至|近日|日前|近年来|本报|新华社|据)")


def _heading_runs_into_text(d: _Draft, labels: list[Label], stats: IssueStats) -> None:
    """The first lines of a text read as the last heading line (``清洁能源 动力强劲`` / ``截至20`` / ``19年12月31日，
    长江电力……``): a heading line cut mid-word, or opening like a report, that runs on into the block after it is
    the start of the first paragraph."""
    if len(d.headings) < 2 or len(d.head_ids) != len(d.headings) or not d.paragraphs or d.byline is not None:
        return
    if not d.para_ids or d.para_ids[0] != d.head_ids[-1] + 1:
        return
    line, nxt = d.headings[-1], labels[d.para_ids[0]].block.text
    if ends_sentence(line) or not _word_char(line[-1]) or not _word_char(nxt[0]) or line.startswith("——"):
        return
    if parse_byline_block(nxt) or parse_bracketed_byline(nxt):
        return  # a byline under the line (科技赋能，全链条打击侵权行为 / 本报记者  张天培): the line is a subtitle
    cut_word = stats.bigrams[line[-1] + nxt[0]] >= 5
    opens = _SENTENCE_OPEN.match(line) is not None or ("，" in line and len(line) >= 12)
    # A document's title takes no headline under it: a plain line there is its text, cut by a break (……名录 /
    # 职业教育是我国教育体系 / 中的重要组成部分，……).
    text_under_title = (
        len(d.headings) == 2
        and is_document_title(d.headings[0])
        and not any(c in line for c in "（(：:《“［〔[")
        and not _DOC_NUMBER.search(line)
        and parse_lead(nxt) is None  # a news report under a kicker (三部门公告 / …… / 本报北京2月1日电)
    )
    # A photo report's label takes no title under it: the line under it is its caption's first words, cut by a
    # break (图片报道 / 湖北省襄阳市樊城区 / 竹条中心小学将传统非遗项目融入日常教学，……).
    caption_under_box = len(d.headings) == 2 and _PHOTO_BOX.match(_unspaced(d.headings[0])) is not None
    if not ((cut_word and opens) or text_under_title or caption_under_box):
        return
    d.headings.pop()
    i = d.head_ids.pop()
    d.paragraphs[0] = line + d.paragraphs[0]
    d.first_joins = [j + len(line) for j in d.first_joins]
    d.para_ids[0] = i
    labels[i] = Label(
        labels[i].block, "paragraph", "a heading line that runs on into the text: its first words", labels[i].article
    )
    k = d.para_ids[1] if len(d.para_ids) > 1 else len(labels)
    for j in range(i + 1, k):
        if labels[j].kind == "paragraph":
            labels[j] = Label(labels[j].block, "continuation", "continues the first paragraph", labels[j].article)
            break


def _word_char(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch.isdigit()


def _complete_kicker(d: _Draft, labels: list[Label], k: int) -> None:
    """A heading block never ends on a kicker (``沈阳蒲河大集受到百姓青睐——``): a short unpunctuated first paragraph
    after it is the headline."""
    if (
        d.headings
        and d.headings[-1].endswith("——")
        and len(d.paragraphs) > 1
        and d.para_ids
        and len(d.para_ids) == len(d.paragraphs)
        and _title_like(d.paragraphs[0])
        and not d.byline
    ):
        d.headings.append(d.paragraphs.pop(0))
        i = d.para_ids.pop(0)
        d.para_pages.pop(0)
        d.head_ids.append(i)
        d.first_joins = []
        labels[i] = Label(labels[i].block, "heading", "the headline under a kicker that ends with ——", k + 1)


_PLACE_SIGNATURE = re.compile(
    rf"^[\u4e00-\u9fff]{{2,12}}(?:省|市|县|区|州|旗|镇|乡|村){_SPACES}+(?P<name>[\u4e00-\u9fff]{{1,3}}(?:{_SPACES}+[\u4e00-\u9fff]{{1,2}})?)$"
)


def _signed_heading(d: _Draft, labels: list[Label]) -> None:
    """A reader's letter is signed with place and name under its title (``北京市朝阳区  杨柳风``): a byline."""
    if len(d.headings) < 2 or d.byline is not None or len(d.head_ids) != len(d.headings):
        return
    m = _PLACE_SIGNATURE.match(d.headings[-1])
    if not m:
        return
    name = _unspaced(m.group("name"))
    d.byline, d.reporters = d.headings.pop(), (Reporter(name, "作者", None),)
    i = d.head_ids.pop()
    labels[i] = Label(labels[i].block, "byline", "a place and a name under the title: the writer", labels[i].article)


def _drop_repeated_headings(drafts: list[_Draft], labels: list[Label]) -> None:
    """Some layouts repeat an article's kicker or subtitle after its text (a jump line): it stays with that article
    as its last line, it is not the heading of the next one."""
    for k in range(1, len(drafts)):
        d, prev = drafts[k], drafts[k - 1]
        if not d.headings:
            continue
        # A heading that opens a page, or a repeated headline, is the article printed again there (a document on
        # two pages), not a jump line.
        same_page = not d.after_page and d.page == prev.page
        # A short shared label (一季度 over two reports in a row) is a series kicker, printed for each.
        repeat = same_page and len(d.headings[0]) >= 8 and d.headings[0] != assign_headings(prev.headings)[1]
        jump = d.stolen_kicker or d.proposed or repeat
        if jump and len(d.headings) > 1 and d.headings[0] in prev.headings and len(d.head_ids) == len(d.headings):
            prev.paragraphs.append(d.headings.pop(0))
            i = d.head_ids.pop(0)
            prev.para_ids.append(i)
            prev.para_pages.append((d.page, d.page_name))
            labels[i] = Label(labels[i].block, "paragraph", "repeats a heading line of the article before", k)


_DATE_ONLY = re.compile(r"^\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$")


def _drop_issuer(draft: _Draft, labels: list[Label]) -> None:
    """A document printed in full opens with its issuer and date under the title (``中华人民共和国国务院新闻办公室`` /
    ``2026年6月``): that is part of the heading block, not of the text."""
    if not draft.headings or len(draft.paragraphs) < 3 or not _DATE_ONLY.match(draft.paragraphs[1]):
        return
    if len(draft.para_ids) != len(draft.paragraphs):
        return
    issuer = draft.paragraphs[0]
    if len(issuer) > 30 or ends_sentence(issuer) or any(c in issuer for c in "，、：:“"):
        return
    for i in draft.para_ids[:2]:
        lab = labels[i]
        labels[i] = Label(lab.block, "dropped", "the issuer and date under a document's title", lab.article)
    del draft.paragraphs[:2], draft.para_ids[:2], draft.para_pages[:2]
    draft.first_joins = []


def _segment(d: _Draft) -> Segment:
    return Segment(tuple(d.headings), tuple(d.paragraphs), d.page, d.byline_block, d.after_page)


# A mailbox line (本版邮箱：rmrbpl@peopledaily.cn（来稿请注明栏目名）) is the last line of a page's box: no heading, and
# what follows it starts anew.
_MAILBOX = re.compile(r"[A-Za-z0-9._-]@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|邮箱[：:]")


def _mailbox_line(text: str) -> bool:
    return len(text) <= 80 and bool(_MAILBOX.search(text))


_CALL = re.compile(r"^(?:欢迎(?:赐稿|来稿|投稿)|征稿(?:启事)?|征集(?:启事)?|稿约)$")


def _call_for_contributions(d: _Draft) -> bool:
    """A box calling for readers' contributions (欢迎赐稿, 征集 over a few lines and the mailbox) stands on its own."""
    return bool(_CALL.match(_unspaced(d.headings[0])))


_INNER_SENTENCE_END = re.compile(r"[。！？][^”’」』）)\s]")
# A heading may ask and answer (“帮子女带娃可领补贴”？没依据！), but a full stop inside a short line that ends no
# sentence (今年是中国共产党成立105周年。本届电影节) is text cut by a break; a long kicker may hold one if it ends on ——.
_INNER_FULL_STOP = re.compile(r"。[^”’」』）)\s]")


def _cut_sentence_line(text: str) -> bool:
    return (
        len(text) <= 40 and not text.endswith("——") and not ends_sentence(text) and bool(_INNER_FULL_STOP.search(text))
    )


@lru_cache(maxsize=16384)
def _title_like(text: str) -> bool:
    """A paragraph that could be a heading line: short, no sentence end, not a credit, a name or a bracketed note."""
    if len(text) > 40 or ends_sentence(text) or text[-1] in "，、,：:；;" or text[0] in "（(" or _MAILBOX.search(text):
        return False
    if _INNER_SENTENCE_END.search(text):
        return False  # a sentence ended inside it (思路决定出路。立足资源禀赋，黑河大力发展寒地): text cut by a break
    if _PAGE_REFERENCE.fullmatch(text):
        return False  # a guide's page (第十一版)
    names = parse_signature(text)
    # Two three-character halves (三峡水 补下游) are a headline unless each reads as a name (王  伟 李  强).
    if names and all(n[0] in _COMMON_SURNAMES or "·" in n for n in names):
        return False
    return parse_byline_block(text) is None and "摄" not in text[-6:]


def _photo_credit(text: str) -> bool:
    """A photo's credit set on its own line (肖梦涯摄, 新华社记者  杨文斌摄): the end of a caption, like a sentence's."""
    return len(text) <= 30 and _PHOTO_CREDIT.search(text) is not None


_NUMBERED_CAPTION = re.compile(r"^(?:图|上图|下图|左图|右图)?[①-⑳]|^图[一二三四五六七八九十\d]")


# A picture's title may be a short exclamation (赶坡会喽！, 开训！, 宝贝，回家！).
_EXCLAIMED_TITLE = re.compile(r"^[^。？?；;：:]{2,14}[！!]$")


def _picture_title(text: str) -> bool:
    return (_title_like(text) or _EXCLAIMED_TITLE.match(text) is not None) and not _photo_credit(text)


def _caption(text: str) -> bool:
    return ends_sentence(text) and not _NUMBERED_CAPTION.match(text)


def _photo_item_at(
    paras: Sequence[str], soft_joins: Mapping[int, tuple[int, int, float]]
) -> tuple[int, int, bool] | None:
    """The cut (headings from, to, the last run on) of a photo item closing the text: a title line over a caption of
    a paragraph or two (no numbered photo of a feature's set, 图③：…) and the photographer's credit last (用好秸秆资源
    助力绿色发展 / 5月30日，…。 / 陈  玉摄（人民视觉）). A picture's own title and caption: the text above it is another
    article's, finished or not (a list's last line, 三、全国先进基层党组织拟表彰对象（400个）)."""
    n = len(paras)
    if n < 3 or not _photo_credit(paras[-1]):
        return None

    def run_on(k: int) -> bool:
        # The title run on into a caption that opens as captions do, on a date (饲草料来了2018年12月下旬以来，…);
        # not a caption's first line (位于广东的深 / 江铁路是…, 截至20 / 19年12月31日…).
        cut = soft_joins[k][0] if k in soft_joins else 0
        title, rest = paras[k][:cut], paras[k][cut:]
        return (
            bool(cut)
            and _picture_title(title)
            and not _SENTENCE_OPEN.match(title)
            and not title[-1].isdigit()
            and _SENTENCE_OPEN.match(rest) is not None
        )

    for k in (n - 3, n - 4, n - 2):
        if k < 1 or _photo_credit(paras[k - 1]) or not all(_caption(c) for c in paras[k + 1 : -1]):
            continue
        if run_on(k) and _caption(paras[k]):
            return k, k, True
        if k < n - 2 and _picture_title(paras[k]):
            return k, k + 1, run_on(k + 1)  # a kicker over the title (青海玉树雪灾灾区 / 饲草料来了…)
    return None


_PHOTO_BOX = re.compile(r"^(?:图片报道|图片新闻|新闻图片)$")
# A photo credited to an agency or a picture service alone (新华社发, 新华社记者 X发, 人民视觉, 影像中国).
_AGENCY_CREDIT = re.compile(r"^(?:(?:新华社|中新社)(?:记者[^，。]{2,10})?发|人民视觉|影像中国|视觉中国)$")


def _photo_box_caption_end(headings: Sequence[str], paras: Sequence[str]) -> int | None:
    """Where the caption under a photo report's label (图片报道) ends: one photo's caption is its whole text, a
    paragraph (……新华社记者 X摄, 中国画《端阳景图》，作者余穉，故宫博物院藏。) and perhaps the credit on a line of its
    own; the title lines after it open the next article (5月 / 全社会用电量同比增长6.9%, 陶仓楼)."""
    if len(headings) != 1 or not _PHOTO_BOX.match(_unspaced(headings[0])) or len(paras) < 2:
        return None
    if not (ends_sentence(paras[0]) or paras[0].endswith(("）", ")"))):
        return None
    end = 2 if _photo_credit(paras[1]) or _AGENCY_CREDIT.match(paras[1]) else 1
    return end if end < len(paras) and _title_like(paras[end]) else None


_QUESTION_TITLE = re.compile(r"^[^（(。；][^。；]{3,29}[？！]$")


def _titles_over_byline(paras: Sequence[str], j: int) -> int | None:
    """Where a run of one to three title-like lines from ``j`` ends, when a byline follows it (司法部负责人 /
    就《……》修订答记者问 / 本报记者  张  璁): a report's headings after a note in brackets that closes a document."""
    run = j
    while run < len(paras) - 1 and run - j < 3 and _title_like(paras[run]):
        run += 1
    return run if run > j and parse_byline_block(paras[run]) else None


def _explode(d: _Draft) -> list[_Draft]:
    """Cut a draft at each run of one to three title-like paragraphs after a finished sentence: each run is offered
    to the boundary model as the headings of a new article (a heading the labeler read as a short paragraph, or
    continued into the next block)."""
    paras, ids, pages = list(d.paragraphs), list(d.para_ids), list(d.para_pages)
    cuts: list[tuple[int, int, bool, bool | None]] = []  # headings from, to; joined; box (None: after a credit)
    j = 1
    if d.headings and d.headings[0].startswith(("（", "(")) and d.headings[-1].endswith(("）", ")")):
        # Under a note in brackets that closes a document (（2001年……公布  根据……修订）): a report's headings.
        if run := _titles_over_byline(paras, 0):
            cuts.append((0, run, False, False))
            j = run + 1
    while j < len(paras):
        # A sentence, a mailbox, a photo's credit or a guide item's page (第十一版) closes what stands before a title.
        last = paras[j - 1]
        closed = ends_sentence(last) or _mailbox_line(last) or _photo_credit(last) or _PAGE_REFERENCE.fullmatch(last)
        if not closed:
            if (
                j >= 2
                and j + 1 < len(paras)
                and ends_sentence(paras[j - 2])
                and len(paras[j - 1]) <= 80
                and _title_like(paras[j])
                and _AGENCY_LEAD.match(paras[j + 1])
            ):
                # A kicker set as an unfinished sentence (吉林西部不缺水……一项工程，让……变成了湿地) over a title and a
                # dateline: the next report's headings.
                cuts.append((j - 1, j + 1, False, False))
                j += 2
                continue
            if last.endswith(("）", ")")) and (run := _titles_over_byline(paras, j)):
                cuts.append((j, run, False, False))
                j = run + 1
                continue
            j += 1
            continue
        run = j
        while run < len(paras) - 1 and run - j < 3 and _title_like(paras[run]):
            run += 1
        if run == j and j + 1 < len(paras) and _QUESTION_TITLE.match(paras[j]) and parse_byline_block(paras[j + 1]):
            run = j + 1  # a title asking a question over a byline (台风预报难在哪？ / 本报记者  蒋雪鸿)
        joined = run - j < 3 and run in d.soft_joins
        if not joined and (run == j or run >= len(paras)):
            j += 1
            continue
        cuts.append((j, run, joined, False))
        j = run + 1
    # A page's staff credit (本版责编：X) heads a box of its own, with the lines under it (本版邮箱：…, 欢迎来稿……).
    for k in range(1, len(paras)):
        if _STAFF_CREDIT.match(paras[k]):
            cuts = [c for c in cuts if c[0] > k + 1 or c[1] < k] + [(k, k + 1, False, True)]
    # A layout credit (版式设计：X, 制图：X) is the last line of a feature: title lines after it open the next one.
    boxed = bool(d.headings) and bool(_STAFF_CREDIT.match(d.headings[0]))
    for k in range(0 if boxed else 1, len(paras) - 2):
        if _LAYOUT_CREDIT.match(paras[k]) and _title_like(paras[k + 1]):
            run = k + 1
            while run < len(paras) - 1 and run - k <= 2 and _title_like(paras[run]):
                run += 1
            cuts = [c for c in cuts if c[0] > run or c[1] < k or c[3] is True] + [(k + 1, run, False, None)]
    caption_end = _photo_box_caption_end(d.headings, paras)
    if caption_end is not None:
        run = caption_end
        while run < len(paras) - 1 and run - caption_end < 3 and _title_like(paras[run]):
            run += 1
        if run > caption_end:
            cuts = [c for c in cuts if c[1] < caption_end or c[0] >= run] + [(caption_end, run, False, False)]
    photo = _photo_item_at(paras, d.soft_joins)
    if photo is not None:
        cuts = [c for c in cuts if c[1] < photo[0]] + [(*photo, False)]
    if not cuts:
        return [d]
    cuts.sort()
    del d.paragraphs[cuts[0][0] :], d.para_ids[cuts[0][0] :], d.para_pages[cuts[0][0] :]
    parts = [d]
    for k, (j, run, joined, box) in enumerate(cuts):
        stop = cuts[k + 1][0] if k + 1 < len(cuts) else len(paras)
        page, page_name = pages[j] if j < run else pages[run]
        new = _Draft(paras[j:run], page, page_name, start=ids[j], proposed=True, head_ids=ids[j:run], box=box is True)
        new.after_credit = box is None
        new.photo_item = photo is not None and j == photo[0]
        new.after_photo = j == caption_end
        # A title asking a question over a byline: the byline stands right under the headings.
        new.byline_block = run == j + 1 and bool(_QUESTION_TITLE.match(paras[j])) and run < len(paras)
        new.paragraphs, new.para_ids, new.para_pages = paras[run:stop], ids[run:stop], pages[run:stop]
        if joined:
            cut, label_id, margin = d.soft_joins[run]
            new.headings.append(paras[run][:cut])
            new.head_ids.append(ids[run])
            new.paragraphs[0] = paras[run][cut:]
            new.para_ids[0] = label_id
            new.joined_margin = margin
        parts.append(new)
    return parts


# A credit's role, then a colon or a gap before the name (版式设计：X, 版式设计  X).
_CREDIT_GAP = r"(?:[：:]|[ \u3000\u00a0]+\S)"
_LAYOUT_ROLES = "版式设计|制图"
_LAYOUT_CREDIT = re.compile(rf"^(?:{_LAYOUT_ROLES}){_CREDIT_GAP}")
# The other lines of a page's staff box.
_BOX_CREDIT = re.compile(rf"^(?:{_LAYOUT_ROLES}|本期统筹|本版摄影|本版邮箱|电子信箱){_CREDIT_GAP}")


def _staff_credits_into_text(d: _Draft) -> list[int]:
    """A page's staff box the labeler headed with all its credit lines (本版责编  X / 版式设计  Y) keeps the first as
    its heading and the others as its text, so a title under them opens the next article; the lines moved."""
    if len(d.headings) < 2 or len(d.head_ids) != len(d.headings) or not _STAFF_CREDIT.match(d.headings[0]):
        return []
    if not all(_BOX_CREDIT.match(h) for h in d.headings[1:]) or d.first_joins:
        return []
    if len(d.para_ids) != len(d.paragraphs) or len(d.para_pages) != len(d.paragraphs):
        return []
    moved, ids = d.headings[1:], d.head_ids[1:]
    d.headings, d.head_ids = d.headings[:1], d.head_ids[:1]
    d.paragraphs[:0] = moved
    d.para_ids[:0] = ids
    d.para_pages[:0] = [(d.page, d.page_name)] * len(moved)
    d.soft_joins = {n + len(moved): v for n, v in d.soft_joins.items()}
    return ids


_STAFF_CREDIT = re.compile(r"^(?:本版责编|本版编辑|责任编辑|本版主编)[：:\s\u3000\u00a0]")
_QA_TURN = re.compile(r"^(?:[^：:，。]{0,12}记者|问|答|主持人)[：:]")
_BARE_NUMBER = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、?)$")
_SECTION_NUMBER = re.compile(r"^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])")

# The labeler's own article starts are merged only on clear evidence; short lines it kept in a body open an article
# when the model says so (tuned on the held-out issues of both corpora).
# A dateline (本报北京2月19日电, 新华社新加坡5月31日电) opens a report: no subhead inside a text is followed by one.
# Wire copy the paper rewrote is credited so too, with its place and date (据新华社伦敦6月15日电; not 据新华社电).
_AGENCY_LEAD = re.compile(r"^(?:(?:本报|新华社|中新社)[^，。：:]{0,24}|据(?:本报|新华社|中新社)[^，。：:]{0,20}\d日)电")

# A writer's credit (（作者为……）, （作者单位：……）, （本报记者X整理）) is the last line of a signed piece.
_WRITER_CREDIT = re.compile(
    r"^[（(](?:作者|本文作者|摘自|本系列[^（）()]{0,12}结束|本报记者[^（）()]{2,60}[）)]$|[^（）()]{0,60}整理[）)]$)"
)
# A box or a section inside a feature is set under a label: 延伸阅读, 记者手记, 编辑手记, 荐书人语, 案例一, ■…
_BOX_LABEL = re.compile(
    r"^(?:[■□●◆▲★]|(?:延伸|相关|背景)?(?:阅读|链接)|小贴士|专家点评|[^，。]{0,4}(?:手记|人语|点评)$|编后|短评|案例[一二三四五六七八九十\d])"
)


def _after_signed_piece(prev: _Draft, d: _Draft, seg: Segment) -> bool:
    """A signed piece (its text ends on the writer's credit) is whole: a title under it opens the next article, unless
    the piece is one of a collection (its text opened on its own title, 中国各个地方都散发着前进的活力), the title is a
    box's label (延伸阅读) or a writer's name or byline stands under it (a section of a feature)."""
    if not prev.paragraphs or not _WRITER_CREDIT.match(prev.paragraphs[-1]):
        return False
    p0 = prev.paragraphs[0]
    if len(prev.paragraphs) > 1 and len(p0) <= 30 and not ends_sentence(p0) and p0 != "内容提要":
        return False
    head = _unspaced(d.headings[0])
    if _BOX_LABEL.match(head) or (len(d.headings) > 1 and len(head) <= 4) or _lead_kind(seg) != "plain":
        return False
    if any(h.endswith("——") for h in d.headings):
        return False  # a speaker's kicker (快递员包继鹏——): one more voice of a feature
    return not any(_EDITOR_NOTE.search(p) or p.startswith("编者按") for p in prev.paragraphs[:6])


def _bracketed_byline_under(prev: _Draft, seg: Segment) -> bool:
    """A title over a byline in brackets on a line of its own (春耕备耕正当时 / (见习记者 赵六)), after a finished text
    that is no column of news in brief: a report as local papers set one; no subhead inside a text carries a byline."""
    if not seg.paragraphs or len(seg.paragraphs) < 2 or not prev.paragraphs or not ends_sentence(prev.paragraphs[-1]):
        return False
    return parse_bracketed_byline(seg.paragraphs[0]) is not None and not _roundup_shape(prev)


def _roundup_shape(d: _Draft) -> bool:
    """A column of short reports under one label (环球扫描, 2019春运一线, 数读): its text opens on an item's title."""
    if any(_ROUNDUP_LABEL.match(_unspaced(h)) for h in d.headings):
        return True
    short_label = bool(d.headings) and max(len(_unspaced(h)) for h in d.headings) <= 10
    return short_label and len(d.paragraphs) > 1 and len(d.paragraphs[0]) <= 30 and not ends_sentence(d.paragraphs[0])


_MERGE_BELOW = -4.0
_SPLIT_ABOVE = 0.0


def _flush_layout(labels: Sequence[Label]) -> bool:
    """An issue set without indents, as the labeler reads it.  There the same cues mean other things (a flush page of
    short reports reads like a feature's subheads), so the boundary model weighs each cue again, as ``flush|cue``,
    for such issues."""
    return not indented_layout([lab.block for lab in labels])


def _boundary_cues(feats: list[str], flush: bool) -> list[str]:
    return feats + ["flush|" + f for f in feats] if flush else feats


def _merge_subheads(
    drafts: list[_Draft], labels: list[Label], decide: Callable[[_Draft, list[str]], bool] | None = None
) -> list[_Draft]:
    """Weigh every article start as a whole: fold articles whose headings read as an in-body subhead back into the
    article before (``精准立法——`` / ``为城市转型发展……``: the heading lines become paragraphs, as printed), and
    open an article at a run of short lines the labeler kept in a body when the model reads them as headings.

    ``decide(draft, feats)`` overrides the model (training walks the truth's choices); it returns True to keep.
    """
    weights = load_boundary_weights()
    if not weights and decide is None:
        return drafts
    reasons: dict[int, str] = {}
    for d in drafts:
        for i in _staff_credits_into_text(d):
            reasons[i] = "paragraph: a credit line of the page's staff box"
    candidates = [part for d in drafts for part in _explode(d)]
    flush = _flush_layout(labels)
    out: list[_Draft] = []
    on_page = 0
    for ci, d in enumerate(candidates):
        prev = out[-1] if out else None
        if prev is None:
            out.append(d)
            on_page = 1
            continue
        if d.page != prev.page:
            on_page = 0
        for i in _give_back_document_lines(prev, d):
            reasons[i] = "paragraph: a list line of the document before, not the next article's kicker"
        seg = _segment(d)
        if d.photo_item:
            keep, why = True, "a photo item: a title over its caption and the photographer's credit"
        elif d.after_photo:
            keep, why = True, "the photo report above holds one photo's caption: its text ends there"
        elif d.headings and _BOX_TITLE.match(_unspaced(d.headings[0])):
            # A box set beside a report (延伸阅读, 相关链接, 记者手记) is part of it, however it is headed.
            keep, why = False, "a box of the article above (延伸阅读, 链接, 记者手记), not an article"
        elif _umbrella_section(prev, d, labels):
            # A series title over its sections, each with its own kicker (武汉肺科医院呼吸科主任杜荣辉——), title and byline.
            keep, why = False, "a section of the series above: its kicker and title repeat the first section's shape"
        elif _sibling_essay(prev, d, labels):
            # Essays under one title, each with its own title and writer (找到火种 / 陶  勇): the first one's title and
            # name were read as text of the feature, so the others are sections of it too.
            keep, why = False, "a section with its title and writer, shaped like one already in the feature"
        elif _column_piece(prev, d, labels):
            # Pieces gathered under a column's name (纵横 / 教育“留白”不会白留 / 孟亚生 / … （摘编自……）), each with
            # its own title and writer: the column is one article.
            keep, why = False, "a piece under the column's name above, with its title and writer like the first"
        elif d.byline_block and _repeats_section(prev, d, seg) and _byline_back(d, labels):
            keep, why = False, "its heading lines are set like a section already inside the article above"
        elif _signed_section(prev, d, candidates[ci + 1 :]) and _byline_back(d, labels):
            keep, why = False, "a signed section of the feature above, set like its other sections"
        elif not d.headings or d.byline_block or not prev.headings:
            keep, why = True, None
        elif (moved := _summary_under(d)) is not None:
            keep, why = True, "a summary's label (核心阅读) opens the text under them: a report's headings"
            for i in moved:
                reasons[i] = f"heading: {why}"
        elif d.box or _STAFF_CREDIT.match(d.headings[0]):
            keep, why = True, "a page's staff credit heads a box of its own"
        elif _call_for_contributions(d):
            keep, why = True, "a call for contributions (欢迎赐稿, 征集, ending on a mailbox) is a box of its own"
        elif d.after_credit or (
            d.page == prev.page and prev.paragraphs and _LAYOUT_CREDIT.match(prev.paragraphs[-1]) and not d.proposed
        ):
            keep, why = True, "the article before ends on its layout credit"
        elif all(_DATE_ONLY.match(h) or _DOCUMENT_END.match(h) for h in d.headings):
            # A letter's date (2026年5月30日) and a sign-off (（新华社北京5月31日电）) close a text; they head none.
            keep, why = False, "a date or a sign-off, not a heading"
        elif d.headings[0][0] in "（(" and leaves_open(d.headings[0]):
            # A bracketed note broken over lines (（2001年……公布  根据《……〈 / ……〉的决定》修订）) closes a text.
            keep, why = False, "a note in brackets running on below, not a heading"
        elif prev.paragraphs and _BARE_NUMBER.match(_unspaced(prev.paragraphs[-1])) and not d.after_page:
            # A section's number set on a line of its own (（一）, 二) and its title under it: a section, not an article.
            keep, why = False, "a section's title under its number"
        elif any(_SECTION_NUMBER.match(h) for h in d.headings) or _BARE_NUMBER.match(_unspaced(d.headings[0])):
            # A numbered section head (一、…, （二）…) divides a document or a long report; no heading opens so.
            keep, why = False, "a numbered section head"
        elif _QA_TURN.match(d.headings[0]):
            # A turn of an interview or a press conference (问：…, 澎湃新闻记者：…) is text, cut short by a break.
            keep, why = False, "a question or an answer of an interview"
            if len(d.headings) == 1 and not ends_sentence(d.headings[0]) and d.joined_margin is None:
                d.joined_margin = 0.0  # the turn runs on into the block under it
        elif not d.proposed and _lead_kind(seg) in ("byline", "dateline"):
            # An article whose body opens with a byline or a dateline is a new report, even in a round-up.
            keep, why = True, "its body opens with a dateline or byline"
        elif (
            d.proposed
            and _lead_kind(seg) == "dateline"
            and _AGENCY_LEAD.match(seg.paragraphs[0])
            and not _roundup_shape(prev)
        ):
            keep, why = True, "the text under the short lines opens on a news agency's dateline"
        elif d.proposed and _bracketed_byline_under(prev, seg):
            keep, why = True, "a title over a byline in brackets, as local papers set a report's, after a finished text"
        elif _after_signed_piece(prev, d, seg):
            keep, why = True, "the piece above ends on its writer's credit"
        elif d.proposed and _lone_signed_report(prev, d, candidates[ci + 1 : ci + 4]):
            keep, why = True, "a kicker and title over a byline, with no signed section above or set like it after"
        elif d.proposed and _signed_news_report(prev, d):
            keep, why = True, "a news title over a byline, after a report signed at its top: reports in a row"
        elif d.proposed and _after_signed_report(prev, d, candidates[ci + 1 : ci + 4]):
            keep, why = True, "a title over another writer's name, after a whole report signed at its top"
        elif _FORMAL_TITLE.match(_unspaced(max(d.headings, key=len))):
            # A document printed in full opens under its own title (……联合声明, ……条例), even with no page break.
            keep, why = True, "a document's title"
        elif _column_headline(d):
            keep, why = True, "a headline with its column's name"
        elif _inside_digest(prev, d, seg):
            keep, why = False, "a contribution to the digest of speeches above (发言摘编), not an article"
        elif _inside_document(prev, d, seg):
            keep, why = False, "a line of a document printed in full (its title reads as one), not a heading"
        elif _repeats_section(prev, d, seg):
            keep, why = False, "its heading lines are set like a section already inside the article above"
        elif _repeats_opening(prev, d):
            keep, why = (
                False,
                "a section's title over its subject (……——), set like one already inside the article above",
            )
        else:
            nxt = next((_segment(c) for c in candidates[ci + 1 : ci + 4] if c.headings and c.page == d.page), None)
            title = max(prev.headings, key=len)
            feats = boundary_features(_segment(prev), seg, _lead_kind(_segment(prev)), on_page, d.proposed, nxt, title)
            feats = _boundary_cues(feats, flush)
            if decide is not None:
                keep, why = decide(d, feats), None
            else:
                s = boundary_score(feats, weights)
                cues = ", ".join(f"{f} {w:+.1f}" for f, w in top_cues(feats, weights))
                bar = _SPLIT_ABOVE if d.proposed else _MERGE_BELOW
                lone = _lone_subhead(prev, d, seg, candidates[ci + 1 : ci + 2])
                keep, why = s >= bar - (_LONE_BONUS if lone else 0.0), f"boundary score {s:+.1f}: {cues}"
                if lone and s < bar:
                    why += f"; the bar is {_LONE_BONUS:.0f} lower: a lone title after a long text with no subheads"
        if keep:
            out.append(d)
            on_page += 1
            if d.proposed:
                for i in d.head_ids:
                    reasons[i] = "heading: a short line read as a heading" + (f" ({why})" if why else "")
                if d.joined_margin is not None:
                    reasons[d.para_ids[0]] = "paragraph: the text under a heading, not its continuation"

            elif why is not None and d.head_ids:
                reasons[d.head_ids[0]] = labels[d.head_ids[0]].reason + f"; kept as a new article ({why})"
        else:
            _fold(prev, d)
            for i in d.head_ids:
                what = "short lines weighed as headings, kept in the body" if d.proposed else "an in-body subhead"
                reasons[i] = f"paragraph: {what}, not a new article" + (f" ({why})" if why else "")
    _renumber(out, labels, reasons)
    return out


# A box's label that never heads an article of its own (a narrower set than _BOX_LABEL's, which marks sections too).
_BOX_TITLE = re.compile(r"^(?:延伸阅读|相关阅读|相关链接|背景链接|知识链接|链接|记者手记|采访手记|编后|编后语|短评)$")


# The title of a document printed in full: a law or a regulation, a notice, a decision, a list of names, a joint
# statement (中华人民共和国监狱法, 关于全国“两优一先”拟表彰对象的公示, ……获奖学生代表名录, ……联合声明).
_DOC_KIND = (
    "条例|公示|名录|名单|书目|联合声明|联合公报|公报|白皮书|公告|宣言|细则|章程"
    "|法|决定|意见|规定|办法|计划|规划|纲要|通知|决议|声明"
)
_DOCUMENT_TITLE = re.compile(
    rf"^(?:(?:.*关于|中华人民共和国|中共中央|国务院|全国人民代表大会|中国共产党|国家).*(?:{_DOC_KIND})"
    rf"|.*(?:条例|公示|名录|名单|书目|联合声明|联合公报|公报|白皮书|公告|宣言|细则|章程))"
    rf"(?:[（(][^（）()]{{1,20}}[）)])?$"
)
# A title no report or subhead takes: an issuer's document 关于 a matter, or a joint statement.
_FORMAL_TITLE = re.compile(
    rf"^(?:(?:中华人民共和国|中共中央|国务院|全国人民代表大会)[^，。：]*关于[^，。：]*(?:{_DOC_KIND})"
    rf"|[^，。：]{{4,}}(?:联合声明|联合公报))(?:[（(][^（）()]{{1,20}}[）)])?$"
)
_NEWS_VERB = re.compile(r"出台|印发|发布|公布|签署|审议|召开|举行|推出|启动|通过")
_DOC_NUMBER = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,6}号$")  # 主席令  第四十五号, ［十三届］第十号
# A document ends on its sign-off: the wire's (（新华社北京5月20日电）) or its date (（二〇二五年十月二十九日）).
_DOCUMENT_END = re.compile(r"^[（(](?:[^（）()]{0,20}电|[〇零一二三四五六七八九十\d]{4}年[^（）()]{1,8}日)[）)]$")
_PHOTO_CREDIT = re.compile(r"(?:摄|供图)(?:（[^（）]{1,12}）)?$")


def is_document_title(text: str) -> bool:
    """A document's own title, not a report on one (内蒙古自治区人大常委会出台乌兰牧骑条例, 三部门印发通知)."""
    bare = _unspaced(text)
    return _DOCUMENT_TITLE.match(bare) is not None and _NEWS_VERB.search(bare) is None


def _list_runs_on(prev: _Draft, d: _Draft) -> bool:
    """A list of names runs on over the rest of an entry cut by a break (……支队 / 指挥员、大队级正职): entries before
    the line and entries, or a province's label, after it."""
    before = prev.paragraphs[-2:]
    return (
        any(_LIST_ENTRY.match(p) for p in before)
        and bool(d.paragraphs)
        and (_LIST_ENTRY.match(d.paragraphs[0]) is not None or _document_line(d.paragraphs[0]))
    )


def _inside_document(prev: _Draft, d: _Draft, seg: Segment) -> bool:
    """Whether ``d`` opens inside a document printed in full (a law's chapters, a notice's list of names under a
    province): the document runs on over its short unpunctuated lines until its sign-off, a page header, or an article
    that opens like a report (a dateline, a byline), a photo with its credit, or another document's title."""
    # A report on a document (新华社北京1月28日电  近日，中共中央印发了《……通知》) is news, not the document.
    if not d.headings or not _open_document(prev, d):
        return False
    if _lead_kind(seg) in ("byline", "dateline") or any(is_document_title(h) for h in d.headings):
        return False
    if not (all(_document_line(h) for h in d.headings) or _LIST_ENTRY.match(d.headings[0]) or _list_runs_on(prev, d)):
        return False  # (a list entry cut by a break, 刘  源  重庆长安汽车股份有 / 限公司……, is the list's still)
    # A photo with its caption (图为……, X摄) is an item of its own under the document.
    photo = d.paragraphs and (_PHOTO_CREDIT.search(d.paragraphs[-1]) or d.paragraphs[-1].startswith("图为"))
    photo = photo or any(_PHOTO_BOX.match(_unspaced(h)) for h in d.headings)
    return not (photo and len(d.paragraphs) <= 3)


_DOC_SECTION = re.compile(
    r"^(?:第[一二三四五六七八九十百零〇\d]{1,5}[章节编条部分]|[一二三四五六七八九十]{1,3}$|[一二三四五六七八九十]{1,3}、|"
    r"[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、]|——)"
)
_NOT_SPACE = "[^ \u3000\u00a0]"
# A name (two or three characters, or two padded to three: 姜  涛) and a wide gap before or after it (a list of
# names and posts, a signature: 中华人民共和国主席  习近平), or a gap of three or more (a signature table).
_NAME = rf"(?:{_NOT_SPACE}{{2,3}}|{_NOT_SPACE}{_SPACES}{{1,2}}{_NOT_SPACE})"
_GAPPED = re.compile(rf"^{_NAME}{_SPACES}{{2,}}|{_SPACES}{{2,}}{_NAME}$|{_SPACES}{{3,}}")
# A list's entry: a name (with a note: 韩  阳（女）), a wide gap, then the post.
_LIST_ENTRY = re.compile(rf"^{_NAME}(?:[（(][^（）()]{{1,10}}[）)])?{_SPACES}{{2,}}[^ \u3000\u00a0]")
_FOREIGN_NAME = re.compile(r"^[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff·]{1,12}$")  # 阿热孜古丽·吾斯曼
# Two phrases side by side (风雨无阻 奋勇前行): how headlines are set, not a document's lines.
_TWO_PHRASES = re.compile(rf"[\u4e00-\u9fff“”]{{3,}}{_SPACES}{{1,2}}[\u4e00-\u9fff“”]{{3,}}")


# A headline set with its column's name in brackets (抗疫情保民生两手抓（多棱镜）): a short label, no digits.
_COLUMN_HEADLINE = re.compile(r"^[^（）()：:]{6,40}[（(][\u4e00-\u9fff·“”]{2,8}[）)]$")
# Bracketed notes that are not a column's name: a section of the text (记者手记, 编后), a work's genre (中国画).
# Nor a box inside a feature (链接, 延伸阅读, 把脉), nor a gloss on a quoted word (“瓦吉瓦”（好得很）).
_NOT_A_COLUMN = re.compile(
    r"手记|编后|摘编|选摘|试行|节选|中国画|油画|书法|国画|段）|篇）|代表（|委员（|^——"
    r"|链接|延伸阅读|把脉|背景|小贴士|点评|”[（(]"
)

_OPEN_BRACKET = re.compile(r"[（(]")


def _column_headline(d: _Draft) -> bool:
    """Whether a run of heading lines ends on a headline with its column's name: such a headline heads an article;
    a subhead inside a text is not set with a column's name."""
    if not 1 <= len(d.headings) <= 2 or len(d.head_ids) != len(d.headings):
        return False
    if any(h[0] in "★☆●■◆▲" for h in d.headings):
        return False  # items of a list (★哈尔滨市……巾帼团队（女职工集体）)
    line = _unspaced(d.headings[-1])
    if _FOREIGN_NAME.match(_OPEN_BRACKET.split(line, maxsplit=1)[0]):
        return False  # a writer's name and country (菲利克斯·达帕雷·达科拉（加纳）), not a headline with its column
    return _COLUMN_HEADLINE.match(line) is not None and _NOT_A_COLUMN.search(line) is None


_EDITOR_NOTE = re.compile(rf"——{_SPACES}*编{_SPACES}*者$|^[（(]编{_SPACES}*者[）)]$")


# A digest of a meeting's speeches or a report's excerpts printed as one article (……发言摘编, ……（摘登）).
_DIGEST = re.compile(r"发言摘编|发言摘要|[（(]摘登[）)]")


_CONTRIBUTOR = re.compile(
    rf"^(?:[\u4e00-\u9fff]{{2,4}}|[\u4e00-\u9fff]{_SPACES}{{1,2}}[\u4e00-\u9fff]|[\u4e00-\u9fff]{{1,6}}·[\u4e00-\u9fff·]{{1,10}})"
    r"[（(][^（）()]{2,30}[）)]$"
)


# A speaker's post and name set apart, the name of up to four characters (……党委书记  令狐彩桃).
_POST_NAME = re.compile(rf"[\u4e00-\u9fff）)]{_SPACES}{{2,}}[\u4e00-\u9fff]{{2,4}}$")


def _inside_digest(prev: _Draft, d: _Draft, seg: Segment) -> bool:
    """Whether ``d`` is a contribution to a digest of speeches: its title and the speaker's post and name run on
    until the page ends or a report (a dateline, a byline) or a column's piece begins."""
    if d.page != prev.page or d.after_page or not prev.headings or not d.headings:
        return False
    if _lead_kind(seg) in ("byline", "dateline") or _column_headline(d):
        return False
    lines = [*d.headings, *d.paragraphs[:1]]
    if any(_DIGEST.search(h) for h in prev.headings):
        # A contribution names its speaker: post and name set apart (中央党校……副校长  李文堂).
        return any(_GAPPED.search(line) or _POST_NAME.search(line) or _CONTRIBUTOR.match(line) for line in lines)
    # Messages an editor's note presents (编者按：……), each signed with a name and a post: 扎西达娃（西藏作协主席）.
    note = any(p.startswith("编者按") or _EDITOR_NOTE.search(p) for p in prev.paragraphs[:6])
    return note and any(_CONTRIBUTOR.match(h) for h in d.headings)


def _headings_into_text(d: _Draft) -> list[int]:
    """The heading lines under the first become the first paragraphs, as printed; their label indexes."""
    lines, ids = d.headings[1:], d.head_ids[1:]
    del d.headings[1:], d.head_ids[1:]
    d.paragraphs[:0] = lines
    d.para_ids[:0] = ids
    d.para_pages[:0] = [(d.page, d.page_name)] * len(lines)
    d.first_joins = []
    return ids


def _digest_first_section(d: _Draft, labels: list[Label]) -> None:
    """The first contribution's title under a digest's headline (……发言摘编 / 运用“古今中外法”……) is text."""
    if len(d.headings) < 2 or len(d.head_ids) != len(d.headings) or not _DIGEST.search(d.headings[0]):
        return
    if d.headings[1].startswith(("——", "（", "(")):
        return
    for i in _headings_into_text(d):
        labels[i] = Label(
            labels[i].block, "paragraph", "a contribution's title under a digest's headline", labels[i].article
        )


def _byline_back(d: _Draft, labels: list[Label]) -> bool:
    """Put a byline right under the headings back as the last heading line (it becomes a paragraph when folded)."""
    if not d.byline_block or d.byline is None:
        return True
    i = d.head_ids[-1] + 1
    if i >= len(labels) or labels[i].block.text != d.byline:
        return False
    d.headings.append(d.byline)
    d.head_ids.append(i)
    d.byline, d.reporters, d.byline_block = None, (), False
    return True


def _umbrella_section(prev: _Draft, d: _Draft, labels: list[Label]) -> bool:
    """Whether ``d`` (a kicker ending with —— and a title) is a section of a series printed under one title whose
    first section's kicker and title sit under it (全力奋战 英勇奋战 团结奋战 / 武汉肺科医院呼吸科主任杜荣辉—— /
    医院里最忙的人 / 本报记者 程远州).  The series title alone is the headline: the first section's lines and byline
    become paragraphs, as the later sections' do."""
    if len(d.headings) != 2 or len(d.head_ids) != 2 or d.page != prev.page or d.after_page or not d.byline_block:
        return False
    if not d.headings[0].endswith("——") or not _title_like(d.headings[1]) or d.headings[1].endswith(("）", ")")):
        return False
    umbrella = len(prev.headings) == 3 and prev.headings[1].endswith("——") and not prev.headings[0].endswith("——")
    if umbrella and len(prev.head_ids) == 3:
        if not _byline_back(prev, labels) or not _byline_back(d, labels):
            return False
        for i in _headings_into_text(prev):
            labels[i] = Label(labels[i].block, "paragraph", "the first section's lines under a series title", 0)
        return True
    # A later section: the series already holds a section opening on a kicker ending with ——.
    if len(prev.headings) != 1 or not any(
        p.endswith("——") and len(p) <= 40 and _title_like(q)
        for p, q in zip(prev.paragraphs[:3], prev.paragraphs[1:4], strict=False)
    ):
        return False
    return _byline_back(d, labels)


def _sibling_essay(prev: _Draft, d: _Draft, labels: list[Label]) -> bool:
    """Whether ``d`` (one or two title lines and a writer's or reporter's line under them) repeats the shape of a
    section already in ``prev`` after its editor's note (重新做一个草原上的男孩 / 高洪波, 零下40多摄氏度，南极秦岭站 /
    严寒极地，填补观测空白 / 本报记者  刘诗瑶); if so the byline becomes a paragraph again, as printed."""
    n = len(d.headings)
    if not d.byline_block or d.byline is None or not 1 <= n <= 2 or len(d.head_ids) != n:
        return False
    if d.page != prev.page or d.after_page or not all(map(_title_like, d.headings)):
        return False
    if d.headings[-1].endswith(("）", ")")):
        return False  # a piece under a column's name or a box (（一捧书香）, （编辑手记）) stands on its own
    names = parse_signature(d.byline) is not None
    if not names and (n != 2 or parse_byline_block(d.byline) is None):
        return False

    def same_kind(line: str) -> bool:
        return parse_signature(line) is not None if names else parse_byline_block(line) is not None

    paras = prev.paragraphs
    # The feature opens on an editor's note signed ——编者 that presents the pieces under it.
    note = next((k for k, p in enumerate(paras[:6]) if _EDITOR_NOTE.search(p)), None)
    if note is None or not any(
        all(_title_like(t) for t in paras[k : k + n]) and same_kind(paras[k + n])
        for k in range(note + 1, len(paras) - n - 1)
    ):
        return False
    return _byline_back(d, labels)


_COLUMN_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_BRACKETED = re.compile(r"^[（(][^（）()]+[）)]$")


def _column_piece(prev: _Draft, d: _Draft, labels: list[Label]) -> bool:
    """Whether ``d`` (a title and a writer under it) is the next piece of a column set under a short name of its own
    (纵横 / title / writer / text / （摘编自……）): the piece before ends on a bracketed credit, and the column's first
    piece has the same shape.  If so the first piece's title and writer become text, as printed, and so do ``d``'s."""
    if d.page != prev.page or d.after_page or not prev.paragraphs or not _BRACKETED.match(prev.paragraphs[-1]):
        return False
    if len(d.headings) != 1 or len(d.head_ids) != 1 or not _title_like(d.headings[0]) or _column_headline(d):
        return False
    if not parse_signature(_writer_under(d)):
        return False
    if not prev.headings or not _COLUMN_LABEL.match(prev.headings[0]) or _CREDIT_LINE.search(prev.headings[0]):
        return False  # a name padded with spaces, a credit (郅  言文) is no column's name
    if any(h.endswith(("）", ")")) for h in (d.headings[0], prev.headings[-1])):
        return False  # a piece under its own column's name (为AI夜校点赞（纵横）) stands on its own
    if len(prev.headings) == 1:
        # Later pieces: the column already holds one set so.
        if ("title", "name") not in prev.sections:
            return False
    elif len(prev.headings) == 2 and len(prev.head_ids) == 2:
        if not parse_signature(_writer_under(prev)) or not _title_like(prev.headings[1]):
            return False
        if not _byline_back(prev, labels):
            return False
        for i in _headings_into_text(prev):
            labels[i] = Label(
                labels[i].block, "paragraph", "the first piece's title and writer under a column's name", 0
            )
        prev.sections.append(("title", "name"))
    else:
        return False
    return _byline_back(d, labels)


# A report may open on a summary under a label of its own, right under the headings (核心阅读, 内容提要).
_SUMMARY_LABEL = re.compile(rf"^(?:核心阅读|内容提要|编者按){_SPACES}*[：:]?$")


def _summary_under(d: _Draft) -> list[int] | None:
    """Whether a summary's label opens ``d``'s text (核心阅读 / ……), stands as its last heading line, or stands
    right under a title line it holds as text; the headings are set so (the label is text, the title a heading).
    Returns the label indices that became heading lines, or None if there is no such label."""
    if len(d.head_ids) != len(d.headings) or len(d.para_ids) != len(d.paragraphs):
        return None
    if any(_CREDIT_LINE.search(h) for h in d.headings):
        return None  # an editor's note signed ——编  者 closes the text above, it heads nothing
    if len(d.headings) >= 2 and _SUMMARY_LABEL.match(d.headings[-1]) and d.paragraphs:
        d.paragraphs.insert(0, d.headings.pop())
        d.para_ids.insert(0, d.head_ids.pop())
        d.para_pages.insert(0, (d.page, d.page_name))
        d.joined_margin = None
        return []
    if d.paragraphs and _SUMMARY_LABEL.match(d.paragraphs[0]):
        return []
    if len(d.paragraphs) >= 2 and len(d.headings) < 3 and _SUMMARY_LABEL.match(d.paragraphs[1]):
        if not _title_like(d.paragraphs[0]):
            return None
        d.headings.append(d.paragraphs.pop(0))
        d.head_ids.append(d.para_ids.pop(0))
        d.para_pages.pop(0)
        d.joined_margin = None
        return [d.head_ids[-1]]
    return None


def _writer_under(d: _Draft) -> str:
    """The line under a draft's headings that may name its writer: the byline set there, or its first paragraph."""
    if d.byline_block and d.byline is not None:
        return d.byline
    return d.paragraphs[0] if len(d.paragraphs) > 1 and d.byline is None else ""


def _open_document(prev: _Draft, d: _Draft) -> bool:
    """Whether ``prev`` is a document printed in full that has not ended (no sign-off, no page header before ``d``)."""
    if d.page != prev.page or d.after_page or not prev.paragraphs or not prev.headings:
        return False
    if not is_document_title(prev.headings[0]) or _DOCUMENT_END.match(prev.paragraphs[-1]):
        return False
    return prev.byline is None and _lead_kind(_segment(prev)) not in ("byline", "dateline")


def _give_back_document_lines(prev: _Draft, d: _Draft) -> list[int]:
    """A list line of a document (龙  兵  湖南省……) read as the kicker of a report after it (its text opens with a
    dateline or a byline) goes back to the document; returns the label indices moved."""
    moved: list[int] = []
    if len(d.headings) < 2 or len(d.head_ids) != len(d.headings) or not _open_document(prev, d):
        return moved
    if _lead_kind(_segment(d)) not in ("byline", "dateline"):
        return moved  # not a report under it: the document's lines stay together (a break may have cut one)
    while len(d.headings) > 1 and (_GAPPED.search(d.headings[0]) or _DOC_SECTION.match(d.headings[0])):
        prev.paragraphs.append(d.headings.pop(0))
        moved.append(d.head_ids.pop(0))
        prev.para_ids.append(moved[-1])
        prev.para_pages.append((d.page, d.page_name))
    if moved:
        d.start = d.head_ids[0]
        d.stolen_kicker = False
    return moved


def _document_line(text: str) -> bool:
    """A short line a document sets on its own: a chapter or a section (第一章  总  则, 第二节, 四), a bullet (——),
    a label or a name (湖南, 目  录, 苑克花), a contact line (电话：…), a date, or a list line padded with spaces
    (姜  涛  中国人民解放军……, 习近平             弗·弗·普京).  A headline is a phrase longer than these."""
    if _DOC_SECTION.match(text) is not None or _GAPPED.search(text) is not None or _FOREIGN_NAME.match(text):
        return True
    bare = _unspaced(text)
    return not _TWO_PHRASES.search(text) and (
        len(bare) <= 8
        or _DOC_SECTION.match(text) is not None
        or "：" in text
        or _DATE_ONLY.match(text) is not None
        or _GAPPED.search(text) is not None
    )


# A post and the name right after it, with no gap (中船集团……首席技师朱先波, 广东省机械技师学院教师黄晓呈).
_POST_AND_NAME = re.compile(
    r"(?:技师|研究员|教师|教授|院士|主任|书记|校长|院长|局长|经理|董事长|工程师|医生|护士长|队长|所长|站长|代表|委员)"
    r"[\u4e00-\u9fff]{2,3}$"
)


def _heading_shape(text: str) -> str:
    """How a heading line is set: a kicker (……——), a subtitle (——……), a line ending on a bracket (a name and a
    country, a column), a name or a post set with gaps, or a plain title."""
    if text.endswith("——"):
        return "kicker"
    if text.startswith("——"):
        return "subtitle"
    if text.endswith(("）", ")")):
        return "bracket"
    if text.startswith("“") and text.endswith("”"):
        return "quote"
    if _GAPPED.search(text) or _FOREIGN_NAME.match(text) or parse_signature(text) or _POST_AND_NAME.search(text):
        return "name"
    return "title"


def _run_shape(lines: Sequence[str]) -> tuple[str, ...]:
    return tuple(_heading_shape(h) for h in lines)


def _repeats_section(prev: _Draft, d: _Draft, seg: Segment) -> bool:
    """Whether ``d``'s heading lines (two or more) are set like a run of lines already folded into ``prev`` as a
    section: a feature sets its sections alike (育良种、买设备，种粮劲头足—— / 政策增信为农业现代化提气, then
    一个人“种”四家地—— / 资金给养助力稳粮富农), so the next run of that shape is a section too.  Not when ``prev``'s own
    headings are set so: articles in a row set alike are siblings, and one wrongly folded must not pull in the next."""
    if not prev.sections or d.page != prev.page or d.after_page or len(d.headings) < 2:
        return False
    if len(d.head_ids) != len(d.headings) or _lead_kind(seg) != ("byline" if d.byline_block else "plain"):
        return False
    shape = _run_shape(d.headings)
    if not any(k in ("bracket", "name") for k in shape) and "quote" not in shape[1:]:
        # A kicker over a headline is how articles in a row are set too; a quote under a speaker's line or kicker, a
        # title over a name and post, are a feature's voices.
        return False
    # A folded run may hold a line more than its section's headings (the editor's note's ——编  者 above them, the
    # first words of the text under them): the shape is matched at either end.
    return shape != _run_shape(prev.headings) and any(
        folded[: len(shape)] == shape or folded[-len(shape) :] == shape for folded in prev.sections
    )


def _section_opening(title: str, under: str) -> bool:
    """A section's title over the line naming its subject, set as a kicker (最冷 / 内蒙古大兴安岭汗马国家级自然保护区——)."""
    title = _unspaced(title)
    return len(title) <= 20 and _title_like(title) and under.endswith("——") and len(under) <= 40


def _repeats_opening(prev: _Draft, d: _Draft) -> bool:
    """Whether ``d``, one title over a line naming its subject (最冷 / 内蒙古大兴安岭汗马国家级自然保护区——), repeats how a
    section inside ``prev``'s text opens (最高 / 珠穆朗玛峰国家级自然保护区——): a feature's sections set alike, the
    subject's line read as text. A report's headings set a kicker over the title, never a title over a kicker."""
    if d.page != prev.page or d.after_page or len(d.headings) != 1 or len(d.head_ids) != 1 or len(d.paragraphs) < 2:
        return False
    if not _section_opening(d.headings[0], d.paragraphs[0]):
        return False
    size = len(_unspaced(d.headings[0]))
    return any(
        _section_opening(a, b) and abs(len(_unspaced(a)) - size) <= 3
        for a, b in zip(prev.paragraphs, prev.paragraphs[1:], strict=False)
    )


_LONE_BONUS = 10.0  # how much lower the bar to open an article is for such a title (tuned on the even issues)
_LONE_MIN_PARAS = 6  # a text this long would have shown a subhead before, were it divided by subheads


def _lone_subhead(prev: _Draft, d: _Draft, seg: Segment, after: Sequence[_Draft]) -> bool:
    """Whether ``d``'s one title line would be the only subhead of the text above: a text is divided by several
    subheads or none, so a title after a long undivided text, with no further title in the text under it, opens the
    next article (an untagged commentary or feature after a report, 做科技交流的倡导者实践者)."""
    if len(d.headings) != 1 or len(d.head_ids) != 1 or d.page != prev.page or d.after_page:
        return False
    if d.joined_margin is not None or not _title_like(d.headings[0]):
        return False  # the first words of a paragraph cut by a break
    if prev.sections or len(prev.paragraphs) < _LONE_MIN_PARAS or len(d.paragraphs) < 2:
        return False
    if _lead_kind(seg) != "plain" or _BOX_LABEL.match(_unspaced(d.headings[0])):
        return False
    if any(_title_like(p) for p in prev.paragraphs[1:]):
        return False
    nxt = after[0] if after else None
    return nxt is None or nxt.page != d.page or nxt.after_page or not nxt.proposed


_INTRO_PARAS = 3  # a feature's intro under its title is a paragraph or two, and an editor's note's signature
_INTRO_CHARS = 500


def _section_marks(d: _Draft) -> tuple[str, ...]:
    """How a draft's heading lines are set, an editor's note's signature (——编  者) above them left out."""
    lines = d.headings[1:] if d.headings and _EDITOR_NOTE.search(d.headings[0]) else d.headings
    return tuple(_line_mark(h) for h in lines)


def _signed_under(d: _Draft) -> bool:
    """A byline right under the headings, on its own line (or the first line of a run the boundary step offers)."""
    if d.byline_block:
        return True
    return d.proposed and len(d.paragraphs) > 1 and parse_byline_block(d.paragraphs[0]) is not None


_FULL_REPORT = 10  # paragraphs of a whole report, longer than a feature's signed sections run


def _lone_signed_report(prev: _Draft, d: _Draft, after: Sequence[_Draft]) -> bool:
    """A kicker and a title over a byline (浙江持续完善…全链条生态 / 让青年愿意来，青春放光彩 / 本报记者  杨昊), after a
    finished text that holds no signed section and with none set like it next on the page: a report of its own.  A
    feature's signed sections come in a series: the first has the next set like it, later ones follow one already
    folded into the text above."""
    if len(d.headings) != 2 or not _signed_under(d) or d.page != prev.page:
        return False
    if d.headings[0].startswith(("——", "—")):
        return False  # an editor's sign-off closing the intro above (——编  者), then a section's title: no kicker
    if prev.series is not None or len(prev.paragraphs) < _FULL_REPORT or not ends_sentence(prev.paragraphs[-1]):
        return False  # (a short signed piece above may itself be a section of a series set like this one)
    if any(parse_byline_block(p) is not None for p in prev.paragraphs[1:]):
        return False
    return not any(c.page == d.page and len(c.headings) == 2 and _signed_under(c) for c in after)


def _names_under(d: _Draft) -> tuple[str, ...] | None:
    """The names on the line under a draft's headings when it is a byline (本报记者  王  珂) or a writer's signature, a
    bare name of two or three characters (刘志强, 阎  安) or a foreign one (尼基塔·伊里斯·里加); a box's label set
    there (记者手记) names nobody."""
    if len(d.paragraphs) < 2:
        return None
    first = d.paragraphs[0]
    if _BOX_LABEL.match(_unspaced(first).lstrip("■□●◆▲★")):
        return None
    reporters = parse_byline_block(first)
    if reporters:
        return tuple(r.name for r in reporters)
    names = parse_signature(first)
    if not names or not all(2 <= len(n) <= 3 or "·" in n for n in names):
        return None
    return tuple(names)


def _top_names(d: _Draft) -> set[str]:
    """Who signs a draft at its top: the labeler's byline line, or the first line of a run the boundary step opened."""
    if d.byline_block:
        return {r.name for r in d.reporters}
    return set(_names_under(d) or ()) if d.proposed else set()


def _signed_news_report(prev: _Draft, d: _Draft) -> bool:
    """A title that reports news (李强会见……, ……会议在京闭幕, 国务院印发《……》) over a byline line, after a report signed
    at its top, or after a whole report (ten paragraphs or more) with no subhead in it: the next of the reports a
    district paper runs down a page.  A feature's signed sections run under a title nobody signs, after an
    introduction or a section with its own subheads, and few of their titles report an event (一个苹果显本色)."""
    if not _signed_under(d) or not _NEWS_PREDICATE.search(max(d.headings, key=len)):
        return False
    return bool(_top_names(prev)) or (len(prev.paragraphs) >= _FULL_REPORT and not _subhead_runs(prev.paragraphs))


def _after_signed_report(prev: _Draft, d: _Draft, after: Sequence[_Draft]) -> bool:
    """A title over another writer's byline or name (稳舵驭舟显伟力 / 刘志强), after a whole report signed under its own
    headings (a byline there, or on the first line of a run the boundary step opened; ten paragraphs or more, no
    signed section in its text, its last sentence finished): a report of its own.  A feature's signed sections run
    under a title signed by nobody, so a report signed at its top holds none; and a series of signed runs next on the
    page is a feature's, unless the report above carries its column's name (……（记者手记）, ……（金台随感）): reports
    in a row, each whole."""
    if not 1 <= len(d.headings) <= 2 or d.page != prev.page or d.after_page:
        return False
    names = _names_under(d)
    top = _top_names(prev)
    if not names or not top:
        return False
    if len(prev.paragraphs) < _FULL_REPORT or not ends_sentence(prev.paragraphs[-1]):
        return False  # (a short signed piece above may itself be a section of a series)
    if set(names) & top or any(_names_line(p) for p in prev.paragraphs[1:]):
        return False  # the same writer again, or a signed section already in the text: a feature's sections
    if prev.headings and _COLUMN_TAG.search(prev.headings[-1]):
        return True
    return not any(c.page == d.page and (c.byline_block or _names_under(c)) for c in after)


def _signed_section(prev: _Draft, d: _Draft, after: Sequence[_Draft]) -> bool:
    """Whether ``d`` (headings and a byline under them) is a section of a feature: a title set as a feature's (with
    its column's name, 走基层 看繁荣发展活力（新春走基层·特别报道）, or a subtitle, ——代表委员寄语两会), a short intro
    with no byline of its own, then sections set alike, each signed by its reporter and none with a column's name.
    A stand-alone report carries its own column's name or follows a text with a byline; a feature's sections do
    not.  The first section needs the next one set like it; later ones, the set of those already folded."""
    if not d.byline_block or d.page != prev.page or d.after_page or len(d.head_ids) != len(d.headings):
        return False
    marks = _section_marks(d)
    if not marks or any(_COLUMN_TAG.search(h) for h in d.headings):
        return False
    if prev.series is not None:
        return prev.series == marks
    if prev.byline is not None or prev.byline_block or _lead_kind(_segment(prev)) in ("byline", "dateline"):
        return False
    if not prev.headings or not (_COLUMN_TAG.search(prev.headings[-1]) or prev.headings[-1].startswith("——")):
        return False
    paras = prev.paragraphs
    if not 1 <= len(paras) <= _INTRO_PARAS or sum(map(len, paras)) > _INTRO_CHARS or _photo_credit(paras[-1]):
        return False
    # The intro is finished text, perhaps under its label (编者的话) and over its signature (——编  者).
    if len(paras[0]) <= 6 and len(paras) > 1:
        paras = paras[1:]
    if not all(ends_sentence(p) or _EDITOR_NOTE.search(p) for p in paras):
        return False
    # The next signed run of headings or article the labeler opened (other short lines the boundary step offers inside
    # this one's text are no section).
    nxt = next((c for c in after if not c.proposed or _signed_under(c)), None)
    if nxt is None or nxt.page != d.page or nxt.after_page or not _signed_under(nxt):
        return False
    if _section_marks(nxt) != marks or any(_COLUMN_TAG.search(h) for h in nxt.headings):
        return False
    prev.series = marks
    return True


def _fold(prev: _Draft, d: _Draft) -> None:
    """Append a draft to the article before it: its heading lines become paragraphs, as printed, except that a line
    stopping on a comma or inside an open bracket runs on into the next."""
    if len(d.headings) == len(d.head_ids):
        prev.sections.append(_run_shape(d.headings))
    prev.sections.extend(d.sections)
    open_line = False
    for text, i in zip(d.headings, d.head_ids, strict=False):
        if open_line and prev.paragraphs:
            prev.paragraphs[-1] += text
        else:
            prev.paragraphs.append(text)
            prev.para_ids.append(i)
            prev.para_pages.append((d.page, d.page_name))
        open_line = leaves_open(text)
    body, body_ids, body_pages = d.paragraphs, d.para_ids, d.para_pages
    if body and d.headings and (d.joined_margin is not None or open_line):
        # The labeler's continuation stands: the last heading line and the first paragraph are one.
        prev.paragraphs[-1] += body[0]
        body, body_ids, body_pages = body[1:], body_ids[1:], body_pages[1:]
    prev.paragraphs.extend(body)
    prev.para_ids.extend(body_ids)
    prev.para_pages.extend(body_pages)
    if prev.byline is None and d.byline is not None:
        prev.byline, prev.reporters = d.byline, d.reporters


# A column of news in brief is named for what it is (环球扫描, 八方速递, 财经短波, 资讯速递, 新闻快讯, 微阅读, 数读 ...).
_ROUNDUP_LABEL = re.compile(
    r"^[\u4e00-\u9fff·]{0,6}(?:速递|快讯|简讯|短讯|短波|扫描|资讯|速览|播报|集锦|一览|纵览|简报|微阅读|数读)$"
)
_ROUNDUP_ITEM_PARAS = 6  # an item of such a column is a few paragraphs long
_ROUNDUP_KICKED_PARAS = 3  # ... and one under a speaker's kicker (伊朗总统——) is shorter still
_OWN_REPORT = re.compile(r"^本报[^，。]{0,20}电[ \u3000\u00a0]*[（(][ \u3000\u00a0]*(?:本报)?记者")
_OWN_SIGNOFF = re.compile(r"^[（(](?:本报记者|本报[^（）]{1,12}电[）)])")


def _roundup_item(d: _Draft, column: _Draft) -> bool:
    """A short report under one title (or a —— kicker and a title) on the column's page: one of its items."""
    if d.page != column.page or d.after_page or d.byline_block or not d.paragraphs:
        return False
    if len(d.headings) == 2:
        if not d.headings[0].endswith("——") or len(d.paragraphs) > _ROUNDUP_KICKED_PARAS:
            return False
    elif len(d.headings) != 1:
        return False
    if len(d.paragraphs) > _ROUNDUP_ITEM_PARAS or not all(6 <= len(h) <= 40 for h in d.headings):
        return False
    # The paper's own correspondent's report (本报莫斯科6月7日电（记者…）, signed （本报记者 X）) stands on its own, and
    # so does a photo with its caption (…… / 耿玉和摄（影像中国）).
    last = d.paragraphs[-1]
    return not _OWN_REPORT.search(d.paragraphs[0]) and not _OWN_SIGNOFF.search(last) and not _photo_credit(last)


def _gather_roundups(drafts: list[_Draft], labels: list[Label]) -> list[_Draft]:
    """A column of news in brief (``环球扫描`` / item title / dateline and text / next item title ...) is one article
    under the column's name: its items' titles are paragraphs, as printed, and its items are not articles."""
    out: list[_Draft] = []
    column: _Draft | None = None
    reasons: dict[int, str] = {}
    for d in _split_at_roundup_labels(drafts, reasons):
        if column is not None and _roundup_item(d, column):
            _fold(column, d)
            for i in d.head_ids:
                reasons[i] = "paragraph: an item's title in a column of news in brief"
            continue
        column = None
        out.append(d)
        label = _unspaced(d.headings[0]) if d.headings else ""
        if len(d.head_ids) == len(d.headings) and _ROUNDUP_LABEL.match(label):
            column = d
            if len(d.headings) > 1:
                # The lines under the column's name are its first item's title.
                for i in _headings_into_text(d):
                    reasons[i] = "paragraph: an item's title in a column of news in brief"
    if reasons:
        _renumber(out, labels, reasons)
    return out


_GUIDE_BOX = re.compile(r"^(?:本版|今日|本期)?导读$")


def _split_at_roundup_labels(drafts: list[_Draft], reasons: dict[int, str]) -> list[_Draft]:
    """A column's name read as a paragraph after a finished sentence (…全力控制疫情蔓延。 / 环球扫描 / 伊朗总统—— / …)
    opens the column: the paragraphs after it are its text, or, when it is the last, the next article's headings.  So
    does a page's guide (…… / 导读 / 理论·《习近平谈治国理政》第一至五卷通读 / ……), whose lines are its text."""
    out: list[_Draft] = []
    for k, d in enumerate(drafts):
        out.append(d)
        if len(d.para_ids) != len(d.paragraphs) or len(d.para_pages) != len(d.paragraphs):
            continue
        j = next(
            (
                j
                for j in range(1, len(d.paragraphs))
                if (_ROUNDUP_LABEL.match(_unspaced(d.paragraphs[j])) or _GUIDE_BOX.match(d.paragraphs[j]))
                and ends_sentence(d.paragraphs[j - 1])
            ),
            None,
        )
        if j is None:
            continue
        label, i, (page, page_name) = d.paragraphs[j], d.para_ids[j], d.para_pages[j]
        nxt = drafts[k + 1] if k + 1 < len(drafts) else None
        if j == len(d.paragraphs) - 1:
            if _GUIDE_BOX.match(label):
                continue
            if nxt is None or not nxt.headings or len(nxt.head_ids) != len(nxt.headings) or nxt.page != page:
                continue
            nxt.headings.insert(0, label)
            nxt.head_ids.insert(0, i)
            nxt.start = i
        else:
            column = _Draft([label], page, page_name, head_ids=[i], start=i)
            column.paragraphs, column.para_ids = d.paragraphs[j + 1 :], d.para_ids[j + 1 :]
            column.para_pages = d.para_pages[j + 1 :]
            column.soft_joins = {n - j - 1: v for n, v in d.soft_joins.items() if n > j}
            out.append(column)
        del d.paragraphs[j:], d.para_ids[j:], d.para_pages[j:]
        d.soft_joins = {n: v for n, v in d.soft_joins.items() if n < j}
        d.last_single = None
        reasons[i] = (
            "heading: a page's guide after a finished text: it opens the guide"
            if _GUIDE_BOX.match(label)
            else "heading: the name of a column of news in brief, after a finished text: it opens the column"
        )
    return out


def _renumber(drafts: list[_Draft], labels: list[Label], reasons: dict[int, str]) -> None:
    """Labels follow the final articles: each heading and paragraph start names its article, the lines after it
    (continuations, bylines) follow it; re-read headings and paragraphs say why."""
    owner: dict[int, tuple[int, str]] = {}
    for n, d in enumerate(drafts, start=1):
        for i in d.head_ids:
            owner[i] = (n, "heading")
        for i in d.para_ids:
            owner[i] = (n, "paragraph")
    current = 0
    for i, lab in enumerate(labels):
        if i in owner:
            current, kind = owner[i]
            reason = reasons.get(i)
            if reason is None and lab.article == current:
                continue  # the label as it stands
            if reason is not None and reason.startswith(("heading: ", "paragraph: ")):
                reason = reason.split(": ", 1)[1]
            labels[i] = Label(lab.block, kind if reason is not None else lab.kind, reason or lab.reason, current)
        elif lab.article:
            reason = reasons.get(i)
            if reason is not None and reason.startswith("paragraph: ") and lab.kind == "heading":
                # A heading line folded back into text that runs on from the line before.
                labels[i] = Label(lab.block, "continuation", reason.split(": ", 1)[1], current)
            elif lab.article != current:
                labels[i] = Label(lab.block, lab.kind, lab.reason, current)


def _lift_bracketed_byline(draft: _Draft, labels: list[Label]) -> None:
    """A bracketed byline set as the last line of the headings (``（记者 张三 通讯员 李四）`` under the headline) is the
    byline, not a subtitle."""
    if draft.byline is not None or len(draft.headings) < 2 or len(draft.head_ids) != len(draft.headings):
        return
    reporters = parse_bracketed_byline(draft.headings[-1])
    if not reporters:
        return
    draft.byline, draft.reporters = draft.headings.pop(), reporters
    i = draft.head_ids.pop()
    labels[i] = Label(labels[i].block, "byline", "a bracketed byline under the headline", labels[i].article)


def _lift_byline_line(draft: _Draft, labels: list[Label]) -> None:
    """A byline on its own line that the labeler read as text (in an article the boundary step opened)."""
    if not draft.headings or draft.byline is not None or len(draft.paragraphs) < 2 or draft.first_joins:
        return
    if len(draft.para_ids) != len(draft.paragraphs) or len(draft.para_pages) != len(draft.paragraphs):
        return
    first = draft.paragraphs[0]
    if first.startswith("——") and len(first) <= 50 and not ends_sentence(first) and len(draft.headings) < 3:
        # A line opening with —— right under the title is its subtitle (——记独龙江边境派出所的戍边岁月).
        line, i = _pop_first(draft, labels, "heading", "a line opening with —— under the title: its subtitle")
        draft.headings.append(line)
        draft.head_ids.append(i)
        if len(draft.paragraphs) < 2:
            return
    if (
        len(draft.paragraphs) >= 3
        and len(draft.headings) < 3
        and not draft.first_joins
        and _title_like(draft.paragraphs[0])
        and parse_byline_block(draft.paragraphs[1])
        and not any(len(p) <= 40 and parse_byline_block(p) for p in draft.paragraphs[2:])
    ):
        # A heading line read as text over the byline (“不仅是交通工具，更是改变城市的重要力量” / 本报记者 谢佳宁 程是颉
        # 报道, 提供验证场景、定制解决方案 / 文/本报记者 姚雪青): the last heading line.  Not when more bylines follow
        # in the text: then it is the title of the first of its signed sections (新春走基层 / 毛里湖水 又见清澈 / 本报记者 X).
        line, i = _pop_first(draft, labels, "heading", "a heading line over the byline, read as text")
        draft.headings.append(line)
        draft.head_ids.append(i)
    first, text = draft.paragraphs[0], draft.paragraphs[1]
    reporters = parse_byline_block(first) or parse_bracketed_byline(first)
    why = "a byline on its own line under the headings"
    # A sentence of its own under the line, however short, or the lines of a poem (哦，军号 / 高洪波 / 是苍茫岁月的一声呐喊 / …).
    over_text = len(text) >= 20 or ends_sentence(text) or _verse(draft.paragraphs[1:])
    if not reporters and over_text:
        # A bare name over the text is the writer's signature (commentaries, essays, guest columns).
        reporters = parse_writer_line(first)
        why = "a writer's name alone under the headings: the signature"
    signed = bool(reporters)
    if not signed and over_text and (_SPEAKER_LABEL.match(first) or _AUTHOR_BODY.match(first)):
        # A speaker's label (主讲人：…村医叶永红) or a body signing as the writer (中共中央党史和文献研究院, 国家发展改革委):
        # the byline, with no reporter to name.
        signed, why = True, "a speaker's label or a body signing under the headings: the byline"
    if not signed:
        return
    draft.byline = _pop_first(draft, labels, "byline", why)[0]
    draft.reporters = reporters or ()


def _pop_first(draft: _Draft, labels: list[Label], kind: str, why: str) -> tuple[str, int]:
    """Take the article's first paragraph out of its text, relabelled as ``kind``: its text and label index."""
    line = draft.paragraphs.pop(0)
    draft.para_pages.pop(0)
    i = draft.para_ids.pop(0)
    labels[i] = Label(labels[i].block, kind, why, labels[i].article)
    return line, i


_SPEAKER_LABEL = re.compile(r"^(?:本期)?(?:主讲人|讲述人)[：:][^，。？！]{2,40}$")
# A body that signs a piece as its writer: a ministry, a commission, an academy (……研究院, ……委员会, 国家发展改革委).
_AUTHOR_BODY = re.compile(
    r"^(?:中共中央|中央|国家|国务院|中国|全国|[\u4e00-\u9fff]{2,3}省|[\u4e00-\u9fff]{2,3}市)[^，。：:“”！？]{1,24}"
    r"(?:研究院|研究会|研究中心|委员会|发展改革委|部|委|局|署|办公厅|学会|协会)$"
    r"|^(?:本报|人民日报|[\u4e00-\u9fff]{2,4}日报)(?:评论部|评论理论部|理论部)$"  # 本报评论部 signs 人民观点
)


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
    if joins and (lead is None or not lead.reporters):
        # The break may have cut a name (（记者 罗阳 / 奇 吴量亮）): read the lead as mended too.
        whole = parse_lead(first)
        if whole is not None and whole.reporters:
            lead, spaced, joins = whole, first, []
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
    view = reading_view(text)
    stripped, jumps = strip_jumps(view.text)
    _, drafts = _classify(split_blocks(stripped))
    articles: list[Article] = []
    for d in drafts:
        paragraphs = tuple(p for p in d.paragraphs if p)
        kicker, headline, subtitle = assign_headings(d.headings)
        if not headline and not paragraphs:
            continue
        reporters = d.reporters
        if not reporters and 0 < len(paragraphs) <= 2:
            # A photo and its caption: the photographer credited at the caption's end (…活动。　记者 张可馨 摄).
            reporters = parse_caption_credit(paragraphs[-1]) or ()
        if not reporters and paragraphs:
            # Reporters credited in brackets at the text's close (……工作。（记者 张可馨）), as local papers print them.
            reporters = parse_closing_credit(paragraphs[-1]) or ()
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
                reporters=reporters,
                dateline=d.dateline,
            )
        )
    return view.give_back(rejoin(articles, jumps))


def _forced_reason(label: str) -> str:
    if label == "X":
        return "a page header, or a byline right under the headings"
    if label == "C":
        return "the previous block stopped on a comma or inside an open bracket"
    if label == "P":
        return "a page reference in a box (a bare page number ahead of the next page header) is text"
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
    view = reading_view(text)
    stripped, jumps = strip_jumps(view.text)
    labels, _ = _classify(split_blocks(stripped), explain=True)
    out = [_LEGEND]
    if view.back:
        out.append(view.describe() + "\n\n")
    if jumps:
        ends = ", ".join(f"{'to' if j.out else 'from'} page {j.page} ({j.anchor})" for j in jumps)
        out.append(f"Jump lines, taken out and joined back after the split: {ends}.\n\n")
    for lab in labels:
        printed = view.give_back(lab.block.text)
        snippet = printed if len(printed) <= 40 else printed[:38] + "…"
        art = f"#{lab.article}" if lab.article else "-"
        out.append(f"{lab.block.line:>6}  {lab.kind:<12} {art:>5}  {lab.reason}\n        | {snippet}\n")
    return "".join(out)
