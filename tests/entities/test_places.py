"""Places resolved to the gazetteer: codes, levels, namesakes through the home region, 我区/全市 added."""

from __future__ import annotations

import re
from datetime import date

import pytest

from etl.entities.places import find_level_bodies, resolve_home_orgs, resolve_places
from etl.records import Mention


def _places(text: str, names: list[str]) -> list[Mention]:
    """Place mentions at each name's first occurrence, as the name tagger would give them."""
    out = []
    for name in names:
        start = text.index(name)
        out.append(Mention("place", name, start, start + len(name), name))
    return out


@pytest.mark.parametrize(
    ("text", "name", "home", "adcode", "canonical", "level"),
    [
        ("锻造新质生产力，武进马不停蹄。", "武进", None, "320412", "武进区", "district"),
        ("乔俊杰带队赴深圳、东莞开展经贸交流活动", "深圳", None, "440300", "深圳市", "city"),
        ("乔俊杰带队赴深圳、东莞开展经贸交流活动", "东莞", None, "441900", "东莞市", "city"),
        ("习近平总书记考察江苏重要讲话精神", "江苏", None, "320000", "江苏省", "province"),
        ("华为与常州密切合作", "常州", None, "320400", "常州市", "city"),
        ("位于广东省东莞市松山湖高新技术产业开发南区", "广东省东莞市", None, "441900", "东莞市", "city"),
        ("江苏省常州市武进区湖塘镇", "江苏省常州市武进区", None, "320412", "武进区", "district"),
        ("推进武进与大湾区的经贸合作", "大湾区", None, None, "粤港澳大湾区", "region"),
        ("华为松山湖总部基地", "松山湖", None, None, "松山湖", "zone"),
        ("守护太湖一泓清水", "太湖", None, None, "太湖", "lake"),
        ("在安庆市太湖县", "太湖", "340800", "340825", "太湖县", "district"),  # home region: the county
        ("鼓楼区召开会议", "鼓楼区", None, "320106", "鼓楼区", "district"),
        ("鼓楼区召开会议", "鼓楼区", "350100", "350102", "鼓楼区", "district"),  # a Fuzhou paper
        ("朝阳区召开会议", "朝阳区", "220100", "220104", "朝阳区", "district"),  # a Changchun paper
        ("朝阳区召开会议", "朝阳区", None, "110105", "朝阳区", "district"),
        ("记者来到湖塘镇", "湖塘镇", "320412", None, "湖塘镇", "town"),
        ("新修订的法律在我国施行", "我国", None, None, "中国", "country"),
        ("沙特阿拉伯王国", "沙特阿拉伯", None, None, "沙特", "country"),
        ("湟中区召开会议", "湟中区", None, "630122", "湟中县", "district"),  # jionlp's tree still has the old code
    ],
)
def test_resolves_places(
    text: str, name: str, home: str | None, adcode: str | None, canonical: str, level: str
) -> None:
    [m] = resolve_places(_places(text, [name]), home)
    assert (m.adcode, m.canonical, m.place_level) == (adcode, canonical, level)
    assert text[m.start : m.end] == m.text


def test_namesake_resolved_by_other_places_in_the_text() -> None:
    text = "福建省福州市召开会议，鼓楼区代表发言。"
    out = resolve_places(_places(text, ["福州市", "鼓楼区"]), None)
    assert [m.adcode for m in out] == ["350100", "350102"]


def test_other_mentions_pass_through_and_unknown_places_stay() -> None:
    person = Mention("person", "乔俊杰", 0, 3, "乔俊杰", titles=("区委书记",))
    unknown = Mention("place", "某某村", 4, 7, "某某村")
    assert resolve_places([person, unknown], "320412") == [person, unknown]


RELATIVE = [
    ("会前，省人大常委会环资城建工委来到我区", "我区", "320412", "武进区", "district"),
    ("全区上下要凝心聚力", "全区", "320412", "武进区", "district"),
    ("全市经济运行平稳", "全市", "320400", "常州市", "city"),
    ("我省高度重视", "我省", "320000", "江苏省", "province"),
]


@pytest.mark.parametrize(("text", "span", "adcode", "canonical", "level"), RELATIVE)
def test_relative_references_in_a_district_paper(text: str, span: str, adcode: str, canonical: str, level: str) -> None:
    out = resolve_places([], "320412", text=text)
    assert [(m.text, m.adcode, m.canonical, m.place_level) for m in out] == [(span, adcode, canonical, level)]
    assert text[out[0].start : out[0].end] == out[0].text
    # the same span handed in by the name tagger is resolved, not duplicated
    again = resolve_places(_places(text, [span]), "320412", text=text)
    assert [(m.text, m.adcode) for m in again] == [(span, adcode)]


