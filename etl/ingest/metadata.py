"""Issue metadata (paper, issue date, edition): from a sidecar JSON, else the file name, else the run's date."""

from __future__ import annotations

import json
import os
import re
from datetime import date

from etl.records import IssueMetadata

# rmrb_20260427.txt, changzhou-wujin_2024-03-15.txt, wjrb_20240315_A.txt
_NAME = re.compile(
    r"^(?P<paper>[A-Za-z0-9][A-Za-z0-9\-]*)_(?P<date>\d{8}|\d{4}-\d{2}-\d{2})(?:_(?P<edition>[A-Za-z0-9]+))?$"
)
_SAFE_PAPER = re.compile(r"^[a-z0-9][a-z0-9_\-]{0,63}$")


class SidecarError(ValueError):
    """A sidecar exists but cannot be used; the message says why."""


def safe_paper(name: str) -> str:
    """A paper name as used in paths and keys: lower case, [a-z0-9_-], never a path."""
    if "/" in name or "\\" in name or ".." in name:
        raise SidecarError(f"paper name {name!r} is not usable as an identifier: it looks like a path")
    slug = re.sub(r"[^a-z0-9_\-]+", "-", name.strip().lower()).strip("-_")
    if not slug or not _SAFE_PAPER.match(slug):
        raise SidecarError(f"paper name {name!r} is not usable as an identifier (letters, digits, - and _ only)")
    return slug


def _parse_date(value: str) -> date:
    value = value.strip()
    if re.fullmatch(r"\d{8}", value):
        value = f"{value[:4]}-{value[4:6]}-{value[6:]}"
    try:
        d = date.fromisoformat(value)
    except ValueError as exc:
        raise SidecarError(f"date {value!r} is not a real calendar date (YYYY-MM-DD)") from exc
    if not (1946 <= d.year <= 2100):
        raise SidecarError(f"date {value!r} is outside the years a newspaper archive can hold (1946-2100)")
    return d


def metadata_from_filename(path: str) -> IssueMetadata | None:
    stem = os.path.splitext(os.path.basename(path))[0]
    m = _NAME.match(stem)
    if not m:
        return None
    try:
        return IssueMetadata(
            paper=safe_paper(m["paper"]), issue_date=_parse_date(m["date"]), edition=m["edition"], source="filename"
        )
    except SidecarError:
        return None


def metadata_from_sidecar(raw: bytes, sidecar_path: str) -> IssueMetadata:
    """Read ``<file>.json``: {"paper": ..., "date": "YYYY-MM-DD", "edition": ...}."""
    try:
        doc = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SidecarError(f"sidecar {os.path.basename(sidecar_path)} is not valid JSON: {exc}") from exc
    if not isinstance(doc, dict):
        raise SidecarError(f"sidecar {os.path.basename(sidecar_path)} is not a JSON object")
    paper = doc.get("paper")
    when = doc.get("date") or doc.get("issue_date")
    if not isinstance(paper, str) or not isinstance(when, str):
        raise SidecarError(f"sidecar {os.path.basename(sidecar_path)} needs string fields 'paper' and 'date'")
    edition = doc.get("edition")
    return IssueMetadata(
        paper=safe_paper(paper),
        issue_date=_parse_date(when),
        edition=str(edition) if edition is not None else None,
        source="sidecar",
    )


def resolve_metadata(
    path: str, sidecar: bytes | None, logical_date: date, default_paper: str
) -> tuple[IssueMetadata, list[str]]:
    """Sidecar first, then the file name, then the run's logical date; returns warnings for what fell back."""
    warnings: list[str] = []
    if sidecar is not None:
        try:
            return metadata_from_sidecar(sidecar, path + ".json"), warnings
        except SidecarError as exc:
            warnings.append(f"{exc}; fell back to the file name")
    named = metadata_from_filename(path)
    if named is not None:
        return named, warnings
    warnings.append("no sidecar and no <paper>_<YYYYMMDD> file name: dated by the run's logical date")
    return IssueMetadata(paper=default_paper, issue_date=logical_date, edition=None, source="logical_date"), warnings
