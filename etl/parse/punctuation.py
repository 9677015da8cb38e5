"""Half-width punctuation in Chinese text, as some papers' systems print it (锻造新质生产力,催生发展新动能).

The parser's cues are written for full-width punctuation: a comma that leaves a sentence open, a bracketed byline, a
colon after a label.  An issue that prints a mark half-width wherever Chinese text stands around it is read through
a full-width view of itself (same length, one character for one), and every string the parser returns is given back
with that mark half-width again, as printed.  Marks between Latin letters or digits (1,000, (1), 3:2) are not in a
Chinese context and are left alone.  An issue that prints a mark both ways is read as printed: giving back would
then change the text of the other form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, is_dataclass, replace
from typing import TypeVar

HALF_TO_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}

# Chinese text on either side of a mark, spaces between allowed: ideographs, full-width marks and quotes.
_CJK = "\u3400-\u9fff\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026"
_IN_CHINESE = re.compile(rf"(?<=[{_CJK}])[ ]?([,;:?!()])|([,;:?!()])(?=[ ]?[{_CJK}])")

MIN_HALF = 5  # at least this many half-width marks of a kind in Chinese context before the issue counts as using them
FULL_SHARE = 0.02  # ... and its full-width form at most this share of that mark's uses

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class PunctuationView:
    """What the parser reads (``text``) and which full-width marks go back half-width in its results (``back``)."""

    text: str
    back: dict[str, str]

    def give_back(self, value: T) -> T:
        """``value`` (a string, a tuple or list of them, a dataclass of them, nested) with the marks as the issue prints them."""
        if not self.back:
            return value
        return _give_back(value, str.maketrans(self.back))


def _give_back(value, table):  # noqa: ANN001, ANN202 - any value the parser returns
    if isinstance(value, str):
        return value.translate(table)
    if isinstance(value, tuple | list):
        return type(value)(_give_back(v, table) for v in value)
    if is_dataclass(value) and not isinstance(value, type):
        changes = {}
        for f in fields(value):
            old = getattr(value, f.name)
            new = _give_back(old, table)
            if new is not old and new != old:
                changes[f.name] = new
        return replace(value, **changes) if changes else value
    return value


def full_width_view(text: str) -> PunctuationView:
    """The issue as the parser reads it: the half-width marks it prints in Chinese text, made full-width."""
    spans = [(m.start(1), m.group(1)) if m.group(1) else (m.start(2), m.group(2)) for m in _IN_CHINESE.finditer(text)]
    if len(spans) < MIN_HALF:
        return PunctuationView(text, {})
    half: dict[str, int] = {}
    for _, mark in spans:
        half[mark] = half.get(mark, 0) + 1
    used = {
        mark
        for mark, n in half.items()
        if n >= MIN_HALF and text.count(HALF_TO_FULL[mark]) <= FULL_SHARE * (n + text.count(HALF_TO_FULL[mark]))
    }
    # Brackets go as a pair: a view that made only one of them full-width would leave every bracket unbalanced.
    if ("(" in used) != (")" in used):
        used -= {"(", ")"}
    if not used:
        return PunctuationView(text, {})
    chars = list(text)
    for start, mark in spans:
        if mark in used:
            chars[start] = HALF_TO_FULL[mark]
    return PunctuationView("".join(chars), {HALF_TO_FULL[mark]: mark for mark in used})
