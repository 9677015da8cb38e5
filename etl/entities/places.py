"""Places resolved to the gazetteer: administrative code and level, or a kind; 我区/全市 through the home region."""

from __future__ import annotations

import re
from dataclasses import replace

from etl.entities import gazetteer
from etl.entities.gazetteer import Place
from etl.records import Mention

# 我区 / 全市 / 本省 ... ; not 全区域, 全市场, 资本市场, 完全区分, 日本市 (words, not places).
_RELATIVE = re.compile(r"(?<![完安健齐保周万成资基日根])(?:我|全|本)(省|市|区|县)(?![域场间级分别])")
_LEVEL_OF_CHAR = {"省": "province", "市": "city", "区": "district", "县": "county"}
_MUNICIPALITIES = frozenset({"110000", "120000", "310000", "500000"})

# A compound span (江苏省常州市武进区) is split greedily into known names, longest first.
_MAX_NAME_LEN = 12


def _family(place: Place) -> set[str]:
    """The place's id and every id above it."""
    return {place.place_id, *(p.place_id for p in gazetteer.ancestors(place.place_id))}


def _affinity(place: Place, anchors: list[set[str]]) -> int:
    """How close ``place`` lies to an anchor (home region or a place named nearby): 3 inside it ... 0 unrelated."""
    best = 0
    mine = _family(place)
    for anchor_family in anchors:
        if not anchor_family:
            continue
        shared = mine & anchor_family
        if not shared:
            continue
        # the deeper the shared division, the closer: same county 3, same city 2, same province 1
        depth = max(_DEPTH.get(_level(pid), 0) for pid in shared)
        best = max(best, depth)
    return best


_DEPTH = {"province": 1, "city": 2, "district": 3, "zone": 3, "town": 3}


def _level(place_id: str) -> str:
    place = gazetteer.get(place_id)
    return place.level if place else ""


def _choose(candidates: list[tuple[int, Place]], home: set[str], context: list[set[str]]) -> Place:
    """The home region first, then the other places in the text, then prominence (the ranked order)."""
    if len(candidates) == 1:
        return candidates[0][1]
    scored = []
    for order, (_how, place) in enumerate(candidates):
        scored.append((-_affinity(place, [home]), -_affinity(place, context), order, place))
    scored.sort(key=lambda s: s[:3])
    return scored[0][3]


def _split_compound(name: str) -> list[str] | None:
    """江苏省常州市武进区 -> [江苏省, 常州市, 武进区] when every piece is a gazetteer name."""
    parts: list[str] = []
    i = 0
    while i < len(name):
        for j in range(min(len(name), i + _MAX_NAME_LEN), i + 1, -1):
            if gazetteer.is_place_name(name[i:j]):
                parts.append(name[i:j])
                i = j
                break
        else:
            return None
    return parts if len(parts) > 1 else None


