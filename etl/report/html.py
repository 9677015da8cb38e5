"""The report page as a pure function of ReportData: one self-contained HTML file, viewable offline."""

from __future__ import annotations

from html import escape

from etl.report import charts
from etl.report.data import Place, ReportData

TITLES = {
    "articles-per-day": "Articles per day",
    "top-people": "Top people",
    "top-organizations": "Top organizations",
    "appearances": "Appearances over time",
    "cooccurrence": "Co-occurrence graph",
    "places-map": "Places on the map",
    "places-table": "Places most written about",
}

CSS = """
*{box-sizing:border-box}
body{margin:0;background:#eef1f5;color:#1f2933;
 font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei","Source Han Sans SC",system-ui,sans-serif}
main{width:1200px;margin:0 auto;padding:20px 0 24px}
header{display:flex;justify-content:space-between;align-items:flex-end;margin-bottom:16px}
h1{margin:0;font-size:26px;letter-spacing:.2px}
h1 span{color:#c0392b}
.meta{color:#6b7785;font-size:13px;text-align:right;line-height:1.5}
.kpis{display:grid;grid-template-columns:repeat(6,1fr);gap:12px;margin-bottom:16px}
.kpi{background:#fff;border-radius:10px;padding:12px 16px;box-shadow:0 1px 2px rgba(16,24,40,.06)}
.kpi b{display:block;font-size:26px;font-weight:700}
.kpi small{color:#6b7785;font-size:12px;text-transform:uppercase;letter-spacing:.6px}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:16px}
.chart{background:#fff;border-radius:10px;padding:14px 20px 12px;box-shadow:0 1px 2px rgba(16,24,40,.06)}
.chart.wide{grid-column:1/-1}
.chart h2{margin:0 0 2px;font-size:16px}
.chart p{margin:0 0 8px;color:#6b7785;font-size:12px}
svg{display:block;max-width:100%;height:auto}
table{width:100%;border-collapse:collapse;font-size:13px}
th{text-align:left;color:#6b7785;font-weight:600;border-bottom:1px solid #e4e8ee;padding:5px 8px}
td{border-bottom:1px solid #f0f2f5;padding:4px 8px}
td.n{text-align:right;font-variant-numeric:tabular-nums}
th.n{text-align:right}
.bar{display:inline-block;height:9px;border-radius:2px;background:#c0392b;opacity:.75;vertical-align:middle}
footer{color:#6b7785;font-size:12px;margin-top:14px}
"""


def _section(key: str, note: str, body: str, wide: bool = False) -> str:
    cls = "chart wide" if wide else "chart"
    return (
        f'<section class="{cls}" id="chart-{key}" data-chart="{key}"><h2>{escape(TITLES[key])}</h2>'
        f"<p>{escape(note)}</p>{body}</section>"
    )


def _coordinates(p: Place) -> str:
    return f"{p.latitude:.2f}, {p.longitude:.2f}" if p.latitude is not None and p.longitude is not None else "—"


def _places_table(places: list[Place], limit: int = 10) -> str:
    if not places:
        return "<p>No places mentioned yet.</p>"
    most = max(p.articles for p in places)
    rows = "".join(
        f"<tr><td class='n'>{i}</td><td>{escape(p.name)}</td><td>{escape(p.level)}</td>"
        f"<td class='n'>{p.articles}</td><td><span class='bar' style='width:{90 * p.articles / most:.0f}px'></span></td>"
        f"<td class='n'>{p.mentions}</td>"
        f"<td>{_coordinates(p)}</td></tr>"
        for i, p in enumerate(places[:limit], start=1)
    )
    return (
        "<table><thead><tr><th class='n'>#</th><th>Place</th><th>Level</th><th class='n'>Articles</th><th></th>"
        "<th class='n'>Mentions</th>"
        f"<th>Lat, lon</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def render_report(data: ReportData) -> str:
    """The whole page.  Same data, same bytes: nothing here reads a clock, a file or the network."""
    t = data.totals
    span = f"{data.first_day} – {data.last_day}" if data.first_day else "no issues yet"
    built = (
        f"build {escape(data.build_id)}<br>published {data.published_at:%Y-%m-%d %H:%M} UTC"
        if data.build_id and data.published_at
        else "unstamped build"
    )
    kpis = "".join(
        f'<div class="kpi"><b>{t.get(k, 0):,}</b><small>{label}</small></div>'
        for k, label in (
            ("issues", "issues"),
            ("articles", "articles"),
            ("people", "people"),
            ("organizations", "organizations"),
            ("places", "places"),
            ("mentions", "mentions"),
        )
    )
    unit, _ = charts.time_bins([r.day for r in data.articles_per_day])
    top = data.top_people[0].name if data.top_people else "—"
    sections = [
        _section(
            "articles-per-day",
            f"Articles parsed from each issue, by {unit}; colours are papers.",
            charts.articles_per_day(data.articles_per_day),
            wide=True,
        ),
        _section(
            "top-people",
            "Articles naming each person (latest printed title beside).",
            charts.ranked_bars(data.top_people, charts.KIND_COLOURS["person"], TITLES["top-people"]),
        ),
        _section(
            "top-organizations",
            "Articles naming each organization.",
            charts.ranked_bars(
                data.top_organizations, charts.KIND_COLOURS["organization"], TITLES["top-organizations"]
            ),
        ),
        _section(
            "appearances",
            f"When the most covered people appear, by {unit}: the larger the dot, the more articles. Most: {top}.",
            charts.appearance_matrix(data.appearances),
            wide=True,
        ),
        _section(
            "cooccurrence",
            "People and organizations named in the same article; thicker lines, more shared articles.",
            charts.cooccurrence_graph(data.nodes, data.edges),
        ),
        _section(
            "places-map",
            "Places with coordinates in the gazetteer; grey dots are district seats, for orientation.",
            charts.place_map(data.places, data.outline),
        ),
        _section("places-table", "Every place mention resolved to the gazetteer.", _places_table(data.places), True),
    ]
    return (
        '<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>Newspapers warehouse report</title><style>{CSS}</style></head><body><main>"
        f"<header><h1>Newspapers warehouse <span>report</span></h1>"
        f'<div class="meta">issues {escape(span)}<br>{built}</div></header>'
        f'<div class="kpis">{kpis}</div><div class="grid">{"".join(sections)}</div>'
        "<footer>Static page written after each DAG run from the published warehouse; it needs no network. "
        "Hover a bar, dot or line for its numbers.</footer></main></body></html>\n"
    )
