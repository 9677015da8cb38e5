"""Issue text -> blocks: one printed line each, with its layout (indentation) separated from its text.

Most dumps set each paragraph, heading line and fragment of a broken paragraph on its own line, blank lines between.
A scan's text layer often also wraps every paragraph at its column's width, the wrapped lines set one under the other
with no blank line: such lines are put back together first (see ``_unwrap``), so a block is still a paragraph, a
heading line or a fragment, whatever the dump's line width.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

# Whitespace that is layout, not text: ideographic space (indentation, name padding), NBSP, tabs, BOM.
_EDGE_SPACE = " \t\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff"
_INDENT_CHARS = " \t\u3000\u00a0"  # a line that opens on one of these is indented
# A paragraph's indentation, as opposed to one stray space a wrap left at a line's start.
_PARAGRAPH_INDENT = re.compile(r"^(?:[\t\u3000]|[ \u00a0]{2})")

WRAP_MIN_LINES = 8  # lines set right above another before an issue can count as wrapped
WRAP_MIN_PAIRS = 3  # a column's width is seen in at least this many pairs of lines ...
WRAP_SHARE = 0.05  # ... and in this share of the lines set right above another
WRAP_SLACK = 1  # ... or up to this many less (a line wrapped before a wide character, or a mark pushed down)


@dataclass(frozen=True, slots=True)
class Block:
    """One non-empty line of the issue: its text without edge whitespace, and whether it was indented."""

    index: int  # 0-based position among blocks
    line: int  # 1-based line number in the issue text
    text: str
    indented: bool


class _Line(NamedTuple):
    """A non-empty line as the dump sets it: its number, its text, whether it is indented, whether it stands right
    under the line before (no blank line between), and the line itself (indentation and edge spaces included)."""

    number: int
    text: str
    indented: bool
    under: bool
    raw: str

    @property
    def set_width_text(self) -> str:
        """The line as it takes room in its column: indentation counts, trailing space and a BOM do not."""
        return self.raw.rstrip(_EDGE_SPACE).lstrip("\ufeff")


def indented_layout(blocks: Sequence[Block]) -> bool:
    """Whether an issue marks its paragraphs by indents: more than 30% of its lines are indented (the rest are
    headings, bylines and lines set flush)."""
    return sum(b.indented for b in blocks) > len(blocks) * 0.3


def split_blocks(text: str) -> list[Block]:
    """Cut an issue into its non-empty lines; CR, CRLF and edge whitespace are layout and are dropped; lines a scan
    wrapped at its column's width are one block again."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines: list[_Line] = []
    under = False
    for number, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip(_EDGE_SPACE)
        if not stripped:
            under = False
            continue
        lines.append(_Line(number, stripped, raw[0] in _INDENT_CHARS, under, raw))
        under = True
    joins = _unwrap(lines)
    blocks: list[Block] = []
    for k, line in enumerate(lines):
        if k and joins[k - 1]:
            last = blocks[-1]
            # a wrap at a space between words (记者 / 张可馨) keeps one space
            space = " " if lines[k - 1].raw.endswith(" ") or line.raw.startswith(" ") else ""
            blocks[-1] = Block(last.index, last.line, last.text + space + line.text, last.indented)
            continue
        blocks.append(Block(len(blocks), line.number, line.text, line.indented))
    return blocks


# East Asian wide and full-width characters (Unicode's East_Asian_Width W and F, the common ranges).
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]"
)


def display_width(text: str) -> int:
    """Columns a line takes: two for a wide (Chinese, full-width) character, one for the rest."""
    return len(text) + len(_WIDE.findall(text))


def _unwrap(lines: list[_Line]) -> list[bool]:
    """For each line, whether it runs on into the next: the dump wrapped it at its column's width.

    A line is wrapped when the next is set right under it (no blank line), the next is not indented, and the line
    fills a column's width (indentation counts: it takes room).  A column's width is read from the issue itself, in
    characters or in display columns (dumps count either): a width that many lines stop at with a line of the same
    width right under them, as the inner lines of a wrapped paragraph do.  A dump that sets each paragraph on one line has no such width: one
    paragraph seldom has the length of the one before."""
    n = len(lines)
    joins = [False] * n
    below = [k for k in range(n - 1) if lines[k + 1].under]
    if len(below) < WRAP_MIN_LINES:
        return joins
    # A dump that sets nothing apart with blank lines has its headings right above its text too: there, only lines
    # that fill a column exactly run on.
    slack = WRAP_SLACK if len(below) < n - 1 else 0
    full = [False] * n
    for measure in (len, display_width):
        widths = [measure(line.set_width_text) for line in lines]
        runs = Counter(widths[k] for k in below if abs(widths[k] - widths[k + 1]) <= slack)
        columns = [
            w
            for w in runs
            if w >= 16
            and sum(runs[v] for v in range(w - slack, w + slack + 1)) >= max(WRAP_MIN_PAIRS, WRAP_SHARE * len(below))
        ]
        for k in below:
            full[k] = full[k] or any(w - slack <= widths[k] <= w for w in columns)
    for k in below:
        joins[k] = full[k] and not _PARAGRAPH_INDENT.match(lines[k + 1].set_width_text)
    return joins
