"""Reading raw issue files: encodings, sidecars, hashing, quarantine (I/O)."""

from etl.ingest.landing import FileOutcome, IngestReport, IssueRejected, ingest_folder

__all__ = ["FileOutcome", "IngestReport", "IssueRejected", "ingest_folder"]
