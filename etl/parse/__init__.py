"""Issue text -> articles: page headers, headings, bylines and datelines, paragraph repair (pure, no I/O)."""

from etl.parse.issue import explain_issue, parse_issue

__all__ = ["explain_issue", "parse_issue"]
