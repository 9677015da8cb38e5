"""JSON views of records, as the command line prints them (one object per line)."""

from __future__ import annotations

from datetime import date
from typing import Any

from etl.records import Article, Mention


def mention_json(m: Mention) -> dict[str, Any]:
    out: dict[str, Any] = {"type": m.type, "text": m.text, "start": m.start, "end": m.end, "canonical": m.canonical}
    if m.type == "person":
        out["titles"] = list(m.titles)
    elif m.type == "place":
        out["adcode"] = m.adcode
        out["place_id"] = m.place_id
        out["level"] = m.place_level
    elif m.type == "amount":
        out.update(value=m.value, unit=m.unit, approximate=m.is_approximate)
    elif m.type == "date":
        out.update(
            start_date=m.start_date.isoformat() if m.start_date else None,
            end_date=m.end_date.isoformat() if m.end_date else None,
            part_of_day=m.part_of_day,
        )
    return out


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


def persons_with_titles(mentions: list[Mention]) -> list[dict[str, Any]]:
    """One entry per person (canonical name), titles merged in order of first appearance."""
    people: dict[str, list[str]] = {}
    for m in mentions:
        if m.type == "person":
            titles = people.setdefault(m.canonical, [])
            titles.extend(t for t in m.titles if t not in titles)
    return [{"name": name, "titles": titles} for name, titles in people.items()]


def article_json(
    article: Article, issue_date: date | None = None, home_adcode: str | None = None, with_entities: bool = True
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "seq": article.seq,
        "page": article.page,
        "page_name": article.page_name,
        "kicker": article.kicker,
        "headline": article.headline,
        "subtitle": article.subtitle,
        "byline": article.byline,
        "reporters": [{"name": r.name, "role": r.role, "affiliation": r.affiliation} for r in article.reporters],
        "dateline": article.dateline,
        "body": article.body,
    }
    if with_entities:
        from etl.entities import event_date, extract_mentions

        mentions = extract_mentions(article.body, issue_date=issue_date, home_adcode=home_adcode)
        out["persons"] = persons_with_titles(mentions)
        for key, kind in (("organizations", "organization"), ("places", "place"), ("documents", "document")):
            out[key] = _unique([m.canonical for m in mentions if m.type == kind])
        ev = event_date(article.body, issue_date) if issue_date else None
        out["event_date"] = ev.isoformat() if ev else None
    return out
