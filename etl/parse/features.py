"""Layout features of a block and its neighbours, the evidence the block labeler weighs (pure; the one dictionary is
rjieba's, read across a break that stops mid-sentence)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import rjieba

from etl.parse.blocks import Block
from etl.parse.bylines import (
    is_clear_signature,
    looks_like_signature,
    parse_bracketed_byline,
    parse_byline_block,
    parse_closing_credit,
    parse_lead,
)
from etl.parse.pages import parse_page_header
from etl.parse.widths import HALF_TO_FULL

CLOSERS = "”’」』\"'）)】》"
SENTENCE_END = "。！？!?…；;"
_COLUMN_TAG = re.compile(r"[（(][^（()）]{1,24}[）)]$")
_LIST_ITEM = re.compile(
    r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、]|第[一二三四五六七八九十百\d]{1,4}[条章节])"
)
_QA = re.compile(r"^[\u4e00-\u9fff]{1,6}[：:]")
_CAPTION = re.compile(r"(摄|制图|绘|供图)(（[^（）]{1,12}）)?$")


def ends_sentence(text: str) -> bool:
    """Whether a block ends a sentence (closing quotes and brackets looked through), so a paragraph may end here."""
    stripped = text.rstrip(CLOSERS)
    if not stripped:
        return True
    if stripped[-1] in SENTENCE_END:
        return True
    # A whole parenthesised line, a credit (…摄（人民视觉）) or a closing note ends a paragraph too, and so does the
    # reporters' credit after a report's last sentence (……各项工作。（记者 张可馨）).
    return text[-1] in "）)" and (text[0] in "（(" or "摄" in text[-12:] or parse_closing_credit(text) is not None)


# A mailbox line cut by a break before its address is whole (本版邮箱：rmrbpl / @peopledaily.cn, 投稿邮箱：x@163. / com):
# the address has no @ yet, or stops on the @ or on a dot.
_CUT_ADDRESS = re.compile(
    r"(?:邮箱|信箱|[Ee]-?[Mm]ail)[：:][ \u3000]*(?:[A-Za-z0-9._-]+|[A-Za-z0-9._-]+@(?:[A-Za-z0-9-]+\.)*)$"
)


def leaves_open(text: str, last: str | None = None) -> bool:
    """Whether a block stops on a comma or inside a bracket it opened, or in the middle of an e-mail address: the
    sentence must go on in the next block."""
    last = text[-1] if last is None else last
    if last in "，、," or text.count("（") + text.count("(") > text.count("）") + text.count(")"):
        return True
    tail = text[-60:]
    return (
        text[-1].isascii() and ("邮箱" in tail or "信箱" in tail or "ail" in tail) and bool(_CUT_ADDRESS.search(tail))
    )


# Half-width punctuation (common in local papers' feeds) reads as its full-width twin at a line's ends, also in an
# issue that prints both forms (one that prints only the half-width ones is read full-width whole: etl.parse.widths).
_FULL_WIDTH = str.maketrans(HALF_TO_FULL)
_HALF_WIDTH_MARK = re.compile("[" + re.escape("".join(HALF_TO_FULL)) + "]")


def _full_width(text: str) -> str:
    """``text`` with its half-width marks full-width (most lines print none: translating is slow, a search is not)."""
    return text.translate(_FULL_WIDTH) if _HALF_WIDTH_MARK.search(text) else text


def _char_class(ch: str) -> str:
    if "\u4e00" <= ch <= "\u9fff":
        return "cjk"
    if ch.isdigit():
        return "dig"
    if ch.isascii() and ch.isalpha():
        return "lat"
    return ch if ch in "。！？!?…；;，,、：:“”‘’（）()《》【】—-■●·%" else "oth"


def _len_bucket_by_caps(n: int) -> str:
    for cap, name in (
        (2, "1-2"),
        (4, "3-4"),
        (6, "5-6"),
        (9, "7-9"),
        (13, "10-13"),
        (18, "14-18"),
        (25, "19-25"),
        (35, "26-35"),
        (50, "36-50"),
        (80, "51-80"),
        (150, "81-150"),
    ):
        if n <= cap:
            return name
    return "150+"


# Every line's length and its neighbours' are bucketed, several times a block: read from a table up to the last cap.
_LEN_BUCKETS = tuple(_len_bucket_by_caps(n) for n in range(151))


def _len_bucket(n: int) -> str:
    return _LEN_BUCKETS[n] if 0 <= n <= 150 else _len_bucket_by_caps(n)


@dataclass(frozen=True, slots=True)
class BlockInfo:
    """What is known about one block on its own: its kind if obvious, and its feature strings."""

    block: Block
    page: bool
    byline: bool
    signature: bool
    lead: bool
    sentence_end: bool
    open_comma: bool  # ends on a comma or inside an open bracket: the sentence must go on
    clear_signature: bool  # a name line that cannot be a heading
    feats: tuple[str, ...]


_BRACKETS = "（()）"
_OPENING_MARKS = "“‘「『《〈（【〔"
_BYLINE_DECORATION = re.compile(r"^[□■●○◎◉◆◇◈❖▲△★☆▶►·•\s]*(?:(?:文|图|文字|撰文)[/／|｜丨:：]\s*)?")


def describe(block: Block, indented_style: bool, under_title: bool = False) -> BlockInfo:
    """The block's own features (no neighbours).  ``under_title``: the block right above is a short line that ends no
    sentence, so a whole bracketed byline here (``（记者 张三）``) is a byline, not a sign-off."""
    text = block.text
    n = len(text)
    page = parse_page_header(text) is not None
    # Only the ends of a line are read through the half-width map (translating whole paragraphs is slow).
    head = _full_width(text[:2])
    end_part = _full_width(text[-32:])
    lead_line = parse_lead(text)
    byline = not page and parse_byline_block(text) is not None
    if lead_line is not None and lead_line.reporters and not lead_line.rest:
        # A dateline and byline on a line of their own (本报讯（记者 张三）, the text on the next line): a byline.
        byline = True
    if under_title and not page and not byline and parse_bracketed_byline(text):
        byline = True
        text = text.strip(_BRACKETS)
    if byline:
        # A bullet or a credit slash before a byline (■本报记者 X, 文/本报记者 X) is decoration: the labeler reads the
        # byline's own opening (本报, 记者), as it does in papers that print none.
        head = _full_width(_BYLINE_DECORATION.sub("", text)[:2]) or head
    signature = not page and not byline and looks_like_signature(text)
    clear_signature = signature and is_clear_signature(text)
    lead = lead_line is not None
    end = ends_sentence(text)
    tail = end_part.rstrip(CLOSERS)
    if not tail and n > 32:
        tail = _full_width(text).rstrip(CLOSERS)
    tail = tail or end_part
    f = [
        "len=" + _len_bucket(n),
        "end=" + ("S" if end else "-"),
        "last=" + _char_class(tail[-1]),
        "lastc=" + _char_class(end_part[-1]),
        "first=" + _char_class(head[0]),
    ]
    if page:
        f.append("page")
    if byline:
        f.append("byline")
    if signature:
        f.append("signature")
    if lead:
        f.append("lead")
    if _COLUMN_TAG.search(text) and not (end and text[0] not in "（(" and parse_closing_credit(text)):
        f.append("coltag")  # a column's tag closing a headline, not the reporters' credit closing a report
    if text.startswith("——"):
        f.append("dash_start")
    if text.endswith("——"):
        f.append("dash_end")
    if text.endswith(("：", ":")):
        f.append("colon_end")
    if _LIST_ITEM.match(text):
        f.append("listitem")
    if _QA.match(text):
        f.append("qa")
    if _CAPTION.search(text):
        f.append("caption")
    if text.startswith("图为") or text.startswith("图①"):
        f.append("figure")
    inner = text[:-1]
    k = inner.count("。") + inner.count("！") + inner.count("？")
    f.append("inner_end=" + ("0" if k == 0 else "1" if k == 1 else "2+"))
    if "，" in text:
        f.append("comma")
    if "  " in text or "\u3000" in text:
        f.append("gap")
    if indented_style:
        f.append("indent=" + ("y" if block.indented else "n"))
    # A few characters of the text itself: how a line opens and closes (本报, 图为, 摄, 整理 ...) and, for very
    # short lines, the whole line (图片报道, 本版责编).
    f.append("f2=" + head)
    f.append("l2=" + end_part[-2:])
    f.append("fc=" + head[0])
    f.append("lc=" + tail[-1])
    if n <= 6:
        f.append("txt=" + text)
    # A sentence must go on after a comma, and after a bracket that is opened and not closed (本报讯（记者 X).
    # A line that stops on an opening quote or bracket (实施好“ / 十五五”规划纲要……) is cut by a break too.
    open_end = leaves_open(text, end_part[-1]) or end_part[-1] in _OPENING_MARKS
    if clear_signature:
        f.append("clear_signature")
    return BlockInfo(block, page, byline, signature, lead, end, open_end, clear_signature, tuple(f))


class PairCounts:
    """How often each pair of adjacent characters occurs in a text: a ``Counter`` of its bigrams, exact, but kept as
    one array of packed code-point pairs (a Counter of every bigram costs most of an issue's statistics), the wanted
    pairs counted up front."""

    __slots__ = ("_keys", "_known", "_sorted")

    def __init__(self, text: str, wanted: Iterable[str] = ()) -> None:
        cp = _code_points(text).astype(np.uint64)
        self._keys = (cp[:-1] << np.uint64(21)) | cp[1:]
        self._sorted: np.ndarray | None = None  # every pair, sorted the first time one not wanted is asked about
        self._known: dict[str, int] = {}
        pairs = list(dict.fromkeys(p for p in wanted if len(p) == 2))
        if pairs:
            q = _code_points("".join(pairs)).astype(np.uint64)
            first, second = q[0::2], q[1::2]
            # A wanted pair occurs only where a wanted first character stands before a wanted second one: those pairs
            # are sorted and counted, not all of the issue's (sorting them all cost most of the statistics).
            among = self._keys[np.isin(cp[:-1], first) & np.isin(cp[1:], second)]
            among.sort()
            q = (first << np.uint64(21)) | second
            counts = np.searchsorted(among, q, "right") - np.searchsorted(among, q, "left")
            self._known = dict(zip(pairs, counts.tolist(), strict=True))

    def __getitem__(self, pair: str) -> int:
        count = self._known.get(pair)
        if count is None:
            if len(pair) != 2:
                return 0
            if self._sorted is None:
                self._sorted = np.sort(self._keys)
            key = np.uint64((ord(pair[0]) << 21) | ord(pair[1]))
            count = int(np.searchsorted(self._sorted, key, "right") - np.searchsorted(self._sorted, key, "left"))
            self._known[pair] = count
        return count


def _code_points(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


@dataclass(frozen=True, slots=True)
class IssueStats:
    """Character statistics of the issue itself, so a break can be told from a paragraph end in any paper.

    ``bigrams`` count adjacent characters inside blocks (does the pair across a boundary form a word?);
    ``chars`` count characters; ``starts``/``ends`` count the characters blocks open and close with.
    """

    bigrams: PairCounts
    chars: Counter[str]
    starts: Counter[str]
    ends: Counter[str]


def issue_stats(blocks: list[Block]) -> IssueStats:
    joined = "\n".join(b.text for b in blocks)
    cp = _code_points(joined)
    per_char = np.bincount(cp) if len(cp) else np.zeros(1, dtype=np.int64)
    present = np.flatnonzero(per_char)
    # The pairs the labeler asks about: across each block break, and across a page header.
    wanted = [a.text[-1] + b.text[0] for a, b in zip(blocks, blocks[1:], strict=False)]
    wanted += [a.text[-1] + b.text[0] for a, b in zip(blocks, blocks[2:], strict=False)]
    return IssueStats(
        PairCounts(joined, wanted),
        Counter(dict(zip(map(chr, present.tolist()), per_char[present].tolist(), strict=True))),
        Counter(b.text[0] for b in blocks),
        Counter(b.text[-1] for b in blocks),
    )


_JOIN_WINDOW = 6  # characters read on each side of a break by the word cues


def _wordish(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or ch.isalnum()


def _word_kind(pos: str) -> str:
    """A word's part of speech, coarse: noun (names, pronouns, places, time), verb, number or measure, function word."""
    head = pos[:1]
    if head in "nrst" or pos == "eng":
        return "N"
    if head in "va":
        return "V"
    if head in "mq":
        return "M"
    if head in "pucdyeof":
        return "F"
    return "O"


def join_cues(before: str, after: str) -> list[str]:
    """Word cues across a break that stops mid-sentence (``before`` ends, ``after`` follows): whether a dictionary word
    spans it (南涅水石刻博物馆馆 / 长申虎峰也感慨: 馆长), and how the words on each side end and open (a lone character
    or a verb, a particle, a measure word opens the next block of a cut sentence: 如今，叶青 / 参与研制的……; a noun
    closes a subhead and a subject opens the text under it)."""
    a, b = before[-_JOIN_WINDOW:], after[:_JOIN_WINDOW]
    if not a or not b or not _wordish(a[-1]) or not _wordish(b[0]):
        return []
    out = []
    cut = len(a)
    pos = 0
    for word, _ in rjieba.tag(a + b):
        end = pos + len(word)
        if pos < cut < end:
            out.append("jx=span" + ("2" if len(word) == 2 else "3+"))
            break
        if end >= cut:
            break
        pos = end
    last_word, last_pos = rjieba.tag(a)[-1]
    first_word, first_pos = rjieba.tag(b)[0]
    out.append("jx=" + _word_kind(last_pos) + ">" + _word_kind(first_pos))
    if len(last_word) == 1:
        out.append("jx=l1")
    if len(first_word) == 1:
        out.append("jx=f1")
    if out[0].startswith("jx=span"):
        out.append(out[0] + "|plen=" + _len_bucket(len(before)))
    return out


_CLAUSE_MARKS = frozenset("，。、；：？！,;:?!")
_SIBLING_SLACK = 3  # characters a subhead's length may differ from another of the same article and still match it


def _sibling_bucket(n: int) -> str:
    return str(n) if n < 3 else "3-5" if n < 6 else "6+"


def junction_features(
    block: str,
    paragraph: str,
    after: str,
    siblings: Sequence[str],
    joined: bool,
    title: bool,
    stats: IssueStats | None = None,
) -> list[str]:
    """Cues for one break inside an article's text that stops mid-sentence: does the paragraph run on into the next
    block (a page or column break), or does it end there (an in-body subhead with no end punctuation)?

    ``block`` is the line before the break, ``paragraph`` the paragraph it ends so far, ``after`` the block after the
    break, ``siblings`` the article's other paragraphs that read as subheads (subheads of one text share a shape),
    ``joined`` what the block labeler chose, ``title`` whether the block could be a heading line; ``stats`` add how
    often the pair across the break occurs inside lines of the issue, and how often lines open and close on its
    characters.
    """
    cur = "cur=" + ("J" if joined else "S")
    cues = join_cues(block, after)
    out = [cur, *cues, *[c + "|" + cur for c in cues]]
    out += [
        "lb=" + _len_bucket(len(block)),
        "L=" + _len_bucket(len(paragraph)),
        "R=" + _len_bucket(len(after)),
        "lc=" + _char_class(block[-1]),
        "fc=" + _char_class(after[0]),
        "commas=" + str(min(block.count("，"), 2)),
        "Rend=" + ("S" if ends_sentence(after) else "-"),
        "lch=" + block[-1],
        "fch=" + after[0],
    ]
    if title:
        out.append("title")
    # A block that opens on a clause of a word or two (许，湖北宜昌…; 进去，偷出…) goes on a sentence cut by a break.
    clause = next((k for k, ch in enumerate(after[:6]) if ch in _CLAUSE_MARKS), None)
    if clause is not None and clause > 0:
        fp = "fp=" + (str(clause) if clause < 4 else "4-5")
        out += [fp, fp + "|" + ("title" if title else "text")]
    if stats is not None:
        last, first = block[-1], after[0]
        out.append("bi=" + _count_bucket(stats.bigrams[last + first]))
        out.append("sr=" + _ratio_bucket(stats.starts[first] - 1, stats.chars[first] - 1))
        out.append("er=" + _ratio_bucket(stats.ends[last] - 1, stats.chars[last] - 1))
    # Subheads of one text share a shape, but a long document has lines of every length: how many siblings there
    # are, and how many of them are alike, weigh together.
    others = [p for p in siblings if p != block]
    many = "sib=" + _sibling_bucket(len(others))
    out.append(many)
    alike = [p for p in others if abs(len(p) - len(block)) <= _SIBLING_SLACK]
    if alike:
        out.append("sibsim=" + _sibling_bucket(len(alike)) + "|" + many)
        shaped = sum(("，" in p) == ("，" in block) for p in alike)
        if shaped:
            out.append("sibshape=" + _sibling_bucket(shaped) + "|" + many)
    return out


def _ratio_bucket(part: int, whole: int) -> str:
    if whole < 3:
        return "rare"
    r = part / whole
    return "0" if r == 0 else "<2%" if r < 0.02 else "<10%" if r < 0.1 else "<40%" if r < 0.4 else "40%+"


def _count_bucket(c: int) -> str:
    return "0" if c == 0 else "1" if c == 1 else "2-4" if c < 5 else "5-19" if c < 20 else "20+"


class _AsNeighbour(dict[str, str | None]):
    """A block's feature -> the cue it gives a neighbour (``prefix`` + feature), or None if that neighbour does not
    see it; worked out on first sight (a labeler asks about the same features block after block, and the cue strings
    it gets back are shared, their hashes computed once)."""

    def __init__(self, prefix: str, keep: Callable[[str], bool]) -> None:
        super().__init__()
        self.prefix = prefix
        self.keep = keep

    def __missing__(self, f: str) -> str | None:
        cue = self[f] = self.prefix + f if self.keep(f) else None
        return cue

    def cues(self, feats: Iterable[str]) -> list[str]:
        return list(filter(None, map(self.__getitem__, feats)))


class NeighbourCues:
    """The cues a block's features give the block read with it: as the previous block (``p:``), the next (``n:``)
    and the one after that (``nn:``)."""

    __slots__ = ("as_next", "as_next2", "as_prev")

    def __init__(self) -> None:
        self.as_prev = _AsNeighbour("p:", lambda f: not f.startswith(("f2=", "fc=", "txt=")))
        self.as_next = _AsNeighbour("n:", lambda f: not f.startswith(("l2=", "lc=", "txt=")))
        self.as_next2 = _AsNeighbour("nn:", lambda f: f.startswith(("len", "end", "byline", "lead", "sig")))


def context_features(
    infos: list[BlockInfo], i: int, stats: IssueStats, neighbours: NeighbourCues | None = None
) -> list[str]:
    """Features of block ``i`` seen with its neighbours (page headers skipped), as the labeler uses them; pass the same
    ``neighbours`` for every block of an issue."""
    neighbours = NeighbourCues() if neighbours is None else neighbours
    cur = infos[i]
    out = list(cur.feats)
    p = i - 1
    while p >= 0 and infos[p].page:
        p -= 1
    if p < i - 1:
        out.append("after_page")
    nx = i + 1
    while nx < len(infos) and infos[nx].page:
        nx += 1
    if p >= 0:
        prev = infos[p]
        out.extend(neighbours.as_prev.cues(prev.feats))
        first = cur.block.text[0]
        last = prev.block.text[-1]
        bi = "bi=" + _count_bucket(stats.bigrams[last + first])
        plen = "plen=" + _len_bucket(len(prev.block.text))
        starts = "sr=" + _ratio_bucket(stats.starts[first] - 1, stats.chars[first] - 1)
        ends = "er=" + _ratio_bucket(stats.ends[last] - 1, stats.chars[last] - 1)
        pend = "|pend=" + ("S" if prev.sentence_end else "-")
        out.extend(
            (
                bi,
                bi + pend,
                bi + "|" + plen,
                starts,
                starts + pend,
                ends,
                ends + pend,
                starts + "|" + bi,
                ends + "|" + plen,
            )
        )
        pp = p - 1
        while pp >= 0 and infos[pp].page:
            pp -= 1
        if pp >= 0:
            out.append("pp:end=" + ("S" if infos[pp].sentence_end else "-"))
            out.append("pp:len=" + _len_bucket(len(infos[pp].block.text)))
    else:
        out.append("first_block")
    if nx < len(infos):
        nxt = infos[nx]
        out.extend(neighbours.as_next.cues(nxt.feats))
        nc = stats.bigrams[cur.block.text[-1] + nxt.block.text[0]]
        nbi = "nbi=" + _count_bucket(nc)
        out.append(nbi)
        out.append(nbi + "|end=" + ("S" if cur.sentence_end else "-"))
        n2 = nx + 1
        while n2 < len(infos) and infos[n2].page:
            n2 += 1
        if n2 < len(infos):
            out.extend(neighbours.as_next2.cues(infos[n2].feats))
    else:
        out.append("last_block")
    return out
