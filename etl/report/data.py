"""What the report shows, read from a published warehouse: typed rows, one query per chart."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import duckdb

ENTITY_TYPES = ("person", "organization")


@dataclass(frozen=True, slots=True)
class DayCount:
    day: date
    paper: str
    articles: int


@dataclass(frozen=True, slots=True)
class Ranked:
    name: str
    articles: int
    mentions: int
    note: str = ""  # a person's latest title, a place's level


@dataclass(frozen=True, slots=True)
class Appearance:
    name: str
    day: date
    articles: int


@dataclass(frozen=True, slots=True)
class Node:
    key: str
    name: str
    kind: str  # person | organization
    articles: int


@dataclass(frozen=True, slots=True)
class Edge:
    a: str
    b: str
    articles: int  # articles in which both are named


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    level: str
    longitude: float | None
    latitude: float | None
    articles: int
    mentions: int


@dataclass(frozen=True, slots=True)
class ReportData:
    build_id: str | None
    published_at: datetime | None
    totals: dict[str, int]
    first_day: date | None
    last_day: date | None
    articles_per_day: list[DayCount] = field(default_factory=list)
    top_people: list[Ranked] = field(default_factory=list)
    top_organizations: list[Ranked] = field(default_factory=list)
    appearances: list[Appearance] = field(default_factory=list)
    nodes: list[Node] = field(default_factory=list)
    edges: list[Edge] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    outline: list[tuple[float, float]] = field(default_factory=list)  # gazetteer districts: the map's backdrop


TOTALS = {
    "issues": "select count(*) from dim_issues",
    "articles": "select count(*) from fct_articles",
    "people": "select count(distinct canonical_name) from fct_entity_mentions where mention_type = 'person'",
    "organizations": "select count(distinct organization_id) from fct_entity_mentions where mention_type = 'organization'",
    "places": "select count(distinct place_id) from fct_entity_mentions where mention_type = 'place'",
    "mentions": "select count(*) from fct_entity_mentions",
}

# People are counted by name: the same name under two home regions is one bar to a reader of the report.
TOP_PEOPLE = """
    with mentions as (
        select canonical_name as name, article_id, issue_date
        from fct_entity_mentions
        where mention_type = 'person'
    ),
    titles as (
        select person_name as name, title as latest_title
        from fct_person_titles
        qualify row_number() over (partition by person_name order by issue_date desc, mention_count desc, title) = 1
    )
    select m.name, count(distinct m.article_id) as articles, count(*) as mentions, coalesce(t.latest_title, '') as note
    from mentions as m
    left join titles as t using (name)
    group by all
    order by articles desc, mentions desc, m.name
    limit ?
"""

TOP_ORGANIZATIONS = """
    select canonical_name as name, count(distinct article_id) as articles, count(*) as mentions, '' as note
    from fct_entity_mentions
    where mention_type = 'organization'
    group by all
    order by articles desc, mentions desc, name
    limit ?
"""

APPEARANCES = """
    with top as (
        select canonical_name as name
        from fct_entity_mentions
        where mention_type = 'person'
        group by all
        order by count(distinct article_id) desc, count(*) desc, name
        limit ?
    )
    select m.canonical_name as name, m.issue_date as day, count(distinct m.article_id) as articles
    from fct_entity_mentions as m
    inner join top on top.name = m.canonical_name
    where m.mention_type = 'person'
    group by all
    order by day, name
"""

COOCCURRENCE_NODES = """
    select mention_type || ':' || canonical_name as key, canonical_name as name, mention_type as kind,
        count(distinct article_id) as articles
    from fct_entity_mentions
    where mention_type in ('person', 'organization')
    group by all
    order by articles desc, count(*) desc, name
    limit ?
"""

COOCCURRENCE_EDGES = """
    with pairs as (
        select distinct article_id, mention_type || ':' || canonical_name as key
        from fct_entity_mentions
        where mention_type in ('person', 'organization')
    )
    select a.key as a, b.key as b, count(*) as articles
    from pairs as a
    inner join pairs as b on a.article_id = b.article_id and a.key < b.key
    where a.key in (select unnest(?::varchar[])) and b.key in (select unnest(?::varchar[]))
    group by all
    order by articles desc, a, b
    limit ?
"""

PLACES = """
    select p.place_name as name, p.place_level as level, p.longitude, p.latitude,
        count(distinct m.article_id) as articles, count(*) as mentions
    from fct_entity_mentions as m
    inner join dim_places as p using (place_id)
    where m.mention_type = 'place'
    group by all
    order by articles desc, mentions desc, name
    limit ?
"""

OUTLINE = """
    select round(longitude, 2), round(latitude, 2)
    from dim_places
    where place_level = 'district' and longitude is not null and latitude is not null
    order by 1, 2
"""


def load_report_data(con: duckdb.DuckDBPyConnection, top_n: int = 12) -> ReportData:
    """Run the report's queries against an open (read-only) warehouse."""
    totals = {k: int(con.execute(q).fetchone()[0]) for k, q in TOTALS.items()}  # type: ignore[index]
    build_id, published_at = _build(con)
    first_day, last_day = con.execute("select min(issue_date), max(issue_date) from fct_articles").fetchone() or (
        None,
        None,
    )
    nodes = [Node(*r) for r in con.execute(COOCCURRENCE_NODES, [30]).fetchall()]
    keys = [n.key for n in nodes]
    return ReportData(
        build_id=build_id,
        published_at=published_at,
        totals=totals,
        first_day=first_day,
        last_day=last_day,
        articles_per_day=[
            DayCount(*r)
            for r in con.execute(
                "select issue_date, paper, count(*) from fct_articles group by all order by 1, 2"
            ).fetchall()
        ],
        top_people=[Ranked(*r) for r in con.execute(TOP_PEOPLE, [top_n]).fetchall()],
        top_organizations=[Ranked(*r) for r in con.execute(TOP_ORGANIZATIONS, [top_n]).fetchall()],
        appearances=[Appearance(*r) for r in con.execute(APPEARANCES, [8]).fetchall()],
        nodes=nodes,
        edges=[Edge(*r) for r in con.execute(COOCCURRENCE_EDGES, [keys, keys, 80]).fetchall()],
        places=[Place(*r) for r in con.execute(PLACES, [40]).fetchall()],
        outline=[(float(x), float(y)) for x, y in con.execute(OUTLINE).fetchall()],
    )


def _build(con: duckdb.DuckDBPyConnection) -> tuple[str | None, datetime | None]:
    has = con.execute("select count(*) from duckdb_tables() where table_name = 'published_build'").fetchone()
    if not has or not has[0]:
        return None, None
    row = con.execute("select build_id, published_at from published_build").fetchone()
    return (str(row[0]), row[1]) if row else (None, None)
