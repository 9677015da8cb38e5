"""Article-level second look: does a run of heading lines open a new article, or is it an in-body subhead?

The block labeler decides line by line; here each article it opened (after the first) is weighed as a whole, with
lookahead: what its headings look like (``精准立法——`` then a short line reads as a section of a long feature),
whether its body opens like a lead (a dateline, a byline, a date), whether the page changed, how the article before
it reads.  A logistic regression over these cues (``boundary_weights.json``, log-odds times 14, trained by
``python -m etl.parse.training --boundaries``) says keep or merge; merged headings become paragraphs of the article
before, as printed.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import compress, repeat
from pathlib import Path

from etl.parse.bylines import parse_bracketed_byline, parse_byline_block, parse_lead, parse_signature
from etl.parse.features import ends_sentence

BOUNDARY_WEIGHTS_PATH = Path(__file__).with_name("boundary_weights.json")

_COLUMN_TAG = re.compile(r"[（(][^（()）]{1,24}[）)]$")
_DATE_OPEN = re.compile(
    r"^(?:\d{1,4}年|\d{1,2}月\d{1,2}日|近日|日前|近期|今年|去年|昨天|今天|当地时间|记者|本报|新华社)"
)
_CREDIT = re.compile(r"(摄|制图|绘|供图)(（[^（）]{1,12}）)?$|^图为|^图①")
_QUOTE_OPEN = "“「『"


@dataclass(frozen=True, slots=True)
class Segment:
    """What the boundary model sees of an article the labeler opened."""

    headings: tuple[str, ...]
    paragraphs: tuple[str, ...]
    page: int | None
    byline: bool  # a byline block right under the headings
    after_page: bool  # the first heading line follows a page header


def _len_bucket(n: int) -> str:
    for cap, name in (
        (4, "1-4"),
        (8, "5-8"),
        (12, "9-12"),
        (18, "13-18"),
        (26, "19-26"),
        (40, "27-40"),
        (80, "41-80"),
        (200, "81-200"),
    ):
        if n <= cap:
            return name
    return "200+"


def _count_bucket(n: int) -> str:
    return str(n) if n < 3 else "3-5" if n < 6 else "6-11" if n < 12 else "12-29" if n < 30 else "30+"


def _line_shape(text: str) -> list[str]:
    out = ["len=" + _len_bucket(len(text))]
    if text.endswith("——"):
        out.append("dash_end")
    if text.startswith("——"):
        out.append("dash_start")
    if _COLUMN_TAG.search(text):
        out.append("coltag")
    if text.endswith(("：", ":")):
        out.append("colon_end")
    if text.endswith(("？", "?")):
        out.append("question")
    if text.endswith(("！", "!")):
        out.append("exclaim")
    if text[0] in _QUOTE_OPEN:
        out.append("quote_open")
    if "  " in text or "\u3000" in text or "\u00a0" in text:
        out.append("gap")
    if "，" in text:
        out.append("comma")
    if ends_sentence(text):
        out.append("ends")
    if parse_signature(text) is not None:
        out.append("names")
    return out


def _lead_kind(seg: Segment) -> str:
    if seg.byline:
        return "byline"
    if not seg.paragraphs:
        return "empty"
    return _opening_kind(seg.paragraphs[0])


@lru_cache(maxsize=4096)  # the rules and the boundary model ask it of the same first paragraphs several times
def _opening_kind(first: str) -> str:
    if parse_bracketed_byline(first) is not None:
        return "byline"  # (记者 张三) on its own line under the proposed headline, as district papers set it
    if parse_lead(first) is not None:
        return "dateline"
    if parse_byline_block(first) is not None or parse_signature(first) is not None:
        return "names"
    if _DATE_OPEN.match(first):
        return "date"
    return "plain"


# Every pair of adjacent Chinese characters, overlapping pairs included (the lookahead matches at each position).
_CJK_PAIR = re.compile(r"(?=([\u4e00-\u9fff]{2}))")
_WINDOW = 600  # characters each side of a boundary that lexical cohesion looks at


def _bigrams(text: str) -> set[str]:
    """Adjacent pairs of Chinese characters: the words a stretch of text talks about."""
    return set(_CJK_PAIR.findall(text))


def _tail(paragraphs: Sequence[str], n: int) -> str:
    """The last ``n`` characters of the joined paragraphs, without joining a long article whole."""
    out: list[str] = []
    size = 0
    for p in reversed(paragraphs):
        out.append(p)
        size += len(p)
        if size >= n:
            break
    return "".join(reversed(out))[-n:]


def _head(paragraphs: Sequence[str], n: int) -> str:
    """The first ``n`` characters of the joined paragraphs."""
    out: list[str] = []
    size = 0
    for p in paragraphs:
        out.append(p)
        size += len(p)
        if size >= n:
            break
    return "".join(out)[:n]


def _share(part: set[str], whole: set[str]) -> str:
    if len(part) < 3:
        return "na"
    r = len(part & whole) / len(part)
    return (
        "0"
        if r == 0
        else "<10"
        if r < 0.1
        else "<20"
        if r < 0.2
        else "<35"
        if r < 0.35
        else "<50"
        if r < 0.5
        else "50+"
    )


def cohesion_features(prev: Segment, cur: Segment) -> list[str]:
    """Lexical cohesion across the boundary (as in text segmentation): an in-body subhead and the section under it
    talk about what the article before talks about; a new article's heading and text talk about something else.

    ``coh`` is the share of the text's words after the boundary already used just before it; ``t_prev`` the share of
    the candidate heading's words used before it, ``t_self`` in the text under it; ``ph_cur`` the share of the
    previous article's headline words used in the text after the boundary.
    """
    before = _tail(prev.paragraphs, _WINDOW)
    after = _head(cur.paragraphs, _WINDOW)
    a, b = _bigrams(before), _bigrams(after)
    heads = _bigrams("".join(cur.headings))
    prev_heads = _bigrams("".join(prev.headings))
    coh = _share(b, a)
    t_prev, t_self = _share(heads, a), _share(heads, b)
    return [
        "coh=" + coh,
        "t_prev=" + t_prev,
        "t_self=" + t_self,
        "t_prev=" + t_prev + "|t_self=" + t_self,
        "ph_cur=" + _share(prev_heads, b),
        "coh=" + coh + "|ph_cur=" + _share(prev_heads, b),
    ]


_HALVES = re.compile(r"^(\S{4,12})[ \u3000\u00a0]+(\S{4,12})$")


def _subhead_runs(paragraphs: Sequence[str]) -> int:
    """Short unfinished lines set between finished paragraphs in a text: the subheads it already holds."""
    n = 0
    for k in range(1, len(paragraphs) - 1):
        p = paragraphs[k]
        if len(p) <= 30 and not ends_sentence(p) and ends_sentence(paragraphs[k - 1]) and p[-1] not in "，、：:；":
            n += 1
    return n


def typesetting_features(prev: Segment, cur: Segment) -> list[str]:
    """How the text before the candidate ends and what the candidate looks like, as a compositor sets a page.

    ``prev_chars`` is the length of the text since the last heading (a subhead divides a long text; a piece that is
    already long when a short line comes may have ended); ``prev_subheads`` how many subheads that text already holds
    (a feature sets several, a commentary none); ``prev_last`` the shape of its last paragraph (a short closing line, a
    closing quote); ``halves`` a heading of two balanced halves (人民幸福安康 祖国繁荣吉祥), a headline's shape.
    """
    f = []
    chars = sum(len(p) for p in prev.paragraphs)
    f.append("prev_chars=" + _len_bucket(chars // 50))
    runs = _subhead_runs(prev.paragraphs)
    sub = "0" if runs == 0 else "1" if runs == 1 else "2+"
    f.append("prev_subheads=" + sub)
    if prev.paragraphs:
        last = prev.paragraphs[-1]
        if ends_sentence(last) and len(last) <= 40:
            f.append("prev_last:short_close")
        if last.endswith(("”", "。”", "！”", "？”")):
            f.append("prev_last:quote_close")
    if cur.headings:
        h0 = cur.headings[0]
        m = _HALVES.match(h0)
        if m and abs(len(m.group(1)) - len(m.group(2))) <= 1 and not ends_sentence(h0):
            f.append("h0:halves")
            f.append("h0:halves|prev_subheads=" + sub)
        f.append("prev_subheads=" + sub + "|nh=" + str(min(len(cur.headings), 3)))
    return f


_SIGNOFF_LINE = re.compile(r"^[（(][^（）()]{2,60}[）)]$")
_NOTE_SIGN = re.compile(r"——[ \u3000\u00a0]*编[ \u3000\u00a0]*者$")


def _line_mark(text: str) -> str:
    """One heading line as a compositor sets it, coarsely: a kicker (……——), a subtitle (——……), a line ending on a
    bracket, a name set with gaps, a quote, or a title of some length."""
    if text.endswith("——"):
        return "K"
    if text.startswith("——"):
        return "S"
    if text.endswith(("）", ")")):
        return "B"
    if _HALVES.match(text) or "  " in text or "\u3000" in text or "\u00a0" in text:
        return "G"
    if text[0] in _QUOTE_OPEN and text[-1] in "”」』":
        return "Q"
    n = len(text)
    return "T4" if n <= 4 else "T12" if n <= 12 else "T24" if n <= 24 else "T"


def _title_line(text: str) -> bool:
    return 0 < len(text) <= 40 and not ends_sentence(text) and text[-1] not in "，、,：:；;" and text[0] not in "（("


def _section_runs(paragraphs: Sequence[str], n: int) -> list[tuple[int, tuple[str, ...]]]:
    """Runs of ``n`` heading-like lines inside a text (at its start, or after a finished sentence or a sign-off), with
    a paragraph of text under them: the sections a feature already holds, as (where, marks)."""
    out = []
    k = 0
    stop = len(paragraphs) - n
    while k < stop:
        if (k == 0 or ends_sentence(paragraphs[k - 1])) and all(_title_line(p) for p in paragraphs[k : k + n]):
            if not _title_line(paragraphs[k + n]):
                out.append((k, tuple(_line_mark(p) for p in paragraphs[k : k + n])))
                k += n
                continue
        k += 1
    return out


def series_features(prev: Segment, cur: Segment, nxt: Segment | None) -> list[str]:
    """A feature sets its sections alike (a kicker ending —— over a title, a title over a speaker's name and post):
    when the text before already holds a run of lines set like ``cur``'s headings, ``cur`` is likely its next section;
    when it opens on such a run right under its headline (the first section under a series title), all the more.  A
    stand-alone article set like the one before it (letters in a column, reports in a row) shows as ``as_prev``."""
    if not cur.headings:
        return []
    heads = cur.headings[-3:]
    marks = tuple(_line_mark(h) for h in heads)
    sig = "".join(m[0] for m in marks)
    f = []
    # A lone plain title matches any short line of a text, a line with a gap any chapter of a law: only runs set
    # distinctively count, except at the very start of the text (a series title over its first section), which no
    # earlier fold can have produced.
    distinct = len(heads) > 1 or marks[0] in ("K", "S")
    runs = _section_runs(prev.paragraphs, len(heads)) if marks != ("T4",) else []
    hits = [k for k, m in runs if m == marks]
    first = next((k for k, m in runs if k <= 1 or _NOTE_SIGN.search(prev.paragraphs[k - 1])), None)
    if distinct and hits:
        f.append("sib_in_prev")
        f.append("sib_in_prev|" + sig)
    elif distinct and any("".join(x[0] for x in m) == sig for _, m in runs):
        f.append("sib_in_prev:loose|" + sig)
    else:
        f.append("sib_in_prev:none|nh=" + str(len(heads)))
    if first is not None and first in hits:
        f.append("sib_in_prev:at_start|" + sig)
    if prev.headings and distinct:
        pm = tuple(_line_mark(h) for h in prev.headings[-3:])
        if pm == marks:
            f.append("as_prev|" + sig)
    if nxt is not None and nxt.headings:
        nm = tuple(_line_mark(h) for h in nxt.headings[-3:])
        if nm == marks:
            f.append("next_same_marks|" + sig)
    if prev.paragraphs:
        last = prev.paragraphs[-1]
        if _SIGNOFF_LINE.match(last):
            own = bool(cur.paragraphs) and _SIGNOFF_LINE.match(cur.paragraphs[-1]) is not None
            f.append("signed_off|cur_too" if own else "signed_off|cur_not")
    if any(_NOTE_SIGN.search(p) for p in prev.paragraphs[:8]):
        f.append("prev_note|" + sig)
        f.append("prev_note|lead=" + _lead_kind(cur))
    return f


# A headline that reports an event (李强同孟加拉国总理会谈, 第四届链博会明天开幕, 委内瑞拉发生7级以上强震): a news item's,
# where a feature's section heads are phrases (果木成廊，绿化带能看又能“吃”).
_NEWS_PREDICATE = re.compile(
    r"会见|会谈|通话|举行|召开|开幕|闭幕|出席|发布|印发|公布|签署|宣布|启动|发生|遇难|通过|审议|考察|调研|致电|致信|回信"
    r"|增长|下降|突破|首次|成功|完成|落地|开通|投运|播出|揭晓"
)


def boundary_features(
    prev: Segment,
    cur: Segment,
    prev_opens: str,
    nth_on_page: int,
    proposed: bool = False,
    nxt: Segment | None = None,
    prev_title: str = "",
    joined_margin: float | None = None,
) -> list[str]:
    """Cues for "``cur`` is a new article" against "``cur`` continues ``prev``"; ``prev_opens`` is how the article
    before opened (its lead kind), ``nth_on_page`` how many articles the page has so far, ``nxt`` the next candidate
    start (sibling subheads share a shape), ``prev_title`` the longest heading line of the article before."""
    lead = _lead_kind(cur)
    nh = len(cur.headings)
    f = [
        "bias",
        "lead=" + lead,
        "nh=" + str(min(nh, 4)),
        "prev_lead=" + prev_opens,
        "lead=" + lead + "|prev=" + prev_opens,
    ]
    if cur.page is None and prev.page is None:
        # No page headers: the page and the count of articles on it are unknown, not "the same page".
        f.append("page=unknown")
    else:
        f.append("page=" + ("same" if cur.page == prev.page else "new"))
        f.append("nth=" + _count_bucket(nth_on_page))
    if cur.after_page:
        f.append("after_page")
    for k, h in enumerate(cur.headings[:3]):
        pos = "h0" if k == 0 else "hlast" if k == nh - 1 else "hmid"
        shape = _line_shape(h)
        f.extend(pos + ":" + s for s in shape)
        f.extend(pos + ":" + s + "|lead=" + lead for s in shape if not s.startswith("len="))
    if nh > 1:
        f.append("hlast:" + _line_shape(cur.headings[-1])[0])
    f.append("h0:f2=" + cur.headings[0][:2] if cur.headings else "h0:none")
    f.append("h0:l2=" + cur.headings[0][-2:] if cur.headings else "h0:none")
    f.append("hl:l2=" + cur.headings[-1][-2:] if cur.headings else "hl:none")
    if cur.headings and len(cur.headings[0]) <= 6:
        f.append("h0:txt=" + cur.headings[0])
    if cur.headings and _NEWS_PREDICATE.search(max(cur.headings, key=len)):
        f.extend(("h:newsverb", "h:newsverb|lead=" + lead, "h:newsverb|prev_np=" + _count_bucket(len(prev.paragraphs))))
    np = _count_bucket(len(cur.paragraphs))
    f.append("np=" + np)
    f.append("np=" + np + "|lead=" + lead)
    pp = _count_bucket(len(prev.paragraphs))
    f.append("prev_np=" + pp)
    f.append("prev_np=" + pp + "|np=" + np)
    f.append("prev_np=" + pp + "|lead=" + lead)
    if prev.paragraphs:
        last = prev.paragraphs[-1]
        f.append("prev_last:" + _line_shape(last)[0])
        if _CREDIT.search(last):
            f.append("prev_last:credit")
        if not ends_sentence(last):
            f.append("prev_last:open")
        if parse_signature(last) is not None or (last[0] in "（(" and last[-1] in "）)"):
            f.append("prev_last:signoff")
    if prev.headings:
        f.append("prev_nh=" + str(min(len(prev.headings), 3)))
        f.append("prev_h:coltag" if any(_COLUMN_TAG.search(h) for h in prev.headings) else "prev_h:plain")
    if cur.paragraphs:
        first = cur.paragraphs[0]
        f.append("p0:" + _line_shape(first)[0])
        f.append("p0:f2=" + first[:2])
        if _CREDIT.search(first):
            f.append("p0:credit")
        total = sum(len(p) for p in cur.paragraphs)
        f.append("chars=" + _len_bucket(total // 10))
    if cur.paragraphs:
        last = cur.paragraphs[-1]
        end = (
            "credit"
            if _CREDIT.search(last)
            else "signoff"
            if parse_signature(last) is not None or (last[0] in "（(" and last[-1] in "）)")
            else "open"
            if not ends_sentence(last)
            else "plain"
        )
        f.append("cur_end=" + end)
        f.append("cur_end=" + end + "|lead=" + lead)
    if cur.headings and prev_title:
        longest = max(len(h) for h in cur.headings)
        f.append("shorter_than_prev_title" if longest * 2 < len(prev_title) else "as_long_as_prev_title")
    if nxt is not None and cur.headings and nxt.headings:
        a, b = _line_shape(cur.headings[0]), _line_shape(nxt.headings[0])
        same = len(cur.headings) == len(nxt.headings) and a[1:] == b[1:]
        f.append("next=" + ("same_shape" if same else "other") + "|lead=" + _lead_kind(nxt))
        if "dash_end" in a and "dash_end" in b:
            f.append("next_dash_too")
    elif nxt is None:
        f.append("next=none")
    if cur.headings and cur.headings[0].endswith("——"):
        # A short "X——" line is a section's label (精准立法——); a kicker is a clause (民政部等三部门出台办法明确——).
        dl = "dash_len=" + _len_bucket(len(cur.headings[0]))
        f.extend((dl, dl + "|lead=" + lead, dl + "|prev=" + prev_opens, dl + "|nh=" + str(min(nh, 3))))
        f.append(dl + "|prev_np=" + pp)
    f.extend(cohesion_features(prev, cur))
    f.extend(typesetting_features(prev, cur))
    f.extend(series_features(prev, cur, nxt))
    if prev.paragraphs and len(prev.paragraphs) > 1:
        p0 = prev.paragraphs[0]
        # A round-up (环球扫描, 八方速递) opens its text with an item's title: its later items look the same.
        if len(p0) <= 30 and not ends_sentence(p0):
            f.append("prev_p0:short_open")
            f.append("prev_p0:short_open|lead=" + lead)
            if cur.headings and len(cur.headings[0]) <= 30:
                f.append("prev_p0:short_open|h0_short")
    if joined_margin is not None:
        f.append("joined")
        f.append(
            "joined_margin="
            + ("<10" if joined_margin < 10 else "<30" if joined_margin < 30 else "<80" if joined_margin < 80 else "80+")
        )
        f.append("joined|lead=" + lead)
    if proposed:
        # A run the labeler kept in the body: its own weights for the strongest cues.
        f = f + ["src=body|" + x for x in f if not x.startswith(("h0:f2", "h0:l2", "hl:l2", "h0:txt", "p0:f2"))]
    return f


@cache
def load_boundary_weights(path: Path = BOUNDARY_WEIGHTS_PATH) -> dict[str, float]:
    if not path.exists():
        return {}
    return dict(json.loads(path.read_text(encoding="utf-8"))["weights"])


def boundary_score(feats: Sequence[str], weights: Mapping[str, float] | None = None) -> float:
    """Positive: a new article; negative: the headings are a subhead of the article before."""
    weights = load_boundary_weights() if weights is None else weights
    return sum(map(weights.get, feats, repeat(0.0)))  # in C; the same sum, in the same order


def top_cues(feats: Sequence[str], weights: Mapping[str, float] | None = None, k: int = 3) -> list[tuple[str, float]]:
    weights = load_boundary_weights() if weights is None else weights
    # The strongest first, ties in the features' order (a stable sort); looked up and ranked in C, not per feature.
    found = list(compress(feats, map(weights.__contains__, feats)))
    values = list(map(weights.__getitem__, found))
    strongest = sorted(range(len(found)), key=list(map(abs, values)).__getitem__, reverse=True)[:k]
    return [(found[i], values[i]) for i in strongest]
