"""Heading lines -> kicker (引题), headline and subtitle (副题), by how papers set them."""

from __future__ import annotations

import re

# A column tag closes a headline: 增强信心，保持经济韧性和活力（今日谈）.
_COLUMN_TAG = re.compile(r"[（(][^（()）]{1,24}[）)]$")


# A subtitle opens with a dash: ——, or as dumps set it, one long dash, a box-drawing rule or two hyphens.
_SUBTITLE_DASHES = ("——", "—", "─", "--", "－－")


def assign_headings(lines: list[str]) -> tuple[str | None, str, str | None]:
    """Kicker, headline, subtitle from an article's heading lines.

    One line is the headline; three are kicker, headline, subtitle; of two, a line opening with —— or wholly in
    brackets is the subtitle, a line ending with —— or a colon is the kicker, a column tag (（今日谈）) marks the
    headline, and otherwise the first is the kicker (the commoner layout).  More than three lines: the extra leading
    ones join the kicker, so no heading text is lost.
    """
    if not lines:
        return None, "", None
    if len(lines) > 3:
        lines = [" ".join(lines[:-2])] + lines[-2:]
    if len(lines) == 1:
        return None, lines[0], None
    if len(lines) == 3:
        return lines[0], lines[1], lines[2]
    first, second = lines
    if second.startswith(_SUBTITLE_DASHES) or (second[0] in "（(" and second[-1] in "）)"):
        return None, first, second
    if first.endswith(("——", "：", ":")):
        return first, second, None
    if _COLUMN_TAG.search(first) and not _COLUMN_TAG.search(second):
        return None, first, second
    return first, second, None
