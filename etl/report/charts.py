"""Inline SVG charts as pure functions of plain rows: no scripts, no fonts or images fetched, hover titles built in."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from html import escape

from etl.report.data import Appearance, DayCount, Edge, Node, Place, Ranked

PAPER_COLOURS = ("#c0392b", "#2f6db5", "#16a085", "#e08e0b", "#7d5ba6", "#5d6d7e", "#d35400", "#27ae60")
KIND_COLOURS = {"person": "#c0392b", "organization": "#2f6db5"}
INK, MUTED, GRID, BACKDROP = "#1f2933", "#6b7785", "#e4e8ee", "#cfd6df"
MAX_DAY_BARS = 60  # beyond this many issue days the timeline is summed by month


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def nice_ticks(top: float, count: int = 4) -> list[float]:
    """Round tick values from 0 to at least ``top`` (1, 2 or 5 times a power of ten apart)."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    step = max(step, 1.0)
    return [i * step for i in range(int(math.ceil(top / step)) + 1)]


def time_bins(days: Sequence[date]) -> tuple[str, list[str]]:
    """Per day while there are few issue days, else per month: (unit, sorted bin labels)."""
    distinct = sorted(set(days))
    if len(distinct) <= MAX_DAY_BARS:
        return "day", [d.isoformat() for d in distinct]
    return "month", sorted({d.strftime("%Y-%m") for d in distinct})


def _bin(day: date, unit: str) -> str:
    return day.isoformat() if unit == "day" else day.strftime("%Y-%m")


def _svg(width: int, height: int, body: str, label: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'role="img" aria-label="{_e(label)}">{body}</svg>'
    )


def _empty(width: int, height: int, label: str) -> str:
    return _svg(
        width,
        height,
        f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" fill="{MUTED}" font-size="14">'
        "Nothing to show yet</text>",
        label,
    )


def articles_per_day(rows: Sequence[DayCount], width: int = 1140, height: int = 220) -> str:
    """Stacked columns: articles per issue day (or month), one colour per paper."""
    label = "Articles per day"
    if not rows:
        return _empty(width, height, label)
    unit, bins = time_bins([r.day for r in rows])
    papers = sorted({r.paper for r in rows})
    colour = {p: PAPER_COLOURS[i % len(PAPER_COLOURS)] for i, p in enumerate(papers)}
    stacks: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in rows:
        stacks[_bin(r.day, unit)][r.paper] += r.articles
    ticks = nice_ticks(max(sum(s.values()) for s in stacks.values()))
    left, right, top, bottom = 44, 10, 28, 34
    plot_w, plot_h = width - left - right, height - top - bottom

    def y(v: float) -> float:
        return top + plot_h - v / ticks[-1] * plot_h

    slot = plot_w / len(bins)
    bar = min(slot * 0.72, 64)
    parts = [_legend(left, 12, [(p, colour[p]) for p in papers])]
    for t in ticks:
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{y(t):.1f}" y2="{y(t):.1f}" stroke="{GRID}"/>'
            f'<text x="{left - 8}" y="{y(t) + 4:.1f}" text-anchor="end" font-size="11" fill="{MUTED}">{t:g}</text>'
        )
    every = max(1, math.ceil(len(bins) / 14))
    for i, b in enumerate(bins):
        x = left + i * slot + (slot - bar) / 2
        base = 0
        for p in papers:
            n = stacks[b].get(p, 0)
            if not n:
                continue
            parts.append(
                f'<rect x="{x:.1f}" y="{y(base + n):.1f}" width="{bar:.1f}" height="{y(base) - y(base + n):.1f}" '
                f'fill="{colour[p]}" rx="2"><title>{_e(b)} · {_e(p)}: {n} articles</title></rect>'
            )
            base += n
        if len(bins) <= 30:
            parts.append(
                f'<text x="{x + bar / 2:.1f}" y="{y(base) - 5:.1f}" text-anchor="middle" font-size="11" '
                f'fill="{INK}">{base}</text>'
            )
        if i % every == 0:
            parts.append(
                f'<text x="{x + bar / 2:.1f}" y="{height - bottom + 18}" text-anchor="middle" font-size="11" '
                f'fill="{MUTED}">{_e(b)}</text>'
            )
    return _svg(width, height, "".join(parts), label)


