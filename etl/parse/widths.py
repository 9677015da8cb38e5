"""Character widths as some papers' systems print them, read the way the parser's cues are written.

The cues are written for full-width punctuation in Chinese text (a comma that leaves a sentence open, a bracketed
byline, a colon after a label) and for ASCII digits and letters (第02版, 2026年4月27日, A03).  Some papers print the
other forms: ``锻造新质生产力,催生发展新动能`` (the specimen), ``第０２版``, ``２０２６年４月２７日``.  Such an issue is
read through a view of itself in the expected forms, one character for one, and every string the parser returns is
given back in the forms the issue prints.

- A half-width mark (, ; : ? ! ( )) counts only where Chinese text stands next to it: marks between digits or Latin
  letters (1,000, (1), 3:2) are left alone.
- A form is read through the view only when the issue prints it so nearly always (at least ``MIN_USES`` times, the
  other form at most ``OTHER_SHARE`` of the uses): an issue that prints a mark both ways is read as printed, since
  giving back would change the text of the other form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, is_dataclass, replace
from typing import Any, TypeVar

HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
FULL_TO_ASCII = (
    {chr(0xFF10 + i): str(i) for i in range(10)}
    | {chr(0xFF21 + i): chr(ord("A") + i) for i in range(26)}
    | {chr(0xFF41 + i): chr(ord("a") + i) for i in range(26)}
)

# Chinese text on either side of a mark, a space between allowed: ideographs, full-width marks and quotes.
_CJK = "\u3400-\u9fff\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026"
_IN_CHINESE = re.compile(rf"(?<=[{_CJK}])[ ]?([,;:?!()])|([,;:?!()])(?=[ ]?[{_CJK}])")
_FULL_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")
_DIGIT, _UPPER, _LOWER = "0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz"

MIN_USES = 5  # a form used fewer times than this tells nothing about the paper's system
OTHER_SHARE = 0.02  # ... and the other form may make at most this share of the uses

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class WidthView:
    """What the parser reads (``text``) and, for each character of it that goes back, the form the issue prints."""

    text: str
    back: dict[str, str]

    def give_back(self, value: T) -> T:
        """``value`` (a string, a tuple or list of them, a dataclass of them, nested) in the forms the issue prints."""
        if not self.back:
            return value
        return _give_back(value, str.maketrans(self.back))

    def describe(self) -> str:
        """What the view changed, for ``--explain``: empty when the issue is read as printed."""
        parts = []
        marks = [m for m in self.back.values() if m in HALF_TO_FULL]
        if marks:
            parts.append(f"prints {' '.join(marks)} half-width in Chinese text; the parser reads them full-width")
        if any(m in FULL_TO_ASCII for m in self.back.values()):
            parts.append("prints digits or Latin letters full-width (２０２６); the parser reads them as ASCII")
        return "This issue " + ", and ".join(parts) + "." if parts else ""


def _give_back(value: Any, table: dict[int, str]) -> Any:
    if isinstance(value, str):
        return value.translate(table)
    if isinstance(value, tuple | list):
        return type(value)(_give_back(v, table) for v in value)
    if is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _give_back(getattr(value, f.name), table) for f in fields(value)}
        changes = {k: v for k, v in changes.items() if v != getattr(value, k)}
        return replace(value, **changes) if changes else value
    return value


def _nearly_always(uses: int, other: int) -> bool:
    return uses >= MIN_USES and other <= OTHER_SHARE * (uses + other)


_HALF_MARK = re.compile("[,;:?!()]")
_CJK_CHAR = re.compile(f"[{_CJK}]")


def _marks_in_chinese(text: str) -> list[tuple[int, str]]:
    """Where ``_IN_CHINESE`` finds a half-width mark, and the mark: the same spans as its ``finditer``, found from the
    marks (a scan that tries the lookbehind at every character of an issue is slow).  A match holds one mark and at
    most the space before it, so the matches never overlap a mark's neighbours and each mark is judged alone."""

    def cjk(k: int) -> bool:
        return 0 <= k < len(text) and _CJK_CHAR.match(text, k) is not None

    def space(k: int) -> bool:
        return 0 <= k < len(text) and text[k] == " "

    return [
        (m.start(), m.group())
        for m in _HALF_MARK.finditer(text)
        if cjk(m.start() - 1)
        or (space(m.start() - 1) and cjk(m.start() - 2))
        or cjk(m.start() + 1)
        or (space(m.start() + 1) and cjk(m.start() + 2))
    ]


def reading_view(text: str) -> WidthView:
    """The issue as the parser reads it: half-width marks in Chinese text full-width, full-width digits and letters
    ASCII, each only where the issue prints that form nearly always."""
    chars: list[str] | None = None
    back: dict[str, str] = {}

    spans = _marks_in_chinese(text)
    if len(spans) >= MIN_USES:
        half: dict[str, int] = {}
        for _, mark in spans:
            half[mark] = half.get(mark, 0) + 1
        used = {mark for mark, n in half.items() if _nearly_always(n, text.count(HALF_TO_FULL[mark]))}
        # Brackets go as a pair: a view that made only one of them full-width would leave every bracket unbalanced.
        if ("(" in used) != (")" in used):
            used -= {"(", ")"}
        if used:
            chars = list(text)
            for start, mark in spans:
                if mark in used:
                    chars[start] = HALF_TO_FULL[mark]
            back |= {HALF_TO_FULL[mark]: mark for mark in used}

    full = _FULL_ALNUM.findall(text)
    if len(full) >= MIN_USES:
        for ascii_set in (_DIGIT, _UPPER, _LOWER):
            wide = sum(1 for ch in full if FULL_TO_ASCII[ch] in ascii_set)
            narrow = sum(text.count(ch) for ch in ascii_set)
            if _nearly_always(wide, narrow):
                back |= {FULL_TO_ASCII[ch]: ch for ch in FULL_TO_ASCII if FULL_TO_ASCII[ch] in ascii_set}
        to_ascii = {ch: a for ch, a in FULL_TO_ASCII.items() if a in back}
        if to_ascii:
            table = str.maketrans(to_ascii)
            chars = list("".join(chars).translate(table) if chars is not None else text.translate(table))

    if chars is None:
        return WidthView(text, {})
    return WidthView("".join(chars), back)
