"""Build the gazetteer seed dbt_project/seeds/places.csv from the jionlp and cpca wheels and a curated list."""

# Sources and licences (the seed is a derived work of both; keep this notice with it):
# - jionlp 1.5.31 (PyPI), Apache License 2.0, (c) dongrixinyu and JioNLP contributors: province/city/county/town
#   names, 6-digit codes and short names (dictionary/china_location.zip), former names
#   (china_location_change.txt), countries and foreign cities (world_location.txt).
# - cpca 0.5.5 (PyPI), MIT License, Copyright (c) 2018 QinYuan Du: coordinates to county level
#   (resources/adcodes.csv). "Permission is hereby granted, free of charge, to any person obtaining a copy of this
#   software and associated documentation files ... The above copyright notice and this permission notice shall be
#   included in all copies or substantial portions of the Software." (full text: ../shared/ner/gazetteer/cpca_LICENSE.txt
#   and the LICENSE file in the cpca wheel).
# - jieba 0.42.1 (PyPI), MIT License: only to decide which short names are everyday words (the flag
#   short_name_is_word); none of its text is copied into the seed.
# - scripts/curated_places.csv: this project's own list of lakes, rivers, regions, zones, mountains, seas; coordinates
#   there are rounded approximations. Also other countries' states and regions (苏格兰, 加州, 北海道) and cities
#   jionlp's world list lacks (海牙, 达沃斯), under their country (column `country`, as jionlp names it), and
#   historical states still named in the news (苏联, 南斯拉夫, 东德, 西德), without coordinates.
# Run: python scripts/build_gazetteer.py  (downloads the three pinned packages with pip at build time, never at run time)

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import logging
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("build_gazetteer")

ROOT = Path(__file__).resolve().parents[1]
CURATED = ROOT / "scripts" / "curated_places.csv"
OUT = ROOT / "dbt_project" / "seeds" / "places.csv"

# Pinned so that a rebuild gives the same seed byte for byte.
JIONLP = "jionlp==1.5.31"  # Apache-2.0; jionlp/dictionary/china_location.zip and world_location.txt
CPCA = "cpca==0.5.5"  # MIT; cpca/resources/adcodes.csv (coordinates to county level)
JIEBA = "jieba==0.42.1"  # MIT; jieba/dict.txt (word, frequency, part of speech): which short names are everyday words

# Short names that read as everyday words in news text far more often than as the place (和平发展, 合作, 比如, 来宾):
# they stay in the seed, flagged short_name_is_word, and the gazetteer does not look them up bare (和平区 still is).
# Beyond this list a county's short name is flagged when jieba's dictionary knows it as a frequent non-place word.
WORD_SHORT_NAMES = frozenset(
    "和平 新华 友好 红旗 前进 向阳 东风 城区 郊区 矿区 市中 城中 东区 西区 南区 北区 中区 新区 新城 新兴 安宁 太和 "
    "河口 江城 城关 开放 高新区 经开区 管理区 示范区 市直辖 新城区 长安 永定 白云 清河 滨海 新市 城东 城西 城南 城北 "
    "兴业 和田 东方 海城 江北 江南 河东 河西 东港 金川 宁安 文化 光明 建设 胜利 团结 联合 振兴 复兴 "
    "铁西 铁东 桥西 桥东 平安 安定 普兰 开平 永和 新乐 华容 青山 龙山 凤凰 "
    "来宾 白银 安康 阿里 北海 吉安 玉树 长治 大同 白山 黑河 海北 海东 中卫 大理 日照 "
    "产业园 工业园 新和 和政 民和 平原 古城 中原 太平 金山 江宁 津市 乌苏 大城 上高 新平 大关 大新 江海 从江 木兰 "
    "建平 高要 长白 大通 富民 清水 安居 小店 牡丹 万年 平和 同心 宏伟 解放 南部 延长 新建 惠民 互助 富裕 运河 会同 "
    "港口 通道 比如 公安 共和 中方 合作 友谊".split()
)
# Counties whose short name jieba knows as a word but which news text uses mostly as the place.
PLACE_SHORT_NAMES = frozenset(
    "常熟 平遥 仙桃 神农架 赤壁 洪湖 麻城 大冶 钟祥 石首 监利 应城 当阳 阳新 洪山 太康 梁山 龙口 临清 河间 峰峰 "
    "库车 麒麟 无为 六合 海盐 宝应 文成 定远 湖里 大兴 昌平 海淀 丰台 朝阳 浦东 武进".split()
)