def _legend(x: float, y: float, items: Sequence[tuple[str, str]]) -> str:
    out = []
    for name, colour in items:
        out.append(
            f'<rect x="{x:.0f}" y="{y - 9:.0f}" width="11" height="11" rx="2" fill="{colour}"/>'
            f'<text x="{x + 16:.0f}" y="{y:.0f}" font-size="12" fill="{INK}">{_e(name)}</text>'
        )
        x += 28 + 8 * len(name)
    return "".join(out)


def ranked_bars(items: Sequence[Ranked], colour: str, label: str, width: int = 560, row: int = 25) -> str:
    """Horizontal bars: articles naming each entity, mentions and a note (a person's title) beside them."""
    if not items:
        return _empty(width, 200, label)
    height = 10 + row * len(items)
    name_w, value_w = 118, 190
    scale = (width - name_w - value_w) / max(i.articles for i in items)
    parts = []
    for n, item in enumerate(items):
        y = 6 + n * row
        w = max(2.0, item.articles * scale)
        note = f" · {item.note}" if item.note else ""
        parts.append(
            f"<g><title>{_e(item.name)}: {item.articles} articles, {item.mentions} mentions{_e(note)}</title>"
            f'<text x="{name_w - 8}" y="{y + 15}" text-anchor="end" font-size="13" fill="{INK}">'
            f"{_e(_clip(item.name, 9))}</text>"
            f'<rect x="{name_w}" y="{y + 3}" width="{w:.1f}" height="{row - 9}" rx="3" fill="{colour}"/>'
            f'<text x="{name_w + w + 6:.1f}" y="{y + 15}" font-size="12" fill="{INK}">{item.articles}'
            f'<tspan fill="{MUTED}"> · {item.mentions} mentions{_e(_clip(note, 12))}</tspan></text></g>'
        )
    return _svg(width, height, "".join(parts), label)


def _clip(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def appearance_matrix(rows: Sequence[Appearance], width: int = 1140) -> str:
    """People (rows) by issue day or month (columns): a dot per appearance, its area the number of articles."""
    label = "Appearances over time"
    if not rows:
        return _empty(width, 160, label)
    unit, bins = time_bins([r.day for r in rows])
    totals: dict[str, int] = defaultdict(int)
    cells: dict[tuple[str, str], int] = defaultdict(int)
    for r in rows:
        totals[r.name] += r.articles
        cells[(r.name, _bin(r.day, unit))] += r.articles
    people = sorted(totals, key=lambda p: (-totals[p], p))
    left, top, row, right = 120, 30, 29, 70
    height = top + row * len(people) + 10
    slot = (width - left - right) / len(bins)
    biggest = max(cells.values())
    parts = []
    every = max(1, math.ceil(len(bins) / 14))
    for j, b in enumerate(bins):
        cx = left + slot * (j + 0.5)
        parts.append(f'<line x1="{cx:.1f}" x2="{cx:.1f}" y1="{top - 6}" y2="{height - 8}" stroke="{GRID}"/>')
        if j % every == 0:
            parts.append(
                f'<text x="{cx:.1f}" y="{top - 14}" text-anchor="middle" font-size="11" fill="{MUTED}">{_e(b)}</text>'
            )
    for i, person in enumerate(people):
        cy = top + row * (i + 0.5)
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{cy:.1f}" y2="{cy:.1f}" stroke="{GRID}"/>'
            f'<text x="{left - 10}" y="{cy + 4:.1f}" text-anchor="end" font-size="13" fill="{INK}">'
            f"{_e(_clip(person, 8))}</text>"
            f'<text x="{width - right + 10}" y="{cy + 4:.1f}" font-size="12" fill="{MUTED}">{totals[person]} art.</text>'
        )
        for j, b in enumerate(bins):
            n = cells.get((person, b))
            if n:
                radius = 4 + 9 * math.sqrt(n / biggest)
                parts.append(
                    f'<circle cx="{left + slot * (j + 0.5):.1f}" cy="{cy:.1f}" r="{radius:.1f}" fill="{KIND_COLOURS["person"]}" '
                    f'fill-opacity="0.8"><title>{_e(person)} · {_e(b)}: {n} articles</title></circle>'
                )
    return _svg(width, height, "".join(parts), label)


