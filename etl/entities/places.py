"""Places resolved to the gazetteer: administrative code and level, or a kind."""

from __future__ import annotations

from etl.records import Mention


def resolve_places(mentions: list[Mention], home_adcode: str | None) -> list[Mention]:
    return mentions
