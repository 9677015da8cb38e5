"""The gazetteer seed: divisions with codes and parents, short names, curated non-divisions, the home division."""

from __future__ import annotations

import csv
import subprocess
import sys
import time

import pytest

from etl.entities import gazetteer
from etl.entities.gazetteer import DIVISION_LEVELS, KINDS, SEED


@pytest.mark.parametrize(
    ("name", "place_id", "full", "level", "parent"),
    [
        ("武进", "320412", "武进区", "district", "320400"),
        ("武进区", "320412", "武进区", "district", "320400"),
        ("常州", "320400", "常州市", "city", "320000"),
        ("常州市", "320400", "常州市", "city", "320000"),
        ("江苏", "320000", "江苏省", "province", None),
        ("深圳", "440300", "深圳市", "city", "440000"),
        ("东莞", "441900", "东莞市", "city", "440000"),
        ("北京", "110000", "北京市", "province", None),
        ("朝阳区", "110105", "朝阳区", "district", "110000"),  # Beijing's before Changchun's
        ("鼓楼区", "320106", "鼓楼区", "district", "320100"),  # a provincial capital's first
        ("吉林", "220000", "吉林省", "province", None),  # the province; the city is 吉林市
        ("湖塘镇", None, "湖塘镇", "town", "320412"),
        ("景宁县", "331127", "景宁畲族自治县", "district", "331100"),  # an autonomous county as news prints it
        ("海西州", "632800", "海西蒙古族藏族自治州", "city", "630000"),
        ("阿坝州", "513200", "阿坝藏族羌族自治州", "city", "510000"),
    ],
)
def test_lookup_first_candidate(name: str, place_id: str | None, full: str, level: str, parent: str | None) -> None:
    first = gazetteer.lookup(name)[0]
    if place_id is not None:
        assert first.place_id == place_id
        assert first.adcode == place_id
    assert (first.name, first.level, first.parent_adcode) == (full, level, parent)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("太湖", "lake"),
        ("大湾区", "region"),
        ("粤港澳大湾区", "region"),
        ("松山湖", "zone"),
        ("长江", "river"),
        ("长三角", "region"),
        ("雄安新区", "zone"),
        ("泰山", "mountain"),
        ("美国", "country"),
        ("东京", "foreign_city"),
        ("海牙", "foreign_city"),  # cities, regions and historical states jionlp's list lacks: the curated list
        ("苏格兰", "foreign_region"),
        ("加州", "foreign_region"),
        ("苏联", "historical_country"),
    ],
)
def test_curated_and_foreign_places(name: str, kind: str) -> None:
    first = gazetteer.lookup(name)[0]
    assert first.level == kind
    assert first.adcode is None and first.place_id.startswith("X")


def test_wujin_chain() -> None:
    place = gazetteer.get("320412")
    assert place is not None and place.province_adcode == "320000"
    assert [p.name for p in gazetteer.ancestors("320412")] == ["常州市", "江苏省"]
    assert gazetteer.parent("320412").place_id == "320400"  # type: ignore[union-attr]
    assert place.longitude == pytest.approx(119.94, abs=0.05) and place.latitude == pytest.approx(31.70, abs=0.05)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("武进", True),
        ("大湾区", True),
        ("常熟", True),
        ("湖塘镇", True),
        ("新华", False),  # 新华社
        ("和平", False),
        ("和平区", True),
        ("合作", False),  # 合作市's short name, flagged an everyday word at build time
        ("比如", False),
        ("来宾", False),
        ("来宾市", True),
        ("乔俊杰", False),
        ("", False),
    ],
)
def test_is_place_name(name: str, expected: bool) -> None:
    assert gazetteer.is_place_name(name) is expected


@pytest.mark.parametrize(
    ("home", "level", "expected"),
    [
        ("320412", "district", ("320412", "武进区")),
        ("320412", "city", ("320400", "常州市")),
        ("320412", "province", ("320000", "江苏省")),
        ("320412", "county", None),
        ("320281", "city", ("320281", "江阴市")),  # a county-level city is its own 市
        ("110105", "city", ("110000", "北京市")),  # a municipality is the 市 of its districts
        ("320400", "city", ("320400", "常州市")),
        ("320400", "district", None),
        (None, "district", None),
        ("999999", "district", None),
    ],
)
def test_home_division(home: str | None, level: str, expected: tuple[str, str] | None) -> None:
    assert gazetteer.home_division(home, level) == expected


def test_seed_shape() -> None:
    with SEED.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    ids = [r["place_id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert {r["level"] for r in rows} <= set(DIVISION_LEVELS) | set(KINDS)
    assert sum(r["level"] == "province" for r in rows) == 34
    assert SEED.stat().st_size < 3_000_000
    assert all(r["source"] for r in rows)


def test_import_is_cheap() -> None:
    # Loaded from its file in a fresh interpreter: the module's own cost, without the package's __init__ (which
    # pulls in the name tagger); the seed itself loads on the first lookup.
    code = (
        "import importlib.util, sys, time; t = time.perf_counter();"
        f"spec = importlib.util.spec_from_file_location('gazetteer_probe', {str(gazetteer.__file__)!r});"
        "module = importlib.util.module_from_spec(spec); sys.modules['gazetteer_probe'] = module;"
        "spec.loader.exec_module(module); print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert float(out.stdout) < 0.3
    start = time.perf_counter()
    gazetteer.lookup("武进")
    assert time.perf_counter() - start < 2.0


def test_every_curated_place_is_in_the_seed() -> None:
    curated = SEED.parents[2] / "scripts" / "curated_places.csv"
    with curated.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        found = [p for p in gazetteer.lookup(row["name"]) if p.source == "curated"]
        assert found and found[0].level == row["kind"], row["name"]


def test_a_foreign_region_hangs_under_its_country() -> None:
    (scotland,) = gazetteer.lookup("苏格兰")
    parent = gazetteer.get(scotland.parent_adcode or "")
    assert parent is not None and (parent.name, parent.level) == ("英国", "country")
