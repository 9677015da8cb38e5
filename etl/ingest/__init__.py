"""Reading raw issue files: encodings, sidecars, hashing, quarantine (I/O)."""

from __future__ import annotations

from typing import Any

__all__ = ["FileOutcome", "IngestReport", "IssueRejected", "ingest_folder"]


def __getattr__(name: str) -> Any:
    # Lazy: `etl.ingest.decode` alone (the command line's parse) must not pay for pyarrow.
    if name in __all__:
        from etl.ingest import landing

        return getattr(landing, name)
    raise AttributeError(name)