# One-character abbreviations printed for provinces and countries (在京, 沪深, 中美关系, 访华, 俄方): what they stand for.
ABBREVIATIONS = {
    "京": "北京市",
    "沪": "上海市",
    "津": "天津市",
    "渝": "重庆市",
    "港": "香港特别行政区",
    "台": "台湾省",
    "粤": "广东省",
    "苏": "江苏省",
    "浙": "浙江省",
    "皖": "安徽省",
    "鲁": "山东省",
    "豫": "河南省",
    "鄂": "湖北省",
    "湘": "湖南省",
    "赣": "江西省",
    "闽": "福建省",
    "川": "四川省",
    "蜀": "四川省",
    "黔": "贵州省",
    "滇": "云南省",
    "藏": "西藏自治区",
    "陕": "陕西省",
    "甘": "甘肃省",
    "青": "青海省",
    "冀": "河北省",
    "晋": "山西省",
    "辽": "辽宁省",
    "吉": "吉林省",
    "琼": "海南省",
    "桂": "广西壮族自治区",
    "宁": "宁夏回族自治区",
    "新": "新疆维吾尔自治区",
    "蒙": "内蒙古自治区",
    "黑": "黑龙江省",
    "中": "中国",
    "华": "中国",
    "美": "美国",
    "俄": "俄罗斯",
    "日": "日本",
    "英": "英国",
    "法": "法国",
    "德": "德国",
    "韩": "韩国",
    "朝": "朝鲜",
    "印": "印度",
    "巴": "巴基斯坦",
    "越": "越南",
    "泰": "泰国",
    "缅": "缅甸",
    "老": "老挝",
    "柬": "柬埔寨",
    "菲": "菲律宾",
    "意": "意大利",
    "加": "加拿大",
    "澳": "澳大利亚",
    "欧": "欧洲",
    "非": "非洲",
    "亚": "亚洲",
    "以": "以色列",
    "伊": "伊朗",
    "乌": "乌克兰",
    "埃": "埃及",
    "叙": "叙利亚",
    "土": "土耳其",
    "墨": "墨西哥",
    "西": "西班牙",
    "葡": "葡萄牙",
    "荷": "荷兰",
    "比": "比利时",
    "瑞": "瑞士",
    "挪": "挪威",
    "丹": "丹麦",
    "芬": "芬兰",
    "波": "波兰",
    "捷": "捷克",
    "匈": "匈牙利",
    "希": "希腊",
    "塞": "塞尔维亚",
    "古": "古巴",
    "沙": "沙特阿拉伯",
    "哈": "哈萨克斯坦",
    "蒙古": "蒙古国",
}

# A place the gazetteer does not know still has a kind when its last character says what it is (万山湖, 坡头山).
_KIND_BY_ENDING = (
    (("湖", "泊", "淀", "潭"), "lake"),
    (("江", "河", "溪"), "river"),
    (("山", "岭", "峰"), "mountain"),
    (("岛", "屿"), "island"),
)


def _kind_by_ending(name: str) -> str | None:
    if len(name) < 2:
        return None
    return next((kind for endings, kind in _KIND_BY_ENDING if name.endswith(endings)), None)


def _candidates(name: str) -> list[tuple[int, Place]]:
    if name in ABBREVIATIONS:
        name = ABBREVIATIONS[name]
    found = gazetteer.lookup_ranked(name)
    if found:
        return found
    parts = _split_compound(name)
    if not parts:
        return []
    # keep the last piece's candidates that lie under the earlier pieces (常州市 + 鼓楼区 is nothing; 南京市 + 鼓楼区 is)
    last = gazetteer.lookup_ranked(parts[-1])
    above: set[str] = set()
    for piece in parts[:-1]:
        for _, p in gazetteer.lookup_ranked(piece):
            above.add(p.place_id)
    inside = [(how, p) for how, p in last if _family(p) & above]
    return inside or []


def _enrich(mention: Mention, place: Place) -> Mention:
    return replace(mention, canonical=place.name, adcode=place.adcode, place_id=place.place_id, place_level=place.level)


def _home_mention(text: str, start: int, end: int, char: str, home_adcode: str) -> Mention | None:
    found = gazetteer.home_division(home_adcode, _LEVEL_OF_CHAR[char])
    if found is None:
        return None
    adcode, name = found
    place = gazetteer.get(adcode)
    level = place.level if place else None
    if adcode in _MUNICIPALITIES and char == "市":
        level = "city"  # 北京市 as the 市 of a district paper, though stored as a province-level row
    return Mention("place", text, start, end, name, adcode=adcode, place_id=adcode, place_level=level)


# An organization named by its level alone (区委, 区政府, 市委办, 县水利局, 省人大常委会) belongs to the home division at
# that level. The second character must not make the first a word of its own (市场监管局, 区域中心, 县城管局 stay).
_HOME_ORG = re.compile(r"(省|市|区|县)(?!场|域|块|间|级|民|属|内|外|情|长|直|里)(?=\S)")


