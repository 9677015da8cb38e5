"""The HTML report, opened in headless Chromium: every chart titled, drawn and visibly coloured; nothing fetched."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import zlib
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from etl.config import PROJECT_ROOT, Settings
from etl.report import write_report
from etl.report.html import TITLES

pytestmark = pytest.mark.e2e

WIDTH, HEIGHT = 1280, 2400
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
# Written into a copy of the page only: where each chart landed, so the screenshot can be cut per chart.
MEASURE = """<script>
for (const s of document.querySelectorAll('section.chart')) {
  const r = s.getBoundingClientRect();
  s.setAttribute('data-box', [r.left, r.top + scrollY, r.width, r.height].map(Math.round).join(','));
}
document.body.setAttribute('data-height', document.documentElement.scrollHeight);
</script>"""


def _chromium(tmp: Path, height: int, *args: str) -> subprocess.CompletedProcess[str]:
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        "--hide-scrollbars",
        "--force-device-scale-factor=1",
        f"--user-data-dir={tmp / 'chromium-profile'}",
        f"--window-size={WIDTH},{height}",
    ]
    proc = subprocess.run([str(CHROMIUM), *flags, *args], capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc


def decode_png(data: bytes) -> tuple[int, int, list[bytes]]:
    """8-bit RGB/RGBA, non-interlaced PNG (what Chromium writes) -> width, height, rows of RGB bytes."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height, channels = 8, bytearray(), 0, 0, 3
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and colour in (2, 6) and interlace == 0, (depth, colour, interlace)
            channels = 4 if colour == 6 else 3
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(bytes(idat))
    stride = width * channels
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)])
        if kind == 1:
            for i in range(channels, stride):
                line[i] = (line[i] + line[i - channels]) & 0xFF
        elif kind == 2:
            line = bytearray((a + b) & 0xFF for a, b in zip(line, prev, strict=True))
        elif kind == 3:
            for i in range(stride):
                left = line[i - channels] if i >= channels else 0
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
        elif kind == 4:
            for i in range(stride):
                a = line[i - channels] if i >= channels else 0
                b, c = prev[i], prev[i - channels] if i >= channels else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
        prev = line
        rows.append(bytes(line) if channels == 3 else bytes(v for i, v in enumerate(line) if i % 4 != 3))
    return width, height, rows


class Sections(HTMLParser):
    """Per chart section of the dumped DOM: its title, its box, and how many SVG marks and table rows it holds."""

    def __init__(self) -> None:
        super().__init__()
        self.charts: dict[str, dict[str, Any]] = {}
        self.height = 0
        self._current: str | None = None
        self._in_h2 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "body" and a.get("data-height"):
            self.height = int(a["data-height"] or 0)
        if tag == "section" and a.get("data-chart"):
            self._current = str(a["data-chart"])
            box = [int(v) for v in str(a.get("data-box", "0,0,0,0")).split(",")]
            self.charts[self._current] = {"title": "", "box": box, "marks": 0, "svg": 0, "rows": 0}
        elif self._current:
            chart = self.charts[self._current]
            chart["svg"] += tag == "svg"
            chart["marks"] += tag in ("rect", "circle", "line", "path")
            chart["rows"] += tag == "tr"
            self._in_h2 = tag == "h2"

    def handle_endtag(self, tag: str) -> None:
        if tag == "h2":
            self._in_h2 = False

    def handle_data(self, data: str) -> None:
        if self._current and self._in_h2:
            self.charts[self._current]["title"] += data


@pytest.fixture(scope="module")
def rendered(
    published: dict[str, Any], tmp_path_factory: pytest.TempPathFactory, require: Callable[[bool, str], None]
) -> dict[str, Any]:
    require(CHROMIUM is not None, "Chromium for the report test: apt-get install -y chromium fonts-noto-cjk")
    tmp = tmp_path_factory.mktemp("report")
    settings = Settings(
        raw_dir=published["tmp"] / "raw",
        lake_dir=published["tmp"] / "lake",
        warehouse_dir=published["warehouse_dir"],
        published_db=published["db"],
        dbt_project_dir=PROJECT_ROOT / "dbt_project",
        default_paper="unknown",
    )
    page = Path(write_report(settings))
    measured = tmp / "measured.html"
    measured.write_text(page.read_text(encoding="utf-8").replace("</body>", MEASURE + "</body>"), encoding="utf-8")
    dom = _chromium(tmp, HEIGHT, "--dump-dom", measured.as_uri()).stdout
    sections = Sections()
    sections.feed(dom)
    # 1280x2400 holds today's report; should more data make it taller, the screenshot grows to the whole page.
    height = max(HEIGHT, sections.height)
    shot = tmp / "report.png"
    _chromium(tmp, height, f"--screenshot={shot}", page.as_uri())
    keep = os.environ.get("NEWS_REPORT_SCREENSHOT")  # to look at it: NEWS_REPORT_SCREENSHOT=/tmp/report.png
    if keep:
        shutil.copyfile(shot, keep)
    return {"page": page, "html": page.read_text(encoding="utf-8"), "sections": sections, "png": shot, "height": height}


def test_report_is_written_beside_the_warehouse_and_needs_no_network(rendered: dict[str, Any]) -> None:
    assert rendered["page"].name == "index.html" and rendered["page"].parent.name == "report"
    html = rendered["html"]
    external = re.findall(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//|url\(\s*["']?(?:https?:)?//|@import""", html)
    assert external == []
    assert "<script" not in html  # static charts: inline SVG, hover titles, no script at all


def test_every_chart_is_titled_and_drawn(rendered: dict[str, Any]) -> None:
    charts = rendered["sections"].charts
    assert {k: c["title"] for k, c in charts.items()} == TITLES
    for key, chart in charts.items():
        if key == "places-table":
            assert chart["rows"] >= 6, chart
        else:
            assert chart["svg"] == 1 and chart["marks"] >= 4, (key, chart)
    assert charts["cooccurrence"]["marks"] >= 20  # nodes and the lines between them
    assert "乔俊杰" in rendered["html"] and "武进区" in rendered["html"]


def test_screenshot_shows_every_chart_in_colour(rendered: dict[str, Any]) -> None:
    width, height, rows = decode_png(rendered["png"].read_bytes())
    assert (width, height) == (WIDTH, rendered["height"])
    sections = rendered["sections"]
    assert 1000 < sections.height <= height
    for key, chart in sections.charts.items():
        x, y, w, h = chart["box"]
        assert w > 300 and h > 100 and y + h <= height, (key, chart["box"])
        colours: set[bytes] = set()
        inked = saturated = 0
        for line in rows[y : y + h]:
            for i in range(x * 3, (x + w) * 3, 3):
                r, g, b = line[i], line[i + 1], line[i + 2]
                colours.add(line[i : i + 3])
                inked += min(r, g, b) < 200
                saturated += max(r, g, b) - min(r, g, b) > 80
        area = w * h
        assert inked / area > 0.01, f"{key}: almost blank ({inked} dark pixels)"
        assert saturated > 400, f"{key}: no coloured marks ({saturated} saturated pixels)"
        assert len(colours) > 40, f"{key}: only {len(colours)} colours"
