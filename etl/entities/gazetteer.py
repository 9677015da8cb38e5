"""The gazetteer (dbt seed places.csv): Chinese divisions with adcodes, towns, and curated lakes, regions, zones."""

from __future__ import annotations

import csv
import hashlib
import io
import os
import pickle
from dataclasses import dataclass
from functools import cache
from pathlib import Path

SEED = Path(__file__).resolve().parents[2] / "dbt_project" / "seeds" / "places.csv"

# The closed list of levels and kinds a place can have (the seed's `level` column).
DIVISION_LEVELS = ("province", "city", "district", "zone", "town")
KINDS = (
    "country",
    "historical_country",
    "foreign_region",
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
    "historical_country": 0,
    "continent": 0,
    "city": 1,
    "foreign_region": 1,
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


_Row = tuple[str, str, str, str, str | None, str | None, float | None, float | None, str]


@dataclass(frozen=True, slots=True)
class _Index:
    rows: dict[str, _Row]  # place_id -> the Place fields, made into a Place on first use
    by_name: dict[str, tuple[tuple[int, str], ...]]  # name -> (how it matched: 0 full, 1 alias, 2 short), place_id
    places: dict[str, Place]

    def place(self, place_id: str) -> Place:
        p = self.places.get(place_id)
        if p is None:
            p = self.places[place_id] = Place(*self.rows[place_id])
        return p


def _float(value: str) -> float | None:
    return float(value) if value else None


# The parsed seed is cached (pickled plain tuples, keyed by the seed's hash) so that a new process — every Airflow
# task is one — loads it in a fraction of the time parsing the CSV takes. A missing or unwritable cache only costs that.
_CACHE_VERSION = 1


def _cache_path(digest: str) -> Path:
    root = os.environ.get("NEWS_CACHE_DIR") or os.path.join(os.path.expanduser("~"), ".cache", "news-etl")
    return Path(root) / f"gazetteer-v{_CACHE_VERSION}-{digest}.pickle"


@cache
def _index() -> _Index:
    # Loaded on first use, not at import, so that importing costs nothing.
    raw = SEED.read_bytes()
    path = _cache_path(hashlib.sha1(raw).hexdigest()[:16])
    try:
        rows, by_name = pickle.loads(path.read_bytes())
        return _Index(rows, by_name, {})
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
        pass
    rows, by_name = _parse(raw.decode("utf-8"))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(pickle.dumps((rows, by_name), protocol=5))
        tmp.replace(path)
    except OSError:
        pass
    return _Index(rows, by_name, {})


def _parse(text: str) -> tuple[dict[str, _Row], dict[str, tuple[tuple[int, str], ...]]]:
    rows: dict[str, _Row] = {}
    names: dict[str, list[tuple[int, str]]] = {}

    def add(key: str, how: int, place_id: str) -> None:
        bucket = names.setdefault(key, [])
        if all(p != place_id for _, p in bucket):
            bucket.append((how, place_id))

    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader)
    col = {c: i for i, c in enumerate(header)}
    c_id, c_name, c_short, c_level = col["place_id"], col["name"], col["short_name"], col["level"]
    c_parent, c_prov, c_lon, c_lat, c_src = (
        col["parent_adcode"],
        col["province_adcode"],
        col["longitude"],
        col["latitude"],
        col["source"],
    )
    c_alias = col["aliases"]
    c_word = col.get("short_name_is_word")
    for row in reader:
        pid, name, short = row[c_id], row[c_name], row[c_short]
        rows[pid] = (
            pid,
            name,
            short,
            row[c_level],
            row[c_parent] or None,
            row[c_prov] or None,
            _float(row[c_lon]),
            _float(row[c_lat]),
            row[c_src],
        )
        add(name, 0, pid)
        for alias in filter(None, row[c_alias].split("|")):
            add(alias, 1, pid)
        # a short name that is an everyday word first (和平, 合作, 来宾) is not looked up bare: the build decided
        is_word = c_word is not None and row[c_word] == "true"
        if len(short) >= 2 and short != name and not is_word:
            add(short, 2, pid)

    def rank(hp: tuple[int, str]) -> tuple[int, int, int, str]:
        how, pid = hp
        return _prominence(how, rows[pid][3], pid)

    ranked = {k: tuple(sorted(v, key=rank)) for k, v in names.items()}
    return rows, ranked


def _prominence(how: int, level: str, place_id: str) -> tuple[int, int, int, str]:
    # Full names before short ones (西湖 the lake before 西湖区), higher levels first, then provincial capitals
    # (xx01xx: 南京's 鼓楼区 before 徐州's), then the lower code.
    capital = 0 if place_id.isdigit() and place_id[2:4] in ("00", "01") else 1
    return (how, _LEVEL_RANK.get(level, 5), capital, place_id)


def lookup(name: str) -> list[Place]:
    """Every place that ``name`` can denote (full name, alias or short name), the most prominent first."""
    idx = _index()
    return [idx.place(p) for _, p in idx.by_name.get(name, ())]


def lookup_ranked(name: str) -> list[tuple[int, Place]]:
    """Like :func:`lookup`, with how each matched: 0 the full name, 1 an alias, 2 a short name."""
    idx = _index()
    return [(how, idx.place(p)) for how, p in idx.by_name.get(name, ())]


def is_place_name(name: str) -> bool:
    """Whether ``name`` is a name, alias or (unambiguous-enough) short name in the gazetteer."""
    return name in _index().by_name


# Kinds of curated place that are geography, not divisions: they are found in text by their names (洮河, 富山湾).
NATURAL_KINDS = frozenset(("lake", "river", "mountain", "sea", "ocean", "island", "region", "zone", "foreign_region"))


def curated_names(kinds: frozenset[str] = NATURAL_KINDS) -> frozenset[str]:
    """Names, aliases and looked-up short names of the curated list's places of those kinds (洮河, 能登半岛, 毛乌素)."""
    idx = _index()
    return frozenset(
        name
        for name, found in idx.by_name.items()
        if any(idx.rows[p][8] == "curated" and idx.rows[p][3] in kinds for _, p in found)
    )


@cache
def word_short_names() -> frozenset[str]:
    """Short names of divisions that are everyday words first, which the gazetteer does not look up bare (惠民 of
    惠民县, 安康 of 安康市, 大同 of 大同市)."""
    idx = _index()
    return frozenset(r[2] for r in idx.rows.values() if len(r[2]) >= 2 and r[2] != r[1] and r[2] not in idx.by_name)


@cache
def country_names() -> frozenset[str]:
    """Names and aliases of the countries (埃及, 安提瓜和巴布达, 阿拉伯埃及共和国)."""
    idx = _index()
    return frozenset(name for name, found in idx.by_name.items() if any(idx.rows[p][3] == "country" for _, p in found))


def get(place_id: str) -> Place | None:
    """The place with this id (an adcode for divisions)."""
    idx = _index()
    return idx.place(place_id) if place_id in idx.rows else None


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
