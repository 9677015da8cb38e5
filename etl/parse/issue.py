"""Split an issue's text into articles."""

from __future__ import annotations

from etl.records import Article


def parse_issue(text: str) -> list[Article]:
    return []


def explain_issue(text: str) -> str:
    return ""
