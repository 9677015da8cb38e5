"""Issue text -> blocks: one printed line each, with its layout (indentation) separated from its text."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Whitespace that is layout, not text: ideographic space (indentation, name padding), NBSP, tabs, BOM.
_EDGE_SPACE = " \t\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff"
_INDENT = re.compile(r"^[ \t\u3000\u00a0]+")


@dataclass(frozen=True, slots=True)
class Block:
    """One non-empty line of the issue: its text without edge whitespace, and whether it was indented."""

    index: int  # 0-based position among blocks
    line: int  # 1-based line number in the issue text
    text: str
    indented: bool


def split_blocks(text: str) -> list[Block]:
    """Cut an issue into its non-empty lines; CR, CRLF and edge whitespace are layout and are dropped."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks: list[Block] = []
    for lineno, raw in enumerate(text.split("\n"), start=1):
        stripped = raw.strip(_EDGE_SPACE)
        if not stripped:
            continue
        blocks.append(Block(len(blocks), lineno, stripped, bool(_INDENT.match(raw))))
    return blocks
