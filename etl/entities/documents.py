"""Documents named in 《》: laws, plans, reports, books, programmes (the outermost pair; 〈〉 and 《》 nest inside)."""

from __future__ import annotations

import re

from etl.records import Mention

_BRACKETS = re.compile(r"[《》\n]")
# Titles run long (条约, 议定书 reach ~70 characters) but a pair much longer than that is a stray bracket.
_MAX_TITLE = 120


def find_documents(text: str) -> list[Mention]:
    """Every outermost 《...》 on one line, in order; an unclosed 《 (cut by a page break) is skipped."""
    pairs: list[tuple[int, int]] = []
    stack: list[int] = []
    for m in _BRACKETS.finditer(text):
        ch = m.group(0)
        if ch == "《":
            stack.append(m.start())
        elif ch == "》":
            if stack:
                start = stack.pop()
                pairs.append((start, m.end()))
        else:
            stack.clear()  # titles do not cross lines: an open bracket left here was never closed
    out: list[Mention] = []
    pairs.sort(key=lambda p: (p[0], -p[1]))
    covered_to = -1
    for start, end in pairs:
        if end <= covered_to:
            continue  # nested inside a pair already taken
        inner = text[start + 1 : end - 1].strip()
        if not inner or end - start - 2 > _MAX_TITLE:
            continue
        out.append(Mention("document", text[start:end], start, end, inner))
        covered_to = end
    return out