# A body printed by its level and short name in a list or at a clause's start: 区发改局、区财政局、区住建局 (the segmenter
# cuts 区住|建局 and no suffix rule sees it). 市场监管局 is a word, not 市 + 场监管局.
_LEVEL_BODY = re.compile(
    r"(?:(?<=^)|(?<=[、，。；：！？（）()“”\s和与及]))"
    r"([区县市](?!场|民|政府|域|级|区|县|市|两|里|属|内|直)[\u4e00-\u9fff]{1,5}?(?:局|委|办))"
    r"(?=[、，。；：和与及主负等\s]|$)"
)
# Words that end like a body but are not one: 区域布局, 分项举办, 跟踪督办.
_NOT_BODY_ENDINGS = (
    "布局",
    "格局",
    "大局",
    "全局",
    "开局",
    "变局",
    "结局",
    "举办",
    "督办",
    "承办",
    "主办",
    "协办",
    "交办",
    "开办",
    "创办",
    "申办",
    "合办",
    "包办",
)


def find_level_bodies(text: str, mentions: list[Mention]) -> list[Mention]:
    """Bodies named by a level and a short name (区住建局) that no other rule found, as organization mentions."""
    taken = [False] * (len(text) + 1)
    for m in mentions:
        for k in range(m.start, m.end):
            taken[k] = True
    out: list[Mention] = []
    for match in _LEVEL_BODY.finditer(text):
        s, e = match.span(1)
        if not any(taken[s:e]) and not match.group(1).endswith(_NOT_BODY_ENDINGS):
            out.append(Mention("organization", match.group(1), s, e, match.group(1)))
    return out


def resolve_home_orgs(mentions: list[Mention], home_adcode: str | None) -> list[Mention]:
    """Organizations named by their level alone (区委, 区政府, 区水利局) resolved to the home division's
    (武进区委, 武进区政府, 武进区水利局 in a paper of 武进区); the printed text is kept, only ``canonical`` changes."""
    if not home_adcode:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        name = m.canonical or m.text
        if m.type == "organization" and len(name) >= 2 and _HOME_ORG.match(name):
            found = gazetteer.home_division(home_adcode, _LEVEL_OF_CHAR[name[0]])
            if found is not None:
                division = found[1]
                if division.endswith(name[0]):
                    m = replace(m, canonical=division + name[1:])
        out.append(m)
    return out


def resolve_places(mentions: list[Mention], home_adcode: str | None, text: str | None = None) -> list[Mention]:
    """The mentions with every place resolved to the gazetteer (canonical name, adcode, level or kind).

    Namesakes (鼓楼区, 朝阳区) go to the one in the home region, else near the other places in the text, else the
    most prominent. With ``home_adcode``, 我区/全市/本省 spans (already in ``mentions`` or found in ``text``) become
    places of the home division at that level. Non-place mentions pass through unchanged, in the same order.
    """
    home_place = gazetteer.get(home_adcode) if home_adcode else None
    home_family = _family(home_place) if home_place is not None else set()
    places = [m for m in mentions if m.type == "place"]

    # Context: places that resolve without doubt (one candidate, or a compound) anchor the ambiguous ones.
    context: list[set[str]] = []
    for m in places:
        cands = _candidates(m.canonical or m.text)
        if len(cands) == 1:
            context.append(_family(cands[0][1]))

    out: list[Mention] = []
    for m in mentions:
        if m.type != "place":
            out.append(m)
            continue
        rel = _RELATIVE.fullmatch(m.text)
        if rel and home_adcode:
            home = _home_mention(m.text, m.start, m.end, rel.group(1), home_adcode)
            out.append(home if home else m)
            continue
        cands = _candidates(m.canonical or m.text)
        if cands:
            out.append(_enrich(m, _choose(cands, home_family, context)))
        else:
            kind = _kind_by_ending(m.canonical or m.text)
            out.append(replace(m, place_level=kind) if kind else m)

    if text is not None and home_adcode:
        taken = {(m.start, m.end) for m in places}
        for match in _RELATIVE.finditer(text):
            if (match.start(), match.end()) in taken:
                continue
            home = _home_mention(match.group(0), match.start(), match.end(), match.group(1), home_adcode)
            if home is not None:
                out.append(home)
    return out