COLUMNS = (
    "place_id",
    "name",
    "short_name",
    "level",
    "parent_adcode",
    "province_adcode",
    "longitude",
    "latitude",
    "aliases",
    "short_name_is_word",
    "source",
)


@dataclass
class Row:
    place_id: str
    name: str
    short_name: str
    level: str
    parent_adcode: str = ""
    province_adcode: str = ""
    longitude: str = ""
    latitude: str = ""
    aliases: str = ""
    short_name_is_word: str = ""  # '' where there is no short name besides the name (towns), else true/false
    source: str = ""

    def values(self) -> list[str]:
        return [getattr(self, c) for c in COLUMNS]


def stable_key(prefix: str, *parts: str) -> str:
    """An id that depends only on the name (and parent), not on file order, so rebuilds keep keys."""
    digest = hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:8]
    return f"{prefix}{digest}"


def fetch_wheel(requirement: str, dest: Path) -> Path:
    """Download one pinned wheel (no dependencies, not installed) with pip; build time only."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", requirement, "--no-deps", "--only-binary=:all:", "-d", str(dest)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    name = requirement.split("==")[0]
    wheels = sorted(dest.glob(f"{name}-*.whl"))
    if not wheels:
        raise FileNotFoundError(f"pip did not leave a wheel for {requirement} in {dest}")
    return wheels[-1]


def fetch_sdist(requirement: str, dest: Path) -> Path:
    """Download one pinned source archive (jieba ships no wheel) with pip; build time only, nothing is run."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", requirement, "--no-deps", "--no-binary=:all:", "-d", str(dest)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    name = requirement.split("==")[0]
    found = sorted(dest.glob(f"{name}-*.tar.gz"))
    if not found:
        raise FileNotFoundError(f"pip did not leave a source archive for {requirement} in {dest}")
    return found[-1]


def jieba_words(sdist: Path) -> dict[str, tuple[int, str]]:
    """word -> (frequency, part of speech) from jieba's dict.txt."""
    with tarfile.open(sdist) as tf:
        member = next(m for m in tf.getmembers() if m.name.endswith("jieba/dict.txt"))
        handle = tf.extractfile(member)
        if handle is None:
            raise FileNotFoundError(f"no jieba/dict.txt in {sdist}")
        words = {}
        for line in handle.read().decode("utf-8").splitlines():
            parts = line.split()
            if len(parts) == 3:
                words[parts[0]] = (int(parts[1]), parts[2])
    return words


def is_word(short: str, level: str, words: dict[str, tuple[int, str]]) -> bool:
    """Whether a short name is an everyday word first: listed, or (for counties) a frequent non-place word in jieba."""
    if short in WORD_SHORT_NAMES:
        return True
    if level not in ("district", "zone") or short in PLACE_SHORT_NAMES or short not in words:
        return False
    freq, pos = words[short]
    if pos == "ns":
        return False  # jieba itself calls it a place
    if pos in ("nr", "nz", "nrt", "nt", "n"):
        return freq >= 500  # a name or noun that common (友谊, 公安, 港口) is mostly not the county
    return freq >= 100  # verbs, adjectives, directions (合作, 富裕, 南部)


def read_member(wheel: Path, member: str) -> bytes:
    with zipfile.ZipFile(wheel) as zf:
        return zf.read(member)