@pytest.mark.parametrize(
    "text",
    ["全区域覆盖", "全市场推广", "资本市场", "完全区分开来", "日本市民", "我县"],  # 我县: a district has no 县
)
def test_not_relative_references(text: str) -> None:
    assert resolve_places([], "320412", text=text) == []


HOME_ORGS = [
    ("区委", "320412", "武进区委"),
    ("区政府", "320412", "武进区政府"),
    ("区委办", "320412", "武进区委办"),
    ("区水利局", "320412", "武进区水利局"),
    ("市委", "320412", "常州市委"),
    ("省人大常委会", "320412", "江苏省人大常委会"),
    ("县委", "320412", "县委"),  # a district has no 县
    ("市场监管局", "320412", "市场监管局"),  # 市场 is a word, not 市 + 场
    ("区域创新中心", "320412", "区域创新中心"),
    ("县委", "320281", "县委"),  # 江阴市, a county-level city, has no 县 either
    ("市委", "320281", "江阴市委"),  # ... and is its own 市
    ("区委", None, "区委"),  # no paper, no home region
    ("华为技术有限公司", "320412", "华为技术有限公司"),
]


@pytest.mark.parametrize(("name", "home", "canonical"), HOME_ORGS)
def test_organizations_named_by_level_belong_to_the_home_region(name: str, home: str | None, canonical: str) -> None:
    org = Mention("organization", name, 0, len(name), name)
    (out,) = resolve_home_orgs([org], home)
    assert (out.text, out.canonical) == (name, canonical)


@pytest.mark.parametrize(
    ("name", "canonical", "adcode", "level"),
    [
        ("京", "北京市", "110000", "province"),
        ("沪", "上海市", "310000", "province"),
        ("美", "美国", None, "country"),
        ("俄", "俄罗斯", None, "country"),
        ("万山湖", "万山湖", None, "lake"),  # not in the gazetteer: the kind from its last character
        ("坡子街", "坡子街", None, None),
    ],
)
def test_abbreviations_and_kinds(name: str, canonical: str, adcode: str | None, level: str | None) -> None:
    (m,) = resolve_places(_places(name, [name]), None)
    assert (m.canonical, m.adcode, m.place_level) == (canonical, adcode, level)


@pytest.mark.parametrize(
    ("text", "bodies"),
    [
        ("区发改局、区财政局、区住建局主要负责人参加。", ["区发改局", "区财政局", "区住建局"]),
        ("县文体广新局和县文化委负责同志", ["县文体广新局", "县文化委"]),
        ("优化区域布局，县区分项举办，市人大跟踪督办", []),
        ("市县两级党委、市场监管局", []),
    ],
)
def test_bodies_named_by_level_and_short_name(text: str, bodies: list[str]) -> None:
    assert [m.text for m in find_level_bodies(text, [])] == bodies


def test_bodies_found_elsewhere_are_not_repeated() -> None:
    text = "区财政局负责人"
    taken = [Mention("organization", "区财政局", 0, 4, "区财政局")]
    assert find_level_bodies(text, taken) == []


def test_relative_place_carries_its_key() -> None:
    (m,) = resolve_places([], "320412", text="我区")
    assert (m.place_id, m.adcode) == ("320412", "320412")


def test_without_home_no_relative_references() -> None:
    assert resolve_places([], None, text="我区全区全市") == []


def test_specimen_issue_places(seed_issue_text: str) -> None:
    names = ["深圳", "东莞", "武进", "大湾区", "松山湖", "广东省东莞市", "常州"]
    mentions = []
    for name in names:
        for m in re.finditer(name, seed_issue_text):
            mentions.append(Mention("place", name, m.start(), m.end(), name))
    out = resolve_places(mentions, "320412", text=seed_issue_text)
    assert all(seed_issue_text[m.start : m.end] == m.text for m in out)
    got = {m.text: (m.adcode, m.place_level) for m in out}
    assert got["武进"] == ("320412", "district")
    assert got["大湾区"] == (None, "region")
    assert got["松山湖"] == (None, "zone")
    assert got["广东省东莞市"] == ("441900", "city")
    assert date(2024, 3, 15)  # the issue's date, for the record: the specimen is 武进日报 of 2024-03-15