def force_layout(
    keys: Sequence[str], edges: Sequence[tuple[str, str, int]], width: float, height: float, iterations: int = 300
) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold from a fixed circle: the same graph always gets the same picture."""
    n = len(keys)
    if n == 0:
        return {}
    pos = {
        k: [
            width / 2 + width * 0.35 * math.cos(2 * math.pi * i / n),
            height / 2 + height * 0.35 * math.sin(2 * math.pi * i / n),
        ]
        for i, k in enumerate(keys)
    }
    ideal = math.sqrt(width * height / n) * 0.75
    temperature = width / 8
    for _ in range(iterations):
        shift = {k: [0.0, 0.0] for k in keys}
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
                dist = max(math.hypot(dx, dy), 0.01)
                if dist > 3 * ideal:  # far nodes stop pushing: disconnected parts stay near the middle
                    continue
                push = ideal * ideal / dist
                shift[a][0] += dx / dist * push
                shift[a][1] += dy / dist * push
                shift[b][0] -= dx / dist * push
                shift[b][1] -= dy / dist * push
        for a, b, w in edges:
            dx, dy = pos[a][0] - pos[b][0], pos[a][1] - pos[b][1]
            dist = max(math.hypot(dx, dy), 0.01)
            pull = dist * dist / ideal * (1 + math.log(w))
            shift[a][0] -= dx / dist * pull
            shift[a][1] -= dy / dist * pull
            shift[b][0] += dx / dist * pull
            shift[b][1] += dy / dist * pull
        for k in keys:  # gravity keeps loose nodes on the canvas
            shift[k][0] += (width / 2 - pos[k][0]) * 0.3
            shift[k][1] += (height / 2 - pos[k][1]) * 0.3
            length = max(math.hypot(*shift[k]), 0.01)
            step = min(length, temperature)
            pos[k][0] = min(width - 40, max(40, pos[k][0] + shift[k][0] / length * step))
            pos[k][1] = min(height - 24, max(24, pos[k][1] + shift[k][1] / length * step))
        temperature = max(temperature * 0.97, 1.0)
    return {k: (p[0], p[1]) for k, p in pos.items()}


def cooccurrence_graph(nodes: Sequence[Node], edges: Sequence[Edge], width: int = 560, height: int = 430) -> str:
    """People and organizations joined by the articles that name both."""
    label = "Co-occurrence graph"
    known = {n.key for n in nodes}
    links = [(e.a, e.b, e.articles) for e in edges if e.a in known and e.b in known]
    linked = {k for a, b, _ in links for k in (a, b)}
    shown = [n for n in nodes if n.key in linked]
    if not shown:
        return _empty(width, height, label)
    pos = force_layout([n.key for n in shown], links, width, height - 24)
    heaviest = max(w for _, _, w in links)
    most = max(n.articles for n in shown)
    parts = [
        _legend(12, height - 6, [("person", KIND_COLOURS["person"]), ("organization", KIND_COLOURS["organization"])])
    ]
    for a, b, w in links:
        (x1, y1), (x2, y2) = pos[a], pos[b]
        parts.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="#8795a8" '
            f'stroke-opacity="{0.35 + 0.5 * w / heaviest:.2f}" stroke-width="{1 + 3 * w / heaviest:.1f}">'
            f"<title>{w} shared articles</title></line>"
        )
    for n in shown:
        x, y = pos[n.key]
        r = 5 + 9 * math.sqrt(n.articles / most)
        parts.append(
            f"<g><title>{_e(n.name)} ({n.kind}): {n.articles} articles</title>"
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{KIND_COLOURS.get(n.kind, MUTED)}" '
            f'stroke="#fff" stroke-width="1.5"/>'
            f'<text x="{x:.1f}" y="{y - r - 4:.1f}" text-anchor="middle" font-size="12" fill="{INK}" '
            f'stroke="#fff" stroke-width="3" paint-order="stroke">{_e(_clip(n.name, 8))}</text></g>'
        )
    return _svg(width, height, "".join(parts), label)


def place_map(
    places: Sequence[Place], outline: Sequence[tuple[float, float]], width: int = 560, height: int = 430
) -> str:
    """Mentioned places on an equirectangular map whose backdrop is every district seat of the gazetteer."""
    label = "Places on the map"
    located = [p for p in places if p.longitude is not None and p.latitude is not None]
    xs = [p.longitude for p in located if p.longitude is not None] + [x for x, _ in outline]
    ys = [p.latitude for p in located if p.latitude is not None] + [y for _, y in outline]
    if not xs:
        return _empty(width, height, label)
    west, east, south, north = min(xs) - 1.5, max(xs) + 1.5, min(ys) - 1.5, max(ys) + 1.5
    squash = math.cos(math.radians((north + south) / 2))  # keeps shapes true at the map's middle latitude
    scale = min((width - 20) / ((east - west) * squash), (height - 20) / (north - south))
    ox = (width - (east - west) * squash * scale) / 2
    oy = (height - (north - south) * scale) / 2

    def project(lon: float, lat: float) -> tuple[float, float]:
        return ox + (lon - west) * squash * scale, oy + (north - lat) * scale

    parts = [f'<rect width="{width}" height="{height}" fill="#f6f8fb" rx="6"/>']
    for lon in range(int(west // 10 + 1) * 10, int(east) + 1, 10):
        x, _ = project(lon, north)
        parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="0" y2="{height}" stroke="{GRID}"/>')
        parts.append(f'<text x="{x + 3:.1f}" y="{height - 6}" font-size="10" fill="{MUTED}">{lon}°E</text>')
    for lat in range(int(south // 10 + 1) * 10, int(north) + 1, 10):
        _, y = project(west, lat)
        parts.append(f'<line x1="0" x2="{width}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}"/>')
        parts.append(f'<text x="4" y="{y - 3:.1f}" font-size="10" fill="{MUTED}">{lat}°N</text>')
    parts.append(
        f'<g fill="{BACKDROP}">'
        + "".join(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="1.2"/>' for x, y in (project(*p) for p in outline))
        + "</g>"
    )
    most = max((p.articles for p in located), default=1)
    labels: list[str] = []
    taken: list[tuple[float, float, float, float]] = []
    for p in sorted(located, key=lambda p: (-p.articles, -p.mentions, p.name)):
        x, y = project(p.longitude or 0.0, p.latitude or 0.0)  # located: both are set
        r = 4 + 11 * math.sqrt(p.articles / most)
        parts.append(
            f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="#c0392b" fill-opacity="0.6" stroke="#fff">'
            f"<title>{_e(p.name)} ({_e(p.level)}): {p.articles} articles, {p.mentions} mentions</title></circle>"
        )
        box = (x + r + 2, y - 9, x + r + 6 + 13 * len(p.name), y + 7)
        if len(labels) < 10 and not any(_overlaps(box, t) for t in taken):
            taken.append(box)
            labels.append(
                f'<text x="{box[0] + 1:.1f}" y="{y + 4:.1f}" font-size="12" fill="{INK}" stroke="#f6f8fb" '
                f'stroke-width="3" paint-order="stroke">{_e(p.name)}</text>'
            )
    return _svg(width, height, "".join(parts + labels), label)


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