def cpca_coordinates(adcodes_csv: str) -> dict[str, tuple[str, str]]:
    """6-digit adcode -> (longitude, latitude) from cpca's adcodes.csv (12-digit codes)."""
    coords: dict[str, tuple[str, str]] = {}
    for rec in csv.DictReader(io.StringIO(adcodes_csv)):
        code = rec["adcode"][:6]
        if rec["longitude"] and rec["latitude"]:
            coords[code] = (rec["longitude"], rec["latitude"])
    return coords


def cpca_names(adcodes_csv: str) -> dict[str, str]:
    return {rec["adcode"][:6]: rec["name"] for rec in csv.DictReader(io.StringIO(adcodes_csv))}


def county_level(code: str, name: str) -> str:
    # NBS codes xxxx7x are functional zones (经开区, 高新区), not counties.
    return "zone" if code[4] == "7" else "district"


def china_rows(location_txt: str, with_towns: bool) -> list[Row]:
    """Provinces, cities, counties (and towns) from jionlp's tab-indented tree; codes are 6-digit adcodes."""
    rows: list[Row] = []
    province = city = county = ""
    for line in location_txt.splitlines():
        depth = len(line) - len(line.lstrip("\t"))
        parts = line.strip().split("\t")
        if not parts or not parts[0]:
            continue
        if depth == 0 and len(parts) == 3:
            province = parts[1]
            city = county = ""
            # 台湾地区, 香港地区 are how news text often names them
            extra = f"{parts[2]}地区" if province in ("710000", "810000", "820000") else ""
            rows.append(Row(province, parts[0], parts[2], "province", "", province, aliases=extra))
        elif depth == 1 and len(parts) == 3:
            code, name, alias = parts[1], parts[0], parts[2]
            county = ""
            if code == province or name == "省直辖行政区划":
                # municipalities repeat the province as their city; 省直辖 is a placeholder, not a city
                city = province
                continue
            city = code
            rows.append(Row(code, name, alias, "city", province, province))
        elif depth == 2:
            if len(parts) != 3 or parts[1] == city:
                # Taiwan's districts carry no code; 市直辖 repeats the city (东莞, 中山 have no counties)
                county = city if len(parts) == 3 else ""
                continue
            code, name, alias = parts[1], parts[0], parts[2]
            county = code
            rows.append(Row(code, name, alias, county_level(code, name), city, province))
        elif depth == 3 and with_towns and county:
            name = parts[0]
            rows.append(Row(stable_key("T" + county, county, name), name, "", "town", county, province))
    return rows


def add_former_names(rows: list[Row], change_txt: str) -> None:
    """Former names (襄樊, 海门市, 莱芜市) become aliases of the division that replaced them, from jionlp's list of
    changes, unless the old name is still a current name somewhere (桥东区)."""
    current = {r.name for r in rows}
    by_chain: dict[tuple[str, ...], Row] = {}
    names = {r.place_id: r.name for r in rows}
    for r in rows:
        if r.level == "province":
            by_chain[(r.name,)] = r
        elif r.level == "city":
            by_chain[(names.get(r.province_adcode, ""), r.name)] = r
        elif r.level == "district":
            by_chain[(names.get(r.province_adcode, ""), names.get(r.parent_adcode, ""), r.name)] = r
    for line in change_txt.splitlines():
        if "=>" not in line:
            continue
        old_part, new_part = line.split("=>", 1)
        old = old_part.split("\t")[2:]
        new = tuple(new_part.split("\t"))
        target = by_chain.get(new)
        if len(old) < 2:
            continue
        if target is None:
            # jionlp's tree is behind its own change list here (湟中县 -> 湟中区, 无为县 -> 无为市): the old row, with
            # its old code, answers to the new name until the tree catches up
            former = by_chain.get(tuple(old[0::2]))
            if former is not None and new[-1] not in current:
                former.aliases = "|".join(filter(None, [*former.aliases.split("|"), new[-1]]))
            continue
        old_full, old_short = old[-2], old[-1]
        aliases = [a for a in target.aliases.split("|") if a]
        for name in (old_full, old_short):
            if len(name) >= 2 and name not in current and name != target.short_name and name not in aliases:
                aliases.append(name)
        target.aliases = "|".join(aliases)


