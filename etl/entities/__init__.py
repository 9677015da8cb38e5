"""Text -> entity mentions: people with titles, organizations, places, documents, amounts, dates (pure).

The package imports its extractors (and loads the tagger's tables) only when ``extract_mentions`` or
``event_date`` is first asked for: a module that needs only a small table (``etl.entities.surnames``, which the
parser reads) does not pay a second of start-up for the rest.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from etl.entities.dates import event_date
    from etl.entities.extract import extract_mentions

__all__ = ["extract_mentions", "event_date"]


def __getattr__(name: str) -> Any:
    if name == "extract_mentions":
        from etl.entities.extract import extract_mentions

        return extract_mentions
    if name == "event_date":
        from etl.entities.dates import event_date

        return event_date
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
