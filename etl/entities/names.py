"""People (with titles), organizations and places."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import rjieba

from etl.entities.surnames import surname_length
from etl.entities.titles import title_after, title_chain_before, title_head_at_end
from etl.records import Mention

# Words that end an organization's name; the name is the run of name-like tokens before and including one.
ORG_SUFFIXES: tuple[str, ...] = (
    "股份有限公司", "有限责任公司", "有限公司", "集团公司", "公司", "集团", "研究院", "研究所", "研究中心",
    "设计院", "科学院", "工程院", "大学", "学院", "中学", "小学", "医院", "银行", "委员会", "常委会",
    "人大常委会", "政协", "工委", "党委", "党组", "纪委", "监委", "政府", "人民政府", "法院", "检察院",
    "公安局", "局", "厅", "部", "署", "办公室", "办", "协会", "学会", "联合会", "商会", "基金会", "中心",
    "出版社", "报社", "电视台", "电台", "通讯社", "日报", "军区", "舰队", "部队", "总队", "支队", "大队",
    "派出所", "管委会", "联社", "合作社", "事务所", "俱乐部", "总站", "总局", "分局", "国资委", "发改委",
    "卫健委", "教育局", "网信办", "街道办", "团委", "妇联", "总工会", "工会", "共青团", "党支部", "理事会",
    "董事会", "实验室", "研究会", "促进会", "新华社", "博物馆", "图书馆", "纪念馆", "科技馆", "美术馆",
)
_ORG_SUFFIX_RE = re.compile("(?:" + "|".join(sorted(ORG_SUFFIXES, key=len, reverse=True)) + ")")

# Organizations whose name carries no suffix: brands that are companies, well-known bodies.
KNOWN_ORGS: tuple[str, ...] = (
    "华为", "理想汽车", "中广核", "比亚迪", "腾讯", "阿里巴巴", "百度", "京东", "小米", "蔚来", "小鹏汽车",
    "字节跳动", "美团", "拼多多", "宁德时代", "中石油", "中石化", "中海油", "国家电网", "南方电网", "中国移动",
    "中国联通", "中国电信", "中车", "中核", "国务院", "中共中央", "全国人大", "全国政协", "中央军委", "外交部",
    "国防部", "商务部", "财政部", "教育部", "科技部", "公安部", "民政部", "司法部", "人社部", "工信部",
    "生态环境部", "交通运输部", "水利部", "农业农村部", "文化和旅游部", "卫健委", "国家发展改革委", "发改委",
    "国资委", "新华社", "人民日报", "中央电视台", "央视", "人大常委会", "区委办", "生态办", "联合国", "世卫组织",
    "世贸组织", "欧盟", "东盟", "北约", "上合组织", "亚投行", "中央纪委", "国家监委", "最高人民法院",
    "最高人民检察院", "中国人民银行", "央行", "证监会", "银保监会", "金融监管总局", "海关总署", "税务总局",
    "区政府", "市政府", "省政府", "县政府", "区委", "市委", "省委", "县委", "党中央", "中央政治局",
)

PLACE_SUFFIX_CHARS = frozenset("省市区县镇乡村州旗盟湖山江河岛湾港")
_PERSON_POS = frozenset(("nr", "nrfg", "nrt"))
_NAME_STOP_CHARS = frozenset(
    "的了在是和与及等说讲指出表示要到对为把被从向率主参出来去会将就也都已还在并同跟陪带走看听作做任召开赴于"
    "、，。；：！？“”‘’（）《》()\n\t 　0123456789"
)
_ORG_BODY_POS = frozenset(("n", "nt", "ns", "nz", "j", "vn", "b", "eng", "nr", "an", "l", "ng", "m"))
_ORG_BREAK_WORDS = frozenset(("和", "与", "及", "等", "的", "在", "是", "为", "对", "向", "由", "将", "把", "被", "从"))


_NOT_ORG_WORDS = frozenset(
    "布局 格局 大局 全局 结局 开局 变局 新局 当局 承办 举办 主办 创办 开办 包办 协办 督办 交办 申办 内部 外部 全部 局部 "
    "干部 东部 西部 南部 北部 中部 头部 底部 基层 场所 住所 厕所 寓所 机会 社会 大会 晚会 盛会".split()
)
_LEVEL_CHARS = frozenset("省市区县镇乡村")


@cache
def place_names() -> frozenset[str]:
    """Names of places (divisions full and short, curated regions, lakes, countries), loaded once."""
    data = resources.files("etl.entities").joinpath("data/places.txt").read_text(encoding="utf-8")
    return frozenset(line for line in data.splitlines() if line)


@dataclass(frozen=True, slots=True)
class Token:
    """One token of the segmenter, with its offsets."""

    word: str
    pos: str
    start: int
    end: int


def _tokens(text: str) -> list[Token]:
    out: list[Token] = []
    i = 0
    for word, pos in rjieba.tag(text):
        out.append(Token(word, pos, i, i + len(word)))
        i += len(word)
    return out


def _given_name_end(text: str, start: int, tokens_by_start: dict[int, Token]) -> int:
    """End of a personal name whose surname begins at ``start`` (2-3 characters, 4 with a compound surname)."""
    sl = surname_length(text, start)
    if not sl:
        return start
    tok = tokens_by_start.get(start)
    if tok is not None and tok.pos in _PERSON_POS and 2 <= len(tok.word) <= 4:
        end = tok.end
    else:
        end = start + sl
        nxt = tokens_by_start.get(end)
        if nxt is not None and 1 <= len(nxt.word) <= 2 and nxt.pos != "x":
            end = nxt.end
        else:
            end = start + sl + 2
    # a lone trailing character the segmenter split off (恽淇|丞, 白云|萍)
    if end - start - sl == 1 and end < len(text) and text[end] not in _NAME_STOP_CHARS:
        nxt = tokens_by_start.get(end)
        if nxt is not None and len(nxt.word) == 1 and nxt.pos not in ("x", "p", "c", "u", "d", "v"):
            end += 1
    while end > start + sl and any(c in _NAME_STOP_CHARS for c in text[start + sl : end]):
        end -= 1
    if end - start - sl < 1:
        return start
    return end


_NAME_FOLLOWERS = re.compile(r"(?:表示|指出|强调|说|介绍|认为|告诉|称|提出|要求|希望|主持|出席|会见|等|一行|同志)")


def _name_context(text: str, start: int, end: int) -> bool:
    """Whether the context around a two-character candidate name says it is a name."""
    return bool(_NAME_FOLLOWERS.match(text, end))


def _find_persons(text: str, tokens: list[Token]) -> list[Mention]:
    by_start = {t.start: t for t in tokens}
    found: dict[int, tuple[int, tuple[str, ...]]] = {}
    # names right after a title head word
    for t in tokens:
        head = title_head_at_end(t.word)
        if head is None or (len(t.word) > len(head) and t.pos == "x"):
            continue
        end = _given_name_end(text, t.end, by_start)
        if end > t.end:
            found[t.end] = (end, ())
    # names the segmenter tags
    for i, t in enumerate(tokens):
        if t.start in found:
            continue
        if (
            t.pos in _PERSON_POS
            and 2 <= len(t.word) <= 4
            and surname_length(text, t.start)
            and (len(t.word) >= 3 or _name_context(text, t.start, t.end))
            and t.word not in place_names()
            and t.word not in KNOWN_ORGS
            and t.word[-1] not in "化性率度力育"
        ):
            end = t.end
            if len(t.word) == 2 and i + 1 < len(tokens):
                nxt = tokens[i + 1]
                if len(nxt.word) == 1 and nxt.pos in ("nr", "n", "ng") and nxt.word not in _NAME_STOP_CHARS:
                    end = nxt.end
            found[t.start] = (end, ())
        elif "·" in t.word and t.pos in _PERSON_POS:
            found[t.start] = (t.end, ())
        elif len(t.word) == 1 and t.pos in ("zg", "nr") and surname_length(text, t.start) and i + 1 < len(tokens):
            nxt = tokens[i + 1]
            if nxt.pos in ("nr", "nz", "ng") and len(nxt.word) <= 2:
                found[t.start] = (nxt.end, ())
    persons: list[Mention] = []
    last_end = -1
    for start in sorted(found):
        end, _ = found[start]
        if start < last_end:
            continue
        titles, _chain_start = title_chain_before(text, start)
        post = title_after(text, end)
        if not titles and post:
            titles = (post,)
        name = text[start:end]
        persons.append(Mention("person", name, start, end, name, titles))
        last_end = end
    # names listed after a titled name inherit its titles: 区领导徐俊、朱慧峰
    out: list[Mention] = []
    for m in persons:
        if out and not m.titles and out[-1].titles and text[out[-1].end : m.start] == "、":
            m = Mention("person", m.text, m.start, m.end, m.canonical, out[-1].titles)
        out.append(m)
    return out


def _bare_mentions(text: str, persons: list[Mention]) -> list[Mention]:
    names = sorted({m.canonical for m in persons if len(m.canonical) >= 2}, key=len, reverse=True)
    if not names:
        return persons
    taken = {(m.start, m.end) for m in persons}
    covered = [False] * (len(text) + 1)
    for m in persons:
        for k in range(m.start, m.end):
            covered[k] = True
    out = list(persons)
    for name in names:
        for hit in re.finditer(re.escape(name), text):
            s, e = hit.span()
            if (s, e) in taken or any(covered[s:e]):
                continue
            for k in range(s, e):
                covered[k] = True
            out.append(Mention("person", name, s, e, name))
    return out


def _find_orgs(text: str, tokens: list[Token], blocked: list[bool]) -> list[Mention]:
    spans: list[tuple[int, int]] = []
    for i, t in enumerate(tokens):
        if t.word in _NOT_ORG_WORDS:
            continue
        is_nt = t.pos == "nt"
        m = _ORG_SUFFIX_RE.fullmatch(t.word)
        if not is_nt and m is None and not (t.word.endswith(("局", "办", "委")) and t.pos in ("n", "nt", "v")):
            continue
        j = i
        start = t.start
        while j - 1 >= 0 and i - (j - 1) <= 5:
            p = tokens[j - 1]
            if blocked[p.start]:
                break
            if is_nt and not (p.pos in ("ns", "nt", "j") or p.word in _LEVEL_CHARS):
                if len(p.word) == 2 and p.word[1] in _LEVEL_CHARS and p.word[0] in "率与和同向对在由到赴":
                    start = p.start + 1
                break
            if p.word in _ORG_BREAK_WORDS or p.pos not in _ORG_BODY_POS:
                break
            if len(p.word) == 2 and p.word[1] in _LEVEL_CHARS and p.word[0] in "率与和同向对在由到赴":
                start = p.start + 1
                break
            j -= 1
            start = p.start
        if is_nt or start < t.start:
            spans.append((start, t.end))
    for word in KNOWN_ORGS:
        for hit in re.finditer(re.escape(word), text):
            spans.append(hit.span())
    # longest first, no overlap
    spans.sort(key=lambda se: (-(se[1] - se[0]), se[0]))
    used = [False] * (len(text) + 1)
    out: list[Mention] = []
    for s, e in spans:
        if e - s < 2 or any(used[s:e]) or any(blocked[s:e]):
            continue
        for k in range(s, e):
            used[k] = True
        out.append(Mention("organization", text[s:e], s, e, text[s:e]))
    return _link_short_forms(out)


_LEGAL_TAILS = re.compile(r"(?:技术|科技|控股|股份|集团|实业|投资|发展)?(?:股份)?(?:有限责任公司|有限公司|集团有限公司|集团公司|公司|集团)")


def _link_short_forms(orgs: list[Mention]) -> list[Mention]:
    """A short form (华为, 中广核) takes the full name printed in the same text (华为技术有限公司)."""
    names = {m.text for m in orgs}
    canon: dict[str, str] = {}
    for short in names:
        best: str | None = None
        for full in names:
            if full != short and full.startswith(short) and _LEGAL_TAILS.fullmatch(full[len(short) :]):
                if best is None or len(full) < len(best):
                    best = full
        if best:
            canon[short] = best
    return [Mention(m.type, m.text, m.start, m.end, canon.get(m.text, m.text)) for m in orgs]


def _find_places(text: str, tokens: list[Token], blocked: list[bool]) -> list[Mention]:
    out: list[Mention] = []
    for i, t in enumerate(tokens):
        if t.pos not in ("ns", "nr", "nz", "j", "n") or any(blocked[t.start : t.end]) or t.word not in place_names():
            continue
        if t.pos == "n" and len(t.word) < 3:
            continue
        end = t.end
        if i + 1 < len(tokens) and tokens[i + 1].word in PLACE_SUFFIX_CHARS and not blocked[end]:
            end = tokens[i + 1].end
        out.append(Mention("place", text[t.start : end], t.start, end, text[t.start : end]))
    return out


def find_names(text: str) -> list[Mention]:
    """Mentions of people (with their titles), organizations and places in ``text``, in order."""
    if not text:
        return []
    tokens = _tokens(text)
    persons = _bare_mentions(text, _find_persons(text, tokens))
    blocked = [False] * (len(text) + 1)
    for m in persons:
        for k in range(m.start, m.end):
            blocked[k] = True
    orgs = _find_orgs(text, tokens, blocked)
    for m in orgs:
        for k in range(m.start, m.end):
            blocked[k] = True
    places = _find_places(text, tokens, blocked)
    mentions = persons + orgs + places
    mentions.sort(key=lambda m: (m.start, -m.end))
    return mentions