_STATE_FORMS = re.compile(
    r"(?:联邦|民主|社会主义|伊斯兰|联合|人民|多民族)*(?:共和国|王国|合众国|苏丹国|大公国|酋长国|联邦)$"
)


def world_rows(world_txt: str) -> list[Row]:
    """Countries with their capitals and major cities from jionlp's world_location.txt."""
    rows: list[Row] = []
    seen: set[tuple[str, str]] = set()
    for line in world_txt.splitlines():
        parts = line.strip().split("\t")
        if len(parts) < 3 or parts[0] == "中国":
            continue
        country, full, capital = parts[0], parts[1], parts[2]
        country_id = stable_key("XCO", country)
        names = [full] if full != country else []
        # the full name without its form of state is a name too: 沙特阿拉伯王国 -> 沙特阿拉伯
        stem = _STATE_FORMS.sub("", full)
        if len(stem) >= 3 and stem not in (country, full):
            names.append(stem)
        aliases = "|".join(names)
        rows.append(Row(country_id, country, country, "country", aliases=aliases, source="jionlp"))
        cities = [capital] + (parts[3].split("/") if len(parts) > 3 else [])
        for city in cities:
            if not city or city == country or (country, city) in seen:
                continue
            seen.add((country, city))
            rows.append(Row(stable_key("XFC", country, city), city, city, "foreign_city", country_id, source="jionlp"))
    return rows


def curated_rows(path: Path) -> list[Row]:
    """The curated list: Chinese lakes, rivers, regions and zones (parent: an adcode), other countries' regions and
    cities jionlp lacks (parent: the country's key, by the country's name as jionlp spells it), historical states."""
    rows = []
    with path.open(encoding="utf-8", newline="") as fh:
        for rec in csv.DictReader(fh):
            country = (rec.get("country") or "").strip()
            parent = stable_key("XCO", country) if country else rec["parent_adcode"]
            rows.append(
                Row(
                    place_id=stable_key("X" + rec["kind"][:2].upper(), rec["name"]),
                    name=rec["name"],
                    short_name=rec["short_name"] or rec["name"],
                    level=rec["kind"],
                    parent_adcode=parent,
                    province_adcode=(rec["parent_adcode"][:2] + "0000") if rec["parent_adcode"] else "",
                    longitude=rec["longitude"],
                    latitude=rec["latitude"],
                    aliases=rec["aliases"],
                    source="curated",
                )
            )
    return rows


_AUTONOMOUS = re.compile(r"(?:[^族]{1,4}族)+自治(县|州|旗)$")


def add_autonomous_short_forms(rows: list[Row]) -> None:
    """An autonomous county, prefecture or banner is printed as its short name and level (景宁畲族自治县 -> 景宁县,
    海西蒙古族藏族自治州 -> 海西州, 阿坝藏族羌族自治州 -> 阿坝州): that form becomes an alias."""
    for row in rows:
        m = _AUTONOMOUS.search(row.name)
        if not m or not row.short_name or row.level == "town" or row.short_name.endswith(m.group(1)):
            continue  # (莫旗, 东乡县, 河南县 are short names with their level already)
        form = row.short_name + m.group(1)
        if form != row.name and form not in row.aliases.split("|"):
            row.aliases = "|".join(filter(None, [*row.aliases.split("|"), form]))


