"""Amounts of money and quantities."""

from __future__ import annotations

from etl.records import Mention


def find_amounts(text: str) -> list[Mention]:
    return []
