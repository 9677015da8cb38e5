"""Frozen, typed records that flow between the pipeline's stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

# Roles a byline can give a reporter.  Order matters only for documentation.
REPORTER_ROLES = ("记者", "见习记者", "通讯员", "特约记者", "实习生", "摄影", "评论员", "作者")

# Entity types a mention can have.
MENTION_TYPES = ("person", "organization", "place", "document", "amount", "date")


@dataclass(frozen=True, slots=True)
class Reporter:
    """One person named in a byline, with the role printed before the name."""

    name: str
    role: str  # one of REPORTER_ROLES
    affiliation: str | None = None  # 本报, 新华社, 人民网 ... where printed


@dataclass(frozen=True, slots=True)
class Article:
    """One article of an issue, as the parser splits it.

    ``paragraphs`` hold the body with page/column breaks repaired and the byline and dateline removed;
    ``body`` joins them with ``\\n`` and is what entity offsets point into.
    """

    seq: int  # 1-based position in the issue
    headline: str
    paragraphs: tuple[str, ...]
    kicker: str | None = None  # 引题
    subtitle: str | None = None  # 副题
    page: int | None = None
    page_name: str | None = None
    byline: str | None = None  # the byline as printed, if any
    reporters: tuple[Reporter, ...] = ()
    dateline: str | None = None  # place and date of filing, e.g. 新华社北京1月30日电

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of an entity in a text, with character offsets (end exclusive)."""

    type: str  # one of MENTION_TYPES
    text: str
    start: int
    end: int
    canonical: str
    titles: tuple[str, ...] = ()  # persons: the title chain printed with the name
    adcode: str | None = None  # places that are administrative divisions
    place_id: str | None = None  # places found in the gazetteer: its key (the adcode for divisions)
    place_level: str | None = None  # province / city / district ... or a kind: lake, region, zone
    value: float | None = None  # amounts
    unit: str | None = None  # amounts: CNY, USD, percent, ...
    is_approximate: bool = False  # amounts: 约, 近, 超 ...
    start_date: date | None = None  # dates
    end_date: date | None = None  # dates
    part_of_day: str | None = None  # dates: morning / afternoon / evening


@dataclass(frozen=True, slots=True)
class IssueMetadata:
    """What is known about an issue besides its text, and where it came from."""

    paper: str
    issue_date: date
    edition: str | None
    source: str  # 'sidecar', 'filename' or 'logical_date'


@dataclass(frozen=True, slots=True)
class RawIssue:
    """A raw issue file as read and decoded by ingest."""

    issue_id: str  # SHA-256 of the file's bytes
    source_path: str
    metadata: IssueMetadata
    encoding: str
    has_bom: bool
    line_endings: str  # 'LF', 'CRLF', 'CR' or 'mixed'
    byte_size: int
    text: str  # decoded, BOM removed, newlines normalised to \n
    warnings: tuple[str, ...] = field(default=())
