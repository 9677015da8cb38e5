"""The gazetteer (dbt seed places.csv): Chinese divisions with adcodes, towns, and curated lakes, regions, zones."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

SEED = Path(__file__).resolve().parents[2] / "dbt_project" / "seeds" / "places.csv"

# The closed list of levels and kinds a place can have (the seed's `level` column).
DIVISION_LEVELS = ("province", "city", "district", "zone", "town")
KINDS = (
    "country",
    "foreign_city",
    "continent",
    "region",
    "zone",
    "lake",
    "river",
    "mountain",
    "sea",
    "ocean",
    "island",
)

# How prominent a level is when nothing else decides between namesakes: a province before a city before a county.
_LEVEL_RANK = {
    "province": 0,
    "country": 0,
    "continent": 0,
    "city": 1,
    "foreign_city": 1,
    "region": 2,
    "lake": 2,
    "river": 2,
    "mountain": 2,
    "sea": 2,
    "ocean": 2,
    "island": 2,
    "district": 2,
    "zone": 3,
    "town": 4,
}


@dataclass(frozen=True, slots=True)
class Place:
    """One row of the gazetteer: a division (``place_id`` is its 6-digit adcode) or a curated/foreign place."""

    place_id: str  # adcode for divisions; T<county adcode><hash> for towns; X<kind><hash> for the rest
    name: str  # the full standard name: 武进区, 江苏省, 粤港澳大湾区
    short_name: str  # 武进, 江苏, 大湾区 ('' for towns)
    level: str  # province / city / district / zone / town, or a kind: lake, river, region, country ...
    parent_adcode: str | None
    province_adcode: str | None
    longitude: float | None
    latitude: float | None
    source: str

    @property
    def adcode(self) -> str | None:
        """The 6-digit administrative code, for divisions only."""
        return self.place_id if self.place_id.isdigit() else None

    @property
    def is_division(self) -> bool:
        return self.place_id.isdigit()


@dataclass(frozen=True, slots=True)
class _Index:
    by_id: dict[str, Place]
    by_name: dict[str, tuple[tuple[int, Place], ...]]  # name -> (how it matched: 0 full, 1 alias, 2 short), place


def _float(value: str) -> float | None:
    return float(value) if value else None


@cache
def _index() -> _Index:
    # Loaded on first use, not at import, so that importing costs nothing.
    by_id: dict[str, Place] = {}
    names: dict[str, list[tuple[int, Place]]] = {}

    def add(key: str, how: int, place: Place) -> None:
        bucket = names.setdefault(key, [])
        if all(p.place_id != place.place_id for _, p in bucket):
            bucket.append((how, place))

    with SEED.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        col = {c: i for i, c in enumerate(header)}
        for row in reader:
            place = Place(
                place_id=row[col["place_id"]],
                name=row[col["name"]],
                short_name=row[col["short_name"]],
                level=row[col["level"]],
                parent_adcode=row[col["parent_adcode"]] or None,
                province_adcode=row[col["province_adcode"]] or None,
                longitude=_float(row[col["longitude"]]),
                latitude=_float(row[col["latitude"]]),
                source=row[col["source"]],
            )
            by_id[place.place_id] = place
            add(place.name, 0, place)
            for alias in filter(None, row[col["aliases"]].split("|")):
                add(alias, 1, place)
            short = place.short_name
            # a short name that is an everyday word first (和平, 合作, 来宾) is not looked up bare: the build decided
            is_word = row[col["short_name_is_word"]] == "true" if "short_name_is_word" in col else False
            if len(short) >= 2 and short != place.name and not is_word:
                add(short, 2, place)
    ranked = {k: tuple(sorted(v, key=lambda hp: _prominence(hp[0], hp[1]))) for k, v in names.items()}
    return _Index(by_id, ranked)


def _prominence(how: int, place: Place) -> tuple[int, int, int, str]:
    # Full names before short ones (西湖 the lake before 西湖区), higher levels first, then provincial capitals
    # (xx01xx: 南京's 鼓楼区 before 徐州's), then the lower code.
    capital = 0 if place.is_division and place.place_id[2:4] in ("00", "01") else 1
    return (how, _LEVEL_RANK.get(place.level, 5), capital, place.place_id)


def lookup(name: str) -> list[Place]:
    """Every place that ``name`` can denote (full name, alias or short name), the most prominent first."""
    return [p for _, p in _index().by_name.get(name, ())]


def lookup_ranked(name: str) -> list[tuple[int, Place]]:
    """Like :func:`lookup`, with how each matched: 0 the full name, 1 an alias, 2 a short name."""
    return list(_index().by_name.get(name, ()))


def is_place_name(name: str) -> bool:
    """Whether ``name`` is a name, alias or (unambiguous-enough) short name in the gazetteer."""
    return name in _index().by_name


def get(place_id: str) -> Place | None:
    """The place with this id (an adcode for divisions)."""
    return _index().by_id.get(place_id)


def parent(adcode: str) -> Place | None:
    """The division directly above ``adcode`` (常州市 for 320412), or None at the top."""
    place = get(adcode)
    if place is None or place.parent_adcode is None:
        return None
    return get(place.parent_adcode)


def ancestors(place_id: str) -> list[Place]:
    """The chain above a place, nearest first (武进区 -> [常州市, 江苏省])."""
    chain: list[Place] = []
    place = get(place_id)
    while place is not None and place.parent_adcode and len(chain) < 6:
        place = get(place.parent_adcode)
        if place is not None:
            chain.append(place)
    return chain


def _county_ancestor(place: Place) -> Place | None:
    if place.level in ("district", "zone") and place.is_division:
        return place
    return next((p for p in ancestors(place.place_id) if p.level in ("district", "zone")), None)


def _city_ancestor(place: Place) -> Place | None:
    if place.level == "city":
        return place
    found = next((p for p in ancestors(place.place_id) if p.level == "city"), None)
    if found is None and place.province_adcode in ("110000", "120000", "310000", "500000"):
        return get(place.province_adcode)  # a municipality is its own city
    return found


def home_division(home_adcode: str | None, level: str) -> tuple[str, str] | None:
    """The division a local paper means by 区/县/市/省 (区委, 全市, 我省): ``(adcode, name)`` or None.

    ``level`` is the character's level: 'district' (区), 'county' (县), 'city' (市) or 'province' (省).
    In a paper of 武进区 (320412): district -> (320412, 武进区), city -> (320400, 常州市), province -> (320000, 江苏省).
    A county-level city (江阴市) is its own 市; a county (县) has no 区.
    """
    if not home_adcode:
        return None
    home = get(home_adcode)
    if home is None:
        return None
    if level == "province":
        top = get(home.province_adcode or "")
        return (top.place_id, top.name) if top else None
    county = _county_ancestor(home)
    if level == "district":
        if county is not None and county.name.endswith("区"):
            return county.place_id, county.name
        return None
    if level == "county":
        if county is not None and county.name.endswith(("县", "旗")):
            return county.place_id, county.name
        return None
    if level == "city":
        if county is not None and county.name.endswith("市"):
            return county.place_id, county.name  # 县级市: its own 市委, 全市
        city = _city_ancestor(home)
        return (city.place_id, city.name) if city else None
    raise ValueError(f"unknown level {level!r}: expected district, county, city or province")
