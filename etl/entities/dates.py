"""Dates, relative ones resolved against the issue date; an article's event date."""

from __future__ import annotations

from datetime import date

from etl.records import Mention


def find_dates(text: str, issue_date: date | None) -> list[Mention]:
    return []


def event_date(text: str, issue_date: date | None) -> date | None:
    return None
