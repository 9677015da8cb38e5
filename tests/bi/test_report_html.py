"""The report page as a pure function: titles, escaping, determinism, and timelines that stay readable."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from etl.report import charts
from etl.report.data import Appearance, DayCount, Edge, Node, Place, Ranked, ReportData
from etl.report.html import TITLES, render_report


def sample() -> ReportData:
    return ReportData(
        build_id="20240316T000000000000Z-abc",
        published_at=datetime(2024, 3, 16, 8, 30, tzinfo=UTC),
        totals={"issues": 2, "articles": 3, "people": 2, "organizations": 1, "places": 2, "mentions": 9},
        first_day=date(2024, 3, 15),
        last_day=date(2024, 3, 16),
        articles_per_day=[DayCount(date(2024, 3, 15), "wjrb", 2), DayCount(date(2024, 3, 16), "rmrb", 1)],
        top_people=[Ranked("乔俊杰", 2, 7, "区委书记"), Ranked("<b>x</b>", 1, 1)],
        top_organizations=[Ranked("区委", 2, 3)],
        appearances=[Appearance("乔俊杰", date(2024, 3, 15), 1), Appearance("乔俊杰", date(2024, 3, 16), 1)],
        nodes=[Node("person:乔俊杰", "乔俊杰", "person", 2), Node("organization:区委", "区委", "organization", 2)],
        edges=[Edge("organization:区委", "person:乔俊杰", 2)],
        places=[Place("武进区", "district", 119.94, 31.70, 2, 28), Place("中国", "unknown", None, None, 1, 1)],
        outline=[(119.9, 31.7), (116.4, 39.9)],
    )


def test_page_has_every_chart_title_and_the_numbers() -> None:
    page = render_report(sample())
    for title in TITLES.values():
        assert f"<h2>{title}</h2>" in page
    assert "区委书记" in page and "武进区" in page and "20240316T000000000000Z-abc" in page
    assert page.count("<svg") == 6


def test_names_are_escaped_and_nothing_is_fetched() -> None:
    page = render_report(sample())
    assert "<b>x</b>" not in page and "&lt;b&gt;x&lt;/b&gt;" in page
    assert "<script" not in page and "https://" not in page and "<link" not in page


def test_same_data_same_bytes() -> None:
    assert render_report(sample()) == render_report(sample())


def test_an_empty_warehouse_still_renders() -> None:
    empty = ReportData(build_id=None, published_at=None, totals={}, first_day=None, last_day=None)
    page = render_report(empty)
    assert page.count("Nothing to show yet") == 6 and "No places mentioned yet" in page


@pytest.mark.parametrize(
    ("days", "unit", "bins"),
    [
        ([date(2024, 3, 15), date(2024, 3, 15), date(2019, 2, 8)], "day", 2),
        ([date(2024, 1, 1) + timedelta(days=i) for i in range(61)], "month", 3),
    ],
)
def test_long_timelines_are_summed_by_month(days: list[date], unit: str, bins: int) -> None:
    got_unit, got_bins = charts.time_bins(days)
    assert (got_unit, len(got_bins)) == (unit, bins)


@pytest.mark.parametrize("top", [0, 1, 7, 23, 480, 12345])
def test_axis_ticks_are_round_even_and_cover_the_tallest_bar(top: float) -> None:
    ticks = charts.nice_ticks(top)
    step = ticks[1] - ticks[0]
    assert ticks[0] == 0 and ticks[-1] >= top and len(ticks) <= 6
    assert all(b - a == step for a, b in zip(ticks, ticks[1:], strict=False))
    assert str(int(step)).strip("0") in ("1", "2", "5")


def test_graph_layout_is_deterministic_and_on_the_canvas() -> None:
    keys = [f"n{i}" for i in range(12)]
    edges = [(keys[i], keys[(i + 1) % 12], 1 + i % 3) for i in range(12)]
    first = charts.force_layout(keys, edges, 560, 446)
    assert first == charts.force_layout(keys, edges, 560, 446)
    assert all(40 <= x <= 520 and 24 <= y <= 422 for x, y in first.values())
