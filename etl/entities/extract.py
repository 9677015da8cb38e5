"""Every extractor over one text, in order of position: what ``etl.entities.extract_mentions`` is (pure)."""

from __future__ import annotations

from datetime import date

from etl.entities.amounts import find_amounts
from etl.entities.dates import find_dates
from etl.entities.documents import find_documents
from etl.entities.names import find_names
from etl.entities.places import find_level_bodies, resolve_home_orgs, resolve_places
from etl.records import Mention


def extract_mentions(text: str, issue_date: date | None = None, home_adcode: str | None = None) -> list[Mention]:
    """Every mention in ``text``, in order of position; offsets index into ``text``.

    ``issue_date`` anchors relative dates (昨天, 上月); ``home_adcode`` is the newspaper's home region,
    which resolves 我区 / 全区, organizations named by their level (区委 -> 武进区委) and ambiguous short place names.
    """
    mentions: list[Mention] = []
    mentions.extend(find_names(text))
    mentions.extend(find_level_bodies(text, mentions))
    mentions.extend(find_documents(text))
    mentions.extend(find_amounts(text))
    mentions.extend(find_dates(text, issue_date))
    mentions = resolve_places(mentions, home_adcode, text=text)
    mentions = resolve_home_orgs(mentions, home_adcode)
    mentions.sort(key=lambda m: (m.start, -m.end, m.type))
    return mentions
