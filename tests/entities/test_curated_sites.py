"""Curated geography found by its name on the segmenter's word boundaries (洮河|水, 富|山湾, 里|孜|口岸)."""

from __future__ import annotations

import pytest

from etl.entities.names import find_names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("使过去的旱地用上了洮河水。", ["洮河"]),
        ("能登半岛近海海域和能登地方富山湾先后发生地震。", ["能登半岛", "能登", "富山湾"]),
        ("前往日喀则经济开发区、里孜口岸等地考察调研。", ["日喀则经济开发区", "里孜口岸"]),
        ("在内蒙古鄂尔多斯市，毛乌素沙地歼灭战已进入决战阶段。", ["内蒙古", "鄂尔多斯市", "毛乌素沙地"]),
        ("他能登上舞台。", []),  # 能|登上: no word boundary after 能登
        ("唱响新时代人水和谐共生“太湖美”。", []),  # the head of a quoted name
        ("新方支持中方加入《全面与进步跨太平洋伙伴关系协定》。", []),  # inside a document's title
    ],
)
def test_curated_sites(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_names(text) if m.type == "place"] == expected


def test_curated_site_read_as_person_is_a_place() -> None:
    mentions = find_names("隧道穿越富春江，全长2868米。")
    assert [(m.type, m.text) for m in mentions] == [("place", "富春江")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("向景宁建县40周年表示热烈祝贺，对景宁发展提出殷切希望。", ["景宁", "景宁"]),
        ("三亚、保亭、陵水等地出现特大暴雨。", ["三亚", "保亭", "陵水"]),
        ("石地、石柱、石头墙。", []),  # a thing first, not 石柱土家族自治县
    ],
)
def test_autonomous_county_by_its_bare_name(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_names(text) if m.type == "place"] == expected


@pytest.mark.parametrize(
    "text",
    [
        "麻油香醋、山羊肉等当地知名农产品，乌米粽、华安柑橘等土特产。",
        "在广东茂名的罗非鱼现代农业产业园内。",
    ],
)
def test_food_read_as_person_is_no_person(text: str) -> None:
    assert [m.text for m in find_names(text) if m.type == "person"] == []
