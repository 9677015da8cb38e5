"""People (with titles), organizations and places."""

from __future__ import annotations

from etl.records import Mention


def find_names(text: str) -> list[Mention]:
    return []