def build(jionlp_wheel: Path, cpca_wheel: Path, jieba_sdist: Path, with_towns: bool) -> list[Row]:
    location = read_member(jionlp_wheel, "jionlp/dictionary/china_location.zip")
    with zipfile.ZipFile(io.BytesIO(location)) as zf:
        location_txt = zf.read("china_location.txt").decode("utf-8")
    world_txt = read_member(jionlp_wheel, "jionlp/dictionary/world_location.txt").decode("utf-8")
    adcodes_csv = read_member(cpca_wheel, "cpca/resources/adcodes.csv").decode("utf-8")
    coords = cpca_coordinates(adcodes_csv)
    old_names = cpca_names(adcodes_csv)

    rows = china_rows(location_txt, with_towns)
    for row in rows:
        row.source = "jionlp"
        if row.place_id in coords:
            row.longitude, row.latitude = coords[row.place_id]
            row.source = "jionlp+cpca"
        # cpca's older names for the same code (梁平县 before 梁平区) stay findable as aliases
        old = old_names.get(row.place_id)
        if old and old != row.name and old != "市辖区":
            row.aliases = "|".join(filter(None, [*row.aliases.split("|"), old]))
    # A division recoded since cpca's table (那曲地区 542400 -> 那曲市 540600) keeps its coordinates through its
    # name within the same province; else a district takes its city's, marked approximate by the source column.
    by_name: dict[tuple[str, str], list[str]] = {}
    for code, name in old_names.items():
        by_name.setdefault((code[:2], name), []).append(code)
    for row in rows:
        if row.longitude:
            continue
        same = [c for c in by_name.get((row.place_id[:2], row.name), []) if c in coords]
        if len(same) == 1:
            row.longitude, row.latitude = coords[same[0]]
            row.source = "jionlp+cpca_by_name"
    for row in rows:
        if not row.longitude and row.level in ("district", "zone") and row.parent_adcode in coords:
            row.longitude, row.latitude = coords[row.parent_adcode]
            row.source = "jionlp+cpca_parent"
    change_txt = read_member(jionlp_wheel, "jionlp/dictionary/china_location_change.txt").decode("utf-8")
    add_former_names(rows, change_txt)
    add_autonomous_short_forms(rows)
    words = jieba_words(jieba_sdist)
    for row in rows:
        if row.short_name and row.short_name != row.name:
            row.short_name_is_word = "true" if is_word(row.short_name, row.level, words) else "false"
    rows += world_rows(world_txt)
    rows += curated_rows(CURATED)
    # upstream repeats a few codes (410471 for two zones) and town names: the first one wins, reported
    unique: dict[str, Row] = {}
    for row in rows:
        if row.place_id in unique:
            log.warning("skipped %s %s: id already used by %s", row.place_id, row.name, unique[row.place_id].name)
            continue
        unique[row.place_id] = row
    return sorted(unique.values(), key=lambda r: r.place_id)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--jionlp-wheel", type=Path, help=f"a downloaded {JIONLP} wheel (else pip downloads it)")
    parser.add_argument("--cpca-wheel", type=Path, help=f"a downloaded {CPCA} wheel (else pip downloads it)")
    parser.add_argument("--jieba-sdist", type=Path, help=f"a downloaded {JIEBA} source archive (else pip downloads it)")
    parser.add_argument("--no-towns", action="store_true", help="leave out towns/streets (乡镇街道), ~43,000 rows")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    with tempfile.TemporaryDirectory() as tmp:
        jionlp_wheel = args.jionlp_wheel or fetch_wheel(JIONLP, Path(tmp))
        cpca_wheel = args.cpca_wheel or fetch_wheel(CPCA, Path(tmp))
        jieba_sdist = args.jieba_sdist or fetch_sdist(JIEBA, Path(tmp))
        rows = build(jionlp_wheel, cpca_wheel, jieba_sdist, not args.no_towns)
    with args.out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(r.values() for r in rows)
    levels: dict[str, int] = {}
    for r in rows:
        levels[r.level] = levels.get(r.level, 0) + 1
    log.info("wrote %d places to %s (%d bytes): %s", len(rows), args.out, args.out.stat().st_size, levels)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
